# Words the window shows for stored values (ui/src/lib/labels.ts).

## Partnership stages
label-stage-prospect = 候補
label-stage-contacted = 連絡済み
label-stage-negotiating = 交渉中
label-stage-active = 進行中
label-stage-paused = 一時停止
label-stage-past = 終了

## Audience tiers, with their follower ranges
label-tier-community = コミュニティ（1千人未満）
label-tier-nano = ナノ（1千〜1万人）
label-tier-micro = マイクロ（1万〜10万人）
label-tier-macro = マクロ（10万〜100万人）
label-tier-mega = メガ（100万人以上）

## Audience tiers, short (badges)
label-tier-short-community = コミュニティ
label-tier-short-nano = ナノ
label-tier-short-micro = マイクロ
label-tier-short-macro = マクロ
label-tier-short-mega = メガ

## Platforms
label-platform-instagram = Instagram
label-platform-tiktok = TikTok
label-platform-youtube = YouTube
label-platform-facebook = Facebook
label-platform-x = X
label-platform-strava = Strava
label-platform-discord = Discord
label-platform-other = その他

## Kinds of community
label-community-kind-facebook-group = Facebookグループ
label-community-kind-discord = Discordサーバー
label-community-kind-strava-club = Stravaクラブ
label-community-kind-whatsapp = WhatsAppグループ
label-community-kind-meetup = Meetup
label-community-kind-reddit = Reddit
label-community-kind-in-person = 対面
label-community-kind-other = その他

## Feedback sentiment
label-sentiment-positive = ポジティブ
label-sentiment-neutral = どちらでもない
label-sentiment-negative = ネガティブ

## Campaign phases
label-phase-upcoming = 開始前
label-phase-running = 実施中
label-phase-measuring = 効果測定中
label-phase-finished = 終了
label-phase-cancelled = 中止

## How a partner's sales were measured (results table)
label-method-code = クーポンコード
label-method-manual = 店頭（手入力）
label-method-code-and-manual = クーポンコード＋店頭
label-method-survey = お客様の回答
label-method-none = まだ計測なし
label-method-lift = 売上の伸び（コードなし）
# $method is one of the label-method-* texts above.
label-method-with-survey = { $method }＋お客様の回答

## What an engagement rate is measured against
label-basis-reach = （リーチ比）
label-basis-followers = （フォロワー比）

## Sales lift estimates; $low, $high, $less, $more are amounts of money
label-lift-no-data = データ不足
label-lift-more = 通常より{ $low }〜{ $high }多い（95%の範囲）
label-lift-less = 通常より{ $low }〜{ $high }少ない（95%の範囲）
label-lift-mixed = 通常より{ $less }少ない〜{ $more }多い（95%の範囲）：上乗せはないかもしれません

## The same, short, in table cells
label-lift-short-no-data = まだデータ不足
label-lift-short-more-one = 通常より{ $amount }多い
label-lift-short-more = 通常より{ $low }〜{ $high }多い
label-lift-short-less-one = 通常より{ $amount }少ない
label-lift-short-less = 通常より{ $low }〜{ $high }少ない
label-lift-short-mixed = 通常より{ $less }少ない〜{ $more }多い：上乗せはないかもしれません

## Return on investment ranges; $low, $high, $range are signed percents
label-roi-range = { $low }〜{ $high }
label-roi-words = ROI { $range }（売上の伸び）
label-roi-words-no-data = ROI —（売上の伸び：まだデータ不足）
