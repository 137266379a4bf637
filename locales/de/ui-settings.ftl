# The Settings screen (ui/src/screens/Settings.svelte) and its panels: the shop (ShopForm), scoring and
# lift (AnalysisSettings), unusual days (Holidays) and backups (Backups).

## Settings
settings-title = Einstellungen
settings-shop = Shop
settings-now-demo = Jetzt wird der Demo-Shop angezeigt
settings-now-own = Jetzt wird Ihr Shop angezeigt
settings-file = Shopdatei
# Followed by the file's path.
settings-file-where = Alles, was LocalLift weiß, steht in dieser einen Datei auf Ihrem Computer:
settings-file-demo = Sie sehen gerade den Demo-Shop.
settings-file-go-own = Zu meinem Shop wechseln
settings-file-open-demo = Demo-Shop öffnen

## The shop
settings-shop-name = Name des Shops
settings-shop-currency = Währung
settings-shop-currency-hint = ISO-Code, z. B. EUR oder CHF
settings-shop-time-zone = Zeitzone
settings-shop-time-zone-hint = Tage und Kampagnendaten werden in dieser Zeitzone gezählt
settings-shop-margin = Bruttomarge (%)
settings-shop-margin-hint = Gilt, wenn Verkäufe keine Produktkosten haben
settings-shop-margin-invalid = Geben Sie einen Prozentsatz ein, z. B. 55
settings-shop-rate = Wert Ihrer Zeit (pro Stunde)
settings-shop-rate-hint = Ihre Stunden zählen als Kampagnenkosten; bei 0 werden sie nicht berücksichtigt
settings-shop-rate-invalid = Geben Sie einen Betrag ein
settings-shop-locale = Sprache und Region
settings-shop-locale-hint = Wie Beträge, Zahlen und Daten überall geschrieben werden: Bildschirme, Diagramme, PDFs, CSV-Exporte
# The first choice: this computer's own setting; $language is its name in its own language ("Deutsch (Deutschland)").
settings-shop-locale-system = System: { $language }
settings-shop-saving = Wird gespeichert…
settings-shop-save = Shop-Einstellungen speichern
settings-shop-saved = Shop-Einstellungen gespeichert

## Scoring and lift
settings-analysis = Bewertung und Umsatzplus
settings-analysis-weights = Gewichte des Eignungswerts für Partner (je 0–100; nur ihr Verhältnis zählt).
settings-factor-engagement = Engagement im Verhältnis zur Größe
settings-factor-locality = Publikum vor Ort
settings-factor-values = Passende Werte
settings-factor-authenticity = Authentische Inhalte
settings-factor-past-roi = Bisheriger ROI
settings-factor-kept-agreements = Eingehaltene Vereinbarungen
settings-factor-kept-agreements-hint = Anteil der vereinbarten Leistungen, die pünktlich geliefert wurden; verspätete zählen halb
settings-analysis-weight-invalid = Ein Gewicht von 0 bis 100
settings-analysis-weeks = Wochen Verlauf für das Umsatzplus
settings-analysis-weeks-invalid = Wählen Sie 4 bis 26 Wochen
settings-analysis-weeks-note = Mehr Wochen machen den Bereich des Umsatzplus enger, wenn Ihr Umsatz stetig ist; weniger Wochen folgen einem Shop, der sich verändert, genauer.
# "Commission is due after [30] days": the label, then the box, then settings-analysis-hold-unit.
settings-analysis-hold = Provision fällig nach
settings-analysis-hold-unit = Tagen
settings-analysis-hold-invalid = Wählen Sie 0 bis 90 Tage
settings-analysis-hold-hint = 0 bis 90 Tage nach jeder Bestellung. Für eine Bestellung, die in dieser Zeit erstattet wird, ist nie Provision fällig; wird eine Erstattung später bekannt, wird ihre Provision zurückgebucht. Shopify Collabs wartet standardmäßig 30 Tage.
settings-analysis-save = Speichern
settings-analysis-saved = Einstellungen für Bewertung und Umsatzplus gespeichert

