# Words the window shows for stored values (ui/src/lib/labels.ts).

## Partnership stages
label-stage-prospect = Interessent
label-stage-contacted = Kontaktiert
label-stage-negotiating = In Verhandlung
label-stage-active = Aktiv
label-stage-paused = Pausiert
label-stage-past = Ehemalig

## Audience tiers, with their follower ranges
label-tier-community = Community (< 1.000)
label-tier-nano = Nano (1.000–10.000)
label-tier-micro = Mikro (10.000–100.000)
label-tier-macro = Makro (100.000–1 Mio.)
label-tier-mega = Mega (1 Mio.+)

## Audience tiers, short (badges)
label-tier-short-community = Community
label-tier-short-nano = Nano
label-tier-short-micro = Mikro
label-tier-short-macro = Makro
label-tier-short-mega = Mega

## Platforms
label-platform-instagram = Instagram
label-platform-tiktok = TikTok
label-platform-youtube = YouTube
label-platform-facebook = Facebook
label-platform-x = X
label-platform-strava = Strava
label-platform-discord = Discord
label-platform-other = Sonstige

## Kinds of community
label-community-kind-facebook-group = Facebook-Gruppe
label-community-kind-discord = Discord-Server
label-community-kind-strava-club = Strava-Club
label-community-kind-whatsapp = WhatsApp-Gruppe
label-community-kind-meetup = Meetup
label-community-kind-reddit = Reddit
label-community-kind-in-person = Vor Ort
label-community-kind-other = Sonstige

## Feedback sentiment
label-sentiment-positive = Positiv
label-sentiment-neutral = Neutral
label-sentiment-negative = Negativ

## Campaign phases
label-phase-upcoming = Geplant
label-phase-running = Läuft
label-phase-measuring = Wird ausgewertet
label-phase-finished = Abgeschlossen
label-phase-cancelled = Abgebrochen

## How a partner's sales were measured (results table)
label-method-code = Rabattcode
label-method-manual = Im Laden (eingetragen)
label-method-code-and-manual = Rabattcode + im Laden
label-method-survey = Laut Kundenangabe
label-method-none = Noch nicht gemessen
label-method-lift = Umsatzplus (ohne Code)
# $method is one of the label-method-* texts above.
label-method-with-survey = { $method } + laut Kundenangabe

## What an engagement rate is measured against
label-basis-reach = der Reichweite
label-basis-followers = der Follower

## Sales lift estimates; $low, $high, $less, $more are amounts of money
label-lift-no-data = Zu wenig Daten
label-lift-more = Zwischen { $low } und { $high } mehr als üblich (95-%-Bereich)
label-lift-less = Zwischen { $low } und { $high } weniger als üblich (95-%-Bereich)
label-lift-mixed = Zwischen { $less } weniger und { $more } mehr als üblich (95-%-Bereich): vielleicht kein Zusatzumsatz

## The same, short, in table cells
label-lift-short-no-data = Noch zu wenig Daten
label-lift-short-more-one = { $amount } mehr als üblich
label-lift-short-more = { $low } bis { $high } mehr als üblich
label-lift-short-less-one = { $amount } weniger als üblich
label-lift-short-less = { $low } bis { $high } weniger als üblich
label-lift-short-mixed = { $less } weniger bis { $more } mehr als üblich: vielleicht kein Zusatzumsatz

## Return on investment ranges; $low, $high, $range are signed percents
label-roi-range = { $low } bis { $high }
label-roi-words = ROI { $range } (Umsatzplus)
label-roi-words-no-data = ROI — (Umsatzplus: noch zu wenig Daten)
