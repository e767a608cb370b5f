<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>Телеметрія FreeCAD</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>Допомогти покращити FreeCAD?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>Проєкт FreeCAD хотів би дізнатися, як використовується FreeCAD, щоб вирішувати, над чим працювати. Без вашого вибору тут нічого не надсилається. Позначте, що ви готові передавати:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Нове в категоріях, які ви передаєте:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Показати, що саме буде надіслано…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>Дані, що передаються, анонімні: випадковий ідентифікатор, створений для цієї мети, без назв ваших файлів і без місцезнаходження. Будь-коли ви можете змінити свій вибір, переглянути, що було надіслано, і попросити видалити ці дані в меню Правка → Налаштування → Телеметрія.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Не передавати</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Передавати</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Запит на копію моїх даних телеметрії</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>Проєкт FreeCAD може надіслати вам копію всього, що його сервери зберігають за вашим анонімним ідентифікатором. Запит — це лист, складений за вас; ваша адреса використовується лише для відповіді на нього.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Анонімний ідентифікатор:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>Ваша адреса електронної пошти:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Введіть адресу, на яку слід надіслати копію.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Коментар (необовʼязково):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>Або збережіть власну копію того, що надіслав цей компʼютер:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Зберегти надіслане цим компʼютером…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Скласти запит…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>Телеметрія</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>Видалити мої дані телеметрії</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>Видалити ваші дані з серверів проєкту FreeCAD?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Подати запит на видалення</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>що буде надіслано під час наступного запуску (дозволені вами категорії)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>ви відмовилися: нічого не надсилається</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>нічого не надсилається, доки ви не виберете «Передавати»; тут показано, що було б надіслано, якби ви передавали всі категорії</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>нічого не надсилається: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>встановлено змінну DO_NOT_TRACK</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>встановлено FREECAD_TELEMETRY=0</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>виявлено середовище CI ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Базове використання</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>факт запуску й завершення роботи FreeCAD (і чи було завершення коректним), тривалість сеансу, версії FreeCAD і цього додатка</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Відомості про систему</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>сімейство та основна версія операційної системи, архітектура процесора, версії Python і Qt, клас розміру екрана та коефіцієнт масштабування пікселів</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>фіксований перелік налаштувань FreeCAD: мова, тема, одиниці вимірювання, стиль навігації, вибір робочих середовищ, розташування панелей і кілька параметрів Sketcher</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Встановлені додатки</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>назви встановлених додатків, опублікованих у публічному репозиторії, та кількість інших</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>під час запуску, якщо дані змінилися після останнього надсилання або минув тиждень</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>під час кожного запуску графічного інтерфейсу FreeCAD</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>під час коректного виходу з програми</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>під час запуску після сеансу, що завершився некоректно (збій, примусове завершення, втрата живлення)</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>Телеметрія FreeCAD тепер може збирати більше даних</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>Ви передаєте: {shared}. Ця версія додатка телеметрії може також надсилати те, що перелічено нижче. Доки ви не погодитеся, надсилається лише те, на що ви погодилися раніше.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>поки нічого</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>Нові категорії, які можна позначити:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>надсилається {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Передавати й нові дані</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Залишити поточний вибір</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Зберегти надіслане цим компʼютером</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Надіслати запит</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Щось пішло не так:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>Копію буде надіслано на цю адресу.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>Це ще не адреса електронної пошти.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Введіть адресу, на яку слід надіслати копію.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Надсилання запиту…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>Ваша поштова програма має зараз показати заповнений запит. Надішліть його звідти; відповідь прийде на {email}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Запит надіслано. Копію буде надіслано електронною поштою на {email}.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>Не вдалося надіслати запит ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>Збережено %n подію в {path}.</numerusform>
            <numerusform>Збережено %n події в {path}.</numerusform>
            <numerusform>Збережено %n подій в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>Не вдалося:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Будь ласка, напишіть самостійно на {address} із проханням надіслати у форматі {fmt} копію даних анонімного ідентифікатора {id}.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Час надсилання (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID події</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>Телеметрію видалено. Перезапустіть FreeCAD.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Телеметрія</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>Не вдалося показати налаштування телеметрії:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Не використовується:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>З цього компʼютера нічого не надсилається, хоч би що ви вибрали:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Вибір ще не зроблено: доки ви не виберете, нічого не надсилається.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>Позначте принаймні одну категорію або виберіть «Нічого не передавати».</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Додано оновленням і не надсилається без вашої згоди: {items}. Збереження зміненого тут вибору категорій означає згоду на них.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Це запит до проєкту FreeCAD на видалення всіх подій, надісланих з вашим анонімним ідентифікатором:
{id}

Цю дію неможливо скасувати. Щойно сервер підтвердить запит, цей компʼютер отримає новий анонімний ідентифікатор, а його журнал надісланих подій буде очищено. Увімкнена телеметрія чи ні, залишиться так, як ви налаштували.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Запит на видалення подано</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>Запит буде надіслано пізніше</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>Запит не прийнято</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>Сервер проєкту FreeCAD прийняв запит. Він видалить дані ідентифікатора, наведеного нижче (це може тривати кілька днів):
{old}

Журнал надісланих подій на цьому компʼютері очищено, і тепер він використовує новий анонімний ідентифікатор:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Запит не пройшов ({detail}). Його збережено, і він надсилатиметься знову під час кожного запуску FreeCAD, доки сервер його не підтвердить. Ще не надіслані події з цим ідентифікатором відкинуто.

Ви також можете написати на {address} із проханням про видалення, вказавши свій анонімний ідентифікатор:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Сервер відхилив запит ({detail}).

Будь ласка, напишіть на {address} із проханням про видалення, вказавши свій анонімний ідентифікатор:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Формування попереднього перегляду…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Що саме буде надіслано</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>Не вдалося сформувати попередній перегляд:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(поки немає)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>Цей компʼютер ще не має анонімного ідентифікатора, тож з нього нічого не надсилалося. Ідентифікатор створюється під час першого запуску після того, як ви вирішите передавати дані.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>Запит на видалення для ідентифікатора {id} очікує надсилання (з {since}; остання спроба: {error}). FreeCAD повторює спробу під час кожного запуску.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Скинути анонімний ідентифікатор</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>Відтепер дані, що надсилаються, матимуть новий випадковий ідентифікатор, не повʼязаний із тим, що було надіслано раніше. Надіслане раніше залишається на сервері (щоб його видалити, подайте запит на видалення). Скинути ідентифікатор?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Читання…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>З цього компʼютера надіслано %n подію, спочатку найновіші.</numerusform>
            <numerusform>З цього компʼютера надіслано %n події, спочатку найновіші.</numerusform>
            <numerusform>З цього компʼютера надіслано %n подій, спочатку найновіші.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>З цього компʼютера нічого не надсилалося.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>Не вдалося прочитати журнал надісланих подій:</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>Телеметрія</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Передавання даних</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Передавати проєкту FreeCAD анонімні дані про використання:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>Нічого не передавати</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Що надсилається</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Анонімний ідентифікатор:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>Скинути ID…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Показати, що буде надіслано під час наступного запуску…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Показати надіслане</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>Ваші дані на серверах проєкту FreeCAD</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Запит на копію моїх даних…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Запит на видалення моїх даних…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Додатково (набуває чинності під час наступного запуску)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Ключ проєкту:</translation>
    </message>
</context>
</TS>
