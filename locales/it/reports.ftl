# Le parole dei PDF (riepilogo della campagna, report del partner, estratto conto, foglio dei coupon) e dei
# grafici. Vedi locales/en/reports.ftl per il significato degli argomenti.

## Piè di pagina di ogni pagina
report-page = Pagina { $page } di { $pages }

## Intervalli dell'aumento delle vendite (95%) e del ROI
report-lift-more = Tra { $low } e { $high } in più del solito (intervallo al 95%)
report-lift-less = Tra { $low } e { $high } in meno del solito (intervallo al 95%)
report-lift-mixed = Tra { $less } in meno e { $more } in più del solito (intervallo al 95%): forse nulla in più
report-roi-range = da { $low } a { $high }

## Che cosa dice l'aumento delle vendite
report-lift-no-estimate = Nessuna stima dell'aumento delle vendite: { $note }
report-lift-sentence = { $range }.
report-lift-overlap = Si sovrappone a { $campaigns }: questo è il loro effetto congiunto, contato una sola volta.

## Come si contano gli ordini di un partner
report-method-code = Codice sconto
report-method-manual = In negozio (inserito a mano)
report-method-code-and-manual = Codice + in negozio
report-method-survey = Secondo il cliente
report-method-lift = Aumento delle vendite
report-method-none = Ancora nessuno
report-method-and-survey = { $method } + secondo il cliente