## Unusual days
settings-holidays = Besondere Tage
settings-holidays-intro = Feiertage, Straßenfeste, Tage, an denen Sie geschlossen hatten: Die Schätzung des Umsatzplus nimmt sie aus dem „üblichen Umsatz“ und aus den Kampagnentagen heraus.
settings-holidays-day = Tag
settings-holidays-what = Was
settings-holidays-what-placeholder = Straßenfest
settings-holidays-mark = Tag markieren
settings-holidays-remove = Entfernen
# $day: the day, such as "Dec 26, 2025".
settings-holidays-unmark = Markierung von { $day } entfernen
settings-holidays-none = Keine besonderen Tage markiert.

## Backups
settings-backups = Sicherungen
settings-backups-intro = Einmal am Tag erstellt (beim Start oder vor dem ersten Import des Tages) und vor jedem Update, neben der Shopdatei. Einen Import machen Sie unter „Verkäufe importieren“ mit seiner eigenen Schaltfläche „Rückgängig machen“ rückgängig.
settings-backups-kept-form = Aufbewahrte Sicherungen
# "Keep the last [10] backups": the label, then the box, then settings-backups-keep-after.
settings-backups-keep-before = Die letzten
settings-backups-keep-after = Sicherungen behalten
settings-backups-keep-save = Speichern
settings-backups-kept = { $count ->
    [one] Die letzte Sicherung wird aufbewahrt
   *[other] Die letzten { $count } Sicherungen werden aufbewahrt
    }
settings-backups-back-up-now = Jetzt sichern
settings-backups-taken = Sicherung erstellt
settings-backups-copy = Kopie woanders speichern…
settings-backups-copy-dialog = Kopie der Shopdatei speichern
# $file: where the copy was saved.
settings-backups-copy-saved = Kopie gespeichert als { $file }
settings-backups-check = Shopdatei prüfen
settings-backups-check-title = Die Integritätsprüfung von SQLite für die Shopdatei ausführen
settings-backups-checking = Wird geprüft…
settings-backups-check-ok = Die Integritätsprüfung hat keine Fehler gefunden.
settings-backups-check-damaged = Die Integritätsprüfung hat Probleme gefunden: Stellen Sie die neueste Sicherung von vor diesen Problemen wieder her.
settings-backups-list = Liste der Sicherungen
settings-backups-col-taken = Erstellt
settings-backups-col-why = Anlass
settings-backups-col-size = Größe
# $size: the size in kilobytes, a number.
settings-backups-size = { $size } KB
settings-backups-changes-since = Änderungen seit der vollständigen Sicherung vom { $date }
settings-backups-restore = Wiederherstellen
settings-backups-reason-manual = Von Hand erstellt
settings-backups-reason-before-import = Vor einem Import
settings-backups-reason-before-restore = Vor einer Wiederherstellung
settings-backups-reason-daily = Beim Start (täglich)
settings-backups-reason-before-upgrade = Vor einem Update
settings-backups-none = Noch keine Sicherung: Eine wird vor dem ersten Import erstellt, oder jetzt mit „{ settings-backups-back-up-now }“.
settings-backups-confirm-title = Diese Sicherung wiederherstellen?
# $when: the backup's date and time.
settings-backups-confirm-own = Alles in Ihrem Shop durch die Sicherung vom { $when } ersetzen? Der jetzige Stand wird vorher gesichert, Sie können das also rückgängig machen, indem Sie diese Sicherung wiederherstellen.
settings-backups-confirm-demo = Alles im Demo-Shop durch die Sicherung vom { $when } ersetzen? Der jetzige Stand wird vorher gesichert, Sie können das also rückgängig machen, indem Sie diese Sicherung wiederherstellen.
settings-backups-confirm-restore = Wiederherstellen
settings-backups-confirm-cancel = Abbrechen
