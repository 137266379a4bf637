# Les mots des PDF (bilan de campagne, rapport partenaire, relevé de paiements, planche de coupons) et des
# graphiques. Voir locales/en/reports.ftl pour le sens des arguments.

## Pied de chaque page
report-page = Page { $page } sur { $pages }

## Fourchettes de la hausse des ventes (95 %) et du ROI
report-lift-more = Entre { $low } et { $high } de plus que d'habitude (fourchette à 95 %)
report-lift-less = Entre { $low } et { $high } de moins que d'habitude (fourchette à 95 %)
report-lift-mixed = Entre { $less } de moins et { $more } de plus que d'habitude (fourchette à 95 %) : peut-être aucune vente en plus
report-roi-range = { $low } à { $high }

## Ce que dit la hausse des ventes
report-lift-no-estimate = Pas d'estimation de la hausse des ventes : { $note }
report-lift-sentence = { $range }.
report-lift-overlap = La campagne chevauche { $campaigns } : ce chiffre est leur effet commun, compté une seule fois.

## Comment les commandes d'un partenaire sont comptées
report-method-code = Code promo
report-method-manual = En boutique (saisi à la main)
report-method-code-and-manual = Code + en boutique
report-method-survey = Selon le client
report-method-lift = Hausse des ventes
report-method-none = Aucune pour l'instant
report-method-and-survey = { $method } + selon le client

## Le bilan de campagne (pour vous, le commerçant)
report-summary-kicker = { $shop } · Bilan de campagne
report-summary-dates = Du { $start } au { $end }, commandes comptées jusqu'au { $until } · { $count ->
        [one] { $count } partenaire
       *[other] { $count } partenaires
    }
report-goal = Objectif : { $goal }
report-card-net-revenue = CA net attribué
report-card-gross-profit = Marge brute
report-card-cost = Coût
report-card-roi = ROI
report-card-roi-counted = ROI (ventes comptées)
report-card-orders = Commandes attribuées
report-card-new-customers = Nouveaux clients
report-card-cost-per-new-customer = Coût par nouveau client
report-card-roas = ROAS
report-heading-partners = Partenaires
report-col-partner = Partenaire
report-col-method = Méthode
report-col-orders = Commandes
report-col-net-revenue = CA net
report-col-gross-profit = Marge brute
report-col-cost = Coût
report-col-roi = ROI
report-col-new = Nouv.
report-col-commission = Commission
report-row-total = Total
report-row-lift = { $low } à { $high } (hausse)
report-row-no-estimate = pas encore d'estimation
report-row-roi-with-lift = { $roi } ({ $range } avec la hausse)
report-survey-orders = { $said ->
        [one] { $said } des { $orders } commandes comptées ({ $share }) repose
       *[other] { $said } des { $orders } commandes comptées ({ $share }) reposent
    } sur ce que les clients ont répondu quand on leur a demandé comment ils ont connu la boutique, et non sur un
    code : aucune commission n'est due sur ces commandes.
report-walk-ins = { $count ->
    [one] Un partenaire sans code est mesuré par la hausse des ventes de la campagne : une estimation avec sa
        fourchette à 95 %, jamais ajoutée aux totaux comptés ; son ROI est la fourchette que donne la hausse.
   *[other] { $count } partenaires sans code sont mesurés par la hausse des ventes de la campagne : une estimation
        avec sa fourchette à 95 %, jamais ajoutée aux totaux comptés ; leur ROI est la fourchette que donne la
        hausse. Ils se partagent la hausse de la campagne à parts égales.
    }
report-extra-costs = Le coût total comprend d'autres coûts ({ $other }) et votre temps ({ $time }).
report-heading-revenue = CA par partenaire
report-top-partners = Les { $shown } partenaires au plus fort CA ; { $more ->
        [one] { $more } autre figure
       *[other] { $more } autres figurent
    } dans le tableau ci-dessus.
report-heading-paid-back = La campagne a-t-elle été rentable ?
report-heading-roi = ROI par partenaire
report-heading-lift = Hausse des ventes
report-heading-came-back = Sont-ils revenus ?
report-heading-conflicts = Commandes avec les codes de deux partenaires
report-conflicts = { $count ->
    [one] { $count } commande ; comptée une seule fois, pour le premier code valable :
   *[other] { $count } commandes ; chacune comptée une seule fois, pour le premier code valable :
    }
