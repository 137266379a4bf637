# Die Partner-Seiten: die Liste (Partners.svelte), die Seite eines Partners (PartnerProfile.svelte), die
# Formulare für Partner, Social-Media-Konten, Beiträge und Zahlungen sowie die Wörter des Partnerkontos und
# der Vereinbarungen (ledger-labels.ts, partnership-labels.ts).

## Wörter, die mehrere dieser Seiten teilen
partners-name = Name
partners-stage = Phase
partners-tier = Stufe
partners-city = Stadt
partners-niche = Nische
partners-niches = Nischen
partners-email = E-Mail
partners-phone = Telefon
partners-neighborhood = Stadtteil
partners-where = Ort
partners-consent = Einwilligung / Quelle
partners-notes = Notizen
partners-social-accounts = Social-Media-Konten
partners-platform = Plattform
partners-handle = Benutzername
partners-handle-placeholder = @benutzername
partners-followers = Follower
partners-engagement = Engagement
partners-engagement-pct = Engagement (%)
partners-profile-link = Link zum Profil
partners-followers-not-number = Follower müssen eine Zahl sein
partners-engagement-not-number = Engagement muss eine Zahl sein
partners-archived = Archiviert
partners-campaign = Kampagne
partners-status = Status
partners-what = Was
partners-delete = Löschen
partners-cancel = Abbrechen
partners-save = Speichern
partners-saving = Wird gespeichert…
partners-loading = Wird geladen…

## Die Partnerliste
partners-title = Partner
partners-export-file = partner.csv
partners-import-spreadsheet = Tabelle importieren…
partners-new = Neuer Partner
partners-search-placeholder = Name, Benutzername, Stadt, Nische suchen…  ( / )
partners-search-label = Partner durchsuchen
partners-all-tiers = Alle Stufen
partners-all-stages = Alle Phasen
partners-sort-by = Sortieren nach
partners-sort-name = Sortierung: Name
partners-sort-audience = Sortierung: Reichweite
partners-sort-stage = Sortierung: Phase
partners-sort-city = Sortierung: Stadt
partners-sort-updated = Sortierung: zuletzt geändert
partners-reverse-order = Reihenfolge umkehren
partners-descending = ↓ absteigend
partners-ascending = ↑ aufsteigend
partners-show-archived = Archivierte anzeigen
partners-empty-filtered-title = Kein passender Partner
partners-empty-filtered-text = Versuchen Sie es mit weniger Filtern oder einer anderen Suche.
partners-empty-title = Noch keine Partner
partners-empty-text = Fügen Sie die Influencer, Veranstalter und Geschäfte aus der Nachbarschaft hinzu, mit denen Sie zusammenarbeiten, samt ihren Social-Media-Konten. Sie führen sie schon in einer Tabelle? Importieren Sie sie so, wie sie ist (CSV, Excel oder OpenDocument): LocalLift zeigt Ihnen, was es liest, bevor es etwas importiert.
partners-add-first = Ersten Partner hinzufügen
partners-main-account = Hauptkonto
partners-audience = Reichweite
partners-campaigns = Kampagnen
partners-count = { $count ->
    [one] { $count } Partner.
   *[other] { $count } Partner.
    }
partners-tier-note = Die Stufe richtet sich nach dem größten Konto: Community < 1.000, Nano 1.000–10.000, Mikro 10.000–100.000, Makro 100.000–1 Mio., Mega 1 Mio.+.

