# Die Wörter der PDFs (Zusammenfassung der Kampagne, Partnerbericht, Abrechnung, Coupon-Blatt) und der Diagramme.
# Siehe locales/en/reports.ftl für die Bedeutung der Argumente.

## Fuß jeder Seite
report-page = Seite { $page } von { $pages }

## Bereiche des Umsatzplus (95 %) und des ROI
report-lift-more = Zwischen { $low } und { $high } mehr als üblich (95-%-Bereich)
report-lift-less = Zwischen { $low } und { $high } weniger als üblich (95-%-Bereich)
report-lift-mixed = Zwischen { $less } weniger und { $more } mehr als üblich (95-%-Bereich): vielleicht kein Zusatzumsatz
report-roi-range = { $low } bis { $high }

## Was das Umsatzplus sagt
report-lift-no-estimate = Keine Schätzung des Umsatzplus: { $note }
report-lift-sentence = { $range }.
report-lift-overlap = Überschneidet sich mit { $campaigns }: Das ist ihre gemeinsame Wirkung, einmal gezählt.

## Wie die Bestellungen eines Partners gezählt werden
report-method-code = Rabattcode
report-method-manual = Im Laden (eingetragen)
report-method-code-and-manual = Code + im Laden
report-method-survey = Laut Kundenangabe
report-method-lift = Umsatzplus
report-method-none = Noch keine
report-method-and-survey = { $method } + laut Kundenangabe

## Die Zusammenfassung der Kampagne (für Sie als Inhaber)
report-summary-kicker = { $shop } · Zusammenfassung der Kampagne
report-summary-dates = { $start } – { $end }, Bestellungen gezählt bis { $until } · { $count } Partner
report-goal = Ziel: { $goal }
report-card-net-revenue = Zugeordneter Nettoumsatz
report-card-gross-profit = Rohertrag
report-card-cost = Kosten
report-card-roi = ROI
report-card-roi-counted = ROI (gezählte Verkäufe)
report-card-orders = Zugeordnete Bestellungen
report-card-new-customers = Neukunden
report-card-cost-per-new-customer = Kosten pro Neukunde
report-card-roas = ROAS
report-heading-partners = Partner
report-col-partner = Partner
report-col-method = Methode
report-col-orders = Bestellungen
report-col-net-revenue = Nettoumsatz
report-col-gross-profit = Rohertrag
report-col-cost = Kosten
report-col-roi = ROI
report-col-new = Neu
report-col-commission = Provision
report-row-total = Gesamt
report-row-lift = { $low } bis { $high } (Umsatzplus)
report-row-no-estimate = noch keine Schätzung
report-row-roi-with-lift = { $roi } ({ $range } mit Umsatzplus)
report-survey-orders = { $said ->
        [one] { $said } von { $orders } gezählten Bestellungen ({ $share }) beruht
       *[other] { $said } von { $orders } gezählten Bestellungen ({ $share }) beruhen
    } nicht auf einem Code, sondern auf der Antwort der Kunden auf die Frage, wie sie vom Shop erfahren haben
    („laut Kundenangabe“): Dafür ist keine Provision fällig.
report-walk-ins = { $count ->
    [one] Ein Partner ohne Code wird am Umsatzplus der Kampagne gemessen: eine Schätzung mit ihrem 95-%-Bereich,
        nie zu den gezählten Summen addiert; sein ROI ist der Bereich, den das Umsatzplus ergibt.
   *[other] { $count } Partner ohne Code werden am Umsatzplus der Kampagne gemessen: eine Schätzung mit ihrem
        95-%-Bereich, nie zu den gezählten Summen addiert; ihr ROI ist der Bereich, den das Umsatzplus ergibt. Sie
        teilen sich das Umsatzplus der Kampagne zu gleichen Teilen.
    }
