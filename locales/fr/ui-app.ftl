# The window's frame (ui/src/App.svelte), the first start (Welcome), the screen shown when the shop file
# cannot be opened (StartupError), and the shared components (ui/src/lib/components/).

## Sidebar
app-opening = Ouverture de votre boutique…
app-nav-sections = Rubriques
app-nav-dashboard = Tableau de bord
app-nav-partners = Partenaires
app-nav-communities = Communautés
app-nav-campaigns = Campagnes
app-nav-import = Importer les ventes
app-nav-settings = Réglages
# The keyboard shortcut of a section: $key is its digit (1…6).
app-nav-shortcut = Alt+{ $key }
app-nav-key = Alt { $key }
app-shop-unnamed = Ma boutique
app-shop-demo = Boutique de démo
app-shop-no-currency = pas encore de devise
app-version = LocalLift { $version }

## First start
app-welcome-demo-opened = Voici la boutique de démo. Votre propre boutique reste à part.
app-welcome-title = Bienvenue dans LocalLift
app-welcome-lead = Travaillez avec des créateurs et des communautés de votre quartier, et voyez quels partenariats ont porté leurs fruits.
app-welcome-your-shop = Votre boutique
app-welcome-opening = Ouverture…
app-welcome-open-demo = Ouvrir la boutique de démo
app-welcome-open-demo-text = Une année dans une boutique de plantes de Portland : partenaires, communautés, campagnes et ventes. Rien de ce que vous y faites ne touche à votre propre boutique.
app-welcome-set-up = Créer ma boutique
app-welcome-set-up-text = Nom, devise, fuseau horaire et marge. Vous pourrez ensuite importer vos ventes et ajouter des partenaires.

## The shop file cannot be opened
app-startup-open-dialog = Ouvrir un fichier de boutique LocalLift
app-startup-title = LocalLift ne peut pas ouvrir cette boutique
app-startup-locked = Une autre fenêtre LocalLift (ou une commande locallift) a déjà ouvert cette boutique. Passez à cette fenêtre, ou fermez-la et réessayez.
app-startup-too-new = Ce fichier de boutique a été enregistré par une version plus récente de LocalLift. Installez cette version pour l'ouvrir ; celle-ci n'y touchera pas.
app-startup-database = Le fichier de la boutique n'a pas pu être lu comme une base de données LocalLift. Il est peut-être endommagé, ou ce n'est pas un fichier LocalLift.
app-startup-io = Le fichier de la boutique ou son dossier n'a pas pu être ouvert. Vérifiez que le disque est branché et accessible en écriture.
app-startup-read-only = Le fichier de la boutique se trouve sur un disque ou dans un dossier où LocalLift ne peut pas écrire (en lecture seule, ou qui ne vous appartient pas). LocalLift écrit même pour lire : son verrou, son journal et une sauvegarde quotidienne. Copiez le fichier dans un endroit accessible en écriture et ouvrez-le là-bas, ou ouvrez un autre fichier.
app-startup-other = Le fichier de la boutique n'a pas pu être ouvert.
# Followed by the file's path.
app-startup-file = Fichier :
app-startup-details = Détails : { $message }
app-startup-integrity = Contrôle d'intégrité
# In bold, followed by app-startup-integrity-ok or by the list of problems.
app-startup-integrity-label = Contrôle d'intégrité de SQLite :
app-startup-integrity-ok = la structure du fichier est saine.
app-startup-restore-keeps = La restauration garde le fichier endommagé juste à côté (sous le nom ….damaged-…) : rien n'est perdu.
# $when: the backup's date and time.
app-startup-restore-latest = Restaurer la dernière sauvegarde ({ $when })
app-startup-try-again = Réessayer
app-startup-open-another = Ouvrir un autre fichier…
app-startup-open-demo = Ouvrir la boutique de démo
app-startup-quit = Quitter

## Asking before deleting
# $what: what is deleted, such as a partner's name.
app-delete-title = Supprimer { $what } ?
app-delete-keep-history = Garder l'historique
app-delete-cannot-undo = Cette action est irréversible.
app-delete-archive-note = L'archivage le masque dans les listes et les menus de choix, et conserve tous les résultats de campagne. Vous pouvez le restaurer à tout moment.
app-delete-cancel = Annuler
app-delete-delete = Supprimer
app-delete-archive = Archiver plutôt

