# Die Seite einer Kampagne (ui/src/screens/CampaignPage.svelte mit CampaignResults, CampaignPartnerForm,
# CampaignDeliverables) und im Dashboard „Codes, die geleakt sein könnten“ und „Fällige Vereinbarungen“
# (LeakSignals, LeakOrders, AgreementsDue).

## Shared words
campaign-loading = Wird geladen…
campaign-counting = Wird berechnet…
campaign-edit = Bearbeiten
campaign-delete = Löschen
campaign-cancel = Abbrechen
campaign-add = Hinzufügen
campaign-save = Speichern
campaign-close = Schließen
campaign-mark-done = Als erledigt markieren
campaign-open-campaign = Kampagne öffnen
campaign-badge-archived = Archiviert
campaign-badge-member-archived = Archiviert
campaign-col-who = Wer
campaign-col-what = Was
campaign-col-due = Fällig
campaign-col-day = Tag
campaign-col-code = Code
campaign-col-orders = Bestellungen
campaign-col-net-revenue = Nettoumsatz
campaign-col-gross-profit = Rohertrag
campaign-col-cost = Kosten
campaign-col-commission = Provision
campaign-col-new-customers = Neukunden

## The campaign's page
campaign-back = ← Kampagnen
campaign-dates = { $range }; Bestellungen zählen bis { $until }
campaign-reinstate = Wieder aufnehmen
campaign-reinstated = Kampagne wieder aufgenommen
campaign-cancel-campaign = Kampagne abbrechen
campaign-cancelled = Kampagne abgebrochen: Die Codes zählen nicht mehr
campaign-archive = Archivieren
campaign-restore = Wiederherstellen
campaign-notice-archived = Archiviert
campaign-notice-restored = Wiederhergestellt
campaign-fixed-costs = Fixkosten bisher
campaign-fixed-costs-hint = (Honorare + verschenkte Produkte zum Einkaufspreis + sonstige Kosten; die Provision kommt auf zugeordnete Verkäufe hinzu)
campaign-other-costs = Sonstige Kosten
campaign-your-hours = Ihre Stunden
campaign-notes = Notizen
campaign-partners-title = Partner und Konditionen
campaign-add-member = Partner oder Community hinzufügen
campaign-partners-empty-title = Noch niemand in dieser Kampagne
campaign-partners-empty-text = Fügen Sie die teilnehmenden Partner und Communitys hinzu, mit Honorar, verschenkten Produkten, Provision und Rabattcodes.
campaign-partners-table = Partner in dieser Kampagne
campaign-col-codes = Codes
campaign-col-fee = Honorar
campaign-col-gifted = Verschenkt
campaign-col-agreement-notes = Notizen zur Vereinbarung
campaign-badge-community = Community
campaign-no-code = kein Code (am Umsatzplus gemessen)
campaign-first-orders = für Erstbestellungen
campaign-leaked-from = ab { $day } als geleakt markiert
campaign-unmark = Markierung aufheben
campaign-unmark-label = Markierung von { $code } aufheben
campaign-unmark-title = Die Bestellungen zählen wieder für { $name }
campaign-unmarked = Markierung von { $code } aufgehoben: Die Bestellungen zählen wieder
campaign-edit-terms = Konditionen bearbeiten
campaign-log-post = Beitrag erfassen
campaign-remove = Entfernen
campaign-mark-leaked-open = Code als geleakt markieren…
campaign-mark-leaked-open-title = Ab einem Tag zählen die Bestellungen mit dem Code für niemanden (nicht für { $name }, keine Provision)
campaign-leak-form = Einen Code von { $name } als geleakt markieren
campaign-leak-code = Code von { $name }
campaign-leak-from = Geleakt ab
campaign-leak-submit = Als geleakt markieren
campaign-leak-hint = Ab diesem Tag zählen die Bestellungen mit dem Code für niemanden: nicht für { $name } und ohne Provision. Erneutes Markieren verschiebt den Tag; „Markierung aufheben“ nimmt sie wieder weg.
campaign-leak-choose-code = Wählen Sie einen Code
campaign-leak-choose-day = Wählen Sie den ersten Tag, ab dem die Bestellungen für niemanden zählen
campaign-leak-marked = { $code } ab { $day } als geleakt markiert: Die Bestellungen ab diesem Tag zählen für niemanden
campaign-posts = Beiträge
campaign-posts-empty = Noch keine Beiträge erfasst. Erfassen Sie jeden Beitrag mit seinen Zahlen (Likes, Kommentare, Geteilt, Gespeichert, Reichweite), um das Engagement zu vergleichen.
campaign-col-posted = Veröffentlicht
campaign-col-platform = Plattform
campaign-col-reach = Reichweite
campaign-col-likes = Likes
campaign-col-comments = Kommentare
campaign-col-shares = Geteilt
campaign-col-saves = Gespeichert
campaign-col-clicks = Klicks
campaign-col-engagement = Engagement
campaign-post-deleted = Beitrag gelöscht
campaign-engagement-hint = Engagement = (Likes + Kommentare + Geteilt + Gespeichert) ÷ Reichweite, oder ÷ Follower bei Veröffentlichung, wenn die Reichweite unbekannt ist. Klicks zählen nicht mit.
campaign-remove-what = { $name } aus dieser Kampagne (mit Codes und Beiträgen)
campaign-deleted = Kampagne { $name } gelöscht

