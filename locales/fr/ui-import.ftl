# Mots des écrans d'import : exports de ventes, tableaux de partenaires et de communautés, publications d'un
# partenaire et réponses des clients à « Comment nous avez-vous connus ? ».
# Les phrases écrites par le cœur (notes d'import, problèmes de lignes, erreurs de fichier) ne sont pas ici.

## Commun
import-cancel = Annuler
import-undo = Annuler l'import
import-undoing = Annulation…
import-done = Terminé
import-import = Importer
import-importing = Import en cours…
import-import-valid-rows = Importer les lignes valides
import-choose-file = Choisir un fichier…
import-choose-another-file = Choisir un autre fichier
import-type-path = Ou saisissez son chemin
import-read = Lire
import-reading = Lecture de { $file }…
import-what-read = Ce que LocalLift a lu
import-read-this-way = Lu ainsi
import-seen-before = Déjà importé
import-seen-before-changes-nothing = Ce fichier exact a déjà été importé ; l'importer de nouveau ne change rien.
import-undone-notice = Import de { $file } annulé
import-file-rows = { $format }, { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
    }
import-imported = Import terminé : { $new } nouveaux, { $updated } mis à jour.
import-problems = Problèmes
import-col-line = Ligne
import-col-column = Colonne
import-col-value = Valeur
import-col-problem = Problème
import-problems-left-out-if = { $count ->
    [one] { $count } problème : sa ligne est laissée de côté si vous importez les lignes valides
   *[other] { $count } problèmes : leurs lignes sont laissées de côté si vous importez les lignes valides
    }
import-first-shown = Les { $count } premiers sont affichés.

## Importer des ventes
import-sales-title = Importer des ventes
import-sales-choose-title = Choisir un export de ventes
import-sales-filter = Exports de ventes
import-sales-imported-notice = { $count ->
    [one] { $count } nouvelle commande importée depuis { $file }
   *[other] { $count } nouvelles commandes importées depuis { $file }
    }
