# コアのエラー：何かが拒否されたり失敗したりしたときに、ウィンドウ、コマンドライン、ログが表示する内容。
# id の接頭辞：`error-`（何が起きたか）、`invalid-`（拒否された入力。その欄の横に表示）、
# `field-`（その文の中に入る欄の名前）、`busy-`（ショップファイルが何の処理中か）。

error-invalid = 入力内容が正しくありません
error-not-found = { $entity ->
        [campaign] キャンペーン（ID { $id }）が見つかりません
        [campaign-partner] キャンペーンのパートナー（ID { $id }）が見つかりません
        [community] コミュニティ（ID { $id }）が見つかりません
        [deliverable] 約束（ID { $id }）が見つかりません
        [feedback] フィードバック（ID { $id }）が見つかりません
        [holiday] 特別な日（ID { $id }）が見つかりません
        [import] 取り込み（ID { $id }）が見つかりません
        [partner] パートナー（ID { $id }）が見つかりません
        [partner-import] パートナーの取り込み（ID { $id }）が見つかりません
        [payment] 支払い（ID { $id }）が見つかりません
        [post] 投稿（ID { $id }）が見つかりません
        [promo-code-of-campaign-partner] キャンペーンのパートナー（ID { $id }）のクーポンコードが見つかりません
        [social-account] SNSアカウント（ID { $id }）が見つかりません
       *[other] { $entity }（ID { $id }）が見つかりません
    }
error-locked = このショップファイルは、別のLocalLiftのウィンドウまたはコマンドですでに開かれています（{ $path }）
error-read-only = このショップファイルは、LocalLiftが書き込めないディスクまたはフォルダーにあります（{ $path }）
error-too-new = このショップファイルは新しいバージョンのLocalLiftで作成されています（スキーマ{ $found }。このアプリが対応しているのは{ $known }までです）
error-in-file = { $file }：{ $message }
error-cancelled = キャンセルしました。何も変更されていません
error-database = ショップのデータベースでエラーが発生しました：{ $detail }
error-migration = ショップのデータベースの更新に失敗しました：{ $detail }
error-io = ファイルのエラー：{ $detail }
error-corrupt = 保存されているデータが正しくありません：{ $detail }
error-document = 文書を作成できませんでした：{ $detail }
# $what は下の busy-* のどれかで、かっこの中に入ります。
error-busy = ショップファイルは現在処理中です（{ $what }）。終わってからもう一度お試しください
busy-migrating = 最新の状態に更新しています
busy-customers = 顧客情報を更新しています
busy-long-task = 時間のかかる処理（取り込み、PDFの作成、復元）を実行しています
# コアにまだ専用のメッセージがない文（ライブラリの文言）。
error-text = { $text }

# 拒否された入力。その欄の横に表示されます。$label は下の field-* のどれかです。
invalid-required = 「{ $label }」を入力してください
invalid-too-long = 「{ $label }」が長すぎます（{ $max }文字以内）
invalid-email = 「{ $value }」は有効なメールアドレスではありません
invalid-link-scheme = リンクは http:// または https:// で始めてください
invalid-link = 「{ $value }」は有効なWebアドレスではありません
invalid-negative = 「{ $label }」にマイナスの値は入力できません
invalid-percent = 「{ $label }」は0%〜100%の範囲で入力してください
invalid-rating = 「{ $label }」は1〜5で評価してください
invalid-currency = 「{ $value }」はISO 4217の通貨コード（JPY、USD、EURなど）ではありません
invalid-time-zone = 「{ $value }」は既知のタイムゾーン（Asia/Tokyoなど）ではありません

# 上の文の中に入る欄の名前。
field-a-code = クーポンコード
field-a-niche = ジャンル
field-a-tag = タグ
field-amount = 金額
field-audience-locality = 地元のフォロワーの割合
field-authenticity = コンテンツの信頼性
field-city = 市区町村
field-commission = 成果報酬
field-consent-source = 同意 / 経緯
field-deliverables = 約束した内容
field-description = 説明
field-engagement-rate = エンゲージメント率
field-fee = 固定報酬
field-followers = フォロワー数
field-gifted-products = 提供商品
field-goal = 目標
field-handle = ユーザー名
field-hourly-rate = 時給
field-how = 支払方法
field-margin = 粗利率
field-name = 名前
field-neighborhood = 地区
field-note = メモ
field-notes = メモ
field-other-costs = その他の費用
field-phone = 電話番号
field-reach = リーチ
field-shop-name = ショップ名
field-size = 規模
field-source = どこで聞いたか
field-topic = テーマ
field-values-alignment = 価値観の一致
field-what-was-said = 内容
field-likes = いいね
field-comments = コメント
field-shares = シェア
field-saves = 保存数
field-clicks = クリック数

