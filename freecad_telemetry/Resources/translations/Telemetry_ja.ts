<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>FreeCAD テレメトリー</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>FreeCAD の改善にご協力いただけますか？</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>FreeCAD プロジェクトは、今後どの開発に取り組むかを決めるために、FreeCAD がどのように使われているかを知りたいと考えています。ここで選択しない限り、何も送信されません。共有してもよいものにチェックを入れてください:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>共有中のカテゴリーに新しく追加された項目:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>送信される内容を正確に表示…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>共有される情報は匿名です。この目的のために作られたランダムな ID を使い、ファイル名や位置情報は含まれません。選択の変更、送信された内容の確認、その削除の依頼は、いつでも「編集 → 設定 → テレメトリー」から行えます。</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>共有しない</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共有する</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>テレメトリーデータのコピーを依頼</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>FreeCAD プロジェクトは、お使いの匿名 ID についてサーバーに保存しているすべてのデータのコピーを送ることができます。依頼はあらかじめ作成されたメールで行います。メールアドレスは返信のためにのみ使用されます。</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>匿名 ID:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>コピーの送信先アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>備考（任意）:</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>または、このコンピューターが送信した内容のコピーを手元に保存できます:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>このコンピューターの送信内容を保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>依頼メールを作成…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>テレメトリー</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>テレメトリーデータを削除</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>FreeCAD プロジェクトのサーバーからデータを削除しますか？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>削除を依頼</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>次回起動時に送信される内容（許可したカテゴリー）</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>共有しないことを選択済み: 何も送信されません</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>「共有する」を選択するまで何も送信されません; 以下はすべてのカテゴリーを共有した場合に送信される内容です</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>何も送信されません: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>DO_NOT_TRACK が設定されています</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>FREECAD_TELEMETRY=0 が設定されています</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>CI 環境が検出されました（{name}）</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>基本的な使用状況</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>FreeCAD の起動と終了（正常に終了したかどうか）、セッションの継続時間、FreeCAD とこのアドオンのバージョン</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>システム情報</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>オペレーティングシステムの種類とメジャーリリース、プロセッサーのアーキテクチャ、Python と Qt のバージョン、画面サイズの区分とピクセル比</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>決められた範囲の FreeCAD の設定: 言語、テーマ、単位、ナビゲーションスタイル、ワークベンチの選択、パネルの配置、いくつかの Sketcher のオプション</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>インストール済みのアドオン</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>公開リポジトリで公開されているインストール済みアドオンの名前と、それ以外のアドオンの数</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>前回の送信以降に内容が変わったとき、または 1 週間が経過したときの起動時</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>FreeCAD GUI の起動のたび</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>正常終了時</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>正常に終了しなかったセッション（クラッシュ、強制終了、電源断）の次の起動時</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>FreeCAD テレメトリーで収集できる項目が増えました</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>現在共有中: {shared}。このバージョンのテレメトリーアドオンは、以下に示す内容も送信できます。同意するまでは、以前に同意した内容のみが送信されます。</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>チェックできる新しいカテゴリー:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>送信タイミング: {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>新しい項目も共有する</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>現在の選択のままにする</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>このコンピューターの送信内容を保存</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>依頼を送信</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>問題が発生しました:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>コピーはこのアドレスに送信されます。</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>まだ有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>コピーの送信先アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>依頼を送信しています…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>メールソフトに依頼内容が入力された状態で表示されているはずです。そこから送信してください。返信は {email} に届きます。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>依頼を送信しました。コピーは {email} にメールで送られます。</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>依頼を送信できませんでした（{detail}）。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>%n 件のイベントを {path} に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>うまくいきませんでした:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>ご自身で {address} 宛てにメールを送り、匿名 ID {id} のデータのコピーを {fmt} 形式で依頼してください。</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>送信日時 (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>イベント ID</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>テレメトリーアドオンはアンインストールされました。FreeCAD を再起動してください。</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>テレメトリー</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>テレメトリーの設定を表示できませんでした:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>使用されません:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>何を選択しても、このコンピューターからは何も送信されません:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>未選択: 選択するまで何も送信されません。</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>カテゴリーを 1 つ以上チェックするか、「何も共有しない」を選択してください。</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>アップデートで追加され、同意するまで送信されない項目: {items}。ここでカテゴリーの変更を保存すると、これらに同意したことになります。</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>FreeCAD プロジェクトに、次の匿名 ID で送信されたすべてのイベントの削除を依頼します:
{id}

この操作は元に戻せません。サーバーが確認すると、このコンピューターには新しい匿名 ID が割り当てられ、送信済みイベントの記録は消去されます。テレメトリーのオン/オフは設定したまま変わりません。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>削除を依頼しました</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>依頼は後で送信されます</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>依頼は受け付けられませんでした</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>FreeCAD プロジェクトのサーバーが依頼を受け付けました。以下の ID のデータが削除されます（数日かかることがあります）:
{old}

このコンピューターの送信済みイベントの記録は消去され、今後は新しい匿名 ID を使用します:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>依頼を送信できませんでした（{detail}）。依頼は保存され、サーバーが確認するまで FreeCAD を起動するたびに再送信されます。この ID でまだ送信されていなかったイベントは破棄されました。

{address} 宛てに、匿名 ID を明記して削除を依頼するメールを送ることもできます:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>サーバーが依頼を拒否しました（{detail}）。

{address} 宛てに、匿名 ID を明記して削除を依頼するメールを送ってください:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>プレビューを作成しています…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>送信される正確な内容</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>プレビューを作成できませんでした:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>このコンピューターにはまだ匿名 ID がないため、ここからは何も送信されていません。ID は共有を選択した後の最初の起動時に作成されます。</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>ID {id} の削除依頼が送信待ちです（{since} から; 前回の試行: {error}）。FreeCAD は起動するたびに再試行します。</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>匿名 ID をリセット</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>今後送信される内容には、以前の送信内容とは結び付かない新しいランダムな ID が付きます。以前に送信された内容はサーバーに残ります（削除するには削除を依頼してください）。ID をリセットしますか？</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>このコンピューターから送信された %n 件のイベント（新しい順）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>このコンピューターからは何も送信されていません。</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>送信済みイベントの記録を読み込めませんでした:</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>テレメトリー</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>匿名の使用状況データを FreeCAD プロジェクトと共有する:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>何も共有しない</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>送信される内容</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>匿名 ID:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>ID をリセット…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>次回起動時の送信内容を表示…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>送信済みの内容を表示</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>FreeCAD プロジェクトのサーバーにあるご自身のデータ</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>データのコピーを依頼…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>データの削除を依頼…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>詳細設定（次回起動時に反映）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>プロジェクトキー:</translation>
    </message>
</context>
</TS>
