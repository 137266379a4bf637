# パートナーの画面：一覧（Partners.svelte）、パートナーのページ（PartnerProfile.svelte）、パートナー・SNSアカウント・
# 投稿・支払いのフォーム、パートナーの支払台帳と約束の言葉（ledger-labels.ts、partnership-labels.ts）。

## 複数の画面で共通の言葉
partners-name = 名前
partners-stage = 段階
partners-tier = 規模
partners-city = 市区町村
partners-niche = ジャンル
partners-niches = ジャンル
partners-email = メール
partners-phone = 電話番号
partners-neighborhood = 地区
partners-where = 場所
partners-consent = 同意・経緯
partners-notes = メモ
partners-social-accounts = SNSアカウント
partners-platform = プラットフォーム
partners-handle = ユーザー名
partners-handle-placeholder = @ユーザー名
partners-followers = フォロワー数
partners-engagement = エンゲージメント率
partners-engagement-pct = エンゲージメント率（%）
partners-profile-link = プロフィールのリンク
partners-followers-not-number = フォロワー数は数字で入力してください
partners-engagement-not-number = エンゲージメント率は数字で入力してください
partners-archived = アーカイブ済み
partners-campaign = キャンペーン
partners-status = ステータス
partners-what = 内容
partners-delete = 削除
partners-cancel = キャンセル
partners-save = 保存
partners-saving = 保存中…
partners-loading = 読み込み中…

## パートナー一覧
partners-title = パートナー
partners-export-file = パートナー.csv
partners-import-spreadsheet = スプレッドシートを取り込む…
partners-new = 新しいパートナー
partners-search-placeholder = 名前・ユーザー名・市区町村・ジャンルで検索…  ( / )
partners-search-label = パートナーを検索
partners-all-tiers = すべての規模
partners-all-stages = すべての段階
partners-sort-by = 並べ替え
partners-sort-name = 並べ替え：名前
partners-sort-audience = 並べ替え：フォロワー数
partners-sort-stage = 並べ替え：段階
partners-sort-city = 並べ替え：市区町村
partners-sort-updated = 並べ替え：最終更新
partners-reverse-order = 順序を逆にする
partners-descending = ↓ 降順
partners-ascending = ↑ 昇順
partners-show-archived = アーカイブ済みも表示
partners-empty-filtered-title = 該当するパートナーはいません
partners-empty-filtered-text = 絞り込みを減らすか、別の言葉で検索してください。
partners-empty-title = まだパートナーがいません
partners-empty-text = 一緒に活動しているクリエイター、イベント主催者、近所のお店を、SNSアカウントと一緒に登録しましょう。すでにスプレッドシートで管理していますか？　そのまま取り込めます（CSV、Excel、OpenDocument）。LocalLiftは取り込む前に、読み取った内容を表示します。
partners-add-first = 最初のパートナーを追加
partners-main-account = メインアカウント
partners-audience = フォロワー数
partners-campaigns = キャンペーン
partners-count = パートナー全{ $count }件。
partners-tier-note = 規模は最もフォロワーの多いアカウントで決まります：コミュニティ（1千人未満）、ナノ（1千〜1万人）、マイクロ（1万〜10万人）、マクロ（10万〜100万人）、メガ（100万人以上）。

## パートナーのフォーム
partners-form-edit-title = { $name }を編集
partners-form-distance = ショップからの距離（km）
partners-form-niches-hint = カンマ（,）区切り
partners-form-niches-placeholder = 植物, ランニング
partners-form-values = 価値観の一致（1〜5）
partners-form-authenticity = コンテンツの信頼性（1〜5）
partners-form-locality = 地元のフォロワーの割合（%）
partners-form-locality-hint = 近くに住んでいるフォロワーの割合（わかる場合）
partners-form-consent-hint = 知り合った経緯と、情報の保存に同意してもらったかどうか
partners-form-add-account = ＋アカウントをもう1つ追加
partners-form-add = パートナーを追加
partners-form-saved = パートナーを保存しました
partners-form-added = { $name }を追加しました
partners-form-distance-not-number = 距離は数字で入力してください
partners-form-values-not-number = 価値観の一致は数字で入力してください
partners-form-authenticity-not-number = 信頼性は数字で入力してください
partners-form-locality-not-number = 地元のフォロワーの割合は数字で入力してください

