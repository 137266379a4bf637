# Die Fehler des Kerns: was das Fenster, die Kommandozeile und die Protokolle sagen, wenn etwas abgelehnt wird oder fehlschlägt.
# Ids beginnen mit `error-` (was schiefging), `invalid-` (eine abgelehnte Eingabe, neben ihrem Feld gezeigt),
# `field-` (der Name eines Feldes in einem solchen Satz), `busy-` (womit die Shopdatei gerade beschäftigt ist).

error-invalid = Ungültige Eingabe
error-not-found = { $entity ->
    [campaign] Die Kampagne { $id } wurde nicht gefunden
    [campaign-partner] Der Kampagnenteilnehmer { $id } wurde nicht gefunden
    [community] Die Community { $id } wurde nicht gefunden
    [deliverable] Die vereinbarte Leistung { $id } wurde nicht gefunden
    [feedback] Das Feedback { $id } wurde nicht gefunden
    [holiday] Der besondere Tag { $id } wurde nicht gefunden
    [import] Der Import { $id } wurde nicht gefunden
    [partner] Der Partner { $id } wurde nicht gefunden
    [partner-import] Der Partnerimport { $id } wurde nicht gefunden
    [payment] Die Zahlung { $id } wurde nicht gefunden
    [post] Der Beitrag { $id } wurde nicht gefunden
    [promo-code-of-campaign-partner] Der Rabattcode des Kampagnenteilnehmers { $id } wurde nicht gefunden
    [social-account] Das Social-Media-Konto { $id } wurde nicht gefunden
   *[other] { $entity } { $id } wurde nicht gefunden
   }
error-locked = Diese Shopdatei ist bereits in einem anderen LocalLift-Fenster oder -Befehl geöffnet ({ $path })
error-read-only = Diese Shopdatei liegt auf einem Laufwerk oder in einem Ordner, in den LocalLift nicht schreiben kann ({ $path })
error-too-new = Diese Shopdatei wurde mit einer neueren Version von LocalLift erstellt (Schema { $found }, diese Version kennt { $known })
error-in-file = { $file }: { $message }
error-cancelled = Abgebrochen; es wurde nichts geändert
error-database = Die Shop-Datenbank meldet einen Fehler: { $detail }
error-migration = Die Aktualisierung der Shop-Datenbank ist fehlgeschlagen: { $detail }
error-io = Dateifehler: { $detail }
error-corrupt = Gespeicherte Daten sind ungültig: { $detail }
error-document = Das Dokument konnte nicht erstellt werden: { $detail }
# $what ist eine der busy-*-Meldungen darunter, in Klammern gesetzt.
error-busy = Die Shopdatei ist gerade beschäftigt ({ $what }); versuchen Sie es noch einmal, wenn das erledigt ist
busy-migrating = sie wird auf den neuesten Stand gebracht
busy-customers = ihre Kundendaten werden aktualisiert
busy-long-task = eine lange Aufgabe läuft: ein Import, ein PDF oder eine Wiederherstellung
# Text, für den der Kern noch keine eigene Meldung hat (die Worte einer Bibliothek).
error-text = { $text }

# Abgelehnte Eingaben, neben dem Feld gezeigt. $label ist einer der field-*-Namen unten, in Anführungszeichen.
invalid-required = „{ $label }“ darf nicht leer sein
invalid-too-long = „{ $label }“ ist zu lang (höchstens { $max } Zeichen)
invalid-email = „{ $value }“ ist keine gültige E-Mail-Adresse
invalid-link-scheme = Ein Link muss mit http:// oder https:// beginnen
invalid-link = „{ $value }“ ist keine gültige Webadresse
invalid-negative = „{ $label }“ darf nicht negativ sein
invalid-percent = „{ $label }“ muss zwischen 0 % und 100 % liegen
invalid-rating = „{ $label }“ muss zwischen 1 und 5 liegen
invalid-currency = „{ $value }“ ist kein Währungscode nach ISO 4217 (zum Beispiel EUR, CHF, USD)
invalid-time-zone = „{ $value }“ ist keine bekannte Zeitzone (zum Beispiel Europe/Berlin)

