# La pagina di una campagna (ui/src/screens/CampaignPage.svelte con CampaignResults, CampaignPartnerForm,
# CampaignDeliverables) e, nella dashboard, “Codici forse trapelati” e “Impegni in scadenza”
# (LeakSignals, LeakOrders, AgreementsDue).

## Shared words
campaign-loading = Caricamento…
campaign-counting = Calcolo in corso…
campaign-edit = Modifica
campaign-delete = Elimina
campaign-cancel = Annulla
campaign-add = Aggiungi
campaign-save = Salva
campaign-close = Chiudi
campaign-mark-done = Segna come fatto
campaign-open-campaign = Apri la campagna
campaign-badge-archived = Archiviata
campaign-badge-member-archived = Archiviato
campaign-col-who = Chi
campaign-col-what = Cosa
campaign-col-due = Scadenza
campaign-col-day = Giorno
campaign-col-code = Codice
campaign-col-orders = Ordini
campaign-col-net-revenue = Ricavi netti
campaign-col-gross-profit = Utile lordo
campaign-col-cost = Costo
campaign-col-commission = Commissione
campaign-col-new-customers = Nuovi clienti

## The campaign's page
campaign-back = ← Campagne
campaign-dates = { $range }; gli ordini contano fino al { $until }
campaign-reinstate = Riattiva
campaign-reinstated = Campagna riattivata
campaign-cancel-campaign = Annulla la campagna
campaign-cancelled = Campagna annullata: i suoi codici non contano più
campaign-archive = Archivia
campaign-restore = Ripristina
campaign-notice-archived = Archiviata
campaign-notice-restored = Ripristinata
campaign-fixed-costs = Costi fissi finora
campaign-fixed-costs-hint = (compensi + prodotti in omaggio al costo + altri costi; la commissione si aggiunge sulle vendite attribuite)
campaign-other-costs = Altri costi
campaign-your-hours = Le tue ore
campaign-notes = Note
campaign-partners-title = Partner e condizioni
campaign-add-member = Aggiungi partner o community
campaign-partners-empty-title = Ancora nessuno in questa campagna
campaign-partners-empty-text = Aggiungi i partner e le community che partecipano, con compenso, prodotti in omaggio, commissione e codici sconto.
campaign-partners-table = Partner di questa campagna
campaign-col-codes = Codici
campaign-col-fee = Compenso
campaign-col-gifted = Omaggi
campaign-col-agreement-notes = Note sull'accordo
campaign-badge-community = Community
campaign-no-code = nessun codice (misurato con l'aumento delle vendite)
campaign-first-orders = per i primi ordini
campaign-leaked-from = segnato come trapelato dal { $day }
campaign-unmark = Togli il segno
campaign-unmark-label = Togli il segno da { $code }
campaign-unmark-title = I suoi ordini contano di nuovo per { $name }
campaign-unmarked = Segno tolto da { $code }: i suoi ordini contano di nuovo
campaign-edit-terms = Modifica condizioni
campaign-log-post = Registra post
campaign-remove = Rimuovi
campaign-mark-leaked-open = Segna un codice come trapelato…
campaign-mark-leaked-open-title = Da un certo giorno in poi, gli ordini con il codice non contano per nessuno (non per { $name } e senza commissione)
campaign-leak-form = Segna un codice di { $name } come trapelato
campaign-leak-code = Codice di { $name }
campaign-leak-from = Trapelato dal
campaign-leak-submit = Segna come trapelato
campaign-leak-hint = Da quel giorno in poi, gli ordini con il codice non contano per nessuno: non per { $name } e senza commissione. Se lo segni di nuovo, il giorno si sposta; “Togli il segno” lo rimuove.
campaign-leak-choose-code = Scegli un codice
campaign-leak-choose-day = Scegli il primo giorno da cui i suoi ordini non contano per nessuno
campaign-leak-marked = { $code } segnato come trapelato dal { $day }: i suoi ordini da quel giorno non contano per nessuno
campaign-posts = Post
campaign-posts-empty = Ancora nessun post registrato. Registra ogni post con mi piace, commenti, condivisioni, salvataggi e copertura per confrontare l'engagement.
campaign-col-posted = Pubblicato
campaign-col-platform = Piattaforma
campaign-col-reach = Copertura
campaign-col-likes = Mi piace
campaign-col-comments = Commenti
campaign-col-shares = Condivisioni
campaign-col-saves = Salvataggi
campaign-col-clicks = Clic
campaign-col-engagement = Engagement
campaign-post-deleted = Post eliminato
campaign-engagement-hint = Engagement = (mi piace + commenti + condivisioni + salvataggi) ÷ copertura, oppure ÷ follower al momento del post se la copertura non è nota. I clic non contano.
campaign-remove-what = { $name } da questa campagna (con i suoi codici e post)
campaign-deleted = Campagna { $name } eliminata

## Results
campaign-results = Risultati
campaign-file-results = { $campaign } risultati.csv
campaign-file-summary = { $campaign } riepilogo.pdf
campaign-file-coupons = { $campaign } coupon.pdf
campaign-summary-pdf = Riepilogo PDF
campaign-summary-pdf-title = Salva il riepilogo della campagna in PDF: numeri, grafici, ogni partner, come è stato calcolato
campaign-coupon-sheet = Foglio dei coupon
campaign-coupon-sheet-title = Salva un foglio stampabile con tutti i codici sconto, in caratteri grandi e come codice QR, per la cassa
campaign-paper = Carta
campaign-paper-label = Formato carta dei PDF
campaign-paper-a4 = A4
campaign-paper-letter = Letter (USA)
campaign-window = Gli ordini contano dal { $from } al { $to } (finestra di attribuzione inclusa), nel fuso orario del negozio.
campaign-kpi-revenue = Ricavi attribuiti
campaign-kpi-roi = ROI
campaign-kpi-roi-counted = ROI (vendite contate)
campaign-kpi-roi-lift = con l'aumento delle vendite dei partner senza codice: ROI { $range }
campaign-by-partner = Risultati per partner
campaign-col-partner = Partner
campaign-col-roi = ROI
campaign-col-roi-title = Passa sopra un ROI per vedere il ROAS (ricavi netti ÷ costo); il ROI dei partner senza codice è un intervallo, dall'aumento delle vendite
campaign-col-cost-per-new = Costo per nuovo cliente
campaign-col-back-60 = Tornati entro 60 giorni
campaign-col-back-60-title = Tra i nuovi clienti il cui primo ordine risale ad almeno 60 giorni fa
campaign-typed-in = { $count ->
    [one] { $count } inserito a mano
   *[other] { $count } inseriti a mano
   }
campaign-said = { $count } secondo il cliente
campaign-said-title = Ordini senza codice il cui cliente ha nominato { $name } quando gli è stato chiesto come ha conosciuto il negozio: non è dovuta alcuna commissione
campaign-shared-with = { $others ->
    [one] , diviso in parti uguali con l'altro partner senza codice della campagna
   *[other] , diviso in parti uguali con gli altri { $others } partner senza codice della campagna
   }
campaign-partner-share = (quota di questo partner: { $share })
campaign-posts-engagement = { $count ->
    [one] { $count } post · { $engagement } di engagement
   *[other] { $count } post · { $engagement } di engagement
   }
campaign-posts-engagement-cost = { $count ->
    [one] { $count } post · { $engagement } di engagement · { $cost } per interazione
   *[other] { $count } post · { $engagement } di engagement · { $cost } per interazione
   }
campaign-in-store = + In negozio
campaign-in-store-title = Aggiungi gli utilizzi del codice in negozio, dal registro della cassa
campaign-report = Report
campaign-report-title = Salva i risultati di { $name } in PDF da inviare (senza i numeri degli altri partner)
campaign-walk-in = Partner senza codice: misurato con l'aumento delle vendite della campagna, non con gli ordini
campaign-roi-no-lift = Non ci sono ancora abbastanza dati di vendita per l'aumento delle vendite della campagna
campaign-roi-lift-title = (utile lordo della quota di questo partner nell'aumento delle vendite − costo) ÷ costo, intervallo al 95%
campaign-sales-lift = aumento delle vendite
campaign-roas = ROAS { $roas }
campaign-total = Campagna
campaign-with-lift = con l'aumento: { $range }
campaign-with-lift-title = Con l'aumento delle vendite dei partner senza codice
campaign-came-back = { $returned } su { $customers } ({ $rate })
campaign-said-share = { $said } quando gli è stato chiesto come hanno conosciuto il negozio, e non su un codice: su questi ordini non è dovuta alcuna commissione.
campaign-chart-revenue = Ricavi per partner
campaign-chart-top = (primi 20; la tabella li mostra tutti)
campaign-chart-revenue-alt = Ricavi netti attribuiti per partner, come nella tabella sopra
campaign-chart-paid = Si è ripagata?
campaign-chart-paid-alt = Utile lordo attribuito sommato giorno per giorno rispetto al costo della campagna ({ $cost }); ha raggiunto { $profit }
campaign-chart-roi = ROI per partner
campaign-chart-roi-alt = ROI per partner, come nella tabella sopra
campaign-came-back-label = Tornati
campaign-came-back-title = Sono tornati?
campaign-repeat-table = Acquisti ripetuti
campaign-within-days = { $days ->
    [one] entro { $days } giorno
   *[other] entro { $days } giorni
   }
campaign-repeat-this = Portati da questa campagna
campaign-repeat-others = Gli altri nuovi clienti del negozio, stesso periodo
campaign-not-yet = non ancora
campaign-repeat-alt = Quota di nuovi clienti tornati entro 30, 60 e 90 giorni, come nella tabella
campaign-repeat-hint = Contati tra i clienti il cui primo ordine è abbastanza lontano nel tempo da aver avuto il tempo di tornare.
campaign-compare = I giorni di questa campagna rispetto a prima
campaign-compare-table = Vendite nette del negozio nei giorni della campagna e prima
campaign-compare-col-sales = Vendite nette del negozio
campaign-compare-col-days = Giorni
campaign-compare-col-net = Vendite nette
campaign-compare-col-change = I giorni della campagna rispetto a questi
campaign-compare-current = Nei giorni della campagna
campaign-compare-current-so-far = Nei giorni della campagna finora
campaign-compare-before = { $count ->
    [one] Il giorno prima
   *[other] I { $count } giorni prima
   }
campaign-compare-year = Gli stessi giorni un anno prima
campaign-compare-hint = Tutte le vendite del negozio in quei giorni (importate e inserite a mano), non solo gli ordini della campagna: anche una stagione, una festività o un'altra campagna le fanno variare. La stima dell'aumento delle vendite fa un confronto più accurato con i giorni normali.
campaign-compare-not-yet = I giorni della campagna non sono ancora arrivati: quando saranno passati, le loro vendite compariranno qui accanto ai giorni precedenti.
campaign-cost-includes = Il costo della campagna include i suoi altri costi ({ $other }) e il tuo tempo ({ $time }).
campaign-redeem-form = Utilizzi in negozio
campaign-redeem-title-said = Clienti che hanno detto di venire da parte di { $name }
campaign-redeem-title-uses = Utilizzi in negozio del codice di { $name }
campaign-redeem-hint = Dal registro dei codici della cassa, per le casse senza esportazione: quanti utilizzi in un giorno e per quale importo. Oppure un conteggio dei clienti che, quando gli è stato chiesto, hanno detto di venire da parte di questo partner (senza codice): contati come “secondo il cliente”, senza commissione.
campaign-redeem-said = Un conteggio di ciò che hanno detto i clienti, non utilizzi di codice
campaign-redeem-customers = Clienti
campaign-redeem-uses = Utilizzi
campaign-redeem-amount = Vendite dopo lo sconto
campaign-redeemed = Utilizzi in negozio aggiunti
campaign-conflicts = Ordini con codici di due partner
campaign-conflict = L'ordine { $order } ha usato { $codes }: contato una volta, per { $partner } (primo codice), non per { $others }.
campaign-how = Come vengono calcolati questi numeri
campaign-how-code = Un ordine conta per un partner quando ha usato il suo codice tra il primo e l'ultimo giorno della campagna, più la finestra di attribuzione. Un ordine conta per un solo partner: quello del suo primo codice.
campaign-how-said = Un ordine senza codice contato il cui cliente, alla domanda su come ha conosciuto il negozio, ha nominato un partner della campagna (come hai letto la sua risposta nella schermata Importa vendite) conta per quel partner come “secondo il cliente”: dopo i codici, mai due volte, e senza commissione.
campaign-how-revenue = Ricavi netti = lordo − sconti − rimborsi (imposte e spedizione non sono ricavi). Gli utilizzi in negozio inseriti a mano aggiungono il loro numero e importo.
campaign-how-profit = Utile lordo = ricavi netti × il tuo margine lordo ({ $margin }), oppure netto − costo dei prodotti quando la vendita lo indica.
campaign-how-cost = Costo = compenso + prodotti in omaggio al costo + commissione × ricavi netti; la campagna aggiunge gli altri costi e le tue ore × tariffa oraria.
campaign-how-roi = ROI = (utile lordo − costo) ÷ costo. ROAS = ricavi netti ÷ costo. Un nuovo cliente è chi ha come primo ordine in assoluto l'ordine attribuito.
campaign-how-walk-in = I partner senza codice sono misurati con l'aumento delle vendite della campagna (sotto): una stima con il suo intervallo, divisa in parti uguali tra i partner senza codice della campagna e mai sommata ai numeri dei codici. Il loro ROI è un intervallo: (utile lordo contato + utile lordo dell'aumento − costo) ÷ costo, all'estremo basso e alto dell'aumento; mai una perdita del −100% per vendite che nessuno poteva contare.
campaign-how-walk-in-cost = Il ROI della campagna conta solo le vendite con codice e quelle inserite a mano; il suo costo include quello dei partner senza codice ({ $cost }).

## Terms of a partner in a campaign (the form)
campaign-terms-of = Condizioni di { $name }
campaign-terms-add = Aggiungi un partner o una community
campaign-terms-choose = Scegli…
campaign-terms-partners = Partner
campaign-terms-communities = Community
campaign-terms-codes = Codici sconto
campaign-terms-codes-hint = Separati da virgole; ognuno può essere attivo in una sola campagna alla volta
campaign-terms-codes-placeholder = MAYA15
campaign-terms-fee = Compenso fisso
campaign-terms-gifted = Prodotti in omaggio (al tuo costo)
campaign-terms-commission = Commissione (% delle vendite nette attribuite)
campaign-terms-link = Link tracciato
campaign-terms-new-only = Questi codici sono per il primo ordine di un cliente
campaign-terms-new-only-hint = LocalLift te lo segnala quando li usano soprattutto clienti già esistenti.
campaign-terms-notes-hint = Ogni impegno con la sua scadenza va in Impegni, nella pagina della campagna
campaign-terms-notes-placeholder = 2 post nel feed, 3 storie
campaign-terms-save = Salva condizioni
campaign-terms-saved = Condizioni salvate
campaign-terms-added = Aggiunto alla campagna
campaign-terms-type-percent = Inserisci una percentuale
campaign-terms-choose-member = Scegli un partner o una community
campaign-terms-type-amount = Inserisci un importo

## Deliverables
campaign-deliverables = Impegni
campaign-deliverables-intro = Cosa ogni partner si è impegnato a consegnare e per quando. Un post che registri completa il suo post, storia, reel o video aperto con la scadenza più vicina; gli altri segnali tu come fatti. Ciò che scade in settimana compare nella Panoramica; ciò che non è fatto entro il giorno dopo la scadenza conta come mancato nello storico del partner.
campaign-deliverables-no-partners = Aggiungi prima partner o community alla campagna, poi cosa ognuno si è impegnato a consegnare.
campaign-deliverable-add = + Aggiungi impegno
campaign-deliverables-empty = Ancora niente di concordato. Aggiungi cosa { $name } si è impegnato a consegnare (un post, una storia, un evento…) e la scadenza.
campaign-deliverables-of = Impegni di { $name }
campaign-col-status = Stato
campaign-col-post = Post
campaign-deliverable-post = Il post che lo ha completato
campaign-deliverable-link-post = Collega un post…
campaign-deliverable-another-post = Un altro post…
campaign-deliverable-their-post = il suo post
campaign-deliverable-linked = Post collegato: l'impegno risulta fatto
campaign-deliverable-reopen = Riapri
campaign-deliverable-reopen-title = Riaprilo
campaign-deliverable-reopen-unlink-title = Riaprilo (scollega il suo post)
campaign-deliverable-reopened = Impegno di nuovo aperto
campaign-deliverable-mark-done-title = Lo segna come fatto oggi (Modifica per scegliere un altro giorno)
campaign-deliverable-done-today = Segnato come fatto oggi
campaign-deliverable-edit = Modifica impegno
campaign-deliverable-new = Nuovo impegno di { $name }
campaign-deliverable-kind = Tipo
campaign-deliverable-description = Descrizione
campaign-deliverable-description-placeholder = Reel al mercato di primavera
campaign-deliverable-due = Scadenza
campaign-deliverable-done-on = Fatto il (vuoto: non ancora)
campaign-deliverable-choose-due = Scegli la scadenza
campaign-deliverable-saved = Impegno salvato
campaign-deliverable-added = Impegno aggiunto
campaign-deliverable-deleted = Impegno di { $name } eliminato
# What the delete dialog names ("Delete the reel “At the spring market” of Maya?"); $kind is the kind's key.
campaign-deliverable-delete-what = { $kind ->
    [post] il post di { $member }
    [story] la storia di { $member }
    [reel] il reel di { $member }
    [video] il video di { $member }
    [event] l'evento di { $member }
    [market_table] il banco al mercato di { $member }
   *[other] l'impegno di { $member }
   }
campaign-deliverable-delete-what-described = { $kind ->
    [post] il post “{ $description }” di { $member }
    [story] la storia “{ $description }” di { $member }
    [reel] il reel “{ $description }” di { $member }
    [video] il video “{ $description }” di { $member }
    [event] l'evento “{ $description }” di { $member }
    [market_table] il banco al mercato “{ $description }” di { $member }
   *[other] l'impegno “{ $description }” di { $member }
   }

## Codes that may have leaked (Dashboard)
campaign-leaks = Codici forse trapelati
campaign-leaks-intro = Segnali letti da tutte le tue vendite (non solo dal periodo sopra): un codice usato molto dopo la sua campagna, un'ondata improvvisa di ordini, o un codice per il primo ordine usato soprattutto da clienti che avevano già ordinato. Un segnale da solo non cambia nulla; quando segni un codice come trapelato da un certo giorno, i suoi ordini da allora non contano per nessuno: non per il partner e senza commissione.
campaign-leaks-empty = Nessun segnale di codici trapelati nelle tue vendite. LocalLift ricontrolla dopo ogni importazione.
campaign-col-sign = Segnale
campaign-col-days = Giorni
campaign-leak-expected = previsti: { $count }
campaign-leak-expected-less-one = previsti: < 1
campaign-leak-expected-title = Cosa prevedeva l'andamento abituale del codice per questi giorni
campaign-leak-show-orders = Mostra ordini
campaign-leak-mark = Segna come trapelato dal { $day }
campaign-leak-mark-title = I suoi ordini dal { $day } in poi non contano per nessuno (non per { $name } e senza commissione)
campaign-leak-marked-dashboard = { $code } segnato come trapelato dal { $day }: i suoi ordini da allora non contano per nessuno (“Togli il segno” nella pagina della campagna)

## The orders behind a leak signal
campaign-leak-orders-title = Ordini con { $code }, { $range }
campaign-leak-orders-about = { $signal }. Tutti gli ordini con il codice in questi giorni, quelli del segnale e gli altri.
campaign-leak-orders-empty = Non ci sono più ordini con questo codice in questi giorni (forse un'importazione è stata annullata).
campaign-leak-orders-table = Ordini con { $code }
campaign-col-order = Ordine
campaign-col-source = Origine
campaign-col-new-customer = Nuovo cliente
campaign-leak-orders-no-customer = L'esportazione non indica nessun cliente per questo ordine

## Agreements due (Dashboard)
campaign-agreements = Impegni in scadenza
campaign-agreements-intro = Cosa i partner si sono impegnati a consegnare, in scadenza in settimana o in ritardo, in tutte le tue campagne (non solo nel periodo sopra). Un post che registri completa il post, storia, reel o video aperto con la scadenza più vicina.
campaign-agreements-empty = Nessun impegno in scadenza questa settimana. Aggiungi cosa i partner si sono impegnati a consegnare (e per quando) nella pagina di una campagna, in Impegni.
campaign-agreements-mark-done-title = Lo segna come fatto oggi
campaign-agreements-done = { $kind } di { $name }: impegno segnato come fatto oggi
