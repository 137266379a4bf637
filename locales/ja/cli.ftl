# The command line: its errors and what it prints.

cli-error = エラー：{ $message }
cli-not-a-campaign = { $file }：キャンペーンの記述ではありません：{ $detail }
cli-quote-never-closes = 引用符が閉じられていないため、それ以降の行を読み込めず、何も取り込んでいません。引用符を閉じて（上の行を参照）、もう一度取り込んでください
cli-sales-problems = 問題が{ $count }件あるため、何も取り込んでいません。ファイルを修正するか、--skip-invalid を付けて問題のない注文だけを取り込んでください
cli-partners-no-name-column = 各行が誰なのかを示す列（名前、ユーザー名、プロフィールのリンク）がありません。列は{ $columns }です。--mapping で列の割り当てを指定してください
cli-rows-problems = 問題が{ $count }件あるため、何も取り込んでいません。ファイルを修正するか、--skip-invalid を付けて問題のない行だけを取り込んでください
cli-not-a-mapping = 列の割り当てではありません：{ $detail }
cli-communities-no-name-column = コミュニティの名前が入った列がありません。--mapping で列の割り当てを指定してください
cli-community-rows-problems = 問題のある行があるため、何も取り込んでいません。ファイルを修正するか、--skip-invalid を付けてください
cli-export-needs-out = 書き出し先を指定してください：--out FILE.csv
cli-deliverable-kind = 「{ $kind }」は次のどれでもありません：{ $known }
cli-not-a-partner-of = 「{ $partner }」は「{ $campaign }」のパートナーではありません
cli-not-an-amount = 「{ $text }」は金額ではありません：{ $detail }

## コマンドラインが表示する内容（--help の説明と clap の使い方のエラーは英語のまま：clap が書くため）

cli-rows = { $count }行
cli-orders = 注文{ $count }件
cli-problems = 問題{ $count }件
cli-refund-rows-applied = 返金行{ $count }件を反映
cli-partners = パートナー{ $count }件
cli-communities = コミュニティ{ $count }件
cli-campaigns = キャンペーン{ $count }件
cli-posts = 投稿{ $count }件

## import
cli-import-counts = { $file }：{ $format }（{ $encoding }、区切り文字 { $delimiter }）：{ $rows }、{ $orders }（新規 { $new } · 更新 { $updated } · 変更なし { $unchanged } · キャンセル { $cancelled } · 未払い { $unpaid }）、{ $refunds }、{ $problems }
cli-delimiter-tab = タブ
cli-more-problems = { $file }：…ほかに問題{ $count }件
cli-currency-set = ショップの通貨がまだ設定されていなかったため、このファイルの{ $currency }に設定しました。
cli-currency-set-on-import = ショップの通貨はまだ設定されていません。このファイルを取り込むと、このファイルの{ $currency }に設定されます。
cli-hint-date-order = （日付を逆の順で読むには：--date-order dmy または --date-order mdy）
cli-hint-prices-include-tax = （価格が税込みの場合：--prices-include-tax true）
cli-imported-batch = 取り込み番号{ $batch }として取り込みました（取り消すには：locallift undo { $batch }）。
cli-dry-run = 確認のみ：何も保存していません。
cli-nothing-new-orders = 新しい内容はありません：このファイルの注文はすべてショップにあります。
cli-problem-column = 列「{ $column }」：
cli-problem-value = 「{ $value }」：

## パートナー・コミュニティ・投稿の取り込み
cli-counts-partners = { $file }：{ $format }、{ $rows }（新規 { $new } · 更新 { $updated } · 変更なし { $unchanged }）、{ $problems }
cli-counts-communities = { $file }：{ $format }、{ $rows }（新規 { $new } · 更新 { $updated } · 変更なし { $unchanged }）、{ $problems }
cli-counts-posts = { $file }：{ $format }、{ $rows }（新規 { $new } · 更新 { $updated } · 変更なし { $unchanged }）、{ $problems }
cli-imported-partners = パートナーの取り込み{ $id }として取り込みました（取り消すには：locallift partners undo { $id }）。
cli-imported-sheet = 取り込み{ $id }として取り込みました（取り消すには：locallift partners undo { $id }）。
cli-nothing-new-partners = 新しい内容はありません：このファイルのパートナーはすべてファイルのとおりに登録済みです。
cli-nothing-new-communities = 新しい内容はありません：このファイルのコミュニティはすべてファイルのとおりに登録済みです。
cli-nothing-new-posts = 新しい内容はありません：このファイルの投稿はすべてファイルのとおりに登録済みです。

