# Wörter der Import-Bildschirme: Verkaufsexporte, Partner- und Community-Tabellen, Beiträge eines Partners
# und die Antworten der Kunden auf „Wie haben Sie von uns erfahren?“.
# Sätze, die der Kern schreibt (Hinweise zum Import, Zeilenprobleme, Dateifehler), stehen nicht hier.

## Gemeinsam
import-cancel = Abbrechen
import-undo = Rückgängig machen
import-undoing = Wird rückgängig gemacht…
import-done = Fertig
import-import = Importieren
import-importing = Wird importiert…
import-import-valid-rows = Gültige Zeilen importieren
import-choose-file = Datei auswählen…
import-choose-another-file = Andere Datei auswählen
import-type-path = Oder Pfad eingeben
import-read = Einlesen
import-reading = { $file } wird eingelesen…
import-what-read = Was LocalLift eingelesen hat
import-read-this-way = So eingelesen
import-seen-before = Bereits importiert
import-seen-before-changes-nothing = Genau diese Datei wurde bereits importiert; ein erneuter Import ändert nichts.
import-undone-notice = Import von { $file } rückgängig gemacht
import-file-rows = { $format }, { $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
    }
import-imported = Importiert: { $new } neu, { $updated } aktualisiert.
import-problems = Probleme
import-col-line = Zeile
import-col-column = Spalte
import-col-value = Wert
import-col-problem = Problem
import-problems-left-out-if = { $count ->
    [one] { $count } Problem: Diese Zeile wird ausgelassen, wenn Sie die gültigen Zeilen importieren
   *[other] { $count } Probleme: Diese Zeilen werden ausgelassen, wenn Sie die gültigen Zeilen importieren
    }
import-first-shown = Die ersten { $count } werden angezeigt.

## Verkäufe importieren
import-sales-title = Verkäufe importieren
import-sales-choose-title = Verkaufsexport auswählen
import-sales-filter = Verkaufsexporte
import-sales-imported-notice = { $count ->
    [one] { $count } neue Bestellung aus { $file } importiert
   *[other] { $count } neue Bestellungen aus { $file } importiert
    }
import-sales-nothing-new-notice = Nichts Neues in dieser Datei
import-sales-save-problems-title = Liste der Probleme speichern
import-sales-problems-file = { $file }-probleme.csv
import-sales-problems-saved = Liste der Probleme gespeichert als { $file }
import-sales-cancelled = Import abgebrochen: Es wurde nichts geändert.
import-sales-drop = Ziehen Sie einen Verkaufsexport in dieses Fenster
import-sales-intro = Bestellungen, exportiert aus Shopify, Square (Artikel oder Transaktionen), WooCommerce, Etsy (Bestellungen oder Artikel), Stripe oder PayPal, so wie die Plattform sie schreibt. LocalLift erkennt das Format, zeigt, was es eingelesen hat, und importiert erst, wenn Sie es bestätigen.
import-sales-any-csv = Jede andere CSV-Datei lässt sich ebenfalls importieren
import-sales-any-csv-how = (der Export Ihrer Kasse, eine Tabelle): Stammt eine Datei nicht von einer dieser Plattformen, zeigt LocalLift ihre Spalten, und Sie geben an, welche die Bestellnummer, das Datum und den Betrag enthält.
import-sales-type-path = Stattdessen den Pfad einer Datei eingeben
import-sales-path = Dateipfad
import-sales-path-example = /home/me/Downloads/orders_export.csv
import-sales-read-it = Einlesen
import-sales-map-columns = Spalten von { $file } zuordnen
import-sales-file-facts = { $encoding }, Trennzeichen „{ $delimiter }“, { $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
    }