import-sales-nothing-new-notice = Rien de nouveau dans ce fichier
import-sales-save-problems-title = Enregistrer la liste des problèmes
import-sales-problems-file = { $file }-problèmes.csv
import-sales-problems-saved = Liste des problèmes enregistrée sous { $file }
import-sales-cancelled = Import annulé : rien n'a été modifié.
import-sales-drop = Glissez un export de ventes dans cette fenêtre
import-sales-intro = Les commandes exportées de Shopify, Square (articles ou transactions), WooCommerce, Etsy (commandes ou articles), Stripe ou PayPal, telles que la plateforme les écrit. LocalLift reconnaît le format, vous montre ce qu'il a lu et n'importe rien sans votre accord.
import-sales-any-csv = Tout autre fichier CSV peut aussi être importé
import-sales-any-csv-how = (l'export de votre caisse, un tableur) : quand un fichier ne vient pas de l'une de ces plateformes, LocalLift vous montre ses colonnes et vous indiquez laquelle contient le numéro de commande, la date et le montant.
import-sales-type-path = Saisir plutôt le chemin d'un fichier
import-sales-path = Chemin du fichier
import-sales-path-example = /home/me/Downloads/orders_export.csv
import-sales-read-it = Le lire
import-sales-map-columns = Faire correspondre les colonnes de { $file }
import-sales-file-facts = { $encoding }, séparateur « { $delimiter } », { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
    }
import-sales-format = Format
import-sales-recognized-as = Reconnu comme
import-sales-orders = Commandes
import-sales-orders-read = { $count } :
import-sales-orders-new = { $count ->
    [one] { $count } nouvelle
   *[other] { $count } nouvelles
    }
import-sales-orders-others = , { $updated ->
    [one] { $updated } modifiée
   *[other] { $updated } modifiées
    } depuis la dernière fois, { $unchanged ->
    [one] { $unchanged } déjà présente
   *[other] { $unchanged } déjà présentes
    }
import-sales-dates-written = Format des dates
import-sales-day-first = Jour en premier (31/12/2024)
import-sales-month-first = Mois en premier (12/31/2024)
import-sales-tax = Taxes
import-sales-prices-include-tax = Mes prix incluent les taxes (TVA) : les retirer du CA net
import-sales-refunds = Remboursements
import-sales-refunds-applied = { $count ->
    [one] { $count } ligne de remboursement appliquée à sa commande
   *[other] { $count } lignes de remboursement appliquées à leurs commandes
    }
import-sales-currency = Devise
import-sales-currency-from-file = Votre boutique n'a pas encore de devise : ce sera { $currency }, comme dans ce fichier.
import-sales-seen-before = Ce fichier exact a déjà été importé ; l'importer de nouveau n'ajoute rien.
import-sales-backup = Sauvegarde
import-sales-sample = Premières commandes telles que lues
import-sales-col-order = Commande
import-sales-col-placed = Passée le
import-sales-col-channel = Canal
import-sales-col-gross = Brut
import-sales-col-discounts = Remises
import-sales-col-refunds = Remboursements
import-sales-col-net = Net
import-sales-col-codes = Codes
import-sales-col-items = Articles
import-sales-status-unpaid = Pas encore payée
import-sales-status-cancelled = Annulée
import-sales-channel-in-store = En boutique
import-sales-channel-online = En ligne
import-sales-channel-other = Autre
import-sales-net-explained = Net = brut − remises − remboursements ; les taxes (y compris celles incluses dans les prix) et la livraison ne sont pas du chiffre d'affaires. Les commandes pas encore payées ou annulées sont conservées, mais pas comptées.
import-sales-problem-rows = { $count ->
    [one] { $count } ligne a un problème
   *[other] { $count } lignes ont des problèmes
    }
import-sales-first-problems = Les { $shown } premiers sont affichés ; la liste enregistrée en contient { $count }.
import-sales-save-problems = Enregistrer la liste des problèmes…
import-sales-nothing-to-import = Toutes les commandes de ce fichier sont déjà dans LocalLift : rien à importer.
import-sales-import-orders = { $count ->
    [one] Importer { $count } commande
   *[other] Importer { $count } commandes
    }
import-sales-import-valid = Importer les commandes valides, sans les lignes à problème
import-sales-progress = Progression de l'import
import-sales-rows-read = { $count ->
    [one] { $count } ligne lue
   *[other] { $count } lignes lues
    }
import-sales-rows-read-share = { $count ->
    [one] { $count } ligne lue, { $share }
   *[other] { $count } lignes lues, { $share }
    }
import-sales-imported = Import terminé : { $new } nouvelles commandes, { $updated } mises à jour.
import-sales-nothing-imported = Rien de nouveau n'a été importé.
import-sales-import-another = Importer un autre fichier
import-sales-in-locallift = Les ventes dans LocalLift
import-sales-total = { $count ->
    [one] { $orders } commande
   *[other] { $orders } commandes
    }, CA net { $revenue }{ $codes ->
    [0] .
    [one] ; { $codes } code promo utilisé.
   *[other] ; { $codes } codes promo utilisés.
    }
import-sales-history = Historique des imports
import-sales-history-empty = Aucun import pour l'instant
import-sales-history-empty-demo-hint = Les ventes de la boutique de démo ont été générées avec elle, pas importées d'un fichier. Chaque fichier que vous importez apparaît ici avec ce qu'il a ajouté, et peut être annulé.
import-sales-history-empty-hint = Chaque import apparaît ici avec ce qu'il a ajouté, et peut être annulé.
import-sales-col-file = Fichier
import-sales-col-when = Quand
import-sales-col-new = Nouvelles
import-sales-col-changed = Modifiées
import-sales-col-net-change = Variation du CA net
import-sales-undone = Annulé

## Colonnes d'un fichier inconnu
import-mapping-form = Correspondance des colonnes
import-mapping-intro = Les colonnes de ce fichier ne correspondent à aucun export connu de LocalLift, mais tout fichier CSV peut être importé : indiquez ce que contient chaque colonne ; LocalLift s'en souviendra pour les fichiers ayant les mêmes colonnes. Une ligne avec un montant négatif est lue comme un remboursement de la commande qu'elle indique.
import-mapping-order-id = Numéro de commande ou de ticket
import-mapping-order-id-hint = Des lignes consécutives avec le même numéro forment une seule commande
import-mapping-placed-at = Date (et heure)
import-mapping-placed-at-hint = Lue dans le fuseau horaire de la boutique, sauf si elle indique un décalage
import-mapping-gross = Montant des marchandises
import-mapping-gross-hint = Avant remises ; s'il n'y a qu'un total, les taxes et la livraison comptent dans le chiffre d'affaires
import-mapping-code = Code promo
import-mapping-discount = Montant de la remise
import-mapping-refund = Montant remboursé
import-mapping-shipping = Livraison
import-mapping-tax = Taxes
import-mapping-customer = E-mail ou identifiant du client (enregistré uniquement sous forme de clé salée)
import-mapping-channel = Canal (un texte comme « pos », « till » ou « store » veut dire en boutique)
import-mapping-location = Point de vente
import-mapping-currency = Devise
import-mapping-item-name = Article
import-mapping-quantity = Quantité
import-mapping-status = Statut (payée, en attente, annulée… : seules les commandes payées comptent)
import-mapping-total = Total de la commande (indique si les prix incluent les taxes)
import-mapping-refund-of = Numéro de la commande remboursée (pour les lignes de remboursement au montant négatif)
import-mapping-said = Comment nous avez-vous connus ? (réponse)
import-mapping-dates = Format des dates
import-mapping-dates-ymd = année-mois-jour (2024-03-05)
import-mapping-dates-mdy = mois/jour/année (03/05/2024)
import-mapping-dates-dmy = jour/mois/année (05/03/2024, 05.03.2024)
import-mapping-none = — aucune —
import-mapping-decimal-comma = Les montants utilisent une virgule décimale (12,50)
import-mapping-amounts-per-row = Chaque ligne est un article : additionner les montants des lignes d'une commande
import-mapping-preview = Aperçu avec ces colonnes

## Ce que contient une colonne d'un tableur de partenaires ou de communautés
import-column-leave-out = Ignorer
import-column-name = Nom
import-column-first-name = Prénom
import-column-last-name = Nom de famille
import-column-email = E-mail
import-column-phone = Téléphone
import-column-neighborhood = Quartier
import-column-city = Ville
import-column-niches = Niches
import-column-stage = Étape
import-column-notes = Notes
import-column-platform = Plateforme (du compte de la ligne)
import-column-as-of = Relevé le (date)
import-column-kind = Type de communauté (groupe Facebook, Discord…)
import-column-topic = Thème
import-column-members = Membres
import-column-leader = Responsable (nom d'un partenaire)
import-column-handle = Identifiant { $platform }
import-column-handle-any = Identifiant (plateforme de la ligne)
import-column-url = Lien du profil { $platform }
import-column-url-any = Lien du profil (plateforme de la ligne ou du lien)
import-column-followers = Abonnés { $platform }
import-column-followers-any = Abonnés (plateforme de la ligne)
import-column-engagement = Engagement { $platform } (%)
import-column-engagement-any = Engagement (plateforme de la ligne)
import-column-group-person = Personne
import-column-group-account = Compte (plateforme de la ligne)
import-column-group-community = Communauté
import-column-community-link = Lien (page du groupe, du serveur ou du club)

## Importer des partenaires ou des communautés depuis un tableur
import-partners-title = Importer des partenaires depuis un tableur
import-communities-title = Importer des communautés depuis un tableur
import-partners-choose-title = Choisir un tableur de partenaires
import-partners-filter = Tableurs
import-partners-imported-notice = Partenaires importés depuis { $file } : { $new } nouveaux, { $updated } mis à jour
import-communities-imported-notice = Communautés importées depuis { $file } : { $new } nouvelles, { $updated } mises à jour
import-partners-intro = Une liste des créateurs, organisateurs et commerces avec qui vous travaillez, depuis n'importe quel tableur : CSV, Excel (.xlsx, .xls) ou OpenDocument (.ods). Une ligne par personne, ou une par compte. LocalLift vous montre ce qu'il lit et quelle colonne il prend pour quoi, et n'importe rien sans votre accord.
import-communities-intro = Une liste des clubs de course, groupes de parents, serveurs et autres communautés avec qui vous travaillez, depuis n'importe quel tableur : CSV, Excel (.xlsx, .xls) ou OpenDocument (.ods), une ligne par communauté (nom, type, lien, membres, thème, lieu, responsable, étape, notes). LocalLift vous montre ce qu'il lit et quelle colonne il prend pour quoi, et n'importe rien sans votre accord.
import-partners-path-example = /home/me/Documents/creators.xlsx
import-partners-last = Dernier import : { $file }, { $when } : { $new } nouveaux, { $updated } mis à jour.
import-partners-undone-file = Import de { $file } annulé : les partenaires et comptes qu'il avait ajoutés et les champs qu'il avait modifiés sont revenus comme avant.
import-partners-needs-mapping = Choisissez la colonne avec le nom, l'identifiant ou le lien du profil de chaque partenaire.
import-partners-partners = Partenaires
import-partners-summary = { $new } nouveaux, { $updated } mis à jour, { $unchanged } inchangés
import-partners-summary-problems = { $new } nouveaux, { $updated } mis à jour, { $unchanged } inchangés, { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
    }
import-partners-accounts = Comptes
import-partners-accounts-new = { $accounts ->
    [one] { $accounts } nouveau compte
   *[other] { $accounts } nouveaux comptes
    }, { $readings ->
    [one] { $readings } nouveau relevé d'abonnés
   *[other] { $readings } nouveaux relevés d'abonnés
    }
import-partners-columns = Colonnes
import-partners-source-suggested = Deviné d'après les noms des colonnes : vérifiez chaque colonne et corrigez celles qui sont fausses.
import-partners-source-saved = Comme vous l'avez choisi la dernière fois pour un fichier ayant ces colonnes.
import-partners-source-given = Comme vous l'avez choisi.
import-partners-reading-again = Nouvelle lecture…
import-partners-col-first-row = Première ligne
import-partners-col-holds = Contient
import-partners-column-n = Colonne { $n }
import-partners-people = Qui l'import ajoute ou modifie
import-partners-people-table = Partenaires de ce fichier
import-partners-col-partner = Partenaire
import-partners-col-what = Quoi
import-partners-new = Nouveau
import-partners-updated = Mis à jour
import-partners-first-of = Les { $shown } premiers sur { $count } sont affichés.
import-partners-nothing-to-import = Tous les partenaires de ce fichier sont déjà dans LocalLift tels qu'il les décrit : rien à importer.
import-partners-undone = Import annulé : les partenaires et comptes qu'il avait ajoutés et les champs qu'il avait modifiés sont revenus comme avant.
import-partners-problems-left-out = { $count ->
    [one] { $count } problème : sa ligne a été laissée de côté.
   *[other] { $count } problèmes : leurs lignes ont été laissées de côté.
    }
import-partners-nothing-imported = Rien n'a été importé : tous les partenaires de ce fichier sont déjà dans LocalLift tels qu'il les décrit.

## Importer les publications d'un partenaire depuis l'export d'une plateforme
import-posts-title = Importer des publications depuis l'export d'une plateforme
import-posts-choose-title = Choisir un export de publications
import-posts-filter = Exports
import-posts-imported-notice = Publications importées depuis { $file } : { $new } nouvelles, { $updated } mises à jour
import-posts-intro = Les publications de { $partner } et leurs chiffres (portée, j'aime, commentaires, partages, enregistrements), depuis l'export de la plateforme elle-même :
# Les menus des plateformes, comme elles les nomment.
import-posts-where-meta = Meta Business Suite (Instagram, Facebook) › Content › Export
import-posts-where-tiktok = TikTok Studio › Analytics › Content › Download
import-posts-where-youtube = YouTube Studio › Analytics › Advanced mode › Export as CSV (le fichier « Table data.csv »)
import-posts-how = Chaque publication va dans la campagne du partenaire en cours le jour où elle a été publiée ; une publication faite un jour en dehors de toutes les campagnes du partenaire est laissée de côté. Un fichier qui ne nomme aucun compte (celui de YouTube), ou un compte qu'aucun partenaire n'a, est attribué à { $partner } ; les publications d'un compte d'un autre partenaire vont à ce partenaire. LocalLift vous montre ce qu'il lit et n'importe rien sans votre accord.
import-posts-path-example = /home/me/Downloads/Table data.csv
import-posts-last = Dernier import de publications : { $file }, { $when } : { $new } nouvelles, { $updated } mises à jour.
import-posts-undone-file = Import de { $file } annulé : les publications qu'il avait ajoutées ont disparu et celles qu'il avait modifiées sont revenues comme avant.
import-posts-needs-partner = Cet export ne nomme aucun compte : LocalLift ne peut pas savoir à qui sont ces publications.
import-posts-posts = Publications
import-posts-summary = { $new } nouvelles, { $updated } mises à jour, { $unchanged } inchangées
import-posts-summary-outside = { $new } nouvelles, { $updated } mises à jour, { $unchanged } inchangées, { $outside } hors de toute campagne
import-posts-summary-problems = { $new } nouvelles, { $updated } mises à jour, { $unchanged } inchangées, { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
    }
import-posts-summary-outside-problems = { $new } nouvelles, { $updated } mises à jour, { $unchanged } inchangées, { $outside } hors de toute campagne, { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
    }
import-posts-unknown-accounts-note = { $count ->
    [one] Ce compte n'est associé à aucun partenaire : { $accounts }. Ses publications compteront pour { $partner }. Si c'est une erreur, annulez et ajoutez d'abord le compte au profil du bon partenaire.
   *[other] Ces comptes ne sont associés à aucun partenaire : { $accounts }. Leurs publications compteront pour { $partner }. Si c'est une erreur, annulez et ajoutez d'abord les comptes au profil du bon partenaire.
    }
import-posts-account-separator = {", "}
import-posts-nothing-to-import = Rien à importer : chaque publication de ce fichier faite un jour de campagne est déjà dans LocalLift avec ces chiffres.
import-posts-undone = Import annulé : les publications qu'il avait ajoutées ont disparu et celles qu'il avait modifiées sont revenues comme avant.
import-posts-left-out-outside = Laissé de côté : { $outside ->
    [one] { $outside } publication hors de toute campagne
   *[other] { $outside } publications hors de toute campagne
    }.
import-posts-left-out-problems = Laissé de côté : { $problems ->
    [one] { $problems } ligne avec un problème
   *[other] { $problems } lignes avec des problèmes
    }.
import-posts-left-out-both = Laissé de côté : { $outside ->
    [one] { $outside } publication hors de toute campagne
   *[other] { $outside } publications hors de toute campagne
    }, { $problems ->
    [one] { $problems } ligne avec un problème
   *[other] { $problems } lignes avec des problèmes
    }.
import-posts-nothing-imported = Rien n'a été importé : chaque publication de ce fichier faite un jour de campagne est déjà dans LocalLift avec ces chiffres.

## Comment les clients vous ont connus
import-survey-title = Comment les clients vous ont connus
import-survey-intro = Beaucoup de commandes contiennent la réponse du client à « Comment nous avez-vous connus ? ». Indiquez une fois, pour chaque réponse, quel partenaire elle cite (ou aucun) : les commandes sans code promo dont la réponse cite un partenaire d'une campagne comptent alors pour ce partenaire « selon le client », après les codes et jamais deux fois, affichées à part et sans commission due.
import-survey-reading = Lecture des réponses…
import-survey-empty = Aucune réponse pour l'instant
import-survey-empty-hint = Les réponses arrivent avec les commandes que vous importez : les exports Shopify les contiennent dans « Note Attributes » (« Comment nous avez-vous connus ? ») et dans les notes de commande, les exports WooCommerce dans « Customer Note », et tout autre fichier CSV dans la colonne que vous désignez comme réponse. Une fois des commandes avec réponses importées, chaque réponse apparaît ici pour que vous la lisiez.
import-survey-read-count = { $read ->
    [one] { $read } réponse lue
   *[other] { $read } réponses lues
    } sur { $total }
import-survey-accept-all = Accepter toutes les suggestions ({ $count })
import-survey-only-unread = Afficher seulement les réponses pas encore lues
import-survey-table = Réponses des clients
import-survey-col-answer = Réponse
import-survey-col-orders = Commandes
import-survey-col-net = CA net
import-survey-col-names = Partenaire cité
import-survey-select = Partenaire cité dans « { $answer } »
import-survey-not-read = — pas encore lue —
import-survey-no-partner = Aucun partenaire
import-survey-its = C'est { $partner }
import-survey-forget = Oublier
import-survey-forget-hint = Oublier comment cette réponse a été lue
import-survey-none-left = Il ne reste aucune réponse à lire.
import-survey-all-read = Toutes les réponses sont lues ; celles des commandes que vous importerez plus tard apparaîtront ici aussi.
import-survey-partner-n = Partenaire { $id }
import-survey-read-notice = Réponse « { $answer } » lue comme citant { $partner }
import-survey-read-none-notice = Réponse « { $answer } » lue comme ne citant aucun partenaire
import-survey-forgotten-notice = La lecture de la réponse « { $answer } » est oubliée
import-survey-accepted-notice = { $count ->
    [one] { $count } réponse lue comme suggéré
   *[other] { $count } réponses lues comme suggéré
    }
import-survey-said-share = { $said ->
    [one] { $said } commande
   *[other] { $said } commandes
    } sur { $total } ({ $percent }) { $said ->
    [one] repose
   *[other] reposent
    } sur ce que les clients ont dit
