# The Dashboard (ui/src/screens/Dashboard.svelte), its "Getting started" list (FirstSteps.svelte,
# ui/src/lib/first-steps.ts) and how a figure moved between periods (ui/src/lib/compare.ts).

## Period
dashboard-title = Tableau de bord
dashboard-period = Période
dashboard-range-month = Ce mois-ci
dashboard-range-90 = 90 derniers jours
dashboard-range-year = 12 derniers mois
dashboard-range-custom = Dates…
dashboard-from = Du
dashboard-to = Au
dashboard-counting = Calcul en cours…

## A shop with no sales at all
dashboard-no-sales-title = Pas encore de ventes
dashboard-no-sales-text = Importez tel quel l'export des commandes de votre boutique (Shopify, Square, WooCommerce, Etsy, Stripe ou PayPal) : le Tableau de bord montre alors ce que vos partenariats vous ont rapporté, et ce qu'ils vous ont coûté.
dashboard-no-sales-action = Importer vos ventes

## Key figures
dashboard-period-campaigns = Du { $from } au { $to } : { $count ->
        [one] { $count } campagne compte
       *[other] { $count } campagnes comptent
    } des commandes sur cette période.
dashboard-key-figures = Chiffres clés
dashboard-kpi-revenue = Chiffre d'affaires attribué
dashboard-kpi-revenue-of-all = sur { $total } au total ({ $orders ->
        [one] { $orders } commande
       *[other] { $orders } commandes
    })
dashboard-kpi-revenue-of-all-typed-in = sur { $total } au total ({ $orders ->
        [one] { $orders } commande
       *[other] { $orders } commandes
    }, dont { $typed ->
        [one] { $typed } saisie à la main
       *[other] { $typed } saisies à la main
    })
dashboard-kpi-cost = Coût
dashboard-kpi-gross-profit = Marge brute
dashboard-kpi-roi = ROI
dashboard-kpi-roi-counted = ROI (ventes comptées)
dashboard-kpi-roi-with-lift = avec la hausse des ventes des partenaires sans code : ROI { $range }
dashboard-kpi-new-customers = Nouveaux clients
dashboard-roi-points-vs-previous = { $count ->
        [one] { $points } point
       *[other] { $points } points
    } par rapport à la période précédente

## How a card's figure moved
dashboard-vs-previous = { $ratio } par rapport à la période précédente
dashboard-none-previous = rien sur la période précédente
dashboard-vs-year-earlier = { $ratio } par rapport à la même période l'an dernier
dashboard-none-year-earlier = rien à la même période l'an dernier
dashboard-compare-against = { $difference } par rapport à la période du { $from } au { $to }
dashboard-change-words = { $difference } ({ $ratio })
dashboard-change-nothing = rien à comparer

## ROI cells
dashboard-roi-with-lift = avec la hausse : { $range }
dashboard-roi-with-lift-title = ROI avec la hausse des ventes des partenaires sans code, fourchette à 95 %
dashboard-roi-from-lift-title = ROI d'après la hausse des ventes, fourchette à 95 %
dashboard-roi-sales-lift = (hausse des ventes)

## Charts and their tables
dashboard-roi-chart = ROI par campagne
dashboard-roi-chart-alt = ROI par campagne, comme dans le tableau ci-dessous
dashboard-the-numbers = Les chiffres
dashboard-campaigns-table = Campagnes de la période
dashboard-sales-chart = Ventes nettes par jour
dashboard-sales-chart-alt = Ventes nettes par jour, jours de campagne grisés ; totaux dans le tableau ci-dessous
dashboard-sales-chart-shaded = Grisés : les jours où les commandes d'une campagne comptent (du début à la fin, plus la fenêtre d'attribution).
dashboard-sales-table = Ventes nettes par jour
dashboard-col-campaign = Campagne
dashboard-col-net-revenue = CA net
dashboard-col-cost = Coût
dashboard-col-roi = ROI
dashboard-col-day = Jour
dashboard-col-net-sales = Ventes nettes

## Needs a look
dashboard-attention = À vérifier

