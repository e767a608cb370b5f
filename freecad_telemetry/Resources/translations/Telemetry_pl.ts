<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>Telemetria FreeCAD</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>Czy chcesz pomóc ulepszać FreeCAD?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>Projekt FreeCAD chciałby się dowiedzieć, jak FreeCAD jest używany, aby decydować, nad czym pracować. Nic nie zostanie wysłane, jeśli tego tutaj nie wybierzesz. Zaznacz, czym chcesz się podzielić:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Nowości w kategoriach, które udostępniasz:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Pokaż dokładnie, co zostałoby wysłane…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>Udostępniane dane są anonimowe: losowy identyfikator utworzony w tym celu, bez nazw Twoich plików i bez lokalizacji. W dowolnym momencie możesz zmienić swój wybór, zobaczyć, co zostało wysłane, i poprosić o usunięcie tych danych w menu Edycja → Preferencje → Telemetria.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Nie udostępniaj</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udostępnij</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Poproś o kopię moich danych telemetrycznych</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>Projekt FreeCAD może wysłać Ci kopię wszystkiego, co jego serwery przechowują dla Twojego anonimowego identyfikatora. Prośba to gotowa wiadomość e-mail, napisana za Ciebie; Twój adres zostanie użyty wyłącznie do odpowiedzi na nią.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Anonimowy identyfikator:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>Twój adres e-mail:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Wpisz adres, na który ma zostać wysłana kopia.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Notatka (opcjonalnie):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>Możesz też zachować własną kopię tego, co wysłał ten komputer:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Zapisz, co wysłał ten komputer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Napisz prośbę…</translation>
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
        <translation>Usuń moje dane telemetryczne</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>Usunąć Twoje dane z serwerów projektu FreeCAD?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Poproś o usunięcie</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>to, co zostanie wysłane przy następnym uruchomieniu (kategorie objęte Twoją zgodą)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>nie wyrażasz zgody: nic nie jest wysyłane</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>nic nie jest wysyłane, dopóki nie wybierzesz „Udostępnij”; oto co zostałoby wysłane przy udostępnianiu wszystkich kategorii</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>nic nie jest wysyłane: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>ustawiono zmienną DO_NOT_TRACK</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>ustawiono FREECAD_TELEMETRY=0</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>wykryto środowisko CI ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Podstawowe użytkowanie</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>to, że FreeCAD został uruchomiony i zamknięty (oraz czy zamknięcie było poprawne), jak długo trwała sesja, wersje FreeCAD i tego dodatku</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Informacje o systemie</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>rodzina systemu operacyjnego i jego główne wydanie, architektura procesora, wersje Pythona i Qt, klasa rozmiaru ekranu i współczynnik pikseli</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>stała lista ustawień FreeCAD: język, motyw, jednostki, styl nawigacji, wybór środowisk pracy, układ paneli i kilka opcji środowiska Sketcher</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Zainstalowane dodatki</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>nazwy zainstalowanych dodatków opublikowanych w publicznym repozytorium oraz liczba pozostałych</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>uruchomieniu, jeśli dane zmieniły się od ostatniego wysłania lub minął tydzień</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>każdym uruchomieniu interfejsu graficznego FreeCAD</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>poprawnym zamknięciu programu</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>uruchomieniu po sesji zakończonej bez poprawnego zamknięcia (awaria, zabicie procesu, utrata zasilania)</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>Telemetria FreeCAD może teraz zbierać więcej danych</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>Udostępniasz: {shared}. Ta wersja dodatku telemetrii może też wysyłać to, co wymieniono poniżej. Dopóki się nie zgodzisz, wysyłane jest tylko to, co obejmuje Twoja wcześniejsza zgoda.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>jeszcze nic</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>Nowe kategorie, które możesz zaznaczyć:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>wysyłane przy {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Udostępnij też nowe elementy</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Zachowaj mój obecny wybór</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Zapisz, co wysłał ten komputer</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Wyślij prośbę</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Coś poszło nie tak:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>Kopia zostanie wysłana na ten adres.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>To nie jest jeszcze adres e-mail.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Wpisz adres, na który ma zostać wysłana kopia.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Wysyłanie prośby…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>Twój program pocztowy powinien teraz wyświetlić wypełnioną prośbę. Wyślij ją stamtąd; odpowiedź przyjdzie na adres {email}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Prośba wysłana. Kopia zostanie wysłana e-mailem na adres {email}.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>Nie udało się wysłać prośby ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>Zapisano %n zdarzenie w pliku {path}.</numerusform>
            <numerusform>Zapisano %n zdarzenia w pliku {path}.</numerusform>
            <numerusform>Zapisano %n zdarzeń w pliku {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>Nie udało się:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Napisz samodzielnie na adres {address} z prośbą o kopię danych anonimowego identyfikatora {id} w formacie {fmt}.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Czas wysłania (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Identyfikator zdarzenia</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>Telemetria została odinstalowana. Uruchom ponownie FreeCAD.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetria</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>Nie udało się wyświetlić ustawień telemetrii:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Nie zostanie użyty:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>Z tego komputera nic nie jest wysyłane, niezależnie od Twojego wyboru:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Jeszcze nie wybrano: nic nie jest wysyłane, dopóki nie dokonasz wyboru.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>Zaznacz co najmniej jedną kategorię lub wybierz „Nie udostępniaj niczego”.</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Dodane w aktualizacji i niewysyłane, dopóki się nie zgodzisz: {items}. Zapisanie tutaj zmiany kategorii oznacza zgodę na nie.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Spowoduje to wysłanie do projektu FreeCAD prośby o usunięcie wszystkich zdarzeń wysłanych z Twoim anonimowym identyfikatorem:
{id}

Tej operacji nie można cofnąć. Gdy serwer ją potwierdzi, ten komputer otrzyma nowy anonimowy identyfikator, a jego rejestr wysłanych zdarzeń zostanie wyczyszczony. To, czy telemetria jest włączona, pozostanie bez zmian.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Wysłano prośbę o usunięcie</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>Prośba zostanie wysłana później</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>Prośba nie została przyjęta</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>Serwer projektu FreeCAD przyjął prośbę. Usunie on dane poniższego identyfikatora (może to potrwać kilka dni):
{old}

Rejestr wysłanych zdarzeń tego komputera został wyczyszczony, a komputer używa teraz nowego anonimowego identyfikatora:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Uwaga:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Prośba nie dotarła ({detail}). Zostanie zachowana i wysłana ponownie przy każdym uruchomieniu FreeCAD, dopóki serwer jej nie potwierdzi. Niewysłane jeszcze zdarzenia z tym identyfikatorem zostały usunięte.

Możesz też napisać na adres {address} z prośbą o usunięcie, podając swój anonimowy identyfikator:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Serwer odrzucił prośbę ({detail}).

Napisz na adres {address} z prośbą o usunięcie, podając swój anonimowy identyfikator:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Przygotowywanie podglądu…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Dokładnie to, co zostałoby wysłane</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>Nie udało się przygotować podglądu:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(jeszcze brak)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>Ten komputer nie ma jeszcze anonimowego identyfikatora, więc nic z niego nie wysłano. Zostanie on utworzony przy pierwszym uruchomieniu po wybraniu udostępniania.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>Prośba o usunięcie danych identyfikatora {id} czeka na wysłanie (od {since}; ostatnia próba: {error}). FreeCAD ponawia próbę przy każdym uruchomieniu.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Zresetuj anonimowy identyfikator</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>Od teraz wysyłane dane będą miały nowy losowy identyfikator, niepowiązany z tym, co wysłano wcześniej. To, co wysłano wcześniej, pozostanie na serwerze (aby to usunąć, poproś o usunięcie danych). Zresetować identyfikator?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>%n zdarzenie wysłane z tego komputera, od najnowszych.</numerusform>
            <numerusform>%n zdarzenia wysłane z tego komputera, od najnowszych.</numerusform>
            <numerusform>%n zdarzeń wysłanych z tego komputera, od najnowszych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>Z tego komputera nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>Nie udało się odczytać rejestru wysłanych zdarzeń:</translation>
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
        <translation>Udostępnianie</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Udostępniaj projektowi FreeCAD anonimowe dane o użytkowaniu:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>Nie udostępniaj niczego</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Co jest wysyłane</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Anonimowy identyfikator:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>Resetuj identyfikator…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Pokaż, co zostanie wysłane przy następnym uruchomieniu…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Pokaż, co zostało wysłane</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>Twoje dane na serwerach projektu FreeCAD</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Poproś o kopię moich danych…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Poproś o usunięcie moich danych…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Zaawansowane (obowiązuje od następnego uruchomienia)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Klucz projektu:</translation>
    </message>
</context>
</TS>
