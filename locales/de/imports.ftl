# Zeilen, die ein Import ablehnt, und was er zu einer Datei anmerkt: in der Vorschau, in der CSV-Liste der
# Probleme und in der Kommandozeile.

row-not-whole-quantity = keine ganzzahlige Menge
row-amount-empty = der Betrag ist leer
row-not-an-amount = kein Betrag
row-too-precise = { $digits ->
    [one] mehr als 1 Nachkommastelle
   *[other] mehr als { $digits } Nachkommastellen
    }
row-amount-too-large = der Betrag ist zu groß
row-expected-etsy-date-dmy = Datum wie 05/03/24 erwartet (Tag zuerst, wie im Rest der Datei)
row-expected-etsy-date-mdy = Datum wie 03/05/24 erwartet
row-unknown-status = { $platform ->
    [Etsy] kein Bestellstatus, den Etsy dokumentiert
    [Square] kein Transaktionsstatus, den Square dokumentiert
    [Stripe] kein Zahlungsstatus, den Stripe dokumentiert
    [Shopify] kein Zahlungsstatus (Financial Status), den Shopify dokumentiert
    [WooCommerce] kein Bestellstatus, den WooCommerce dokumentiert
    [PayPal] kein Status, den PayPal dokumentiert
   *[other] kein Status, den LocalLift kennt (bezahlt, ausstehend, storniert…)
    }
row-expected-day-first = Datum mit Tag zuerst erwartet, z. B. 31/12/2024 (wie im Rest der Datei)
row-expected-month-first = Datum mit Monat zuerst erwartet, z. B. 12/31/2024 (wie im Rest der Datei)
row-expected-time = Uhrzeit wie 14:05:09 erwartet
row-not-a-date-in-order = kein Datum im gewählten Format (Jahr-Monat-Tag, Monat/Tag/Jahr oder Tag/Monat/Jahr)
row-order-id-empty = die Bestell-ID ist leer
row-other-amount = eine weitere Zeile der Bestellung { $order } mit einem anderen Betrag als ihre erste Zeile: Ist jede Zeile ein Artikel, geben Sie das an („Jede Zeile ist ein Artikel“), dann werden die Beträge addiert
row-expected-square-date = „Date“ wie 2024-03-05 und „Time“ wie 14:07:31 erwartet
row-expected-stripe-date = Datum wie 2024-03-05 14:07:31 erwartet
row-negative-payment = eine Zahlung mit negativem Betrag
row-expected-shopify-date = Datum wie 2024-03-05 14:07:31 -0500 erwartet
row-partial-refund-no-column = teilweise erstattet, aber der Export hat keine Spalte „Refunded Amount“
row-order-name-empty = der Bestellname ist leer
row-expected-woo-date = Datum wie 2024-12-31 14:50 erwartet
row-order-number-empty = die Bestellnummer ist leer
row-expected-woo-analytics-date = Datum wie 2024-12-31 14:50:00 erwartet
row-text-after-quote = Text nach einem schließenden Anführungszeichen (ein Anführungszeichen in einem Feld, das in Anführungszeichen steht, muss verdoppelt werden: "")
row-quote-never-closes = hier beginnt ein Anführungszeichen, das nie geschlossen wird, daher lassen sich die Zeilen danach nicht lesen: Es wird nichts importiert, bis das Anführungszeichen geschlossen (oder entfernt) ist
row-field-count = { $expected ->
    [one] { $expected } Feld
   *[other] { $expected } Felder
    } erwartet, { $found } gefunden (ein fehlerhaftes Anführungszeichen oder eine abgeschnittene Zeile?)
row-order-repeated = diese Bestellung steht noch einmal in der Datei, getrennt von ihren ersten Zeilen und anders als diese; ein Export führt jede Bestellung nur einmal auf (zwei Exporte aneinandergehängt?)

