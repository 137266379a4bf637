# Die Kommandozeile: ihre Fehler und was sie ausgibt.

cli-error = Fehler: { $message }
cli-not-a-campaign = { $file }: keine Kampagnenbeschreibung: { $detail }
cli-quote-never-closes = Ein Anführungszeichen wird nicht geschlossen, daher lassen sich die Zeilen danach nicht lesen, und es wurde nichts importiert; schließen Sie das Anführungszeichen (siehe die Zeile oben) und importieren Sie erneut
cli-sales-problems = { $count ->
    [one] 1 Problem
   *[other] { $count } Probleme
   }, daher wurde nichts importiert; korrigieren Sie die Datei oder nutzen Sie --skip-invalid, um die gültigen Bestellungen zu importieren
cli-partners-no-name-column = Keine Spalte gibt an, wer in einer Zeile steht (Name, Benutzername oder Profillink); die Spalten sind { $columns }: Geben Sie mit --mapping eine Zuordnung an
cli-rows-problems = { $count ->
    [one] 1 Problem
   *[other] { $count } Probleme
   }, daher wurde nichts importiert; korrigieren Sie die Datei oder nutzen Sie --skip-invalid, um die gültigen Zeilen zu importieren
cli-not-a-mapping = Keine Spaltenzuordnung: { $detail }
cli-communities-no-name-column = Keine Spalte enthält den Namen der Community: Geben Sie mit --mapping eine Zuordnung an
cli-community-rows-problems = Einige Zeilen haben Probleme, daher wurde nichts importiert; korrigieren Sie die Datei oder nutzen Sie --skip-invalid
cli-export-needs-out = Geben Sie an, wohin die Datei geschrieben werden soll: --out DATEI.csv
cli-deliverable-kind = „{ $kind }“ ist keine der bekannten Arten: { $known }
cli-not-a-partner-of = „{ $partner }“ ist kein Partner von „{ $campaign }“
cli-not-an-amount = „{ $text }“ ist kein Betrag: { $detail }

## Was die Kommandozeile ausgibt. (Die --help-Texte und die Bedienfehler von clap bleiben Englisch: clap schreibt sie.)

cli-rows = { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
    }
cli-orders = { $count ->
    [one] { $count } Bestellung
   *[other] { $count } Bestellungen
    }
cli-problems = { $count ->
    [one] { $count } Problem
   *[other] { $count } Probleme
    }
cli-refund-rows-applied = { $count ->
    [one] { $count } Erstattungszeile angewendet
   *[other] { $count } Erstattungszeilen angewendet
    }
cli-partners = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
    }
cli-communities = { $count ->
    [one] { $count } Community
   *[other] { $count } Communitys
    }
cli-campaigns = { $count ->
    [one] { $count } Kampagne
   *[other] { $count } Kampagnen
    }
cli-posts = { $count ->
    [one] { $count } Beitrag
   *[other] { $count } Beiträge
    }

## import
cli-import-counts = { $file }: { $format } ({ $encoding }, Trennzeichen { $delimiter }): { $rows }, { $orders }: { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $cancelled } storniert, { $unpaid } noch nicht bezahlt; { $refunds }; { $problems }
cli-delimiter-tab = Tabulator
cli-more-problems = { $file }: … und { $count ->
    [one] { $count } weiteres Problem
   *[other] { $count } weitere Probleme
    }
cli-currency-set = Der Shop hatte noch keine Währung: Seine Währung ist jetzt { $currency } (aus dieser Datei).
cli-currency-set-on-import = Der Shop hat noch keine Währung: Mit dem Import dieser Datei wird seine Währung { $currency } (aus dieser Datei).
cli-hint-date-order = (Um die Datumsangaben andersherum zu lesen: --date-order dmy oder --date-order mdy.)
cli-hint-prices-include-tax = (Wenn Ihre Preise die Steuer enthalten: --prices-include-tax true.)
cli-imported-batch = Als Import { $batch } importiert (rückgängig machen mit: locallift undo { $batch }).
cli-dry-run = Probelauf: Es wurde nichts gespeichert.
cli-nothing-new-orders = Nichts Neues: Jede Bestellung dieser Datei ist schon im Shop.
cli-problem-column = Spalte „{ $column }“:
cli-problem-value = „{ $value }“:

## Partner, Communitys und Beiträge importieren
cli-counts-partners = { $file }: { $format }, { $rows }: { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $problems }
cli-counts-communities = { $file }: { $format }, { $rows }: { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $problems }
cli-counts-posts = { $file }: { $format }, { $rows }: { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $problems }
cli-imported-partners = Als Partner-Import { $id } importiert (rückgängig machen mit: locallift partners undo { $id }).
cli-imported-sheet = Als Import { $id } importiert (rückgängig machen mit: locallift partners undo { $id }).
cli-nothing-new-partners = Nichts Neues: Jeder Partner dieser Datei ist schon so gespeichert, wie sie ihn angibt.
cli-nothing-new-communities = Nichts Neues: Jede Community dieser Datei ist schon so gespeichert, wie sie sie angibt.
cli-nothing-new-posts = Nichts Neues: Jeder Beitrag dieser Datei ist schon so gespeichert, wie sie ihn angibt.

