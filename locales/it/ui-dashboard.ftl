# The Dashboard (ui/src/screens/Dashboard.svelte), its "Getting started" list (FirstSteps.svelte,
# ui/src/lib/first-steps.ts) and how a figure moved between periods (ui/src/lib/compare.ts).

## Period
dashboard-title = Panoramica
dashboard-period = Periodo
dashboard-range-month = Questo mese
dashboard-range-90 = Ultimi 90 giorni
dashboard-range-year = Ultimi 12 mesi
dashboard-range-custom = Date…
dashboard-from = Dal
dashboard-to = Al
dashboard-counting = Calcolo in corso…

## A shop with no sales at all
dashboard-no-sales-title = Ancora nessuna vendita
dashboard-no-sales-text = Importa l'esportazione degli ordini del tuo negozio (Shopify, Square, WooCommerce, Etsy, Stripe o PayPal) così com'è: la Panoramica ti mostrerà quanto hanno reso le tue collaborazioni e quanto sono costate.
dashboard-no-sales-action = Importa le tue vendite

## Key figures
dashboard-period-campaigns = Dal { $from } al { $to }: { $count ->
        [one] { $count } campagna ha
       *[other] { $count } campagne hanno
    } ordini conteggiati in questo periodo.
dashboard-key-figures = Dati principali
dashboard-kpi-revenue = Ricavi attribuiti
dashboard-kpi-revenue-of-all = su { $total } in totale ({ $orders ->
        [one] { $orders } ordine
       *[other] { $orders } ordini
    })
dashboard-kpi-revenue-of-all-typed-in = su { $total } in totale ({ $orders ->
        [one] { $orders } ordine
       *[other] { $orders } ordini
    }, { $typed ->
        [one] { $typed } inserito
       *[other] { $typed } inseriti
    } a mano)
dashboard-kpi-cost = Costo
dashboard-kpi-gross-profit = Utile lordo
dashboard-kpi-roi = ROI
dashboard-kpi-roi-counted = ROI (vendite contate)
dashboard-kpi-roi-with-lift = con l'aumento delle vendite dei partner senza codice: ROI { $range }
dashboard-kpi-new-customers = Nuovi clienti
dashboard-roi-points-vs-previous = { $count ->
        [one] { $points } punto
       *[other] { $points } punti
    } rispetto al periodo precedente

## How a card's figure moved
dashboard-vs-previous = { $ratio } rispetto al periodo precedente
dashboard-none-previous = nulla nel periodo precedente
dashboard-vs-year-earlier = { $ratio } rispetto a un anno prima
dashboard-none-year-earlier = nulla un anno prima
dashboard-compare-against = { $difference } rispetto al periodo dal { $from } al { $to }
dashboard-change-words = { $difference } ({ $ratio })
dashboard-change-nothing = niente da confrontare

## ROI cells
dashboard-roi-with-lift = con l'aumento: { $range }
dashboard-roi-with-lift-title = ROI con l'aumento delle vendite dei partner senza codice, intervallo al 95%
dashboard-roi-from-lift-title = ROI dall'aumento delle vendite, intervallo al 95%
dashboard-roi-sales-lift = (aumento delle vendite)

