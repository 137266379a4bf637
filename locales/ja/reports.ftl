# PDF（キャンペーンのサマリー、パートナーレポート、支払明細書、クーポンシート）とグラフの言葉。
# 引数の意味は locales/en/reports.ftl を参照してください。用語は locales/ja/GLOSSARY.md に従います。

## 各ページの下部
report-page = { $page } / { $pages } ページ

## 売上の伸び（95%）と ROI の範囲
report-lift-more = 通常より{ $low }〜{ $high }多い（95%の範囲）
report-lift-less = 通常より{ $low }〜{ $high }少ない（95%の範囲）
report-lift-mixed = 通常より{ $less }少ない〜{ $more }多い（95%の範囲）：上乗せはないかもしれません
report-roi-range = { $low }〜{ $high }

## 売上の伸びからわかること
report-lift-no-estimate = 売上の伸びの推定はありません：{ $note }
report-lift-sentence = { $range }。
report-lift-overlap = ほかのキャンペーン（{ $campaigns }）と期間が重なっています：これはそれらを合わせた効果で、1回だけ数えています。

## パートナーの注文の数え方
report-method-code = クーポンコード
report-method-manual = 店頭（手入力）
report-method-code-and-manual = コード＋店頭
report-method-survey = お客様の回答
report-method-lift = 売上の伸び
report-method-none = まだなし
report-method-and-survey = { $method }＋お客様の回答

## キャンペーンのサマリー（オーナー向け）
report-summary-kicker = { $shop } · キャンペーンのサマリー
report-summary-dates = { $start }〜{ $end }（注文は{ $until }まで集計） · パートナー{ $count }件
report-goal = 目標：{ $goal }
report-card-net-revenue = パートナー経由の純売上
report-card-gross-profit = 粗利
report-card-cost = 費用
report-card-roi = ROI
report-card-roi-counted = ROI（集計した売上）
report-card-orders = パートナー経由の注文
report-card-new-customers = 新規顧客
report-card-cost-per-new-customer = 新規顧客1人あたりの費用
report-card-roas = ROAS
report-heading-partners = パートナー
report-col-partner = パートナー
report-col-method = 計測方法
report-col-orders = 注文数
report-col-net-revenue = 純売上
report-col-gross-profit = 粗利
report-col-cost = 費用
report-col-roi = ROI
report-col-new = 新規
report-col-commission = 成果報酬
report-row-total = 合計
report-row-lift = { $low }〜{ $high }（売上の伸び）
report-row-no-estimate = まだ推定なし
report-row-roi-with-lift = { $roi }（売上の伸びを含めると{ $range }）
report-survey-orders =
    集計した注文{ $orders }件のうち{ $said }件（{ $share }）は、コードではなく、どこでショップを知ったか尋ねたときの
    お客様の回答によるものです。これらには成果報酬はかかりません。
report-walk-ins =
    コードなしのパートナー{ $count }件は、キャンペーンの売上の伸びで計測しています。95%の範囲つきの推定で、集計した合計
    には加えません。ROIは売上の伸びから出した範囲です。{ $count ->
        [1] {""}
       *[other] キャンペーンの売上の伸びは、これらのパートナーで均等に分けています。
    }