## Rückgängig machen, Sicherung, Wiederherstellen, Demo
cli-undone-import = Der Import von { $file } (Import { $batch }) wurde rückgängig gemacht.
cli-undone-partner-import = Der Partner-Import von { $file } ({ $id }) wurde rückgängig gemacht.
cli-backup-written = Sicherung gespeichert unter { $path }
cli-backup-copy-written = Kopie der Shopdatei gespeichert unter { $path }
cli-restored = Aus { $file } wiederhergestellt; der Stand davor ist in { $backup } gesichert
cli-demo-written = Demo-Shop gespeichert unter { $path }: { $partners }, { $communities }, { $campaigns }, { $posts }, { $orders } ({ $coded } mit Partnercodes)

## summary
cli-summary = { $orders }, Nettoumsatz { $net }
cli-summary-code = { $code }: { $orders }, { $net }

## results
cli-results-heading = { $campaign } ({ $start } bis { $end }; Bestellungen gezählt von { $from } bis { $to })
cli-results-walk-in = { $partner }: Partner ohne Code, am Umsatzplus gemessen: { $lift }; Kosten { $cost }, ROI { $range }
cli-results-no-estimate = noch keine Schätzung
cli-results-partner = { $partner }: { $orders }, netto { $net }, Rohertrag { $profit }, Kosten { $cost }, ROI { $roi }, { $new ->
    [one] { $new } Neukunde
   *[other] { $new } Neukunden
    }
cli-results-orders-said = { $orders } (davon { $said } laut Kundenangabe, { $net })
cli-results-total = Gesamt: { $orders }, netto { $net }, Rohertrag { $profit }, Kosten { $cost }, ROI { $roi }
cli-results-roi-with-lift = { $roi } (gezählte Verkäufe; mit dem Umsatzplus der Partner ohne Code { $range })
cli-results-conflict = Konflikt: Bestellung { $order } nutzte { $codes }: gezählt für { $partner }, passte auch zu { $others }

## export, report, Abrechnung
cli-export-written = { $rows } gespeichert in { $path }
cli-file-written = { $path } gespeichert
cli-statement-csv-written = { $path } gespeichert ({ $rows })
cli-missing-glyphs = Hinweis: Keine Schrift auf diesem Computer enthält { $characters }: im PDF als Kästchen dargestellt

## Vereinbarte Leistungen
cli-deliverable-line = #{ $id } fällig am { $due } { $status } { $partner } · { $campaign } · { $kind }
cli-deliverable-described = { $line }: { $description }
cli-deliverable-status = { $status ->
    [planned] geplant
    [due] fällig
    [done] erledigt
   *[missed] versäumt
    }
cli-deliverable-deleted = Leistung { $id } gelöscht

## Zahlungen, geleakte Codes
cli-payment-recorded = Zahlung { $id } über { $amount } an { $partner } am { $day } erfasst; Saldo jetzt { $balance }
cli-payment-deleted = Zahlung { $id } gelöscht
cli-leak-marked = { $code } ab { $day } als geleakt markiert: Die Bestellungen mit diesem Code zählen ab diesem Tag nicht für den Partner
cli-leak-unmarked = { $code } ist nicht mehr als geleakt markiert

## info
cli-info-file = Datei: { $path }
cli-info-schema = Schemaversion: { $version }
cli-info-shop = Shop: { $name } ({ $currency })
cli-info-no-currency = noch keine Währung
cli-info-partners = Partner: { $count }
cli-info-campaigns = Kampagnen: { $count }

## lift-study
cli-lift-study = { $shops ->
    [one] { $shops } Shop
   *[other] { $shops } Shops
    } (Seed { $seed }): Abdeckung des 95-%-Intervalls { $coverage } %, Verzerrung { $bias } % des üblichen Umsatzes im Zeitraum; ohne echtes Umsatzplus ein Umsatzplus angezeigt (Intervall über 0) { $claimed } %, Intervall ohne die 0 (auf einer der beiden Seiten) { $excludes } %
cli-lift-study-scenario = Umsatzplus { $uplift } %: { $runs ->
    [one] { $runs } Durchlauf
   *[other] { $runs } Durchläufe
    }, Abdeckung { $coverage } %, Verzerrung { $bias } %, erkannt (Intervall über 0) { $detected } %, zu wenig Daten { $short }
