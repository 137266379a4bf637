# The communities screens: the list, the form, and a community's page.

## The list
communities-title = Communautés
communities-import = Importer un tableur…
communities-new = Nouvelle communauté
communities-search-placeholder = Rechercher un nom, un thème, un responsable, une ville…  ( / )
communities-search-label = Rechercher des communautés
communities-size-label = Taille
communities-any-size = Toutes tailles
communities-stage-label = Étape
communities-all-stages = Toutes les étapes
communities-topic = Thème
communities-city = Ville
communities-sort-label = Trier par
communities-sort-name = Tri : nom
communities-sort-size = Tri : taille
communities-sort-updated = Tri : dernière modification
communities-show-archived = Afficher les archivées
communities-no-match-title = Aucune communauté ne correspond
communities-no-match-text = Essayez avec moins de filtres ou une autre recherche.
communities-empty-title = Pas encore de communautés
communities-empty-text = Clubs de course, groupes de parents, serveurs Discord : des groupes dont les membres deviennent des clients fidèles. Ajoutez-en une avec sa taille et son responsable, notez ce que disent ses membres dans un journal des retours, et faites-la participer à une campagne avec un code promo, comme un partenaire.
communities-add = Ajouter une communauté
communities-col-name = Nom
communities-col-kind = Type
communities-col-members = Membres
communities-col-size = Taille
communities-col-leader = Responsable
communities-col-stage = Étape
communities-col-feedback = Retours
communities-col-campaigns = Campagnes
communities-archived = Archivée

## The form (new or edit); $name is the community's name
communities-form-size-not-number = La taille doit être un nombre
communities-form-saved = Communauté enregistrée
communities-form-added = { $name } ajoutée
communities-form-edit-title = Modifier { $name }
communities-form-name = Nom
communities-form-kind = Type
communities-form-members = Membres (environ)
communities-form-topic = Thème
communities-form-topic-placeholder = course à pied
communities-form-neighborhood = Quartier
communities-form-city = Ville
communities-form-leader = Responsable
communities-form-leader-hint = Le partenaire qui l'anime, s'il fait partie de vos contacts
communities-form-stage = Étape
communities-form-link = Lien
communities-form-notes = Notes
communities-form-cancel = Annuler
communities-form-save = Enregistrer
communities-form-add = Ajouter la communauté

## A community's page
communities-page-back = ← Communautés
# $count is the community's size (members, roughly).
communities-page-size = environ { $count } membres
communities-page-size-unknown = taille inconnue
communities-page-edit = Modifier
communities-page-restore = Restaurer
communities-page-archive = Archiver
communities-page-delete = Supprimer
communities-page-about = À propos
communities-page-topic = Thème
communities-page-where = Où
communities-page-leader = Responsable
communities-page-link = Lien
communities-page-notes = Notes
communities-page-campaigns = Campagnes
communities-page-no-campaigns = Dans aucune campagne pour l'instant.
communities-page-campaigns-label = Campagnes de cette communauté
communities-page-lift-title = Sans code : mesurée par la hausse des ventes de la campagne (part de cette communauté, CA net, fourchette à 95 %), pas par les commandes
# Tooltip; $amount is money, or "—" without results.
communities-page-cost = coût { $amount }
# $count is a number of orders, or "—" without results.
communities-page-orders = { $count ->
    [one] { $count } commande
   *[other] { $count } commandes
    }
# $roi is a percent.
communities-page-roi = ROI { $roi }
communities-page-feedback-log = Journal des retours
communities-page-add-feedback = Ajouter un retour
communities-page-fb-day = Jour
communities-page-fb-source = Où cela a été dit
communities-page-fb-source-placeholder = publication du groupe, événement, message privé
communities-page-fb-sentiment = Ressenti
communities-page-fb-tags = Étiquettes
communities-page-fb-tags-hint = Séparées par des virgules
communities-page-fb-tags-placeholder = prix, événement
communities-page-fb-text = Ce qui a été dit
communities-page-filter-sentiment = Filtrer par ressenti
communities-page-all = Tous
communities-page-filter-tag = Filtrer par étiquette
communities-page-all-tags = Toutes les étiquettes
communities-page-fb-empty = Rien de noté pour l'instant. Notez ce que les membres disent de vos produits : c'est l'étude de marché la plus honnête que vous puissiez avoir.
communities-page-fb-no-match = Aucun retour ne correspond à ce filtre.
communities-page-fb-delete-label = Supprimer ce retour
communities-page-feedback-added = Retour ajouté
communities-page-archived-notice = Archivée : masquée dans les listes, historique conservé
communities-page-restored = Restaurée
# $name is the community's name.
communities-page-deleted = { $name } supprimée
communities-page-loading = Chargement…
