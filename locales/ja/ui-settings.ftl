# The Settings screen (ui/src/screens/Settings.svelte) and its panels: the shop (ShopForm), scoring and
# lift (AnalysisSettings), unusual days (Holidays) and backups (Backups).

## Settings
settings-title = 設定
settings-shop = ショップ
settings-now-demo = デモショップを表示しています
settings-now-own = ご自身のショップを表示しています
settings-file = ショップファイル
# Followed by the file's path.
settings-file-where = LocalLiftのデータはすべて、このコンピューター上の次のファイル1つに保存されています：
settings-file-demo = デモショップを表示中です。
settings-file-go-own = 自分のショップへ
settings-file-open-demo = デモショップを開く

## The shop
settings-shop-name = ショップ名
settings-shop-currency = 通貨
settings-shop-currency-hint = ISOコード（例：JPY、USD）
settings-shop-time-zone = タイムゾーン
settings-shop-time-zone-hint = 日付やキャンペーンの期間はこのタイムゾーンで数えます
settings-shop-margin = 粗利率（%）
settings-shop-margin-hint = 売上に商品原価がない場合に使います
settings-shop-margin-invalid = 55のように割合を入力してください
settings-shop-rate = 作業時間の時給
settings-shop-rate-hint = 作業時間をキャンペーンの費用に含めます。含めない場合は0のままにしてください
settings-shop-rate-invalid = 金額を入力してください
settings-shop-locale = 言語と地域
settings-shop-locale-hint = 画面、グラフ、PDF、CSVの書き出しなど、あらゆる場所での金額・数値・日付の表記
# The first choice: this computer's own setting; $language is its name in its own language ("Deutsch (Deutschland)").
settings-shop-locale-system = システム：{ $language }
settings-shop-saving = 保存中…
settings-shop-save = ショップ設定を保存
settings-shop-saved = ショップ設定を保存しました

## Scoring and lift
settings-analysis = スコアと売上の伸び
settings-analysis-weights = パートナーの相性スコアの重み（それぞれ0〜100。意味を持つのは比率だけです）。
settings-factor-engagement = 規模に対するエンゲージメント
settings-factor-locality = 地元のフォロワー
settings-factor-values = 価値観の一致
settings-factor-authenticity = コンテンツの信頼性
settings-factor-past-roi = 過去のROI
settings-factor-kept-agreements = 約束の履行
settings-factor-kept-agreements-hint = 約束した内容のうち期限内に完了した割合。遅れたものは半分として数えます
settings-analysis-weight-invalid = 0〜100の重みを入力してください
settings-analysis-weeks = 売上の伸びに使う履歴の週数
settings-analysis-weeks-invalid = 4〜26週の間で選んでください
settings-analysis-weeks-note = 売上が安定していれば、週数を増やすと伸びの範囲が狭まります。週数を減らすと、変化の大きいショップの動きによく追従します。
# "Commission is due after [30] days": the label, then the box, then settings-analysis-hold-unit.
settings-analysis-hold = 成果報酬の支払期日（注文から）
settings-analysis-hold-unit = 日後
settings-analysis-hold-invalid = 0〜90日の間で選んでください
settings-analysis-hold-hint = 各注文から0〜90日後。この期間内の返金分に成果報酬はかかりません。後からわかった返金は、その分の成果報酬を減額します。Shopify Collabsの初期設定は30日です。
settings-analysis-save = 保存
settings-analysis-saved = スコアと売上の伸びの設定を保存しました

## Unusual days
settings-holidays = 特別な日
settings-holidays-intro = 祝日、お祭り、休業日など。売上の伸びの推定では、これらの日を「通常の売上」とキャンペーン期間から除外します。
settings-holidays-day = 日付
settings-holidays-what = 内容
settings-holidays-what-placeholder = 商店街のお祭り
settings-holidays-mark = 特別な日に登録
settings-holidays-remove = 削除
# $day: the day, such as "Dec 26, 2025".
settings-holidays-unmark = { $day }の登録を解除
settings-holidays-none = 登録した特別な日はありません。

## Backups
settings-backups = バックアップ
settings-backups-intro = 1日に1回（起動時、またはその日最初の取り込みの前）と、アップデートの前に、ショップファイルと同じ場所に作成されます。取り込みは、「売上の取り込み」の各取り込みにある「取り消す」で取り消せます。
settings-backups-kept-form = 保存するバックアップの数
# "Keep the last [10] backups": the label, then the box, then settings-backups-keep-after.
settings-backups-keep-before = 直近
settings-backups-keep-after = 件のバックアップを保存
settings-backups-keep-save = 保存
settings-backups-kept = { $count ->
   *[other] 直近{ $count }件のバックアップを保存します
    }
settings-backups-back-up-now = 今すぐバックアップ
settings-backups-taken = バックアップを作成しました
settings-backups-copy = 別の場所にコピーを保存…
settings-backups-copy-dialog = ショップファイルのコピーを保存
# $file: where the copy was saved.
settings-backups-copy-saved = コピーを{ $file }として保存しました
settings-backups-check = ショップファイルをチェック
settings-backups-check-title = ショップファイルに対してSQLiteの整合性チェックを実行します
settings-backups-checking = チェック中…
settings-backups-check-ok = 整合性チェックで問題は見つかりませんでした。
settings-backups-check-damaged = 整合性チェックで問題が見つかりました。問題が起きる前に作成された最新のバックアップを復元してください。
settings-backups-list = バックアップ一覧
settings-backups-col-taken = 作成日時
settings-backups-col-why = 理由
settings-backups-col-size = サイズ
# $size: the size in kilobytes, a number.
settings-backups-size = { $size } KB
settings-backups-changes-since = { $date }の完全バックアップ以降の変更
settings-backups-restore = 復元
settings-backups-reason-manual = 手動で作成
settings-backups-reason-before-import = 取り込みの前
settings-backups-reason-before-restore = 復元の前
settings-backups-reason-daily = 起動時（毎日）
settings-backups-reason-before-upgrade = アップデートの前
settings-backups-none = バックアップはまだありません。最初の取り込みの前に作成されます。今すぐ作成するには「{ settings-backups-back-up-now }」を押してください。
settings-backups-confirm-title = このバックアップを復元しますか？
# $when: the backup's date and time.
settings-backups-confirm-own = ショップの内容をすべて{ $when }のバックアップで置き換えますか？　現在の状態は先にバックアップされるため、そのバックアップを復元すれば元に戻せます。
settings-backups-confirm-demo = デモショップの内容をすべて{ $when }のバックアップで置き換えますか？　現在の状態は先にバックアップされるため、そのバックアップを復元すれば元に戻せます。
settings-backups-confirm-restore = 復元
settings-backups-confirm-cancel = キャンセル