# Feldnamen in den Sätzen oben.
field-a-code = Rabattcode
field-a-niche = Nische
field-a-tag = Tag
field-amount = Betrag
field-audience-locality = Publikum vor Ort
field-authenticity = Authentische Inhalte
field-city = Stadt
field-commission = Provision
field-consent-source = Einwilligung / Quelle
field-deliverables = Vereinbarte Leistungen
field-description = Beschreibung
field-engagement-rate = Engagement-Rate
field-fee = Honorar
field-followers = Follower
field-gifted-products = Verschenkte Produkte
field-goal = Ziel
field-handle = Benutzername
field-hourly-rate = Stundensatz
field-how = Zahlungsart
field-margin = Bruttomarge
field-name = Name
field-neighborhood = Stadtteil
field-note = Notiz
field-notes = Notizen
field-other-costs = Sonstige Kosten
field-phone = Telefon
field-reach = Reichweite
field-shop-name = Name des Shops
field-size = Größe
field-source = Quelle
field-topic = Thema
field-values-alignment = Passende Werte
field-what-was-said = Was gesagt wurde
field-likes = Likes
field-comments = Kommentare
field-shares = Geteilt
field-saves = Gespeichert
field-clicks = Klicks

# Dateien, die sich nicht importieren lassen.
invalid-demo-not-empty = Diese Shopdatei enthält bereits Daten; der Demo-Shop braucht eine leere Datei
import-names-no-one = Wählen Sie die Spalte mit dem Namen des Partners oder mit einem Benutzernamen oder Profillink
import-community-names-no-one = Wählen Sie die Spalte mit dem Namen jeder Community
import-refused-for-problems = { $count ->
    [one] 1 Zeile hat ein Problem
   *[other] { $count } Zeilen haben Probleme
   }, daher wurde nichts importiert; korrigieren Sie die Datei oder importieren Sie nur die gültigen Zeilen
# Das `}` vor dem Text steht hier wie im Englischen in Spalte 0: eingerückt zählte der Test Variablen, die en/errors.ftl ihm verbirgt.
import-refused-for-problems-at = { $count ->
    [one] 1 Zeile hat ein Problem
   *[other] { $count } Zeilen haben Probleme
}, daher wurde nichts importiert (Zeile { $line }: { $reason }); korrigieren Sie die Datei oder importieren Sie nur die gültigen Zeilen
import-posts-need-partner = Dieser Export nennt kein Konto: Wählen Sie, von wem diese Beiträge sind
import-posts-unknown-accounts = Kein Partner hat das Konto { $accounts }: Fügen Sie es beim Partner hinzu oder wählen Sie, von wem diese Beiträge sind
import-posts-unknown-format = Das ist kein Beitragsexport, den LocalLift kennt (Inhaltsexport der Meta Business Suite, Tabellendaten aus TikTok Studio oder YouTube Studio)
import-header-unreadable = Die Kopfzeile lässt sich nicht lesen: { $detail }
import-no-header = Die Datei hat keine Kopfzeile
import-mapping-wrong = Ihre Spaltenzuordnung: { $detail }
import-unknown-preset = Unbekannte Vorlage „{ $id }“; bekannt sind: { $known }
import-unknown-format = Die Spalten dieser Datei passen zu keinem bekannten Export ({ $known }). Jede CSV-Datei lässt sich trotzdem importieren, wenn Sie angeben, welche Spalte was enthält: Die Seite „Verkäufe importieren“ fragt danach, oder nutzen Sie --mapping mit einer JSON-Zuordnung (README, „Any other CSV“)
import-no-rows = Die Datei hat eine Kopfzeile, aber keine weiteren Zeilen
import-not-csv = Zeile { $line }: Die Datei lässt sich nicht als CSV lesen: { $detail }
import-other-currency = Zeile { $line }: Die Bestellungen dieser Datei sind in { $file }, die Verkäufe des Shops in { $shop }; LocalLift rechnet nie Währungen um, daher wurde nichts importiert
import-unknown-currency = Zeile { $line }: Unbekannte Währung „{ $currency }“
import-no-currency = Dieser Export nennt seine Währung nicht; legen Sie zuerst die Währung des Shops in den Einstellungen fest
invalid-no-codes-to-print = „{ $campaign }“ hat keine Rabattcodes zum Drucken
# Mehrere $suggestions kommen mit ”, “ verbunden (englische Anführungszeichen), daher setzt die Variante [other] sie ebenso.
invalid-no-partner-called = Kein Partner heißt „{ $name }“.{ $count ->
    [0] {""}
    [one] { " " }Meinten Sie „{ $suggestions }“?
   *[other] { " " }Meinten Sie “{ $suggestions }”?
   } (Ein neuer Partner wird nur für einen Namen angelegt, der keinem anderen ähnelt.)