## Das Partnerformular
partners-form-edit-title = { $name } bearbeiten
partners-form-distance = Entfernung zum Laden (km)
partners-form-niches-hint = Durch Kommas getrennt
partners-form-niches-placeholder = Pflanzen, Laufen
partners-form-values = Passende Werte (1–5)
partners-form-authenticity = Authentische Inhalte (1–5)
partners-form-locality = Publikum vor Ort (%)
partners-form-locality-hint = Anteil der Follower, die in der Gegend wohnen, falls bekannt
partners-form-consent-hint = Wie Sie sich kennengelernt haben und ob die Person einverstanden ist, dass ihre Daten gespeichert werden
partners-form-add-account = + Weiteres Konto hinzufügen
partners-form-add = Partner hinzufügen
partners-form-saved = Partner gespeichert
partners-form-added = { $name } hinzugefügt
partners-form-distance-not-number = Die Entfernung muss eine Zahl sein
partners-form-values-not-number = „Passende Werte“ muss eine Zahl sein
partners-form-authenticity-not-number = „Authentische Inhalte“ muss eine Zahl sein
partners-form-locality-not-number = „Publikum vor Ort“ muss eine Zahl sein

## Das Formular für ein Social-Media-Konto
partners-account-update-title = @{ $handle } aktualisieren
partners-account-add-title = Social-Media-Konto hinzufügen
partners-account-as-of = Zahlen vom
partners-account-choose-day = Wählen Sie den Tag, an dem die Zahlen abgelesen wurden
partners-account-reading-saved = Zahlen gespeichert
partners-account-added = Konto hinzugefügt

## Das Beitragsformular
partners-post-edit-title = Beitrag bearbeiten
partners-post-log-title = Beitrag erfassen
partners-post-paste = Link und Zahlen einfügen
partners-post-paste-hint = So, wie der Partner sie geschickt hat, in einer Zeile: der Link, dann „Reichweite 4.100 · 310 Likes · 22 Kommentare…“. Die Felder unten werden ausgefüllt.
partners-post-paste-placeholder = https://www.instagram.com/p/… Reichweite 4.100 · 310 Likes
partners-post-fill-in = Ausfüllen
partners-post-unread = Zahlen ohne ein Wort, das LocalLift kennt, nicht übernommen: { $numbers }
partners-post-posted-at = Veröffentlicht am
partners-post-link = Link zum Beitrag
partners-post-followers = Follower bei Veröffentlichung
partners-post-followers-hint = Leer: aus dem Verlauf des Kontos übernommen
partners-post-reach = Reichweite
partners-post-likes = Likes
partners-post-comments = Kommentare
partners-post-shares = Geteilt
partners-post-saves = Gespeichert
partners-post-clicks = Link-Klicks
partners-post-followers-not-whole = „Follower bei Veröffentlichung“ muss eine ganze Zahl sein
partners-post-reach-not-whole = „Reichweite“ muss eine ganze Zahl sein
partners-post-likes-not-whole = „Likes“ muss eine ganze Zahl sein
partners-post-comments-not-whole = „Kommentare“ muss eine ganze Zahl sein
partners-post-shares-not-whole = „Geteilt“ muss eine ganze Zahl sein
partners-post-saves-not-whole = „Gespeichert“ muss eine ganze Zahl sein
partners-post-clicks-not-whole = „Link-Klicks“ muss eine ganze Zahl sein
partners-post-choose-when = Wählen Sie, wann der Beitrag veröffentlicht wurde
partners-post-saved = Beitrag gespeichert
partners-post-logged = Beitrag erfasst
partners-post-log = Beitrag erfassen

## Das Zahlungsformular
partners-payment-title = Zahlung an { $partner } erfassen
partners-payment-day = Bezahlt am
partners-payment-amount = Betrag
partners-payment-owed-hint = Derzeit offen: { $amount }
partners-payment-how = Zahlungsart
partners-payment-how-hint = Überweisung, PayPal, bar, Warengutschein… oder etwas anderes
partners-payment-note = Notiz
partners-payment-note-hint = Optional: eine Rechnungsnummer, wofür bezahlt wurde
partners-payment-explained = Eine Zahlung verringert, was dem Partner noch zusteht. Mehr bezahlt, als derzeit offen ist? Die Differenz wird mit dem verrechnet, was er als Nächstes verdient.
partners-payment-record = Zahlung erfassen
partners-payment-choose-day = Wählen Sie den Tag der Zahlung
partners-payment-type-amount = Geben Sie einen Betrag ein
partners-payment-recorded = Zahlung erfasst