report-conflict = Commande { $order } ({ $source }) : { $codes } → { $partner }, aussi { $also }
report-heading-how = D'où viennent les chiffres
report-how =
    Les commandes qui ont utilisé le code promo d'un partenaire entre le premier jour de la campagne et son
    dernier jour plus la fenêtre d'attribution (jours dans le fuseau horaire de la boutique) sont comptées pour
    ce partenaire ; une commande avec les codes de deux partenaires compte une fois, pour le premier code
    valable. Les utilisations en boutique saisies à la main depuis le journal de caisse comptent aussi,
    signalées comme telles. Le CA net s'entend après remises et remboursements. La marge brute utilise le coût
    des produits quand chaque ligne d'une commande en a un, sinon le taux de marge brute de la boutique.
    Coût = rémunération + produits offerts au prix coûtant + commission sur le CA net attribué, plus les autres
    coûts de la campagne et vos heures au taux horaire. ROI = (marge brute − coût) / coût ; ROAS = CA net /
    coût. Une commande compte quand elle est payée et que son CA net est supérieur à zéro : une commande
    entièrement remboursée ou gratuite n'est pas une commande et n'apporte aucun nouveau client. Un nouveau
    client est un client dont la toute première commande est la commande attribuée. Les partenaires sans code
    sont mesurés par la hausse des ventes : les ventes quotidiennes de la période face au niveau habituel et à
    la tendance des mêmes jours de la semaine au cours des semaines précédentes, hors autres campagnes et jours
    inhabituels, présentées comme une fourchette à 95 % (partagée à parts égales entre les partenaires sans
    code de la campagne) et jamais ajoutées aux totaux comptés ; leur ROI est la fourchette que donnent le bas
    et le haut de la hausse, jamais une perte faute de commandes.
report-heading-notes = Notes
report-summary-footer = { $shop } · { $campaign } · réalisé avec LocalLift
report-summary-title = { $campaign } — bilan de campagne

## La campagne a-t-elle été rentable ?
report-verdict-free = Rien n'a été dépensé pour cette campagne : tout ce qu'elle a rapporté est du gain.
report-verdict-lift-only = Seule la hausse des ventes peut le dire : ROI { $range } (une estimation, fourchette à 95 %).
report-verdict-not-measurable = Pas encore mesurable : ses partenaires sans code sont mesurés par la hausse des ventes, et il n'y en a pas encore d'estimation.
report-verdict-yes-on = Oui : la marge brute de { $profit } a couvert son coût de { $cost } le { $day } (ROI { $roi }).
report-verdict-yes = Oui : la marge brute de { $profit } a couvert son coût de { $cost } (ROI { $roi }).
report-verdict-not-yet = Pas encore : { $profit } de marge brute à ce jour pour un coût de { $cost } ; les commandes comptent jusqu'au { $until }.
report-verdict-no = Non : la marge brute de { $profit } a couvert { $share } de son coût de { $cost } (ROI { $roi }).
report-verdict-with-lift = Avec la hausse des ventes des partenaires sans code, ROI { $range }.

## Le rapport partenaire (envoyé à un partenaire, vouvoyé)
report-partner-kicker = { $shop } · Rapport partenaire
report-partner-dates = { $campaign } : du { $start } au { $end }, commandes comptées jusqu'au { $until }
report-thanks =
    Merci d'avoir participé à la campagne { $campaign }. Voici ce que vos abonnés ont fait, compté de la même
    façon que pour chaque partenaire de la boutique.
report-card-measured-by = Mesuré par
report-card-lift-no-code = Hausse des ventes (sans code)
report-card-your-codes = Vos codes
report-card-your-orders = Commandes
report-card-sales-net = CA net
report-card-in-store = Dont en boutique
report-card-customer-said = Dont selon le client
report-card-came-back = { $days ->
        [one] Clients revenus sous { $days } jour
       *[other] Clients revenus sous { $days } jours
    }
report-card-posts = Publications
report-card-engagement = Engagement (médiane)
report-heading-earn = Ce que vous gagnez
report-earn-fee = Rémunération : { $amount }
report-earn-gifted = Produits offerts : { $amount } (au prix coûtant de la boutique)
report-earn-commission = Commission : { $percent } de { $sales } = { $owed } (montant dû)
report-earn-nothing = Aucune rémunération ni commission n'a été convenue pour cette campagne.
report-leaked =
    Votre code { $code } a fuité : il a été partagé là où vous ne l'avez pas publié. Les commandes passées avec
    ce code à partir du { $day } ne sont pas comptées pour vous.