## Results
campaign-results = Ergebnisse
campaign-file-results = { $campaign } Ergebnisse.csv
campaign-file-summary = { $campaign } Zusammenfassung.pdf
campaign-file-coupons = { $campaign } Coupon-Blatt.pdf
campaign-summary-pdf = Zusammenfassung als PDF
campaign-summary-pdf-title = Die Zusammenfassung der Kampagne als PDF speichern: Zahlen, Diagramme, jeder Partner, wie gerechnet wurde
campaign-coupon-sheet = Coupon-Blatt
campaign-coupon-sheet-title = Ein druckbares Blatt mit jedem Rabattcode speichern, in großer Schrift und als QR-Code, für die Kasse
campaign-paper = Papier
campaign-paper-label = Papierformat der PDFs
campaign-paper-a4 = A4
campaign-paper-letter = US Letter
campaign-window = Bestellungen zählen vom { $from } bis zum { $to } (Zuordnungszeitraum inbegriffen), in der Zeitzone des Shops.
campaign-kpi-revenue = Zugeordneter Umsatz
campaign-kpi-roi = ROI
campaign-kpi-roi-counted = ROI (gezählte Verkäufe)
campaign-kpi-roi-lift = mit Umsatzplus der Partner ohne Code: ROI { $range }
campaign-by-partner = Ergebnisse nach Partner
campaign-col-partner = Partner
campaign-col-roi = ROI
campaign-col-roi-title = Zeigen Sie mit der Maus auf einen ROI, um den ROAS zu sehen (Nettoumsatz ÷ Kosten); der ROI von Partnern ohne Code ist ein Bereich aus dem Umsatzplus
campaign-col-cost-per-new = Kosten pro Neukunde
campaign-col-back-60 = Innerhalb von 60 Tagen wiedergekommen
campaign-col-back-60-title = Von den Neukunden, deren erste Bestellung mindestens 60 Tage zurückliegt
campaign-typed-in = { $count } eingetragen
campaign-said = { $count } laut Kundenangabe
campaign-said-title = Bestellungen ohne Code, deren Kunde auf die Frage, wie er vom Shop erfahren hat, { $name } genannt hat: Dafür ist keine Provision fällig
campaign-shared-with = { $others ->
    [one] , zu gleichen Teilen geteilt mit dem anderen Partner ohne Code der Kampagne
   *[other] , zu gleichen Teilen geteilt mit den { $others } anderen Partnern ohne Code der Kampagne
    }
campaign-partner-share = (Anteil dieses Partners: { $share })
campaign-posts-engagement = { $count ->
    [one] { $count } Beitrag · { $engagement } Engagement
   *[other] { $count } Beiträge · { $engagement } Engagement
    }