## Zahlungsarten, beim Tippen vorgeschlagen
partners-pay-method-bank-transfer = Überweisung
partners-pay-method-cash = Bar
partners-pay-method-store-credit = Warengutschein
partners-pay-method-check = Scheck

## Die Seite eines Partners
partners-profile-back = ← Partner
partners-profile-largest-account = { $followers } auf dem größten Konto
partners-profile-no-accounts = Noch keine Social-Media-Konten
partners-profile-edit = Bearbeiten
partners-profile-import-posts = Beiträge importieren…
partners-profile-import-posts-title = Beiträge und Zahlen des Partners aus einem Export von Meta Business Suite, TikTok Studio oder YouTube Studio, jeder Beitrag in der Kampagne seines Tages
partners-profile-restore = Wiederherstellen
partners-profile-archive = Archivieren
partners-profile-archived-notice = Archiviert: in Listen ausgeblendet, Verlauf bleibt erhalten
partners-profile-restored-notice = Wiederhergestellt
partners-profile-deleted = { $name } gelöscht
partners-profile-contact = Kontakt und Ort
partners-profile-km-away = { $km } km entfernt
partners-profile-values = Passende Werte
partners-profile-authenticity = Authentische Inhalte
partners-profile-audience-nearby = Publikum vor Ort
partners-profile-not-rated = nicht bewertet
partners-profile-rating = { $rating } von 5
partners-profile-add-account = Konto hinzufügen
partners-profile-no-accounts-hint = Noch keine Konten. Fügen Sie eines hinzu, um Stufe und Reichweite des Partners zu sehen.
partners-profile-growth = Wachstum
partners-profile-as-of = Stand
partners-profile-followers-over-time = Follower im Zeitverlauf
partners-profile-since = seit { $day }
partners-profile-one-reading = ein Messwert
partners-profile-new-reading = Neue Zahlen
partners-profile-remove = Entfernen
partners-profile-remove-account = @{ $handle } entfernen

## Die Eignung
partners-fit = Eignung
partners-fit-no-score = Noch kein Eignungswert: Mindestens zwei der Faktoren unten brauchen Daten.
partners-fit-table = Faktoren der Eignung
partners-fit-factor = Faktor
partners-fit-from = Grundlage
partners-fit-score = Punkte
partners-fit-weight = Gewicht
partners-fit-missing = Fehlt: { $basis }
partners-fit-explained = Der Eignungswert ist der gewichtete Mittelwert der Faktoren mit Daten; die Gewichte legen Sie in den Einstellungen fest.
partners-fit-engagement = Engagement im Verhältnis zur Größe
partners-fit-locality = Publikum vor Ort
partners-fit-values = Passende Werte
partners-fit-authenticity = Authentische Inhalte
partners-fit-past-roi = Bisheriger ROI
partners-fit-kept-agreements = Eingehaltene Vereinbarungen

## Kampagnenverlauf
partners-history = Kampagnenverlauf
partners-trend-intro = Im Zeitverlauf, Kampagne für Kampagne:
partners-trend-revenue = Nettoumsatz
partners-trend-revenue-label = Nettoumsatz je Kampagne, älteste zuerst: { $values }
partners-trend-roi = ROI
partners-trend-roi-label = ROI je Kampagne, älteste zuerst: { $values }
partners-trend-roi-lift = { $range } (Umsatzplus)
partners-trend-roi-none = kein Wert
partners-trend-customers = Neukunden
partners-trend-customers-label = Neukunden je Kampagne, älteste zuerst: { $values }
partners-history-none = Noch in keiner Kampagne.
partners-history-dates = Zeitraum
partners-history-codes = Codes
partners-history-orders = Bestellungen
partners-history-net-revenue = Nettoumsatz
partners-history-cost = Kosten
partners-history-roi = ROI
partners-history-posts = Beiträge
partners-history-lift-title = Partner ohne Code: am Umsatzplus der Kampagne gemessen (Anteil des Partners, Nettoumsatz, 95-%-Bereich), nicht an Bestellungen
partners-history-cost-title = Honorar { $fee } + verschenkte Produkte { $gifted } + Provision { $commission }
partners-history-roi-lift-title = ROI aus dem Anteil des Partners am Umsatzplus der Kampagne, 95-%-Bereich
partners-history-sales-lift = (Umsatzplus)
partners-leads = Leitet:

