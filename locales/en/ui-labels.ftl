# Words the window shows for stored values (ui/src/lib/labels.ts).

## Partnership stages
label-stage-prospect = Prospect
label-stage-contacted = Contacted
label-stage-negotiating = Negotiating
label-stage-active = Active
label-stage-paused = Paused
label-stage-past = Past

## Audience tiers, with their follower ranges
label-tier-community = Community (< 1K)
label-tier-nano = Nano (1K–10K)
label-tier-micro = Micro (10K–100K)
label-tier-macro = Macro (100K–1M)
label-tier-mega = Mega (1M+)

## Audience tiers, short (badges)
label-tier-short-community = Community
label-tier-short-nano = Nano
label-tier-short-micro = Micro
label-tier-short-macro = Macro
label-tier-short-mega = Mega

## Platforms
label-platform-instagram = Instagram
label-platform-tiktok = TikTok
label-platform-youtube = YouTube
label-platform-facebook = Facebook
label-platform-x = X
label-platform-strava = Strava
label-platform-discord = Discord
label-platform-other = Other

## Kinds of community
label-community-kind-facebook-group = Facebook group
label-community-kind-discord = Discord server
label-community-kind-strava-club = Strava club
label-community-kind-whatsapp = WhatsApp group
label-community-kind-meetup = Meetup
label-community-kind-reddit = Reddit
label-community-kind-in-person = In person
label-community-kind-other = Other

## Feedback sentiment
label-sentiment-positive = Positive
label-sentiment-neutral = Neutral
label-sentiment-negative = Negative

## Campaign phases
label-phase-upcoming = Upcoming
label-phase-running = Running
label-phase-measuring = Measuring
label-phase-finished = Finished
label-phase-cancelled = Cancelled

## How a partner's sales were measured (results table)
label-method-code = Code
label-method-manual = In store (typed in)
label-method-code-and-manual = Code + in store
label-method-survey = Customer said
label-method-none = Not measured yet
label-method-lift = Sales lift (no code)
# $method is one of the label-method-* texts above.
label-method-with-survey = { $method } + customer said

## What an engagement rate is measured against
label-basis-reach = of reach
label-basis-followers = of followers

## Sales lift estimates; $low, $high, $less, $more are amounts of money
label-lift-no-data = Not enough data
label-lift-more = Between { $low } and { $high } more than usual (95% range)
label-lift-less = Between { $low } and { $high } less than usual (95% range)
label-lift-mixed = Between { $less } less and { $more } more than usual (95% range): maybe nothing extra

## The same, short, in table cells
label-lift-short-no-data = Not enough data yet
label-lift-short-more-one = { $amount } more than usual
label-lift-short-more = { $low } to { $high } more than usual
label-lift-short-less-one = { $amount } less than usual
label-lift-short-less = { $low } to { $high } less than usual
label-lift-short-mixed = { $less } less to { $more } more than usual: maybe nothing extra

## Return on investment ranges; $low, $high, $range are signed percents
label-roi-range = { $low } to { $high }
label-roi-words = ROI { $range } (sales lift)
label-roi-words-no-data = ROI — (sales lift: not enough data yet)
