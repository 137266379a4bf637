# キャンペーンのページ（ui/src/screens/CampaignPage.svelte と CampaignResults、CampaignPartnerForm、
# CampaignDeliverables）と、ダッシュボードの「流出したかもしれないコード」「期限が近い約束」
# （LeakSignals、LeakOrders、AgreementsDue）。

## Shared words
campaign-loading = 読み込み中…
campaign-counting = 集計中…
campaign-edit = 編集
campaign-delete = 削除
campaign-cancel = キャンセル
campaign-add = 追加
campaign-save = 保存
campaign-close = 閉じる
campaign-mark-done = 完了にする
campaign-open-campaign = キャンペーンを開く
campaign-badge-archived = アーカイブ済み
campaign-badge-member-archived = アーカイブ済み
campaign-col-who = パートナー・コミュニティ
campaign-col-what = 内容
campaign-col-due = 期限
campaign-col-day = 日付
campaign-col-code = コード
campaign-col-orders = 注文数
campaign-col-net-revenue = 純売上
campaign-col-gross-profit = 粗利
campaign-col-cost = 費用
campaign-col-commission = 成果報酬
campaign-col-new-customers = 新規顧客

## The campaign's page
campaign-back = ← キャンペーン
campaign-dates = { $range }（注文は{ $until }まで集計）
campaign-reinstate = 再開
campaign-reinstated = キャンペーンを再開しました
campaign-cancel-campaign = キャンペーンを中止
campaign-cancelled = キャンペーンを中止しました。コードは集計されなくなります
campaign-archive = アーカイブ
campaign-restore = アーカイブから戻す
campaign-notice-archived = アーカイブしました
campaign-notice-restored = アーカイブから戻しました
campaign-fixed-costs = これまでの固定費
campaign-fixed-costs-hint = （固定報酬 ＋ 提供商品の原価 ＋ その他の費用。成果報酬はパートナー経由の売上に応じて加算）
campaign-other-costs = その他の費用
campaign-your-hours = 作業時間
campaign-notes = メモ
campaign-partners-title = パートナーと条件
campaign-add-member = パートナーまたはコミュニティを追加
campaign-partners-empty-title = このキャンペーンにはまだ誰もいません
campaign-partners-empty-text = 参加するパートナーやコミュニティを、固定報酬・提供商品・成果報酬・クーポンコードと一緒に追加しましょう。
campaign-partners-table = このキャンペーンのパートナー
campaign-col-codes = コード
campaign-col-fee = 固定報酬
campaign-col-gifted = 提供商品
campaign-col-agreement-notes = 条件のメモ
campaign-badge-community = コミュニティ
campaign-no-code = コードなし（売上の伸びで計測）
campaign-first-orders = 初回注文向け
campaign-leaked-from = { $day }から流出扱い
campaign-unmark = 流出扱いを解除
campaign-unmark-label = { $code }の流出扱いを解除
campaign-unmark-title = 注文が再び{ $name }の分として集計されます
campaign-unmarked = { $code }の流出扱いを解除しました。注文は再び集計されます
campaign-edit-terms = 条件を編集
campaign-log-post = 投稿を記録
campaign-remove = 外す
campaign-mark-leaked-open = コードを流出扱いにする…
campaign-mark-leaked-open-title = 指定した日から、このコードの注文は誰の分にもなりません（{ $name }の分にも成果報酬にもなりません）
campaign-leak-form = { $name }のコードを流出扱いにする
campaign-leak-code = { $name }のコード
campaign-leak-from = 流出扱いにする日
campaign-leak-submit = 流出扱いにする
campaign-leak-hint = その日から、このコードの注文は誰の分にもなりません。{ $name }の分にも、成果報酬にもなりません。もう一度設定すると日付が変わり、「流出扱いを解除」で元に戻せます。
campaign-leak-choose-code = コードを選んでください
campaign-leak-choose-day = 注文を誰の分にもしない最初の日を選んでください
campaign-leak-marked = { $code }を{ $day }から流出扱いにしました。その日以降の注文は誰の分にもなりません
campaign-posts = 投稿
campaign-posts-empty = まだ投稿が記録されていません。各投稿をいいね・コメント・シェア・保存・リーチと一緒に記録すると、エンゲージメント率を比べられます。
campaign-col-posted = 投稿日時
campaign-col-platform = プラットフォーム
campaign-col-reach = リーチ
campaign-col-likes = いいね
campaign-col-comments = コメント
campaign-col-shares = シェア
campaign-col-saves = 保存数
campaign-col-clicks = クリック数
campaign-col-engagement = エンゲージメント率
campaign-post-deleted = 投稿を削除しました
campaign-engagement-hint = エンゲージメント率 ＝（いいね＋コメント＋シェア＋保存）÷ リーチ。リーチが不明なときは ÷ 投稿時のフォロワー数。クリックは含みません。
campaign-remove-what = このキャンペーンの{ $name }（コードと投稿も含む）
campaign-deleted = キャンペーン「{ $name }」を削除しました