## Bezahlt und offen (das Partnerkonto)
partners-ledger = Bezahlt und offen
partners-ledger-statement-pdf = Abrechnung als PDF
partners-ledger-statement-pdf-title = Die Abrechnung für { $name } für den angezeigten Zeitraum als PDF zum Verschicken speichern: jede Zeile, der Saldo, was zurückgehalten wird, die Summen jedes Jahres
partners-ledger-statement-csv = Abrechnung als CSV
partners-ledger-record-payment = Zahlung erfassen
partners-ledger-empty-title = Noch nichts offen oder bezahlt
partners-ledger-empty-text = Honorare erscheinen ab dem ersten Tag einer Kampagne, Provisionen sobald die Wartezeit einer Bestellung vorbei ist.
partners-ledger-paid-ahead = Im Voraus bezahlt
partners-ledger-owed-now = Derzeit offen
partners-ledger-paid-ahead-explained = Mehr bezahlt, als derzeit offen ist (eine Erstattung nach einer Zahlung): wird mit dem verrechnet, was der Partner als Nächstes verdient
partners-ledger-upcoming-fees = und { $amount } an Honoraren für Kampagnen, die noch nicht begonnen haben
partners-ledger-held = Zurückgehaltene Provision
partners-ledger-held-next-due = nächste fällig am { $day }
partners-ledger-held-due-after = { $count ->
    [one] fällig { $count } Tag nach jeder Bestellung
   *[other] fällig { $count } Tage nach jeder Bestellung
    }
partners-ledger-paid-this-year = Dieses Jahr bezahlt
partners-ledger-held-intro = { $count ->
    [one] Noch nicht fällig (in der Wartezeit von { $count } Tag nach jeder Bestellung; für eine in dieser Zeit erstattete Bestellung wird nie Provision fällig):
   *[other] Noch nicht fällig (in der Wartezeit von { $count } Tagen nach jeder Bestellung; für eine in dieser Zeit erstattete Bestellung wird nie Provision fällig):
    }
partners-ledger-held-line = { $orders ->
    [one] : { $commission } auf { $sales } Umsatz ({ $orders } Bestellung), die erste fällig am { $day }
   *[other] : { $commission } auf { $sales } Umsatz ({ $orders } Bestellungen), die erste fällig am { $day }
    }
