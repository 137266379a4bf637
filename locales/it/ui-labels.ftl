# Words the window shows for stored values (ui/src/lib/labels.ts).

## Partnership stages
label-stage-prospect = Da contattare
label-stage-contacted = Contattato
label-stage-negotiating = In trattativa
label-stage-active = Attivo
label-stage-paused = In pausa
label-stage-past = Concluso

## Audience tiers, with their follower ranges
label-tier-community = Community (< 1K)
label-tier-nano = Nano (1K–10K)
label-tier-micro = Micro (10K–100K)
label-tier-macro = Macro (100K–1 Mln)
label-tier-mega = Mega (1 Mln+)

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
label-platform-other = Altro

## Kinds of community
label-community-kind-facebook-group = Gruppo Facebook
label-community-kind-discord = Server Discord
label-community-kind-strava-club = Club Strava
label-community-kind-whatsapp = Gruppo WhatsApp
label-community-kind-meetup = Meetup
label-community-kind-reddit = Reddit
label-community-kind-in-person = Di persona
label-community-kind-other = Altro

## Feedback sentiment
label-sentiment-positive = Positivo
label-sentiment-neutral = Neutro
label-sentiment-negative = Negativo

## Campaign phases
label-phase-upcoming = In programma
label-phase-running = In corso
label-phase-measuring = In misurazione
label-phase-finished = Conclusa
label-phase-cancelled = Annullata

## How a partner's sales were measured (results table)
label-method-code = Codice sconto
label-method-manual = In negozio (inserito a mano)
label-method-code-and-manual = Codice sconto + in negozio
label-method-survey = Secondo il cliente
label-method-none = Non ancora misurato
label-method-lift = Aumento delle vendite (senza codice)
# $method is one of the label-method-* texts above.
label-method-with-survey = { $method } + secondo il cliente

## What an engagement rate is measured against
label-basis-reach = della copertura
label-basis-followers = dei follower

## Sales lift estimates; $low, $high, $less, $more are amounts of money
label-lift-no-data = Dati insufficienti
label-lift-more = Tra { $low } e { $high } in più del solito (intervallo al 95%)
label-lift-less = Tra { $low } e { $high } in meno del solito (intervallo al 95%)
label-lift-mixed = Tra { $less } in meno e { $more } in più del solito (intervallo al 95%): forse nulla in più

## The same, short, in table cells
label-lift-short-no-data = Dati ancora insufficienti
label-lift-short-more-one = { $amount } in più del solito
label-lift-short-more = Da { $low } a { $high } in più del solito
label-lift-short-less-one = { $amount } in meno del solito
label-lift-short-less = Da { $low } a { $high } in meno del solito
label-lift-short-mixed = Da { $less } in meno a { $more } in più del solito: forse nulla in più

## Return on investment ranges; $low, $high, $range are signed percents
label-roi-range = da { $low } a { $high }
label-roi-words = ROI { $range } (aumento delle vendite)
label-roi-words-no-data = ROI — (aumento delle vendite: dati ancora insufficienti)