## Charts and their tables
dashboard-roi-chart = ROI per campagna
dashboard-roi-chart-alt = ROI per campagna, come nella tabella qui sotto
dashboard-the-numbers = I numeri
dashboard-campaigns-table = Campagne del periodo
dashboard-sales-chart = Vendite nette giornaliere
dashboard-sales-chart-alt = Vendite nette giornaliere, con i giorni di campagna ombreggiati; totali nella tabella qui sotto
dashboard-sales-chart-shaded = Ombreggiati: i giorni in cui contano gli ordini di una campagna (dall'inizio alla fine + finestra di attribuzione).
dashboard-sales-table = Vendite nette per giorno
dashboard-col-campaign = Campagna
dashboard-col-net-revenue = Ricavi netti
dashboard-col-cost = Costo
dashboard-col-roi = ROI
dashboard-col-day = Giorno
dashboard-col-net-sales = Vendite nette

## Needs a look
dashboard-attention = Da controllare

## Partner leaderboard
dashboard-leaderboard = Classifica dei partner
dashboard-leaderboard-empty-title = Nessuna campagna in questo periodo
dashboard-leaderboard-empty-text = Scegli un periodo più lungo, oppure pianifica una campagna con i tuoi partner e i loro codici.
dashboard-leaderboard-empty-action = Pianifica una campagna
dashboard-col-rank = #
dashboard-col-partner = Partner o community
dashboard-col-campaigns = Campagne
dashboard-col-orders = Ordini
dashboard-col-new-customers = Nuovi clienti
dashboard-customer-said = { $count } secondo il cliente
dashboard-walk-in-heading = Misurati con l'aumento delle vendite, fuori dalla classifica delle vendite contate
dashboard-walk-in-lift-title = La loro quota dell'aumento delle vendite delle loro campagne (ricavi netti, intervallo al 95%): i partner senza codice non si misurano con gli ordini
dashboard-walk-in-orders-title = I partner senza codice si misurano con l'aumento delle vendite, non con gli ordini
dashboard-leaderboard-ranked = In ordine di vendite contate (ordini con codice sconto, utilizzi in negozio inseriti a mano e ordini in cui il cliente ha detto di essere stato mandato dal partner, segnati con “secondo il cliente”). I partner senza codice si misurano con l'aumento delle vendite delle loro campagne, una stima con un intervallo: sono elencati dopo e non contano mai come perdita.
dashboard-leaderboard-figures = I numeri sommano i risultati di ogni campagna (la pagina di una campagna spiega come si ottengono). Un periodo conta gli ordini fatti nei suoi giorni: le vendite di una campagna nel periodo sono una parte delle vendite del negozio nel periodo. I costi (e l'aumento dei partner senza codice) sono ripartiti in modo uniforme sui giorni in cui contano gli ordini di una campagna; a ogni periodo spetta la quota dei suoi giorni.

## By audience tier
dashboard-tiers = Per fascia di pubblico
dashboard-tiers-chart-caption = Costo per nuovo cliente, per fascia di pubblico
dashboard-tiers-chart-lower = (più basso è meglio)
dashboard-tiers-chart-alt = Costo per nuovo cliente per fascia di pubblico, come nella tabella
dashboard-col-tier = Fascia
dashboard-col-partners = Partner
dashboard-col-cost-per-new-customer = Costo per nuovo cliente
dashboard-tier-none = Ancora nessun dato sul pubblico
dashboard-tiers-note = La fascia di un partner viene dal suo account più grande, quella di una community dalle sue dimensioni. I costi a livello di campagna (altri costi, il tuo tempo) non sono suddivisi per fascia.

## Getting started (a new shop's first steps)
dashboard-first-steps-title = Per iniziare
dashboard-first-steps-hide = Nascondi questo elenco
dashboard-first-steps-hide-title = Nascondi questo elenco per sempre
dashboard-first-steps-hidden = Elenco “Per iniziare” nascosto
dashboard-first-steps-progress = { $done } su { $total } completati
dashboard-first-steps-done = fatto
dashboard-first-steps-to-do = da fare
dashboard-step-sales-title = Importa le tue vendite
dashboard-step-sales-hint = L'esportazione degli ordini del tuo negozio da Shopify, Square, WooCommerce, Etsy, Stripe o PayPal: LocalLift la legge così com'è.
dashboard-step-sales-action = Importa vendite
dashboard-step-sales-action-title = Apre Importa vendite, dove si legge un'esportazione delle vendite
dashboard-step-partners-title = Aggiungi i tuoi partner
dashboard-step-partners-hint = Inseriscili a mano, oppure importa il foglio di calcolo in cui li tieni.
dashboard-step-partners-action = Aggiungi partner
dashboard-step-partners-action-title = Apre Partner: Nuovo partner, oppure Importa un foglio di calcolo…
dashboard-step-campaign-title = Crea una campagna
dashboard-step-campaign-hint = Le sue date, i partner che partecipano e i loro codici.
dashboard-step-campaign-action = Pianifica una campagna
dashboard-step-campaign-action-title = Apre Campagne: Nuova campagna
dashboard-step-coupons-title = Stampa il foglio dei coupon
dashboard-step-coupons-hint-first = Prima serve una campagna con codici sconto: dai ai partner di una campagna i loro codici, poi stampa la pagina con il codice di ogni partner e il suo codice QR.
dashboard-step-coupons-hint = Una pagina con il codice di ogni partner e il suo codice QR, da distribuire o da appendere.
dashboard-step-coupons-action-campaigns = Vai a Campagne
dashboard-step-coupons-action-campaigns-title = Apre Campagne: da lì apri una campagna per dare ai suoi partner i loro codici
dashboard-step-coupons-action-campaign = Apri la campagna
dashboard-step-coupons-action-campaign-title = La sua pagina ha il pulsante Foglio dei coupon, sopra i risultati
# Between a campaign's name and what needs a look about it.
dashboard-attention-separator = { ": " }