campaign-posts-engagement-cost = { $count ->
    [one] { $count } Beitrag · { $engagement } Engagement · { $cost } pro Interaktion
   *[other] { $count } Beiträge · { $engagement } Engagement · { $cost } pro Interaktion
    }
campaign-in-store = + Im Laden
campaign-in-store-title = Einlösungen des Codes im Laden hinzufügen, aus dem Protokoll der Kasse
campaign-report = Bericht
campaign-report-title = Die eigenen Ergebnisse von { $name } als PDF zum Verschicken speichern (ohne Zahlen anderer Partner)
campaign-walk-in = Partner ohne Code: am Umsatzplus der Kampagne gemessen, nicht an Bestellungen
campaign-roi-no-lift = Noch zu wenig Verkaufsdaten für das Umsatzplus der Kampagne
campaign-roi-lift-title = (Rohertrag des Anteils dieses Partners am Umsatzplus − Kosten) ÷ Kosten, 95-%-Bereich
campaign-sales-lift = Umsatzplus
campaign-roas = ROAS { $roas }
campaign-total = Kampagne
campaign-with-lift = mit Umsatzplus: { $range }
campaign-with-lift-title = Mit dem Umsatzplus der Partner ohne Code
campaign-came-back = { $returned } von { $customers } ({ $rate })
campaign-said-share = { $said } (auf die Frage, wie sie vom Shop erfahren haben), nicht auf einem Code: Dafür ist keine Provision fällig.
campaign-chart-revenue = Umsatz nach Partner
campaign-chart-top = (Top 20; die Tabelle zeigt alle)
campaign-chart-revenue-alt = Zugeordneter Nettoumsatz nach Partner, wie in der Tabelle oben
campaign-chart-paid = Hat sie sich gelohnt?
campaign-chart-paid-alt = Zugeordneter Rohertrag, Tag für Tag aufsummiert, gegenüber den Kosten der Kampagne ({ $cost }); er erreichte { $profit }
campaign-chart-roi = ROI nach Partner
campaign-chart-roi-alt = ROI nach Partner, wie in der Tabelle oben
campaign-came-back-label = Wiedergekommen
campaign-came-back-title = Sind sie wiedergekommen?
campaign-repeat-table = Wiederkäufe
campaign-within-days = { $days ->
    [one] innerhalb von { $days } Tag
   *[other] innerhalb von { $days } Tagen
    }
campaign-repeat-this = Durch diese Kampagne gewonnen
campaign-repeat-others = Die anderen Neukunden des Shops im selben Zeitraum
campaign-not-yet = noch nicht
campaign-repeat-alt = Anteil der Neukunden, die innerhalb von 30, 60 und 90 Tagen wiederkamen, wie in der Tabelle
campaign-repeat-hint = Gezählt unter den Kunden, deren erste Bestellung lange genug zurückliegt, dass sie Zeit zum Wiederkommen hatten.
campaign-compare = Die Tage dieser Kampagne im Vergleich zu vorher
campaign-compare-table = Nettoumsatz des Shops an den Tagen der Kampagne und davor
campaign-compare-col-sales = Nettoumsatz des Shops
campaign-compare-col-days = Tage
campaign-compare-col-net = Nettoumsatz
campaign-compare-col-change = Die Kampagnentage im Vergleich dazu
campaign-compare-current = An den Tagen der Kampagne
campaign-compare-current-so-far = An den Tagen der Kampagne bisher
campaign-compare-before = { $count ->
    [one] Der Tag davor
   *[other] Die { $count } Tage davor
    }