## Partner leaderboard
dashboard-leaderboard = Classement des partenaires
dashboard-leaderboard-empty-title = Aucune campagne sur cette période
dashboard-leaderboard-empty-text = Choisissez une période plus longue, ou préparez une campagne avec vos partenaires et leurs codes promo.
dashboard-leaderboard-empty-action = Préparer une campagne
dashboard-col-rank = #
dashboard-col-partner = Partenaire ou communauté
dashboard-col-campaigns = Campagnes
dashboard-col-orders = Commandes
dashboard-col-new-customers = Nouveaux clients
dashboard-customer-said = { $count } selon le client
dashboard-walk-in-heading = Mesurés par la hausse des ventes, hors classement des ventes comptées
dashboard-walk-in-lift-title = Leur part de la hausse des ventes de leurs campagnes (CA net, fourchette à 95 %) : les partenaires sans code ne sont pas mesurés par les commandes
dashboard-walk-in-orders-title = Les partenaires sans code sont mesurés par la hausse des ventes, pas par les commandes
dashboard-leaderboard-ranked = Classés selon les ventes comptées (commandes avec code promo, utilisations en boutique saisies à la main, et commandes dont le client a dit que le partenaire l'avait envoyé, marquées « selon le client »). Les partenaires sans code sont mesurés par la hausse des ventes de leurs campagnes, une estimation avec une fourchette : ils sont listés après, et jamais comptés comme une perte.
dashboard-leaderboard-figures = Les chiffres additionnent les résultats de chaque campagne (la page d'une campagne explique comment ils sont calculés). Une période compte les commandes passées pendant ses jours : les ventes d'une campagne sur la période font partie des ventes de la boutique sur la période. Les coûts (et la hausse des partenaires sans code) sont répartis également sur les jours où les commandes d'une campagne comptent ; une période en porte la part de ses jours.

## By audience tier
dashboard-tiers = Par catégorie d'audience
dashboard-tiers-chart-caption = Coût par nouveau client, par catégorie d'audience
dashboard-tiers-chart-lower = (plus c'est bas, mieux c'est)
dashboard-tiers-chart-alt = Coût par nouveau client par catégorie d'audience, comme dans le tableau
dashboard-col-tier = Catégorie
dashboard-col-partners = Partenaires
dashboard-col-cost-per-new-customer = Coût par nouveau client
dashboard-tier-none = Pas encore de chiffres d'audience
dashboard-tiers-note = La catégorie d'un partenaire dépend de son plus grand compte, celle d'une communauté de son nombre de membres. Les coûts propres à la campagne (autres coûts, votre temps) ne sont pas répartis par catégorie.

## Getting started (a new shop's first steps)
dashboard-first-steps-title = Premiers pas
dashboard-first-steps-hide = Masquer cette liste
dashboard-first-steps-hide-title = Masquer cette liste définitivement
dashboard-first-steps-hidden = Premiers pas masqués
dashboard-first-steps-progress = { $done ->
        [one] { $done } étape sur { $total } faite
       *[other] { $done } étapes sur { $total } faites
    }
dashboard-first-steps-done = fait
dashboard-first-steps-to-do = à faire
dashboard-step-sales-title = Importer vos ventes
dashboard-step-sales-hint = L'export des commandes de votre boutique depuis Shopify, Square, WooCommerce, Etsy, Stripe ou PayPal : LocalLift le lit tel quel.
dashboard-step-sales-action = Importer les ventes
dashboard-step-sales-action-title = Ouvre « Importer les ventes », où un export de ventes est lu
dashboard-step-partners-title = Ajouter vos partenaires
dashboard-step-partners-hint = Saisissez-les, ou importez le tableur où vous les suivez.
dashboard-step-partners-action = Ajouter des partenaires
dashboard-step-partners-action-title = Ouvre Partenaires : « Nouveau partenaire » ou « Importer un tableur… »
dashboard-step-campaign-title = Créer une campagne
dashboard-step-campaign-hint = Ses dates, les partenaires qui y participent et leurs codes promo.
dashboard-step-campaign-action = Préparer une campagne
dashboard-step-campaign-action-title = Ouvre Campagnes : « Nouvelle campagne »
dashboard-step-coupons-title = Imprimer la planche de coupons
dashboard-step-coupons-hint-first = Il faut d'abord une campagne avec des codes promo : donnez leurs codes aux partenaires d'une campagne, puis imprimez une page avec le code de chaque partenaire et son QR code.
dashboard-step-coupons-hint = Une page avec le code de chaque partenaire et son QR code, à distribuer ou à afficher.
dashboard-step-coupons-action-campaigns = Aller dans Campagnes
dashboard-step-coupons-action-campaigns-title = Ouvrez Campagnes, puis une campagne, pour donner leurs codes promo à ses partenaires
dashboard-step-coupons-action-campaign = Ouvrir la campagne
dashboard-step-coupons-action-campaign-title = Sa page a le bouton « Planche de coupons », au-dessus de ses résultats
# Between a campaign's name and what needs a look about it.
dashboard-attention-separator = { "\u00A0: " }
