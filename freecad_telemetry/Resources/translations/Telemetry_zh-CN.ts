<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>FreeCAD 遥测</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>帮助改进 FreeCAD？</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>FreeCAD 项目希望了解 FreeCAD 的使用方式，以便决定工作重点。除非您在此处选择，否则不会发送任何内容。请勾选您愿意分享的内容：</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>您所分享类别中的新增内容：</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>显示将要发送的确切内容…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>分享的内容是匿名的：仅使用为此专门生成的随机 ID，不包含您的文件名，也不包含位置信息。您可以随时在“编辑 → 首选项 → 遥测”中更改您的选择、查看已发送的内容并请求删除。</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>不分享</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>索取我的遥测数据副本</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>FreeCAD 项目可以向您发送其服务器为您的匿名 ID 保存的全部数据的副本。该请求是一封已为您写好的电子邮件；您的邮箱地址仅用于回复此请求。</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>匿名 ID：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>您的电子邮件地址：</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>请输入接收副本的邮箱地址。</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>或者自行保存本计算机已发送内容的副本：</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>保存本计算机已发送的内容…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>编写请求…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>遥测</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>删除我的遥测数据</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>要从 FreeCAD 项目的服务器上删除您的数据吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>请求删除</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>下次启动时将发送的内容（您已同意的类别）</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>您已拒绝：不会发送任何内容</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>在您选择“分享”之前不会发送任何内容；以下是分享所有类别时将发送的内容</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>不会发送任何内容：{reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>已设置 DO_NOT_TRACK</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>已设置 FREECAD_TELEMETRY=0</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>检测到 CI 环境（{name}）</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>基本使用情况</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>FreeCAD 的启动和退出（以及是否正常退出）、会话持续时长、FreeCAD 及本插件的版本</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>系统信息</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>操作系统类型及主版本号、处理器架构、Python 和 Qt 版本、屏幕尺寸等级和像素比</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>一份固定的 FreeCAD 设置列表：语言、主题、单位、导航样式、工作台选择、面板布局以及少量 Sketcher 选项</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>已安装的插件</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>已安装插件中发布在公开仓库里的插件名称，以及其他插件的数量</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>自上次发送以来内容有变化或已满一周后的某次启动时</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>每次启动 FreeCAD 图形界面时</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>正常退出时</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>某次会话未正常退出（崩溃、被强制结束、断电）后的下一次启动时</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>FreeCAD 遥测现在可以收集更多内容</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>您当前分享的内容：{shared}。此版本的遥测插件还可以发送下列内容。在您同意之前，只会发送您此前已同意的内容。</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>可以勾选的新类别：</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>发送时机：{when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>同时分享新增项目</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>保持当前选择</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>保存本计算机已发送的内容</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>出现问题：</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>副本将发送到此地址。</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>这还不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>请输入接收副本的邮箱地址。</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>正在发送请求…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>您的邮件程序现在应已显示填写好的请求。请从邮件程序中发送；回复将发送至 {email}。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>请求已发送。副本将通过电子邮件发送至 {email}。</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>无法发送请求（{detail}）。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 个事件保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>操作未成功：</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>请您自行写信至 {address}，索取匿名 ID {id} 的数据的 {fmt} 格式副本。</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>发送时间 (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>事件 ID</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>遥测插件已卸载。请重新启动 FreeCAD。</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>遥测</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>无法显示遥测设置：</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>未使用：</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>无论您如何选择，本计算机都不会发送任何内容：</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>尚未做出选择：在您选择之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>请至少勾选一个类别，或选择“不分享任何内容”。</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>以下内容由更新新增，在您同意之前不会发送：{items}。在此处保存对类别的更改即表示同意发送这些内容。</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>此操作将请求 FreeCAD 项目删除使用您的匿名 ID 发送的所有事件：
{id}

此操作无法撤销。服务器确认后，本计算机将获得新的匿名 ID，并清除其已发送事件的记录。遥测是否开启仍保持您的设置不变。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>已请求删除</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>请求将稍后发送</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>请求未被接受</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>FreeCAD 项目的服务器已接受该请求。服务器将删除以下 ID 的数据（可能需要几天时间）：
{old}

本计算机的已发送事件记录已清除，现在使用新的匿名 ID：
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>请求未能送达（{detail}）。该请求已保留，每次 FreeCAD 启动时都会重新发送，直到服务器确认为止。使用此 ID 尚未发送的事件已被丢弃。

您也可以写信至 {address} 请求删除，并注明您的匿名 ID：
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>服务器拒绝了该请求（{detail}）。

请写信至 {address} 请求删除，并注明您的匿名 ID：
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>将要发送的确切内容</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>无法生成预览：</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>本计算机尚无匿名 ID，因此未从本计算机发送过任何内容。在您选择分享后的首次启动时会生成一个 ID。</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>针对 ID {id} 的删除请求正在等待发送（自 {since} 起；上次尝试：{error}）。FreeCAD 会在每次启动时重试。</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>重置匿名 ID</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>从现在起，发送的内容将带有新的随机 ID，与之前发送的内容没有关联。之前发送的内容仍保留在服务器上（如需删除，请另行请求删除）。要重置 ID 吗？</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>本计算机已发送 %n 个事件，最新的排在最前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>本计算机尚未发送任何内容。</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>无法读取已发送事件的记录：</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>遥测</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>与 FreeCAD 项目分享匿名使用数据：</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>不分享任何内容</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>发送的内容</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>匿名 ID：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>重置 ID…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>显示下次启动时将发送的内容…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>显示已发送的内容</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>您在 FreeCAD 项目服务器上的数据</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>索取我的数据副本…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>请求删除我的数据…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>高级（下次启动时生效）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>项目密钥：</translation>
    </message>
</context>
</TS>