## CSV and PDF buttons
app-export-csv = Exporter en CSV
app-export-dialog = Exporter au format CSV
app-export-title = Enregistrer ce tableau dans un fichier CSV (s'ouvre dans Excel, Numbers, LibreOffice)
app-export-rows = { $count ->
    [one] { $count } ligne exportée
   *[other] { $count } lignes exportées
    }
app-pdf-making = Création du PDF…
app-pdf-saved = { $file } enregistré
# $characters: the characters no font has, separated by spaces.
app-pdf-saved-missing = { $file } enregistré. Aucune police de cet ordinateur ne contient { $characters } : ces caractères apparaissent comme des carrés dans le PDF.

## Small parts
app-modal-close = Fermer
# $example: an amount written the way this shop writes amounts.
app-money-invalid = Saisissez un montant, par exemple { $example }
app-tier-none = Pas encore de chiffres d'audience

## A campaign's sales lift
app-lift-title = Hausse des ventes
app-lift-title-note = (clients venus sans code promo)
# $verdict is app-lift-not-enough-verdict, shown in bold.
app-lift-not-enough = { $verdict } pour une estimation.
app-lift-not-enough-verdict = Pas assez de données
# $estimate: the estimate in bold, such as "Between $120 and $640 more than usual (95% range)".
app-lift-words = { $estimate } sur { $days ->
    [one] { $days } jour
   *[other] { $days } jours
    }.
# The same, when other campaigns ran at the same time: $campaigns are their names.
app-lift-words-overlap = { $estimate } sur { $days ->
    [one] { $days } jour
   *[other] { $days } jours
    }, en même temps que { $campaigns }.
app-lift-chart-alt = Les ventes de chaque jour face à la fourchette d'un jour habituel ; les jours figurent dans le tableau ci-dessous
app-lift-chart-legend = Points : ce que chaque jour a vendu, hors commandes avec les codes promo de cette campagne. Bande : la fourchette d'un jour habituel (95 %) ; pointillés : le niveau habituel.
app-lift-table = Les jours sous forme de tableau
app-lift-table-label = Hausse par jour
app-lift-col-day = Jour
app-lift-col-sold = Vendu
app-lift-col-usual = Habituel
app-lift-col-range = Fourchette habituelle
app-lift-no-data = pas de données
app-lift-range = { $low } – { $high }
app-lift-how = Comment la hausse est calculée
app-lift-how-baseline = Vos ventes habituelles sont tirées { $weeks ->
    [one] de la semaine
   *[other] des { $weeks } semaines
    } qui précèdent la campagne ({ $days ->
    [one] { $days } jour utilisé
   *[other] { $days } jours utilisés
    }) : un niveau habituel pour chaque jour de la semaine, plus la tendance de votre boutique. Les jours d'autres campagnes, les jours marqués comme inhabituels dans Réglages et les jours sans données de ventes sont écartés.
app-lift-how-sum = La hausse est la somme de ce que les jours de la campagne ont vendu au-dessus de ce niveau habituel ; les commandes passées avec les codes promo de cette campagne sont d'abord retirées, car elles sont déjà comptées.
app-lift-how-range = La fourchette est l'intervalle où se trouve la vraie hausse 95 fois sur 100 : elle s'élargit quand vos ventes varient d'un jour à l'autre et se resserre avec des campagnes plus longues et plus de semaines d'historique. Dans une simulation portant sur des milliers de boutiques, elle contenait l'effet réel 95 % du temps.
app-lift-how-apart = C'est une estimation des ventes supplémentaires de toute la boutique pendant la campagne, affichée à part des ventes avec code promo et jamais ajoutée à celles-ci.

## A long list drawn in parts (Campaigns, Partners, Communities)
app-rows-shown = { $shown } sur { $total } affichés
app-rows-show-more = Afficher { $count } de plus
app-rows-show-all = Tout afficher ({ $total })
