# The list of campaigns (ui/src/screens/Campaigns.svelte) and the form that creates or edits one
# (ui/src/screens/CampaignForm.svelte).

## The list
campaigns-title = Kampagnen
campaigns-new = Neue Kampagne
campaigns-search = Kampagnen durchsuchen
campaigns-search-placeholder = Name, Partner, Code suchen…  ( / )
campaigns-status = Status
campaigns-any-status = Jeder Status
campaigns-show-archived = Archivierte anzeigen
campaigns-no-match-title = Keine passende Kampagne
campaigns-no-match-text = Versuchen Sie eine andere Suche oder einen anderen Status.
campaigns-empty-title = Noch keine Kampagnen
campaigns-empty-text = Planen Sie eine Kampagne mit ihrem Zeitraum und fügen Sie dann die beteiligten Partner oder Communitys mit ihren Konditionen und Rabattcodes hinzu. Bestellungen mit diesen Codes werden ihnen zugerechnet, und das Coupon-Blatt der Kampagne druckt jeden Code mit QR-Code.
campaigns-empty-action = Kampagne planen
campaigns-col-campaign = Kampagne
campaigns-col-dates = Zeitraum
campaigns-col-status = Status
campaigns-col-partners = Partner
campaigns-col-codes = Codes
campaigns-archived = Archiviert
campaigns-window = + { $count ->
        [one] { $count } Tag, an dem Bestellungen noch zählen
       *[other] { $count } Tage, an denen Bestellungen noch zählen
    }

## The form
campaigns-form-new-title = Neue Kampagne
campaigns-form-edit-title = { $name } bearbeiten
campaigns-form-name = Name
campaigns-form-goal = Ziel
campaigns-form-goal-placeholder = Umtopf-Sets verkaufen
campaigns-form-start = Erster Tag
campaigns-form-end = Letzter Tag
campaigns-form-window = Bestellungen zählen noch (Tage nach dem Ende)
campaigns-form-window-hint = Zuordnungszeitraum, standardmäßig { $days } Tage
campaigns-form-other-costs = Sonstige Kosten
campaigns-form-other-costs-hint = Druck, Veranstaltung, Werbung
campaigns-form-hours = Ihre Stunden dafür
campaigns-form-hours-hint = Als Kosten zu Ihrem Stundensatz gerechnet (Einstellungen)
campaigns-form-notes = Notizen
campaigns-form-cancel = Abbrechen
campaigns-form-save = Speichern
campaigns-form-create = Kampagne anlegen
campaigns-form-window-invalid = Geben Sie eine ganze Zahl von Tagen ein
campaigns-form-hours-invalid = Geben Sie eine Stundenzahl ein
campaigns-form-start-missing = Wählen Sie den ersten Tag
campaigns-form-end-missing = Wählen Sie den letzten Tag
campaigns-form-other-costs-invalid = Geben Sie einen Betrag ein
campaigns-form-saved = Kampagne gespeichert
campaigns-form-created = { $name } angelegt
