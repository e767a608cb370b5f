<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>FreeCAD-telemetrie</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>Wilt u helpen FreeCAD te verbeteren?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>Het FreeCAD-project wil graag weten hoe FreeCAD wordt gebruikt, om te bepalen waaraan gewerkt wordt. Er wordt niets verzonden tenzij u dat hier kiest. Vink aan wat u bereid bent te delen:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Nieuw in de categorieën die u deelt:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Precies tonen wat er verzonden zou worden…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>Wat gedeeld wordt, is anoniem: een willekeurige ID die speciaal hiervoor is aangemaakt, geen namen van uw bestanden, geen locatie. Via Bewerken → Voorkeuren → Telemetrie kunt u op elk moment uw keuze wijzigen, bekijken wat er is verzonden en om verwijdering daarvan vragen.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Niet delen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Een kopie van mijn telemetriegegevens aanvragen</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>Het FreeCAD-project kan u een kopie sturen van alles wat zijn servers bij uw anonieme ID bewaren. Het verzoek is een e-mail die voor u is opgesteld; uw adres wordt alleen gebruikt om het te beantwoorden.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Anonieme ID:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>Uw e-mailadres:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Voer het adres in waarnaar de kopie moet worden verzonden.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Opmerking (optioneel):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>Of bewaar zelf een kopie van wat deze computer heeft verzonden:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Opslaan wat deze computer heeft verzonden…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Verzoek opstellen…</translation>
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
        <translation>Mijn telemetriegegevens verwijderen</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>Uw gegevens van de servers van het FreeCAD-project verwijderen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Verwijdering aanvragen</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>wat de volgende start verzendt (de categorieën waarvoor u toestemming hebt gegeven)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>door u geweigerd: er wordt niets verzonden</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>er wordt niets verzonden totdat u &apos;Delen&apos; kiest; dit is wat er verzonden zou worden als alle categorieën gedeeld worden</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>er wordt niets verzonden: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>DO_NOT_TRACK is ingesteld</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>FREECAD_TELEMETRY=0 is ingesteld</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>er is een CI-omgeving gedetecteerd ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Basisgebruik</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>dat FreeCAD is gestart en afgesloten (en of het netjes werd afgesloten), hoe lang een sessie duurde, de versie van FreeCAD en van deze uitbreiding</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Systeeminformatie</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>familie en hoofdversie van het besturingssysteem, processorarchitectuur, Python- en Qt-versie, schermgrootteklasse en pixelverhouding</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>een vaste lijst FreeCAD-instellingen: taal, thema, eenheden, navigatiestijl, werkbankkeuzes, paneelindeling en enkele Sketcher-opties</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Geïnstalleerde uitbreidingen</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>de namen van geïnstalleerde uitbreidingen die in een openbare repository zijn gepubliceerd, en het aantal overige</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>een start als de inhoud sinds de laatste verzending is gewijzigd, of als er een week is verstreken</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>elke start van de grafische interface van FreeCAD</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>het netjes afsluiten</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>de start na een sessie die zonder netjes afsluiten eindigde (crash, geforceerd beëindigen, stroomuitval)</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>FreeCAD-telemetrie kan nu meer verzamelen</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>U deelt: {shared}. Deze versie van de telemetrie-uitbreiding kan ook verzenden wat hieronder staat. Zolang u niet akkoord gaat, wordt alleen verzonden waarmee u eerder akkoord bent gegaan.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nog niets</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>Nieuwe categorieën die u kunt aanvinken:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>verzonden bij {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Ook het nieuwe delen</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Huidige keuze behouden</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Opslaan wat deze computer heeft verzonden</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Verzoek verzenden</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Er is iets misgegaan:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>De kopie wordt naar dit adres verzonden.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>Dit is nog geen e-mailadres.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Voer het adres in waarnaar de kopie moet worden verzonden.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Verzoek wordt verzonden…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>Uw e-mailprogramma zou nu het ingevulde verzoek moeten tonen. Verzend het van daaruit; het antwoord komt naar {email}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Verzoek verzonden. De kopie wordt per e-mail naar {email} gestuurd.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>Het verzoek kon niet worden verzonden ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>%n gebeurtenis opgeslagen in {path}.</numerusform>
            <numerusform>%n gebeurtenissen opgeslagen in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>Dit is niet gelukt:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Schrijf zelf naar {address} en vraag om een kopie in het formaat {fmt} van de gegevens van de anonieme ID {id}.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Verzonden op (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Gebeurtenis-ID</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>Telemetrie is gedeïnstalleerd. Start FreeCAD opnieuw.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>De telemetrie-instellingen konden niet worden getoond:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Niet gebruikt:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>Vanaf deze computer wordt niets verzonden, wat u ook kiest:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Nog niet besloten: er wordt niets verzonden totdat u een keuze maakt.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>Vink minstens één categorie aan, of kies &apos;Niets delen&apos;.</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Toegevoegd door een update en niet verzonden totdat u akkoord gaat: {items}. Als u hier een wijziging van de categorieën opslaat, gaat u daarmee akkoord.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Hiermee vraagt u het FreeCAD-project om elke gebeurtenis te verwijderen die met uw anonieme ID is verzonden:
{id}

Dit kan niet ongedaan worden gemaakt. Zodra de server het bevestigt, krijgt deze computer een nieuwe anonieme ID en wordt het logboek van verzonden gebeurtenissen gewist. Of telemetrie aan staat, blijft zoals u het hebt ingesteld.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Verwijdering aangevraagd</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>Het verzoek wordt later verzonden</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>Het verzoek is niet geaccepteerd</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>De server van het FreeCAD-project heeft het verzoek geaccepteerd. De gegevens van de onderstaande ID worden verwijderd (dit kan enkele dagen duren):
{old}

Het logboek van verzonden gebeurtenissen op deze computer is gewist, en de computer gebruikt nu een nieuwe anonieme ID:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Opmerking:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Het verzoek is niet doorgekomen ({detail}). Het wordt bewaard en bij elke start van FreeCAD opnieuw verzonden, totdat de server het bevestigt. Nog niet verzonden gebeurtenissen met deze ID zijn weggegooid.

U kunt ook naar {address} schrijven om verwijdering te vragen, met vermelding van uw anonieme ID:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>De server heeft het verzoek geweigerd ({detail}).

Schrijf naar {address} om verwijdering te vragen, met vermelding van uw anonieme ID:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Voorbeeld wordt opgebouwd…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Precies wat er verzonden zou worden</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>Het voorbeeld kon niet worden opgebouwd:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>Deze computer heeft nog geen anonieme ID, dus er is niets vanaf verzonden. Die wordt aangemaakt bij de eerste start nadat u ervoor hebt gekozen om te delen.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>Een verwijderingsverzoek voor de ID {id} wacht op verzending (sinds {since}; laatste poging: {error}). FreeCAD probeert het bij elke start opnieuw.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Anonieme ID opnieuw instellen</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>Vanaf nu krijgt wat verzonden wordt een nieuwe willekeurige ID, die niet gekoppeld is aan wat eerder is verzonden. Wat eerder is verzonden, blijft op de server staan (vraag daarvoor de verwijdering ervan aan). De ID opnieuw instellen?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>%n gebeurtenis verzonden vanaf deze computer, nieuwste eerst.</numerusform>
            <numerusform>%n gebeurtenissen verzonden vanaf deze computer, nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>Er is niets verzonden vanaf deze computer.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>Het logboek van verzonden gebeurtenissen kon niet worden gelezen:</translation>
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
        <translation>Delen</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Anonieme gebruiksgegevens delen met het FreeCAD-project:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>Niets delen</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Wat er wordt verzonden</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Anonieme ID:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>ID opnieuw instellen…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Tonen wat de volgende start verzendt…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Tonen wat er is verzonden</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>Uw gegevens op de servers van het FreeCAD-project</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Een kopie van mijn gegevens aanvragen…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Verwijdering van mijn gegevens aanvragen…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Geavanceerd (van kracht vanaf de volgende start)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Projectsleutel:</translation>
    </message>
</context>
</TS>
