# The list of campaigns (ui/src/screens/Campaigns.svelte) and the form that creates or edits one
# (ui/src/screens/CampaignForm.svelte).

## The list
campaigns-title = Campagnes
campaigns-new = Nouvelle campagne
campaigns-search = Rechercher des campagnes
campaigns-search-placeholder = Rechercher un nom, un partenaire, un code…  ( / )
campaigns-status = Statut
campaigns-any-status = Tous les statuts
campaigns-show-archived = Afficher les archivées
campaigns-no-match-title = Aucune campagne ne correspond
campaigns-no-match-text = Essayez une autre recherche ou un autre statut.
campaigns-empty-title = Pas encore de campagne
campaigns-empty-text = Préparez-en une avec ses dates, puis ajoutez les partenaires ou communautés qui y participent, avec leurs conditions et leurs codes promo. Les commandes passées avec ces codes leur sont attribuées, et la planche de coupons de la campagne imprime chaque code avec un QR code.
campaigns-empty-action = Préparer une campagne
campaigns-col-campaign = Campagne
campaigns-col-dates = Dates
campaigns-col-status = Statut
campaigns-col-partners = Partenaires
campaigns-col-codes = Codes
campaigns-archived = Archivée
campaigns-window = + { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    } pour compter les commandes

## The form
campaigns-form-new-title = Nouvelle campagne
campaigns-form-edit-title = Modifier { $name }
campaigns-form-name = Nom
campaigns-form-goal = Objectif
campaigns-form-goal-placeholder = Vendre des kits de rempotage
campaigns-form-start = Premier jour
campaigns-form-end = Dernier jour
campaigns-form-window = Les commandes comptent pendant (jours après la fin)
campaigns-form-window-hint = Fenêtre d'attribution : { $days } jours par défaut
campaigns-form-other-costs = Autres coûts
campaigns-form-other-costs-hint = Impression, événement, publicités
campaigns-form-hours = Vos heures consacrées
campaigns-form-hours-hint = Comptées comme un coût à votre taux horaire (Réglages)
campaigns-form-notes = Notes
campaigns-form-cancel = Annuler
campaigns-form-save = Enregistrer
campaigns-form-create = Créer la campagne
campaigns-form-window-invalid = Saisissez un nombre entier de jours
campaigns-form-hours-invalid = Saisissez un nombre d'heures
campaigns-form-start-missing = Choisissez le premier jour
campaigns-form-end-missing = Choisissez le dernier jour
campaigns-form-other-costs-invalid = Saisissez un montant
campaigns-form-saved = Campagne enregistrée
campaigns-form-created = { $name } créée