campaign-compare-year = Dieselben Tage ein Jahr früher
campaign-compare-hint = Alle Verkäufe des Shops an diesen Tagen (importiert und eingetragen), nicht nur die Bestellungen der Kampagne: Saison, Feiertage oder eine andere Kampagne bewegen sie auch. Die Schätzung des Umsatzplus vergleicht sorgfältiger mit üblichen Tagen.
campaign-compare-not-yet = Die Tage der Kampagne sind noch nicht gekommen: Sobald es so weit ist, steht ihr Umsatz hier neben den Tagen davor.
campaign-cost-includes = Die Kosten der Kampagne enthalten ihre sonstigen Kosten ({ $other }) und Ihre Zeit ({ $time }).
campaign-redeem-form = Einlösungen im Laden
campaign-redeem-title-said = Kunden, die sagten, dass { $name } sie geschickt hat
campaign-redeem-title-uses = Einlösungen des Codes von { $name } im Laden
campaign-redeem-hint = Aus dem Gutscheinprotokoll der Kasse, für Kassen ohne Export: wie viele Einlösungen an einem Tag und welcher Betrag. Oder eine Strichliste der Kunden, die auf Nachfrage sagten, dass dieser Partner sie geschickt hat (ohne Code): gezählt als „laut Kundenangabe“, ohne Provision.
campaign-redeem-said = Eine Strichliste von Kundenaussagen, keine Code-Einlösungen
campaign-redeem-customers = Kunden
campaign-redeem-uses = Einlösungen
campaign-redeem-amount = Umsatz nach Rabatt
campaign-redeemed = Einlösungen im Laden hinzugefügt
campaign-conflicts = Bestellungen mit Codes von zwei Partnern
campaign-conflict = Bestellung { $order } nutzte { $codes }: einmal gezählt, für { $partner } (erster Code), nicht für { $others }.
campaign-how = Wie diese Zahlen entstehen
campaign-how-code = Eine Bestellung zählt für einen Partner, wenn sie seinen Code vom ersten bis zum letzten Tag der Kampagne plus Zuordnungszeitraum nutzte. Eine Bestellung zählt nur für einen Partner: den ihres ersten Codes.
campaign-how-said = Eine Bestellung ohne gezählten Code, deren Kunde auf die Frage, wie er vom Shop erfahren hat, einen Partner der Kampagne nannte (so wie Sie seine Antwort unter „Verkäufe importieren“ gelesen haben), zählt für diesen Partner als „laut Kundenangabe“: nach den Codes, nie doppelt und ohne Provision.
campaign-how-revenue = Nettoumsatz = Brutto − Rabatte − Erstattungen (Steuern und Versand sind kein Umsatz). Eingetragene Einlösungen im Laden fügen ihre Anzahl und ihren Betrag hinzu.
campaign-how-profit = Rohertrag = Nettoumsatz × Ihre Marge ({ $margin }), oder Netto − Produktkosten, wenn der Verkauf sie angibt.
campaign-how-cost = Kosten = Honorar + verschenkte Produkte zum Einkaufspreis + Provision × Nettoumsatz; die Kampagne rechnet sonstige Kosten und Ihre Stunden × Stundensatz hinzu.
campaign-how-roi = ROI = (Rohertrag − Kosten) ÷ Kosten. ROAS = Nettoumsatz ÷ Kosten. Als Neukunde gilt, wer mit der zugeordneten Bestellung zum allerersten Mal bestellt.
campaign-how-walk-in = Partner ohne Code werden am Umsatzplus der Kampagne gemessen (unten): eine Schätzung mit ihrem Bereich, zu gleichen Teilen auf die Partner ohne Code der Kampagne verteilt und nie zu den Code-Zahlen addiert. Ihr ROI ist ein Bereich: (gezählter Rohertrag + Rohertrag des Umsatzplus − Kosten) ÷ Kosten, am unteren und oberen Ende des Umsatzplus; nie ein Verlust von −100 % für Verkäufe, die niemand zählen konnte.
campaign-how-walk-in-cost = Der ROI der Kampagne zählt nur Code- und eingetragene Verkäufe; ihre Kosten enthalten die der Partner ohne Code ({ $cost }).