## Results
campaign-results = 結果
campaign-file-results = { $campaign } 結果.csv
campaign-file-summary = { $campaign } サマリー.pdf
campaign-file-coupons = { $campaign } クーポン.pdf
campaign-summary-pdf = サマリーPDF
campaign-summary-pdf-title = キャンペーンのサマリーをPDFで保存：数値、グラフ、全パートナー、計算方法
campaign-coupon-sheet = クーポンシート
campaign-coupon-sheet-title = すべてのクーポンコードを大きな文字とQRコードで載せた、レジ用の印刷シートを保存
campaign-paper = 用紙
campaign-paper-label = PDFの用紙サイズ
campaign-paper-a4 = A4
campaign-paper-letter = USレター
campaign-window = 注文は{ $from }から{ $to }まで（終了後の集計期間を含む）、ショップのタイムゾーンで集計します。
campaign-kpi-revenue = パートナー経由の売上
campaign-kpi-roi = ROI
campaign-kpi-roi-counted = ROI（集計した売上）
campaign-kpi-roi-lift = コードなしのパートナーの売上の伸びを含めると：ROI { $range }
campaign-by-partner = パートナー別の結果
campaign-col-partner = パートナー
campaign-col-roi = ROI
campaign-col-roi-title = ROIにカーソルを合わせるとROAS（純売上 ÷ 費用）が表示されます。コードなしのパートナーのROIは売上の伸びから出した範囲です
campaign-col-cost-per-new = 新規顧客1人あたりの費用
campaign-col-back-60 = 60日以内のリピート
campaign-col-back-60-title = 初回注文から60日以上たった新規顧客のうち
campaign-typed-in = 手入力 { $count }件
campaign-said = お客様の回答 { $count }件
campaign-said-title = コードなしの注文のうち、どこでショップを知ったか尋ねたときにお客様が{ $name }と答えたもの。成果報酬はかかりません
campaign-shared-with = 、このキャンペーンのほかのコードなしのパートナー（{ $others }件）と均等に分割
campaign-partner-share = （このパートナーの分：{ $share }）
campaign-posts-engagement = 投稿{ $count }件 · エンゲージメント率 { $engagement }
campaign-posts-engagement-cost = 投稿{ $count }件 · エンゲージメント率 { $engagement } · 1エンゲージメントあたり{ $cost }
campaign-in-store = ＋店頭
campaign-in-store-title = レジの記録から、店頭でのコード利用を追加
campaign-report = レポート
campaign-report-title = { $name }の結果だけをPDFで保存し、本人に送れます（ほかのパートナーの数値は含みません）
campaign-walk-in = コードなしのパートナー：注文ではなく、キャンペーンの売上の伸びで計測
campaign-roi-no-lift = キャンペーンの売上の伸びを出すには、まだ売上データが足りません
campaign-roi-lift-title = （売上の伸びのうちこのパートナーの分の粗利 − 費用）÷ 費用、95%の範囲
campaign-sales-lift = 売上の伸び
campaign-roas = ROAS { $roas }
campaign-total = キャンペーン合計
campaign-with-lift = 伸びを含めると：{ $range }
campaign-with-lift-title = コードなしのパートナーの売上の伸びを含む
campaign-came-back = { $customers }人中{ $returned }人（{ $rate }）
campaign-said-share = { $said }。どこでショップを知ったか尋ねたときの回答によるもので、コードによるものではないため、成果報酬はかかりません。
campaign-chart-revenue = パートナー別の売上
campaign-chart-top = （上位20件。表にはすべて載っています）
campaign-chart-revenue-alt = パートナー別の純売上（パートナー経由分。上の表と同じ内容）
campaign-chart-paid = 元は取れましたか？
campaign-chart-paid-alt = パートナー経由の粗利を日ごとに積み上げ、キャンペーンの費用（{ $cost }）と比べたグラフ。{ $profit }に達しました
campaign-chart-roi = パートナー別のROI
campaign-chart-roi-alt = パートナー別のROI（上の表と同じ内容）
campaign-came-back-label = リピート
campaign-came-back-title = リピートはありましたか？
campaign-repeat-table = リピート購入
campaign-within-days = { $days }日以内
campaign-repeat-this = このキャンペーンで来たお客様
campaign-repeat-others = 同じ期間のショップのほかの新規顧客
campaign-not-yet = 集計前
campaign-repeat-alt = 30日・60日・90日以内にリピートした新規顧客の割合（表と同じ内容）
campaign-repeat-hint = 初回注文から、リピートするのに十分な日数がたったお客様だけで数えています。
campaign-compare = このキャンペーン期間とそれ以前の比較
campaign-compare-table = キャンペーン期間とそれ以前のショップの純売上
campaign-compare-col-sales = ショップの純売上
campaign-compare-col-days = 期間
campaign-compare-col-net = 純売上
campaign-compare-col-change = キャンペーン期間との比較
campaign-compare-current = キャンペーン期間
campaign-compare-current-so-far = キャンペーン期間（現在まで）
campaign-compare-before = 直前の{ $count }日間
campaign-compare-year = 1年前の同じ期間
campaign-compare-hint = その期間のショップの全売上（取り込んだ分と手入力分）で、キャンペーンの注文だけではありません。季節や祝日、ほかのキャンペーンでも変わります。売上の伸びの推定では、ふだんの日とより丁寧に比べています。
campaign-compare-not-yet = キャンペーン期間はまだ来ていません。期間が来ると、その売上が直前の期間と並べてここに表示されます。
campaign-cost-includes = キャンペーンの費用には、その他の費用（{ $other }）と作業時間（{ $time }）が含まれます。
campaign-redeem-form = 店頭での利用
campaign-redeem-title-said = { $name }の紹介と答えたお客様
campaign-redeem-title-uses = { $name }のコードの店頭利用
campaign-redeem-hint = エクスポートできないレジ向けです。レジのクーポン記録から、ある日の利用回数と金額を入力します。または、尋ねたときにこのパートナーの紹介だと答えたお客様の数（コード利用なし）を入力します。こちらは「お客様の回答」として数え、成果報酬はかかりません。
campaign-redeem-said = コード利用ではなく、お客様の回答の集計
campaign-redeem-customers = お客様の数
campaign-redeem-uses = 利用回数
campaign-redeem-amount = 割引後の売上
campaign-redeemed = 店頭での利用を追加しました
campaign-conflicts = 別々のパートナーのコードを2つ使った注文
campaign-conflict = 注文{ $order }では{ $codes }が使われました。1回だけ、{ $partner }の分として集計しています（最初のコード）。{ $others }の分にはなりません。
campaign-how = この数値の出し方
campaign-how-code = キャンペーンの初日から最終日までと終了後の集計期間に、パートナーのコードが使われた注文は、そのパートナーの分になります。1つの注文が数えられるのは1件のパートナーの分だけです（最初に使われたコード）。
campaign-how-said = 集計対象のコードがない注文で、どこでショップを知ったか尋ねたときにお客様がキャンペーンのパートナーの名前を挙げたもの（「売上の取り込み」で回答を読み取ったもの）は、「お客様の回答」としてそのパートナーの分になります。コードの後で数え、二重には数えず、成果報酬はかかりません。
campaign-how-revenue = 純売上 ＝ 総売上 − 割引 − 返金（税金と送料は売上に含みません）。手入力した店頭での利用は、その回数と金額を加えます。
campaign-how-profit = 粗利 ＝ 純売上 × 粗利率（{ $margin }）。売上に商品原価があるときは、純売上 − 商品原価。
campaign-how-cost = 費用 ＝ 固定報酬 ＋ 提供商品の原価 ＋ 成果報酬率 × 純売上。キャンペーン全体では、その他の費用と作業時間 × 時給も加えます。
campaign-how-roi = ROI ＝（粗利 − 費用）÷ 費用。ROAS ＝ 純売上 ÷ 費用。新規顧客とは、パートナー経由の注文が生まれて初めての注文であるお客様のことです。
campaign-how-walk-in = コードを持たないパートナー（コードなしのパートナー）は、キャンペーンの売上の伸び（下記）で計測します。範囲つきの推定値で、キャンペーンのコードなしのパートナーで均等に分け、コードの数値には加えません。ROIは範囲で示します：（集計した粗利 ＋ 伸びの粗利 − 費用）÷ 費用を、伸びの下限と上限で計算します。誰にも数えられない売上のせいで −100% の損失になることはありません。
campaign-how-walk-in-cost = キャンペーンのROIはコードと手入力の売上だけで計算します。費用にはコードなしのパートナーの分（{ $cost }）も含みます。

