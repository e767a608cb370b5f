<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>Telemetria di FreeCAD</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>Vuoi aiutare a migliorare FreeCAD?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>Il progetto FreeCAD vorrebbe sapere come viene usato FreeCAD, per decidere su cosa lavorare. Non viene inviato nulla a meno che tu non lo scelga qui. Seleziona ciò che sei disposto a condividere:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Novità nelle categorie che condividi:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Mostra esattamente cosa verrebbe inviato…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>Ciò che viene condiviso è anonimo: un ID casuale creato a questo scopo, nessun nome dei tuoi file, nessuna posizione. Puoi cambiare la tua scelta, vedere cosa è stato inviato e chiederne la rimozione in qualsiasi momento da Modifica → Preferenze → Telemetria.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Non condividere</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Condividi</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Richiedi una copia dei miei dati di telemetria</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>Il progetto FreeCAD può inviarti una copia di tutto ciò che i suoi server conservano per il tuo ID anonimo. La richiesta è un&apos;e-mail già scritta per te; il tuo indirizzo viene usato solo per rispondere.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>ID anonimo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>Il tuo indirizzo e-mail:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Inserisci l&apos;indirizzo a cui inviare la copia.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Nota (facoltativa):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>Oppure conserva una tua copia di ciò che questo computer ha inviato:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Salva ciò che questo computer ha inviato…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Scrivi la richiesta…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetria</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>Rimuovi i miei dati di telemetria</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>Rimuovere i tuoi dati dai server del progetto FreeCAD?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Richiedi la rimozione</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>ciò che invierà il prossimo avvio (le categorie che hai autorizzato)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>hai rifiutato: non viene inviato nulla</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>non viene inviato nulla finché non scegli Condividi; questo è ciò che invierebbe la condivisione di tutte le categorie</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>non viene inviato nulla: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>DO_NOT_TRACK è impostato</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>FREECAD_TELEMETRY=0 è impostato</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>è stato rilevato un ambiente CI ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Utilizzo di base</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>l&apos;avvio e la chiusura di FreeCAD (e se la chiusura è avvenuta correttamente), la durata di una sessione, le versioni di FreeCAD e del componente aggiuntivo di telemetria</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Informazioni di sistema</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>famiglia e versione principale del sistema operativo, architettura del processore, versioni di Python e Qt, classe di dimensione dello schermo e rapporto pixel</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>un elenco fisso di impostazioni di FreeCAD: lingua, tema, unità, stile di navigazione, scelte degli ambienti di lavoro, disposizione dei pannelli e alcune opzioni di Sketcher</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Componenti aggiuntivi installati</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>i nomi dei componenti aggiuntivi installati pubblicati in un repository pubblico, e il numero degli altri</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>a un avvio, se è cambiato dall&apos;ultimo invio o se è passata una settimana</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>a ogni avvio dell&apos;interfaccia grafica di FreeCAD</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>a una chiusura corretta</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>all&apos;avvio successivo a una sessione terminata senza una chiusura corretta (arresto anomalo, terminazione forzata, interruzione di corrente)</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>La telemetria di FreeCAD ora può raccogliere di più</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>Attualmente condividi: {shared}. Questa versione del componente aggiuntivo di telemetria può inviare anche quanto elencato di seguito. Finché non dai il tuo consenso, viene inviato solo ciò che avevi già accettato.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ancora nulla</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>Nuove categorie che puoi selezionare:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>inviato {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Condividi anche le novità</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Mantieni la scelta attuale</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Salva ciò che questo computer ha inviato</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Invia la richiesta</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Si è verificato un errore:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>La copia verrà inviata a questo indirizzo.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>Questo non è ancora un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Inserisci l&apos;indirizzo a cui inviare la copia.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Invio della richiesta…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>Il tuo programma di posta dovrebbe ora mostrare la richiesta già compilata. Inviala da lì; la risposta arriverà a {email}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Richiesta inviata. La copia verrà inviata per e-mail a {email}.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>Impossibile inviare la richiesta ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>%n evento salvato in {path}.</numerusform>
            <numerusform>%n eventi salvati in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>Non ha funzionato:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Scrivi direttamente a {address}, chiedendo una copia in formato {fmt} dei dati dell&apos;ID anonimo {id}.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Data di invio (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID evento</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>La telemetria è stata disinstallata. Riavvia FreeCAD.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetria</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>Impossibile mostrare le impostazioni della telemetria:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Non usato:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>Da questo computer non viene inviato nulla, qualunque sia la tua scelta:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Non hai ancora deciso: non viene inviato nulla finché non scegli.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>Seleziona almeno una categoria, oppure scegli «Non condividere nulla».</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Aggiunti da un aggiornamento e non inviati finché non dai il tuo consenso: {items}. Se salvi qui una modifica delle categorie, acconsenti anche a questi.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Questo chiede al progetto FreeCAD di eliminare ogni evento inviato con il tuo ID anonimo:
{id}

L&apos;operazione non può essere annullata. Quando il server conferma, questo computer riceve un nuovo ID anonimo e il suo registro degli eventi inviati viene cancellato. La telemetria resta attiva o disattiva come l&apos;hai impostata.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Rimozione richiesta</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>La richiesta verrà inviata più tardi</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>La richiesta non è stata accettata</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>Il server del progetto FreeCAD ha accettato la richiesta. Elimina i dati dell&apos;ID qui sotto (può richiedere qualche giorno):
{old}

Il registro degli eventi inviati di questo computer è stato cancellato e ora il computer usa un nuovo ID anonimo:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>La richiesta non è andata a buon fine ({detail}). Viene conservata e inviata di nuovo a ogni avvio di FreeCAD, finché il server non la conferma. Gli eventi non ancora inviati con questo ID sono stati scartati.

Puoi anche scrivere a {address}, chiedendo la rimozione e indicando il tuo ID anonimo:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Il server ha rifiutato la richiesta ({detail}).

Scrivi a {address}, chiedendo la rimozione e indicando il tuo ID anonimo:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Preparazione dell&apos;anteprima…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Esattamente cosa verrebbe inviato</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>Impossibile preparare l&apos;anteprima:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ancora nessuno)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>Questo computer non ha ancora un ID anonimo, quindi da qui non è stato inviato nulla. Ne viene creato uno al primo avvio dopo che hai scelto di condividere.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>Una richiesta di rimozione per l&apos;ID {id} è in attesa di invio (dal {since}; ultimo tentativo: {error}). FreeCAD riprova a ogni avvio.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Reimposta l&apos;ID anonimo</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>D&apos;ora in poi, ciò che viene inviato avrà un nuovo ID casuale, non collegato a ciò che è stato inviato prima. Ciò che è stato inviato prima resta sul server (per quello, richiedine la rimozione). Reimpostare l&apos;ID?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>%n evento inviato da questo computer, dal più recente.</numerusform>
            <numerusform>%n eventi inviati da questo computer, dal più recente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>Da questo computer non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>Impossibile leggere il registro degli eventi inviati:</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetria</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Condivisione</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Condividi dati di utilizzo anonimi con il progetto FreeCAD:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>Non condividere nulla</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Cosa viene inviato</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>ID anonimo:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>Reimposta ID…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Mostra cosa invierà il prossimo avvio…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Mostra cosa è stato inviato</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>I tuoi dati sui server del progetto FreeCAD</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Richiedi una copia dei miei dati…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Richiedi la rimozione dei miei dati…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Avanzate (effettive dal prossimo avvio)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Chiave del progetto:</translation>
    </message>
</context>
</TS>