partners-ledger-period = Zeitraum der Zeilen und der Abrechnung
partners-ledger-from = Von
partners-ledger-to = Bis
partners-ledger-backwards = Der erste Tag liegt nach dem letzten: Dazwischen liegt nichts.
partners-ledger-totals = : Honorare { $fees } · Provision { $commission } · zurückgenommen { $takenBack } · bezahlt { $paid }
partners-ledger-lines = Buchungen
partners-ledger-day = Tag
partners-ledger-on-net = Auf Nettoumsatz
partners-ledger-amount = Betrag
partners-ledger-balance = Saldo
partners-ledger-opening = Anfangssaldo
partners-ledger-ordered = bestellt am { $day }
partners-ledger-sold = verkauft am { $day }
partners-ledger-delete-payment = Die Zahlung vom { $day } löschen
partners-ledger-payment-what = Die Zahlung über { $amount } vom { $day }
partners-ledger-payment-deleted = Zahlung gelöscht
partners-ledger-no-lines = In diesem Zeitraum wurde nichts fällig und nichts bezahlt.
partners-ledger-by-year = Nach Jahr
partners-ledger-by-year-note = (für die Steuerunterlagen des Partners)
partners-ledger-year = Jahr
partners-ledger-fees = Honorare
partners-ledger-commission = Provision
partners-ledger-taken-back = Zurückgenommen
partners-ledger-paid = Bezahlt
partners-ledger-how = So entstehen diese Beträge
partners-ledger-how-fee = Das Honorar einer Kampagne ist ab ihrem ersten Tag fällig.
partners-ledger-how-commission = { $count ->
    [one] Die Provision auf eine Bestellung wird { $count } Tag nach der Bestellung fällig (oder am Tag des Imports, falls später), auf den dann bekannten Nettoumsatz: Für eine in der Wartezeit erstattete Bestellung wird nie Provision fällig. Die Wartezeit legen Sie in den Einstellungen fest.
   *[other] Die Provision auf eine Bestellung wird { $count } Tage nach der Bestellung fällig (oder am Tag des Imports, falls später), auf den dann bekannten Nettoumsatz: Für eine in der Wartezeit erstattete Bestellung wird nie Provision fällig. Die Wartezeit legen Sie in den Einstellungen fest.
    }
partners-ledger-how-refund = Eine Erstattung, die erst nach Fälligkeit der Provision bekannt wird, nimmt deren Anteil zurück („zurückgenommen“); ein späterer Import, der sie wieder aufhebt, stellt ihn wieder her.
partners-ledger-how-rounding = Die Provision wird einmal je Kampagne gerundet, auf ihre laufende Summe. Zahlungen sind das, was Sie hier erfassen.

## Kontozeilen
partners-entry-kind-fee = Honorar
partners-entry-kind-commission = Provision
partners-entry-kind-restored = Wiederhergestellt
partners-entry-kind-taken-back = Zurückgenommen (Erstattung)
partners-entry-kind-payment = Zahlung
partners-entry-fee = Honorar · { $campaign }
partners-entry-commission-order = Provision · { $campaign } · Bestellung { $order }
partners-entry-commission-in-store = Provision · { $campaign } · im Laden (eingetragen)
partners-entry-taken-back = Zurückgenommen (Erstattung) · { $campaign } · Bestellung { $order }
partners-entry-restored = Wiederhergestellt · { $campaign } · Bestellung { $order }
partners-entry-payment = Zahlung · { $how }

## Salden
partners-balance-owed = { $amount } offen
partners-balance-ahead = { $amount } im Voraus bezahlt
partners-balance-nothing = nichts offen
partners-balance-cell-ahead = { $amount } im Voraus bezahlt
partners-balance-end-owed = am Ende { $amount } offen
partners-balance-end-ahead = am Ende { $amount } im Voraus bezahlt
partners-balance-end-nothing = am Ende nichts offen

## Zeiträume des Kontos und der Abrechnung
partners-period-all = Gesamter Zeitraum
partners-period-this-year = Dieses Jahr
partners-period-last-year = Letztes Jahr
partners-period-custom = Eigener Zeitraum…
partners-period-from = Ab { $day }
partners-period-until = Bis { $day }
partners-period-all-until = Gesamter Zeitraum bis { $day }

## Der vorgeschlagene Dateiname einer Abrechnung (ohne „.pdf“ oder „.csv“)
partners-statement-file = Abrechnung { $partner }
partners-statement-file-year = Abrechnung { $partner } { $year }
partners-statement-file-range = Abrechnung { $partner } { $from } bis { $to }
partners-statement-file-start = Anfang
partners-statement-file-today = heute