# Die Spalten der CSV-Liste mit den Problemen eines Imports.
errors-csv-line = Zeile
errors-csv-column = Spalte
errors-csv-value = Wert
errors-csv-reason = Problem
row-account-of-another = dieses Konto gehört zu { $name } (Zeile { $line }): Ein Konto kann nicht zwei Personen gehören
row-too-long = zu lang (höchstens { $max } Zeichen)
row-not-an-email = keine E-Mail-Adresse
# Nur Wörter, die der Import als Phase erkennt (auch die englischen: prospect, contacted, negotiating, active, paused, past).
row-unknown-stage = keine Phase, die LocalLift kennt: Schreiben Sie Interessent, Kontaktiert, Verhandlung, Aktiv, Pausiert oder Beendet
row-unknown-platform = keine Plattform, die LocalLift kennt
row-not-followers = keine Follower-Zahl
row-not-engagement = keine Engagement-Rate
row-engagement-range = eine Engagement-Rate liegt zwischen 0 % und 100 %
row-not-a-date = kein Datum
row-no-name-no-handle = kein Name und kein Benutzername: Nichts zeigt, um wen es in dieser Zeile geht
row-not-a-link = keine Webadresse
row-not-a-handle = kein Benutzername (ein Wort, mit oder ohne @)
row-account-without-handle = Zahlen oder ein Link ohne den Benutzernamen des Kontos
row-no-name-no-account = kein Name und kein Konto: Nichts zeigt, um wen es in dieser Zeile geht
row-day-after-today = ein Datum in der Zukunft
row-accounts-of-two-partners = diese Konten gehören in LocalLift zwei verschiedenen Partnern ({ $first } und { $second }): Verteilen Sie sie auf eine Zeile je Partner

# Was ein Import von Partnern, Communitys oder Beiträgen zu seiner Datei anmerkt.
note-engagement-fractions = Das Engagement in „{ $column }“ wird als Anteil gelesen (0,034 bedeutet 3,4 %): Alle Werte sind 1 oder kleiner, keiner hat ein %-Zeichen.
note-leader-unknown = { $community }: Es gibt nicht genau einen Partner namens „{ $name }“, daher bleibt die Leitung leer.
row-unknown-community-kind = keine Art von Community, die LocalLift kennt
row-not-members = keine Mitgliederzahl
row-no-community-name = kein Name: Nichts zeigt, um welche Community es in dieser Zeile geht
note-posts-elsewhere = { $count ->
    [one] 1 Beitrag stammt von einem Konto, das ein anderer Partner hat: Er wird diesem Partner zugeordnet.
   *[other] { $count } Beiträge stammen von Konten, die ein anderer Partner hat: Sie werden diesem Partner zugeordnet.
    }
note-posts-outside = { $count ->
    [one] 1 Beitrag ist an einem Tag außerhalb aller Kampagnen des Partners erschienen: ausgelassen (ein Beitrag zählt nur innerhalb einer Kampagne).
   *[other] { $count } Beiträge sind an Tagen außerhalb aller Kampagnen des Partners erschienen: ausgelassen (ein Beitrag zählt nur innerhalb einer Kampagne).
    }
note-posts-total-row = Die Zeile „Total“ ist die Summe der übrigen: ausgelassen.
note-posts-undated = { $count ->
    [one] 1 Beitrag hat keinen Veröffentlichungszeitpunkt: ausgelassen
   *[other] { $count } Beiträge haben keinen Veröffentlichungszeitpunkt: ausgelassen
    }
row-no-video-id = keine Video-ID
row-no-post-link = kein Link zum Beitrag
row-not-a-count = keine Anzahl

# Eine Tabelle mit Partnern, Communitys oder Beiträgen, die sich nicht lesen lässt.
sheet-unreadable = keine Tabelle, die LocalLift lesen kann ({ $detail })
sheet-tab-unreadable = das Tabellenblatt „{ $name }“ lässt sich nicht lesen ({ $detail })
sheet-too-many-rows = mehr als { $max } Zeilen: Das ist keine Partnerliste
sheet-no-table = kein Tabellenblatt dieser Arbeitsmappe enthält eine Tabelle
sheet-line-problem = Zeile { $line }: { $reason }
sheet-no-table-rows = die Datei enthält keine Tabelle: Keine Zeile hat zwei oder mehr Zellen