report-heading-paid-and-owed = Payé et dû
report-so-far = Pour cette campagne à ce jour : rémunération { $fee }, commission due { $commission }.
report-so-far-taken-back = Pour cette campagne à ce jour : rémunération { $fee }, commission due { $commission }, reprise après des remboursements { $taken }.
report-held =
    Commission en attente : { $amount } sur { $orders ->
        [one] { $orders } commande
       *[other] { $orders } commandes
    }, la première due le { $day } (délai d'attente de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après chaque commande : une commande remboursée pendant ce délai ne donne jamais lieu à commission).
report-balance-owed = Total qui vous a été versé : { $paid }. Dû maintenant, toutes campagnes confondues : { $balance }.
report-balance-ahead = Total qui vous a été versé : { $paid }. Payé d'avance : { $ahead }, déduit de ce que vous gagnerez ensuite.
report-heading-agreed = Ce que nous avons convenu
report-deliverable-kind = { $kind ->
    [post] Publication
    [story] Story
    [reel] Reel
    [video] Vidéo
    [event] Événement
    [market_table] Stand au marché
   *[other] Autre
    }
report-deliverable-on-time = { $what } — à livrer le { $due } — faite le { $day }, à temps
report-deliverable-done = { $what } — à livrer le { $due } — faite le { $day }
report-deliverable-missed = { $what } — à livrer le { $due } — manquée
report-deliverable-to-come = { $what } — à livrer le { $due } — à venir
report-partner-lift = Vous n'aviez pas de code promo : la boutique mesure la campagne par sa hausse des ventes.
report-partner-lift-share = Cette hausse est partagée à parts égales avec { $others ->
        [one] l'autre partenaire sans code
       *[other] les { $others } autres partenaires sans code
    } de la campagne ; votre part : { $range }.
report-heading-how-counted = Comment c'est compté
report-partner-how =
    Une commande compte pour vous quand elle a utilisé votre code entre le premier jour de la campagne et le
    dernier jour où les commandes sont comptées, dans le fuseau horaire de la boutique ; les remboursements et
    remises sont déduits. Si une commande portait les codes de deux partenaires, elle compte une fois, pour le
    premier code. Un nouveau client est une personne dont la toute première commande a été passée avec votre
    code.
report-partner-title = { $campaign } — rapport partenaire de { $partner }

## Le relevé de paiements
report-period = Du { $from } au { $to }
report-period-from = À partir du { $from }
report-period-until = Jusqu'au { $to }
report-period-all = Depuis le début, jusqu'au { $today }
report-statement-kicker = { $shop } · Relevé de paiements
report-statement-period = { $period } · commission due { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après chaque commande
report-paid-ahead = { $amount } d'avance
report-card-opening = Solde d'ouverture
report-card-fees = Rémunérations
report-card-commission-due = Commission due
report-card-taken-back = Repris
report-card-paid = Payé
report-card-closing = Solde de clôture
report-card-held = Commission en attente
report-heading-lines = Lignes du compte
report-col-day = Jour
report-col-what = Libellé
report-col-on-net = Sur le CA net
report-col-amount = Montant
report-col-balance = Solde
report-entry-fee = Rémunération · { $campaign }
report-entry-commission = Commission · { $campaign } · commande { $order }
report-entry-commission-in-store = Commission · { $campaign } · en boutique (saisi à la main)
report-entry-taken-back = Repris (remboursement) · { $campaign } · commande { $order }
report-entry-restored = Rétabli · { $campaign } · commande { $order }
report-entry-payment = Paiement
report-entry-payment-how = Paiement · { $how }
report-statement-empty = Rien n'est devenu dû et rien n'a été payé sur cette période.
report-heading-not-due = Commission pas encore due
report-held-line = { $campaign } : { $commission } sur { $sales } de ventes ({ $orders ->
        [one] { $orders } commande
       *[other] { $orders } commandes
    }), la première due le { $day }
report-heading-by-year = Par année
report-col-year = Année
report-col-fees = Rémunérations
report-col-taken-back = Repris
report-col-paid = Payé
report-statement-rules =
    Les rémunérations sont dues dès le premier jour d'une campagne. La commission sur une commande est due une
    fois le délai d'attente écoulé, sur son CA net à ce moment-là (après remises et remboursements) ; un
    remboursement connu plus tard en reprend la part. Les montants sont arrondis une fois par campagne, sur son
    total cumulé.
report-statement-footer = { $shop } · { $partner } · relevé de paiements
report-statement-title = { $partner } — relevé de paiements

## La planche de coupons (une carte par code promo)
report-coupon-valid = Valable du { $from } au { $to }
report-coupon-with = avec { $partner }
report-coupon-show = Présentez ce code en caisse
report-coupons-footer = { $shop } · { $campaign } · coupons
report-coupons-title = { $campaign } — coupons

## Les graphiques
chart-roi-no-campaign = Aucune campagne n'a encore de coût : sans coût, pas de ROI.
chart-roi-no-partner = Aucun partenaire n'a encore de coût : sans coût, pas de ROI.
chart-roi-range = Fourchette avec la hausse des ventes (95 %) : une estimation
chart-leaderboard-empty = Pas encore de ventes attribuées.
chart-leaderboard-axis = CA net attribué
chart-tiers-empty = Pas encore de nouveaux clients venus des partenaires.
chart-tiers-axis = Coût par nouveau client
chart-tier-community = Communauté (< 1 k)
chart-tier-nano = Nano (1 k–10 k)
chart-tier-micro = Micro (10 k–100 k)
chart-tier-macro = Macro (100 k–1 M)
chart-tier-mega = Méga (1 M+)
chart-tier-unknown = Pas de chiffres d'audience
chart-sales-empty = Aucune vente sur cette période.
chart-break-even-cost = Coût { $amount }
chart-break-even-profit = Marge brute cumulée
chart-break-even-paid = Rentabilisée le { $day }
chart-lift-empty = Pas de fourchette habituelle à montrer : historique des ventes insuffisant.
chart-lift-range = Fourchette habituelle (95 %)
chart-lift-level = Niveau habituel
chart-lift-day = Ventes du jour
chart-repeat-empty = Pas encore mesurable : aucun nouveau client n'a passé sa première commande au moins 30 jours avant la dernière vente importée.
chart-repeat-days = { $days } jours
chart-repeat-partners = Amenés par les partenaires
chart-repeat-others = Les autres nouveaux clients de la boutique

# La ligne d'en-tête de chaque export CSV (partenaires, campagnes, résultats d'une campagne, relevé de paiements d'un partenaire).
export-partners-name = nom
export-partners-email = e-mail
export-partners-phone = téléphone
export-partners-neighborhood = quartier
export-partners-city = ville
export-partners-stage = étape
export-partners-tier = catégorie
export-partners-largest-audience = plus grande audience
export-partners-main-handle = identifiant principal
export-partners-engagement = engagement %
export-partners-values-1-5 = valeurs partagées (1-5)
export-partners-authenticity-1-5 = authenticité (1-5)
export-partners-local-audience = audience locale %
export-partners-niches = niches
export-partners-campaigns = campagnes
export-partners-archived = archivé
export-campaigns-name = nom
export-campaigns-goal = objectif
export-campaigns-start = début
export-campaigns-end = fin
export-campaigns-attribution-window-days = fenêtre d'attribution (jours)
export-campaigns-orders-count-until = commandes comptées jusqu'au
export-campaigns-status = statut
export-campaigns-partners = partenaires
export-campaigns-codes = codes
export-campaigns-other-costs = autres coûts
export-campaigns-owner-hours = vos heures
export-results-campaign = campagne
export-results-partner = partenaire
export-results-method = méthode
export-results-codes = codes
export-results-orders = commandes
export-results-net-revenue = CA net
export-results-of-which-typed-in-orders = dont saisies à la main (commandes)
export-results-gross-profit = marge brute
export-results-cost = coût
export-results-commission-owed = commission due
export-results-roi = ROI %
export-results-roas = ROAS
export-results-new-customers = nouveaux clients
export-results-cost-per-new-customer = coût par nouveau client
export-results-lift-status = statut de la hausse
export-results-lift-estimate = estimation de la hausse
export-results-lift-low-95 = bas de la hausse (95 %)
export-results-lift-high-95 = haut de la hausse (95 %)
export-results-of-which-customer-said-orders = dont selon le client (commandes)
export-statement-partner = partenaire
export-statement-day = jour
export-statement-line = ligne
export-statement-campaign = campagne
export-statement-order = commande
export-statement-order-day = jour de la commande
export-statement-payment = paiement
export-statement-on-net-revenue = sur le CA net
export-statement-amount = montant
export-statement-balance = solde
export-results-total-row = (total de la campagne)