report-extra-costs = 費用の合計には、その他の費用（{ $other }）と作業時間（{ $time }）が含まれます。
report-heading-revenue = パートナー別の売上
report-top-partners = 売上の多い上位{ $shown }件のパートナーです。ほかの{ $more }件は上の表にあります。
report-heading-paid-back = 元は取れましたか？
report-heading-roi = パートナー別のROI
report-heading-lift = 売上の伸び
report-heading-came-back = リピートはありましたか？
report-heading-conflicts = 別々のパートナーのコードを2つ使った注文
report-conflicts = { $count }件。それぞれ、先に有効になったコードの分として1回だけ数えています：
report-conflict = 注文{ $order }（{ $source }）：{ $codes } → { $partner }、ほかに{ $also }
report-heading-how = 数字の出し方
report-how =
    キャンペーンの初日から最終日までと終了後の集計期間（日付はショップのタイムゾーン）に、パートナーのクーポンコードを
    使った注文を、そのパートナーの分として数えます。別々のパートナーのコードを2つ使った注文は、先に有効になったコードの
    分として1回だけ数えます。レジの記録から手入力した店頭での利用も、その旨を示して数えます。純売上は割引と返金を差し引いた
    金額です。粗利は、注文のすべての明細に原価があればその原価を、なければショップの粗利率を使います。
    費用 ＝ 固定報酬 ＋ 提供商品の原価 ＋ パートナー経由の純売上に対する成果報酬で、キャンペーン全体ではその他の費用と
    作業時間 × 時給も加えます。ROI ＝（粗利 − 費用）÷ 費用、ROAS ＝ 純売上 ÷ 費用。支払済みで純売上が0より大きい注文だけを
    数えます。全額返金された注文や無料の注文は注文として数えず、新規顧客にもなりません。新規顧客とは、パートナー経由の注文が
    生まれて初めての注文であるお客様のことです。コードなしのパートナーは売上の伸びで計測します。期間中の毎日の売上を、
    それ以前の数週間における同じ曜日の通常の水準と傾向（ほかのキャンペーンや特別な日は除く）と比べ、95%の範囲で示します
    （キャンペーンのコードなしのパートナーで均等に分けます）。集計した合計には加えません。そのROIは売上の伸びの下限と
    上限から出した範囲で、注文がないからといって損失にはなりません。
report-heading-notes = メモ
report-summary-footer = { $shop } · { $campaign } · LocalLiftで作成
report-summary-title = { $campaign } — キャンペーンのサマリー

## 元が取れたかどうか
report-verdict-free = 費用はかかっていません。もたらしたものはすべて利益です。
report-verdict-lift-only = 売上の伸びでしか判断できません：ROI { $range }（推定、95%の範囲）。
report-verdict-not-measurable = まだ計測できません：このキャンペーンのパートナーはコードなしで来店客を呼び込むため、売上の伸びで計測しますが、まだ推定がありません。
report-verdict-yes-on = はい：{ $day }に粗利{ $profit }が費用{ $cost }を上回りました（ROI { $roi }）。
report-verdict-yes = はい：粗利{ $profit }が費用{ $cost }を上回りました（ROI { $roi }）。
report-verdict-not-yet = まだです：これまでの粗利は{ $profit }、費用は{ $cost }です。注文は{ $until }まで集計します。
report-verdict-no = いいえ：粗利{ $profit }で、費用{ $cost }の{ $share }をまかないました（ROI { $roi }）。
report-verdict-with-lift = コードなしのパートナーの売上の伸びを含めると、ROI { $range }。

## パートナーレポート（パートナーに送るもの。「あなた」は使わず「ご自身の」とします）
report-partner-kicker = { $shop } · パートナーレポート
report-partner-dates = { $campaign }：{ $start }〜{ $end }（注文は{ $until }まで集計）
report-thanks =
    { $campaign }にご参加いただき、ありがとうございました。フォロワーの皆さんの反応を、ショップのすべてのパートナーと
    同じ方法で数えてお知らせします。
report-card-measured-by = 計測方法
report-card-lift-no-code = 売上の伸び（コードなし）
report-card-your-codes = クーポンコード
report-card-your-orders = 注文
report-card-sales-net = 売上（純額）
report-card-in-store = うち店頭
report-card-customer-said = うちお客様の回答
report-card-came-back = { $days }日以内のリピート
report-card-posts = 投稿
report-card-engagement = エンゲージメント率（中央値）
report-heading-earn = お支払いする金額
report-earn-fee = 固定報酬：{ $amount }
report-earn-gifted = 提供商品：{ $amount }（ショップの原価）
report-earn-commission = 成果報酬：{ $sales }の{ $percent } ＝ { $owed }
report-earn-nothing = このキャンペーンでは、固定報酬も成果報酬も取り決めていません。
report-leaked =
    クーポンコード「{ $code }」が、ご自身で投稿していない場所で共有されていました。{ $day }以降にこのコードを使った注文は、
    ご自身の分としては数えません。
report-heading-paid-and-owed = 支払済みと未払い
report-so-far = このキャンペーンのこれまでの分：固定報酬 { $fee }、支払期日を迎えた成果報酬 { $commission }。
report-so-far-taken-back = このキャンペーンのこれまでの分：固定報酬 { $fee }、支払期日を迎えた成果報酬 { $commission }、返金による減額 { $taken }。
report-held =
    まだ支払期日前の成果報酬：注文{ $orders }件分で{ $amount }。最初の支払期日は{ $day }です（各注文の{ $days }日後。
    この期間に返金された注文の成果報酬はお支払いの対象になりません）。