import-sales-format = Format
import-sales-recognized-as = Erkannt als
import-sales-orders = Bestellungen
import-sales-orders-read = { $count }:
import-sales-orders-new = { $count } neu
import-sales-orders-others = , { $updated } seit dem letzten Mal geändert, { $unchanged } schon vorhanden
import-sales-dates-written = Datumsformat
import-sales-day-first = Tag zuerst (31/12/2024)
import-sales-month-first = Monat zuerst (12/31/2024)
import-sales-tax = Steuer
import-sales-prices-include-tax = Meine Preise enthalten Steuer (MwSt.): aus dem Nettoumsatz herausrechnen
import-sales-refunds = Erstattungen
import-sales-refunds-applied = { $count ->
    [one] { $count } Erstattungszeile der zugehörigen Bestellung zugeordnet
   *[other] { $count } Erstattungszeilen den zugehörigen Bestellungen zugeordnet
    }
import-sales-currency = Währung
import-sales-currency-from-file = Ihr Shop hat noch keine Währung: Sie wird auf { $currency } gesetzt, wie in dieser Datei.
import-sales-seen-before = Genau diese Datei wurde bereits importiert; ein erneuter Import fügt nichts hinzu.
import-sales-backup = Sicherung
import-sales-sample = Die ersten Bestellungen, wie eingelesen
import-sales-col-order = Bestellung
import-sales-col-placed = Bestelldatum
import-sales-col-channel = Kanal
import-sales-col-gross = Brutto
import-sales-col-discounts = Rabatte
import-sales-col-refunds = Erstattungen
import-sales-col-net = Netto
import-sales-col-codes = Codes
import-sales-col-items = Artikel
import-sales-status-unpaid = Noch nicht bezahlt
import-sales-status-cancelled = Storniert
import-sales-channel-in-store = Im Laden
import-sales-channel-online = Online
import-sales-channel-other = Sonstiges
import-sales-net-explained = Netto = Brutto − Rabatte − Erstattungen; Steuer (auch in Preisen enthaltene) und Versand sind kein Umsatz. Noch nicht bezahlte oder stornierte Bestellungen werden aufbewahrt, aber nicht gezählt.
import-sales-problem-rows = { $count ->
    [one] { $count } Zeile hat ein Problem
   *[other] { $count } Zeilen haben Probleme
    }
import-sales-first-problems = Die ersten { $shown } werden angezeigt; die gespeicherte Liste enthält { $count }.
import-sales-save-problems = Liste der Probleme speichern…
import-sales-nothing-to-import = Jede Bestellung dieser Datei ist schon in LocalLift: Es gibt nichts zu importieren.
import-sales-import-orders = { $count ->
    [one] { $count } Bestellung importieren
   *[other] { $count } Bestellungen importieren
    }
import-sales-import-valid = Gültige Bestellungen importieren, Probleme überspringen
import-sales-progress = Fortschritt des Imports
import-sales-rows-read = { $count ->
    [one] { $count } Zeile gelesen
   *[other] { $count } Zeilen gelesen
    }
import-sales-rows-read-share = { $count ->
    [one] { $count } Zeile gelesen, { $share }
   *[other] { $count } Zeilen gelesen, { $share }
    }
import-sales-imported = Importiert: { $new } neue Bestellungen, { $updated } aktualisiert.
import-sales-nothing-imported = Es wurde nichts Neues importiert.
import-sales-import-another = Weitere Datei importieren
import-sales-in-locallift = Verkäufe in LocalLift
import-sales-total = { $count ->
    [one] { $orders } Bestellung
   *[other] { $orders } Bestellungen
    }, Nettoumsatz { $revenue }{ $codes ->
    [0] .
    [one] ; { $codes } Rabattcode verwendet.
   *[other] ; { $codes } Rabattcodes verwendet.
    }
