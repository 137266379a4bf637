# La riga di comando: i suoi errori e ciò che stampa.

cli-error = errore: { $message }
cli-not-a-campaign = { $file }: non è la descrizione di una campagna: { $detail }
cli-quote-never-closes = delle virgolette non vengono mai chiuse, quindi le righe successive non si possono leggere e non è stato importato nulla; chiudi le virgolette (vedi la riga qui sopra) e importa di nuovo
cli-sales-problems = { $count ->
    [one] 1 problema
   *[other] { $count } problemi
   }, quindi non è stato importato nulla; correggi il file o usa --skip-invalid per importare gli ordini validi
cli-partners-no-name-column = nessuna colonna dice chi è ogni riga (un nome, un nome utente o un link al profilo); le colonne sono { $columns }: indica un abbinamento con --mapping
cli-rows-problems = { $count ->
    [one] 1 problema
   *[other] { $count } problemi
   }, quindi non è stato importato nulla; correggi il file o usa --skip-invalid per importare le righe valide
cli-not-a-mapping = non è un abbinamento di colonne: { $detail }
cli-communities-no-name-column = nessuna colonna contiene il nome della community: indica un abbinamento con --mapping
cli-community-rows-problems = alcune righe hanno dei problemi, quindi non è stato importato nulla; correggi il file o usa --skip-invalid
cli-export-needs-out = indica dove scrivere il file: --out FILE.csv
cli-deliverable-kind = “{ $kind }” non è uno di questi: { $known }
cli-not-a-partner-of = “{ $partner }” non è un partner di “{ $campaign }”
cli-not-an-amount = “{ $text }” non è un importo: { $detail }

## Ciò che stampa la riga di comando. (I testi di --help e gli errori d'uso di clap restano in inglese: li scrive clap.)

cli-rows = { $count ->
    [one] { $count } riga
   *[other] { $count } righe
    }
cli-orders = { $count ->
    [one] { $count } ordine
   *[other] { $count } ordini
    }
cli-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemi
    }
cli-refund-rows-applied = { $count ->
    [one] { $count } riga di rimborso applicata
   *[other] { $count } righe di rimborso applicate
    }
cli-partners = { $count ->
    [one] { $count } partner
   *[other] { $count } partner
    }
cli-communities = { $count ->
    [one] { $count } community
   *[other] { $count } community
    }
cli-campaigns = { $count ->
    [one] { $count } campagna
   *[other] { $count } campagne
    }
cli-posts = { $count ->
    [one] { $count } post
   *[other] { $count } post
    }

## import
cli-import-counts = { $file }: { $format } ({ $encoding }, separatore { $delimiter }): { $rows }, { $orders }: { $new ->
        [one] { $new } nuovo
       *[other] { $new } nuovi
    }, { $updated ->
        [one] { $updated } aggiornato
       *[other] { $updated } aggiornati
    }, { $unchanged ->
        [one] { $unchanged } invariato
       *[other] { $unchanged } invariati
    }, { $cancelled ->
        [one] { $cancelled } annullato
       *[other] { $cancelled } annullati
    }, { $unpaid ->
        [one] { $unpaid } non ancora pagato
       *[other] { $unpaid } non ancora pagati
    }; { $refunds }; { $problems }
cli-delimiter-tab = tabulazione
cli-more-problems = { $file }: … e { $count ->
    [one] { $count } altro problema
   *[other] altri { $count } problemi
    }
cli-currency-set = Il negozio non aveva ancora una valuta: ora è { $currency } (da questo file).
cli-currency-set-on-import = Il negozio non ha ancora una valuta: importando questo file diventa { $currency } (da questo file).
cli-hint-date-order = (Per leggere le date al contrario: --date-order dmy o --date-order mdy.)
cli-hint-prices-include-tax = (Se i tuoi prezzi includono le imposte: --prices-include-tax true.)
cli-imported-batch = Importato come lotto { $batch } (per annullare: locallift undo { $batch }).
cli-dry-run = Prova: non è stato scritto nulla.
cli-nothing-new-orders = Niente di nuovo: tutti gli ordini di questo file sono già nel negozio.
cli-problem-column = colonna “{ $column }”:
cli-problem-value = “{ $value }”:

## importare partner, community e post
cli-counts-partners = { $file }: { $format }, { $rows }: { $new ->
        [one] { $new } nuovo
       *[other] { $new } nuovi
    }, { $updated ->
        [one] { $updated } aggiornato
       *[other] { $updated } aggiornati
    }, { $unchanged ->
        [one] { $unchanged } invariato
       *[other] { $unchanged } invariati
    }, { $problems }
cli-counts-communities = { $file }: { $format }, { $rows }: { $new ->
        [one] { $new } nuova
       *[other] { $new } nuove
    }, { $updated ->
        [one] { $updated } aggiornata
       *[other] { $updated } aggiornate
    }, { $unchanged ->
        [one] { $unchanged } invariata
       *[other] { $unchanged } invariate
    }, { $problems }