## Terms of a partner in a campaign (the form)
campaign-terms-of = Konditionen von { $name }
campaign-terms-add = Partner oder Community hinzufügen
campaign-terms-choose = Auswählen…
campaign-terms-partners = Partner
campaign-terms-communities = Communitys
campaign-terms-codes = Rabattcodes
campaign-terms-codes-hint = Durch Kommas getrennt; jeder Code kann jeweils nur in einer Kampagne aktiv sein
campaign-terms-codes-placeholder = MAYA15
campaign-terms-fee = Pauschalhonorar
campaign-terms-gifted = Verschenkte Produkte (zu Ihrem Einkaufspreis)
campaign-terms-commission = Provision (% des zugeordneten Nettoumsatzes)
campaign-terms-link = Tracking-Link
campaign-terms-new-only = Diese Codes gelten für die erste Bestellung eines Kunden
campaign-terms-new-only-hint = LocalLift weist darauf hin, wenn sie vor allem von Bestandskunden genutzt werden.
campaign-terms-notes-hint = Jede Leistung mit ihrem Fälligkeitstag tragen Sie auf der Kampagnenseite unter „Vereinbarte Leistungen“ ein
campaign-terms-notes-placeholder = 2 Feed-Beiträge, 3 Storys
campaign-terms-save = Konditionen speichern
campaign-terms-saved = Konditionen gespeichert
campaign-terms-added = Zur Kampagne hinzugefügt
campaign-terms-type-percent = Geben Sie einen Prozentsatz ein
campaign-terms-choose-member = Wählen Sie einen Partner oder eine Community
campaign-terms-type-amount = Geben Sie einen Betrag ein

## Deliverables
campaign-deliverables = Vereinbarte Leistungen
campaign-deliverables-intro = Was jeder Partner bis wann zu liefern zugesagt hat. Ein erfasster Beitrag erfüllt die offene Leistung (Beitrag, Story, Reel oder Video), die als Erste fällig ist; die anderen markieren Sie selbst als erledigt. Was innerhalb der Woche fällig ist, erscheint in der Übersicht; was am Tag nach dem Fälligkeitstag nicht erledigt ist, zählt in der Bilanz des Partners als versäumt.
campaign-deliverables-no-partners = Fügen Sie der Kampagne zuerst Partner oder Communitys hinzu, dann, was jeder zugesagt hat.
campaign-deliverable-add = + Leistung hinzufügen
campaign-deliverables-empty = Noch nichts vereinbart. Tragen Sie ein, was { $name } zugesagt hat (einen Beitrag, eine Story, eine Veranstaltung…), und bis wann.
campaign-deliverables-of = Vereinbarte Leistungen von { $name }
campaign-col-status = Status
campaign-col-post = Beitrag
campaign-deliverable-post = Der Beitrag, der sie erfüllt hat
campaign-deliverable-link-post = Beitrag verknüpfen…
campaign-deliverable-another-post = Anderer Beitrag…
campaign-deliverable-their-post = ihr Beitrag
campaign-deliverable-linked = Beitrag verknüpft: Die Leistung ist erledigt
campaign-deliverable-reopen = Wieder öffnen
campaign-deliverable-reopen-title = Wieder öffnen
campaign-deliverable-reopen-unlink-title = Wieder öffnen (löst die Verknüpfung zum Beitrag)
campaign-deliverable-reopened = Leistung wieder offen
campaign-deliverable-mark-done-title = Markiert sie heute als erledigt (über „Bearbeiten“ wählen Sie einen anderen Tag)
campaign-deliverable-done-today = Heute als erledigt markiert
campaign-deliverable-edit = Leistung bearbeiten
campaign-deliverable-new = Neue Leistung von { $name }
campaign-deliverable-kind = Art
campaign-deliverable-description = Beschreibung
campaign-deliverable-description-placeholder = Reel vom Frühlingsmarkt
campaign-deliverable-due = Fällig bis
campaign-deliverable-done-on = Erledigt am (leer: noch nicht)
campaign-deliverable-choose-due = Wählen Sie den Fälligkeitstag
campaign-deliverable-saved = Leistung gespeichert
campaign-deliverable-added = Leistung hinzugefügt
campaign-deliverable-deleted = Leistung von { $name } gelöscht
# What the delete dialog names ("Delete the reel “At the spring market” of Maya?"); $kind is the kind's key.
campaign-deliverable-delete-what = { $kind ->
    [post] Den Beitrag von { $member }
    [story] Die Story von { $member }
    [reel] Das Reel von { $member }
    [video] Das Video von { $member }
    [event] Die Veranstaltung von { $member }
    [market_table] Den Marktstand von { $member }
   *[other] Die Leistung von { $member }
    }