## Terms of a partner in a campaign (the form)
campaign-terms-of = { $name }の条件
campaign-terms-add = パートナーまたはコミュニティを追加
campaign-terms-choose = 選択…
campaign-terms-partners = パートナー
campaign-terms-communities = コミュニティ
campaign-terms-codes = クーポンコード
campaign-terms-codes-hint = カンマ区切り。各コードは同時に1つのキャンペーンでしか使えません
campaign-terms-codes-placeholder = MAYA15
campaign-terms-fee = 固定報酬
campaign-terms-gifted = 提供商品（原価）
campaign-terms-commission = 成果報酬（パートナー経由の純売上の%）
campaign-terms-link = 計測用リンク
campaign-terms-new-only = このコードは初回注文のお客様向けです
campaign-terms-new-only-hint = 主に既存顧客が使っている場合は、LocalLiftがお知らせします。
campaign-terms-notes-hint = 期限のある約束は、キャンペーンのページの「約束した内容」に1件ずつ登録します
campaign-terms-notes-placeholder = フィード投稿2件、ストーリーズ3件
campaign-terms-save = 条件を保存
campaign-terms-saved = 条件を保存しました
campaign-terms-added = キャンペーンに追加しました
campaign-terms-type-percent = 割合（%）を入力してください
campaign-terms-choose-member = パートナーかコミュニティを選んでください
campaign-terms-type-amount = 金額を入力してください