cli-counts-posts = { $file }: { $format }, { $rows }: { $new ->
        [one] { $new } nuovo
       *[other] { $new } nuovi
    }, { $updated ->
        [one] { $updated } aggiornato
       *[other] { $updated } aggiornati
    }, { $unchanged ->
        [one] { $unchanged } invariato
       *[other] { $unchanged } invariati
    }, { $problems }
cli-imported-partners = Importato come importazione di partner { $id } (per annullare: locallift partners undo { $id }).
cli-imported-sheet = Importato come importazione { $id } (per annullare: locallift partners undo { $id }).
cli-nothing-new-partners = Niente di nuovo: ogni partner di questo file è già come dice il file.
cli-nothing-new-communities = Niente di nuovo: ogni community di questo file è già come dice il file.
cli-nothing-new-posts = Niente di nuovo: ogni post di questo file è già come dice il file.

## annullare, backup, ripristino, demo
cli-undone-import = Annullata l'importazione di { $file } (lotto { $batch }).
cli-undone-partner-import = Annullata l'importazione di partner di { $file } ({ $id }).
cli-backup-written = backup scritto in { $path }
cli-backup-copy-written = copia del file del negozio scritta in { $path }
cli-restored = ripristinato da { $file }; lo stato precedente è conservato in { $backup }
cli-demo-written = negozio demo scritto in { $path }: { $partners }, { $communities }, { $campaigns }, { $posts }, { $orders } ({ $coded } con codici dei partner)

## summary
cli-summary = { $orders }, ricavi netti { $net }
cli-summary-code = { $code }: { $orders }, { $net }

## results
cli-results-heading = { $campaign } (dal { $start } al { $end }; ordini contati dal { $from } al { $to })
cli-results-walk-in = { $partner }: partner senza codice, misurato con l'aumento delle vendite: { $lift }; costo { $cost }, ROI { $range }
cli-results-no-estimate = ancora nessuna stima
cli-results-partner = { $partner }: { $orders }, netto { $net }, utile lordo { $profit }, costo { $cost }, ROI { $roi }, { $new ->
    [one] { $new } nuovo cliente
   *[other] { $new } nuovi clienti
    }
cli-results-orders-said = { $orders } (di cui { $said } “secondo il cliente”, { $net })
cli-results-total = totale: { $orders }, netto { $net }, utile lordo { $profit }, costo { $cost }, ROI { $roi }
cli-results-roi-with-lift = { $roi } (vendite contate; con l'aumento delle vendite dei partner senza codice: { $range })
cli-results-conflict = conflitto: l'ordine { $order } ha usato { $codes }: contato per { $partner }, corrispondeva anche a { $others }

## export, report, estratto conto
cli-export-written = { $path } scritto ({ $rows })
cli-file-written = { $path } scritto
cli-statement-csv-written = { $path } scritto ({ $rows })
cli-missing-glyphs = nota: nessun font di questo computer contiene { $characters }: nel PDF appaiono come quadratini

## impegni
cli-deliverable-line = #{ $id } scadenza { $due } { $status } { $partner } · { $campaign } · { $kind }
cli-deliverable-described = { $line }: { $description }
cli-deliverable-status = { $status ->
    [planned] previsto
    [due] in scadenza
    [done] fatto
   *[missed] mancato
    }
cli-deliverable-deleted = impegno { $id } eliminato

## pagamenti, codici trapelati
cli-payment-recorded = pagamento { $id } di { $amount } a { $partner } il { $day } registrato; saldo ora { $balance }
cli-payment-deleted = pagamento { $id } eliminato
cli-leak-marked = { $code } segnato come trapelato dal { $day }: i suoi ordini da quel giorno non contano per il partner
cli-leak-unmarked = { $code } non è più segnato come trapelato

## info
cli-info-file = file: { $path }
cli-info-schema = versione dello schema: { $version }
cli-info-shop = negozio: { $name } ({ $currency })
cli-info-no-currency = ancora nessuna valuta
cli-info-partners = partner: { $count }
cli-info-campaigns = campagne: { $count }

## lift-study
cli-lift-study = { $shops ->
    [one] { $shops } negozio
   *[other] { $shops } negozi
    } (seed { $seed }): copertura dell'intervallo al 95% { $coverage }%, distorsione { $bias }% delle vendite abituali del periodo; senza un aumento reale, aumento indicato (intervallo sopra 0) { $claimed }%, intervallo che esclude lo 0 da un lato o dall'altro { $excludes }%
cli-lift-study-scenario = aumento { $uplift }%: { $runs ->
    [one] { $runs } simulazione
   *[other] { $runs } simulazioni
    }, copertura { $coverage }%, distorsione { $bias }%, rilevato (intervallo sopra 0) { $detected }%, dati insufficienti { $short }