# 取り込めないファイル。
invalid-demo-not-empty = このショップファイルにはすでにデータがあります。デモショップには空のファイルが必要です
import-names-no-one = パートナーの名前、またはユーザー名かプロフィールのリンクが入った列を選んでください
import-community-names-no-one = 各コミュニティの名前が入った列を選んでください
import-refused-for-problems = 問題のある行が{ $count }行あるため、何も取り込んでいません。ファイルを修正するか、問題のない行だけを取り込んでください
import-refused-for-problems-at = 問題のある行が{ $count }行あるため、何も取り込んでいません（{ $line }行目：{ $reason }）。ファイルを修正するか、問題のない行だけを取り込んでください
import-posts-need-partner = このエクスポートファイルにはアカウントが書かれていません。誰の投稿かを選んでください
import-posts-unknown-accounts = アカウント{ $accounts }が登録されたパートナーはいません。パートナーにアカウントを追加するか、誰の投稿かを選んでください
import-posts-unknown-format = LocalLiftが対応している投稿のエクスポートファイルではありません（対応しているのは、Meta Business Suiteのコンテンツのエクスポート、TikTok StudioとYouTube Studioの表データです）
import-header-unreadable = 見出し行を読み込めません：{ $detail }
import-no-header = ファイルに見出し行がありません
import-mapping-wrong = 列の割り当て：{ $detail }
import-unknown-preset = 「{ $id }」というプリセットはありません。使えるプリセット：{ $known }
import-unknown-format = このファイルの列は、既知のエクスポート（{ $known }）のどれとも一致しません。どの列に何が入っているかを指定すれば、どんなCSVでも取り込めます。「売上の取り込み」で指定するか、--mapping でJSONの列の割り当てを渡してください（README、「Any other CSV」）
import-no-rows = ファイルに見出し行はありますが、データの行がありません
import-not-csv = { $line }行目：ファイルをCSVとして読み込めません：{ $detail }
import-other-currency = { $line }行目：このファイルの注文は{ $file }、ショップの売上は{ $shop }です。LocalLiftは通貨を換算しないため、何も取り込んでいません
import-unknown-currency = { $line }行目：不明な通貨「{ $currency }」
import-no-currency = このエクスポートファイルには通貨が書かれていません。先に「設定」でショップの通貨を設定してください
invalid-no-codes-to-print = 「{ $campaign }」には印刷するクーポンコードがありません
# 複数の $suggestions は ”, “ でつながって届くため、*[other] では同じ引用符で囲みます。
invalid-no-partner-called = 「{ $name }」という名前のパートナーはいません。{ $count ->
        [0] {""}
        [1] 「{ $suggestions }」のことですか？
       *[other] “{ $suggestions }”のいずれかのことですか？
    }（新しいパートナーが作られるのは、ほかのどの名前にも似ていない名前のときだけです。）
in-use-in-campaigns = { $name }は{ $count ->
   *[other] { $count }件のキャンペーン
    }に参加しています。キャンペーンの履歴を残すため、代わりに{ $who ->
    [them] このパートナー
   *[it] このコミュニティ
    }をアーカイブしてください
invalid-backup-unreadable = { $file }を読み込めません：{ $detail }
invalid-backup-damaged = { $file }は壊れています（{ $detail }）。別のバックアップを選んでください
invalid-backup-base-missing = { $file }には完全バックアップ{ $base }以降の変更だけが入っていますが、そのバックアップはもうありません。別のバックアップを選んでください
invalid-backups-kept = 保存するバックアップの数は{ $min }〜{ $max }件にしてください
invalid-backup-unknown = このショップに{ $file }という名前のバックアップはありません
invalid-backup-unopenable = { $file }を開けません：{ $detail }
invalid-backup-not-shop-because = { $file }はLocalLiftのショップファイルではありません：{ $detail }
invalid-backup-not-shop = { $file }はLocalLiftのショップファイルではありません
invalid-backup-too-new = { $file }は新しいバージョンのLocalLiftで保存されています。先にアプリを更新してください
invalid-campaign-ends-before-start = キャンペーンの終了日が開始日より前になっています
invalid-window-days = 終了後の集計期間は0〜365日で指定してください
invalid-owner-hours = 作業時間は0〜10,000時間の範囲で入力してください
invalid-campaign-name-taken = 「{ $name }」という名前のキャンペーンがすでにあります
invalid-code-twice = コード「{ $code }」が2回入っています
invalid-code-given = コード「{ $code }」は、このキャンペーンですでに{ $member }に割り当てられています
invalid-code-used = コード「{ $code }」はすでにキャンペーン「{ $campaign }」（終了後の集計期間を含めて{ $start }〜{ $end }）で使われています。これでは注文を区別できません
invalid-no-campaign-called = 「{ $name }」という名前のキャンペーンはありません。{ $count ->
        [0] {""}
        [1] 「{ $suggestions }」のことですか？
       *[other] “{ $suggestions }”のいずれかのことですか？
    }
