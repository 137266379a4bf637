# The Dashboard (ui/src/screens/Dashboard.svelte), its "Getting started" list (FirstSteps.svelte,
# ui/src/lib/first-steps.ts) and how a figure moved between periods (ui/src/lib/compare.ts).

## Period
dashboard-title = ダッシュボード
dashboard-period = 期間
dashboard-range-month = 今月
dashboard-range-90 = 過去90日間
dashboard-range-year = 過去12か月
dashboard-range-custom = 期間を指定…
dashboard-from = 開始日
dashboard-to = 終了日
dashboard-counting = 集計中…

## A shop with no sales at all
dashboard-no-sales-title = まだ売上がありません
dashboard-no-sales-text = ショップの注文のエクスポートファイル（Shopify、Square、WooCommerce、Etsy、Stripe、PayPal）をそのまま取り込んでください。「ダッシュボード」に、提携による売上とその費用が表示されます。
dashboard-no-sales-action = 売上を取り込む

## Key figures
dashboard-period-campaigns = { $from }〜{ $to }：この期間に注文が集計されるキャンペーンは{ $count }件です。
dashboard-key-figures = 主要な数値
dashboard-kpi-revenue = パートナー経由の売上
dashboard-kpi-revenue-of-all = 全体{ $total }のうち（注文{ $orders }件）
dashboard-kpi-revenue-of-all-typed-in = 全体{ $total }のうち（注文{ $orders }件、うち手入力{ $typed }件）
dashboard-kpi-cost = 費用
dashboard-kpi-gross-profit = 粗利
dashboard-kpi-roi = ROI
dashboard-kpi-roi-counted = ROI（集計した売上）
dashboard-kpi-roi-with-lift = コードなしのパートナーの売上の伸びを含めると：ROI { $range }
dashboard-kpi-new-customers = 新規顧客
dashboard-roi-points-vs-previous = 前の期間比 { $points }ポイント

## How a card's figure moved
dashboard-vs-previous = 前の期間比 { $ratio }
dashboard-none-previous = 前の期間は実績なし
dashboard-vs-year-earlier = 前年比 { $ratio }
dashboard-none-year-earlier = 前年は実績なし
dashboard-compare-against = { $from }〜{ $to }と比べて{ $difference }
dashboard-change-words = { $difference }（{ $ratio }）
dashboard-change-nothing = 比較できるデータなし

## ROI cells
dashboard-roi-with-lift = 伸びを含めると：{ $range }
dashboard-roi-with-lift-title = コードなしのパートナーの売上の伸びを含めたROI（95%の範囲）
dashboard-roi-from-lift-title = 売上の伸びから求めたROI（95%の範囲）
dashboard-roi-sales-lift = （売上の伸び）

## Charts and their tables
dashboard-roi-chart = キャンペーン別ROI
dashboard-roi-chart-alt = キャンペーン別ROI（下の表と同じ内容）
dashboard-the-numbers = 数値を見る
dashboard-campaigns-table = 期間内のキャンペーン
dashboard-sales-chart = 日別の純売上
dashboard-sales-chart-alt = 日別の純売上。キャンペーン期間は網掛け、合計は下の表にあります
dashboard-sales-chart-shaded = 網掛け：キャンペーンの注文を集計する日（開始日から終了日＋終了後の集計期間）。
dashboard-sales-table = 日別の純売上
dashboard-col-campaign = キャンペーン
dashboard-col-net-revenue = 純売上
dashboard-col-cost = 費用
dashboard-col-roi = ROI
dashboard-col-day = 日付
dashboard-col-net-sales = 純売上

## Needs a look
dashboard-attention = 要確認

