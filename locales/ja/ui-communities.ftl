# The communities screens: the list, the form, and a community's page.

## The list
communities-title = コミュニティ
communities-import = スプレッドシートを取り込む…
communities-new = 新しいコミュニティ
communities-search-placeholder = 名前、テーマ、リーダー、市区町村で検索…  ( / )
communities-search-label = コミュニティを検索
communities-size-label = 規模
communities-any-size = すべての規模
communities-stage-label = 段階
communities-all-stages = すべての段階
communities-topic = テーマ
communities-city = 市区町村
communities-sort-label = 並べ替え
communities-sort-name = 並べ替え：名前
communities-sort-size = 並べ替え：規模
communities-sort-updated = 並べ替え：最終更新
communities-show-archived = アーカイブ済みも表示
communities-no-match-title = 該当するコミュニティはありません
communities-no-match-text = 絞り込みを減らすか、別の言葉で検索してください。
communities-empty-title = コミュニティはまだありません
communities-empty-text = ランニングクラブ、子育てサークル、Discordサーバーなど、メンバーが常連客になってくれるグループです。規模とリーダーを入れて登録し、メンバーの声をフィードバック記録に残し、パートナーと同じようにクーポンコードを付けてキャンペーンに参加してもらいましょう。
communities-add = コミュニティを追加
communities-col-name = 名前
communities-col-kind = 種類
communities-col-members = メンバー数
communities-col-size = 規模
communities-col-leader = リーダー
communities-col-stage = 段階
communities-col-feedback = フィードバック
communities-col-campaigns = キャンペーン
communities-archived = アーカイブ済み

## The form (new or edit); $name is the community's name
communities-form-size-not-number = 規模は数字で入力してください
communities-form-saved = コミュニティを保存しました
communities-form-added = { $name }を追加しました
communities-form-edit-title = { $name }を編集
communities-form-name = 名前
communities-form-kind = 種類
communities-form-members = メンバー数（約）
communities-form-topic = テーマ
communities-form-topic-placeholder = ランニング
communities-form-neighborhood = 地区
communities-form-city = 市区町村
communities-form-leader = リーダー
communities-form-leader-hint = 運営しているパートナー（連絡先に登録済みの場合）
communities-form-stage = 段階
communities-form-link = リンク
communities-form-notes = メモ
communities-form-cancel = キャンセル
communities-form-save = 保存
communities-form-add = コミュニティを追加

## A community's page
communities-page-back = ← コミュニティ
# $count is the community's size (members, roughly).
communities-page-size = メンバー約{ $count }人
communities-page-size-unknown = 規模不明
communities-page-edit = 編集
communities-page-restore = アーカイブから戻す
communities-page-archive = アーカイブ
communities-page-delete = 削除
communities-page-about = 概要
communities-page-topic = テーマ
communities-page-where = 場所
communities-page-leader = リーダー
communities-page-link = リンク
communities-page-notes = メモ
communities-page-campaigns = キャンペーン
communities-page-no-campaigns = まだどのキャンペーンにも参加していません。
communities-page-campaigns-label = このコミュニティのキャンペーン
communities-page-lift-title = コードなし：注文数ではなく、キャンペーンの売上の伸び（このコミュニティの分、純売上、95%の範囲）で計測します
# Tooltip; $amount is money, or "—" without results.
communities-page-cost = 費用 { $amount }
# $count is a number of orders, or "—" without results.
communities-page-orders = 注文{ $count }件
# $roi is a percent.
communities-page-roi = ROI { $roi }
communities-page-feedback-log = フィードバック記録
communities-page-add-feedback = フィードバックを追加
communities-page-fb-day = 日付
communities-page-fb-source = どこで聞いたか
communities-page-fb-source-placeholder = グループの投稿、イベント、DM
communities-page-fb-sentiment = 印象
communities-page-fb-tags = タグ
communities-page-fb-tags-hint = カンマ（,）区切り
communities-page-fb-tags-placeholder = 価格, イベント
communities-page-fb-text = 内容
communities-page-filter-sentiment = 印象で絞り込む
communities-page-all = すべて
communities-page-filter-tag = タグで絞り込む
communities-page-all-tags = すべてのタグ
communities-page-fb-empty = まだ記録がありません。メンバーが商品について話したことを書き留めましょう。いちばん正直な市場調査になります。
communities-page-fb-no-match = この絞り込み条件に該当するフィードバックはありません。
communities-page-fb-delete-label = このフィードバックを削除
communities-page-feedback-added = フィードバックを追加しました
communities-page-archived-notice = アーカイブしました。一覧には表示されませんが、履歴は残ります
communities-page-restored = アーカイブから戻しました
# $name is the community's name.
communities-page-deleted = { $name }を削除しました
communities-page-loading = 読み込み中…