report-balance-owed = これまでのお支払い総額：{ $paid }。現在の未払い額（全キャンペーン）：{ $balance }。
report-balance-ahead = これまでのお支払い総額：{ $paid }。{ $ahead }を前払いしています。次回以降の報酬から差し引きます。
report-heading-agreed = 約束した内容
report-deliverable-kind = { $kind ->
    [post] 投稿
    [story] ストーリーズ
    [reel] リール
    [video] 動画
    [event] イベント
    [market_table] マルシェ出店
   *[other] その他
    }
report-deliverable-on-time = { $what } — 期限 { $due } — { $day }に完了（期限内）
report-deliverable-done = { $what } — 期限 { $due } — { $day }に完了
report-deliverable-missed = { $what } — 期限 { $due } — 未達成
report-deliverable-to-come = { $what } — 期限 { $due } — 未完了
report-partner-lift = 今回はクーポンコードがありませんでした。ショップはこのキャンペーンを売上の伸びで計測しています。
report-partner-lift-share = キャンペーンのほかのコードなしのパートナー{ $others }件と均等に分けた、ご自身の分：{ $range }。
report-heading-how-counted = 数え方
report-partner-how =
    キャンペーンの初日から注文の集計最終日まで（日付はショップのタイムゾーン）にご自身のコードを使った注文を、ご自身の分
    として数えます。返金と割引は差し引きます。別々のパートナーのコードを2つ使った注文は、最初のコードの分として1回だけ
    数えます。新規顧客とは、ご自身のコードで生まれて初めての注文をしたお客様のことです。
report-partner-title = { $campaign } — パートナーレポート（{ $partner }）

## 支払明細書
report-period = { $from }〜{ $to }
report-period-from = { $from }から
report-period-until = { $to }まで
report-period-all = 全期間（{ $today }まで）
report-statement-kicker = { $shop } · 支払明細書
report-statement-period = { $period } · 成果報酬の支払期日は各注文の{ $days }日後
report-paid-ahead = { $amount }（前払い）
report-card-opening = 期首残高
report-card-fees = 固定報酬
report-card-commission-due = 支払期日を迎えた成果報酬
report-card-taken-back = 減額
report-card-paid = 支払済み
report-card-closing = 期末残高
report-card-held = 保留中の成果報酬
report-heading-lines = 明細
report-col-day = 日付
report-col-what = 内容
report-col-on-net = 対象の純売上
report-col-amount = 金額
report-col-balance = 残高
report-entry-fee = 固定報酬 · { $campaign }
report-entry-commission = 成果報酬 · { $campaign } · 注文{ $order }
report-entry-commission-in-store = 成果報酬 · { $campaign } · 店頭（手入力）
report-entry-taken-back = 減額（返金） · { $campaign } · 注文{ $order }
report-entry-restored = 再計上 · { $campaign } · 注文{ $order }
report-entry-payment = 支払い
report-entry-payment-how = 支払い · { $how }
report-statement-empty = この期間に支払期日を迎えたものも、支払ったものもありません。
report-heading-not-due = まだ支払期日前
report-held-line = { $campaign }：売上{ $sales }に対して{ $commission }（注文{ $orders }件）、最初の支払期日は{ $day }
report-heading-by-year = 年ごと
report-col-year = 年
report-col-fees = 固定報酬
report-col-taken-back = 減額
report-col-paid = 支払済み
report-statement-rules =
    固定報酬はキャンペーンの初日から支払対象になります。注文の成果報酬は保留期間が過ぎた時点で、その時点の純売上（割引と
    返金を差し引いた額）に対して支払期日を迎えます。後からわかった返金は、その分の成果報酬を減額します。金額はキャンペーン
    ごとに、累計額で1回だけ端数処理します。
report-statement-footer = { $shop } · { $partner } · 支払明細書
report-statement-title = { $partner } — 支払明細書

## クーポンシート（クーポンコード1つにつき1枚）
report-coupon-valid = 有効期間 { $from }〜{ $to }
report-coupon-with = { $partner }とのコラボ
report-coupon-show = お会計の際にこのコードをご提示ください
report-coupons-footer = { $shop } · { $campaign } · クーポン
report-coupons-title = { $campaign } — クーポン

