# Les écrans des partenaires : la liste (Partners.svelte), la fiche d'un partenaire (PartnerProfile.svelte),
# les formulaires d'un partenaire, d'un compte social, d'une publication et d'un paiement, et les mots du
# compte d'un partenaire et de ses accords (ledger-labels.ts, partnership-labels.ts).

## Mots partagés par plusieurs de ces écrans
partners-name = Nom
partners-stage = Étape
partners-tier = Catégorie
partners-city = Ville
partners-niche = Niche
partners-niches = Niches
partners-email = E-mail
partners-phone = Téléphone
partners-neighborhood = Quartier
partners-where = Où
partners-consent = Consentement / origine
partners-notes = Notes
partners-social-accounts = Comptes sociaux
partners-platform = Plateforme
partners-handle = Identifiant
partners-handle-placeholder = @identifiant
partners-followers = Abonnés
partners-engagement = Engagement
partners-engagement-pct = Engagement (%)
partners-profile-link = Lien du profil
partners-followers-not-number = Le nombre d'abonnés doit être un nombre
partners-engagement-not-number = L'engagement doit être un nombre
partners-archived = Archivé
partners-campaign = Campagne
partners-status = Statut
partners-what = Quoi
partners-delete = Supprimer
partners-cancel = Annuler
partners-save = Enregistrer
partners-saving = Enregistrement…
partners-loading = Chargement…

## La liste des partenaires
partners-title = Partenaires
partners-export-file = partenaires.csv
partners-import-spreadsheet = Importer un tableur…
partners-new = Nouveau partenaire
partners-search-placeholder = Rechercher un nom, un identifiant, une ville, une niche…  ( / )
partners-search-label = Rechercher des partenaires
partners-all-tiers = Toutes les catégories
partners-all-stages = Toutes les étapes
partners-sort-by = Trier par
partners-sort-name = Tri : nom
partners-sort-audience = Tri : audience
partners-sort-stage = Tri : étape
partners-sort-city = Tri : ville
partners-sort-updated = Tri : dernière modification
partners-reverse-order = Inverser l'ordre
partners-descending = ↓ décroissant
partners-ascending = ↑ croissant
partners-show-archived = Afficher les archivés
partners-empty-filtered-title = Aucun partenaire ne correspond
partners-empty-filtered-text = Essayez avec moins de filtres ou une autre recherche.
partners-empty-title = Pas encore de partenaires
partners-empty-text = Ajoutez les créateurs, organisateurs et commerces du quartier avec qui vous travaillez, avec leurs comptes sociaux. Vous les suivez déjà dans un tableur ? Importez-le tel quel (CSV, Excel ou OpenDocument) : LocalLift vous montre ce qu'il lit avant d'importer quoi que ce soit.
partners-add-first = Ajouter votre premier partenaire
partners-main-account = Compte principal
partners-audience = Audience
partners-campaigns = Campagnes
partners-count = { $count ->
    [one] { $count } partenaire.
   *[other] { $count } partenaires.
    }
partners-tier-note = La catégorie dépend du plus grand compte : communauté < 1 k, nano 1 k–10 k, micro 10 k–100 k, macro 100 k–1 M, méga 1 M+.

## Le formulaire d'un partenaire
partners-form-edit-title = Modifier { $name }
partners-form-distance = Distance de la boutique (km)
partners-form-niches-hint = Séparées par des virgules
partners-form-niches-placeholder = plantes, course à pied
partners-form-values = Valeurs partagées (1–5)
partners-form-authenticity = Authenticité du contenu (1–5)
partners-form-locality = Audience locale (%)
partners-form-locality-hint = Part des abonnés qui habitent près de chez vous, si vous la connaissez
partners-form-consent-hint = Comment vous vous êtes rencontrés, et si ce partenaire a accepté que ses coordonnées soient conservées
partners-form-add-account = + Ajouter un autre compte
partners-form-add = Ajouter le partenaire
partners-form-saved = Partenaire enregistré
partners-form-added = { $name } ajouté
partners-form-distance-not-number = La distance doit être un nombre
partners-form-values-not-number = Les valeurs partagées doivent être un nombre
partners-form-authenticity-not-number = L'authenticité doit être un nombre
partners-form-locality-not-number = L'audience locale doit être un nombre

