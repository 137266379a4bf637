# The Dashboard (ui/src/screens/Dashboard.svelte), its "Getting started" list (FirstSteps.svelte,
# ui/src/lib/first-steps.ts) and how a figure moved between periods (ui/src/lib/compare.ts).

## Period
dashboard-title = Übersicht
dashboard-period = Zeitraum
dashboard-range-month = Dieser Monat
dashboard-range-90 = Letzte 90 Tage
dashboard-range-year = Letzte 12 Monate
dashboard-range-custom = Zeitraum wählen…
dashboard-from = Von
dashboard-to = Bis
dashboard-counting = Wird berechnet…

## A shop with no sales at all
dashboard-no-sales-title = Noch keine Verkäufe
dashboard-no-sales-text = Importieren Sie den Bestellexport Ihres Shops (Shopify, Square, WooCommerce, Etsy, Stripe oder PayPal) so, wie er ist: Die Übersicht zeigt dann, was Ihre Partnerschaften eingebracht und was sie gekostet haben.
dashboard-no-sales-action = Verkäufe importieren

## Key figures
dashboard-period-campaigns = { $from } bis { $to }: { $count ->
        [one] { $count } Kampagne zählt
       *[other] { $count } Kampagnen zählen
    } Bestellungen in diesem Zeitraum.
dashboard-key-figures = Kennzahlen
dashboard-kpi-revenue = Zugeordneter Umsatz
dashboard-kpi-revenue-of-all = von { $total } insgesamt ({ $orders ->
        [one] { $orders } Bestellung
       *[other] { $orders } Bestellungen
    })
dashboard-kpi-revenue-of-all-typed-in = von { $total } insgesamt ({ $orders ->
        [one] { $orders } Bestellung
       *[other] { $orders } Bestellungen
    }, { $typed } davon eingetragen)
dashboard-kpi-cost = Kosten
dashboard-kpi-gross-profit = Rohertrag
dashboard-kpi-roi = ROI
dashboard-kpi-roi-counted = ROI (gezählte Verkäufe)
dashboard-kpi-roi-with-lift = mit Umsatzplus der Partner ohne Code: ROI { $range }
dashboard-kpi-new-customers = Neukunden
dashboard-roi-points-vs-previous = { $count ->
        [one] { $points } Prozentpunkt
       *[other] { $points } Prozentpunkte
    } ggü. Vorzeitraum

## How a card's figure moved
dashboard-vs-previous = { $ratio } ggü. Vorzeitraum
dashboard-none-previous = keine im Vorzeitraum
dashboard-vs-year-earlier = { $ratio } ggü. Vorjahr
dashboard-none-year-earlier = keine im Vorjahr
dashboard-compare-against = { $difference } im Vergleich zu { $from } bis { $to }
dashboard-change-words = { $difference } ({ $ratio })
dashboard-change-nothing = kein Vergleichswert

## ROI cells
dashboard-roi-with-lift = mit Umsatzplus: { $range }
dashboard-roi-with-lift-title = ROI mit dem Umsatzplus der Partner ohne Code, 95-%-Bereich
dashboard-roi-from-lift-title = ROI aus dem Umsatzplus, 95-%-Bereich
dashboard-roi-sales-lift = (Umsatzplus)

## Charts and their tables
dashboard-roi-chart = ROI pro Kampagne
dashboard-roi-chart-alt = ROI pro Kampagne, wie in der Tabelle darunter
dashboard-the-numbers = Die Zahlen
dashboard-campaigns-table = Kampagnen im Zeitraum
dashboard-sales-chart = Nettoumsatz pro Tag
dashboard-sales-chart-alt = Nettoumsatz pro Tag, Kampagnentage schattiert; Summen in der Tabelle darunter
dashboard-sales-chart-shaded = Schattiert: Tage, an denen die Bestellungen einer Kampagne zählen (Start bis Ende + Zuordnungszeitraum).
dashboard-sales-table = Nettoumsatz nach Tag
dashboard-col-campaign = Kampagne
dashboard-col-net-revenue = Nettoumsatz
dashboard-col-cost = Kosten
dashboard-col-roi = ROI
dashboard-col-day = Tag
dashboard-col-net-sales = Nettoumsatz

## Needs a look
dashboard-attention = Bitte prüfen