## Deliverables
campaign-deliverables = 約束した内容
campaign-deliverables-intro = 各パートナーが、何をいつまでに届けると約束したか。記録した投稿は、期限がいちばん近い未完了の投稿・ストーリーズ・リール・動画に自動で充てられます。それ以外はご自身で完了にしてください。1週間以内が期限のものは「ダッシュボード」に表示され、期限の翌日までに完了しないと、パートナーの記録で「未達成」になります。
campaign-deliverables-no-partners = まずキャンペーンにパートナーかコミュニティを追加し、それから各自が約束した内容を登録してください。
campaign-deliverable-add = ＋約束を追加
campaign-deliverables-empty = まだ約束はありません。{ $name }が約束した内容（投稿、ストーリーズ、イベント…）と期限を追加しましょう。
campaign-deliverables-of = { $name }が約束した内容
campaign-col-status = ステータス
campaign-col-post = 投稿
campaign-deliverable-post = この約束を果たした投稿
campaign-deliverable-link-post = 投稿を紐づける…
campaign-deliverable-another-post = ほかの投稿…
campaign-deliverable-their-post = パートナーの投稿
campaign-deliverable-linked = 投稿を紐づけました。この約束は完了です
campaign-deliverable-reopen = 未完了に戻す
campaign-deliverable-reopen-title = 未完了に戻します
campaign-deliverable-reopen-unlink-title = 未完了に戻します（投稿との紐づけを外します）
campaign-deliverable-reopened = 約束を未完了に戻しました
campaign-deliverable-mark-done-title = 今日の日付で完了にします（別の日にするには「編集」）
campaign-deliverable-done-today = 今日の日付で完了にしました
campaign-deliverable-edit = 約束を編集
campaign-deliverable-new = { $name }の新しい約束
campaign-deliverable-kind = 種類
campaign-deliverable-description = 説明
campaign-deliverable-description-placeholder = 春のマルシェでのリール
campaign-deliverable-due = 期限
campaign-deliverable-done-on = 完了日（空欄：未完了）
campaign-deliverable-choose-due = 期限の日を選んでください
campaign-deliverable-saved = 約束を保存しました
campaign-deliverable-added = 約束を追加しました
campaign-deliverable-deleted = { $name }の約束を削除しました
# What the delete dialog names ("Delete the reel “At the spring market” of Maya?"); $kind is the kind's key.
campaign-deliverable-delete-what = { $kind ->
    [post] { $member }の投稿
    [story] { $member }のストーリーズ
    [reel] { $member }のリール
    [video] { $member }の動画
    [event] { $member }のイベント
    [market_table] { $member }のマルシェ出店
   *[other] { $member }の約束
    }
