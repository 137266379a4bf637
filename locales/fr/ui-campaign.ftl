# La page d'une campagne (ui/src/screens/CampaignPage.svelte avec CampaignResults, CampaignPartnerForm,
# CampaignDeliverables) et, dans le Tableau de bord, « Codes qui ont peut-être fuité » et « Accords à
# honorer » (LeakSignals, LeakOrders, AgreementsDue).

## Shared words
campaign-loading = Chargement…
campaign-counting = Calcul en cours…
campaign-edit = Modifier
campaign-delete = Supprimer
campaign-cancel = Annuler
campaign-add = Ajouter
campaign-save = Enregistrer
campaign-close = Fermer
campaign-mark-done = Marquer comme faite
campaign-open-campaign = Ouvrir la campagne
campaign-badge-archived = Archivée
campaign-badge-member-archived = Archivé
campaign-col-who = Qui
campaign-col-what = Quoi
campaign-col-due = Échéance
campaign-col-day = Jour
campaign-col-code = Code
campaign-col-orders = Commandes
campaign-col-net-revenue = CA net
campaign-col-gross-profit = Marge brute
campaign-col-cost = Coût
campaign-col-commission = Commission
campaign-col-new-customers = Nouveaux clients

## The campaign's page
campaign-back = ← Campagnes
campaign-dates = { $range } ; les commandes comptent jusqu'au { $until }
campaign-reinstate = Rétablir
campaign-reinstated = Campagne rétablie
campaign-cancel-campaign = Annuler la campagne
campaign-cancelled = Campagne annulée : ses codes promo ne comptent plus
campaign-archive = Archiver
campaign-restore = Restaurer
campaign-notice-archived = Archivée
campaign-notice-restored = Restaurée
campaign-fixed-costs = Coûts fixes à ce jour
campaign-fixed-costs-hint = (rémunérations + produits offerts au prix coûtant + autres coûts ; la commission s'ajoute sur les ventes attribuées)
campaign-other-costs = Autres coûts
campaign-your-hours = Vos heures
campaign-notes = Notes
campaign-partners-title = Partenaires et conditions
campaign-add-member = Ajouter un partenaire ou une communauté
campaign-partners-empty-title = Personne dans cette campagne pour l'instant
campaign-partners-empty-text = Ajoutez les partenaires et communautés qui participent, avec leur rémunération, leurs produits offerts, leur commission et leurs codes promo.
campaign-partners-table = Partenaires de cette campagne
campaign-col-codes = Codes
campaign-col-fee = Rémunération
campaign-col-gifted = Offert
campaign-col-agreement-notes = Notes sur l'accord
campaign-badge-community = Communauté
campaign-no-code = pas de code (mesuré par la hausse des ventes)
campaign-first-orders = pour les premières commandes
campaign-leaked-from = marqué comme fuité depuis le { $day }
campaign-unmark = Retirer la marque
campaign-unmark-label = Retirer la marque de { $code }
campaign-unmark-title = Ses commandes comptent de nouveau pour { $name }
campaign-unmarked = { $code } n'est plus marqué : ses commandes comptent de nouveau
campaign-edit-terms = Modifier les conditions
campaign-log-post = Ajouter une publication
campaign-remove = Retirer
campaign-mark-leaked-open = Marquer un code comme fuité…
campaign-mark-leaked-open-title = À partir d'un jour donné, les commandes avec ce code ne comptent pour personne (ni pour { $name }, ni en commission)
campaign-leak-form = Marquer un code de { $name } comme fuité
campaign-leak-code = Code de { $name }
campaign-leak-from = Fuité depuis le
campaign-leak-submit = Marquer comme fuité
campaign-leak-hint = À partir de ce jour, les commandes avec ce code ne comptent pour personne : ni pour { $name }, ni en commission. Le marquer de nouveau déplace le jour ; « Retirer la marque » l'enlève.
campaign-leak-choose-code = Choisissez un code
campaign-leak-choose-day = Choisissez le premier jour où ses commandes ne comptent pour personne
campaign-leak-marked = { $code } marqué comme fuité depuis le { $day } : ses commandes à partir de ce jour ne comptent pour personne
campaign-posts = Publications
campaign-posts-empty = Aucune publication ajoutée pour l'instant. Ajoutez chaque publication avec ses j'aime, commentaires, partages, enregistrements et sa portée pour comparer l'engagement.
campaign-col-posted = Publiée le
campaign-col-platform = Plateforme
campaign-col-reach = Portée
campaign-col-likes = J'aime
campaign-col-comments = Commentaires
campaign-col-shares = Partages
campaign-col-saves = Enregistrements
campaign-col-clicks = Clics
campaign-col-engagement = Engagement
campaign-post-deleted = Publication supprimée
campaign-engagement-hint = Engagement = (j'aime + commentaires + partages + enregistrements) ÷ portée, ou ÷ abonnés au moment de la publication si la portée est inconnue. Les clics ne sont pas comptés.
campaign-remove-what = { $name } de cette campagne (avec ses codes promo et ses publications)
campaign-deleted = Campagne { $name } supprimée

## Results
campaign-results = Résultats
campaign-file-results = { $campaign } résultats.csv
campaign-file-summary = { $campaign } bilan.pdf
campaign-file-coupons = { $campaign } coupons.pdf
campaign-summary-pdf = Bilan PDF
campaign-summary-pdf-title = Enregistrer le bilan de la campagne en PDF : chiffres, graphiques, chaque partenaire, mode de calcul
campaign-coupon-sheet = Planche de coupons
campaign-coupon-sheet-title = Enregistrer une planche imprimable de tous les codes promo, en gros caractères et en QR code, pour la caisse
campaign-paper = Papier
campaign-paper-label = Format de papier des PDF
campaign-paper-a4 = A4
campaign-paper-letter = Lettre US
campaign-window = Les commandes comptent du { $from } au { $to } (fenêtre d'attribution comprise), dans le fuseau horaire de la boutique.
campaign-kpi-revenue = Chiffre d'affaires attribué
campaign-kpi-roi = ROI
campaign-kpi-roi-counted = ROI (ventes comptées)
campaign-kpi-roi-lift = avec la hausse des ventes des partenaires sans code : ROI { $range }
campaign-by-partner = Résultats par partenaire
campaign-col-partner = Partenaire
campaign-col-roi = ROI
campaign-col-roi-title = Survolez un ROI pour voir le ROAS (CA net ÷ coût) ; le ROI des partenaires sans code est une fourchette, tirée de la hausse des ventes
campaign-col-cost-per-new = Coût par nouveau client
campaign-col-back-60 = Clients revenus sous 60 jours
campaign-col-back-60-title = Parmi les nouveaux clients dont la première commande date d'au moins 60 jours
campaign-typed-in = { $count ->
    [one] { $count } saisie à la main
   *[other] { $count } saisies à la main
    }
campaign-said = { $count } selon le client
campaign-said-title = Commandes sans code promo dont le client a cité { $name } quand on lui a demandé comment il a connu la boutique : aucune commission n'est due sur ces commandes
campaign-shared-with = { $others ->
    [one] , partagée à parts égales avec l'autre partenaire sans code de la campagne
   *[other] , partagée à parts égales avec les { $others } autres partenaires sans code de la campagne
    }
campaign-partner-share = (part de ce partenaire : { $share })
campaign-posts-engagement = { $count ->
    [one] { $count } publication · { $engagement } d'engagement
   *[other] { $count } publications · { $engagement } d'engagement
    }
campaign-posts-engagement-cost = { $count ->
    [one] { $count } publication · { $engagement } d'engagement · { $cost } par interaction
   *[other] { $count } publications · { $engagement } d'engagement · { $cost } par interaction
    }
campaign-in-store = + En boutique
campaign-in-store-title = Ajouter des utilisations du code en boutique, d'après le journal de la caisse
campaign-report = Rapport
campaign-report-title = Enregistrer en PDF le rapport partenaire de { $name } pour le lui envoyer (sans les chiffres des autres partenaires)
campaign-walk-in = Partenaire sans code : mesuré par la hausse des ventes de la campagne, pas par les commandes
campaign-roi-no-lift = Pas encore assez de données de ventes pour la hausse des ventes de la campagne
campaign-roi-lift-title = (marge brute de la part de ce partenaire dans la hausse des ventes − coût) ÷ coût, fourchette à 95 %
campaign-sales-lift = hausse des ventes
campaign-roas = ROAS { $roas }
campaign-total = Campagne
campaign-with-lift = avec la hausse : { $range }
campaign-with-lift-title = Avec la hausse des ventes des partenaires sans code
campaign-came-back = { $returned } sur { $customers } ({ $rate })
campaign-said-share = { $said } quand on leur a demandé comment ils ont connu la boutique, et non sur un code promo : aucune commission n'est due sur ces commandes.
campaign-chart-revenue = CA par partenaire
campaign-chart-top = (top 20 ; le tableau les montre tous)
campaign-chart-revenue-alt = CA net attribué par partenaire, comme dans le tableau ci-dessus
campaign-chart-paid = A-t-elle été rentable ?
campaign-chart-paid-alt = Marge brute attribuée cumulée jour après jour face au coût de la campagne ({ $cost }) ; elle a atteint { $profit }
campaign-chart-roi = ROI par partenaire
campaign-chart-roi-alt = ROI par partenaire, comme dans le tableau ci-dessus
campaign-came-back-label = Clients revenus
campaign-came-back-title = Sont-ils revenus ?
campaign-repeat-table = Achats répétés
campaign-within-days = { $days ->
    [one] sous { $days } jour
   *[other] sous { $days } jours
    }
campaign-repeat-this = Amenés par cette campagne
campaign-repeat-others = Les autres nouveaux clients de la boutique, même période
campaign-not-yet = pas encore
campaign-repeat-alt = Part des nouveaux clients revenus sous 30, 60 et 90 jours, comme dans le tableau
campaign-repeat-hint = Compté parmi les clients dont la première commande est assez ancienne pour qu'ils aient eu le temps de revenir.
campaign-compare = Les jours de cette campagne comparés à avant
campaign-compare-table = Ventes nettes de la boutique pendant les jours de la campagne et avant
campaign-compare-col-sales = Ventes nettes de la boutique
campaign-compare-col-days = Jours
campaign-compare-col-net = Ventes nettes
campaign-compare-col-change = Les jours de la campagne par rapport à ceux-ci
campaign-compare-current = Pendant les jours de la campagne
campaign-compare-current-so-far = Pendant les jours de la campagne, jusqu'ici
campaign-compare-before = { $count ->
    [one] Le jour d'avant
   *[other] Les { $count } jours d'avant
    }
campaign-compare-year = Les mêmes jours un an plus tôt
campaign-compare-hint = Toutes les ventes de la boutique ces jours-là (importées et saisies à la main), pas seulement les commandes de la campagne : une saison, un jour férié ou une autre campagne les font aussi bouger. L'estimation de la hausse des ventes compare plus finement avec des jours habituels.
campaign-compare-not-yet = Les jours de la campagne ne sont pas encore arrivés : ensuite, leurs ventes s'afficheront ici à côté des jours d'avant.
campaign-cost-includes = Le coût de la campagne inclut ses autres coûts ({ $other }) et votre temps ({ $time }).
campaign-redeem-form = Utilisations en boutique
campaign-redeem-title-said = Clients qui ont dit venir de la part de { $name }
campaign-redeem-title-uses = Utilisations en boutique du code de { $name }
campaign-redeem-hint = D'après le journal des codes de la caisse, pour les caisses sans export : combien d'utilisations un jour donné et pour quel montant. Ou un décompte des clients qui ont dit, quand on le leur a demandé, venir de la part de ce partenaire (sans code) : compté comme « selon le client », sans commission.
campaign-redeem-said = Un décompte de ce que les clients ont dit, pas des utilisations de code
campaign-redeem-customers = Clients
campaign-redeem-uses = Utilisations
campaign-redeem-amount = Ventes après remise
campaign-redeemed = Utilisations en boutique ajoutées
campaign-conflicts = Commandes avec les codes de deux partenaires
campaign-conflict = La commande { $order } a utilisé { $codes } : comptée une fois, pour { $partner } (premier code), pas pour { $others }.
campaign-how = Comment ces chiffres sont calculés
campaign-how-code = Une commande compte pour un partenaire quand elle a utilisé son code entre le premier et le dernier jour de la campagne, plus la fenêtre d'attribution. Une commande ne compte que pour un seul partenaire : celui de son premier code.
campaign-how-said = Une commande sans code compté dont le client, à qui l'on a demandé comment il a connu la boutique, a cité un partenaire de la campagne (tel que vous avez lu sa réponse dans l'écran « Importer les ventes ») compte pour ce partenaire « selon le client » : après les codes, jamais deux fois, et aucune commission n'est due sur cette commande.
campaign-how-revenue = CA net = brut − remises − remboursements (les taxes et la livraison ne sont pas du chiffre d'affaires). Les utilisations en boutique saisies à la main ajoutent leur nombre et leur montant.
campaign-how-profit = Marge brute = CA net × votre taux de marge ({ $margin }), ou CA net − coût des produits quand la vente l'indique.
campaign-how-cost = Coût = rémunération + produits offerts au prix coûtant + commission × CA net ; la campagne ajoute les autres coûts et vos heures × taux horaire.
campaign-how-roi = ROI = (marge brute − coût) ÷ coût. ROAS = CA net ÷ coût. Un nouveau client est un client dont la toute première commande est la commande attribuée.
campaign-how-walk-in = Les partenaires sans code sont mesurés par la hausse des ventes de la campagne (ci-dessous) : une estimation avec sa fourchette, partagée à parts égales entre les partenaires sans code de la campagne et jamais ajoutée aux chiffres des codes. Leur ROI est une fourchette : (marge brute comptée + marge brute de la hausse − coût) ÷ coût, au bas et au haut de la fourchette de la hausse ; jamais une perte de −100 % pour des ventes que personne ne pouvait compter.
campaign-how-walk-in-cost = Le ROI de la campagne ne compte que les ventes avec code promo et les ventes saisies à la main ; son coût inclut celui des partenaires sans code ({ $cost }).

## Terms of a partner in a campaign (the form)
campaign-terms-of = Conditions de { $name }
campaign-terms-add = Ajouter un partenaire ou une communauté
campaign-terms-choose = Choisir…
campaign-terms-partners = Partenaires
campaign-terms-communities = Communautés
campaign-terms-codes = Codes promo
campaign-terms-codes-hint = Séparés par des virgules ; chaque code ne peut être actif que dans une campagne à la fois
campaign-terms-codes-placeholder = MAYA15
campaign-terms-fee = Rémunération fixe
campaign-terms-gifted = Produits offerts (à votre prix coûtant)
campaign-terms-commission = Commission (% du CA net attribué)
campaign-terms-link = Lien de suivi
campaign-terms-new-only = Ces codes sont réservés à la première commande d'un client
campaign-terms-new-only-hint = LocalLift vous prévient quand ce sont surtout des clients existants qui les utilisent.
campaign-terms-notes-hint = Chaque prestation avec son échéance se note dans Prestations, sur la page de la campagne
campaign-terms-notes-placeholder = 2 publications, 3 stories
campaign-terms-save = Enregistrer les conditions
campaign-terms-saved = Conditions enregistrées
campaign-terms-added = Ajouté à la campagne
campaign-terms-type-percent = Saisissez un pourcentage
campaign-terms-choose-member = Choisissez un partenaire ou une communauté
campaign-terms-type-amount = Saisissez un montant

## Deliverables
campaign-deliverables = Prestations
campaign-deliverables-intro = Ce que chaque partenaire s'est engagé à livrer, et pour quand. Une publication que vous ajoutez remplit la prestation (publication, story, reel ou vidéo) encore ouverte dont l'échéance arrive en premier ; marquez vous-même les autres comme faites. Ce qui arrive à échéance dans la semaine s'affiche dans le Tableau de bord ; une prestation qui n'est pas faite le lendemain de son échéance compte comme manquée dans l'historique du partenaire.
campaign-deliverables-no-partners = Ajoutez d'abord des partenaires ou des communautés à la campagne, puis ce que chacun s'est engagé à livrer.
campaign-deliverable-add = + Ajouter une prestation
campaign-deliverables-empty = Rien de convenu pour l'instant. Ajoutez ce que { $name } s'est engagé à livrer (une publication, une story, un événement…) et son échéance.
campaign-deliverables-of = Prestations de { $name }
campaign-col-status = Statut
campaign-col-post = Publication
campaign-deliverable-post = La publication qui l'a livrée
campaign-deliverable-link-post = Lier une publication…
campaign-deliverable-another-post = Une autre publication…
campaign-deliverable-their-post = sa publication
campaign-deliverable-linked = Publication liée : la prestation est faite
campaign-deliverable-reopen = Rouvrir
campaign-deliverable-reopen-title = La rouvrir
campaign-deliverable-reopen-unlink-title = La rouvrir (délie sa publication)
campaign-deliverable-reopened = Prestation rouverte
campaign-deliverable-mark-done-title = La marque comme faite aujourd'hui (« Modifier » pour choisir un autre jour)
campaign-deliverable-done-today = Marquée comme faite aujourd'hui
campaign-deliverable-edit = Modifier la prestation
campaign-deliverable-new = Nouvelle prestation de { $name }
campaign-deliverable-kind = Type
campaign-deliverable-description = Description
campaign-deliverable-description-placeholder = Reel au marché de printemps
campaign-deliverable-due = À livrer le
campaign-deliverable-done-on = Faite le (vide : pas encore)
campaign-deliverable-choose-due = Choisissez le jour d'échéance
campaign-deliverable-saved = Prestation enregistrée
campaign-deliverable-added = Prestation ajoutée
campaign-deliverable-deleted = Prestation de { $name } supprimée
# What the delete dialog names ("Delete the reel “At the spring market” of Maya?"); $kind is the kind's key.
campaign-deliverable-delete-what = { $kind ->
    [post] la publication de { $member }
    [story] la story de { $member }
    [reel] le reel de { $member }
    [video] la vidéo de { $member }
    [event] l'événement de { $member }
    [market_table] le stand au marché de { $member }
   *[other] la prestation de { $member }
    }
campaign-deliverable-delete-what-described = { $kind ->
    [post] la publication « { $description } » de { $member }
    [story] la story « { $description } » de { $member }
    [reel] le reel « { $description } » de { $member }
    [video] la vidéo « { $description } » de { $member }
    [event] l'événement « { $description } » de { $member }
    [market_table] le stand au marché « { $description } » de { $member }
   *[other] la prestation « { $description } » de { $member }
    }

## Codes that may have leaked (Dashboard)
campaign-leaks = Codes qui ont peut-être fuité
campaign-leaks-intro = Des signes relevés dans toutes vos ventes (pas seulement la période ci-dessus) : un code utilisé longtemps après sa campagne, une soudaine vague de commandes, ou un code de première commande utilisé surtout par des clients qui avaient déjà commandé. Un signe ne change rien à lui seul ; quand vous marquez un code comme fuité à partir d'un jour, ses commandes ne comptent plus pour personne à partir de là : ni pour le partenaire, ni en commission.
campaign-leaks-empty = Aucun signe de code fuité dans vos ventes. LocalLift vérifie de nouveau après chaque import.
campaign-col-sign = Signe
campaign-col-days = Jours
campaign-leak-expected = attendu : { $count }
campaign-leak-expected-less-one = attendu : < 1
campaign-leak-expected-title = Ce que le rythme habituel du code prévoyait pour ces jours
campaign-leak-show-orders = Voir les commandes
campaign-leak-mark = Marquer comme fuité depuis le { $day }
campaign-leak-mark-title = Ses commandes à partir du { $day } ne comptent pour personne (ni pour { $name }, ni en commission)
campaign-leak-marked-dashboard = { $code } marqué comme fuité depuis le { $day } : ses commandes à partir de là ne comptent pour personne (« Retirer la marque » sur la page de la campagne)

## The orders behind a leak signal
campaign-leak-orders-title = Commandes avec { $code }, { $range }
campaign-leak-orders-about = { $signal }. Toutes les commandes avec ce code ces jours-là, celles du signe et les autres.
campaign-leak-orders-empty = Plus aucune commande avec ce code ces jours-là (un import a peut-être été annulé).
campaign-leak-orders-table = Commandes avec { $code }
campaign-col-order = Commande
campaign-col-source = Source
campaign-col-new-customer = Nouveau client
campaign-leak-orders-no-customer = L'export n'indique aucun client pour cette commande

## Agreements due (Dashboard)
campaign-agreements = Accords à honorer
campaign-agreements-intro = Ce que les partenaires se sont engagés à livrer, à échéance dans la semaine ou en retard, dans toutes vos campagnes (pas seulement la période ci-dessus). Une publication que vous ajoutez remplit la prestation (publication, story, reel ou vidéo) encore ouverte dont l'échéance arrive en premier.
campaign-agreements-empty = Aucun accord à honorer cette semaine. Ajoutez ce que les partenaires se sont engagés à livrer (et pour quand) sur la page d'une campagne, dans Prestations.
campaign-agreements-mark-done-title = La marque comme faite aujourd'hui
campaign-agreements-done = { $kind } de { $name } : prestation marquée comme faite aujourd'hui