## Partner leaderboard
dashboard-leaderboard = Partner-Rangliste
dashboard-leaderboard-empty-title = Keine Kampagnen in diesem Zeitraum
dashboard-leaderboard-empty-text = Wählen Sie einen längeren Zeitraum, oder planen Sie eine Kampagne mit Ihren Partnern und deren Codes.
dashboard-leaderboard-empty-action = Kampagne planen
dashboard-col-rank = #
dashboard-col-partner = Partner oder Community
dashboard-col-campaigns = Kampagnen
dashboard-col-orders = Bestellungen
dashboard-col-new-customers = Neukunden
dashboard-customer-said = { $count } laut Kundenangabe
dashboard-walk-in-heading = Am Umsatzplus gemessen, nicht in der Rangliste der gezählten Verkäufe
dashboard-walk-in-lift-title = Ihr Anteil am Umsatzplus ihrer Kampagnen (Nettoumsatz, 95-%-Bereich): Partner ohne Code werden nicht an Bestellungen gemessen
dashboard-walk-in-orders-title = Partner ohne Code werden am Umsatzplus gemessen, nicht an Bestellungen
dashboard-leaderboard-ranked = Sortiert nach gezählten Verkäufen (Bestellungen mit Rabattcode, eingetragene Einlösungen im Laden und Bestellungen, deren Kunde angab, dass der Partner ihn geschickt hat, markiert mit „laut Kundenangabe“). Partner ohne Code werden am Umsatzplus ihrer Kampagnen gemessen, einer Schätzung mit Bandbreite: Sie stehen darunter und zählen nie als Verlust.
dashboard-leaderboard-figures = Die Zahlen sind die Summe der Ergebnisse der einzelnen Kampagnen (wie sie entstehen, steht auf der Seite einer Kampagne). Ein Zeitraum zählt die Bestellungen an seinen Tagen: Die Verkäufe einer Kampagne darin sind ein Teil der Verkäufe des Shops darin. Kosten (und das Umsatzplus der Partner ohne Code) werden gleichmäßig auf die Tage verteilt, an denen die Bestellungen einer Kampagne zählen; ein Zeitraum trägt den Anteil seiner Tage.

## By audience tier
dashboard-tiers = Nach Reichweitenstufe
dashboard-tiers-chart-caption = Kosten pro Neukunde, nach Reichweitenstufe
dashboard-tiers-chart-lower = (niedriger ist besser)
dashboard-tiers-chart-alt = Kosten pro Neukunde nach Reichweitenstufe, wie in der Tabelle
dashboard-col-tier = Stufe
dashboard-col-partners = Partner
dashboard-col-cost-per-new-customer = Kosten pro Neukunde
dashboard-tier-none = Noch keine Reichweitenzahlen
dashboard-tiers-note = Die Stufe eines Partners richtet sich nach seinem größten Konto, die einer Community nach ihrer Größe. Kosten auf Kampagnenebene (sonstige Kosten, Ihre Zeit) werden nicht nach Stufe aufgeteilt.

## Getting started (a new shop's first steps)
dashboard-first-steps-title = Erste Schritte
dashboard-first-steps-hide = Liste ausblenden
dashboard-first-steps-hide-title = Diese Liste dauerhaft ausblenden
dashboard-first-steps-hidden = Erste Schritte ausgeblendet
dashboard-first-steps-progress = { $done } von { $total } erledigt
dashboard-first-steps-done = erledigt
dashboard-first-steps-to-do = offen
dashboard-step-sales-title = Verkäufe importieren
dashboard-step-sales-hint = Der Bestellexport Ihres Shops aus Shopify, Square, WooCommerce, Etsy, Stripe oder PayPal: LocalLift liest ihn so, wie er ist.
dashboard-step-sales-action = Verkäufe importieren
dashboard-step-sales-action-title = Öffnet „Verkäufe importieren“, wo ein Verkaufsexport eingelesen wird
dashboard-step-partners-title = Partner eintragen
dashboard-step-partners-hint = Tragen Sie sie ein oder importieren Sie die Tabelle, in der Sie sie führen.
dashboard-step-partners-action = Partner hinzufügen
dashboard-step-partners-action-title = Öffnet „Partner“: „Neuer Partner“ oder „Tabelle importieren…“
dashboard-step-campaign-title = Kampagne anlegen
dashboard-step-campaign-hint = Zeitraum, beteiligte Partner und ihre Codes.
dashboard-step-campaign-action = Kampagne planen
dashboard-step-campaign-action-title = Öffnet „Kampagnen“: „Neue Kampagne“
dashboard-step-coupons-title = Coupon-Blatt drucken
dashboard-step-coupons-hint-first = Dafür brauchen Sie zuerst eine Kampagne mit Rabattcodes: Geben Sie den Partnern einer Kampagne ihre Codes und drucken Sie dann für jeden Partner eine Seite mit seinem Code samt QR-Code.
dashboard-step-coupons-hint = Für jeden Partner eine Seite mit seinem Code samt QR-Code, zum Verteilen oder Aushängen.
dashboard-step-coupons-action-campaigns = Kampagnen öffnen
dashboard-step-coupons-action-campaigns-title = Öffnet „Kampagnen“; dort öffnen Sie eine Kampagne und geben ihren Partnern ihre Codes
dashboard-step-coupons-action-campaign = Kampagne öffnen
dashboard-step-coupons-action-campaign-title = Auf ihrer Seite finden Sie über den Ergebnissen die Schaltfläche „Coupon-Blatt“
# Between a campaign's name and what needs a look about it.
dashboard-attention-separator = { ": " }