# Das `}` vor dem Text steht hier wie im Englischen in Spalte 0: eingerückt zählte der Test Variablen, die en/errors.ftl ihm verbirgt.
in-use-in-campaigns = { $name } ist an { $count ->
    [one] einer Kampagne
   *[other] { $count } Kampagnen
} beteiligt; archivieren Sie { $who ->
    [them] den Partner
   *[it] die Community
   } stattdessen, damit der Verlauf der Kampagnen erhalten bleibt
invalid-backup-unreadable = { $file } lässt sich nicht lesen: { $detail }
invalid-backup-damaged = { $file } ist beschädigt ({ $detail }); wählen Sie eine andere Sicherung
invalid-backup-base-missing = { $file } enthält nur die Änderungen seit der vollständigen Sicherung { $base }, die nicht mehr vorhanden ist; wählen Sie eine andere Sicherung
invalid-backups-kept = Es können { $min } bis { $max } Sicherungen aufbewahrt werden
invalid-backup-unknown = Keine Sicherung dieses Shops heißt { $file }
invalid-backup-unopenable = { $file } lässt sich nicht öffnen: { $detail }
invalid-backup-not-shop-because = { $file } ist keine LocalLift-Shopdatei: { $detail }
invalid-backup-not-shop = { $file } ist keine LocalLift-Shopdatei
invalid-backup-too-new = { $file } wurde von einer neueren Version von LocalLift geschrieben; aktualisieren Sie zuerst die App
invalid-campaign-ends-before-start = Die Kampagne endet, bevor sie beginnt
invalid-window-days = Der Zuordnungszeitraum muss zwischen 0 und 365 Tagen liegen
invalid-owner-hours = Die Stunden müssen zwischen 0 und 10.000 liegen
invalid-campaign-name-taken = Eine andere Kampagne heißt bereits „{ $name }“
invalid-code-twice = Der Code { $code } steht zweimal in der Liste
invalid-code-given = Der Code { $code } ist in dieser Kampagne bereits an { $member } vergeben
invalid-code-used = Der Code { $code } wird bereits von der Kampagne „{ $campaign }“ genutzt ({ $start } bis { $end }, mit ihrem Zuordnungszeitraum); die Bestellungen ließen sich nicht auseinanderhalten
invalid-no-campaign-called = Keine Kampagne heißt „{ $name }“.{ $count ->
    [0] {""}
    [one] { " " }Meinten Sie „{ $suggestions }“?
   *[other] { " " }Meinten Sie “{ $suggestions }”?
   }
in-use-campaign-redemptions = Für „{ $campaign }“ { $count ->
    [one] ist eine Einlösung im Laden eingetragen
   *[other] sind { $count } Einlösungen im Laden eingetragen
   }; archivieren Sie die Kampagne stattdessen, damit sie erhalten { $count ->
    [one] bleibt
   *[other] bleiben
   }