campaign-deliverable-delete-what-described = { $kind ->
    [post] { $member }の投稿「{ $description }」
    [story] { $member }のストーリーズ「{ $description }」
    [reel] { $member }のリール「{ $description }」
    [video] { $member }の動画「{ $description }」
    [event] { $member }のイベント「{ $description }」
    [market_table] { $member }のマルシェ出店「{ $description }」
   *[other] { $member }の約束「{ $description }」
    }

## Codes that may have leaked (Dashboard)
campaign-leaks = 流出したかもしれないコード
campaign-leaks-intro = すべての売上（上の期間だけではありません）から読み取った兆候です：キャンペーン終了後かなりたってから使われたコード、急な注文の集中、初回注文向けなのに主に以前注文したことのあるお客様が使ったコード。兆候だけでは何も変わりません。コードをある日から流出扱いにすると、それ以降の注文は誰の分にもならず、パートナーの分にも成果報酬にもなりません。
campaign-leaks-empty = 売上に流出したコードの兆候はありません。LocalLiftは取り込みのたびに確認し直します。
campaign-col-sign = 兆候
campaign-col-days = 期間
campaign-leak-expected = 予想：{ $count }
campaign-leak-expected-less-one = 予想：1未満
campaign-leak-expected-title = このコードのふだんの傾向から予想した、この期間の件数
campaign-leak-show-orders = 注文を見る
campaign-leak-mark = { $day }から流出扱いにする
campaign-leak-mark-title = { $day }以降の注文は誰の分にもなりません（{ $name }の分にも成果報酬にもなりません）
campaign-leak-marked-dashboard = { $code }を{ $day }から流出扱いにしました。それ以降の注文は誰の分にもなりません（キャンペーンのページの「流出扱いを解除」で元に戻せます）

## The orders behind a leak signal
campaign-leak-orders-title = { $code }を使った注文（{ $range }）
campaign-leak-orders-about = { $signal }。この期間にこのコードを使ったすべての注文（兆候の分もそれ以外も）。
campaign-leak-orders-empty = この期間にこのコードを使った注文はもうありません（取り込みが取り消された可能性があります）。
campaign-leak-orders-table = { $code }を使った注文
campaign-col-order = 注文
campaign-col-source = 取り込み元
campaign-col-new-customer = 新規顧客
campaign-leak-orders-no-customer = エクスポートファイルにこの注文のお客様が記載されていません

## Agreements due (Dashboard)
campaign-agreements = 期限が近い約束
campaign-agreements-intro = パートナーが約束した内容のうち、1週間以内が期限のものと期限切れのもの。すべてのキャンペーンが対象です（上の期間だけではありません）。記録した投稿は、期限がいちばん近い未完了の投稿・ストーリーズ・リール・動画に充てられます。
campaign-agreements-empty = 今週が期限の約束はありません。パートナーが約束した内容（と期限）は、キャンペーンのページの「約束した内容」で追加できます。
campaign-agreements-mark-done-title = 今日の日付で完了にします
campaign-agreements-done = { $name }の{ $kind }を今日の日付で完了にしました
