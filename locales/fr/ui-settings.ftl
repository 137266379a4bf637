# The Settings screen (ui/src/screens/Settings.svelte) and its panels: the shop (ShopForm), scoring and
# lift (AnalysisSettings), unusual days (Holidays) and backups (Backups).

## Settings
settings-title = Réglages
settings-shop = Boutique
settings-now-demo = Vous voyez maintenant la boutique de démo
settings-now-own = Vous voyez maintenant votre boutique
settings-file = Fichier de la boutique
# Followed by the file's path.
settings-file-where = Tout ce que LocalLift sait se trouve dans ce seul fichier, sur votre ordinateur :
settings-file-demo = Vous consultez la boutique de démo.
settings-file-go-own = Aller à ma boutique
settings-file-open-demo = Ouvrir la boutique de démo

## The shop
settings-shop-name = Nom de la boutique
settings-shop-currency = Devise
settings-shop-currency-hint = Code ISO, par exemple EUR, CHF ou CAD
settings-shop-time-zone = Fuseau horaire
settings-shop-time-zone-hint = Les jours et les dates des campagnes sont comptés dans ce fuseau
settings-shop-margin = Taux de marge brute (%)
settings-shop-margin-hint = Utilisé quand les ventes n'indiquent pas le coût d'achat des produits
settings-shop-margin-invalid = Saisissez un pourcentage, par exemple 55
settings-shop-rate = Valeur de votre temps (par heure)
settings-shop-rate-hint = Compte vos heures comme un coût de campagne ; laissez 0 pour ne pas en tenir compte
settings-shop-rate-invalid = Saisissez un montant
settings-shop-locale = Langue et région
settings-shop-locale-hint = La façon d'écrire les montants, les nombres et les dates partout : écrans, graphiques, PDF, exports CSV
# The first choice: this computer's own setting; $language is its name in its own language ("Deutsch (Deutschland)").
settings-shop-locale-system = Système : { $language }
settings-shop-saving = Enregistrement…
settings-shop-save = Enregistrer les réglages de la boutique
settings-shop-saved = Réglages de la boutique enregistrés

## Scoring and lift
settings-analysis = Score et hausse des ventes
settings-analysis-weights = Poids des critères du score d'adéquation des partenaires (de 0 à 100 chacun ; seules leurs proportions comptent).
settings-factor-engagement = Engagement par rapport à la taille
settings-factor-locality = Audience locale
settings-factor-values = Valeurs partagées
settings-factor-authenticity = Authenticité du contenu
settings-factor-past-roi = ROI passé
settings-factor-kept-agreements = Accords respectés
settings-factor-kept-agreements-hint = Part des prestations convenues livrées à temps ; celles en retard comptent pour moitié
settings-analysis-weight-invalid = Un poids de 0 à 100
settings-analysis-weeks = Semaines d'historique pour la hausse des ventes
settings-analysis-weeks-invalid = Choisissez entre 4 et 26 semaines
settings-analysis-weeks-note = Plus de semaines resserrent la fourchette de la hausse quand vos ventes sont régulières ; moins de semaines suivent de plus près une boutique qui évolue.
# "Commission is due after [30] days": the label, then the box, then settings-analysis-hold-unit.
settings-analysis-hold = La commission est due après
settings-analysis-hold-unit = jours
settings-analysis-hold-invalid = Choisissez de 0 à 90 jours
settings-analysis-hold-hint = De 0 à 90 jours après chaque commande. Aucune commission n'est due sur une commande remboursée pendant ce délai d'attente ; un remboursement connu plus tard reprend sa commission. Shopify Collabs attend 30 jours par défaut.
settings-analysis-save = Enregistrer
settings-analysis-saved = Réglages du score et de la hausse enregistrés

## Unusual days
settings-holidays = Jours inhabituels
settings-holidays-intro = Jours fériés, braderies, jours de fermeture : l'estimation de la hausse des ventes les écarte des « ventes habituelles » et des jours de campagne.
settings-holidays-day = Jour
settings-holidays-what = Quoi
settings-holidays-what-placeholder = Braderie
settings-holidays-mark = Marquer le jour
settings-holidays-remove = Retirer
# $day: the day, such as "Dec 26, 2025".
settings-holidays-unmark = Ne plus marquer le { $day }
settings-holidays-none = Aucun jour inhabituel marqué.

## Backups
settings-backups = Sauvegardes
settings-backups-intro = Faites une fois par jour (au démarrage ou avant le premier import du jour) et avant chaque mise à jour, à côté du fichier de la boutique. Un import s'annule avec son propre bouton « Annuler l'import », dans l'écran « Importer les ventes ».
settings-backups-kept-form = Sauvegardes conservées
# "Keep the last [10] backups": the label, then the box, then settings-backups-keep-after.
settings-backups-keep-before = Garder les
settings-backups-keep-after = dernières sauvegardes
settings-backups-keep-save = Enregistrer
settings-backups-kept = { $count ->
    [one] La dernière sauvegarde est conservée
   *[other] Les { $count } dernières sauvegardes sont conservées
    }
settings-backups-back-up-now = Sauvegarder maintenant
settings-backups-taken = Sauvegarde effectuée
settings-backups-copy = Enregistrer une copie ailleurs…
settings-backups-copy-dialog = Enregistrer une copie du fichier de la boutique
# $file: where the copy was saved.
settings-backups-copy-saved = Copie enregistrée sous { $file }
settings-backups-check = Vérifier le fichier de la boutique
settings-backups-check-title = Lancer le contrôle d'intégrité de SQLite sur le fichier de la boutique
settings-backups-checking = Vérification…
settings-backups-check-ok = Le contrôle d'intégrité n'a rien trouvé d'anormal.
settings-backups-check-damaged = Le contrôle d'intégrité a trouvé des problèmes : restaurez la dernière sauvegarde faite avant leur apparition.
settings-backups-list = Liste des sauvegardes
settings-backups-col-taken = Date
settings-backups-col-why = Motif
settings-backups-col-size = Taille
# $size: the size in kilobytes, a number.
settings-backups-size = { $size } Ko
settings-backups-changes-since = changements depuis la sauvegarde complète du { $date }
settings-backups-restore = Restaurer
settings-backups-reason-manual = Faite à la main
settings-backups-reason-before-import = Avant un import
settings-backups-reason-before-restore = Avant une restauration
settings-backups-reason-daily = Au démarrage (quotidienne)
settings-backups-reason-before-upgrade = Avant une mise à jour
settings-backups-none = Pas encore de sauvegarde : une sauvegarde est faite avant le premier import, ou tout de suite avec « { settings-backups-back-up-now } ».
settings-backups-confirm-title = Restaurer cette sauvegarde ?
# $when: the backup's date and time.
settings-backups-confirm-own = Remplacer tout le contenu de votre boutique par la sauvegarde du { $when } ? L'état actuel est sauvegardé d'abord : vous pourrez donc revenir en arrière en restaurant cette sauvegarde-là.
settings-backups-confirm-demo = Remplacer tout le contenu de la boutique de démo par la sauvegarde du { $when } ? L'état actuel est sauvegardé d'abord : vous pourrez donc revenir en arrière en restaurant cette sauvegarde-là.
settings-backups-confirm-restore = Restaurer
settings-backups-confirm-cancel = Annuler