## Partner leaderboard
dashboard-leaderboard = パートナーランキング
dashboard-leaderboard-empty-title = この期間のキャンペーンはありません
dashboard-leaderboard-empty-text = 期間を長くするか、パートナーとクーポンコードを決めてキャンペーンを計画しましょう。
dashboard-leaderboard-empty-action = キャンペーンを計画
dashboard-col-rank = #
dashboard-col-partner = パートナー・コミュニティ
dashboard-col-campaigns = キャンペーン
dashboard-col-orders = 注文数
dashboard-col-new-customers = 新規顧客
dashboard-customer-said = お客様の回答 { $count }件
dashboard-walk-in-heading = 売上の伸びで計測（集計した売上のランキングには含めません）
dashboard-walk-in-lift-title = キャンペーンの売上の伸びのうち、このパートナーの分（純売上、95%の範囲）。コードなしのパートナーは注文数では計測しません
dashboard-walk-in-orders-title = コードなしのパートナーは注文数ではなく、売上の伸びで計測します
dashboard-leaderboard-ranked = 集計した売上の順に並べています（クーポンコードの注文、店頭で手入力した利用分、お客様がパートナーの紹介だと答えた注文。最後のものには「お客様の回答」と表示）。コードなしのパートナーはキャンペーンの売上の伸び（幅のある推定値）で計測するため、後ろに並べ、損失として数えることはありません。
dashboard-leaderboard-figures = 数値は各キャンペーンの結果を合計したものです（算出方法は各キャンペーンのページをご覧ください）。期間には、その期間中の日に入った注文が集計されます。期間内のキャンペーンの売上は、期間内のショップの売上の一部です。費用（とコードなしのパートナーの売上の伸び）は、キャンペーンの注文を集計する日に均等に割り振られ、各期間はその日数分を負担します。

## By audience tier
dashboard-tiers = フォロワー規模別
dashboard-tiers-chart-caption = 新規顧客1人あたりの費用（フォロワー規模別）
dashboard-tiers-chart-lower = （低いほど良好）
dashboard-tiers-chart-alt = フォロワー規模別の新規顧客1人あたりの費用（表と同じ内容）
dashboard-col-tier = 規模
dashboard-col-partners = パートナー
dashboard-col-cost-per-new-customer = 新規顧客1人あたりの費用
dashboard-tier-none = フォロワー数が未登録
dashboard-tiers-note = パートナーの規模は最もフォロワーの多いアカウントで、コミュニティの規模はメンバー数で決まります。キャンペーン全体の費用（その他の費用、作業時間）は規模別に分けていません。

## Getting started (a new shop's first steps)
dashboard-first-steps-title = はじめに
dashboard-first-steps-hide = このリストを隠す
dashboard-first-steps-hide-title = このリストを今後表示しない
dashboard-first-steps-hidden = 「はじめに」を非表示にしました
dashboard-first-steps-progress = { $total }件中{ $done }件完了
dashboard-first-steps-done = 完了
dashboard-first-steps-to-do = 未完了
dashboard-step-sales-title = 売上を取り込む
dashboard-step-sales-hint = Shopify、Square、WooCommerce、Etsy、Stripe、PayPalからエクスポートした注文ファイルを、LocalLiftがそのまま読み込みます。
dashboard-step-sales-action = 売上を取り込む
dashboard-step-sales-action-title = 「売上の取り込み」を開きます（売上のエクスポートファイルを読み込む画面です）
dashboard-step-partners-title = パートナーを登録する
dashboard-step-partners-hint = 手入力するか、管理しているスプレッドシートを取り込みます。
dashboard-step-partners-action = パートナーを追加
dashboard-step-partners-action-title = 「パートナー」を開きます：「新しいパートナー」または「スプレッドシートを取り込む…」
dashboard-step-campaign-title = キャンペーンを作成する
dashboard-step-campaign-hint = 期間、参加するパートナー、それぞれのクーポンコード。
dashboard-step-campaign-action = キャンペーンを計画
dashboard-step-campaign-action-title = 「キャンペーン」を開きます：「新しいキャンペーン」
dashboard-step-coupons-title = クーポンシートを印刷する
dashboard-step-coupons-hint-first = 先にクーポンコード付きのキャンペーンが必要です。キャンペーンのパートナーにコードを割り当ててから、各パートナーのコードとQRコードを載せたページを印刷します。
dashboard-step-coupons-hint = 各パートナーのコードとQRコードを載せたページです。配ったり掲示したりできます。
dashboard-step-coupons-action-campaigns = 「キャンペーン」へ
dashboard-step-coupons-action-campaigns-title = 「キャンペーン」からキャンペーンを開き、パートナーにコードを割り当てます
dashboard-step-coupons-action-campaign = キャンペーンを開く
dashboard-step-coupons-action-campaign-title = キャンペーンのページの結果の上に「クーポンシート」ボタンがあります
# Between a campaign's name and what needs a look about it.
dashboard-attention-separator = ：