report-extra-costs = Die Gesamtkosten enthalten sonstige Kosten von { $other } und Ihre eigene Arbeitszeit, { $time }.
report-heading-revenue = Umsatz nach Partner
report-top-partners = Die { $shown } Partner mit dem höchsten Umsatz; { $more ->
        [one] { $more } weiterer steht
       *[other] { $more } weitere stehen
    } in der Tabelle oben.
report-heading-paid-back = Hat sich die Kampagne bezahlt gemacht?
report-heading-roi = ROI nach Partner
report-heading-lift = Umsatzplus
report-heading-came-back = Sind die Neukunden wiedergekommen?
report-heading-conflicts = Bestellungen mit Codes von zwei Partnern
report-conflicts = { $count ->
    [one] { $count } Bestellung; einmal gezählt, für den ersten gültigen Code:
   *[other] { $count } Bestellungen; jede einmal gezählt, für den ersten gültigen Code:
    }
report-conflict = Bestellung { $order } ({ $source }): { $codes } → { $partner }, auch { $also }
report-heading-how = So entstehen die Zahlen
report-how =
    Bestellungen, die den Rabattcode eines Partners vom ersten Tag der Kampagne bis zu ihrem letzten Tag plus
    Zuordnungszeitraum verwendet haben (Tage in der Zeitzone des Shops), werden diesem Partner zugeordnet; eine
    Bestellung mit Codes von zwei Partnern zählt einmal, für den ersten gültigen Code. Eingetragene Einlösungen
    im Laden aus dem Kassenprotokoll zählen ebenfalls und sind gekennzeichnet. Der Nettoumsatz versteht sich
    nach Rabatten und Erstattungen. Der Rohertrag rechnet mit den Einkaufspreisen der Produkte, wenn jede
    Position einer Bestellung einen hat, sonst mit der Bruttomarge des Shops. Kosten = Honorar + verschenkte
    Produkte zum Einkaufspreis + Provision auf den zugeordneten Nettoumsatz, dazu die sonstigen Kosten der
    Kampagne und Ihre Stunden zum Stundensatz. ROI = (Rohertrag − Kosten) / Kosten; ROAS = Nettoumsatz / Kosten.
    Eine Bestellung zählt, wenn sie bezahlt ist und ihr Nettoumsatz über null liegt: Eine voll erstattete oder
    kostenlose Bestellung ist keine Bestellung und bringt keinen Neukunden. Als Neukunde zählt, wer mit der
    zugeordneten Bestellung zum allerersten Mal bestellt hat. Partner ohne Code werden am Umsatzplus gemessen:
    der Tagesumsatz im Zeitraum der Kampagne gegenüber dem üblichen Niveau und Trend derselben Wochentage in den
    Wochen davor, ohne andere Kampagnen und besondere Tage, angegeben als 95-%-Bereich (zu gleichen Teilen auf
    die Partner ohne Code der Kampagne verteilt) und nie zu den gezählten Summen addiert; ihr ROI ist der
    Bereich, den das untere und das obere Ende des Umsatzplus ergeben, nie ein Verlust mangels Bestellungen.
report-heading-notes = Notizen
report-summary-footer = { $shop } · { $campaign } · erstellt mit LocalLift
report-summary-title = { $campaign } — Zusammenfassung

## Ob sich die Kampagne bezahlt gemacht hat
report-verdict-free = Dafür wurde nichts ausgegeben: Alles, was sie gebracht hat, ist Gewinn.
report-verdict-lift-only = Das kann nur das Umsatzplus zeigen: ROI { $range } (eine Schätzung, 95-%-Bereich).
report-verdict-not-measurable = Noch nicht messbar: Die Partner der Kampagne bringen Laufkundschaft ohne Code, die nur das Umsatzplus messen kann, und dafür gibt es noch keine Schätzung.
report-verdict-yes-on = Ja: Der Rohertrag von { $profit } hat die Kosten von { $cost } am { $day } gedeckt (ROI { $roi }).
report-verdict-yes = Ja: Der Rohertrag von { $profit } hat die Kosten von { $cost } gedeckt (ROI { $roi }).
report-verdict-not-yet = Noch nicht: bisher { $profit } Rohertrag gegenüber Kosten von { $cost }; Bestellungen zählen bis { $until }.
report-verdict-no = Nein: Der Rohertrag von { $profit } hat { $share } der Kosten von { $cost } gedeckt (ROI { $roi }).
report-verdict-with-lift = Mit dem Umsatzplus der Partner ohne Code: ROI { $range }.

