<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>FreeCAD-Telemetrie</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>Möchten Sie helfen, FreeCAD zu verbessern?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>Das FreeCAD-Projekt möchte erfahren, wie FreeCAD genutzt wird, um zu entscheiden, woran gearbeitet wird. Es wird nichts gesendet, sofern Sie es hier nicht auswählen. Kreuzen Sie an, was Sie zu teilen bereit sind:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Neu in den Kategorien, die Sie teilen:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Genau anzeigen, was gesendet würde…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>Was geteilt wird, ist anonym: eine eigens dafür erzeugte Zufalls-ID, keine Namen Ihrer Dateien, kein Standort. Unter Bearbeiten → Einstellungen → Telemetrie können Sie Ihre Auswahl jederzeit ändern, einsehen, was gesendet wurde, und dessen Löschung beantragen.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Nicht teilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Kopie meiner Telemetriedaten anfordern</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>Das FreeCAD-Projekt kann Ihnen eine Kopie von allem senden, was seine Server zu Ihrer anonymen ID speichern. Die Anfrage ist eine für Sie vorbereitete E-Mail; Ihre Adresse wird nur verwendet, um darauf zu antworten.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Anonyme ID:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>Ihre E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Geben Sie die Adresse ein, an die die Kopie gesendet werden soll.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Anmerkung (optional):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>Oder bewahren Sie selbst eine Kopie dessen auf, was dieser Computer gesendet hat:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Speichern, was dieser Computer gesendet hat…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Anfrage verfassen…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>Meine Telemetriedaten löschen</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>Ihre Daten von den Servern des FreeCAD-Projekts löschen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Löschung beantragen</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>was der nächste Start sendet (die von Ihnen freigegebenen Kategorien)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>von Ihnen abgelehnt: es wird nichts gesendet</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>es wird nichts gesendet, bis Sie „Teilen“ wählen; dies würde gesendet, wenn alle Kategorien geteilt würden</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>es wird nichts gesendet: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>DO_NOT_TRACK ist gesetzt</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>FREECAD_TELEMETRY=0 ist gesetzt</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>eine CI-Umgebung wurde erkannt ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Grundlegende Nutzung</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>dass FreeCAD gestartet und beendet wurde (und ob es sauber beendet wurde), wie lange eine Sitzung dauerte, die Version von FreeCAD und dieses Addons</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Systeminformationen</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>Betriebssystemfamilie und Hauptversion, Prozessorarchitektur, Python- und Qt-Version, Bildschirmgrößenklasse und Pixelverhältnis</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>eine feste Liste von FreeCAD-Einstellungen: Sprache, Design, Einheiten, Navigationsstil, Auswahl der Arbeitsbereiche, Anordnung der Bereiche und einige Sketcher-Optionen</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Installierte Addons</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>die Namen installierter Addons, die in einem öffentlichen Repository veröffentlicht sind, und die Anzahl der übrigen</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>einem Start, wenn sich der Inhalt seit dem letzten Senden geändert hat oder eine Woche vergangen ist</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>jedem Start der grafischen Oberfläche von FreeCAD</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>einem sauberen Beenden</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>dem Start nach einer Sitzung, die ohne sauberes Beenden endete (Absturz, erzwungenes Beenden, Stromausfall)</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>FreeCAD-Telemetrie kann jetzt mehr erfassen</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>Sie teilen: {shared}. Diese Version des Telemetrie-Addons kann außerdem senden, was unten aufgeführt ist. Solange Sie nicht zustimmen, wird nur gesendet, was Sie bereits zuvor erlaubt haben.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>Neue Kategorien, die Sie ankreuzen können:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>gesendet bei {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Auch das Neue teilen</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Bisherige Auswahl beibehalten</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Speichern, was dieser Computer gesendet hat</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Es ist ein Fehler aufgetreten:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>Die Kopie wird an diese Adresse gesendet.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>Das ist noch keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Geben Sie die Adresse ein, an die die Kopie gesendet werden soll.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>Ihr E-Mail-Programm sollte jetzt die ausgefüllte Anfrage anzeigen. Senden Sie sie von dort ab; die Antwort geht an {email}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Anfrage gesendet. Die Kopie wird per E-Mail an {email} geschickt.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>Die Anfrage konnte nicht gesendet werden ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>%n Ereignis in {path} gespeichert.</numerusform>
            <numerusform>%n Ereignisse in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>Das hat nicht funktioniert:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Bitte schreiben Sie selbst an {address} und bitten Sie um eine Kopie der Daten der anonymen ID {id} im Format {fmt}.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Sendezeit (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>Die Telemetrie wurde deinstalliert. Starten Sie FreeCAD neu.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>Die Telemetrie-Einstellungen konnten nicht angezeigt werden:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Wird nicht verwendet:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>Von diesem Computer wird nichts gesendet, unabhängig von Ihrer Auswahl:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Noch nicht entschieden: Es wird nichts gesendet, bis Sie eine Wahl treffen.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>Kreuzen Sie mindestens eine Kategorie an oder wählen Sie „Nichts teilen“.</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Durch ein Update hinzugefügt und erst gesendet, wenn Sie zustimmen: {items}. Wenn Sie hier eine Änderung der Kategorien speichern, stimmen Sie diesen zu.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Damit wird das FreeCAD-Projekt gebeten, jedes Ereignis zu löschen, das mit Ihrer anonymen ID gesendet wurde:
{id}

Dies kann nicht rückgängig gemacht werden. Sobald der Server bestätigt, erhält dieser Computer eine neue anonyme ID, und sein Protokoll der gesendeten Ereignisse wird geleert. Ob die Telemetrie eingeschaltet ist, bleibt so, wie Sie es eingestellt haben.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Löschung beantragt</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>Die Anfrage wird später gesendet</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>Die Anfrage wurde nicht angenommen</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>Der Server des FreeCAD-Projekts hat die Anfrage angenommen. Er löscht die Daten der folgenden ID (das kann einige Tage dauern):
{old}

Das Protokoll der gesendeten Ereignisse auf diesem Computer wurde geleert, und er verwendet jetzt eine neue anonyme ID:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Die Anfrage ist nicht durchgekommen ({detail}). Sie wird aufbewahrt und bei jedem Start von FreeCAD erneut gesendet, bis der Server sie bestätigt. Noch nicht gesendete Ereignisse mit dieser ID wurden verworfen.

Sie können auch an {address} schreiben, um die Löschung zu beantragen, und dabei Ihre anonyme ID angeben:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Der Server hat die Anfrage abgelehnt ({detail}).

Bitte schreiben Sie an {address}, um die Löschung zu beantragen, und geben Sie dabei Ihre anonyme ID an:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Was genau gesendet würde</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>Die Vorschau konnte nicht erstellt werden:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>Dieser Computer hat noch keine anonyme ID, daher wurde von ihm nichts gesendet. Sie wird beim ersten Start erzeugt, nachdem Sie sich für das Teilen entschieden haben.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>Eine Löschanfrage für die ID {id} wartet darauf, gesendet zu werden (seit {since}; letzter Versuch: {error}). FreeCAD versucht es bei jedem Start erneut.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Anonyme ID zurücksetzen</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>Ab jetzt trägt alles, was gesendet wird, eine neue zufällige ID, die nicht mit dem zuvor Gesendeten verknüpft ist. Was zuvor gesendet wurde, bleibt auf dem Server (beantragen Sie dafür dessen Löschung). ID zurücksetzen?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>%n Ereignis von diesem Computer gesendet, neueste zuerst.</numerusform>
            <numerusform>%n Ereignisse von diesem Computer gesendet, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>Von diesem Computer wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>Das Protokoll der gesendeten Ereignisse konnte nicht gelesen werden:</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Anonyme Nutzungsdaten mit dem FreeCAD-Projekt teilen:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>Nichts teilen</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Anonyme ID:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>ID zurücksetzen…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Anzeigen, was der nächste Start sendet…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Anzeigen, was gesendet wurde</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>Ihre Daten auf den Servern des FreeCAD-Projekts</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Kopie meiner Daten anfordern…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Löschung meiner Daten beantragen…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Erweitert (wirksam ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Projektschlüssel:</translation>
    </message>
</context>
</TS>