## グラフ
chart-roi-no-campaign = 費用のあるキャンペーンはまだありません。ROIには費用が必要です。
chart-roi-no-partner = 費用のあるパートナーはまだありません。ROIには費用が必要です。
chart-roi-range = 売上の伸びを含めた範囲（95%）：推定
chart-leaderboard-empty = パートナー経由の売上はまだありません。
chart-leaderboard-axis = パートナー経由の純売上
chart-tiers-empty = パートナー経由の新規顧客はまだいません。
chart-tiers-axis = 新規顧客1人あたりの費用
chart-tier-community = コミュニティ（1千人未満）
chart-tier-nano = ナノ（1千〜1万人）
chart-tier-micro = マイクロ（1万〜10万人）
chart-tier-macro = マクロ（10万〜100万人）
chart-tier-mega = メガ（100万人以上）
chart-tier-unknown = フォロワー数が未登録
chart-sales-empty = この期間の売上はありません。
chart-break-even-cost = 費用 { $amount }
chart-break-even-profit = これまでの粗利
chart-break-even-paid = { $day }に元が取れました
chart-lift-empty = 通常の範囲を表示できません：売上の履歴が足りません。
chart-lift-range = 通常の範囲（95%）
chart-lift-level = 通常の水準
chart-lift-day = その日の売上
chart-repeat-empty = まだ計測できません：最後に取り込んだ売上の30日以上前に初回注文をした新規顧客がいません。
chart-repeat-days = { $days }日
chart-repeat-partners = パートナー経由
chart-repeat-others = ショップのほかの新規顧客

# CSVの書き出しの見出し行（パートナー、キャンペーン、キャンペーンの結果、パートナーの支払明細書）。
export-partners-name = 名前
export-partners-email = メール
export-partners-phone = 電話番号
export-partners-neighborhood = 地区
export-partners-city = 市区町村
export-partners-stage = 段階
export-partners-tier = 規模
export-partners-largest-audience = 最大のフォロワー数
export-partners-main-handle = メインアカウントのユーザー名
export-partners-engagement = エンゲージメント率（%）
export-partners-values-1-5 = 価値観の一致（1〜5）
export-partners-authenticity-1-5 = コンテンツの信頼性（1〜5）
export-partners-local-audience = 地元のフォロワーの割合（%）
export-partners-niches = ジャンル
export-partners-campaigns = キャンペーン
export-partners-archived = アーカイブ済み
export-campaigns-name = 名前
export-campaigns-goal = 目標
export-campaigns-start = 開始日
export-campaigns-end = 終了日
export-campaigns-attribution-window-days = 終了後の集計期間（日）
export-campaigns-orders-count-until = 注文の集計最終日
export-campaigns-status = ステータス
export-campaigns-partners = パートナー
export-campaigns-codes = コード
export-campaigns-other-costs = その他の費用
export-campaigns-owner-hours = 作業時間
export-results-campaign = キャンペーン
export-results-partner = パートナー
export-results-method = 計測方法
export-results-codes = コード
export-results-orders = 注文数
export-results-net-revenue = 純売上
export-results-of-which-typed-in-orders = うち手入力（注文数）
export-results-gross-profit = 粗利
export-results-cost = 費用
export-results-commission-owed = 成果報酬
export-results-roi = ROI（%）
export-results-roas = ROAS
export-results-new-customers = 新規顧客
export-results-cost-per-new-customer = 新規顧客1人あたりの費用
export-results-lift-status = 売上の伸びのステータス
export-results-lift-estimate = 売上の伸びの推定
export-results-lift-low-95 = 売上の伸びの下限（95%）
export-results-lift-high-95 = 売上の伸びの上限（95%）
export-results-of-which-customer-said-orders = うちお客様の回答（注文数）
export-statement-partner = パートナー
export-statement-day = 日付
export-statement-line = 明細
export-statement-campaign = キャンペーン
export-statement-order = 注文
export-statement-order-day = 注文日
export-statement-payment = 支払い
export-statement-on-net-revenue = 対象の純売上
export-statement-amount = 金額
export-statement-balance = 残高
export-results-total-row = （キャンペーン合計）