# Was ein Verkaufsimport angenommen und ausgelassen hat, je ein Satz (die Kommandozeile zeigt sie unter ihren Zahlen).
import-dates-file = Datumsangaben { $order ->
        [dmy] mit Tag zuerst (31/12)
       *[mdy] mit Monat zuerst (12/31)
    } gelesen: „{ $value }“ in Zeile { $line } lässt sich nicht anders lesen.
import-dates-owner = Datumsangaben { $order ->
        [dmy] mit Tag zuerst (31/12)
       *[mdy] mit Monat zuerst (12/31)
    } gelesen, wie von Ihnen gewählt.
import-dates-export = Datumsangaben { $order ->
        [dmy] mit Tag zuerst (31/12)
       *[mdy] mit Monat zuerst (12/31)
    } gelesen, wie dieser Export sie schreibt; kein Datum in der Datei macht es eindeutig (kein Tag ist später als der 12.), prüfen Sie daher die Tage.
import-dates-locale = Datumsangaben { $order ->
        [dmy] mit Tag zuerst (31/12)
       *[mdy] mit Monat zuerst (12/31)
    } gelesen, wie man sie in der Sprache und Region des Shops ({ $locale }) schreibt; kein Datum in der Datei macht es eindeutig (kein Tag ist später als der 12.), prüfen Sie daher die Tage.
import-dates-zone = Datumsangaben { $order ->
        [dmy] mit Tag zuerst (31/12)
       *[mdy] mit Monat zuerst (12/31)
    } gelesen, wie man sie am Standort des Shops ({ $zone }) schreibt; kein Datum in der Datei macht es eindeutig (kein Tag ist später als der 12.), prüfen Sie daher die Tage.
import-dates-default = Datumsangaben { $order ->
        [dmy] mit Tag zuerst (31/12)
       *[mdy] mit Monat zuerst (12/31)
    } gelesen; kein Datum in der Datei macht es eindeutig (kein Tag ist später als der 12.), prüfen Sie daher die Tage.
import-tax-inside = { $count ->
        [one] 1 Bestellung hatte Steuer in ihren Preisen (MwSt. oder GST enthalten); sie wurde aus dem Nettoumsatz herausgerechnet.
       *[other] { $count } Bestellungen hatten Steuer in ihren Preisen (MwSt. oder GST enthalten); sie wurde aus dem Nettoumsatz herausgerechnet.
    }
import-tax-assumed-inside = { $count ->
        [one] Bei 1 Bestellung zeigt die Datei nicht, ob die Steuer in den Preisen steckt: Es wurde angenommen, dass ihre Preise sie enthalten, und sie wurde aus dem Nettoumsatz herausgerechnet. Wählen Sie es anders, wenn Ihre Preise keine Steuer enthalten.
       *[other] Bei { $count } Bestellungen zeigt die Datei nicht, ob die Steuer in den Preisen steckt: Es wurde angenommen, dass ihre Preise sie enthalten, und sie wurde aus dem Nettoumsatz herausgerechnet. Wählen Sie es anders, wenn Ihre Preise keine Steuer enthalten.
    }
import-tax-assumed-on-top = { $count ->
        [one] Bei 1 Bestellung zeigt die Datei nicht, ob die Steuer in den Preisen steckt: Es wurde angenommen, dass ihre Preise sie nicht enthalten (Steuer kommt hinzu). Wählen Sie es anders, wenn Ihre Preise Steuer enthalten.
       *[other] Bei { $count } Bestellungen zeigt die Datei nicht, ob die Steuer in den Preisen steckt: Es wurde angenommen, dass ihre Preise sie nicht enthalten (Steuer kommt hinzu). Wählen Sie es anders, wenn Ihre Preise Steuer enthalten.
    }