in-use-campaign-redemptions = 「{ $campaign }」には店頭での利用が{ $count }件記録されています。記録を残すため、代わりにアーカイブしてください
invalid-partner-or-community = パートナーかコミュニティを1つ選んでください
invalid-no-such-partner = そのパートナーは存在しません
invalid-partner-in-campaign = このパートナーはすでにキャンペーンに参加しています
invalid-no-such-community = そのコミュニティは存在しません
invalid-community-in-campaign = このコミュニティはすでにキャンペーンに参加しています
invalid-code-space = コード「{ $code }」にスペースが含まれています
in-use-member-redemptions = { $name }には、このキャンペーンで店頭での利用が{ $count }件記録されているため、キャンペーンから外せません
invalid-redemption-count = 利用回数は1回以上にしてください
invalid-redemption-day = このキャンペーンで売上を集計するのは{ $start }〜{ $end }です
invalid-feedback-text = 「内容」を入力してください
invalid-contact-import-undone = { $file }の取り込みはすでに取り消されています。
invalid-contact-import-later = { $file }のあとに{ $later }を取り込んでいます。先にそちらの取り込みを取り消してください。
invalid-contact-import-community-used = この取り込みで追加された{ $name }は、現在キャンペーンに参加しています。先にキャンペーンから外すか、取り込みをそのままにしてください。
invalid-contact-import-partner-used = この取り込みで追加された{ $name }は、現在キャンペーンに参加しているか、コミュニティのリーダーになっています。先にそこから外すか、取り込みをそのままにしてください。
invalid-deliverable-done-future = 完了日は今日以前の日付にしてください
invalid-deliverable-post = このキャンペーンでのこのパートナーの投稿から1つ選んでください
invalid-holiday-name = 特別な日の名前を1〜200文字で入力してください（「商店街のお祭り」など）
invalid-payment-amount = 支払い金額は0より大きくしてください
invalid-payment-day = 支払いは支払った後に記録します。今日より後の日付にはできません
invalid-distance = 距離にマイナスの値は入力できません
invalid-no-partner-named = 「{ $name }」という名前のパートナーはいません。{ $count ->
        [0] {""}
        [1] 「{ $suggestions }」のことですか？
       *[other] “{ $suggestions }”のいずれかのことですか？
    }
invalid-account-twice = このアカウントが2回入っています
invalid-account-taken = このパートナーには、すでに{ $platform }のアカウント@{ $handle }があります
invalid-import-undone = { $file }の取り込みはすでに取り消されています
in-use-later-import = そのあとの{ $later }の取り込みで同じ注文が変更されています。先にそちらを取り消してください
invalid-lift-weeks = 4〜26週の間で選んでください
invalid-weight = 0〜100の重みを入力してください
invalid-weights-zero = 少なくとも1つの項目の重みを0より大きくしてください
invalid-hold-days = 0〜90日の間で選んでください
invalid-locale = 「{ $value }」は言語と地域の指定ではありません。ja-JP、en-US、pt-BRのように書いてください
invalid-currency-change = すでに{ $currency }で売上が記録されているため、通貨は変更できません
invalid-unknown-time-zone = 不明なタイムゾーンです
invalid-answer = 回答を入力してください


# アプリ自体の不具合（ウィンドウの外枠）。
app-error-unusable = アプリが使えない状態になりました。LocalLiftを再起動してください
app-error-closed = ショップファイルが開かれていません
app-error-stopped = コマンドが予期せず停止しました：{ $detail }
app-error-dialog-stopped = ファイル選択ダイアログが予期せず停止しました：{ $detail }
app-error-dialog-no-file = ファイル選択ダイアログからファイルが返されませんでした：{ $detail }
app-error-import-stopped = 取り込みが予期せず停止しました：{ $detail }