## SNSアカウントのフォーム
partners-account-update-title = @{ $handle }を更新
partners-account-add-title = SNSアカウントを追加
partners-account-as-of = 数値の記録日
partners-account-choose-day = 数値の記録日を選んでください
partners-account-reading-saved = 数値を保存しました
partners-account-added = アカウントを追加しました

## 投稿のフォーム
partners-post-edit-title = 投稿を編集
partners-post-log-title = 投稿を記録
partners-post-paste = リンクと数値を貼り付け
partners-post-paste-hint = パートナーから届いたまま1行で：リンクのあとに「reach 4,100 · 310 likes · 22 comments…」のように英語の項目名と数値。下の欄に自動で入力されます。
partners-post-paste-placeholder = https://www.instagram.com/p/… reach 4,100 · 310 likes
partners-post-fill-in = 自動入力
partners-post-unread = LocalLiftが項目名を判別できず、入力しなかった数値：{ $numbers }
partners-post-posted-at = 投稿日時
partners-post-link = 投稿のリンク
partners-post-followers = 投稿時のフォロワー数
partners-post-followers-hint = 空欄の場合：アカウントの履歴から取得します
partners-post-reach = リーチ
partners-post-likes = いいね
partners-post-comments = コメント
partners-post-shares = シェア
partners-post-saves = 保存数
partners-post-clicks = リンクのクリック数
partners-post-followers-not-whole = 投稿時のフォロワー数は整数で入力してください
partners-post-reach-not-whole = リーチは整数で入力してください
partners-post-likes-not-whole = いいねは整数で入力してください
partners-post-comments-not-whole = コメントは整数で入力してください
partners-post-shares-not-whole = シェアは整数で入力してください
partners-post-saves-not-whole = 保存数は整数で入力してください
partners-post-clicks-not-whole = リンクのクリック数は整数で入力してください
partners-post-choose-when = 投稿日時を選んでください
partners-post-saved = 投稿を保存しました
partners-post-logged = 投稿を記録しました
partners-post-log = 投稿を記録

## 支払いのフォーム
partners-payment-title = { $partner }への支払いを記録
partners-payment-day = 支払日
partners-payment-amount = 金額
partners-payment-owed-hint = 現在の未払い額：{ $amount }
partners-payment-how = 支払方法
partners-payment-how-hint = 銀行振込、PayPal、現金、ストアクレジット…など何でも
partners-payment-note = メモ
partners-payment-note-hint = 任意：請求書番号や支払いの内容
partners-payment-explained = 支払いを記録すると、パートナーへの未払い額が減ります。今の未払い額より多く支払った場合は、その差額が次の報酬から差し引かれます。
partners-payment-record = 支払いを記録
partners-payment-choose-day = 支払日を選んでください
partners-payment-type-amount = 金額を入力してください
partners-payment-recorded = 支払いを記録しました

## 入力中に候補として表示する支払方法
partners-pay-method-bank-transfer = 銀行振込
partners-pay-method-cash = 現金
partners-pay-method-store-credit = ストアクレジット
partners-pay-method-check = 小切手