import-sales-history = Importverlauf
import-sales-history-empty = Noch keine Importe
import-sales-history-empty-demo-hint = Die Verkäufe des Demo-Shops wurden automatisch erzeugt, nicht aus einer Datei importiert. Jede Datei, die Sie importieren, erscheint hier mit dem, was sie hinzugefügt hat, und lässt sich rückgängig machen.
import-sales-history-empty-hint = Jeder Import erscheint hier mit dem, was er hinzugefügt hat, und lässt sich rückgängig machen.
import-sales-col-file = Datei
import-sales-col-when = Wann
import-sales-col-new = Neu
import-sales-col-changed = Geändert
import-sales-col-net-change = Änderung des Nettoumsatzes
import-sales-undone = Rückgängig gemacht

## Spalten einer unbekannten Datei
import-mapping-form = Spaltenzuordnung
import-mapping-intro = Die Spalten dieser Datei passen zu keinem Export, den LocalLift kennt, aber jede CSV-Datei lässt sich importieren: Geben Sie an, welche Spalte was enthält; LocalLift merkt sich das für Dateien mit denselben Spalten. Eine Zeile mit negativem Betrag gilt als Erstattung der Bestellung, die sie nennt.
import-mapping-order-id = Bestell- oder Belegnummer
import-mapping-order-id-hint = Aufeinanderfolgende Zeilen mit derselben Nummer sind eine Bestellung
import-mapping-placed-at = Datum (und Uhrzeit)
import-mapping-placed-at-hint = Wird in der Zeitzone des Shops gelesen, außer ein UTC-Versatz ist angegeben
import-mapping-gross = Warenwert
import-mapping-gross-hint = Vor Rabatten; gibt es nur eine Gesamtsumme, zählen Steuer und Versand als Umsatz
import-mapping-code = Rabattcode
import-mapping-discount = Rabattbetrag
import-mapping-refund = Erstatteter Betrag
import-mapping-shipping = Versand
import-mapping-tax = Steuer
import-mapping-customer = E-Mail oder ID des Kunden (nur als gesalzener Schlüssel gespeichert)
import-mapping-channel = Kanal (Text wie „pos“, „till“ oder „store“ bedeutet im Laden)
import-mapping-location = Standort
import-mapping-currency = Währung
import-mapping-item-name = Artikel
import-mapping-quantity = Menge
import-mapping-status = Status (bezahlt, ausstehend, storniert…: nur bezahlte Bestellungen zählen)
import-mapping-total = Bestellsumme (zeigt, ob die Preise Steuer enthalten)
import-mapping-refund-of = Nummer der erstatteten Bestellung (für Erstattungszeilen mit negativem Betrag)
import-mapping-said = Wie haben Sie von uns erfahren? (Antwort)
import-mapping-dates = Datumsformat
import-mapping-dates-ymd = Jahr-Monat-Tag (2024-03-05)
import-mapping-dates-mdy = Monat/Tag/Jahr (03/05/2024)
import-mapping-dates-dmy = Tag/Monat/Jahr (05/03/2024, 05.03.2024)
import-mapping-none = — keine —
import-mapping-decimal-comma = Beträge mit Dezimalkomma (12,50)
import-mapping-amounts-per-row = Jede Zeile ist ein Artikel: die Beträge der Zeilen einer Bestellung addieren
import-mapping-preview = Vorschau mit diesen Spalten

## Was eine Spalte einer Partner- oder Community-Tabelle enthält
import-column-leave-out = Auslassen
import-column-name = Name
import-column-first-name = Vorname
import-column-last-name = Nachname
import-column-email = E-Mail
import-column-phone = Telefon
import-column-neighborhood = Stadtteil
import-column-city = Stadt
import-column-niches = Nischen
import-column-stage = Phase
import-column-notes = Notizen
import-column-platform = Plattform (des Kontos der Zeile)
import-column-as-of = Abgelesen am (Datum)
import-column-kind = Art der Community (Facebook-Gruppe, Discord…)
import-column-topic = Thema
import-column-members = Mitglieder
import-column-leader = Leitung (Name eines Partners)
import-column-handle = { $platform }-Benutzername
import-column-handle-any = Benutzername (Plattform aus der Zeile)
import-column-url = { $platform }-Profillink
import-column-url-any = Profillink (Plattform aus der Zeile oder dem Link)
import-column-followers = { $platform }-Follower
import-column-followers-any = Follower (Plattform aus der Zeile)
import-column-engagement = { $platform }-Engagement (%)
import-column-engagement-any = Engagement (Plattform aus der Zeile)
import-column-group-person = Person
import-column-group-account = Konto (Plattform aus der Zeile)
import-column-group-community = Community
import-column-community-link = Link (Seite der Gruppe, des Servers oder des Clubs)

