# The window's frame (ui/src/App.svelte), the first start (Welcome), the screen shown when the shop file
# cannot be opened (StartupError), and the shared components (ui/src/lib/components/).

## Sidebar
app-opening = ショップを開いています…
app-nav-sections = メニュー
app-nav-dashboard = ダッシュボード
app-nav-partners = パートナー
app-nav-communities = コミュニティ
app-nav-campaigns = キャンペーン
app-nav-import = 売上の取り込み
app-nav-settings = 設定
# The keyboard shortcut of a section: $key is its digit (1…6).
app-nav-shortcut = Alt+{ $key }
app-nav-key = Alt { $key }
app-shop-unnamed = マイショップ
app-shop-demo = デモショップ
app-shop-no-currency = 通貨未設定
app-version = LocalLift { $version }

## First start
app-welcome-demo-opened = デモショップを開きました。ご自身のショップとは別に保存されています。
app-welcome-title = LocalLiftへようこそ
app-welcome-lead = 地元のクリエイターやコミュニティと提携して、どの提携が成果につながったかを確かめましょう。
app-welcome-your-shop = 自分のショップ
app-welcome-opening = 開いています…
app-welcome-open-demo = デモショップを開く
app-welcome-open-demo-text = ポートランドの植物店の1年分のデータです（パートナー、コミュニティ、キャンペーン、売上）。ここで何をしても、ご自身のショップには影響しません。
app-welcome-set-up = 自分のショップを設定
app-welcome-set-up-text = ショップ名、通貨、タイムゾーン、粗利率を設定します。そのあと売上を取り込んだり、パートナーを追加したりできます。

## The shop file cannot be opened
app-startup-open-dialog = LocalLiftのショップファイルを開く
app-startup-title = LocalLiftでこのショップを開けません
app-startup-locked = このショップは別のLocalLiftウィンドウ（またはlocalliftコマンド）ですでに開かれています。そのウィンドウに切り替えるか、閉じてからもう一度お試しください。
app-startup-too-new = このショップファイルは新しいバージョンのLocalLiftで保存されています。開くには新しいバージョンをインストールしてください。このバージョンがファイルを変更することはありません。
app-startup-database = ショップファイルをLocalLiftのデータベースとして読み込めませんでした。ファイルが壊れているか、LocalLiftのファイルではない可能性があります。
app-startup-io = ショップファイルまたはそのフォルダーを開けませんでした。ディスクが接続され、書き込みできる状態か確認してください。
app-startup-read-only = ショップファイルが、LocalLiftが書き込めないディスクまたはフォルダー（読み取り専用、または別のユーザーのもの）にあります。LocalLiftは読み込むときにも書き込みを行います（ロック、ジャーナル、毎日のバックアップ）。書き込みできる場所にファイルをコピーしてそこで開くか、別のファイルを開いてください。
app-startup-other = ショップファイルを開けませんでした。
# Followed by the file's path.
app-startup-file = ファイル：
app-startup-details = 詳細：{ $message }
app-startup-integrity = 整合性チェック
# In bold, followed by app-startup-integrity-ok or by the list of problems.
app-startup-integrity-label = SQLiteの整合性チェック：
app-startup-integrity-ok = ファイルの構造に問題はありません。
app-startup-restore-keeps = 復元しても、壊れたファイルは同じ場所に残ります（名前は ….damaged-…）。何も失われません。
# $when: the backup's date and time.
app-startup-restore-latest = 最新のバックアップを復元（{ $when }）
app-startup-try-again = 再試行
app-startup-open-another = 別のファイルを開く…
app-startup-open-demo = デモショップを開く
app-startup-quit = 終了

## Asking before deleting
# $what: what is deleted, such as a partner's name.
app-delete-title = { $what }を削除しますか？
app-delete-keep-history = 履歴を残す
app-delete-cannot-undo = この操作は取り消せません。
app-delete-archive-note = アーカイブすると一覧や選択肢に表示されなくなりますが、キャンペーンの結果はすべて残ります。いつでもアーカイブから戻せます。
app-delete-cancel = キャンセル
app-delete-delete = 削除
app-delete-archive = 削除せずアーカイブ

## CSV and PDF buttons
app-export-csv = CSVを書き出す
app-export-dialog = CSVに書き出す
app-export-title = この表をCSVファイルとして保存します（Excel、Numbers、LibreOfficeで開けます）
app-export-rows = { $count }行を書き出しました
app-pdf-making = PDFを作成中…
app-pdf-saved = { $file }を保存しました
# $characters: the characters no font has, separated by spaces.
app-pdf-saved-missing = { $file }を保存しました。このコンピューターには{ $characters }を表示できるフォントがないため、PDFではこれらの文字が四角で表示されます。

## Small parts
app-modal-close = 閉じる
# $example: an amount written the way this shop writes amounts.
app-money-invalid = { $example }のように金額を入力してください
app-tier-none = フォロワー数が未登録

## A campaign's sales lift
app-lift-title = 売上の伸び
app-lift-title-note = （コードを使わない来店客）
# $verdict is app-lift-not-enough-verdict, shown in bold.
app-lift-not-enough = { $verdict }のため、推定できません。
app-lift-not-enough-verdict = データ不足
# $estimate: the estimate in bold, such as "Between $120 and $640 more than usual (95% range)".
app-lift-words = { $days }日間で{ $estimate }。
# The same, when other campaigns ran at the same time: $campaigns are their names.
app-lift-words-overlap = { $days }日間で{ $estimate }（同時期の{ $campaigns }との合計）。
app-lift-chart-alt = 各日の売上と通常の日の範囲の比較。各日の数値は下の表にあります
app-lift-chart-legend = 点：各日の売上（このキャンペーンのコードによる注文を除く）。帯：通常の日の範囲（95%）。破線：通常の水準。
app-lift-table = 日ごとの表
app-lift-table-label = 日別の売上の伸び
app-lift-col-day = 日付
app-lift-col-sold = 売上
app-lift-col-usual = 通常
app-lift-col-range = 通常の範囲
app-lift-no-data = データなし
app-lift-range = { $low }〜{ $high }
app-lift-how = 売上の伸びの計算方法
app-lift-how-baseline = 通常の売上は、キャンペーン前の{ $weeks }週間（使用した日数：{ $days }日）から求めます。曜日ごとの通常の水準に、ショップ全体の傾向を加えたものです。ほかのキャンペーンの日、「設定」で特別な日として登録した日、売上データのない日は除きます。
app-lift-how-sum = 売上の伸びは、キャンペーン期間の各日の売上のうち、通常の水準を上回った分の合計です。このキャンペーンのコードを使った注文は、すでに数えられているため先に除きます。
app-lift-how-range = この範囲には、100回のうち95回は本当の伸びが含まれます。日々の売上の変動が大きいほど広くなり、キャンペーンが長いほど、また履歴の週数が多いほど狭くなります。数千のショップを使ったシミュレーションでは、95%の割合で実際の効果が範囲内に収まりました。
app-lift-how-apart = これはキャンペーン期間中のショップ全体の追加売上の推定値です。コードによる売上とは別に表示し、合算することはありません。

## A long list drawn in parts (Campaigns, Partners, Communities)
app-rows-shown = { $total } 件中 { $shown } 件を表示
app-rows-show-more = さらに { $count } 件を表示
app-rows-show-all = すべて表示（{ $total } 件）