## Le formulaire d'un compte social
partners-account-update-title = Mettre à jour @{ $handle }
partners-account-add-title = Ajouter un compte social
partners-account-as-of = Chiffres au
partners-account-choose-day = Choisissez le jour de ces chiffres
partners-account-reading-saved = Chiffres enregistrés
partners-account-added = Compte ajouté

## Le formulaire d'une publication
partners-post-edit-title = Modifier la publication
partners-post-log-title = Ajouter une publication
partners-post-paste = Coller le lien et les chiffres
# Les mots entre guillemets doivent être des mots que LocalLift lit dans une ligne collée (portée, j'aime,
# commentaires…), avec l'apostrophe droite de « j'aime ».
partners-post-paste-hint = Tels que le partenaire les a envoyés, sur une ligne : le lien, puis « portée 4100 · 310 j'aime · 22 commentaires… ». Les champs ci-dessous se remplissent.
partners-post-paste-placeholder = https://www.instagram.com/p/… portée 4100 · 310 j'aime
partners-post-fill-in = Remplir
partners-post-unread = Nombres sans mot connu de LocalLift, non repris : { $numbers }
partners-post-posted-at = Publiée le
partners-post-link = Lien de la publication
partners-post-followers = Abonnés au moment de la publication
partners-post-followers-hint = Vide : repris de l'historique du compte
partners-post-reach = Portée
partners-post-likes = J'aime
partners-post-comments = Commentaires
partners-post-shares = Partages
partners-post-saves = Enregistrements
partners-post-clicks = Clics sur le lien
partners-post-followers-not-whole = Le nombre d'abonnés doit être un nombre entier
partners-post-reach-not-whole = La portée doit être un nombre entier
partners-post-likes-not-whole = Le nombre de j'aime doit être un nombre entier
partners-post-comments-not-whole = Le nombre de commentaires doit être un nombre entier
partners-post-shares-not-whole = Le nombre de partages doit être un nombre entier
partners-post-saves-not-whole = Le nombre d'enregistrements doit être un nombre entier
partners-post-clicks-not-whole = Le nombre de clics sur le lien doit être un nombre entier
partners-post-choose-when = Choisissez quand elle a été publiée
partners-post-saved = Publication enregistrée
partners-post-logged = Publication ajoutée
partners-post-log = Ajouter la publication

## Le formulaire d'un paiement
partners-payment-title = Enregistrer un paiement à { $partner }
partners-payment-day = Payé le
partners-payment-amount = Montant
partners-payment-owed-hint = Dû maintenant : { $amount }
partners-payment-how = Comment
partners-payment-how-hint = Virement, PayPal, espèces, avoir en boutique… ou autre chose
partners-payment-note = Note
partners-payment-note-hint = Facultatif : un numéro de facture, ce que couvre le paiement
partners-payment-explained = Un paiement réduit ce que vous devez au partenaire. Vous avez payé plus que ce qui est dû maintenant ? La différence sera déduite de ce qu'il gagnera ensuite.
partners-payment-record = Enregistrer le paiement
partners-payment-choose-day = Choisissez le jour du paiement
partners-payment-type-amount = Saisissez un montant
partners-payment-recorded = Paiement enregistré

## Moyens de paiement proposés pendant la saisie
partners-pay-method-bank-transfer = Virement
partners-pay-method-cash = Espèces
partners-pay-method-store-credit = Avoir en boutique
partners-pay-method-check = Chèque

## La fiche d'un partenaire
partners-profile-back = ← Partenaires
partners-profile-largest-account = { $followers } sur le plus grand compte
partners-profile-no-accounts = Pas encore de compte social
partners-profile-edit = Modifier
partners-profile-import-posts = Importer des publications…
partners-profile-import-posts-title = Ses publications et leurs chiffres depuis un export de Meta Business Suite, TikTok Studio ou YouTube Studio, chacune dans la campagne en cours le jour de sa publication
partners-profile-restore = Restaurer
partners-profile-archive = Archiver
partners-profile-archived-notice = Archivé : masqué dans les listes, historique conservé
partners-profile-restored-notice = Restauré
partners-profile-deleted = { $name } supprimé
partners-profile-contact = Contact et lieu
partners-profile-km-away = à { $km } km
partners-profile-values = Valeurs partagées
partners-profile-authenticity = Authenticité
partners-profile-audience-nearby = Audience locale
partners-profile-not-rated = non noté
partners-profile-rating = { $rating } sur 5
partners-profile-add-account = Ajouter un compte
partners-profile-no-accounts-hint = Pas encore de compte. Ajoutez-en un pour voir la catégorie et l'audience du partenaire.
partners-profile-growth = Croissance
partners-profile-as-of = Au
partners-profile-followers-over-time = Abonnés au fil du temps
partners-profile-since = depuis le { $day }
partners-profile-one-reading = un seul relevé
partners-profile-new-reading = Nouveau relevé
partners-profile-remove = Retirer
partners-profile-remove-account = Retirer @{ $handle }