## Partner oder Communitys aus einer Tabelle importieren
import-partners-title = Partner aus einer Tabelle importieren
import-communities-title = Communitys aus einer Tabelle importieren
import-partners-choose-title = Partnertabelle auswählen
import-partners-filter = Tabellen
import-partners-imported-notice = Partner aus { $file } importiert: { $new } neu, { $updated } aktualisiert
import-communities-imported-notice = Communitys aus { $file } importiert: { $new } neu, { $updated } aktualisiert
import-partners-intro = Eine Liste der Influencer, Veranstalter und Geschäfte, mit denen Sie zusammenarbeiten, aus einer beliebigen Tabelle: CSV, Excel (.xlsx, .xls) oder OpenDocument (.ods). Eine Zeile pro Person oder eine pro Konto. LocalLift zeigt, was es liest und welche Spalte es wofür nimmt, und importiert erst, wenn Sie es bestätigen.
import-communities-intro = Eine Liste der Lauftreffs, Elterngruppen, Server und anderen Communitys, mit denen Sie zusammenarbeiten, aus einer beliebigen Tabelle: CSV, Excel (.xlsx, .xls) oder OpenDocument (.ods), eine Zeile pro Community (Name, Art, Link, Mitglieder, Thema, Ort, Leitung, Phase, Notizen). LocalLift zeigt, was es liest und welche Spalte es wofür nimmt, und importiert erst, wenn Sie es bestätigen.
import-partners-path-example = /home/me/Documents/creators.xlsx
import-partners-last = Letzter Import: { $file }, { $when }: { $new } neu, { $updated } aktualisiert.
import-partners-undone-file = Import von { $file } rückgängig gemacht: Die Partner und Konten, die er hinzugefügt hat, und die Felder, die er geändert hat, sind wieder wie vorher.
import-partners-needs-mapping = Wählen Sie die Spalte mit dem Namen, dem Benutzernamen oder dem Profillink jedes Partners.
import-partners-partners = Partner
import-partners-summary = { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert
import-partners-summary-problems = { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $problems ->
    [one] { $problems } Problem
   *[other] { $problems } Probleme
    }
import-partners-accounts = Konten
import-partners-accounts-new = { $accounts ->
    [one] { $accounts } neues Konto
   *[other] { $accounts } neue Konten
    }, { $readings ->
    [one] { $readings } neuer Follower-Stand
   *[other] { $readings } neue Follower-Stände
    }
import-partners-columns = Spalten
import-partners-source-suggested = Aus den Spaltennamen erraten: Prüfen Sie jede Spalte und ändern Sie, was falsch ist.
import-partners-source-saved = Wie Sie es beim letzten Mal für eine Datei mit diesen Spalten gewählt haben.
import-partners-source-given = Wie von Ihnen gewählt.
import-partners-reading-again = Wird neu eingelesen…
import-partners-col-first-row = Erste Zeile
import-partners-col-holds = Enthält
import-partners-column-n = Spalte { $n }
import-partners-people = Wen der Import hinzufügt oder ändert
import-partners-people-table = Partner in dieser Datei
import-partners-col-partner = Partner
import-partners-col-what = Was
import-partners-new = Neu
import-partners-updated = Aktualisiert
import-partners-first-of = Die ersten { $shown } von { $count } werden angezeigt.
import-partners-nothing-to-import = Alle Partner dieser Datei sind bereits mit genau diesen Angaben in LocalLift: Es gibt nichts zu importieren.
import-partners-undone = Import rückgängig gemacht: Die Partner und Konten, die er hinzugefügt hat, und die Felder, die er geändert hat, sind wieder wie vorher.
import-partners-problems-left-out = { $count ->
    [one] { $count } Problem: Diese Zeile wurde ausgelassen.
   *[other] { $count } Probleme: Diese Zeilen wurden ausgelassen.
    }
import-partners-nothing-imported = Es wurde nichts importiert: Alle Partner dieser Datei sind bereits mit genau diesen Angaben in LocalLift.

## Beiträge eines Partners aus dem Export einer Plattform importieren
import-posts-title = Beiträge aus dem Export einer Plattform importieren
import-posts-choose-title = Beitragsexport auswählen
import-posts-filter = Exporte
import-posts-imported-notice = Beiträge aus { $file } importiert: { $new } neu, { $updated } aktualisiert
import-posts-intro = Die Beiträge von { $partner } und ihre Zahlen (Reichweite, Likes, Kommentare, Geteilt, Gespeichert), aus dem eigenen Export der Plattform:
# Die Menüs der Plattformen, wie sie sie nennen.
import-posts-where-meta = Meta Business Suite (Instagram, Facebook) › Content › Export
import-posts-where-tiktok = TikTok Studio › Analytics › Content › Download
import-posts-where-youtube = YouTube Studio › Analytics › Advanced mode › Export as CSV (die Datei „Table data.csv“)
import-posts-how = Jeder Beitrag kommt in die Kampagne des Partners, die an seinem Tag läuft; ein Beitrag an einem Tag außerhalb aller Kampagnen des Partners wird ausgelassen. Eine Datei, die kein Konto nennt (die von YouTube), oder ein Konto, das noch kein Partner hat, wird { $partner } zugeordnet; die Beiträge eines Kontos, das ein anderer Partner hat, gehen an diesen Partner. LocalLift zeigt, was es liest, und importiert erst, wenn Sie es bestätigen.
import-posts-path-example = /home/me/Downloads/Table data.csv
import-posts-last = Letzter Beitragsimport: { $file }, { $when }: { $new } neu, { $updated } aktualisiert.
import-posts-undone-file = Import von { $file } rückgängig gemacht: Die Beiträge, die er hinzugefügt hat, sind weg, und die, die er geändert hat, sind wieder wie vorher.
import-posts-needs-partner = Dieser Export nennt kein Konto: LocalLift kann nicht erkennen, wessen Beiträge das sind.
import-posts-posts = Beiträge
import-posts-summary = { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert
import-posts-summary-outside = { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $outside } außerhalb jeder Kampagne
import-posts-summary-problems = { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $problems ->
    [one] { $problems } Problem
   *[other] { $problems } Probleme
    }
import-posts-summary-outside-problems = { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $outside } außerhalb jeder Kampagne, { $problems ->
    [one] { $problems } Problem
   *[other] { $problems } Probleme
    }
import-posts-unknown-accounts-note = { $count ->
    [one] Dieses Konto gehört zu keinem Partner: { $accounts }. Seine Beiträge zählen für { $partner }. Falls das nicht stimmt, brechen Sie ab und fügen Sie das Konto zuerst dem Profil des richtigen Partners hinzu.
   *[other] Diese Konten gehören zu keinem Partner: { $accounts }. Ihre Beiträge zählen für { $partner }. Falls das nicht stimmt, brechen Sie ab und fügen Sie die Konten zuerst dem Profil des richtigen Partners hinzu.
    }
import-posts-account-separator = {", "}
import-posts-nothing-to-import = Nichts zu importieren: Jeder Beitrag dieser Datei an einem Kampagnentag ist schon mit diesen Zahlen in LocalLift.
import-posts-undone = Import rückgängig gemacht: Die Beiträge, die er hinzugefügt hat, sind weg, und die, die er geändert hat, sind wieder wie vorher.
import-posts-left-out-outside = Ausgelassen: { $outside ->
    [one] { $outside } Beitrag außerhalb jeder Kampagne
   *[other] { $outside } Beiträge außerhalb jeder Kampagne
    }.
import-posts-left-out-problems = Ausgelassen: { $problems ->
    [one] { $problems } Zeile mit einem Problem
   *[other] { $problems } Zeilen mit Problemen
    }.
import-posts-left-out-both = Ausgelassen: { $outside ->
    [one] { $outside } Beitrag außerhalb jeder Kampagne
   *[other] { $outside } Beiträge außerhalb jeder Kampagne
    }, { $problems ->
    [one] { $problems } Zeile mit einem Problem
   *[other] { $problems } Zeilen mit Problemen
    }.
import-posts-nothing-imported = Es wurde nichts importiert: Jeder Beitrag dieser Datei an einem Kampagnentag ist schon mit diesen Zahlen in LocalLift.

## Wie Kunden von Ihnen erfahren haben
import-survey-title = Wie Kunden von Ihnen erfahren haben
import-survey-intro = Viele Bestellungen enthalten die Antwort des Kunden auf „Wie haben Sie von uns erfahren?“. Lesen Sie jede Antwort einmal als Nennung eines Partners (oder keines): Bestellungen ohne Rabattcode, deren Antwort einen Partner einer Kampagne nennt, zählen dann für diesen Partner als „laut Kundenangabe“ – nach den Codes und nie doppelt, getrennt ausgewiesen und ohne fällige Provision.
import-survey-reading = Antworten werden gelesen…
import-survey-empty = Noch keine Antworten
import-survey-empty-hint = Antworten kommen mit den Bestellungen, die Sie importieren: Shopify-Exporte enthalten sie in „Note Attributes“ („Wie haben Sie von uns erfahren?“) und in den Bestellnotizen, WooCommerce-Exporte in „Customer Note“ und jede andere CSV-Datei in der Spalte, die Sie als Antwort zuordnen. Sobald Bestellungen mit Antworten importiert sind, erscheint jede Antwort hier, damit Sie sie lesen können.
import-survey-read-count = { $read } von { $total } { $total ->
    [one] Antwort gelesen
   *[other] Antworten gelesen
    }
import-survey-accept-all = Alle Vorschläge übernehmen ({ $count })
import-survey-only-unread = Nur ungelesene Antworten anzeigen
import-survey-table = Antworten der Kunden
import-survey-col-answer = Antwort
import-survey-col-orders = Bestellungen
import-survey-col-net = Nettoumsatz
import-survey-col-names = Genannter Partner
import-survey-select = Partner, den „{ $answer }“ nennt
import-survey-not-read = — noch nicht gelesen —
import-survey-no-partner = Kein Partner
import-survey-its = Das ist { $partner }
import-survey-forget = Vergessen
import-survey-forget-hint = Vergessen, wie diese Antwort gelesen wurde
import-survey-none-left = Es ist keine Antwort mehr zu lesen.
import-survey-all-read = Jede Antwort ist gelesen; Antworten in später importierten Bestellungen erscheinen ebenfalls hier.
import-survey-partner-n = Partner { $id }
import-survey-read-notice = „{ $answer }“ als Nennung von { $partner } gelesen
import-survey-read-none-notice = „{ $answer }“ als Nennung keines Partners gelesen
import-survey-forgotten-notice = „{ $answer }“ ist wieder ungelesen
import-survey-accepted-notice = { $count ->
    [one] { $count } Antwort wie vorgeschlagen gelesen
   *[other] { $count } Antworten wie vorgeschlagen gelesen
    }
import-survey-said-share = { $said } von { $total } { $total ->
    [one] Bestellung
   *[other] Bestellungen
    } ({ $percent }) { $said ->
    [one] beruht
   *[other] beruhen
    } auf dem, was Kunden gesagt haben