campaign-deliverable-delete-what-described = { $kind ->
    [post] Den Beitrag „{ $description }“ von { $member }
    [story] Die Story „{ $description }“ von { $member }
    [reel] Das Reel „{ $description }“ von { $member }
    [video] Das Video „{ $description }“ von { $member }
    [event] Die Veranstaltung „{ $description }“ von { $member }
    [market_table] Den Marktstand „{ $description }“ von { $member }
   *[other] Die Leistung „{ $description }“ von { $member }
    }

## Codes that may have leaked (Dashboard)
campaign-leaks = Codes, die geleakt sein könnten
campaign-leaks-intro = Hinweise aus all Ihren Verkäufen (nicht nur aus dem Zeitraum oben): ein Code, der lange nach seiner Kampagne genutzt wird, ein plötzlicher Schwung Bestellungen oder ein Erstbestellungs-Code, den vor allem Kunden nutzen, die schon bestellt hatten. Ein Hinweis allein ändert nichts; wenn Sie einen Code ab einem Tag als geleakt markieren, zählen seine Bestellungen ab dann für niemanden: nicht für den Partner und ohne Provision.
campaign-leaks-empty = Kein Hinweis auf einen geleakten Code in Ihren Verkäufen. LocalLift prüft nach jedem Import erneut.
campaign-col-sign = Hinweis
campaign-col-days = Tage
campaign-leak-expected = erwartet: { $count }
campaign-leak-expected-less-one = erwartet: < 1
campaign-leak-expected-title = Was das übliche Muster des Codes für diese Tage vorhergesagt hat
campaign-leak-show-orders = Bestellungen anzeigen
campaign-leak-mark = Ab { $day } als geleakt markieren
campaign-leak-mark-title = Die Bestellungen ab { $day } zählen für niemanden (nicht für { $name }, keine Provision)
campaign-leak-marked-dashboard = { $code } ab { $day } als geleakt markiert: Die Bestellungen ab dann zählen für niemanden („Markierung aufheben“ auf der Kampagnenseite)

## The orders behind a leak signal
campaign-leak-orders-title = Bestellungen mit { $code }, { $range }
campaign-leak-orders-about = { $signal }. Jede Bestellung mit dem Code an diesen Tagen, die des Hinweises und die anderen.
campaign-leak-orders-empty = An diesen Tagen gibt es keine Bestellung mit diesem Code mehr (vielleicht wurde ein Import rückgängig gemacht).
campaign-leak-orders-table = Bestellungen mit { $code }
campaign-col-order = Bestellung
campaign-col-source = Quelle
campaign-col-new-customer = Neukunde
campaign-leak-orders-no-customer = Der Export nennt für diese Bestellung keinen Kunden

## Agreements due (Dashboard)
campaign-agreements = Fällige Vereinbarungen
campaign-agreements-intro = Was Partner zugesagt haben, fällig innerhalb der Woche oder überfällig, in all Ihren Kampagnen (nicht nur im Zeitraum oben). Ein erfasster Beitrag erfüllt die offene Leistung (Beitrag, Story, Reel oder Video), die als Erste fällig ist.
campaign-agreements-empty = Diese Woche ist keine Vereinbarung fällig. Tragen Sie auf der Seite einer Kampagne unter „Vereinbarte Leistungen“ ein, was Partner zugesagt haben (und bis wann).
campaign-agreements-mark-done-title = Markiert sie heute als erledigt
campaign-agreements-done = { $kind } von { $name } heute als erledigt markiert
