<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>FreeCAD 원격 분석</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>FreeCAD 개선에 도움을 주시겠습니까?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>FreeCAD 프로젝트는 앞으로 어떤 작업을 할지 정하기 위해 FreeCAD가 어떻게 사용되는지 알고자 합니다. 여기에서 선택하지 않으면 아무것도 전송되지 않습니다. 공유해도 되는 항목을 선택하세요:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>공유 중인 범주에 새로 추가된 항목:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>전송될 내용을 정확히 보기…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>공유되는 정보는 익명입니다. 이 용도로 만든 무작위 ID를 사용하며, 파일 이름이나 위치 정보는 포함되지 않습니다. 선택 변경, 전송된 내용 확인, 삭제 요청은 언제든지 편집 → 환경설정 → 원격 분석에서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>공유 안 함</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>공유</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>내 원격 분석 데이터 사본 요청</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>FreeCAD 프로젝트는 사용자의 익명 ID에 대해 서버에 보관된 모든 데이터의 사본을 보내 드릴 수 있습니다. 요청은 미리 작성된 이메일로 이루어지며, 이메일 주소는 답변에만 사용됩니다.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>익명 ID:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>이메일 주소:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>사본을 받을 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>메모 (선택 사항):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>또는 이 컴퓨터가 보낸 내용의 사본을 직접 보관할 수 있습니다:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>이 컴퓨터가 보낸 내용 저장…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>요청 메일 작성…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>원격 분석</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>내 원격 분석 데이터 삭제</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>FreeCAD 프로젝트 서버에서 데이터를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>삭제 요청</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>다음 시작 시 전송될 내용 (허용한 범주)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>공유하지 않기로 선택함: 아무것도 전송되지 않음</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>&apos;공유&apos;를 선택하기 전에는 아무것도 전송되지 않음; 모든 범주를 공유할 경우 전송될 내용</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>아무것도 전송되지 않음: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>DO_NOT_TRACK이 설정되어 있음</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>FREECAD_TELEMETRY=0이 설정되어 있음</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>CI 환경이 감지됨 ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>기본 사용 정보</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>FreeCAD의 시작과 종료 (정상적으로 종료되었는지 여부), 세션 지속 시간, FreeCAD 및 이 애드온의 버전</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>시스템 정보</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>운영 체제 종류 및 주 릴리스, 프로세서 아키텍처, Python 및 Qt 버전, 화면 크기 구간 및 픽셀 비율</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>정해진 FreeCAD 설정 목록: 언어, 테마, 단위, 탐색 스타일, 워크벤치 선택, 패널 배치 및 일부 Sketcher 옵션</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>설치된 애드온</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>설치된 애드온 중 공개 저장소에 게시된 애드온의 이름 및 그 외 애드온의 개수</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>마지막 전송 이후 내용이 바뀌었거나 일주일이 지났을 때의 시작 시</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>FreeCAD GUI를 시작할 때마다</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>정상 종료 시</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>정상적으로 종료되지 않은 세션 (충돌, 강제 종료, 전원 끊김) 다음의 시작 시</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>이제 FreeCAD 원격 분석이 더 많은 정보를 수집할 수 있습니다</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>현재 공유 중: {shared}. 이 버전의 원격 분석 애드온은 아래에 나열된 내용도 전송할 수 있습니다. 동의하기 전까지는 이전에 동의한 내용만 전송됩니다.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>새로 선택할 수 있는 범주:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>전송 시점: {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>새 항목도 공유</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>현재 선택 유지</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>이 컴퓨터가 보낸 내용 저장</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>요청 보내기</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>문제가 발생했습니다:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>사본은 이 주소로 전송됩니다.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>아직 올바른 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>사본을 받을 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>요청을 보내는 중…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>이제 메일 프로그램에 요청 내용이 채워진 상태로 표시되어 있을 것입니다. 메일 프로그램에서 보내세요. 답변은 {email} 주소로 전송됩니다.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>요청을 보냈습니다. 사본은 {email} 주소로 이메일을 통해 전송됩니다.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>요청을 보내지 못했습니다 ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>이벤트 %n개를 {path}에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>작업에 실패했습니다:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>{address} 주소로 직접 메일을 보내 익명 ID {id}의 데이터 사본을 {fmt} 형식으로 요청하세요.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>전송 시각 (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>이벤트 ID</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>원격 분석 애드온이 제거되었습니다. FreeCAD를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>원격 분석</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>원격 분석 설정을 표시할 수 없습니다:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>사용되지 않음:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>무엇을 선택하든 이 컴퓨터에서는 아무것도 전송되지 않습니다:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>아직 선택하지 않음: 선택할 때까지 아무것도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>범주를 하나 이상 선택하거나 &apos;아무것도 공유하지 않음&apos;을 선택하세요.</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>업데이트로 추가되었으며 동의할 때까지 전송되지 않는 항목: {items}. 여기에서 범주 변경 사항을 저장하면 이 항목에 동의하게 됩니다.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>FreeCAD 프로젝트에 다음 익명 ID로 전송된 모든 이벤트의 삭제를 요청합니다:
{id}

이 작업은 되돌릴 수 없습니다. 서버가 확인하면 이 컴퓨터에는 새 익명 ID가 부여되고 전송된 이벤트 기록이 지워집니다. 원격 분석 사용 여부는 설정한 대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>삭제 요청됨</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>요청은 나중에 전송됩니다</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>요청이 수락되지 않았습니다</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>FreeCAD 프로젝트 서버가 요청을 수락했습니다. 아래 ID의 데이터가 삭제됩니다 (며칠이 걸릴 수 있습니다):
{old}

이 컴퓨터의 전송된 이벤트 기록이 지워졌으며, 이제 새 익명 ID를 사용합니다:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>참고:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>요청이 전달되지 않았습니다 ({detail}). 요청은 보관되며, 서버가 확인할 때까지 FreeCAD를 시작할 때마다 다시 전송됩니다. 이 ID로 아직 전송되지 않은 이벤트는 폐기되었습니다.

{address} 주소로 익명 ID를 밝히고 삭제를 요청하는 메일을 보낼 수도 있습니다:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>서버가 요청을 거부했습니다 ({detail}).

{address} 주소로 익명 ID를 밝히고 삭제를 요청하는 메일을 보내 주세요:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>미리보기를 만드는 중…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>전송될 정확한 내용</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>미리보기를 만들 수 없습니다:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>이 컴퓨터에는 아직 익명 ID가 없으므로 이 컴퓨터에서 전송된 것은 없습니다. ID는 공유를 선택한 후 처음 시작할 때 만들어집니다.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>ID {id}에 대한 삭제 요청이 전송 대기 중입니다 ({since}부터; 마지막 시도: {error}). FreeCAD는 시작할 때마다 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>익명 ID 재설정</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>이제부터 전송되는 내용에는 이전에 전송된 내용과 연결되지 않는 새 무작위 ID가 붙습니다. 이전에 전송된 내용은 서버에 남습니다 (삭제하려면 삭제를 요청하세요). ID를 재설정하시겠습니까?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>이 컴퓨터에서 전송된 이벤트 %n개 (최신순).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>이 컴퓨터에서 전송된 것이 없습니다.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>전송된 이벤트 기록을 읽을 수 없습니다:</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>원격 분석</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>FreeCAD 프로젝트와 익명 사용 데이터 공유:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>아무것도 공유하지 않음</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>전송되는 내용</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>익명 ID:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>ID 재설정…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>다음 시작 시 전송될 내용 보기…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>전송된 내용 보기</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>FreeCAD 프로젝트 서버에 있는 내 데이터</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>내 데이터 사본 요청…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>내 데이터 삭제 요청…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>고급 (다음 시작 시 적용)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>프로젝트 키:</translation>
    </message>
</context>
</TS>