## Le score d'adéquation
partners-fit = Adéquation
partners-fit-no-score = Pas encore de score : au moins deux des critères ci-dessous ont besoin de données.
partners-fit-table = Critères du score d'adéquation
partners-fit-factor = Critère
partners-fit-from = D'après
partners-fit-score = Score
partners-fit-weight = Poids
partners-fit-missing = Manquant : { $basis }
partners-fit-explained = Le score est la moyenne pondérée des critères qui ont des données ; les poids se règlent dans Réglages.
partners-fit-engagement = Engagement par rapport à la taille
partners-fit-locality = Audience locale
partners-fit-values = Valeurs partagées
partners-fit-authenticity = Authenticité
partners-fit-past-roi = ROI passé
partners-fit-kept-agreements = Accords respectés

## Historique des campagnes
partners-history = Historique des campagnes
partners-trend-intro = Au fil du temps, campagne après campagne :
partners-trend-revenue = CA net
partners-trend-revenue-label = CA net par campagne, de la plus ancienne à la plus récente : { $values }
partners-trend-roi = ROI
partners-trend-roi-label = ROI par campagne, de la plus ancienne à la plus récente : { $values }
partners-trend-roi-lift = { $range } (hausse des ventes)
partners-trend-roi-none = aucun
partners-trend-customers = nouveaux clients
partners-trend-customers-label = Nouveaux clients par campagne, de la plus ancienne à la plus récente : { $values }
partners-history-none = Dans aucune campagne pour l'instant.
partners-history-dates = Dates
partners-history-codes = Codes
partners-history-orders = Commandes
partners-history-net-revenue = CA net
partners-history-cost = Coût
partners-history-roi = ROI
partners-history-posts = Publications
partners-history-lift-title = Partenaire sans code : mesuré par la hausse des ventes de la campagne (sa part, CA net, fourchette à 95 %), pas par les commandes
partners-history-cost-title = rémunération { $fee } + produits offerts { $gifted } + commission { $commission }
partners-history-roi-lift-title = ROI d'après sa part de la hausse des ventes de la campagne, fourchette à 95 %
partners-history-sales-lift = (hausse des ventes)
partners-leads = Responsable de :

## Payé et dû (le compte du partenaire)
partners-ledger = Payé et dû
partners-ledger-statement-pdf = Relevé PDF
partners-ledger-statement-pdf-title = Enregistrer en PDF le relevé de paiements de { $name } pour la période affichée, à lui envoyer : chaque ligne, le solde, ce qui est en attente, les totaux de chaque année
partners-ledger-statement-csv = Relevé CSV
partners-ledger-record-payment = Enregistrer un paiement
partners-ledger-empty-title = Rien de dû ni de payé pour l'instant
partners-ledger-empty-text = Les rémunérations apparaissent dès le premier jour d'une campagne ; les commissions une fois passé le délai d'attente d'une commande.
partners-ledger-paid-ahead = Payé d'avance
partners-ledger-owed-now = Dû maintenant
partners-ledger-paid-ahead-explained = Payé plus que ce qui est dû maintenant (un remboursement après un paiement) : déduit de ce qu'il gagnera ensuite
partners-ledger-upcoming-fees = et { $amount } de rémunérations de campagnes pas encore commencées
partners-ledger-held = Commission en attente
partners-ledger-held-next-due = prochaine échéance le { $day }
partners-ledger-held-due-after = { $count ->
    [one] due { $count } jour après chaque commande
   *[other] due { $count } jours après chaque commande
    }