## パートナーのページ
partners-profile-back = ← パートナー
partners-profile-largest-account = 最大のアカウントのフォロワー{ $followers }
partners-profile-no-accounts = SNSアカウントはまだありません
partners-profile-edit = 編集
partners-profile-import-posts = 投稿を取り込む…
partners-profile-import-posts-title = Meta Business Suite、TikTok Studio、YouTube Studioのエクスポートファイルから投稿と数値を取り込み、それぞれ投稿日のキャンペーンに入れます
partners-profile-restore = アーカイブから戻す
partners-profile-archive = アーカイブ
partners-profile-archived-notice = アーカイブしました。一覧には表示されませんが、履歴は残ります
partners-profile-restored-notice = アーカイブから戻しました
partners-profile-deleted = { $name }を削除しました
partners-profile-contact = 連絡先と場所
partners-profile-km-away = ショップから{ $km } km
partners-profile-values = 価値観の一致
partners-profile-authenticity = 信頼性
partners-profile-audience-nearby = 地元のフォロワーの割合
partners-profile-not-rated = 未評価
partners-profile-rating = { $rating }（5段階評価）
partners-profile-add-account = アカウントを追加
partners-profile-no-accounts-hint = アカウントはまだありません。追加すると、パートナーの規模とフォロワー数がわかります。
partners-profile-growth = 伸び率
partners-profile-as-of = 記録日
partners-profile-followers-over-time = フォロワーの推移
partners-profile-since = { $day }から
partners-profile-one-reading = 記録は1回のみ
partners-profile-new-reading = 新しい数値を記録
partners-profile-remove = 削除
partners-profile-remove-account = @{ $handle }を削除

## 相性スコア
partners-fit = 相性
partners-fit-no-score = まだスコアはありません。下の要素のうち少なくとも2つにデータが必要です。
partners-fit-table = 相性スコアの要素
partners-fit-factor = 要素
partners-fit-from = 根拠
partners-fit-score = スコア
partners-fit-weight = 重み
partners-fit-missing = 不足：{ $basis }
partners-fit-explained = スコアは、データのある要素の加重平均です。重みは「設定」で変更できます。
partners-fit-engagement = 規模に対するエンゲージメント
partners-fit-locality = 地元のフォロワー
partners-fit-values = 価値観
partners-fit-authenticity = 信頼性
partners-fit-past-roi = 過去のROI
partners-fit-kept-agreements = 約束の履行

## キャンペーン履歴
partners-history = キャンペーン履歴
partners-trend-intro = キャンペーンごとの推移：
partners-trend-revenue = 純売上
partners-trend-revenue-label = キャンペーンごとの純売上（古い順）：{ $values }
partners-trend-roi = ROI
partners-trend-roi-label = キャンペーンごとのROI（古い順）：{ $values }
partners-trend-roi-lift = { $range }（売上の伸び）
partners-trend-roi-none = なし
partners-trend-customers = 新規顧客
partners-trend-customers-label = キャンペーンごとの新規顧客（古い順）：{ $values }
partners-history-none = まだどのキャンペーンにも参加していません。
partners-history-dates = 期間
partners-history-codes = コード
partners-history-orders = 注文数
partners-history-net-revenue = 純売上
partners-history-cost = 費用
partners-history-roi = ROI
partners-history-posts = 投稿
partners-history-lift-title = コードなしのパートナー：注文ではなく、キャンペーンの売上の伸び（このパートナーの分、純売上、95%の範囲）で計測します
partners-history-cost-title = 固定報酬 { $fee } ＋ 提供商品 { $gifted } ＋ 成果報酬 { $commission }
partners-history-roi-lift-title = キャンペーンの売上の伸びのうち、このパートナーの分から求めたROI（95%の範囲）
partners-history-sales-lift = （売上の伸び）
partners-leads = 運営しているコミュニティ：