## Der Partnerbericht (an einen Partner, mit „Sie“ angesprochen)
report-partner-kicker = { $shop } · Partnerbericht
report-partner-dates = { $campaign }: { $start } – { $end }, Bestellungen gezählt bis { $until }
report-thanks =
    Vielen Dank, dass Sie bei { $campaign } mitgemacht haben. Hier sehen Sie, was Ihre Follower getan haben,
    gezählt so, wie jeder Partner des Shops gezählt wird.
report-card-measured-by = Gemessen an
report-card-lift-no-code = Umsatzplus (ohne Code)
report-card-your-codes = Ihre Codes
report-card-your-orders = Bestellungen
report-card-sales-net = Nettoumsatz
report-card-in-store = Davon im Laden
report-card-customer-said = Davon laut Kundenangabe
report-card-came-back = Innerhalb von { $days } Tagen wiedergekommen
report-card-posts = Beiträge
report-card-engagement = Engagement (Median)
report-heading-earn = Was Sie verdienen
report-earn-fee = Honorar: { $amount }
report-earn-gifted = Verschenkte Produkte: { $amount } (zum Einkaufspreis des Shops)
report-earn-commission = Provision: { $percent } von { $sales } = { $owed }
report-earn-nothing = Für diese Kampagne wurde weder ein Honorar noch eine Provision vereinbart.
report-leaked =
    Ihr Code { $code } wurde dort geteilt, wo Sie ihn nicht gepostet haben: Bestellungen mit diesem Code zählen
    ab dem { $day } nicht mehr für Sie.
report-heading-paid-and-owed = Bezahlt und offen
report-so-far = Für diese Kampagne bisher: Honorar { $fee }, fällige Provision { $commission }.
report-so-far-taken-back = Für diese Kampagne bisher: Honorar { $fee }, fällige Provision { $commission }, durch Erstattungen zurückgenommen { $taken }.
report-held =
    Noch nicht fällige Provision: { $amount } auf { $orders ->
        [one] { $orders } Bestellung
       *[other] { $orders } Bestellungen
    }, die erste fällig am { $day } (Wartezeit von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } nach jeder Bestellung, damit für eine in dieser Zeit erstattete Bestellung nie Provision fällig wird).
report-balance-owed = Insgesamt an Sie bezahlt: { $paid }. Derzeit für Sie offen (alle Kampagnen): { $balance }.
report-balance-ahead = Insgesamt an Sie bezahlt: { $paid }. Im Voraus bezahlt: { $ahead }; das wird mit dem verrechnet, was Sie als Nächstes verdienen.
report-heading-agreed = Vereinbarte Leistungen
report-deliverable-kind = { $kind ->
    [post] Beitrag
    [story] Story
    [reel] Reel
    [video] Video
    [event] Veranstaltung
    [market_table] Marktstand
   *[other] Sonstiges
    }
report-deliverable-on-time = { $what } — fällig am { $due } — erledigt am { $day }, pünktlich
report-deliverable-done = { $what } — fällig am { $due } — erledigt am { $day }
report-deliverable-missed = { $what } — fällig am { $due } — nicht erledigt
report-deliverable-to-come = { $what } — fällig am { $due } — steht noch aus
report-partner-lift = Sie hatten keinen Rabattcode: Der Shop misst die Kampagne an ihrem Umsatzplus.
report-partner-lift-share = Zu gleichen Teilen geteilt mit { $others ->
        [one] dem anderen Partner ohne Code
       *[other] den { $others } anderen Partnern ohne Code
    } der Kampagne; Ihr Anteil: { $range }.