invalid-partner-or-community = Wählen Sie einen Partner oder eine Community
invalid-no-such-partner = Diesen Partner gibt es nicht
invalid-partner-in-campaign = Dieser Partner ist bereits in der Kampagne
invalid-no-such-community = Diese Community gibt es nicht
invalid-community-in-campaign = Diese Community ist bereits in der Kampagne
invalid-code-space = Der Code „{ $code }“ enthält ein Leerzeichen
in-use-member-redemptions = Für { $name } { $count ->
    [one] ist in dieser Kampagne eine Einlösung im Laden eingetragen
   *[other] sind in dieser Kampagne { $count } Einlösungen im Laden eingetragen
   }; { $name } kann daher nicht aus der Kampagne entfernt werden
invalid-redemption-count = Mindestens eine Einlösung
invalid-redemption-day = Die Kampagne zählt Verkäufe vom { $start } bis zum { $end }
invalid-feedback-text = „Was gesagt wurde“ darf nicht leer sein
invalid-contact-import-undone = Der Import von { $file } wurde bereits rückgängig gemacht.
invalid-contact-import-later = { $later } wurde nach { $file } importiert: Machen Sie zuerst diesen Import rückgängig.
invalid-contact-import-community-used = { $name } kam mit diesem Import hinzu und ist jetzt in einer Kampagne: Nehmen Sie die Community zuerst dort heraus, oder behalten Sie den Import.
invalid-contact-import-partner-used = { $name } kam mit diesem Import hinzu und ist jetzt in einer Kampagne oder leitet eine Community: Nehmen Sie den Partner zuerst dort heraus, oder behalten Sie den Import.
invalid-deliverable-done-future = Der Tag, an dem die Leistung erledigt wurde, darf nicht nach heute liegen
invalid-deliverable-post = Wählen Sie einen Beitrag dieses Partners in dieser Kampagne
invalid-holiday-name = Geben Sie dem Tag einen Namen mit 1 bis 200 Zeichen („Straßenfest“)
invalid-payment-amount = Eine Zahlung braucht einen Betrag über null
invalid-payment-day = Eine Zahlung wird erfasst, wenn sie geleistet ist: Der Tag darf nicht nach heute liegen
invalid-distance = Die Entfernung darf nicht negativ sein
invalid-no-partner-named = Kein Partner heißt „{ $name }“.{ $count ->
    [0] {""}
    [one] { " " }Meinten Sie „{ $suggestions }“?
   *[other] { " " }Meinten Sie “{ $suggestions }”?
   }
invalid-account-twice = Dieses Konto steht zweimal in der Liste
invalid-account-taken = Dieser Partner hat bereits das { $platform }-Konto @{ $handle }
invalid-import-undone = Der Import von { $file } wurde bereits rückgängig gemacht
in-use-later-import = Der spätere Import von { $later } hat dieselben Bestellungen geändert; machen Sie ihn zuerst rückgängig
invalid-lift-weeks = Wählen Sie 4 bis 26 Wochen
invalid-weight = Ein Gewicht von 0 bis 100
invalid-weights-zero = Mindestens ein Faktor braucht ein Gewicht über 0
invalid-hold-days = Wählen Sie 0 bis 90 Tage
invalid-locale = „{ $value }“ ist keine Angabe von Sprache und Region; schreiben Sie sie wie de-DE, de-AT oder de-CH
invalid-currency-change = Es sind bereits Verkäufe in { $currency } erfasst; die Währung lässt sich nicht mehr ändern
invalid-unknown-time-zone = Unbekannte Zeitzone
invalid-answer = Bitte geben Sie eine Antwort ein


# Fehler der App selbst (die Hülle des Fensters).
app-error-unusable = Die App ist in einem unbrauchbaren Zustand; starten Sie LocalLift neu
app-error-closed = Es ist keine Shopdatei geöffnet
app-error-stopped = Ein Befehl wurde unerwartet beendet: { $detail }
app-error-dialog-stopped = Der Dateidialog wurde unerwartet beendet: { $detail }
app-error-dialog-no-file = Der Dateidialog hat keine Datei zurückgegeben: { $detail }
app-error-import-stopped = Der Import wurde unerwartet beendet: { $detail }
