<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;An administration console for eGain Conversation Hub orchestrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3; QtKeychain %4.&lt;/p&gt;&lt;p&gt;Orchestration Console is licensed under the &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt; (LGPL-3.0);&lt;/li&gt;&lt;li&gt;QtKeychain, under its BSD licence (the two-clause text, which QtKeychain calls the Modified BSD License);&lt;/li&gt;&lt;li&gt;Qt HTTP Server, for the built-in demo tenant and the hubsim simulator, under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL version 3&lt;/a&gt; (GPL-3.0): Qt 6.4 offers it under the GPL or a commercial licence, not the LGPL.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;THIRD-PARTY-NOTICES, installed with the program, gives each licence in full and where the sources are.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;eGain Conversation Hub のオーケストレーションを管理するためのコンソールです。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされ、Qt %3 で実行中です。QtKeychain %4。&lt;/p&gt;&lt;p&gt;Orchestration Console は &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt; の下でライセンスされています。&lt;/p&gt;&lt;p&gt;使用しているソフトウェア:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL バージョン 3&lt;/a&gt; (LGPL-3.0)&lt;/li&gt;&lt;li&gt;QtKeychain: BSD ライセンス (2 条項の条文。QtKeychain では Modified BSD License と呼んでいます)&lt;/li&gt;&lt;li&gt;Qt HTTP Server: 組み込みのデモ テナントと hubsim シミュレーターに使用。&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL バージョン 3&lt;/a&gt; (GPL-3.0)。Qt 6.4 では GPL または商用ライセンスで提供され、LGPL では提供されません。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;プログラムと共にインストールされる THIRD-PARTY-NOTICES に、各ライセンスの全文とソースの入手先が記載されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Orchestration Console</source>
        <translation>Orchestration Console について</translation>
    </message>
    <message>
        <source>Orchestration Console</source>
        <translation>Orchestration Console</translation>
    </message>
</context>
<context>
    <name>AllPagesFetcher</name>
    <message numerus="yes">
        <source>Fetched %L1 of %Ln orchestration(s)…</source>
        <translation>
            <numerusform>%Ln 件中 %L1 件のオーケストレーションを取得しました…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>エラーなし</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワーク エラー</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>セキュリティで保護された接続に失敗しました</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>セキュリティで保護されていない接続を拒否しました</translation>
    </message>
    <message>
        <source>Unexpected redirect</source>
        <translation>予期しないリダイレクト</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバー エラー</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>認証に失敗しました</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>無効な応答</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>The server stopped sending data (transfer timeout).</source>
        <translation>サーバーからのデータ送信が止まりました (転送タイムアウト)。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>「%1」を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>no file name given.</source>
        <translation>ファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>the file is not open.</source>
        <translation>ファイルが開かれていません。</translation>
    </message>
</context>
<context>
    <name>BandColourButton</name>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>琥珀</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>その他の色…</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>帯の色</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>色なし</translation>
    </message>
    <message>
        <source>Band colour: %1</source>
        <translation>帯の色: %1</translation>
    </message>
    <message>
        <source>Band colour: %1 (%2)</source>
        <translation>帯の色: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the band&apos;s colour</source>
        <translation>帯の色を選択します</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを非表示にする</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>メッセージを非表示</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>The token endpoint rejected the client id or client secret. Check the client credentials of this connection profile.</source>
        <translation>トークン エンドポイントがクライアント ID またはクライアント シークレットを拒否しました。この接続プロファイルのクライアント資格情報を確認してください。</translation>
    </message>
    <message>
        <source>The client application is not granted the scope &quot;%1&quot;. Check the scope in the profile and the client application&apos;s permissions.</source>
        <translation>クライアント アプリケーションにスコープ「%1」が許可されていません。プロファイルのスコープとクライアント アプリケーションのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>This client application may not use the client credentials grant.</source>
        <translation>このクライアント アプリケーションはクライアント資格情報グラントを使用できません。</translation>
    </message>
    <message>
        <source>The token endpoint does not support the client credentials grant. Check the token URL.</source>
        <translation>トークン エンドポイントはクライアント資格情報グラントをサポートしていません。トークン URL を確認してください。</translation>
    </message>
    <message>
        <source>The token endpoint refused the request as malformed. Check the token URL and client id.</source>
        <translation>トークン エンドポイントは要求の形式が正しくないとして拒否しました。トークン URL とクライアント ID を確認してください。</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials. Check the client id, secret and token URL.</source>
        <translation>トークン エンドポイントが資格情報を拒否しました。クライアント ID、シークレット、トークン URL を確認してください。</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>ネットワークにアクセスできません。</translation>
    </message>
    <message>
        <source>No token within %1 s.</source>
        <translation>%1 秒以内にトークンを取得できませんでした。</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; redirects are not followed. Check the token URL.</source>
        <translation>トークン エンドポイントが %1 にリダイレクトしました。リダイレクトには従いません。トークン URL を確認してください。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>The token endpoint sent an invalid answer: %1</source>
        <translation>トークン エンドポイントから無効な応答が返されました: %1</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>トークン エンドポイント</translation>
    </message>
</context>
<context>
    <name>ClientStack</name>
    <message>
        <source>There is nothing to sign in with: no access token and no client secret.</source>
        <translation>サインインに使用するものがありません: アクセス トークンもクライアント シークレットもありません。</translation>
    </message>
    <message>
        <source>A client secret needs a token URL to sign in with.</source>
        <translation>クライアント シークレットでサインインするにはトークン URL が必要です。</translation>
    </message>
</context>
<context>
    <name>CommandLineCredentials</name>
    <message>
        <source>Cannot read the client secret from standard input: %1</source>
        <translation>標準入力からクライアント シークレットを読み取れません: %1</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is not a client secret.</source>
        <translation>標準入力に %1 KiB を超えるデータがあります。これはクライアント シークレットではありません。</translation>
    </message>
    <message>
        <source>--client-secret-stdin: standard input held no client secret.</source>
        <translation>--client-secret-stdin: 標準入力にクライアント シークレットがありませんでした。</translation>
    </message>
    <message>
        <source>No credentials: set %1 (with --token-url) or %2.</source>
        <translation>資格情報がありません: %1 (--token-url と共に) または %2 を設定してください。</translation>
    </message>
    <message>
        <source>A client secret needs a token URL (--token-url) to sign in with.</source>
        <translation>クライアント シークレットでサインインするにはトークン URL (--token-url) が必要です。</translation>
    </message>