report-heading-how-counted = So wird gezählt
report-partner-how =
    Eine Bestellung zählt für Sie, wenn sie Ihren Code verwendet hat, vom ersten Tag der Kampagne bis zum oben
    genannten Tag, bis zu dem Bestellungen gezählt werden (in der Zeitzone des Shops); Erstattungen und Rabatte
    werden abgezogen. Trug eine Bestellung Codes von zwei Partnern, zählt sie einmal, für den ersten Code. Als
    Neukunde zählt, wer mit Ihrem Code zum allerersten Mal bestellt hat.
report-partner-title = { $campaign } — Partnerbericht für { $partner }

## Die Abrechnung
report-period = { $from } – { $to }
report-period-from = Ab { $from }
report-period-until = Bis { $to }
report-period-all = Gesamter Zeitraum, bis { $today }
report-statement-kicker = { $shop } · Abrechnung
report-statement-period = { $period } · Provision fällig { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach jeder Bestellung
report-paid-ahead = { $amount } (im Voraus bezahlt)
report-card-opening = Anfangssaldo
report-card-fees = Honorare
report-card-commission-due = Fällige Provision
report-card-taken-back = Zurückgenommen
report-card-paid = Bezahlt
report-card-closing = Schlusssaldo
report-card-held = Zurückgehaltene Provision
report-heading-lines = Buchungen
report-col-day = Tag
report-col-what = Vorgang
report-col-on-net = Auf Nettoumsatz
report-col-amount = Betrag
report-col-balance = Saldo
report-entry-fee = Honorar · { $campaign }
report-entry-commission = Provision · { $campaign } · Bestellung { $order }
report-entry-commission-in-store = Provision · { $campaign } · im Laden (eingetragen)
report-entry-taken-back = Zurückgenommen (Erstattung) · { $campaign } · Bestellung { $order }
report-entry-restored = Wiederhergestellt · { $campaign } · Bestellung { $order }
report-entry-payment = Zahlung
report-entry-payment-how = Zahlung · { $how }
report-statement-empty = In diesem Zeitraum wurde nichts fällig und nichts bezahlt.
report-heading-not-due = Noch nicht fällig
report-held-line = { $campaign }: { $commission } auf { $sales } Umsatz ({ $orders ->
        [one] { $orders } Bestellung
       *[other] { $orders } Bestellungen
    }), die erste fällig am { $day }
report-heading-by-year = Nach Jahr
report-col-year = Jahr
report-col-fees = Honorare
report-col-taken-back = Zurückgenommen
report-col-paid = Bezahlt
report-statement-rules =
    Honorare sind ab dem ersten Tag einer Kampagne fällig. Die Provision auf eine Bestellung wird fällig,
    sobald die Wartezeit vorbei ist, und zwar auf ihren dann geltenden Nettoumsatz (nach Rabatten und
    Erstattungen); eine später bekannt gewordene Erstattung nimmt ihren Anteil zurück. Beträge werden einmal pro
    Kampagne gerundet, auf ihre laufende Summe.
report-statement-footer = { $shop } · { $partner } · Abrechnung
report-statement-title = { $partner } — Abrechnung

## Das Coupon-Blatt (eine Karte pro Rabattcode)
report-coupon-valid = Gültig { $from } – { $to }
report-coupon-with = mit { $partner }
report-coupon-show = Zeigen Sie diesen Code an der Kasse
report-coupons-footer = { $shop } · { $campaign } · Coupon-Blatt
report-coupons-title = { $campaign } — Coupon-Blatt

## Die Diagramme
chart-roi-no-campaign = Noch keine Kampagne mit Kosten: Ohne Kosten lässt sich kein ROI berechnen.
chart-roi-no-partner = Noch kein Partner mit Kosten: Ohne Kosten lässt sich kein ROI berechnen.
chart-roi-range = Bereich mit Umsatzplus (95 %): eine Schätzung
chart-leaderboard-empty = Noch keine zugeordneten Verkäufe.
chart-leaderboard-axis = Zugeordneter Nettoumsatz
chart-tiers-empty = Noch keine Neukunden über Partner.
chart-tiers-axis = Kosten pro Neukunde
chart-tier-community = Community (< 1.000)
chart-tier-nano = Nano (1.000–10.000)
chart-tier-micro = Mikro (10.000–100.000)
chart-tier-macro = Makro (100.000–1 Mio.)
chart-tier-mega = Mega (1 Mio.+)
chart-tier-unknown = Keine Reichweitenzahlen
chart-sales-empty = Keine Verkäufe in diesem Zeitraum.
chart-break-even-cost = Kosten { $amount }
chart-break-even-profit = Rohertrag bisher
chart-break-even-paid = Gedeckt am { $day }
chart-lift-empty = Kein üblicher Bereich darstellbar: zu wenig Verkaufshistorie.
chart-lift-range = Üblicher Bereich (95 %)
chart-lift-level = Übliches Niveau
chart-lift-day = Umsatz des Tages
chart-repeat-empty = Noch nicht messbar: Kein Neukunde hat seine erste Bestellung mindestens 30 Tage vor dem zuletzt importierten Verkauf aufgegeben.
chart-repeat-days = { $days } Tage
chart-repeat-partners = Von Partnern gebracht
chart-repeat-others = Die anderen Neukunden des Shops

# Die Kopfzeile jedes CSV-Exports (Partner, Kampagnen, Ergebnisse einer Kampagne, Abrechnung eines Partners).
export-partners-name = Name
export-partners-email = E-Mail
export-partners-phone = Telefon
export-partners-neighborhood = Stadtteil
export-partners-city = Stadt
export-partners-stage = Phase
export-partners-tier = Stufe
export-partners-largest-audience = Größte Reichweite
export-partners-main-handle = Benutzername (Hauptkonto)
export-partners-engagement = Engagement %
export-partners-values-1-5 = Passende Werte (1-5)
export-partners-authenticity-1-5 = Authentische Inhalte (1-5)
export-partners-local-audience = Publikum vor Ort %
export-partners-niches = Nischen
export-partners-campaigns = Kampagnen
export-partners-archived = Archiviert
export-campaigns-name = Name
export-campaigns-goal = Ziel
export-campaigns-start = Beginn
export-campaigns-end = Ende
export-campaigns-attribution-window-days = Zuordnungszeitraum (Tage)
export-campaigns-orders-count-until = Bestellungen zählen bis
export-campaigns-status = Status
export-campaigns-partners = Partner
export-campaigns-codes = Codes
export-campaigns-other-costs = Sonstige Kosten
export-campaigns-owner-hours = Ihre Stunden
export-results-campaign = Kampagne
export-results-partner = Partner
export-results-method = Methode
export-results-codes = Codes
export-results-orders = Bestellungen
export-results-net-revenue = Nettoumsatz
export-results-of-which-typed-in-orders = Davon eingetragen (Bestellungen)
export-results-gross-profit = Rohertrag
export-results-cost = Kosten
export-results-commission-owed = Geschuldete Provision
export-results-roi = ROI %
export-results-roas = ROAS
export-results-new-customers = Neukunden
export-results-cost-per-new-customer = Kosten pro Neukunde
export-results-lift-status = Status Umsatzplus
export-results-lift-estimate = Schätzung Umsatzplus
export-results-lift-low-95 = Untergrenze Umsatzplus (95 %)
export-results-lift-high-95 = Obergrenze Umsatzplus (95 %)
export-results-of-which-customer-said-orders = Davon laut Kundenangabe (Bestellungen)
export-statement-partner = Partner
export-statement-day = Tag
export-statement-line = Buchung
export-statement-campaign = Kampagne
export-statement-order = Bestellung
export-statement-order-day = Bestellt am
export-statement-payment = Zahlung
export-statement-on-net-revenue = Auf Nettoumsatz
export-statement-amount = Betrag
export-statement-balance = Saldo
export-results-total-row = (Kampagne gesamt)
