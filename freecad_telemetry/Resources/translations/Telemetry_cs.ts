<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>Telemetrie FreeCAD</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>Chcete pomoci vylepšit FreeCAD?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>Projekt FreeCAD by rád zjistil, jak se FreeCAD používá, aby mohl rozhodnout, na čem pracovat. Nic se neodešle, pokud to zde nezvolíte. Zaškrtněte, co chcete sdílet:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Novinky v kategoriích, které sdílíte:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Zobrazit přesně, co by se odeslalo…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>Sdílená data jsou anonymní: náhodný identifikátor vytvořený pro tento účel, žádné názvy vašich souborů, žádná poloha. Kdykoli můžete svou volbu změnit, zobrazit, co bylo odesláno, a požádat o odstranění těchto dat v nabídce Úpravy → Předvolby → Telemetrie.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Nesdílet</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Sdílet</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Požádat o kopii mých telemetrických dat</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>Projekt FreeCAD vám může zaslat kopii všeho, co jeho servery uchovávají k vašemu anonymnímu identifikátoru. Žádost je připravený e-mail napsaný za vás; vaše adresa se použije pouze k odpovědi na ni.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Anonymní identifikátor:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formát:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>Vaše e-mailová adresa:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Zadejte adresu, na kterou se má kopie zaslat.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Poznámka (volitelné):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>Nebo si uložte vlastní kopii toho, co tento počítač odeslal:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Uložit, co tento počítač odeslal…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Napsat žádost…</translation>
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
        <translation>Odstranit moje telemetrická data</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>Odstranit vaše data ze serverů projektu FreeCAD?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Požádat o odstranění</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>co se odešle při příštím spuštění (kategorie, se kterými souhlasíte)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>sdílení odmítnuto: nic se neodesílá</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>nic se neodesílá, dokud nezvolíte „Sdílet“; toto by se odeslalo při sdílení všech kategorií</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>nic se neodesílá: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>je nastavena proměnná DO_NOT_TRACK</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>je nastaveno FREECAD_TELEMETRY=0</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>bylo zjištěno prostředí CI ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Základní používání</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>že se FreeCAD spustil a ukončil (a zda se ukončil řádně), jak dlouho trvala relace, verze FreeCAD a tohoto doplňku</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Informace o systému</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>rodina operačního systému a jeho hlavní verze, architektura procesoru, verze Pythonu a Qt, třída velikosti obrazovky a poměr pixelů</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Předvolby</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>pevný seznam nastavení FreeCAD: jazyk, motiv, jednotky, styl navigace, volba pracovních prostředí, rozvržení panelů a několik možností prostředí Sketcher</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Nainstalované doplňky</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>názvy nainstalovaných doplňků zveřejněných ve veřejném repozitáři a počty ostatních</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>spuštění, pokud se data od posledního odeslání změnila nebo uplynul týden</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>každém spuštění grafického rozhraní FreeCAD</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>řádném ukončení programu</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>spuštění po relaci, která skončila bez řádného ukončení (pád, násilné ukončení, výpadek napájení)</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>Telemetrie FreeCAD nyní může sbírat více údajů</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>Sdílíte: {shared}. Tato verze doplňku telemetrie může odesílat i to, co je uvedeno níže. Dokud nevyjádříte souhlas, odesílá se pouze to, na co se vztahuje váš dřívější souhlas.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>zatím nic</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>Nové kategorie, které můžete zaškrtnout:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>odesílá se při {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Sdílet i nové položky</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Ponechat mou současnou volbu</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Uložit, co tento počítač odeslal</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Odeslat žádost</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Něco se pokazilo:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>Kopie bude zaslána na tuto adresu.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>Toto zatím není e-mailová adresa.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Zadejte adresu, na kterou se má kopie zaslat.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Odesílání žádosti…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>Váš poštovní program by nyní měl zobrazit vyplněnou žádost. Odešlete ji odtud; odpověď přijde na adresu {email}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Ukládání…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Žádost odeslána. Kopie bude zaslána e-mailem na adresu {email}.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>Žádost se nepodařilo odeslat ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>Do souboru {path} byla uložena %n událost.</numerusform>
            <numerusform>Do souboru {path} byly uloženy %n události.</numerusform>
            <numerusform>Do souboru {path} bylo uloženo %n událostí.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>Nepodařilo se:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Napište prosím sami na adresu {address} a požádejte o kopii dat anonymního identifikátoru {id} ve formátu {fmt}.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Odesláno (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Událost</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Identifikátor události</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>Telemetrie byla odinstalována. Restartujte FreeCAD.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>Nastavení telemetrie nelze zobrazit:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Nebude použit:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>Z tohoto počítače se nic neodesílá bez ohledu na vaši volbu:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Zatím nerozhodnuto: nic se neodesílá, dokud nezvolíte.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>Zaškrtněte alespoň jednu kategorii, nebo zvolte „Nic nesdílet“.</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Přidáno aktualizací a neodesílá se, dokud nevyjádříte souhlas: {items}. Uložením změny kategorií zde s nimi souhlasíte.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Tímto požádáte projekt FreeCAD o smazání všech událostí odeslaných s vaším anonymním identifikátorem:
{id}

Tuto akci nelze vrátit zpět. Jakmile ji server potvrdí, tento počítač dostane nový anonymní identifikátor a jeho záznam odeslaných událostí bude vymazán. Zapnutí či vypnutí telemetrie zůstane beze změny.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Žádost o odstranění odeslána</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>Žádost bude odeslána později</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>Žádost nebyla přijata</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>Server projektu FreeCAD žádost přijal. Smaže data níže uvedeného identifikátoru (může to trvat několik dní):
{old}

Záznam odeslaných událostí v tomto počítači byl vymazán a počítač nyní používá nový anonymní identifikátor:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Poznámka:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Žádost se nepodařilo doručit ({detail}). Zůstává uložena a bude znovu odeslána při každém spuštění FreeCAD, dokud ji server nepotvrdí. Dosud neodeslané události s tímto identifikátorem byly zahozeny.

Můžete také napsat na adresu {address}, požádat o odstranění a uvést svůj anonymní identifikátor:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Server žádost odmítl ({detail}).

Napište prosím na adresu {address}, požádejte o odstranění a uveďte svůj anonymní identifikátor:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Sestavování náhledu…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Přesně to, co by se odeslalo</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>Náhled nelze sestavit:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(zatím žádný)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>Tento počítač zatím nemá anonymní identifikátor, takže z něj nic nebylo odesláno. Vytvoří se při prvním spuštění poté, co zvolíte sdílení.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>Žádost o odstranění pro identifikátor {id} čeká na odeslání (od {since}; poslední pokus: {error}). FreeCAD to zkouší znovu při každém spuštění.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Resetovat anonymní identifikátor</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>Odesílaná data ponesou od této chvíle nový náhodný identifikátor, nepropojený s tím, co bylo odesláno dříve. Co bylo odesláno dříve, zůstane na serveru (o jeho odstranění je třeba požádat zvlášť). Resetovat identifikátor?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Načítání…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>%n událost odeslaná z tohoto počítače, od nejnovějších.</numerusform>
            <numerusform>%n události odeslané z tohoto počítače, od nejnovějších.</numerusform>
            <numerusform>%n událostí odeslaných z tohoto počítače, od nejnovějších.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>Z tohoto počítače nebylo nic odesláno.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>Záznam odeslaných událostí nelze přečíst:</translation>
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
        <translation>Sdílení</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Sdílet anonymní data o používání s projektem FreeCAD:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>Nic nesdílet</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Co se odesílá</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Anonymní identifikátor:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>Resetovat identifikátor…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Zobrazit, co se odešle při příštím spuštění…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Zobrazit, co bylo odesláno</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>Vaše data na serverech projektu FreeCAD</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Požádat o kopii mých dat…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Požádat o odstranění mých dat…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Pokročilé (projeví se při příštím spuštění)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Klíč projektu:</translation>
    </message>
</context>
</TS>
