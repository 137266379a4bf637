# Words the window shows for stored values (ui/src/lib/labels.ts).

## Partnership stages
label-stage-prospect = Prospect
label-stage-contacted = Contact pris
label-stage-negotiating = En négociation
label-stage-active = En cours
label-stage-paused = En pause
label-stage-past = Terminé

## Audience tiers, with their follower ranges
label-tier-community = Communauté (< 1 k)
label-tier-nano = Nano (1 k–10 k)
label-tier-micro = Micro (10 k–100 k)
label-tier-macro = Macro (100 k–1 M)
label-tier-mega = Méga (1 M+)

## Audience tiers, short (badges)
label-tier-short-community = Communauté
label-tier-short-nano = Nano
label-tier-short-micro = Micro
label-tier-short-macro = Macro
label-tier-short-mega = Méga

## Platforms
label-platform-instagram = Instagram
label-platform-tiktok = TikTok
label-platform-youtube = YouTube
label-platform-facebook = Facebook
label-platform-x = X
label-platform-strava = Strava
label-platform-discord = Discord
label-platform-other = Autre

## Kinds of community
label-community-kind-facebook-group = Groupe Facebook
label-community-kind-discord = Serveur Discord
label-community-kind-strava-club = Club Strava
label-community-kind-whatsapp = Groupe WhatsApp
label-community-kind-meetup = Meetup
label-community-kind-reddit = Reddit
label-community-kind-in-person = En personne
label-community-kind-other = Autre

## Feedback sentiment
label-sentiment-positive = Positif
label-sentiment-neutral = Neutre
label-sentiment-negative = Négatif

## Campaign phases
label-phase-upcoming = À venir
label-phase-running = En cours
label-phase-measuring = Mesure en cours
label-phase-finished = Terminée
label-phase-cancelled = Annulée

## How a partner's sales were measured (results table)
label-method-code = Code promo
label-method-manual = En boutique (saisi à la main)
label-method-code-and-manual = Code promo + en boutique
label-method-survey = Selon le client
label-method-none = Pas encore mesuré
label-method-lift = Hausse des ventes (sans code)
# $method is one of the label-method-* texts above.
label-method-with-survey = { $method } + selon le client

## What an engagement rate is measured against
label-basis-reach = de la portée
label-basis-followers = des abonnés

## Sales lift estimates; $low, $high, $less, $more are amounts of money
label-lift-no-data = Pas assez de données
label-lift-more = Entre { $low } et { $high } de plus que d'habitude (fourchette à 95 %)
label-lift-less = Entre { $low } et { $high } de moins que d'habitude (fourchette à 95 %)
label-lift-mixed = Entre { $less } de moins et { $more } de plus que d'habitude (fourchette à 95 %) : peut-être rien de plus

## The same, short, in table cells
label-lift-short-no-data = Pas encore assez de données
label-lift-short-more-one = { $amount } de plus que d'habitude
label-lift-short-more = { $low } à { $high } de plus que d'habitude
label-lift-short-less-one = { $amount } de moins que d'habitude
label-lift-short-less = { $low } à { $high } de moins que d'habitude
label-lift-short-mixed = { $less } de moins à { $more } de plus que d'habitude : peut-être rien de plus

## Return on investment ranges; $low, $high, $range are signed percents
label-roi-range = { $low } à { $high }
label-roi-words = ROI { $range } (hausse des ventes)
label-roi-words-no-data = ROI — (hausse des ventes : pas encore assez de données)