## 支払済みと未払い（パートナーの支払台帳）
partners-ledger = 支払済みと未払い
partners-ledger-statement-pdf = 支払明細書（PDF）
partners-ledger-statement-pdf-title = 表示中の期間の{ $name }の支払明細書をPDFで保存し、本人に送れます：すべての明細、残高、保留中の金額、年ごとの合計
partners-ledger-statement-csv = 支払明細書（CSV）
partners-ledger-record-payment = 支払いを記録
partners-ledger-empty-title = 未払いも支払済みもまだありません
partners-ledger-empty-text = 固定報酬はキャンペーンの初日から、成果報酬は注文ごとの保留期間が過ぎてから表示されます。
partners-ledger-paid-ahead = 前払い
partners-ledger-owed-now = 現在の未払い額
partners-ledger-paid-ahead-explained = 今の未払い額より多く支払っています（支払い後の返金など）。差額は次の報酬から差し引かれます
partners-ledger-upcoming-fees = ほかに、まだ始まっていないキャンペーンの固定報酬{ $amount }
partners-ledger-held = 保留中の成果報酬
partners-ledger-held-next-due = 次の支払期日：{ $day }
partners-ledger-held-due-after = 各注文の{ $count }日後に支払期日
partners-ledger-paid-this-year = 今年の支払額
partners-ledger-held-intro = まだ支払期日前です（各注文から{ $count }日間の保留期間中。この期間の返金分は支払う必要はありません）：
partners-ledger-held-line = ：売上{ $sales }に対して{ $commission }（注文{ $orders }件）、最初の支払期日は{ $day }
partners-ledger-period = 明細と支払明細書の期間
partners-ledger-from = 開始日
partners-ledger-to = 終了日
partners-ledger-backwards = 開始日が終了日より後になっています。この期間には何もありません。
partners-ledger-totals = ：固定報酬 { $fees } · 成果報酬 { $commission } · 減額 { $takenBack } · 支払済み { $paid }
partners-ledger-lines = 台帳の明細
partners-ledger-day = 日付
partners-ledger-on-net = 対象の純売上
partners-ledger-amount = 金額
partners-ledger-balance = 残高
partners-ledger-opening = 期首残高
partners-ledger-ordered = 注文日 { $day }
partners-ledger-sold = 販売日 { $day }
partners-ledger-delete-payment = { $day }の支払いを削除
partners-ledger-payment-what = { $day }の{ $amount }の支払い
partners-ledger-payment-deleted = 支払いを削除しました
partners-ledger-no-lines = この期間に発生した報酬も支払いもありません。
partners-ledger-by-year = 年ごと
partners-ledger-by-year-note = （パートナーの確定申告用）
partners-ledger-year = 年
partners-ledger-fees = 固定報酬
partners-ledger-commission = 成果報酬
partners-ledger-taken-back = 減額
partners-ledger-paid = 支払済み
partners-ledger-how = 金額の計算方法
partners-ledger-how-fee = キャンペーンの固定報酬は、キャンペーンの初日から支払対象になります。
partners-ledger-how-commission = 注文の成果報酬は、注文の{ $count }日後（取り込みがそれより遅ければ取り込んだ日）に、その時点でわかっている純売上に対して支払期日になります。保留期間中の返金分は支払う必要はありません。保留期間は「設定」で変更できます。
partners-ledger-how-refund = 支払期日の後にわかった返金は、その分の成果報酬を減額します（「減額」）。後の取り込みで返金がなくなれば、再計上されます。
partners-ledger-how-rounding = 成果報酬はキャンペーンごとに、累計額で1回だけ端数処理します。支払いは、ここで記録したものです。

## 台帳の明細
partners-entry-kind-fee = 固定報酬
partners-entry-kind-commission = 成果報酬
partners-entry-kind-restored = 再計上
partners-entry-kind-taken-back = 減額（返金）
partners-entry-kind-payment = 支払い
partners-entry-fee = 固定報酬 · { $campaign }
partners-entry-commission-order = 成果報酬 · { $campaign } · 注文{ $order }
partners-entry-commission-in-store = 成果報酬 · { $campaign } · 店頭（手入力）
partners-entry-taken-back = 減額（返金） · { $campaign } · 注文{ $order }
partners-entry-restored = 再計上 · { $campaign } · 注文{ $order }
partners-entry-payment = 支払い · { $how }

