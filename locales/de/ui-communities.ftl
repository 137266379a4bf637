# The communities screens: the list, the form, and a community's page.

## The list
communities-title = Communitys
communities-import = Tabelle importieren…
communities-new = Neue Community
communities-search-placeholder = Name, Thema, Leitung, Stadt suchen…  ( / )
communities-search-label = Communitys durchsuchen
communities-size-label = Größe
communities-any-size = Jede Größe
communities-stage-label = Phase
communities-all-stages = Alle Phasen
communities-topic = Thema
communities-city = Stadt
communities-sort-label = Sortieren nach
communities-sort-name = Sortierung: Name
communities-sort-size = Sortierung: Größe
communities-sort-updated = Sortierung: zuletzt geändert
communities-show-archived = Archivierte anzeigen
communities-no-match-title = Keine passende Community
communities-no-match-text = Versuchen Sie es mit weniger Filtern oder einer anderen Suche.
communities-empty-title = Noch keine Communitys
communities-empty-text = Lauftreffs, Elterngruppen, Discord-Server: Gruppen, deren Mitglieder zu treuen Kunden werden. Legen Sie eine mit Größe und Leitung an, halten Sie im Feedback-Protokoll fest, was die Mitglieder sagen, und nehmen Sie sie wie einen Partner mit einem Rabattcode in eine Kampagne auf.
communities-add = Community hinzufügen
communities-col-name = Name
communities-col-kind = Art
communities-col-members = Mitglieder
communities-col-size = Größe
communities-col-leader = Leitung
communities-col-stage = Phase
communities-col-feedback = Feedback
communities-col-campaigns = Kampagnen
communities-archived = Archiviert

## The form (new or edit); $name is the community's name
communities-form-size-not-number = Die Größe muss eine Zahl sein
communities-form-saved = Community gespeichert
communities-form-added = { $name } hinzugefügt
communities-form-edit-title = { $name } bearbeiten
communities-form-name = Name
communities-form-kind = Art
communities-form-members = Mitglieder (ca.)
communities-form-topic = Thema
communities-form-topic-placeholder = Laufen
communities-form-neighborhood = Stadtteil
communities-form-city = Stadt
communities-form-leader = Leitung
communities-form-leader-hint = Der Partner, der sie leitet, falls er bei Ihren Partnern eingetragen ist
communities-form-stage = Phase
communities-form-link = Link
communities-form-notes = Notizen
communities-form-cancel = Abbrechen
communities-form-save = Speichern
communities-form-add = Community hinzufügen

## A community's page
communities-page-back = ← Communitys
# $count is the community's size (members, roughly).
communities-page-size = ca. { $count } Mitglieder
communities-page-size-unknown = Größe unbekannt
communities-page-edit = Bearbeiten
communities-page-restore = Wiederherstellen
communities-page-archive = Archivieren
communities-page-delete = Löschen
communities-page-about = Überblick
communities-page-topic = Thema
communities-page-where = Ort
communities-page-leader = Leitung
communities-page-link = Link
communities-page-notes = Notizen
communities-page-campaigns = Kampagnen
communities-page-no-campaigns = Noch in keiner Kampagne.
communities-page-campaigns-label = Kampagnen dieser Community
communities-page-lift-title = Ohne Code: am Umsatzplus der Kampagne gemessen (Anteil dieser Community, Nettoumsatz, 95-%-Bereich), nicht an Bestellungen
# Tooltip; $amount is money, or "—" without results.
communities-page-cost = Kosten { $amount }
# $count is a number of orders, or "—" without results.
communities-page-orders = { $count ->
    [one] { $count } Bestellung
   *[other] { $count } Bestellungen
    }
# $roi is a percent.
communities-page-roi = ROI { $roi }
communities-page-feedback-log = Feedback-Protokoll
communities-page-add-feedback = Feedback hinzufügen
communities-page-fb-day = Datum
communities-page-fb-source = Wo es gesagt wurde
communities-page-fb-source-placeholder = Gruppenbeitrag, Veranstaltung, Direktnachricht
communities-page-fb-sentiment = Stimmung
communities-page-fb-tags = Tags
communities-page-fb-tags-hint = Durch Kommas getrennt
communities-page-fb-tags-placeholder = Preis, Veranstaltung
communities-page-fb-text = Was gesagt wurde
communities-page-filter-sentiment = Nach Stimmung filtern
communities-page-all = Alle
communities-page-filter-tag = Nach Tag filtern
communities-page-all-tags = Alle Tags
communities-page-fb-empty = Noch nichts notiert. Schreiben Sie auf, was Mitglieder über Ihre Produkte sagen: Ehrlichere Marktforschung bekommen Sie nirgends.
communities-page-fb-no-match = Kein Feedback passt zu diesem Filter.
communities-page-fb-delete-label = Dieses Feedback löschen
communities-page-feedback-added = Feedback hinzugefügt
communities-page-archived-notice = Archiviert: in Listen ausgeblendet, Verlauf bleibt erhalten
communities-page-restored = Wiederhergestellt
# $name is the community's name.
communities-page-deleted = { $name } gelöscht
communities-page-loading = Wird geladen…
