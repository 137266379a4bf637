# 取り込みが行を拒否する理由と、ファイルについてのメモ：プレビュー、問題の一覧（CSV）、コマンドラインに表示されます。

row-not-whole-quantity = 数量が整数ではありません
row-amount-empty = 金額が空欄です
row-not-an-amount = 金額として読み取れません
row-too-precise = 小数点以下が{ $digits }桁を超えています
row-amount-too-large = 金額が大きすぎます
row-expected-etsy-date-dmy = 05/03/24のような形式の日付が必要です（ファイルのほかの行と同じく、日が先）
row-expected-etsy-date-mdy = 03/05/24のような形式の日付が必要です
row-unknown-status = { $platform ->
    [Etsy] Etsyが定める注文ステータスではありません
    [Square] Squareが定める取引ステータスではありません
    [Stripe] Stripeが定める支払いステータスではありません
    [Shopify] Shopifyが定める支払いステータス（Financial Status）ではありません
    [WooCommerce] WooCommerceが定める注文ステータスではありません
    [PayPal] PayPalが定めるステータスではありません
   *[other] LocalLiftが認識できるステータス（paid、pending、cancelled など）ではありません
    }
row-expected-day-first = 31/12/2024のような、日が先の日付が必要です（ファイルのほかの行と同じ）
row-expected-month-first = 12/31/2024のような、月が先の日付が必要です（ファイルのほかの行と同じ）
row-expected-time = 14:05:09のような形式の時刻が必要です
row-not-a-date-in-order = 選んだ書き方（年-月-日、月/日/年、日/月/年）の日付ではありません
row-order-id-empty = 注文番号が空欄です
row-other-amount = 注文{ $order }の別の行ですが、最初の行と金額が違います。1行が1商品の場合は、そのように指定してください（「1行が1商品」）。各行の金額が合計されます
row-expected-square-date = Dateは2024-03-05、Timeは14:07:31のような形式が必要です
row-expected-stripe-date = 2024-03-05 14:07:31のような形式の日付が必要です
row-negative-payment = 金額がマイナスの支払いです
row-expected-shopify-date = 2024-03-05 14:07:31 -0500のような形式の日付が必要です
row-partial-refund-no-column = 一部返金されていますが、エクスポートファイルにRefunded Amount列がありません
row-order-name-empty = 注文名が空欄です
row-expected-woo-date = 2024-12-31 14:50のような形式の日付が必要です
row-order-number-empty = 注文番号が空欄です
row-expected-woo-analytics-date = 2024-12-31 14:50:00のような形式の日付が必要です
row-text-after-quote = 閉じるダブルクォート（"）の後に文字があります（ダブルクォートで囲んだ欄の中のダブルクォートは、"" のように2つ重ねます）
row-quote-never-closes = ここで始まったダブルクォート（"）が閉じられていないため、これより後の行を読み込めません。ダブルクォートを閉じる（または削除する）まで、何も取り込みません
row-field-count = { $expected }列のはずが{ $found }列あります（ダブルクォートの崩れか、途中で切れた行かもしれません）
row-order-repeated = この注文が、最初の行から離れた場所にもう一度あり、内容も違います。エクスポートファイルでは、1件の注文は1か所にしか出てきません（2つのエクスポートを貼り合わせていませんか？）

# 取り込みの問題の一覧（CSV）の列。
errors-csv-line = 行
errors-csv-column = 列
errors-csv-value = 値
errors-csv-reason = 理由
row-account-of-another = このアカウントは{ $name }のものです（{ $line }行目）。1つのアカウントを2人に登録することはできません
row-too-long = 長すぎます（{ $max }文字以内）
row-not-an-email = メールアドレスではありません
row-unknown-stage = LocalLiftが認識できない段階です。prospect（候補）、contacted（連絡済み）、negotiating（交渉中）、active（進行中）、paused（一時停止）、past（終了）のいずれかを書いてください
row-unknown-platform = LocalLiftが認識できないプラットフォームです
row-not-followers = フォロワー数として読み取れません
row-not-engagement = エンゲージメント率として読み取れません
row-engagement-range = エンゲージメント率は0%〜100%の範囲です
row-not-a-date = 日付として読み取れません
row-no-name-no-handle = 名前もユーザー名もないため、誰の行かわかりません
row-not-a-link = Webアドレスではありません
row-not-a-handle = ユーザー名として読み取れません（スペースを含まない1語で、@はあってもなくてもかまいません）
row-account-without-handle = アカウントのユーザー名がなく、数値やリンクだけがあります
row-no-name-no-account = 名前もアカウントもないため、誰の行かわかりません
row-day-after-today = 今日より後の日付です
row-accounts-of-two-partners = これらのアカウントは、LocalLiftでは別々のパートナー（{ $first }と{ $second }）に登録されています。それぞれ別の行に分けてください

# パートナー・コミュニティ・投稿の取り込みが、ファイルについて記すメモ。
note-engagement-fractions = 「{ $column }」のエンゲージメント率は小数として読み込みます（0.034は3.4%）。どの値も1以下で、%の付いた値がないためです。
note-leader-unknown = { $community }：「{ $name }」という名前のパートナーを1件に特定できないため、リーダーは空欄にします。
row-unknown-community-kind = LocalLiftが認識できないコミュニティの種類です
row-not-members = メンバー数として読み取れません
row-no-community-name = 名前がないため、どのコミュニティの行かわかりません
note-posts-elsewhere = { $count }件の投稿は、ほかのパートナーに登録されているアカウントのものです。これらはそのパートナーの投稿になります。
note-posts-outside = { $count }件の投稿は、パートナーのどのキャンペーンの期間にも入らない日のものです。除外します（投稿はキャンペーンの中でだけ数えます）。
note-posts-total-row = 「Total」の行はほかの行の合計のため、除外します。
note-posts-undated = { $count }件の投稿は投稿日時がないため、除外します。
row-no-video-id = 動画IDがありません
row-no-post-link = 投稿のリンクがありません
row-not-a-count = 数値として読み取れません

