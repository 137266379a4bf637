# Words the window shows for stored values (ui/src/lib/labels.ts).

## Partnership stages
label-stage-prospect = Potencial
label-stage-contacted = Contatado
label-stage-negotiating = Em negociação
label-stage-active = Ativo
label-stage-paused = Pausado
label-stage-past = Encerrado

## Audience tiers, with their follower ranges
label-tier-community = Comunidade (< 1 mil)
label-tier-nano = Nano (1 mil–10 mil)
label-tier-micro = Micro (10 mil–100 mil)
label-tier-macro = Macro (100 mil–1 mi)
label-tier-mega = Mega (1 mi+)

## Audience tiers, short (badges)
label-tier-short-community = Comunidade
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
label-platform-other = Outra

## Kinds of community
label-community-kind-facebook-group = Grupo do Facebook
label-community-kind-discord = Servidor do Discord
label-community-kind-strava-club = Clube do Strava
label-community-kind-whatsapp = Grupo de WhatsApp
label-community-kind-meetup = Meetup
label-community-kind-reddit = Reddit
label-community-kind-in-person = Presencial
label-community-kind-other = Outro

## Feedback sentiment
label-sentiment-positive = Positivo
label-sentiment-neutral = Neutro
label-sentiment-negative = Negativo

## Campaign phases
label-phase-upcoming = Em breve
label-phase-running = Em andamento
label-phase-measuring = Em medição
label-phase-finished = Concluída
label-phase-cancelled = Cancelada

## How a partner's sales were measured (results table)
label-method-code = Cupom
label-method-manual = Na loja (digitado)
label-method-code-and-manual = Cupom + na loja
label-method-survey = Cliente informou
label-method-none = Ainda não medido
label-method-lift = Aumento nas vendas (sem cupom)
# $method is one of the label-method-* texts above.
label-method-with-survey = { $method } + cliente informou

## What an engagement rate is measured against
label-basis-reach = do alcance
label-basis-followers = dos seguidores

## Sales lift estimates; $low, $high, $less, $more are amounts of money
label-lift-no-data = Dados insuficientes
label-lift-more = Entre { $low } e { $high } a mais que o normal (intervalo de 95%)
label-lift-less = Entre { $low } e { $high } a menos que o normal (intervalo de 95%)
label-lift-mixed = Entre { $less } a menos e { $more } a mais que o normal (intervalo de 95%): talvez nada a mais

## The same, short, in table cells
label-lift-short-no-data = Ainda não há dados suficientes
label-lift-short-more-one = { $amount } a mais que o normal
label-lift-short-more = De { $low } a { $high } a mais que o normal
label-lift-short-less-one = { $amount } a menos que o normal
label-lift-short-less = De { $low } a { $high } a menos que o normal
label-lift-short-mixed = De { $less } a menos a { $more } a mais que o normal: talvez nada a mais

## Return on investment ranges; $low, $high, $range are signed percents
label-roi-range = { $low } a { $high }
label-roi-words = ROI { $range } (aumento nas vendas)
label-roi-words-no-data = ROI — (aumento nas vendas: ainda não há dados suficientes)