import-unpaid = { $count ->
        [one] 1 Bestellung noch nicht bezahlt: aufbewahrt und gezählt, sobald ein späterer Export sie als bezahlt ausweist.
       *[other] { $count } Bestellungen noch nicht bezahlt: aufbewahrt und gezählt, sobald ein späterer Export sie als bezahlt ausweist.
    }
import-refunds-pending = { $count ->
        [one] 1 Erstattung zu einer noch nicht importierten Bestellung: aufbewahrt und zugeordnet, sobald ihre Bestellung importiert wird.
       *[other] { $count } Erstattungen zu noch nicht importierten Bestellungen: aufbewahrt und zugeordnet, sobald ihre Bestellungen importiert werden.
    }
import-cancelled = { $count ->
        [one] 1 Bestellung storniert, annulliert oder fehlgeschlagen: aufbewahrt, nie gezählt.
       *[other] { $count } Bestellungen storniert, annulliert oder fehlgeschlagen: aufbewahrt, nie gezählt.
    }
import-skipped-payment-out = { $count ->
        [one] 1 ausgehende Zahlung (Geld, das der Shop gezahlt hat) übersprungen: kein Verkauf.
       *[other] { $count } ausgehende Zahlungen (Geld, das der Shop gezahlt hat) übersprungen: keine Verkäufe.
    }
import-skipped-transfer = { $count ->
        [one] 1 Überweisung oder Auszahlung übersprungen: kein Verkauf.
       *[other] { $count } Überweisungen und Auszahlungen übersprungen: keine Verkäufe.
    }
import-skipped-hold = { $count ->
        [one] 1 Einbehaltung oder Freigabe übersprungen: kein Verkauf.
       *[other] { $count } Einbehaltungen und Freigaben übersprungen: keine Verkäufe.
    }
import-skipped-conversion = { $count ->
        [one] 1 Währungsumrechnung übersprungen: kein Verkauf.
       *[other] { $count } Währungsumrechnungen übersprungen: keine Verkäufe.
    }
import-skipped-foreign-currency = { $count ->
        [one] 1 Zahlung in einer anderen Währung, die in dieser Datei nicht umgerechnet ist, übersprungen: kein Verkauf.
       *[other] { $count } Zahlungen in einer anderen Währung, die in dieser Datei nicht umgerechnet sind, übersprungen: keine Verkäufe.
    }
import-skipped-declined = { $count ->
        [one] 1 abgelehnter Zahlungsversuch übersprungen: kein Verkauf.
       *[other] { $count } abgelehnte Zahlungsversuche übersprungen: keine Verkäufe.
    }
import-skipped-other = { $count ->
        [one] 1 Zeile mit anderen Vorgängen übersprungen: kein Verkauf.
       *[other] { $count } Zeilen mit anderen Vorgängen übersprungen: keine Verkäufe.
    }

# Was ein Import an einem Partner oder einer Community ändert, die es schon gibt (die Vorschau listet es je Zeile auf).
change-field-replaced = { $field ->
        [email] E-Mail
        [phone] Telefon
        [neighborhood] Stadtteil
        [city] Stadt
        [link] Link
       *[topic] Thema
    } „{ $old }“ → „{ $new }“
change-field-set = { $field ->
        [email] E-Mail
        [phone] Telefon
        [neighborhood] Stadtteil
        [city] Stadt
        [link] Link
       *[topic] Thema
    } „{ $value }“
change-niche = Nische „{ $niche }“
change-stage = Phase: { $from } → { $to }
change-stage-set = Phase: { $stage }
change-notes = Notizen
change-account = { $platform }-Konto @{ $handle }
change-link = { $platform }-Profillink
change-followers = { $platform }-Follower: { $followers } am { $day }
change-kind = Art: { $kind }
change-members = Mitglieder: { $members }
change-leader = Leitung
change-new-account = { $platform } @{ $handle }
