<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>Телеметрия FreeCAD</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>Помочь улучшить FreeCAD?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>Проект FreeCAD хотел бы узнать, как используется FreeCAD, чтобы решать, над чем работать. Без вашего выбора здесь ничего не отправляется. Отметьте, что вы готовы передавать:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Новое в передаваемых вами категориях:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Показать, что именно будет отправлено…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>Передаваемые данные анонимны: случайный идентификатор, созданный для этой цели, без имён ваших файлов и без местоположения. В любой момент вы можете изменить свой выбор, посмотреть, что было отправлено, и запросить удаление этих данных в меню Правка → Настройки → Телеметрия.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Не передавать</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Передавать</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Запросить копию моих данных телеметрии</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>Проект FreeCAD может прислать вам копию всего, что его серверы хранят по вашему анонимному идентификатору. Запрос — это письмо, составленное за вас; ваш адрес используется только для ответа на него.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Анонимный идентификатор:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>Ваш адрес электронной почты:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Введите адрес, на который нужно отправить копию.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Комментарий (необязательно):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>Или сохраните собственную копию того, что отправил этот компьютер:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Сохранить отправленное этим компьютером…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Составить запрос…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>Телеметрия</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>Удалить мои данные телеметрии</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>Удалить ваши данные с серверов проекта FreeCAD?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Запросить удаление</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>что будет отправлено при следующем запуске (разрешённые вами категории)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>вы отказались: ничего не отправляется</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>ничего не отправляется, пока вы не выберете «Передавать»; здесь показано, что было бы отправлено при передаче всех категорий</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>ничего не отправляется: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>задана переменная DO_NOT_TRACK</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>задано FREECAD_TELEMETRY=0</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>обнаружена среда CI ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Базовое использование</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>факт запуска и завершения FreeCAD (и было ли завершение корректным), продолжительность сеанса, версии FreeCAD и этого дополнения</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Сведения о системе</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>семейство и основная версия операционной системы, архитектура процессора, версии Python и Qt, класс размера экрана и коэффициент масштабирования пикселей</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>фиксированный список настроек FreeCAD: язык, тема, единицы измерения, стиль навигации, выбор верстаков, расположение панелей и несколько параметров Sketcher</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Установленные дополнения</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>названия установленных дополнений, опубликованных в публичном репозитории, и количество остальных</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>при запуске, если данные изменились с момента последней отправки или прошла неделя</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>при каждом запуске графического интерфейса FreeCAD</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>при корректном выходе из программы</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>при запуске после сеанса, завершившегося некорректно (сбой, принудительное завершение, отключение питания)</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>Телеметрия FreeCAD теперь может собирать больше данных</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>Вы передаёте: {shared}. Эта версия дополнения телеметрии может также отправлять то, что перечислено ниже. Пока вы не согласитесь, отправляется только то, на что вы согласились ранее.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>Новые категории, которые можно отметить:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>отправляется {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Передавать и новые данные</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Оставить текущий выбор</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Сохранить отправленное этим компьютером</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Отправить запрос</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Что-то пошло не так:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>Копия будет отправлена на этот адрес.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>Это ещё не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Введите адрес, на который нужно отправить копию.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Отправка запроса…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>Ваша почтовая программа должна сейчас показать заполненный запрос. Отправьте его оттуда; ответ придёт на {email}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Запрос отправлен. Копия будет выслана по электронной почте на {email}.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>Не удалось отправить запрос ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>Сохранено %n событие в {path}.</numerusform>
            <numerusform>Сохранено %n события в {path}.</numerusform>
            <numerusform>Сохранено %n событий в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>Не получилось:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Пожалуйста, напишите сами на {address} с просьбой прислать в формате {fmt} копию данных анонимного идентификатора {id}.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Время отправки (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID события</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>Телеметрия была удалена. Перезапустите FreeCAD.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Телеметрия</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>Не удалось показать настройки телеметрии:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Не используется:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>С этого компьютера ничего не отправляется, что бы вы ни выбрали:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Выбор ещё не сделан: пока вы не выберете, ничего не отправляется.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>Отметьте хотя бы одну категорию или выберите «Ничего не передавать».</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Добавлено обновлением и не отправляется без вашего согласия: {items}. Сохранение изменённого здесь выбора категорий означает согласие на них.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Это запрос к проекту FreeCAD на удаление всех событий, отправленных с вашим анонимным идентификатором:
{id}

Это действие нельзя отменить. Как только сервер подтвердит запрос, этот компьютер получит новый анонимный идентификатор, а его журнал отправленных событий будет очищен. Включена телеметрия или нет, останется так, как вы настроили.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Удаление запрошено</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>Запрос будет отправлен позже</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>Запрос не принят</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>Сервер проекта FreeCAD принял запрос. Он удалит данные идентификатора, указанного ниже (это может занять несколько дней):
{old}

Журнал отправленных событий на этом компьютере очищен, теперь используется новый анонимный идентификатор:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Запрос не прошёл ({detail}). Он сохранён и будет отправляться повторно при каждом запуске FreeCAD, пока сервер его не подтвердит. Ещё не отправленные события с этим идентификатором отброшены.

Вы также можете написать на {address} с просьбой об удалении, указав ваш анонимный идентификатор:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Сервер отклонил запрос ({detail}).

Пожалуйста, напишите на {address} с просьбой об удалении, указав ваш анонимный идентификатор:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Формирование предпросмотра…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Что именно будет отправлено</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>Не удалось сформировать предпросмотр:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>У этого компьютера ещё нет анонимного идентификатора, поэтому с него ничего не отправлялось. Идентификатор создаётся при первом запуске после того, как вы решите передавать данные.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>Запрос на удаление для идентификатора {id} ожидает отправки (с {since}; последняя попытка: {error}). FreeCAD повторяет попытку при каждом запуске.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Сбросить анонимный идентификатор</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>С этого момента отправляемые данные будут нести новый случайный идентификатор, не связанный с тем, что было отправлено раньше. Отправленное раньше остаётся на сервере (чтобы его удалить, запросите удаление). Сбросить идентификатор?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>С этого компьютера отправлено %n событие, сначала самые новые.</numerusform>
            <numerusform>С этого компьютера отправлено %n события, сначала самые новые.</numerusform>
            <numerusform>С этого компьютера отправлено %n событий, сначала самые новые.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>С этого компьютера ничего не отправлялось.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>Не удалось прочитать журнал отправленных событий:</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>Телеметрия</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Передача данных</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Передавать проекту FreeCAD анонимные данные об использовании:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>Ничего не передавать</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Что отправляется</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Анонимный идентификатор:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>Сбросить ID…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Показать, что будет отправлено при следующем запуске…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Показать отправленное</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>Ваши данные на серверах проекта FreeCAD</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Запросить копию моих данных…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Запросить удаление моих данных…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Дополнительно (вступает в силу при следующем запуске)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Ключ проекта:</translation>
    </message>
</context>
</TS>
