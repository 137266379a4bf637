# Words the window shows for stored values (ui/src/lib/labels.ts).

## Partnership stages
label-stage-prospect = Por contactar
label-stage-contacted = Contactado
label-stage-negotiating = En negociación
label-stage-active = Activo
label-stage-paused = En pausa
label-stage-past = Finalizado

## Audience tiers, with their follower ranges
label-tier-community = Comunidad (< 1K)
label-tier-nano = Nano (1K–10K)
label-tier-micro = Micro (10K–100K)
label-tier-macro = Macro (100K–1M)
label-tier-mega = Mega (1M+)

## Audience tiers, short (badges)
label-tier-short-community = Comunidad
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
label-platform-other = Otra

## Kinds of community
label-community-kind-facebook-group = Grupo de Facebook
label-community-kind-discord = Servidor de Discord
label-community-kind-strava-club = Club de Strava
label-community-kind-whatsapp = Grupo de WhatsApp
label-community-kind-meetup = Meetup
label-community-kind-reddit = Reddit
label-community-kind-in-person = Presencial
label-community-kind-other = Otro

## Feedback sentiment
label-sentiment-positive = Positivo
label-sentiment-neutral = Neutral
label-sentiment-negative = Negativo

## Campaign phases
label-phase-upcoming = Próxima
label-phase-running = En curso
label-phase-measuring = En medición
label-phase-finished = Terminada
label-phase-cancelled = Cancelada

## How a partner's sales were measured (results table)
label-method-code = Código
label-method-manual = En tienda (anotado a mano)
label-method-code-and-manual = Código + en tienda
label-method-survey = Según el cliente
label-method-none = Aún sin medir
label-method-lift = Aumento de ventas (sin código)
# $method is one of the label-method-* texts above.
label-method-with-survey = { $method } + según el cliente

## What an engagement rate is measured against
label-basis-reach = del alcance
label-basis-followers = de los seguidores

## Sales lift estimates; $low, $high, $less, $more are amounts of money
label-lift-no-data = No hay suficientes datos
label-lift-more = Entre { $low } y { $high } más de lo habitual (rango del 95 %)
label-lift-less = Entre { $low } y { $high } menos de lo habitual (rango del 95 %)
label-lift-mixed = Entre { $less } menos y { $more } más de lo habitual (rango del 95 %): quizá nada extra

## The same, short, in table cells
label-lift-short-no-data = Aún no hay suficientes datos
label-lift-short-more-one = { $amount } más de lo habitual
label-lift-short-more = De { $low } a { $high } más de lo habitual
label-lift-short-less-one = { $amount } menos de lo habitual
label-lift-short-less = De { $low } a { $high } menos de lo habitual
label-lift-short-mixed = De { $less } menos a { $more } más de lo habitual: quizá nada extra

## Return on investment ranges; $low, $high, $range are signed percents
label-roi-range = { $low } a { $high }
label-roi-words = ROI { $range } (aumento de ventas)
label-roi-words-no-data = ROI — (aumento de ventas: aún no hay suficientes datos)