## Vereinbarungen (was der Partner liefern soll)
partners-agreements = Vereinbarungen
partners-agreements-empty = Noch keine Leistungen vereinbart. Tragen Sie auf der Seite einer Kampagne ein, was der Partner liefern soll (einen Beitrag, ein Reel, einen Marktstand) und bis wann.
partners-agreements-none = Noch keine Leistungen vereinbart
partners-agreements-record = { $onTime } pünktlich · { $late } verspätet · { $missed } versäumt · { $open } offen
partners-kept = { $percent } eingehalten
partners-agreements-kept = { $percent } eingehalten (verspätete zählen halb)
partners-agreements-deliverables = Vereinbarte Leistungen
partners-agreements-description = Beschreibung
partners-agreements-due = Fällig
partners-agreements-the-post = der Beitrag

## Arten von Leistungen
partners-deliverable-post = Beitrag
partners-deliverable-story = Story
partners-deliverable-reel = Reel
partners-deliverable-video = Video
partners-deliverable-event = Veranstaltung
partners-deliverable-market-table = Marktstand
partners-deliverable-other = Sonstiges

## Stand einer Leistung (Abzeichen)
partners-deliverable-status-planned = Geplant
partners-deliverable-status-due = Diese Woche fällig
partners-deliverable-status-done = Erledigt
partners-deliverable-status-missed = Versäumt

## Dasselbe im Satz, neben dem Tag
partners-due-status-planned = geplant
partners-due-status-due = diese Woche fällig
partners-due-status-done = erledigt
partners-due-status-missed = versäumt
partners-due-overdue-since = überfällig seit { $day }
partners-due-today = heute fällig
partners-due-tomorrow = morgen fällig
partners-due-in-days = { $count ->
    [one] fällig in { $count } Tag
   *[other] fällig in { $count } Tagen
    }
partners-done-on = erledigt am { $day }
partners-done-on-time = erledigt am { $day } · pünktlich
partners-done-late = erledigt am { $day } · verspätet

## Anzeichen, dass ein Code weitergegeben wurde
partners-signal-name-after-window = Nach der Kampagne genutzt
partners-signal-name-spike = Plötzlicher Anstieg
partners-signal-name-existing-customers = Von Bestandskunden genutzt
partners-signal-after-window = { $orders ->
        [one] { $orders } Bestellung
       *[other] { $orders } Bestellungen
    }, mehr als { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach dem letzten gezählten Tag der Kampagne ({ $date })
partners-signal-spike = { $orders ->
    [one] { $orders } Bestellung auf einmal
   *[other] { $orders } Bestellungen auf einmal
    }
partners-signal-spike-below-one = { $orders ->
    [one] { $orders } Bestellung auf einmal, wo das übliche Muster des Codes weniger als eine erwarten ließ
   *[other] { $orders } Bestellungen auf einmal, wo das übliche Muster des Codes weniger als eine erwarten ließ
    }
partners-signal-spike-about = { $orders ->
    [one] { $orders } Bestellung auf einmal, wo das übliche Muster des Codes etwa { $expected } erwarten ließ
   *[other] { $orders } Bestellungen auf einmal, wo das übliche Muster des Codes etwa { $expected } erwarten ließ
    }
partners-signal-existing = { $orders ->
    [one] { $orders } Bestellung mit bekanntem Kunden stammte von jemandem, der schon einmal bestellt hatte, mit einem Code nur für Erstbestellungen
   *[other] { $orders } Bestellungen mit bekanntem Kunden stammten von Kunden, die schon einmal bestellt hatten, mit einem Code nur für Erstbestellungen
    }
partners-signal-existing-of = { $orders } von { $known } Bestellungen mit bekanntem Kunden stammten von Kunden, die schon einmal bestellt hatten, mit einem Code nur für Erstbestellungen

## Ob eine Bestellung die erste ihres Kunden war
partners-new-customer-yes = Ja
partners-new-customer-no = Nein
partners-new-customer-unknown = Unbekannt
