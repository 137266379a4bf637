# The list of campaigns (ui/src/screens/Campaigns.svelte) and the form that creates or edits one
# (ui/src/screens/CampaignForm.svelte).

## The list
campaigns-title = キャンペーン
campaigns-new = 新しいキャンペーン
campaigns-search = キャンペーンを検索
campaigns-search-placeholder = 名前・パートナー・コードで検索…  ( / )
campaigns-status = ステータス
campaigns-any-status = すべてのステータス
campaigns-show-archived = アーカイブ済みも表示
campaigns-no-match-title = 該当するキャンペーンはありません
campaigns-no-match-text = 検索語句かステータスを変えてみてください。
campaigns-empty-title = まだキャンペーンがありません
campaigns-empty-text = 期間を決めてキャンペーンを計画し、参加するパートナーやコミュニティを条件・クーポンコードと一緒に追加しましょう。そのコードを使った注文はそれぞれの成果として集計され、クーポンシートには各コードがQRコード付きで印刷されます。
campaigns-empty-action = キャンペーンを計画
campaigns-col-campaign = キャンペーン
campaigns-col-dates = 期間
campaigns-col-status = ステータス
campaigns-col-partners = パートナー
campaigns-col-codes = コード
campaigns-archived = アーカイブ済み
campaigns-window = ＋終了後{ $count }日間は注文を集計

## The form
campaigns-form-new-title = 新しいキャンペーン
campaigns-form-edit-title = { $name }を編集
campaigns-form-name = 名前
campaigns-form-goal = 目標
campaigns-form-goal-placeholder = 植え替えキットを売る
campaigns-form-start = 開始日
campaigns-form-end = 終了日
campaigns-form-window = 終了後に注文を集計する日数
campaigns-form-window-hint = 終了後の集計期間。初期値は{ $days }日
campaigns-form-other-costs = その他の費用
campaigns-form-other-costs-hint = 印刷、イベント、広告など
campaigns-form-hours = 作業時間
campaigns-form-hours-hint = 「設定」の時給で費用として計算します
campaigns-form-notes = メモ
campaigns-form-cancel = キャンセル
campaigns-form-save = 保存
campaigns-form-create = キャンペーンを作成
campaigns-form-window-invalid = 日数を整数で入力してください
campaigns-form-hours-invalid = 時間数を数値で入力してください
campaigns-form-start-missing = 開始日を選んでください
campaigns-form-end-missing = 終了日を選んでください
campaigns-form-other-costs-invalid = 金額を入力してください
campaigns-form-saved = キャンペーンを保存しました
campaigns-form-created = { $name }を作成しました