# 読み込めないパートナー・コミュニティ・投稿のスプレッドシート。
sheet-unreadable = LocalLiftが読み込めるスプレッドシートではありません（{ $detail }）
sheet-tab-unreadable = シート「{ $name }」を読み込めません（{ $detail }）
sheet-too-many-rows = { $max }行を超えています。パートナーの一覧ではないようです
sheet-no-table = このブックには、表のあるシートがありません
sheet-line-problem = { $line }行目：{ $reason }
sheet-no-table-rows = ファイルに表がありません（セルが2つ以上ある行が1つもありません）

# 売上の取り込みが推定したことと除外したもの（1つにつき1文。コマンドラインでは件数の下に表示されます）。
import-dates-file = 日付を{ $order ->
        [dmy] 日が先（31/12）
       *[mdy] 月が先（12/31）
    }として読み込みました。{ $line }行目の「{ $value }」は、ほかの読み方ができないためです。
import-dates-owner = 選んだとおり、日付を{ $order ->
        [dmy] 日が先（31/12）
       *[mdy] 月が先（12/31）
    }として読み込みました。
import-dates-export = このエクスポートファイルの書き方に合わせて、日付を{ $order ->
        [dmy] 日が先（31/12）
       *[mdy] 月が先（12/31）
    }として読み込みました。ファイル内にどちらか判断できる日付がない（どの日も12日以前）ため、日付を確認してください。
import-dates-locale = ショップの言語と地域（{ $locale }）での書き方に合わせて、日付を{ $order ->
        [dmy] 日が先（31/12）
       *[mdy] 月が先（12/31）
    }として読み込みました。ファイル内にどちらか判断できる日付がない（どの日も12日以前）ため、日付を確認してください。
import-dates-zone = ショップの所在地（{ $zone }）での書き方に合わせて、日付を{ $order ->
        [dmy] 日が先（31/12）
       *[mdy] 月が先（12/31）
    }として読み込みました。ファイル内にどちらか判断できる日付がない（どの日も12日以前）ため、日付を確認してください。
import-dates-default = 日付を{ $order ->
        [dmy] 日が先（31/12）
       *[mdy] 月が先（12/31）
    }として読み込みました。ファイル内にどちらか判断できる日付がない（どの日も12日以前）ため、日付を確認してください。
import-tax-inside = { $count }件の注文は、価格に税が含まれていました（消費税・VAT・GSTなど）。税は純売上から除きました。
import-tax-assumed-inside = { $count }件の注文は、税が価格に含まれているかどうかをファイルから判断できません。価格は税込みとみなし、税を純売上から除きました。価格が税抜きの場合は、逆を選んでください。
import-tax-assumed-on-top = { $count }件の注文は、税が価格に含まれているかどうかをファイルから判断できません。価格は税抜き（税は別）とみなしました。価格が税込みの場合は、逆を選んでください。
import-unpaid = { $count }件の注文はまだ支払われていません。保存しておき、後のエクスポートで支払済みになった時点で集計します。
import-refunds-pending = { $count }件の返金は、まだ取り込んでいない注文のものです。保存しておき、その注文を取り込んだときに反映します。
import-cancelled = { $count }件の注文はキャンセル、無効化、または失敗しています。保存しますが、集計には入れません。
import-skipped-payment-out = 出金（ショップが支払ったお金）{ $count }件は売上ではないため、飛ばしました。
import-skipped-transfer = 送金・引き出し{ $count }件は売上ではないため、飛ばしました。
import-skipped-hold = 資金の保留・保留解除{ $count }件は売上ではないため、飛ばしました。
import-skipped-conversion = 通貨の換算{ $count }件は売上ではないため、飛ばしました。
import-skipped-foreign-currency = このファイル内で換算されていない他通貨の支払い{ $count }件は売上ではないため、飛ばしました。
import-skipped-declined = 承認されなかった支払い{ $count }件は売上ではないため、飛ばしました。
import-skipped-other = その他の取引の行{ $count }件は売上ではないため、飛ばしました。

# 既存のパートナーやコミュニティについて、取り込みで変わる内容（プレビューで行ごとに一覧表示されます）。
change-field-replaced = { $field ->
        [email] メール
        [phone] 電話番号
        [neighborhood] 地区
        [city] 市区町村
        [link] リンク
       *[topic] テーマ
    }「{ $old }」→「{ $new }」
change-field-set = { $field ->
        [email] メール
        [phone] 電話番号
        [neighborhood] 地区
        [city] 市区町村
        [link] リンク
       *[topic] テーマ
    }「{ $value }」
change-niche = ジャンル「{ $niche }」
change-stage = 段階 { $from } → { $to }
change-stage-set = 段階 { $stage }
change-notes = メモ
change-account = { $platform }のアカウント@{ $handle }
change-link = { $platform }のプロフィールのリンク
change-followers = { $platform }のフォロワー数 { $followers }（{ $day }時点）
change-kind = 種類 { $kind }
change-members = メンバー数 { $members }
change-leader = リーダー
change-new-account = { $platform } @{ $handle }