</context>
<context>
    <name>CompareConnectionsDialog</name>
    <message>
        <source>Live data of %1 (%2), loaded %3</source>
        <translation>%1 (%2) のライブ データ、読み込み日時: %3</translation>
    </message>
    <message>
        <source>Compare Connections</source>
        <translation>接続の比較</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name (one orchestration has different ids in two tenants)</source>
        <translation>名前 (同じオーケストレーションが 2 つのテナントで異なる ID を持つ場合)</translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation>旧(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>新(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Match records by:</source>
        <translation>レコードの照合方法(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Save two connections (File → Connections…) to compare them.</source>
        <translation>比較するには、2 つの接続を保存してください ([ファイル] → [接続])。</translation>
    </message>
    <message>
        <source>Choose two different connections.</source>
        <translation>異なる 2 つの接続を選択してください。</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is no longer saved.</source>
        <translation>接続「%1」はもう保存されていません。</translation>
    </message>
    <message>
        <source>%1: signing in…</source>
        <translation>%1: サインインしています…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 orchestrations</source>
        <translation>%1: %3 件中 %2 件のオーケストレーション</translation>
    </message>
    <message>
        <source>Cancelled; nothing was compared.</source>
        <translation>キャンセルされました。何も比較されていません。</translation>
    </message>
    <message>
        <source>Nothing was compared: %1</source>
        <translation>何も比較されていません: %1</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Reading %1 to compare…</source>
        <translation>比較のために %1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>スナップショットと比較</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>%1, taken %2</source>
        <translation>%1、取得日時: %2</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, taken %3)</source>
        <translation>%1 (%2 のスナップショット、取得日時: %3)</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>追加 %1 件、削除 %2 件、変更 %3 件。</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Live data of %1 (%2), now</source>
        <translation>%1 (%2) のライブ データ、現在</translation>
    </message>
    <message>
        <source>Pages are being fetched for an export; compare again when it is done.</source>
        <translation>エクスポートのためにページを取得中です。完了してから再度比較してください。</translation>
    </message>
    <message>
        <source>Fetching every page to compare…</source>
        <translation>比較のためにすべてのページを取得しています…</translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was compared.</source>
        <translation>取得中にキャンセルされました。何も比較されていません。</translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was compared: %1</source>
        <translation>一部のページを取得できなかったため、何も比較されていません: %1</translation>
    </message>
    <message>
        <source>%1, date taken unknown</source>
        <translation>%1、取得日時不明</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, date taken unknown)</source>
        <translation>%1 (%2 のスナップショット、取得日時不明)</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n 個のフィールド}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 個の項目]</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;differing fields</source>
        <translation>異なるフィールドのみ(&amp;D)</translation>
    </message>
    <message>
        <source>Compare — Orchestration Console</source>
        <translation>比較 — Orchestration Console</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>左右を入れ替え(&amp;W)</translation>
    </message>
    <message>
        <source>Make the old side new and the new side old</source>
        <translation>古い側を新しい側に、新しい側を古い側にします</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected records&apos; differences (%1)</source>
        <translation>選択したレコードの差分をコピーします (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every difference as a JSON file (%1)</source>
        <translation>すべての差分を JSON ファイルに保存します (%1)</translation>
    </message>
    <message>
        <source>Changed orchestrations</source>
        <translation>変更されたオーケストレーション</translation>
    </message>
    <message>
        <source>Old and new side by side</source>
        <translation>新旧の並列表示</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Old: %1
New: %2
%3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation>旧: %1
新: %2
追加 %3 件、削除 %4 件、変更 %5 件、変更なし %6 件。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>旧: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新: %1</translation>
    </message>
    <message>
        <source>All changes (%1)</source>
        <translation>すべての変更 (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>追加 (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>削除 (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>変更 (%1)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>差分はありません。</translation>
    </message>
    <message>
        <source>Select the records to copy first.</source>
        <translation>先にコピーするレコードを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>%n 行をコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export differences</source>
        <translation>差分のエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
    <message>
        <source>Saved the differences to %1.</source>
        <translation>差分を %1 に保存しました。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>ID なし</translation>
    </message>
    <message>
        <source>Matched by name; ids are not compared.</source>
        <translation>名前で照合しました。ID は比較していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 on the old side)</source>
        <translation>「%1」(旧側に %2 件)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 on the new side)</source>
        <translation>「%1」(新側に %2 件)</translation>
    </message>
    <message>
        <source>Not compared, their name is not unique: %1.</source>
        <translation>名前が一意でないため比較していません: %1。</translation>
    </message>
</context>
<context>
    <name>ConfigurationTreeModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Bot configuration</source>
        <translation>ボット構成</translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation>トランスクリプトの転送</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>ボット</translation>
    </message>
    <message numerus="yes">
        <source>%n bot(s)</source>
        <translation>
            <numerusform>%n 個のボット</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>ボット %1</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>参加者 ID</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Escalation agent ID</source>
        <translation>エスカレーション先エージェント ID</translation>
    </message>
    <message>
        <source>On escalation</source>
        <translation>エスカレーション時</translation>
    </message>
    <message>
        <source>Customer configuration</source>
        <translation>顧客構成</translation>
    </message>
    <message>
        <source>Customer app ID</source>
        <translation>顧客アプリ ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Agent configuration</source>
        <translation>エージェント構成</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>エージェント</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n 人のエージェント</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>エージェント %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 個のフィールド</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 個の項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>その他のフィールド</translation>
    </message>
    <message numerus="yes">
        <source>Referenced by %n loaded orchestration(s)</source>
        <translation>
            <numerusform>読み込み済みの %n 件のオーケストレーションから参照されています</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Virtual assistant bypass duration</source>
        <translation>仮想アシスタントのバイパス時間</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>接続に名前を付けてください。</translation>
    </message>
    <message>
        <source>The API base URL is required.</source>
        <translation>API ベース URL は必須です。</translation>
    </message>
    <message>
        <source>API base URL: %1</source>
        <translation>API ベース URL: %1</translation>
    </message>
    <message>
        <source>The token URL is required to sign in with a client secret.</source>
        <translation>クライアント シークレットでサインインするにはトークン URL が必須です。</translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation>トークン URL: %1</translation>
    </message>
    <message>
        <source>The client ID is required.</source>
        <translation>クライアント ID は必須です。</translation>
    </message>
    <message>
        <source>The scope must not be empty.</source>
        <translation>スコープを空にすることはできません。</translation>
    </message>
    <message>
        <source>The page number parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation>ページ番号パラメーターの名前には、スペース、&amp;、=、?、# を含めることはできません。</translation>
    </message>
    <message>
        <source>The page size parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation>ページ サイズ パラメーターの名前には、スペース、&amp;、=、?、# を含めることはできません。</translation>
    </message>
    <message>
        <source>The page size and page number parameters must have different names.</source>
        <translation>ページ サイズ パラメーターとページ番号パラメーターには異なる名前が必要です。</translation>
    </message>
    <message>
        <source>The default page size must be from 1 to %1.</source>
        <translation>既定のページ サイズは 1 ～ %1 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>「signIn」は「%1」または「%2」である必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #RRGGBB).</source>
        <translation>「%1」は色ではありません (#RRGGBB を使用してください)。</translation>
    </message>
    <message numerus="yes">
        <source>The label must be at most %Ln characters long.</source>
        <translation>
            <numerusform>ラベルは %Ln 文字以内で指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>「%1」は文字列である必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>「%1」は整数である必要があります。</translation>
    </message>
    <message>
        <source>The page size for loading all must be from 1 to %1.</source>
        <translation>すべて読み込む際のページ サイズは 1 ～ %1 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The history limits must not be negative.</source>
        <translation>履歴の上限に負の値は指定できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>「%1」は true または false である必要があります。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL with a host.</source>
        <translation>「%1」はホストを含む有効な URL ではありません。</translation>
    </message>
    <message>
        <source>%1 uses plain http: credentials would cross the network unencrypted. Use https (plain http is allowed only for this machine&apos;s loopback).</source>
        <translation>%1 は暗号化されていない http を使用しています: 資格情報が暗号化されずにネットワークを通過します。https を使用してください (暗号化されていない http はこのコンピューターのループバックに対してのみ許可されます)。</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 は https:// で始まる必要があります。</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>No saved connections</source>
        <translation>保存された接続はありません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Fetch a token and one orchestration with what the form says, without saving</source>
        <translation>フォームの内容でトークンとオーケストレーションを 1 件取得します (保存はしません)</translation>
    </message>
    <message>
        <source>Fetching a token…</source>
        <translation>トークンを取得しています…</translation>
    </message>
    <message>
        <source>Signed in. Fetching one orchestration…</source>
        <translation>サインインしました。オーケストレーションを 1 件取得しています…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The tenant has %n orchestration(s).</source>
        <translation>
            <numerusform>接続しました。テナントには %n 件のオーケストレーションがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The first page was read.</source>
        <translation>接続しました。最初のページを読み取りました。</translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation>トークンの有効期限は %1 です。</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>テストに失敗しました: %1</translation>
    </message>
    <message>
        <source>User message: %1</source>
        <translation>ユーザー メッセージ: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Save if needed, then show this connection in the window</source>
        <translation>必要に応じて保存し、この接続をウィンドウに表示します</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>New connection (not saved yet)</source>
        <translation>新しい接続 (未保存)</translation>
    </message>
    <message>
        <source>Enter the client secret; it is stored in the system keychain.</source>
        <translation>クライアント シークレットを入力してください。システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Paste the token; it is stored in the system keychain with its expiry.</source>
        <translation>トークンを貼り付けてください。有効期限と共にシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation>「%1」という名前の接続が既にあります。</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>キーチェーンを確認しています…</translation>
    </message>
    <message>
        <source>A secret is kept in memory for this session. Type to replace it.</source>
        <translation>このセッションのシークレットがメモリに保持されています。置き換えるには入力してください。</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain. Type to replace it.</source>
        <translation>シークレットがキーチェーンに保存されています。置き換えるには入力してください。</translation>
    </message>
    <message>
        <source>No secret is stored. Enter it to sign in.</source>
        <translation>シークレットは保存されていません。サインインするには入力してください。</translation>
    </message>
    <message>
        <source>No token is stored. Paste one to sign in.</source>
        <translation>トークンは保存されていません。サインインするには貼り付けてください。</translation>
    </message>
    <message>
        <source>The stored token has expired. Paste a new one.</source>
        <translation>保存されたトークンの有効期限が切れています。新しいトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>接続を保存できませんでした。</translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation>設定を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Saved the changes to &quot;%1&quot;.</source>
        <translation>「%1」の変更を保存しました。</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>キーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>%1 The secret could not be stored: %2</source>
        <translation>%1 シークレットを保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only.</source>
        <translation>トークンはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>The secret is kept in memory for this session only.</source>
        <translation>シークレットはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>The token is stored in the keychain. Paste to replace it.</source>
        <translation>トークンはキーチェーンに保存されています。置き換えるには貼り付けてください。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>「%1」の変更を保存しますか?</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>接続の削除</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation>「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Its settings are deleted, and its client secret and token are deleted from the system keychain.</source>
        <translation>設定が削除され、クライアント シークレットとトークンもシステムのキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;. Deleting its keychain entries…</source>
        <translation>「%1」を削除しました。キーチェーンのエントリを削除しています…</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its keychain entries.</source>
        <translation>「%1」とそのキーチェーンのエントリを削除しました。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its keychain entries could not be deleted: %2</source>
        <translation>「%1」を削除しましたが、キーチェーンのエントリを削除できませんでした: %2</translation>
    </message>
    <message>
        <source>The connection could not be copied.</source>
        <translation>接続をコピーできませんでした。</translation>
    </message>
    <message>
        <source>Copied as &quot;%1&quot;. Secrets are not copied: enter the secret to sign in.</source>
        <translation>「%1」としてコピーしました。シークレットはコピーされません。サインインするにはシークレットを入力してください。</translation>
    </message>
    <message>
        <source>Paste a token to test the connection.</source>
        <translation>接続をテストするにはトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>接続をテストするにはクライアント シークレットを入力してください。</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>キーチェーンを読み取っています…</translation>
    </message>
    <message>
        <source>No token is stored: paste one to test.</source>
        <translation>トークンは保存されていません。テストするには貼り付けてください。</translation>
    </message>
    <message>
        <source>No secret is stored: enter it to test.</source>
        <translation>シークレットは保存されていません。テストするには入力してください。</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session, valid until %1. Paste to replace it.</source>
        <translation>このセッションの間、トークンがメモリに保持されています (有効期限: %1)。置き換えるには貼り付けてください。</translation>
    </message>
    <message>
        <source>A token is stored in the keychain, valid until %1. Paste to replace it.</source>
        <translation>トークンがキーチェーンに保存されています (有効期限: %1)。置き換えるには貼り付けてください。</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation>このセッションの間、トークンがメモリに保持されていますが、有効期限は不明です: サーバーが拒否するまで使用されます。置き換えるには貼り付けてください。</translation>
    </message>
    <message>
        <source>A token is stored in the keychain with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation>トークンがキーチェーンに保存されていますが、有効期限は不明です: サーバーが拒否するまで使用されます。置き換えるには貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>デモ シミュレーターを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>デモ テナント</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 の %1</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Print the differences as JSON instead of a summary.</source>
        <translation>概要の代わりに差異を JSON として出力します。</translation>
    </message>
    <message>
        <source>The older file.</source>
        <translation>古いほうのファイル。</translation>
    </message>
    <message>
        <source>The newer file.</source>
        <translation>新しいほうのファイル。</translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console diff --help&apos;.</source>
        <translation>&apos;orchestration-console diff --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>注意: %1: %2</translation>
    </message>
    <message>
        <source>note: one file holds full records and the other only columns; most records will differ for that reason alone.</source>
        <translation>注意: 一方のファイルは完全なレコード、もう一方は列のみを含んでいます。ほとんどのレコードはそれだけの理由で異なると報告されます。</translation>
    </message>
    <message>
        <source>Compares two sides, each an exported file (or raw API page response) or the live orchestrations of a saved connection profile: orchestrations added, removed and changed, and for each changed one the fields that differ. The first side given is the older. Records are matched by id (or by name with --match name); key order and number spelling alone are no change; bots and agents are matched by their ids, and a new order of the same ids is reported.
Exit codes: 0 no differences, 1 differences, 2 usage, 4 a side cannot be read or loaded, or the result cannot be written.</source>
        <translation>2 つの側を比較します。それぞれの側は、エクスポート ファイル (または API の生のページ応答) か、保存された接続プロファイルのライブのオーケストレーションです: 追加、削除、変更されたオーケストレーションと、変更されたそれぞれについて異なるフィールドを示します。最初に指定した側が古いほうです。レコードは ID で照合されます (--match name を指定すると名前で照合)。キーの順序や数値の表記だけの違いは変更とみなしません。ボットとエージェントは ID で照合され、同じ ID の順序が変わった場合は報告されます。
終了コード: 0 差異なし、1 差異あり、2 使用法の誤り、4 いずれかの側を読み取りまたは読み込みできないか、結果を書き込めない。</translation>
    </message>
    <message>
        <source>A side: every orchestration of the saved connection profile NAME, loaded live with its secret from the system keychain. Given twice, compares two tenants.</source>
        <translation>一方の側: 保存された接続プロファイル NAME のすべてのオーケストレーション。システムのキーチェーンのシークレットを使ってライブで読み込みます。2 回指定すると、2 つのテナントを比較します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Pair records by id (default) or by name: the same orchestration has different ids in two tenants. By name, ids are not compared, and a name that several records of one side carry is reported, not paired.</source>
        <translation>レコードを ID (既定) または名前で組み合わせます。名前は、同じオーケストレーションが 2 つのテナントで異なる ID を持つ場合に使います。名前で照合すると ID は比較されず、一方の側の複数のレコードが同じ名前を持つ場合は、組み合わせずに報告されます。</translation>
    </message>
    <message>
        <source>id|name</source>
        <translation>id|name</translation>
    </message>
    <message>
        <source>Usage: orchestration-console diff [--json] [--match id|name] A.json|--profile A B.json|--profile B</source>
        <translation>使用法: orchestration-console diff [--json] [--match id|name] A.json|--profile A B.json|--profile B</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection profile.</source>
        <translation>--profile には保存された接続プロファイルの名前が必要です。</translation>
    </message>
    <message>
        <source>diff needs two files, two profiles (--profile NAME), or one of each.</source>
        <translation>diff には 2 つのファイル、2 つのプロファイル (--profile NAME)、またはそれぞれ 1 つずつが必要です。</translation>
    </message>
    <message>
        <source>diff compares two sides, not %1.</source>
        <translation>diff は 2 つの側を比較します。%1 ではありません。</translation>
    </message>
    <message>
        <source>--match takes id or name, not &quot;%1&quot;.</source>
        <translation>--match には id または name を指定します。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Loading orchestrations: %1</source>
        <translation>オーケストレーションを読み込んでいます: %1</translation>
    </message>
</context>
<context>
    <name>DiffListModel</name>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Old: %1
New: %2</source>
        <translation>旧: %1
新: %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
    <message>
        <source>Connected to %1, marked &quot;%2&quot;</source>
        <translation>%1 に接続中、ラベル「%2」</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>接続を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Hide error</source>
        <translation>エラーを非表示</translation>
    </message>
    <message>
        <source>Open the connection&apos;s settings: client id, secret and scope</source>
        <translation>接続の設定 (クライアント ID、シークレット、スコープ) を開きます</translation>
    </message>
    <message>
        <source>The client may not read orchestrations: check the connection&apos;s scope, or ask your tenant&apos;s administrator for access.</source>
        <translation>クライアントはオーケストレーションを読み取れません。接続のスコープを確認するか、テナントの管理者にアクセスを依頼してください。</translation>
    </message>
    <message>
        <source>The tenant refused the client id or secret: check them in the connection&apos;s settings.</source>
        <translation>テナントがクライアント ID またはシークレットを拒否しました。接続の設定で確認してください。</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your network or VPN, then press Retry.</source>
        <translation>サーバーへの接続が失われました。ネットワークまたは VPN を確認してから、[再試行] を押してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Press Retry, or try again later.</source>
        <translation>サーバーが時間内に応答しませんでした。[再試行] を押すか、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: the connection may not be private. Check the address, or ask your administrator.</source>
        <translation>サーバーの証明書が受け入れられませんでした。接続がプライベートではない可能性があります。アドレスを確認するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <source>Developer message: %1</source>
        <translation>開発者向けメッセージ: %1</translation>
    </message>
    <message>
        <source>Detail: %1 = %2</source>
        <translation>詳細: %1 = %2</translation>
    </message>
    <message>
        <source>OAuth error: %1</source>
        <translation>OAuth エラー: %1</translation>
    </message>
    <message>
        <source>OAuth description: %1</source>
        <translation>OAuth の説明: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>ネットワーク: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>場所: %1</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>詳細(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The system keychain is not available (%1); set %2 to export with the profile &quot;%3&quot;.</source>
        <translation>システムのキーチェーンを使用できません (%1)。プロファイル「%3」でエクスポートするには %2 を設定してください。</translation>
    </message>
    <message>
        <source>%1 Save it in the console&apos;s connection dialog, or set %2.</source>
        <translation>%1 コンソールの接続ダイアログで保存するか、%2 を設定してください。</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>デモ シミュレーターを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>export incomplete, nothing written: %1. --allow-incomplete writes it anyway.</source>
        <translation>エクスポートが不完全なため、何も書き込まれていません: %1。--allow-incomplete を指定すると、それでも書き込みます。</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>不完全: %1。</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n orchestration(s).</source>
        <translation>
            <numerusform>%n 件のオーケストレーションをエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console export --help&apos;.</source>
        <translation>&apos;orchestration-console export --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>(--max-records and --max-bytes set the limits.)</source>
        <translation>(上限は --max-records と --max-bytes で設定します。)</translation>
    </message>
    <message numerus="yes">
        <source>Fetching orchestrations: %L1 of %Ln</source>
        <translation>
            <numerusform>オーケストレーションを取得しています: %Ln 件中 %L1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports orchestrations to JSON, records exactly as the server sent them.
The client secret is read from %1, or a ready bearer token from %2; never from the command line; --client-secret-stdin reads the secret from standard input instead. With --profile, the profile&apos;s secret and cached token come from the system keychain (%1 still overrides the secret).
Exit codes: 0 ok, 2 usage, 3 authentication/authorization, 4 server/network/data error after retries, an incomplete export or a budget exceeded, 5 cannot write the output.</source>
        <translation>オーケストレーションを JSON にエクスポートします。レコードはサーバーが送信したとおりに出力されます。
クライアント シークレットは %1 から、または取得済みのベアラー トークンは %2 から読み取ります。コマンド ラインからは読み取りません。--client-secret-stdin を指定すると、代わりに標準入力からシークレットを読み取ります。--profile を指定すると、プロファイルのシークレットとキャッシュされたトークンはシステムのキーチェーンから取得します (シークレットは引き続き %1 が優先されます)。
終了コード: 0 成功、2 使用法の誤り、3 認証/承認、4 再試行後のサーバー/ネットワーク/データ エラー、不完全なエクスポート、または上限の超過、5 出力を書き込めない。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Export from the embedded demo simulator.</source>
        <translation>組み込みのデモ シミュレーターからエクスポートします。</translation>
    </message>
    <message>
        <source>Use the saved connection profile NAME (its URLs, client id and scope; the secret from the keychain).</source>
        <translation>保存された接続プロファイル NAME を使用します (その URL、クライアント ID、スコープ。シークレットはキーチェーンから)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://api.egain.cloud/conversation/conversationmgr/v3.</source>
        <translation>API ベース URL (例: https://api.egain.cloud/conversation/conversationmgr/v3)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation>テナントの OAuth 2.0 トークン URL。</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>OAuth 2.0 クライアント ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope to ask for (default: %1).</source>
        <translation>要求するスコープ (既定: %1)。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>Export every page (default).</source>
        <translation>すべてのページをエクスポートします (既定)。</translation>
    </message>
    <message>
        <source>Export page N only (1-based).</source>
        <translation>ページ N のみをエクスポートします (1 から数えます)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Records to ask for per page (default %1 for one page, %2 for all; the server may grant fewer).</source>
        <translation>1 ページあたりに要求するレコード数 (既定: 1 ページの場合は %1、すべての場合は %2。サーバーはこれより少なく返すことがあります)。</translation>
    </message>
    <message>
        <source>Write to FILE, or - for standard output (default).</source>
        <translation>FILE に書き込みます。- の場合は標準出力に書き込みます (既定)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Retries per request on transient errors (default 3).</source>
        <translation>一時的なエラーでの要求あたりの再試行回数 (既定: 3)。</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 30).</source>
        <translation>要求が失敗するまでのデータ受信なしの秒数 (既定: 30)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>With --all: stop with an error after N orchestrations (default %1), so a server that never ends cannot exhaust memory.</source>
        <translation>--all と共に使用: N 件のオーケストレーションの後、エラーで停止します (既定: %1)。終わらないサーバーによってメモリが使い果たされるのを防ぎます。</translation>
    </message>
    <message>
        <source>With --all: stop with an error after SIZE bytes of records (default %1M; K, M and G suffixes).</source>
        <translation>--all と共に使用: レコードが SIZE バイトに達したら、エラーで停止します (既定: %1M。K、M、G の接尾辞を使用可能)。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Write the export even when it lacks records the server announced (exit 0; what is missing is said on standard error and in exportInfo.warnings). Without it, an incomplete export writes nothing and exits 4.</source>
        <translation>サーバーが通知したレコードが不足していても、エクスポートを書き込みます (終了コード 0。不足分は標準エラー出力と exportInfo.warnings に示されます)。指定しない場合、不完全なエクスポートは何も書き込まずに終了コード 4 で終了します。</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (one line; the trailing newline is dropped) instead of %1.</source>
        <translation>クライアント シークレットを %1 の代わりに標準入力から読み取ります (1 行。末尾の改行は除去されます)。</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Usage: orchestration-console export [options]</source>
        <translation>使用法: orchestration-console export [オプション]</translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line (they would show in the process list and shell history). Use --client-secret-stdin, or set %1 or %2 instead.</source>
        <translation>シークレットはコマンド ラインでは受け付けません (プロセス一覧やシェルの履歴に表示されるため)。代わりに --client-secret-stdin を使用するか、%1 または %2 を設定してください。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --base-url, --token-url or --client-id.</source>
        <translation>--demo は --base-url、--token-url、--client-id と組み合わせることはできません。</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection.</source>
        <translation>--profile には保存された接続の名前が必要です。</translation>
    </message>
    <message>
        <source>--profile takes the connection from the profile: it cannot be combined with --demo, --base-url, --token-url, --client-id or --scope.</source>
        <translation>--profile は接続をプロファイルから取得します: --demo、--base-url、--token-url、--client-id、--scope と組み合わせることはできません。</translation>
    </message>
    <message>
        <source>Say where to export from: --demo, --profile NAME, or --base-url, --token-url and --client-id.</source>
        <translation>エクスポート元を指定してください: --demo、--profile NAME、または --base-url、--token-url、--client-id。</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>--token-url: %1</source>
        <translation>--token-url: %1</translation>
    </message>
    <message>
        <source>--client-id must not be empty.</source>
        <translation>--client-id を空にすることはできません。</translation>
    </message>
    <message>
        <source>--scope must not be empty.</source>
        <translation>--scope を空にすることはできません。</translation>
    </message>
    <message>
        <source>Use either --all or --page N, not both.</source>
        <translation>--all と --page N はどちらか一方だけを使用してください。</translation>
    </message>
    <message>
        <source>--page takes a page number from 1 up, not &quot;%1&quot;.</source>
        <translation>--page には 1 以上のページ番号を指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--page-size には 1 から 1000 までの数値を指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>--output needs a file name, or - for standard output.</source>
        <translation>--output にはファイル名、または標準出力の場合は - が必要です。</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 10, not &quot;%1&quot;.</source>
        <translation>--retries には 0 から 10 までの数値を指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout には 1 から 3600 までの秒数を指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>--max-records takes a number from 1 up, not &quot;%1&quot;.</source>
        <translation>--max-records には 1 以上の数値を指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>--max-bytes takes a size from 1 up (e.g. 800M), not &quot;%1&quot;.</source>
        <translation>--max-bytes には 1 以上のサイズ (例: 800M) を指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>--demo signs in by itself: it takes no --client-secret-stdin.</source>
        <translation>--demo は自動でサインインします: --client-secret-stdin は使用できません。</translation>
    </message>
    <message>
        <source>Write compact JSON, one orchestration per line, instead of indented.</source>
        <translation>インデントの代わりに、1 行に 1 件のオーケストレーションを含むコンパクトな JSON を書き込みます。</translation>
    </message>
    <message>
        <source>Not every orchestration arrived, so nothing was recorded.</source>
        <translation>一部のオーケストレーションが届かなかったため、何も記録されていません。</translation>
    </message>
    <message>
        <source>The history was not recorded: %1</source>
        <translation>履歴は記録されませんでした: %1</translation>
    </message>
    <message>
        <source>warning: the history was not recorded: %1</source>
        <translation>警告: 履歴は記録されませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the snapshot of %1; nothing recorded.</source>
        <translation>%1 のスナップショット以降、変更はありません。何も記録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s), the first snapshot.</source>
        <translation>
            <numerusform>%n 件のオーケストレーションを記録しました (最初のスナップショット)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s): %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>%n 件のオーケストレーションを記録しました: 追加 %1 件、削除 %2 件、変更 %3 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Not paging: all loaded orchestrations are shown.</source>
        <translation>ページングなし: 読み込み済みのオーケストレーションをすべて表示しています。</translation>
    </message>
    <message>
        <source>Every page is fetched first</source>
        <translation>先にすべてのページを取得します</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>行が選択されていません。</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot;</source>
        <translation>「%2」の %1</translation>
    </message>
    <message>
        <source>No field is selected in the inspector.</source>
        <translation>インスペクターでフィールドが選択されていません。</translation>
    </message>
    <message>
        <source>The pages not loaded yet are fetched first.</source>
        <translation>未読み込みのページは先に取得されます。</translation>
    </message>
    <message>
        <source>The file holds the node and the orchestration it belongs to.</source>
        <translation>ファイルには、ノードとそのノードが属するオーケストレーションが含まれます。</translation>
    </message>
    <message>
        <source>Fetching every page for the export…</source>
        <translation>エクスポートのためにすべてのページを取得しています…</translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was written.</source>
        <translation>取得中にキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was written: %1</source>
        <translation>一部のページを取得できなかったため、何も書き込まれていません: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>The export is incomplete: %1.</source>
        <translation>エクスポートが不完全です: %1。</translation>
    </message>
    <message>
        <source>Write the orchestrations that were received to %1 anyway? The file will say that it is incomplete.</source>
        <translation>受信したオーケストレーションをそれでも %1 に書き込みますか? ファイルには不完全であることが記録されます。</translation>
    </message>
    <message>
        <source>Write Incomplete Export</source>
        <translation>不完全なエクスポートの書き込み</translation>
    </message>
    <message>
        <source>The export is incomplete (%1); nothing was written.</source>
        <translation>エクスポートが不完全 (%1) なため、何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>不完全: %1。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed.</source>
        <translation>エクスポートはキャンセルされました。%1 は変更されていません。</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: any earlier file of that name is as it was.</source>
        <translation>%1

何も変更されていません。同じ名前の既存のファイルは元のままです。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>読み込み済み %L1 件中 %Ln 件を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s)</source>
        <translation>
            <numerusform>%Ln 件のオーケストレーション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>ページ %1: %Ln 件のオーケストレーション、サーバーの順序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>%Ln 件のオーケストレーション、サーバーの順序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s); those not loaded yet are fetched first</source>
        <translation>
            <numerusform>%Ln 件のオーケストレーション。未読み込みのものは先に取得されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in view order</source>
        <translation>
            <numerusform>%Ln 件のオーケストレーション、ビューの順序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln orchestration(s) to %1 (%2).</source>
        <translation>
            <numerusform>%Ln 件のオーケストレーションを %1 にエクスポートしました (%2)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds the row of the orchestration the node belongs to.</source>
        <translation>ファイルには、ノードが属するオーケストレーションの行が含まれます。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The current &amp;view (filter and sort as shown)</source>
        <translation>現在のビュー(&amp;V) (フィルターと並べ替えは表示どおり)</translation>
    </message>
    <message>
        <source>The current &amp;page</source>
        <translation>現在のページ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;All pages</source>
        <translation>すべてのページ(&amp;A)</translation>
    </message>
    <message>
        <source>The &amp;selected rows</source>
        <translation>選択した行(&amp;S)</translation>
    </message>
    <message>
        <source>The inspector&apos;s selected &amp;node</source>
        <translation>インスペクターで選択したノード(&amp;N)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>エクスポートする対象</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Full records, exactly as received (lossless)</source>
        <translation>完全なレコード(&amp;F) (受信したまま、損失なし)</translation>
    </message>
    <message>
        <source>Visible &amp;columns only, as flat objects</source>
        <translation>表示されている列のみ(&amp;C) (フラットなオブジェクト)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>「%1」はフォルダーです。ファイル名を選択してください。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose another folder.</source>
        <translation>フォルダー「%1」は存在しません。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder. Choose another folder.</source>
        <translation>「%1」はフォルダーではありません。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to. Choose another folder.</source>
        <translation>フォルダー「%1」に書き込めません。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Choose another name.</source>
        <translation>「%1」は読み取り専用です。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?