## Il riepilogo della campagna (per te, titolare del negozio)
report-summary-kicker = { $shop } · Riepilogo della campagna
report-summary-dates = { $start } – { $end }, ordini contati fino al { $until } · { $count } partner
report-goal = Obiettivo: { $goal }
report-card-net-revenue = Ricavi netti attribuiti
report-card-gross-profit = Utile lordo
report-card-cost = Costo
report-card-roi = ROI
report-card-roi-counted = ROI (vendite contate)
report-card-orders = Ordini attribuiti
report-card-new-customers = Nuovi clienti
report-card-cost-per-new-customer = Costo per nuovo cliente
report-card-roas = ROAS
report-heading-partners = Partner
report-col-partner = Partner
report-col-method = Metodo
report-col-orders = Ordini
report-col-net-revenue = Ricavi netti
report-col-gross-profit = Utile lordo
report-col-cost = Costo
report-col-roi = ROI
report-col-new = Nuovi
report-col-commission = Commissione
report-row-total = Totale
report-row-lift = da { $low } a { $high } (aumento)
report-row-no-estimate = ancora nessuna stima
report-row-roi-with-lift = { $roi } ({ $range } con l'aumento)
report-survey-orders = { $said ->
        [one] { $said } ordine contato su { $orders } ({ $share }) si basa su ciò che il cliente ha risposto alla
            domanda su come ha conosciuto il negozio, non su un codice: su questo ordine non è dovuta alcuna
            commissione.
       *[other] { $said } ordini contati su { $orders } ({ $share }) si basano su ciò che i clienti hanno risposto
            alla domanda su come hanno conosciuto il negozio, non su un codice: su questi ordini non è dovuta
            alcuna commissione.
    }
report-walk-ins = { $count ->
    [one] Un partner senza codice è misurato con l'aumento delle vendite della campagna: una stima con il suo
        intervallo al 95%, mai sommata ai totali contati; il suo ROI è l'intervallo ricavato dall'aumento.
   *[other] { $count } partner senza codice sono misurati con l'aumento delle vendite della campagna: una stima con
        il suo intervallo al 95%, mai sommata ai totali contati; il loro ROI è l'intervallo ricavato
        dall'aumento. Si dividono l'aumento della campagna in parti uguali.
    }
report-extra-costs = Il costo totale comprende altri costi per { $other } e il tuo tempo, { $time }.
report-heading-revenue = Ricavi per partner
report-top-partners = I { $shown } partner con più ricavi; { $more ->
        [one] { $more } altro è
       *[other] altri { $more } sono
    } nella tabella sopra.
report-heading-paid-back = Si è ripagata?
report-heading-roi = ROI per partner
report-heading-lift = Aumento delle vendite
report-heading-came-back = Sono tornati?
report-heading-conflicts = Ordini con codici di due partner
report-conflicts = { $count ->
    [one] { $count } ordine; contato una sola volta, per il primo codice valido:
   *[other] { $count } ordini; ciascuno contato una sola volta, per il primo codice valido:
    }
report-conflict = Ordine { $order } ({ $source }): { $codes } → { $partner }, anche { $also }
report-heading-how = Come vengono calcolati i numeri
report-how =
    Gli ordini che hanno usato il codice sconto di un partner dal primo giorno della campagna fino all'ultimo
    più la finestra di attribuzione (giorni nel fuso orario del negozio) sono contati per quel partner; un
    ordine con codici di due partner conta una volta, per il primo codice valido. Contano anche gli utilizzi in
    negozio inseriti a mano dal registro della cassa, indicati a parte. I ricavi netti sono al netto di sconti e
    rimborsi. L'utile lordo usa il costo dei prodotti quando ogni riga di un ordine ne ha uno, altrimenti il
    margine lordo del negozio. Costo = compenso + prodotti in omaggio al prezzo di costo + commissione sui ricavi
    netti attribuiti, più gli altri costi della campagna e le tue ore alla tua tariffa oraria. ROI = (utile
    lordo − costo) / costo; ROAS = ricavi netti / costo. Un ordine conta quando è pagato e i suoi ricavi netti sono
    sopra lo zero: un ordine rimborsato del tutto o gratuito non è un ordine e non porta alcun nuovo cliente.
    Un nuovo cliente è chi ha come primo ordine in assoluto quello attribuito. I partner senza codice sono
    misurati con l'aumento delle vendite: le vendite giornaliere del periodo rispetto al livello abituale e
    all'andamento degli stessi giorni della settimana nelle settimane precedenti, escluse le altre campagne e i
    giorni particolari, mostrate come intervallo al 95% (diviso in parti uguali tra i partner senza codice della
    campagna) e mai sommate ai totali contati; il loro ROI è l'intervallo dato dall'estremo basso e da quello
    alto dell'aumento, mai una perdita per mancanza di ordini.
report-heading-notes = Note
report-summary-footer = { $shop } · { $campaign } · creato con LocalLift
report-summary-title = { $campaign } — riepilogo della campagna

## Se la campagna si è ripagata
report-verdict-free = Non è stato speso nulla: tutto ciò che ha portato è guadagno.
report-verdict-lift-only = Solo il suo aumento delle vendite può dirlo: ROI { $range } (una stima, intervallo al 95%).
report-verdict-not-measurable = Non ancora misurabile: i suoi partner portano clienti che arrivano in negozio senza codice, misurati con l'aumento delle vendite, e non c'è ancora una stima.
report-verdict-yes-on = Sì: un utile lordo di { $profit } ha coperto il suo costo di { $cost } il { $day } (ROI { $roi }).
report-verdict-yes = Sì: un utile lordo di { $profit } ha coperto il suo costo di { $cost } (ROI { $roi }).
report-verdict-not-yet = Non ancora: { $profit } di utile lordo finora contro un costo di { $cost }; gli ordini contano fino al { $until }.
report-verdict-no = No: un utile lordo di { $profit } ha coperto il { $share } del suo costo di { $cost } (ROI { $roi }).
report-verdict-with-lift = Con l'aumento delle vendite dei partner senza codice, ROI { $range }.

## Il report del partner (per un partner, a cui si dà del tu)
report-partner-kicker = { $shop } · Report del partner
report-partner-dates = { $campaign }: { $start } – { $end }, ordini contati fino al { $until }
report-thanks =
    Grazie per aver partecipato a { $campaign }. Ecco cosa hanno fatto i tuoi follower, contato allo stesso modo
    di ogni altro partner del negozio.
report-card-measured-by = Misurato con
report-card-lift-no-code = Aumento delle vendite (senza codice)
report-card-your-codes = I tuoi codici
report-card-your-orders = Ordini
report-card-sales-net = Vendite nette
report-card-in-store = Di cui in negozio
report-card-customer-said = Di cui secondo il cliente
report-card-came-back = { $days ->
        [one] Tornati entro { $days } giorno
       *[other] Tornati entro { $days } giorni
    }
report-card-posts = Post
report-card-engagement = Engagement (mediana)
report-heading-earn = Quanto guadagni
report-earn-fee = Compenso: { $amount }
report-earn-gifted = Prodotti in omaggio: { $amount } (al prezzo di costo del negozio)
report-earn-commission = Commissione: { $percent } di { $sales } = { $owed } dovuti
report-earn-nothing = Per questa campagna non sono stati concordati compenso né commissione.
report-leaked =
    Il tuo codice { $code } è stato condiviso dove non l'hai pubblicato: gli ordini con questo codice dal { $day }
    in poi non vengono contati per te.
report-heading-paid-and-owed = Pagato e da pagare
report-so-far = Per questa campagna finora: compenso { $fee }, commissione dovuta { $commission }.
report-so-far-taken-back = Per questa campagna finora: compenso { $fee }, commissione dovuta { $commission }, stornato per rimborsi { $taken }.
report-held =
    Commissione non ancora dovuta: { $amount } su { $orders ->
        [one] { $orders } ordine
       *[other] { $orders } ordini
    }, la prima dovuta il { $day } ({ $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } di attesa dopo ogni ordine: se un ordine viene rimborsato in quel periodo, la commissione non è mai dovuta).
report-balance-owed = Pagato a te in tutto: { $paid }. Da pagarti ora, per tutte le campagne: { $balance }.
report-balance-ahead = Pagato a te in tutto: { $paid }. Pagato in anticipo: { $ahead }; verrà scalato da ciò che guadagnerai in seguito.
report-heading-agreed = Cosa abbiamo concordato
report-deliverable-kind = { $kind ->
    [post] post
    [story] storia
    [reel] reel
    [video] video
    [event] evento
    [market_table] banco al mercato
   *[other] altro
    }
report-deliverable-on-time = { $what } — scadenza { $due } — fatto il { $day }, in tempo
report-deliverable-done = { $what } — scadenza { $due } — fatto il { $day }
report-deliverable-missed = { $what } — scadenza { $due } — mancato
report-deliverable-to-come = { $what } — scadenza { $due } — da fare
report-partner-lift = Non avevi un codice sconto: il negozio misura la campagna con il suo aumento delle vendite.
report-partner-lift-share = Diviso in parti uguali con { $others ->
        [one] l'altro partner senza codice
       *[other] gli altri { $others } partner senza codice
    } della campagna; la tua parte: { $range }.
report-heading-how-counted = Come vengono contati gli ordini
report-partner-how =
    Un ordine conta per te quando ha usato il tuo codice dal primo giorno della campagna fino al giorno in cui
    si smette di contare gli ordini, nel fuso orario del negozio; rimborsi e sconti vengono detratti. Se un
    ordine aveva codici di due partner, conta una sola volta, per il primo codice. Un nuovo cliente è una persona
    il cui primo ordine in assoluto è stato con il tuo codice.
report-partner-title = { $campaign } — report di { $partner }

## L'estratto conto
report-period = { $from } – { $to }
report-period-from = Dal { $from }
report-period-until = Fino al { $to }
report-period-all = Da sempre, fino al { $today }
report-statement-kicker = { $shop } · Estratto conto
report-statement-period = { $period } · commissione dovuta { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } dopo ogni ordine
report-paid-ahead = { $amount } (pagato in anticipo)
report-card-opening = Saldo iniziale
report-card-fees = Compensi
report-card-commission-due = Commissione dovuta
report-card-taken-back = Stornato
report-card-paid = Pagato
report-card-closing = Saldo finale
report-card-held = Commissione trattenuta
report-heading-lines = Movimenti
report-col-day = Giorno
report-col-what = Descrizione
report-col-on-net = Sul netto
report-col-amount = Importo
report-col-balance = Saldo
report-entry-fee = Compenso · { $campaign }
report-entry-commission = Commissione · { $campaign } · ordine { $order }
report-entry-commission-in-store = Commissione · { $campaign } · in negozio (inserito a mano)
report-entry-taken-back = Stornato (rimborso) · { $campaign } · ordine { $order }
report-entry-restored = Ripristinato · { $campaign } · ordine { $order }
report-entry-payment = Pagamento
report-entry-payment-how = Pagamento · { $how }
report-statement-empty = In questo periodo non è maturato nulla e non è stato pagato nulla.
report-heading-not-due = Non ancora dovuto
report-held-line = { $campaign }: { $commission } su { $sales } di vendite ({ $orders ->
        [one] { $orders } ordine
       *[other] { $orders } ordini
    }), la prima dovuta il { $day }
report-heading-by-year = Per anno
report-col-year = Anno
report-col-fees = Compensi
report-col-taken-back = Stornato
report-col-paid = Pagato
report-statement-rules =
    I compensi sono dovuti dal primo giorno di una campagna. La commissione su un ordine è dovuta una volta
    trascorso il periodo di attesa, sui ricavi netti noti in quel momento (al netto di sconti e rimborsi); un
    rimborso scoperto più tardi ne storna la quota. Gli importi sono arrotondati una volta per
    campagna, sul suo totale progressivo.
report-statement-footer = { $shop } · { $partner } · estratto conto
report-statement-title = { $partner } — estratto conto

## Il foglio dei coupon (una scheda per codice sconto)
report-coupon-valid = Valido dal { $from } al { $to }
report-coupon-with = con { $partner }
report-coupon-show = Mostra questo codice alla cassa
report-coupons-footer = { $shop } · { $campaign } · coupon
report-coupons-title = { $campaign } — coupon

## I grafici
chart-roi-no-campaign = Ancora nessuna campagna con un costo: il ROI ne ha bisogno.
chart-roi-no-partner = Ancora nessun partner con un costo: il ROI ne ha bisogno.
chart-roi-range = Intervallo con l'aumento delle vendite (95%): una stima
chart-leaderboard-empty = Ancora nessuna vendita attribuita.
chart-leaderboard-axis = Ricavi netti attribuiti
chart-tiers-empty = Ancora nessun nuovo cliente portato dai partner.
chart-tiers-axis = Costo per nuovo cliente
chart-tier-community = Community (< 1K)
chart-tier-nano = Nano (1K–10K)
chart-tier-micro = Micro (10K–100K)
chart-tier-macro = Macro (100K–1 Mln)
chart-tier-mega = Mega (1 Mln+)
chart-tier-unknown = Nessun dato sul pubblico
chart-sales-empty = Nessuna vendita in questo periodo.
chart-break-even-cost = Costo { $amount }
chart-break-even-profit = Utile lordo finora
chart-break-even-paid = Ripagata il { $day }
chart-lift-empty = Nessun intervallo abituale da mostrare: storico delle vendite insufficiente.
chart-lift-range = Intervallo abituale (95%)
chart-lift-level = Livello abituale
chart-lift-day = Vendite del giorno
chart-repeat-empty = Non ancora misurabile: nessun nuovo cliente ha fatto il primo ordine almeno 30 giorni prima dell'ultima vendita importata.
chart-repeat-days = { $days } giorni
chart-repeat-partners = Portati dai partner
chart-repeat-others = Gli altri nuovi clienti del negozio

# La riga di intestazione di ogni esportazione CSV (partner, campagne, risultati di una campagna, estratto conto di un partner).
export-partners-name = nome
export-partners-email = email
export-partners-phone = telefono
export-partners-neighborhood = quartiere
export-partners-city = città
export-partners-stage = fase
export-partners-tier = fascia
export-partners-largest-audience = pubblico più ampio
export-partners-main-handle = nome utente principale
export-partners-engagement = engagement %
export-partners-values-1-5 = valori (1-5)
export-partners-authenticity-1-5 = autenticità (1-5)
export-partners-local-audience = pubblico locale %
export-partners-niches = nicchie
export-partners-campaigns = campagne
export-partners-archived = archiviato
export-campaigns-name = nome
export-campaigns-goal = obiettivo
export-campaigns-start = inizio
export-campaigns-end = fine
export-campaigns-attribution-window-days = finestra di attribuzione (giorni)
export-campaigns-orders-count-until = ordini contati fino al
export-campaigns-status = stato
export-campaigns-partners = partner
export-campaigns-codes = codici
export-campaigns-other-costs = altri costi
export-campaigns-owner-hours = le tue ore
export-results-campaign = campagna
export-results-partner = partner
export-results-method = metodo
export-results-codes = codici
export-results-orders = ordini
export-results-net-revenue = ricavi netti
export-results-of-which-typed-in-orders = di cui inseriti a mano (ordini)
export-results-gross-profit = utile lordo
export-results-cost = costo
export-results-commission-owed = commissione dovuta
export-results-roi = ROI %
export-results-roas = ROAS
export-results-new-customers = nuovi clienti
export-results-cost-per-new-customer = costo per nuovo cliente
export-results-lift-status = stato dell'aumento
export-results-lift-estimate = stima dell'aumento
export-results-lift-low-95 = estremo basso dell'aumento (95%)
export-results-lift-high-95 = estremo alto dell'aumento (95%)
export-results-of-which-customer-said-orders = di cui secondo il cliente (ordini)
export-statement-partner = partner
export-statement-day = giorno
export-statement-line = movimento
export-statement-campaign = campagna
export-statement-order = ordine
export-statement-order-day = giorno dell'ordine
export-statement-payment = pagamento
export-statement-on-net-revenue = sul netto
export-statement-amount = importo
export-statement-balance = saldo
export-results-total-row = (totale della campagna)