## 残高
partners-balance-owed = 未払い { $amount }
partners-balance-ahead = 前払い { $amount }
partners-balance-nothing = 未払いなし
partners-balance-cell-ahead = 前払い { $amount }
partners-balance-end-owed = 期末の未払い { $amount }
partners-balance-end-ahead = 期末の前払い { $amount }
partners-balance-end-nothing = 期末の未払いなし

## 台帳と支払明細書の期間
partners-period-all = 全期間
partners-period-this-year = 今年
partners-period-last-year = 昨年
partners-period-custom = 期間を指定…
partners-period-from = { $day }から
partners-period-until = { $day }まで
partners-period-all-until = 全期間（{ $day }まで）

## 支払明細書のファイル名の候補（「.pdf」「.csv」は除く）
partners-statement-file = { $partner } 支払明細書
partners-statement-file-year = { $partner } 支払明細書 { $year }
partners-statement-file-range = { $partner } 支払明細書 { $from }〜{ $to }
partners-statement-file-start = 開始
partners-statement-file-today = 今日

## 約束（パートナーが約束した内容）
partners-agreements = 約束
partners-agreements-empty = 約束はまだありません。キャンペーンのページで、パートナーが約束した内容（投稿、リール、マルシェ出店など）と期限を追加してください。
partners-agreements-none = 約束はまだありません
partners-agreements-record = 期限内 { $onTime } · 遅れ { $late } · 未達成 { $missed } · 未完了 { $open }
partners-kept = 履行率 { $percent }
partners-agreements-kept = 履行率 { $percent }（遅れは半分として計算）
partners-agreements-deliverables = 約束した内容
partners-agreements-description = 説明
partners-agreements-due = 期限
partners-agreements-the-post = 投稿を見る

## 約束の種類
partners-deliverable-post = 投稿
partners-deliverable-story = ストーリーズ
partners-deliverable-reel = リール
partners-deliverable-video = 動画
partners-deliverable-event = イベント
partners-deliverable-market-table = マルシェ出店
partners-deliverable-other = その他

## 約束のステータス（バッジ）
partners-deliverable-status-planned = 予定
partners-deliverable-status-due = 今週が期限
partners-deliverable-status-done = 完了
partners-deliverable-status-missed = 未達成

## 文の中で、日付の横に表示するもの
partners-due-status-planned = 予定
partners-due-status-due = 今週が期限
partners-due-status-done = 完了
partners-due-status-missed = 未達成
partners-due-overdue-since = { $day }から期限切れ
partners-due-today = 今日が期限
partners-due-tomorrow = 明日が期限
partners-due-in-days = あと{ $count }日で期限
partners-done-on = { $day }に完了
partners-done-on-time = { $day }に完了 · 期限内
partners-done-late = { $day }に完了 · 遅れ

## コードが流出した兆候
partners-signal-name-after-window = キャンペーン後の利用
partners-signal-name-spike = 急な増加
partners-signal-name-existing-customers = 既存顧客による利用
partners-signal-after-window = キャンペーンの最終集計日（{ $date }）から{ $days }日以上たってからの注文が{ $orders }件
partners-signal-spike = 短期間に注文が{ $orders }件集中
partners-signal-spike-below-one = 短期間に注文が{ $orders }件集中（このコードのふだんの傾向では1件未満の見込み）
partners-signal-spike-about = 短期間に注文が{ $orders }件集中（このコードのふだんの傾向では約{ $expected }件の見込み）
partners-signal-existing = お客様がわかる注文のうち{ $orders }件は、初回注文向けのコードなのに、以前注文したことのあるお客様によるものでした
partners-signal-existing-of = お客様がわかる注文{ $known }件のうち{ $orders }件は、初回注文向けのコードなのに、以前注文したことのあるお客様によるものでした

## 注文がその顧客の初回注文だったか
partners-new-customer-yes = はい
partners-new-customer-no = いいえ
partners-new-customer-unknown = 不明