The old file stays as it is until the new one is completely written.</source>
        <translation>「%1」は既に存在します。置き換えますか?

新しいファイルの書き込みが完了するまで、古いファイルはそのまま残ります。</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>ファイル(&amp;L):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), about %1.</source>
        <translation>
            <numerusform>%Ln 件のオーケストレーション、約 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s).</source>
        <translation>
            <numerusform>%Ln 件のオーケストレーション。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>&amp;Indented JSON</source>
        <translation>JSON (インデントあり)(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;mpact JSON</source>
        <translation>JSON (コンパクト)(&amp;M)</translation>
    </message>
    <message>
        <source>CSV for sprea&amp;dsheets</source>
        <translation>スプレッドシート用 CSV(&amp;D)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <source>The file&apos;s exportInfo is not a JSON object.</source>
        <translation>ファイルの exportInfo が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The file&apos;s exportInfo.%1 has the wrong type.</source>
        <translation>ファイルの exportInfo.%1 の型が正しくありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>「%1」は ISO 8601 形式の日時ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>The file says it holds %Ln orchestration(s) but holds %L1.</source>
        <translation>
            <numerusform>ファイルには %Ln 件のオーケストレーションが含まれると記載されていますが、実際には %L1 件です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFeedback</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
</context>
<context>
    <name>ExportViewOptions</name>
    <message>
        <source>Only orchestrations matching TEXT, as the window&apos;s search: name, description, id or any nested id; every word must match.</source>
        <translation>TEXT に一致するオーケストレーションのみ (ウィンドウの検索と同じ: 名前、説明、ID、または入れ子になった任意の ID。すべての単語が一致する必要があります)。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only active (yes) or inactive (no) orchestrations.</source>
        <translation>アクティブ (yes) または非アクティブ (no) のオーケストレーションのみ。</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Write only these columns, as flat objects in this order: %1.</source>
        <translation>これらの列だけを、この順序のフラットなオブジェクトとして書き込みます: %1。</translation>
    </message>
    <message>
        <source>KEY,...</source>
        <translation>KEY,...</translation>
    </message>
    <message>
        <source>--active takes yes or no, not &quot;%1&quot;.</source>
        <translation>--active には yes または no を指定します。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--columns: unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>--columns: 不明な列「%1」。列は %2 です。</translation>
    </message>
    <message>
        <source>--columns names &quot;%1&quot; twice.</source>
        <translation>--columns で「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <source>--columns needs at least one column: %1.</source>
        <translation>--columns には少なくとも 1 つの列が必要です: %1。</translation>
    </message>
    <message>
        <source>json (default), or csv for spreadsheets: the columns (--columns, or every column), UTF-8 with a byte order mark.</source>
        <translation>json (既定)、またはスプレッドシート用の csv: 列 (--columns、またはすべての列)、バイト オーダー マーク付きの UTF-8。</translation>
    </message>
    <message>
        <source>json|csv</source>
        <translation>json|csv</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &quot;%1&quot;.</source>
        <translation>--format には json または csv を指定します。「%1」は指定できません。</translation>
    </message>
</context>
<context>
    <name>ExportWriteJob</name>
    <message>
        <source>no file name given.</source>
        <translation>ファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>「%1」を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was changed.</source>
        <translation>エクスポートはキャンセルされました。ファイルは変更されていません。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, description or any id (Ctrl+F)</source>
        <translation>名前、説明、または任意の ID を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Matches names, descriptions and ids, including every nested bot, participant, agent and customer id. Paste a UUID to see every orchestration that references it.</source>
        <translation>名前、説明、ID に一致します。入れ子になったボット、参加者、エージェント、顧客の ID もすべて含まれます。UUID を貼り付けると、それを参照しているオーケストレーションがすべて表示されます。</translation>
    </message>
    <message>
        <source>Search orchestrations</source>
        <translation>オーケストレーションの検索</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>アクティブ フィルター</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>アクティブと非アクティブ</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>アクティブのみ</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>非アクティブのみ</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>種類フィルター</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Bot only</source>
        <translation>ボットのみ</translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation>エージェントのみ</translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation>ボット + エージェント</translation>
    </message>
    <message>
        <source>Has a bot</source>
        <translation>ボットあり</translation>
    </message>
    <message>
        <source>Has agents</source>
        <translation>エージェントあり</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>検索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>検索とフィルターをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>その接続は既に存在しません。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>%1 Open File → Connections… to enter it.</source>
        <translation>%1 [ファイル] → [接続…] を開いて入力してください。</translation>
    </message>
    <message>
        <source>The stored token could not be deleted: %1</source>
        <translation>保存されたトークンを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Try &apos;orchestration-console --help&apos;.</source>
        <translation>&apos;orchestration-console --help&apos; を参照してください。</translation>
    </message>
</context>
<context>
    <name>GuiParser</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Open the embedded demo tenant (a simulator with a few thousand orchestrations).</source>
        <translation>組み込みのデモ テナント (数千件のオーケストレーションを持つシミュレーター) を開きます。</translation>
    </message>
    <message>
        <source>API base URL of the tenant.</source>
        <translation>テナントの API ベース URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation>テナントの OAuth 2.0 トークン URL。</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>OAuth 2.0 クライアント ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope to ask for.</source>
        <translation>要求するスコープ。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation>system (既定)、light、または dark。</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Opens the Orchestration Console window. Connect with --demo, or with --base-url, --token-url and --client-id and the client secret in %1 (or a ready token in %2).</source>
        <translation>Orchestration Console のウィンドウを開きます。--demo で接続するか、--base-url、--token-url、--client-id と %1 のクライアント シークレット (または %2 の取得済みトークン) で接続します。</translation>
    </message>
    <message>
        <source>Language of the window for this run: %1 (default: as chosen in View → Language, else the system&apos;s).</source>
        <translation>この実行でのウィンドウの言語: %1 (既定: [表示] → [言語] で選択した言語、未選択の場合はシステムの言語)。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>A connection needs --base-url, --token-url and --client-id.</source>
        <translation>接続には --base-url、--token-url、--client-id が必要です。</translation>
    </message>
    <message>
        <source>--scope needs --base-url, --token-url and --client-id.</source>
        <translation>--scope には --base-url、--token-url、--client-id が必要です。</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark, not &quot;%1&quot;.</source>
        <translation>--color-scheme には system、light、dark のいずれかを指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;.</source>
        <translation>--language には %1 のいずれかを指定してください (「%2」は無効です)。</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>--screenshot needs a source: --demo, or a connection.</source>
        <translation>--screenshot にはソースが必要です: --demo または接続。</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT, e.g. 1280x800, not &quot;%1&quot;.</source>
        <translation>--window-size には WIDTHxHEIGHT (例: 1280x800) を指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>Usage: orchestration-console [options]
       orchestration-console export [options]  (see &apos;orchestration-console export --help&apos;)
       orchestration-console history list|record|diff --profile NAME  (see &apos;orchestration-console history --help&apos;)
       orchestration-console --version</source>
        <translation>使用法: orchestration-console [オプション]
        orchestration-console export [オプション]  (&apos;orchestration-console export --help&apos; を参照)
        orchestration-console history list|record|diff --profile NAME  (&apos;orchestration-console history --help&apos; を参照)
        orchestration-console --version</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザー ガイド(&amp;U)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Orchestration Console</source>
        <translation>Orchestration Console について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>%n orchestration(s)</source>
        <translation>
            <numerusform>%n 件のオーケストレーション</numerusform>
        </translation>
    </message>
    <message>
        <source>(first)</source>
        <translation>(最初)</translation>
    </message>
    <message>
        <source>The history of &quot;%1&quot; holds no snapshot yet.</source>
        <translation>「%1」の履歴にはまだスナップショットがありません。</translation>
    </message>
    <message>
        <source>No snapshot was taken at or before %1; the oldest is from %2.</source>
        <translation>%1 以前に取得されたスナップショットはありません。最も古いものは %2 です。</translation>
    </message>
    <message>
        <source>note: comparing the snapshot of %1 with the newest, of %2.</source>
        <translation>注意: %1 のスナップショットを最新のスナップショット (%2) と比較します。</translation>
    </message>
    <message>
        <source>The local change history of a connection profile: snapshots of all its orchestrations, recorded by complete loads and exports (when the profile keeps a history) or by &apos;history record&apos;.
  list     the snapshots: when, how many orchestrations, +added -removed ~changed
  record   load all orchestrations and record them (for a scheduled job)
  diff     the differences since --since, as &apos;diff&apos; prints them
Exit codes: list and record as export (0 ok, 2 usage, 3 authentication, 4 server or data, 5 output); diff as diff (0 no differences, 1 differences, 2 usage, 4 no snapshot or unreadable).</source>
        <translation>接続プロファイルのローカルな変更履歴: すべてのオーケストレーションのスナップショットで、完全な読み込みとエクスポート (プロファイルで履歴を保持している場合) または &apos;history record&apos; によって記録されます。
  list     スナップショット: 日時、オーケストレーション数、+追加 -削除 ~変更
  record   すべてのオーケストレーションを読み込んで記録します (スケジュールされたジョブ用)
  diff     --since 以降の差異を &apos;diff&apos; と同じ形式で出力します
終了コード: list と record は export と同じ (0 成功、2 使用法の誤り、3 認証、4 サーバーまたはデータ、5 出力)。diff は diff と同じ (0 差異なし、1 差異あり、2 使用法の誤り、4 スナップショットがないか読み取れない)。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The saved connection profile whose history to use.</source>
        <translation>履歴を使用する保存済みの接続プロファイル。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>diff: compare the newest snapshot taken at or before this date (2026-11-01) or date-time (2026-11-01T09:30, local time unless a zone is given) with the newest.</source>
        <translation>diff: この日付 (2026-11-01) または日時 (2026-11-01T09:30、タイム ゾーンを指定しない場合はローカル時刻) 以前に取得された最新のスナップショットを、最新のスナップショットと比較します。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>diff: print the differences as JSON instead of a summary.</source>
        <translation>diff: 概要の代わりに差異を JSON として出力します。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>実行する操作。</translation>
    </message>
    <message>
        <source>Usage: orchestration-console history list|record|diff --profile NAME [--since DATE] [--json]</source>
        <translation>使用法: orchestration-console history list|record|diff --profile NAME [--since DATE] [--json]</translation>
    </message>
    <message>
        <source>history needs one of list, record or diff.</source>
        <translation>history には list、record、diff のいずれかが必要です。</translation>
    </message>
    <message>
        <source>history needs --profile NAME.</source>
        <translation>history には --profile NAME が必要です。</translation>
    </message>
    <message>
        <source>history diff needs --since DATE.</source>
        <translation>history diff には --since DATE が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (2026-11-01) or date-time (2026-11-01T09:30).</source>
        <translation>「%1」は日付 (2026-11-01) または日時 (2026-11-01T09:30) ではありません。</translation>
    </message>
    <message>
        <source>--since and --json are for history diff only.</source>
        <translation>--since と --json は history diff 専用です。</translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console history --help&apos;.</source>
        <translation>&apos;orchestration-console history --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>%1, snapshot taken %2</source>
        <translation>%1、スナップショットの取得日時: %2</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>履歴(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>タイムライン(&amp;T)…</translation>
    </message>
    <message>
        <source>The snapshots recorded for each connection, and what changed</source>
        <translation>接続ごとに記録されたスナップショットと、その変更内容</translation>
    </message>
    <message>
        <source>The history was not recorded: %1</source>
        <translation>履歴は記録されませんでした: %1</translation>
    </message>
    <message>
        <source>History: %1 added, %2 removed, %3 changed since the last snapshot.</source>
        <translation>履歴: 前回のスナップショット以降、追加 %1 件、削除 %2 件、変更 %3 件。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Unchanged since %1</source>
        <translation>%1 以降変更なし</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n time(s) since %1</source>
        <translation>
            <numerusform>%1 以降 %n 回変更</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>not a history snapshot, or cut short</source>
        <translation>履歴のスナップショットではないか、途中で切れています</translation>
    </message>
    <message>
        <source>its checksum does not match: the file is damaged or was not completely written</source>
        <translation>チェックサムが一致しません: ファイルが破損しているか、完全に書き込まれていません</translation>
    </message>
    <message>
        <source>The history in &quot;%1&quot; is in use by another program.</source>
        <translation>「%1」の履歴は別のプログラムで使用中です。</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; cannot be read: %2</source>
        <translation>履歴のスナップショット「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; is too large.</source>
        <translation>履歴のスナップショット「%1」が大きすぎます。</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; was skipped: %2.</source>
        <translation>履歴のスナップショット「%1」をスキップしました: %2。</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; was skipped: it cannot be uncompressed.</source>
        <translation>履歴のスナップショット「%1」をスキップしました: 展開できません。</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>The history folder &quot;%1&quot; cannot be created.</source>
        <translation>履歴フォルダー「%1」を作成できません。</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineDialog</name>
    <message>
        <source>Show &amp;changes</source>
        <translation>変更を表示(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>比較(&amp;O)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Select a snapshot to compare it with the one before, or two to compare them with each other</source>
        <translation>スナップショットを 1 つ選択すると直前のものと、2 つ選択するとその 2 つを比較します</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>接続(&amp;N):</translation>
    </message>
    <message>
        <source>What changed &amp;since:</source>
        <translation>次の時点以降の変更(&amp;S):</translation>
    </message>
    <message>
        <source>No snapshots yet. Loading all orchestrations (Load all) or exporting all pages of this connection records one.</source>
        <translation>スナップショットはまだありません。この接続のすべてのオーケストレーションを読み込む ([すべて読み込む]) か、すべてのページをエクスポートすると記録されます。</translation>
    </message>
    <message>
        <source>No snapshot was taken before %1; the oldest is from %2.</source>
        <translation>%1 より前に取得されたスナップショットはありません。最も古いものは %2 です。</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineModel</name>
    <message>
        <source>Taken</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation>オーケストレーション</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The server sent the response in an encoding that was not asked for (%1).</source>
        <translation>サーバーが要求していないエンコーディング (%1) で応答を送信しました。</translation>
    </message>
    <message>
        <source>The response&apos;s %1 encoding is broken or cut short.</source>
        <translation>応答の %1 エンコーディングが壊れているか、途中で切れています。</translation>
    </message>
    <message>
        <source>The server sent no HTTP status.</source>
        <translation>サーバーが HTTP ステータスを送信しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The response is larger than the limit of %L1 bytes (at least %Ln byte(s)); it was not loaded.</source>
        <translation>
            <numerusform>応答が上限の %L1 バイトを超えています (%Ln バイト以上)。読み込まれませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection closed %Ln byte(s) before the end of the response.</source>
        <translation>
            <numerusform>応答の終わりまで %Ln バイトを残して接続が閉じられました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <source>%1  (used by %n)</source>
        <translation>
            <numerusform>%1  (%n 件で使用)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>値をコピー(&amp;V)</translation>
    </message>
    <message>
        <source>Copy &amp;node as JSON</source>
        <translation>ノードを JSON としてコピー(&amp;N)</translation>
    </message>
    <message>
        <source>Copy &amp;orchestration as JSON</source>
        <translation>オーケストレーションを JSON としてコピー(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Show orchestrations using this id</source>
        <translation>この ID を使用するオーケストレーションを表示(&amp;S)</translation>
    </message>
    <message>
        <source>Select an orchestration to inspect it.</source>
        <translation>検査するオーケストレーションを選択してください。</translation>
    </message>
    <message>
        <source>The name of the orchestration inspected</source>
        <translation>検査中のオーケストレーションの名前</translation>
    </message>
    <message>
        <source>The id of the orchestration inspected</source>
        <translation>検査中のオーケストレーションの ID</translation>
    </message>
    <message>
        <source>Orchestration fields</source>
        <translation>オーケストレーションのフィールド</translation>
    </message>
    <message>
        <source>Every field of the selected orchestration. Enter on an id shows the orchestrations using it.</source>
        <translation>選択したオーケストレーションのすべてのフィールド。ID の上で Enter キーを押すと、その ID を使用するオーケストレーションが表示されます。</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>生の JSON</translation>
    </message>
    <message>
        <source>Orchestration views</source>
        <translation>オーケストレーションのビュー</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>生の JSON(&amp;J)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Show the %n orchestration(s) using this id</source>
        <translation>
            <numerusform>この ID を使用する %n 件のオーケストレーションを表示(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>フィールド(&amp;I)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>Takes effect when the console is started again</source>
        <translation>コンソールの次回起動時に有効になります</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>デモ データ</translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation>オーケストレーション</translation>
    </message>
    <message>
        <source>One orchestration per row. Enter opens the row in the inspector; the context menu copies rows.</source>
        <translation>1 行に 1 つのオーケストレーション。Enter キーで行をインスペクターで開き、コンテキスト メニューで行をコピーします。</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>すべて読み込む</translation>
    </message>
    <message>
        <source>Load every page, so the search and the sort cover the whole tenant</source>
        <translation>すべてのページを読み込んで、検索と並べ替えの対象をテナント全体にします</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Choose what to connect to</source>
        <translation>接続先を選択します</translation>
    </message>
    <message>
        <source>Use the &amp;demo tenant</source>
        <translation>デモ テナントを使用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>接続を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Add, edit, test, import or remove saved connections</source>
        <translation>保存された接続を追加、編集、テスト、インポート、または削除します</translation>
    </message>
    <message>
        <source>Forget the access token (the client secret stays stored)</source>
        <translation>アクセス トークンを破棄します (クライアント シークレットは保存されたままです)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch again from the server (F5)</source>
        <translation>サーバーから再取得します (F5)</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>すべて読み込む(&amp;A)</translation>
    </message>
    <message>
        <source>Load every page in the background, so sorting and filtering cover the whole tenant (Ctrl+Shift+L)</source>
        <translation>すべてのページをバックグラウンドで読み込み、並べ替えとフィルターの対象をテナント全体にします (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>フィルター(&amp;F)</translation>
    </message>
    <message>
        <source>Search by name, description or any id (Ctrl+F); the arrow offers the Active and Kind filters</source>
        <translation>名前、説明、または任意の ID で検索します (Ctrl+F)。矢印からアクティブ フィルターと種類フィルターを選べます</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the page, all pages, the view, the selected rows or the inspector&apos;s node to JSON (Ctrl+E)</source>
        <translation>ページ、すべてのページ、ビュー、選択した行、またはインスペクターのノードを JSON にエクスポートします (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>スナップショットを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an exported file (or a saved API page) read-only</source>
        <translation>エクスポートしたファイル (または保存した API ページ) を読み取り専用で開きます</translation>
    </message>
    <message>
        <source>Compare an exported file with the live data, or with the snapshot shown: added, removed and changed orchestrations</source>
        <translation>エクスポートしたファイルをライブ データまたは表示中のスナップショットと比較します: 追加、削除、変更されたオーケストレーション</translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation>スナップショットを閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>最初のページ</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最後のページ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>You are looking at the embedded simulator, not a real tenant.</source>
        <translation>実際のテナントではなく、組み込みのシミュレーターを表示しています。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Snapshot %1 — Orchestration Console</source>
        <translation>スナップショット %1 — Orchestration Console</translation>
    </message>
    <message>
        <source>%1 — Orchestration Console</source>
        <translation>%1 — Orchestration Console</translation>
    </message>
    <message>
        <source>Orchestration Console</source>
        <translation>Orchestration Console</translation>
    </message>
    <message>
        <source>Signed in, token until %1</source>
        <translation>サインイン済み、トークンは %1 まで有効</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>The access token expires at %1 (UTC %2); a new one is fetched when needed.</source>
        <translation>アクセス トークンの有効期限は %1 (UTC %2) です。必要に応じて新しいトークンが取得されます。</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>Last successful load: %1</source>
        <translation>最後に読み込みに成功した日時: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded orchestration(s) use %1.</source>
        <translation>
            <numerusform>読み込み済みの %n 件のオーケストレーションが %1 を使用しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading all orchestrations… %1</source>
        <translation>すべてのオーケストレーションを読み込んでいます… %1</translation>
    </message>
    <message>
        <source>Loading page %1… %2</source>
        <translation>ページ %1 を読み込んでいます… %2</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>キャンセルされました。%1</translation>
    </message>
    <message>
        <source>Failed. %1</source>
        <translation>失敗しました。%1</translation>
    </message>
    <message>
        <source>Loading orchestrations…</source>
        <translation>オーケストレーションを読み込んでいます…</translation>
    </message>
    <message>
        <source>There are no orchestrations in this tenant.</source>
        <translation>このテナントにはオーケストレーションがありません。</translation>
    </message>
    <message>
        <source>Nothing could be loaded. See the message above.</source>
        <translation>何も読み込めませんでした。上のメッセージを参照してください。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>No loaded orchestration matches the filter.</source>
        <translation>フィルターに一致する読み込み済みのオーケストレーションはありません。</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>すべての列を表示</translation>
    </message>
    <message>
        <source>The window was closed before &quot;%1&quot; was read.</source>
        <translation>「%1」を読み取る前にウィンドウが閉じられました。</translation>
    </message>
    <message>
        <source>Snapshot (read-only)</source>
        <translation>スナップショット (読み取り専用)</translation>
    </message>
    <message>
        <source>Token from keychain, until %1</source>
        <translation>キーチェーンのトークン、%1 まで有効</translation>
    </message>
    <message>
        <source>Token from keychain</source>
        <translation>キーチェーンのトークン</translation>
    </message>
    <message>
        <source>Session only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <source>%1 · Session only</source>
        <translation>%1 · このセッションのみ</translation>
    </message>
    <message>
        <source>The keychain is not available: secrets and tokens are kept in memory for this session only.</source>
        <translation>キーチェーンを使用できません: シークレットとトークンはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>Signed out of %1. Choose it under Connection to sign in again.</source>
        <translation>%1 からサインアウトしました。もう一度サインインするには、[接続] でこの接続を選択してください。</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>%1 からサインアウトしました。</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>サインアウト(&amp;S)</translation>
    </message>
    <message>
        <source>Co&amp;mpare with snapshot…</source>
        <translation>スナップショットと比較(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>The search and the sort cover this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>検索と並べ替えの対象はこのページのみです: %Ln 件中 %L1 件のオーケストレーション。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>検索の対象はこのページのみです: %Ln 件中 %L1 件のオーケストレーション。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sort covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>並べ替えの対象はこのページのみです: %Ln 件中 %L1 件のオーケストレーション。</numerusform>
        </translation>
    </message>
    <message>
        <source>The search and the sort cover this page only.</source>
        <translation>検索と並べ替えの対象はこのページのみです。</translation>
    </message>
    <message>
        <source>The search covers this page only.</source>
        <translation>検索の対象はこのページのみです。</translation>
    </message>
    <message>
        <source>The sort covers this page only.</source>
        <translation>並べ替えの対象はこのページのみです。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded, %L2 total</source>
        <translation>
            <numerusform>%Ln 件を表示 (読み込み済み %L1 件、合計 %L2 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln 件を表示 (読み込み済み %L1 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare co&amp;nnections…</source>
        <translation>接続を比較(&amp;N)…</translation>
    </message>
    <message>
        <source>Compare two saved connections live, such as staging and production</source>
        <translation>保存された 2 つの接続 (ステージングと運用など) をライブで比較します</translation>
    </message>
    <message>
        <source>Clear the search, or stop loading when it is empty</source>
        <translation>検索をクリアします。検索が空の場合は読み込みを停止します</translation>
    </message>
</context>
<context>
    <name>Orchestration</name>
    <message>
        <source>The record is not valid JSON: %1 (at byte %2).</source>
        <translation>レコードが有効な JSON ではありません: %1 (バイト %2)。</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>レコードが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>「%1」は UUID ではありません。</translation>
    </message>
    <message>
        <source>Required field is missing.</source>
        <translation>必須フィールドがありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>「%1」は ISO 8601 形式の日時ではありません。</translation>
    </message>
    <message>
        <source>Neither botConfiguration nor agentConfiguration is present; one of them is required.</source>
        <translation>botConfiguration も agentConfiguration もありません。どちらかが必要です。</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>負の値にはできません。</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Expected: %1. Found: %2.</source>
        <translation>想定: %1。実際: %2。</translation>
    </message>
</context>
<context>
    <name>OrchestrationDiff</name>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>ID なし</translation>
    </message>
    <message>
        <source>order %1 -&gt; %2</source>
        <translation>順序 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation>追加 %1 件、削除 %2 件、変更 %3 件、変更なし %4 件。</translation>
    </message>
    <message>
        <source>%1: the old side has %2 (%3), not compared</source>
        <translation>%1: 旧側に %2 件あります (%3)。比較していません</translation>
    </message>
    <message>
        <source>%1: the new side has %2 (%3), not compared</source>
        <translation>%1: 新側に %2 件あります (%3)。比較していません</translation>
    </message>
</context>
<context>
    <name>OrchestrationLoader</name>
    <message>
        <source>Page %1 was asked for but the server answered page %2; it may ignore the paging parameters.</source>
        <translation>ページ %1 を要求しましたが、サーバーはページ %2 を返しました。ページング パラメーターを無視している可能性があります。</translation>
    </message>
</context>
<context>
    <name>OrchestrationPage</name>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1 (at byte %2).</source>
        <translation>サーバーの応答が有効な JSON ではありません: %1 (バイト %2)。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>ファイルが有効な JSON ではありません: %1 (バイト %2)。</translation>
    </message>
    <message>
        <source>The page does not say its %1.</source>
        <translation>ページに %1 が記載されていません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: %1 must be a non-negative integer.</source>
        <translation>サーバーの応答は使用可能なページではありません: %1 は 0 以上の整数である必要があります。</translation>
    </message>
    <message>
        <source>The file is not a usable page: %1 must be a non-negative integer.</source>
        <translation>ファイルは使用可能なページではありません: %1 は 0 以上の整数である必要があります。</translation>
    </message>
    <message>
        <source>The page has no paginationInfo: the total number of orchestrations is unknown.</source>
        <translation>ページに paginationInfo がありません: オーケストレーションの総数は不明です。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: paginationInfo is not an object.</source>
        <translation>サーバーの応答は使用可能なページではありません: paginationInfo がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The file is not a usable page: paginationInfo is not an object.</source>
        <translation>ファイルは使用可能なページではありません: paginationInfo がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation>サーバーの応答は使用可能なページではありません: &quot;orchestration&quot; リストがありません。</translation>
    </message>
    <message>
        <source>The file is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation>ファイルは使用可能なページではありません: &quot;orchestration&quot; リストがありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation>サーバーの応答は使用可能なページではありません: &quot;orchestration&quot; がリストではありません。</translation>
    </message>
    <message>
        <source>The file is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation>ファイルは使用可能なページではありません: &quot;orchestration&quot; がリストではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation>サーバーの応答は使用可能なページではありません: オーケストレーション レコード %1 が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The file is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation>ファイルは使用可能なページではありません: オーケストレーション レコード %1 が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>サーバーの応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The file is not a JSON object.</source>
        <translation>ファイルが JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>OrchestrationTableModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>ボット</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation>ボット + エージェント</translation>
    </message>
    <message>
        <source>A customer returning within %1 minutes goes straight to an agent</source>
        <translation>%1 分以内に戻った顧客は直接エージェントにつながります</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n 件の警告:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>ボット</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Customer app</source>
        <translation>顧客アプリ</translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation>トランスクリプト転送</translation>
    </message>
    <message>
        <source>Bypass VA (min)</source>
        <translation>VA バイパス (分)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The orchestration&apos;s name</source>
        <translation>オーケストレーションの名前</translation>
    </message>
    <message>
        <source>Whether the orchestration is active</source>
        <translation>オーケストレーションがアクティブかどうか</translation>
    </message>
    <message>
        <source>Bot: a virtual assistant only; Agent: live agents only; Bot + Agent: both</source>
        <translation>ボット: 仮想アシスタントのみ。エージェント: ライブ エージェントのみ。ボット + エージェント: 両方</translation>
    </message>
    <message>
        <source>Number of bots in the bot configuration</source>
        <translation>ボット構成内のボットの数</translation>
    </message>
    <message>
        <source>Number of agents in the agent configuration</source>
        <translation>エージェント構成内のエージェントの数</translation>
    </message>
    <message>
        <source>ID of the customer client application (custom channels)</source>
        <translation>顧客側クライアント アプリケーションの ID (カスタム チャネル)</translation>
    </message>
    <message>
        <source>Whether the transcript goes to an eGain agent when the virtual assistant session was not escalated</source>
        <translation>仮想アシスタントのセッションがエスカレーションされなかったときに、トランスクリプトを eGain のエージェントに送るかどうか</translation>
    </message>
    <message>
        <source>When it was created (local time; UTC in the cell&apos;s tooltip)</source>
        <translation>作成された日時 (ローカル時刻。UTC はセルのツールヒントに表示)</translation>
    </message>
    <message>
        <source>When it was last modified (local time; UTC in the cell&apos;s tooltip)</source>
        <translation>最後に更新された日時 (ローカル時刻。UTC はセルのツールヒントに表示)</translation>
    </message>
    <message>
        <source>The orchestration&apos;s description</source>
        <translation>オーケストレーションの説明</translation>
    </message>
    <message>
        <source>The orchestration&apos;s unique ID</source>
        <translation>オーケストレーションの一意の ID</translation>
    </message>
    <message>
        <source>Minutes within which a returning customer bypasses the virtual assistant (VA) and goes straight to an agent</source>
        <translation>戻った顧客が仮想アシスタント (VA) をバイパスして直接エージェントにつながる時間 (分)</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>First page (Ctrl+Shift+Page Up)</source>
        <translation>最初のページ (Ctrl+Shift+Page Up)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>最初のページ</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>前のページ (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>次のページ (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Last page (Ctrl+Shift+Page Down)</source>
        <translation>最後のページ (Ctrl+Shift+Page Down)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最後のページ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Back to &amp;pages</source>
        <translation>ページ表示に戻る(&amp;P)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>ページ番号</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>ページ番号を入力して Enter キーを押します</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>ページ サイズ</translation>
    </message>
    <message>
        <source>Orchestrations to ask for per page; the server may grant fewer</source>
        <translation>1 ページで要求するオーケストレーションの数。サーバーが許可する数はこれより少ない場合があります</translation>
    </message>
    <message>
        <source>Per page</source>
        <translation>1 ページの件数</translation>
    </message>
    <message>
        <source>Loading all orchestrations</source>
        <translation>すべてのオーケストレーションを読み込み中</translation>
    </message>
    <message>
        <source>Stop loading; what arrived stays (Esc)</source>
        <translation>読み込みを停止します。受信済みのものは残ります (Esc)</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>合計 %1 件</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 / %3</translation>
    </message>
    <message>
        <source>There is no page %1: the last is %2.</source>
        <translation>ページ %1 はありません: 最後のページは %2 です。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>(server grants %1)</source>
        <translation>(サーバーの許可: %1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %L1 per page although %Ln were asked for.</source>
        <translation>
            <numerusform>%Ln 件を要求しましたが、サーバーは 1 ページあたり %L1 件を送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln of %L1 loaded</source>
        <translation>
            <numerusform>停止: %L1 件中 %Ln 件を読み込み済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by an error: %Ln loaded</source>
        <translation>
            <numerusform>エラーで停止: %Ln 件を読み込み済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln loaded</source>
        <translation>
            <numerusform>%Ln 件すべてを読み込み済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 loaded</source>
        <translation>
            <numerusform>%L1 件中 %Ln 件を読み込み済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln 件を読み込み済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>ページ %1</translation>
    </message>
    <message>
        <source>The client is not set up.</source>
        <translation>クライアントが設定されていません。</translation>
    </message>
    <message>
        <source>No token provider.</source>
        <translation>トークン プロバイダーがありません。</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>ネットワークにアクセスできません。</translation>
    </message>
    <message>
        <source>The server refused a freshly issued access token (HTTP 401). Check that the token URL belongs to this tenant.</source>
        <translation>サーバーが発行されたばかりのアクセス トークンを拒否しました (HTTP 401)。トークン URL がこのテナントのものであることを確認してください。</translation>
    </message>
    <message>
        <source>The client application may not read orchestrations (HTTP 403). It needs the scope %1.</source>
        <translation>クライアント アプリケーションはオーケストレーションを読み取れません (HTTP 403)。スコープ %1 が必要です。</translation>
    </message>
    <message>
        <source>The server redirected to %1 (HTTP %2). Redirects are not followed, so credentials stay with the configured host; check the base URL.</source>
        <translation>サーバーが %1 にリダイレクトしました (HTTP %2)。資格情報が構成済みのホストから出ないように、リダイレクトには従いません。ベース URL を確認してください。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The page did not load within %1 s.</source>
        <translation>%1 秒以内にページを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Production EU</source>
        <translation>例: Production EU</translation>
    </message>
    <message>
        <source>Client ID and secret (OAuth client credentials)</source>
        <translation>クライアント ID とシークレット (OAuth クライアント資格情報)</translation>
    </message>
    <message>
        <source>A bearer token obtained elsewhere</source>
        <translation>他の方法で取得したベアラー トークン</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>ベアラー トークン</translation>
    </message>
    <message>
        <source>Without an expiry the token is used until the server refuses it</source>
        <translation>有効期限がない場合、トークンはサーバーに拒否されるまで使用されます</translation>
    </message>
    <message>
        <source>e.g. PROD (shown as a band across the window)</source>
        <translation>例: PROD (ウィンドウに帯として表示されます)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>と</translation>
    </message>
    <message>
        <source>Page number parameter</source>
        <translation>ページ番号パラメーター</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>ページ サイズ パラメーター</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API ベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>クライアント ID(&amp;D):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアント シークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Bearer t&amp;oken:</source>
        <translation>ベアラー トークン(&amp;H):</translation>
    </message>
    <message>
        <source>Default page si&amp;ze:</source>
        <translation>既定のページ サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Label and colour:</source>
        <translation>ラベルと色(&amp;L):</translation>
    </message>
    <message>
        <source>Exp&amp;ires at</source>
        <translation>有効期限(&amp;I)</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>サインイン方法(&amp;W):</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>トークン URL(&amp;K):</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>スコープ(&amp;P):</translation>
    </message>
    <message>
        <source>Pa&amp;ging parameters:</source>
        <translation>ページング パラメーター(&amp;G):</translation>
    </message>
    <message>
        <source>Keep a local &amp;history of complete loads and exports</source>
        <translation>すべてのページの読み込みとエクスポートのローカル履歴を保持する(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>保存された接続</translation>
    </message>
    <message>
        <source>Add connections from a JSON file exported by this program</source>
        <translation>このプログラムでエクスポートした JSON ファイルから接続を追加します</translation>
    </message>
    <message>
        <source>Save every connection to a JSON file, without secrets or tokens</source>
        <translation>すべての接続を JSON ファイルに保存します (シークレットとトークンは含みません)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>インポート(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>%1: no keychain to read the client secret from.</source>
        <translation>%1: クライアント シークレットを読み取るキーチェーンがありません。</translation>
    </message>
    <message>
        <source>%1: the system keychain is not available (%2).</source>
        <translation>%1: システムのキーチェーンを使用できません (%2)。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: incomplete, %2.</source>
        <translation>%1: 読み込みが不完全です。%2。</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: キャンセルされました。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A connection called &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前の接続は既に存在します。</translation>
    </message>
    <message>
        <source>A connection with this id already exists.</source>
        <translation>この ID の接続は既に存在します。</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>この接続は既に存在しません。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (コピー %2)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>ファイルが有効な JSON ではありません (バイト %2 で %1)。</translation>
    </message>
    <message>
        <source>The file is not a connection profile export of this console.</source>
        <translation>このファイルは、このコンソールからエクスポートした接続プロファイルではありません。</translation>
    </message>
    <message>
        <source>The file has format version %1; this console reads version %2.</source>
        <translation>ファイルの形式バージョンは %1 です。このコンソールが読み取れるのはバージョン %2 です。</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile object.</source>
        <translation>エントリ %1 はプロファイル オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The profile carries a secret (&quot;%1&quot;); profiles with secrets are not imported. Remove it from the file and enter the secret in the console instead.</source>
        <translation>プロファイルにシークレット (「%1」) が含まれています。シークレットを含むプロファイルはインポートされません。ファイルから削除し、シークレットはコンソールで入力してください。</translation>
    </message>
    <message>
        <source>given a new id (its id was taken)</source>
        <translation>新しい ID を割り当てました (ID が使用済みでした)</translation>
    </message>
    <message>
        <source>renamed to &quot;%1&quot; (the name was taken)</source>
        <translation>名前を「%1」に変更しました (名前が使用済みでした)</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>設定ファイル %1 に書き込めません。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>設定ファイル %1 が破損しています。</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot; (no profiles are saved).</source>
        <translation>接続プロファイル「%1」はありません (保存されたプロファイルはありません)。</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>接続プロファイル「%1」はありません。保存されたプロファイル: %2。</translation>
    </message>
    <message>
        <source>The connection profile &quot;%1&quot; cannot be used: %2</source>
        <translation>接続プロファイル「%1」は使用できません: %2</translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 件の接続をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: &quot;%1&quot;: %2</source>
        <translation>インポートされませんでした: 「%1」: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>Enter the secrets of the imported connections: files never carry them.</source>
        <translation>インポートした接続のシークレットを入力してください。ファイルにシークレットが含まれることはありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>%n 件の接続を %1 にエクスポートしました (シークレットは含みません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>接続のインポート</translation>
    </message>
    <message>
        <source>Connections (*.json);;All files (*)</source>
        <translation>接続 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>接続のエクスポート</translation>
    </message>
    <message>
        <source>Connections (*.json)</source>
        <translation>接続 (*.json)</translation>
    </message>
</context>
<context>
    <name>RecentSnapshotsMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>最近使ったファイルを開く</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists, so it was taken off the recent list.</source>
        <translation>「%1」は既に存在しないため、最近使ったファイルの一覧から削除しました。</translation>
    </message>
    <message>
        <source>No recent snapshots</source>
        <translation>最近使ったスナップショットはありません</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RecordWarnings</name>
    <message>
        <source>(no id)</source>
        <translation>(ID なし)</translation>
    </message>
    <message>
        <source>Orchestration %1: %2: %3</source>
        <translation>オーケストレーション %1: %2: %3</translation>
    </message>
    <message>
        <source>Page %1: %2: %3</source>
        <translation>ページ %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records: %1: %2 (first: orchestration %3)</source>
        <translation>
            <numerusform>%Ln 件のレコード: %1: %2 (最初: オーケストレーション %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages: %1: %2 (first: page %3)</source>
        <translation>
            <numerusform>%Ln ページ: %1: %2 (最初: ページ %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further warning(s) of other kinds are not listed.</source>
        <translation>
            <numerusform>その他の種類の警告 %Ln 件は表示していません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>ページ %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ページ %1 / %2</translation>
    </message>
    <message>
        <source>page %1 repeats page %2</source>
        <translation>ページ %1 はページ %2 の繰り返しです</translation>
    </message>
    <message>
        <source>the server sent no more</source>
        <translation>サーバーがそれ以上送信しませんでした</translation>
    </message>
    <message numerus="yes">
        <source>The server reported a page size of %L1; using the %Ln record(s) of page 1 as the page size.</source>
        <translation>
            <numerusform>サーバーが報告したページ サイズは %L1 です。1 ページ目の %Ln 件のレコードをページ サイズとして使用します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stops at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>読み込みは上限の %Ln ページで停止します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 orchestrations would need %L2 pages; loading stops at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>%L1 件のオーケストレーションには %L2 ページが必要です。読み込みは上限の %Ln ページで停止します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stopped at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>読み込みは上限の %Ln ページで停止しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>読み込みは上限の %Ln ページで停止しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 repeats the records of page %2: the server seems to ignore the paging parameters (%3, %4). Showing the %Ln record(s) loaded before it.</source>
        <translation>
            <numerusform>ページ %1 はページ %2 のレコードを繰り返しています: サーバーがページング パラメーター (%3、%4) を無視しているようです。それより前に読み込んだ %Ln 件のレコードを表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of orchestrations changed while loading, from %L1 to %L2 (at page %3). Reload for a consistent list.</source>
        <translation>読み込み中にオーケストレーションの数が %L1 から %L2 に変わりました (ページ %3)。一貫した一覧にするには再読み込みしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at page %1 after %Ln orchestration(s) (%2): a scan loads at most %L3 orchestrations and %4.</source>
        <translation>
            <numerusform>%Ln 件のオーケストレーションの後、ページ %1 で読み込みを停止しました (%2): 1 回のスキャンで読み込めるのは最大 %L3 件のオーケストレーションと %4 です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server announced %Ln orchestration(s) but sent %L1.</source>
        <translation>
            <numerusform>サーバーは %Ln 件のオーケストレーションがあると通知しましたが、送信したのは %L1 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeated an id received before</source>
        <translation>
            <numerusform>%Ln 件のレコードが以前に受信した ID を繰り返していました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of the %Ln orchestration(s) announced were received (%L2 missing): %3</source>
        <translation>
            <numerusform>通知された %Ln 件のオーケストレーションのうち %L1 件を受信しました (%L2 件不足): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s) were received (the server did not say how many there are): %1</source>
        <translation>
            <numerusform>%Ln 件のオーケストレーションを受信しました (サーバーは総数を通知しませんでした): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeat an id loaded earlier (for example %1). The server&apos;s pages may have shifted while loading; reload for a consistent list.</source>
        <translation>
            <numerusform>%Ln 件のレコードが以前に読み込んだ ID を繰り返しています (例: %1)。読み込み中にサーバーのページがずれた可能性があります。一貫した一覧にするには再読み込みしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>the window did not show a loaded page in time</source>
        <translation>ウィンドウが時間内に読み込み済みのページを表示しませんでした</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>screenshot failed: %1</source>
        <translation>スクリーンショットに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>入力した内容の表示/非表示を切り替えます</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>no reply within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に応答がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>システムのキーチェーンを使用できません (%1)。シークレットはこのセッションの間だけメモリに保持され、再起動後にもう一度入力する必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain is not answering (no reply within %n second(s)). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>
            <numerusform>システムのキーチェーンが応答しません (%n 秒以内に応答がありません)。シークレットはこのセッションの間だけメモリに保持され、再起動後にもう一度入力する必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain entry is incomplete and cannot be read; enter the secret again.</source>
        <translation>キーチェーンのエントリが不完全なため読み取れません。シークレットをもう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>ウィンドウ内のどこでも</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1 内</translation>
    </message>
    <message>
        <source>Where it has the focus</source>
        <translation>フォーカスがある場所</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
</context>
<context>
    <name>SnapshotBanner</name>
    <message>
        <source>&amp;Compare with…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation>スナップショットを閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Compare this snapshot with another exported file</source>
        <translation>このスナップショットを別のエクスポート ファイルと比較します</translation>
    </message>
    <message>
        <source>Back to the live connection</source>
        <translation>ライブ接続に戻ります</translation>
    </message>
    <message>
        <source>Read-only, from %1</source>
        <translation>読み取り専用、%1 から</translation>
    </message>
</context>
<context>
    <name>SnapshotController</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>スナップショットを開く</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>Snapshot of %1</source>
        <translation>%1 のスナップショット</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2</source>
        <translation>%1 のスナップショット、取得日時: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to open (%2 MiB; at most %3 MiB).</source>
        <translation>「%1」は大きすぎて開けません (%2 MiB。上限は %3 MiB)。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <source>Opening &quot;%1&quot; was cancelled.</source>
        <translation>「%1」を開く操作はキャンセルされました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export or an API page: %2</source>
        <translation>「%1」はエクスポートでも API ページでもありません: %2</translation>
    </message>
    <message>
        <source>The file holds only the columns %1, not full records.</source>
        <translation>ファイルには完全なレコードではなく、列 %1 のみが含まれています。</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>StandardOutput</name>
    <message>
        <source>the write failed</source>
        <translation>書き込みに失敗しました</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The server no longer accepts the access token. Provide a new token.</source>
        <translation>サーバーはこのアクセス トークンを受け付けなくなりました。新しいトークンを指定してください。</translation>
    </message>
    <message>
        <source>No access token was provided.</source>
        <translation>アクセス トークンが指定されていません。</translation>
    </message>
    <message>
        <source>The access token expired. Provide a new token.</source>
        <translation>アクセス トークンの有効期限が切れました。新しいトークンを指定してください。</translation>
    </message>
</context>
<context>
    <name>TableRowActions</name>
    <message>
        <source>&amp;Copy rows as text</source>
        <translation>行をテキストとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy rows as &amp;JSON</source>
        <translation>行を JSON としてコピー(&amp;J)</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Open in the inspector</source>
        <translation>インスペクターで開く(&amp;O)</translation>
    </message>
    <message>
        <source>The selected rows, tab-separated, visible columns only</source>
        <translation>選択した行 (タブ区切り、表示されている列のみ)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n row(s) as text</source>
        <translation>
            <numerusform>%n 行をテキストとしてコピー(&amp;C)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n row(s) as &amp;JSON</source>
        <translation>
            <numerusform>%n 行を JSON としてコピー(&amp;J)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>ボット %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>エージェント %1</translation>
    </message>
    <message>
        <source>Show orchestrations that &amp;share a bot or agent</source>
        <translation>ボットまたはエージェントを共有するオーケストレーションを表示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TokenPersistence</name>
    <message>
        <source>No access token is stored for &quot;%1&quot;: paste a new one.</source>
        <translation>「%1」のアクセス トークンは保存されていません: 新しいトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;.</source>
        <translation>「%1」のクライアント シークレットは保存されていません。</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>no usable access_token</source>
        <translation>使用可能な access_token がありません</translation>
    </message>
    <message>
        <source>token_type is not Bearer</source>
        <translation>token_type が Bearer ではありません</translation>
    </message>
    <message>
        <source>expires_in is not a number</source>
        <translation>expires_in が数値ではありません</translation>
    </message>
    <message>
        <source>expires_in is not positive</source>
        <translation>expires_in が正の値ではありません</translation>
    </message>
</context>
<context>
    <name>UserGuideViewer</name>
    <message>
        <source>User guide</source>
        <translation>ユーザー ガイド</translation>
    </message>
    <message>
        <source>User Guide — Orchestration Console</source>
        <translation>ユーザー ガイド — Orchestration Console</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>このビルドにはユーザー ガイドが含まれていません。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Try the &amp;demo</source>
        <translation>デモを試す(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>接続を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>No connection yet</source>
        <translation>接続がまだありません</translation>
    </message>
    <message>
        <source>Browse the orchestrations of an eGain Conversation Hub tenant. Try the demo to explore a simulated tenant with a few thousand orchestrations, or add a connection to your own tenant.</source>
        <translation>eGain Conversation Hub テナントのオーケストレーションを参照します。デモを試して数千件のオーケストレーションを持つシミュレートされたテナントを調べるか、ご自身のテナントへの接続を追加してください。</translation>
    </message>
</context>
<context>
    <name>hubsim</name>
    <message>
        <source>A simulated eGain Conversation Hub (token endpoint and GET /orchestrations) on loopback.
The client secret is read from the environment variable HUBSIM_CLIENT_SECRET (default: the demo secret), never from the command line.

</source>
        <translation>ループバック上でシミュレートされた eGain Conversation Hub (トークン エンドポイントと GET /orchestrations)。
クライアント シークレットは環境変数 HUBSIM_CLIENT_SECRET から読み取ります (既定: デモ用シークレット)。コマンド ラインからは読み取りません。

</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>127.0.0.1 上のポート (既定: 任意の空きポート)。</translation>
    </message>
    <message>
        <source>Orchestrations to generate (default 2000).</source>
        <translation>生成するオーケストレーションの数 (既定: 2000)。</translation>
    </message>
    <message>
        <source>Seed of the generated data (default 1).</source>
        <translation>生成データのシード (既定: 1)。</translation>
    </message>
    <message>
        <source>Serve the orchestrations in FILE (array, page or export).</source>
        <translation>FILE 内のオーケストレーション (配列、ページ、またはエクスポート) を提供します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Latency added to every response.</source>
        <translation>すべての応答に追加する待機時間。</translation>
    </message>
    <message>
        <source>Latency varies by +/- this much.</source>
        <translation>待機時間をこの値だけ +/- に変動させます。</translation>
    </message>
    <message>
        <source>Default page size (default 25).</source>
        <translation>既定のページ サイズ (既定: 25)。</translation>
    </message>
    <message>
        <source>Largest page size granted (default 75).</source>
        <translation>許可する最大のページ サイズ (既定: 75)。</translation>
    </message>
    <message>
        <source>Answer empty results with 204 No Content.</source>
        <translation>空の結果に 204 No Content で応答します。</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds (default 3600).</source>
        <translation>アクセス トークンの有効期間 (秒) (既定: 3600)。</translation>
    </message>
    <message>
        <source>The client id (default demo-client).</source>
        <translation>クライアント ID (既定: demo-client)。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>A fault to inject; may be repeated. See below.</source>
        <translation>挿入する障害。複数回指定できます。以下を参照してください。</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Log every request (method, path, status).</source>
        <translation>すべての要求 (メソッド、パス、状態) をログに記録します。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;
</source>
        <translation>--%1 には %2 以上の整数を指定してください (「%3」は無効です)
</translation>
    </message>
    <message>
        <source>--port must be at most 65535
</source>
        <translation>--port は 65535 以下である必要があります
</translation>
    </message>
    <message>
        <source>hubsim serving %1 orchestrations
</source>
        <translation>hubsim は %1 件のオーケストレーションを提供しています
</translation>
    </message>
    <message>
        <source>  base URL:        %1
</source>
        <translation>  ベース URL:      %1
</translation>
    </message>
    <message>
        <source>  token URL:       %1
</source>
        <translation>  トークン URL:    %1
</translation>
    </message>
    <message>
        <source>  client id:       %1 (secret from HUBSIM_CLIENT_SECRET or the demo secret)
</source>
        <translation>  クライアント ID: %1 (シークレットは HUBSIM_CLIENT_SECRET またはデモ用シークレット)
</translation>
    </message>
    <message>
        <source>  scopes:          %1
</source>
        <translation>  スコープ:        %1
</translation>
    </message>
    <message>
        <source>  redirect target: %1
</source>
        <translation>  リダイレクト先:  %1
</translation>
    </message>
    <message>
        <source>  fault:           %1
</source>
        <translation>  障害:            %1
</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.
</source>
        <translation>停止するには Ctrl+C を押してください。
</translation>
    </message>
</context>
<context>
    <name>hubsim::Dataset</name>
    <message>
        <source>Cannot read the dataset %1: %2</source>
        <translation>データセット %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The dataset %1 is not usable: %2</source>
        <translation>データセット %1 は使用できません: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>有効な JSON ではありません (バイト %2 で %1)</translation>
    </message>
    <message>
        <source>expected a JSON array of orchestrations or an object with an &quot;orchestration&quot; array</source>
        <translation>オーケストレーションの JSON 配列、または &quot;orchestration&quot; 配列を持つオブジェクトが必要です</translation>
    </message>
    <message>
        <source>orchestration %1 is not a JSON object</source>
        <translation>オーケストレーション %1 は JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the &quot;orchestration&quot; member is written in a form the simulator cannot read</source>
        <translation>&quot;orchestration&quot; メンバーはシミュレーターが読み取れない形式で書かれています</translation>
    </message>
    <message>
        <source>the orchestrations could not be separated</source>
        <translation>オーケストレーションを分割できませんでした</translation>
    </message>
</context>
<context>
    <name>hubsim::FaultRule</name>
    <message>
        <source>Bad fault &quot;%1&quot;: %2</source>
        <translation>無効な障害「%1」: %2</translation>
    </message>
    <message>
        <source>expected NAME[xTIMES][@PAGE][:KEY=VALUE,...]</source>
        <translation>NAME[xTIMES][@PAGE][:KEY=VALUE,...] の形式が必要です</translation>
    </message>
    <message>
        <source>%1 is not an HTTP status</source>
        <translation>%1 は HTTP ステータスではありません</translation>
    </message>
    <message>
        <source>unknown fault name &quot;%1&quot;</source>
        <translation>不明な障害名「%1」</translation>
    </message>
    <message>
        <source>%1 needs a whole number</source>
        <translation>%1 には整数が必要です</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 に負の値は指定できません</translation>
    </message>
    <message>
        <source>expires needs a JSON value</source>
        <translation>expires には JSON 値が必要です</translation>
    </message>
    <message>
        <source>shape is one of array, count, records, pagination, nocount</source>
        <translation>shape は array、count、records、pagination、nocount のいずれかです</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー「%1」</translation>
    </message>
    <message>
        <source>Faults: NAME[xTIMES|x*][@PAGE][:KEY=VALUE,...]  (TIMES default 1, * = always;
@PAGE = only requests for that page). NAME is one of:
  500 502 503 504 (any status)  answer that status
  429            Too Many Requests; retry-after=SECONDS, http-date
  302 (any 3xx), redirect  redirect to the other-host listener
  latency        delay; ms=, jitter=
  trickle        slow body; ms= (interval), chunk= (bytes)
  reset          TCP reset mid-body; bytes= sent first (default half)
  truncate       body shorter than Content-Length, then close; bytes=
  malformed      body that is not JSON
  wrongtypes     valid JSON of the wrong shape; shape=array|count|records|pagination|nocount
  oversized      huge valid body; bytes=
  ignorepaging   always page 1 at the default size
  countdrift     paginationInfo.count changes; delta=
  endless        pages that never end: always full, new ids, count 10^12
  drop           close the connection without answering
  gzipbomb       gzip body inflating to bytes= of valid JSON (default 64 MiB)
  gzipcut        gzip page cut short of its Content-Length, then close; bytes=
  token500 (token + any status)  the token endpoint fails
  tokenlatency   the token endpoint answers late; ms=, jitter=
  tokenexpiry    the token endpoint claims another expires_in; expires=JSON (1e300)
Examples: --fault 429x3 --fault 503x2 --fault latency@2:ms=800 --fault trickle:ms=50,chunk=32</source>
        <translation>障害: NAME[xTIMES|x*][@PAGE][:KEY=VALUE,...]  (TIMES の既定値は 1、* = 常に。
@PAGE = そのページへの要求のみ)。NAME は次のいずれか:
  500 502 503 504 (任意のステータス)  そのステータスで応答
  429            Too Many Requests; retry-after=秒数, http-date
  302 (任意の 3xx), redirect  別ホストのリスナーへリダイレクト
  latency        遅延; ms=, jitter=
  trickle        低速な本文; ms= (間隔), chunk= (バイト数)
  reset          本文の途中で TCP リセット; bytes= 先に送信する量 (既定は半分)
  truncate       Content-Length より短い本文の後に切断; bytes=
  malformed      JSON ではない本文
  wrongtypes     形の誤った有効な JSON; shape=array|count|records|pagination|nocount
  oversized      巨大な有効な本文; bytes=
  ignorepaging   常に既定のサイズの 1 ページ目
  countdrift     paginationInfo.count が変化; delta=
  endless        終わらないページ: 常に満杯、新しい ID、count 10^12
  drop           応答せずに接続を切断
  gzipbomb       bytes= の有効な JSON に展開される gzip 本文 (既定 64 MiB)
  gzipcut        Content-Length に満たない gzip ページの後に切断; bytes=
  token500 (token + 任意のステータス)  トークン エンドポイントが失敗
  tokenlatency   トークン エンドポイントの応答が遅延; ms=, jitter=
  tokenexpiry    トークン エンドポイントが別の expires_in を返す; expires=JSON (1e300)
例: --fault 429x3 --fault 503x2 --fault latency@2:ms=800 --fault trickle:ms=50,chunk=32</translation>
    </message>
</context>
<context>
    <name>hubsim::HubSimulator</name>
    <message>
        <source>The simulator cannot listen on 127.0.0.1:%1: %2</source>
        <translation>シミュレーターは 127.0.0.1:%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>The requested resource does not exist.</source>
        <translation>要求されたリソースは存在しません。</translation>
    </message>
    <message>
        <source>This operation is not supported.</source>
        <translation>この操作はサポートされていません。</translation>
    </message>
    <message>
        <source>Your session is not valid. Please sign in again.</source>
        <translation>セッションが無効です。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are not allowed to view orchestrations.</source>
        <translation>オーケストレーションを表示する権限がありません。</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>要求が無効です。</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again later.</source>
        <translation>問題が発生しました。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Too many requests. Please wait and try again.</source>
        <translation>要求が多すぎます。しばらく待ってから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TLS is not available (Qt TLS backends: %1): connections to https:// tenants will fail; the demo still works. Reinstall the console, or install OpenSSL 3.</source>
        <translation>TLS を使用できません (Qt の TLS バックエンド: %1): https:// のテナントへの接続は失敗します。デモは引き続き動作します。コンソールを再インストールするか、OpenSSL 3 をインストールしてください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>TLS is not available</source>
        <translation>TLS を使用できません</translation>
    </message>
</context>
</TS>