partners-ledger-paid-this-year = Payé cette année
partners-ledger-held-intro = { $count ->
    [one] Pas encore due (pendant le délai d'attente de { $count } jour après chaque commande ; aucune commission n'est due sur un remboursement dans ce délai) :
   *[other] Pas encore due (pendant le délai d'attente de { $count } jours après chaque commande ; aucune commission n'est due sur un remboursement dans ce délai) :
    }
partners-ledger-held-line = { $orders ->
    [one] {"\u00A0"}: { $commission } sur { $sales } de ventes ({ $orders } commande), la première due le { $day }
   *[other] {"\u00A0"}: { $commission } sur { $sales } de ventes ({ $orders } commandes), la première due le { $day }
    }
partners-ledger-period = Période des lignes et du relevé
partners-ledger-from = Du
partners-ledger-to = Au
partners-ledger-backwards = Le premier jour est après le dernier : il n'y a rien entre les deux.
partners-ledger-totals = {"\u00A0"}: rémunérations { $fees } · commission { $commission } · repris { $takenBack } · payé { $paid }
partners-ledger-lines = Lignes du compte
partners-ledger-day = Jour
partners-ledger-on-net = Sur le CA net
partners-ledger-amount = Montant
partners-ledger-balance = Solde
partners-ledger-opening = Solde d'ouverture
partners-ledger-ordered = commandé le { $day }
partners-ledger-sold = vendu le { $day }
partners-ledger-delete-payment = Supprimer le paiement du { $day }
partners-ledger-payment-what = le paiement de { $amount } du { $day }
partners-ledger-payment-deleted = Paiement supprimé
partners-ledger-no-lines = Rien n'est devenu dû et rien n'a été payé sur cette période.
partners-ledger-by-year = Par année
partners-ledger-by-year-note = (pour les déclarations fiscales du partenaire)
partners-ledger-year = Année
partners-ledger-fees = Rémunérations
partners-ledger-commission = Commission
partners-ledger-taken-back = Repris
partners-ledger-paid = Payé
partners-ledger-how = Comment ces montants sont calculés
partners-ledger-how-fee = La rémunération d'une campagne est due dès son premier jour.
partners-ledger-how-commission = { $count ->
    [one] La commission sur une commande est due { $count } jour après la commande (ou le jour de son import, s'il est plus tardif), sur son CA net connu à ce moment-là : aucune commission n'est due sur un remboursement pendant ce délai d'attente. Le délai se règle dans Réglages.
   *[other] La commission sur une commande est due { $count } jours après la commande (ou le jour de son import, s'il est plus tardif), sur son CA net connu à ce moment-là : aucune commission n'est due sur un remboursement pendant ce délai d'attente. Le délai se règle dans Réglages.
    }
partners-ledger-how-refund = Un remboursement connu après l'échéance de la commission en reprend la part (« repris ») ; un import ultérieur qui annule ce remboursement la rétablit.
partners-ledger-how-rounding = La commission est arrondie une fois par campagne, sur son total cumulé. Les paiements sont ceux que vous enregistrez ici.

## Lignes du compte
partners-entry-kind-fee = Rémunération
partners-entry-kind-commission = Commission
partners-entry-kind-restored = Rétabli
partners-entry-kind-taken-back = Repris (remboursement)
partners-entry-kind-payment = Paiement
partners-entry-fee = Rémunération · { $campaign }
partners-entry-commission-order = Commission · { $campaign } · commande { $order }
partners-entry-commission-in-store = Commission · { $campaign } · en boutique (saisi à la main)
partners-entry-taken-back = Repris (remboursement) · { $campaign } · commande { $order }
partners-entry-restored = Rétabli · { $campaign } · commande { $order }
partners-entry-payment = Paiement · { $how }

## Soldes
partners-balance-owed = dû : { $amount }
partners-balance-ahead = payé d'avance : { $amount }
partners-balance-nothing = rien de dû
partners-balance-cell-ahead = { $amount } d'avance
partners-balance-end-owed = dû à la fin { $amount }
partners-balance-end-ahead = payé d'avance à la fin { $amount }
partners-balance-end-nothing = rien de dû à la fin

## Périodes du compte et du relevé
partners-period-all = Depuis le début
partners-period-this-year = Cette année
partners-period-last-year = L'an dernier
partners-period-custom = Personnalisée…
partners-period-from = À partir du { $day }
partners-period-until = Jusqu'au { $day }
partners-period-all-until = Depuis le début, jusqu'au { $day }

## Le nom de fichier proposé pour un relevé (sans « .pdf » ni « .csv »)
partners-statement-file = Relevé { $partner }
partners-statement-file-year = Relevé { $partner } { $year }
partners-statement-file-range = Relevé { $partner } du { $from } au { $to }
partners-statement-file-start = début
partners-statement-file-today = aujourd'hui

## Accords (ce que le partenaire s'est engagé à livrer)
partners-agreements = Accords
partners-agreements-empty = Aucune prestation convenue pour l'instant. Sur la page d'une campagne, ajoutez ce que le partenaire s'est engagé à livrer (une publication, un reel, un stand au marché) et pour quand.
partners-agreements-none = Aucune prestation convenue pour l'instant
partners-agreements-record = { $onTime } à temps · { $late } en retard · { $missed ->
        [one] { $missed } manquée
       *[other] { $missed } manquées
    } · { $open } en cours
partners-kept = { $percent } respectés
partners-agreements-kept = { $percent } respectés (un retard compte pour moitié)
partners-agreements-deliverables = Prestations
partners-agreements-description = Description
partners-agreements-due = Échéance
partners-agreements-the-post = la publication

## Types de prestations
partners-deliverable-post = Publication
partners-deliverable-story = Story
partners-deliverable-reel = Reel
partners-deliverable-video = Vidéo
partners-deliverable-event = Événement
partners-deliverable-market-table = Stand au marché
partners-deliverable-other = Autre

## Où en est une prestation (badges)
partners-deliverable-status-planned = Prévue
partners-deliverable-status-due = À livrer cette semaine
partners-deliverable-status-done = Faite
partners-deliverable-status-missed = Manquée

## La même chose dans une phrase, à côté de son jour
partners-due-status-planned = prévue
partners-due-status-due = à livrer cette semaine
partners-due-status-done = faite
partners-due-status-missed = manquée
partners-due-overdue-since = en retard depuis le { $day }
partners-due-today = à livrer aujourd'hui
partners-due-tomorrow = à livrer demain
partners-due-in-days = { $count ->
    [one] à livrer dans { $count } jour
   *[other] à livrer dans { $count } jours
    }
partners-done-on = faite le { $day }
partners-done-on-time = faite le { $day } · à temps
partners-done-late = faite le { $day } · en retard

## Signes qu'un code a fuité
partners-signal-name-after-window = Utilisé après la campagne
partners-signal-name-spike = Pic soudain
partners-signal-name-existing-customers = Utilisé par des clients existants
partners-signal-after-window = { $orders ->
        [one] { $orders } commande passée
       *[other] { $orders } commandes passées
    } plus de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après le dernier jour compté de la campagne ({ $date })
partners-signal-spike = { $orders ->
    [one] { $orders } commande d'un coup
   *[other] { $orders } commandes d'un coup
    }
partners-signal-spike-below-one = { $orders ->
    [one] { $orders } commande d'un coup, alors que le rythme habituel du code en prévoyait moins d'une
   *[other] { $orders } commandes d'un coup, alors que le rythme habituel du code en prévoyait moins d'une
    }
partners-signal-spike-about = { $orders ->
    [one] { $orders } commande d'un coup, alors que le rythme habituel du code en prévoyait environ { $expected }
   *[other] { $orders } commandes d'un coup, alors que le rythme habituel du code en prévoyait environ { $expected }
    }
partners-signal-existing = { $orders ->
    [one] { $orders } commande avec un client connu venait d'un client qui avait déjà commandé, avec un code réservé aux premières commandes
   *[other] { $orders } commandes avec un client connu venaient de clients qui avaient déjà commandé, avec un code réservé aux premières commandes
    }
partners-signal-existing-of = { $orders } des { $known } commandes avec un client connu venaient de clients qui avaient déjà commandé, avec un code réservé aux premières commandes

## Si une commande était la première de son client
partners-new-customer-yes = Oui
partners-new-customer-no = Non
partners-new-customer-unknown = Inconnu