## 取り消し・バックアップ・復元・デモ
cli-undone-import = { $file }の取り込み（番号{ $batch }）を取り消しました。
cli-undone-partner-import = { $file }のパートナーの取り込み（{ $id }）を取り消しました。
cli-backup-written = バックアップを保存しました：{ $path }
cli-backup-copy-written = ショップファイルのコピーを保存しました：{ $path }
cli-restored = { $file }から復元しました。復元前の状態は{ $backup }に保存しています。
cli-demo-written = デモショップを保存しました：{ $path }（{ $partners }、{ $communities }、{ $campaigns }、{ $posts }、{ $orders }、うちパートナーのコードを使った注文{ $coded }件）

## summary
cli-summary = { $orders }、純売上 { $net }
cli-summary-code = { $code }：{ $orders }、{ $net }

## results
cli-results-heading = { $campaign }（{ $start }〜{ $end }、注文の集計 { $from }〜{ $to }）
cli-results-walk-in = { $partner }：コードなしのパートナー（売上の伸びで計測）：{ $lift }、費用 { $cost }、ROI { $range }
cli-results-no-estimate = まだ推定がありません
cli-results-partner = { $partner }：{ $orders }、純売上 { $net }、粗利 { $profit }、費用 { $cost }、ROI { $roi }、新規顧客 { $new }人
cli-results-orders-said = { $orders }（うちお客様の回答 { $said }件、{ $net }）
cli-results-total = 合計：{ $orders }、純売上 { $net }、粗利 { $profit }、費用 { $cost }、ROI { $roi }
cli-results-roi-with-lift = { $roi }（集計した売上。コードなしのパートナーの売上の伸びを含めると ROI { $range }）
cli-results-conflict = 重複：注文{ $order }は{ $codes }を使用。{ $partner }の注文として集計（{ $others }にも該当）

## 書き出し・レポート・支払明細書
cli-export-written = { $path }に書き出しました（{ $rows }）
cli-file-written = { $path }を保存しました
cli-statement-csv-written = { $path }を保存しました（{ $rows }）
cli-missing-glyphs = 注意：このコンピューターのフォントには{ $characters }がありません。PDFでは四角で表示されます

## 約束
cli-deliverable-line = #{ $id } 期限 { $due } { $status } { $partner } · { $campaign } · { $kind }
cli-deliverable-described = { $line }：{ $description }
cli-deliverable-status = { $status ->
    [planned] 予定
    [due] 今週が期限
    [done] 完了
   *[missed] 未達成
    }
cli-deliverable-deleted = 約束{ $id }を削除しました

## 支払い・流出したコード
cli-payment-recorded = 支払い{ $id }（{ $partner }へ{ $amount }、{ $day }）を記録しました。残高は{ $balance }です
cli-payment-deleted = 支払い{ $id }を削除しました
cli-leak-marked = { $code }を{ $day }から流出扱いにしました：この日以降の注文はパートナーの注文として数えません
cli-leak-unmarked = { $code }の流出扱いを解除しました

## info
cli-info-file = ファイル：{ $path }
cli-info-schema = スキーマのバージョン：{ $version }
cli-info-shop = ショップ：{ $name }（{ $currency }）
cli-info-no-currency = 通貨は未設定
cli-info-partners = パートナー：{ $count }
cli-info-campaigns = キャンペーン：{ $count }

## lift-study
cli-lift-study = ショップ{ $shops }件（シード { $seed }）：95%区間の被覆率 { $coverage }%、偏り { $bias }%（通常の期間売上に対して）、伸びがない場合に伸びありと判定（区間が0より上）{ $claimed }%、区間が0を含まない（どちらか一方の側）{ $excludes }%
cli-lift-study-scenario = 伸び { $uplift }%：{ $runs }回、被覆率 { $coverage }%、偏り { $bias }%、検出（区間が0より上）{ $detected }%、データ不足 { $short }
