# Le schermate dei partner: l'elenco (Partners.svelte), la scheda di un partner (PartnerProfile.svelte), i
# moduli di partner, account social, post e pagamento, e le parole del conto di un partner e dei suoi accordi
# (ledger-labels.ts, partnership-labels.ts).

## Parole che più schermate condividono
partners-name = Nome
partners-stage = Fase
partners-tier = Fascia
partners-city = Città
partners-niche = Nicchia
partners-niches = Nicchie
partners-email = Email
partners-phone = Telefono
partners-neighborhood = Quartiere
partners-where = Dove
partners-consent = Consenso / provenienza
partners-notes = Note
partners-social-accounts = Account social
partners-platform = Piattaforma
partners-handle = Nome utente
partners-handle-placeholder = @nomeutente
partners-followers = Follower
partners-engagement = Engagement
partners-engagement-pct = Engagement (%)
partners-profile-link = Link al profilo
partners-followers-not-number = I follower devono essere un numero
partners-engagement-not-number = L'engagement deve essere un numero
partners-archived = Archiviato
partners-campaign = Campagna
partners-status = Stato
partners-what = Cosa
partners-delete = Elimina
partners-cancel = Annulla
partners-save = Salva
partners-saving = Salvataggio…
partners-loading = Caricamento…

## L'elenco dei partner
partners-title = Partner
partners-export-file = partner.csv
partners-import-spreadsheet = Importa un foglio di calcolo…
partners-new = Nuovo partner
partners-search-placeholder = Cerca nome, nome utente, città, nicchia…  ( / )
partners-search-label = Cerca partner
partners-all-tiers = Tutte le fasce
partners-all-stages = Tutte le fasi
partners-sort-by = Ordina per
partners-sort-name = Ordine: nome
partners-sort-audience = Ordine: pubblico
partners-sort-stage = Ordine: fase
partners-sort-city = Ordine: città
partners-sort-updated = Ordine: ultima modifica
partners-reverse-order = Inverti l'ordine
partners-descending = ↓ decrescente
partners-ascending = ↑ crescente
partners-show-archived = Mostra archiviati
partners-empty-filtered-title = Nessun partner corrisponde
partners-empty-filtered-text = Prova con meno filtri o un'altra ricerca.
partners-empty-title = Ancora nessun partner
partners-empty-text = Aggiungi i creator, gli organizzatori e le attività della zona con cui lavori, con i loro account social. Li tieni già in un foglio di calcolo? Importalo così com'è (CSV, Excel o OpenDocument): LocalLift ti mostra cosa legge prima di importare qualsiasi cosa.
partners-add-first = Aggiungi il tuo primo partner
partners-main-account = Account principale
partners-audience = Pubblico
partners-campaigns = Campagne
partners-count = { $count ->
    [one] { $count } partner.
   *[other] { $count } partner.
   }
partners-tier-note = La fascia dipende dall'account più grande: community < 1K, nano 1K–10K, micro 10K–100K, macro 100K–1 Mln, mega 1 Mln+.

## Il modulo del partner
partners-form-edit-title = Modifica { $name }
partners-form-distance = Distanza dal negozio (km)
partners-form-niches-hint = Separate da virgole
partners-form-niches-placeholder = piante, corsa
partners-form-values = Valori in comune (1–5)
partners-form-authenticity = Autenticità dei contenuti (1–5)
partners-form-locality = Pubblico in zona (%)
partners-form-locality-hint = Quota di follower che vivono in zona, se la conosci
partners-form-consent-hint = Come vi siete conosciuti e se ha dato il consenso a conservare i suoi dati
partners-form-add-account = + Aggiungi un altro account
partners-form-add = Aggiungi partner
partners-form-saved = Partner salvato
partners-form-added = { $name } aggiunto
partners-form-distance-not-number = La distanza deve essere un numero
partners-form-values-not-number = I valori in comune devono essere un numero
partners-form-authenticity-not-number = L'autenticità deve essere un numero
partners-form-locality-not-number = Il pubblico in zona deve essere un numero

## Il modulo di un account social
partners-account-update-title = Aggiorna @{ $handle }
partners-account-add-title = Aggiungi un account social
partners-account-as-of = Rilevazione del
partners-account-choose-day = Scegli il giorno della rilevazione
partners-account-reading-saved = Rilevazione salvata
partners-account-added = Account aggiunto

## Il modulo di un post
partners-post-edit-title = Modifica post
partners-post-log-title = Registra un post
partners-post-paste = Incolla il link e i numeri
partners-post-paste-hint = Come te li ha mandati il partner, in una riga: il link, poi “copertura 4.100 · 310 mi piace · 22 commenti…”. I campi qui sotto vengono compilati.
partners-post-paste-placeholder = https://www.instagram.com/p/… copertura 4.100 · 310 mi piace
partners-post-fill-in = Compila
partners-post-unread = Numeri non compilati perché accanto non c'è una parola che LocalLift riconosce: { $numbers }
partners-post-posted-at = Pubblicato il
partners-post-link = Link al post
partners-post-followers = Follower alla pubblicazione
partners-post-followers-hint = Se vuoto: preso dallo storico dell'account
partners-post-reach = Copertura
partners-post-likes = Mi piace
partners-post-comments = Commenti
partners-post-shares = Condivisioni
partners-post-saves = Salvataggi
partners-post-clicks = Clic sul link
partners-post-followers-not-whole = I follower alla pubblicazione devono essere un numero intero
partners-post-reach-not-whole = La copertura deve essere un numero intero
partners-post-likes-not-whole = I mi piace devono essere un numero intero
partners-post-comments-not-whole = I commenti devono essere un numero intero
partners-post-shares-not-whole = Le condivisioni devono essere un numero intero
partners-post-saves-not-whole = I salvataggi devono essere un numero intero
partners-post-clicks-not-whole = I clic sul link devono essere un numero intero
partners-post-choose-when = Scegli quando è stato pubblicato
partners-post-saved = Post salvato
partners-post-logged = Post registrato
partners-post-log = Registra post

## Il modulo di un pagamento
partners-payment-title = Registra un pagamento a { $partner }
partners-payment-day = Giorno del pagamento
partners-payment-amount = Importo
partners-payment-owed-hint = Da pagare ora: { $amount }
partners-payment-how = Come
partners-payment-how-hint = Bonifico, PayPal, contanti, credito in negozio… o qualsiasi altra cosa
partners-payment-note = Nota
partners-payment-note-hint = Facoltativo: un numero di fattura, a cosa si riferisce
partners-payment-explained = Un pagamento riduce quanto devi al partner. Hai pagato più di quanto dovuto ora? La differenza viene scalata da quello che guadagnerà dopo.
partners-payment-record = Registra pagamento
partners-payment-choose-day = Scegli il giorno del pagamento
partners-payment-type-amount = Inserisci un importo
partners-payment-recorded = Pagamento registrato

## Metodi di pagamento proposti mentre scrivi
partners-pay-method-bank-transfer = Bonifico
partners-pay-method-cash = Contanti
partners-pay-method-store-credit = Credito in negozio
partners-pay-method-check = Assegno

## La scheda di un partner
partners-profile-back = ← Partner
partners-profile-largest-account = { $followers } sull'account più grande
partners-profile-no-accounts = Ancora nessun account social
partners-profile-edit = Modifica
partners-profile-import-posts = Importa post…
partners-profile-import-posts-title = I suoi post e i loro numeri da un'esportazione di Meta Business Suite, TikTok Studio o YouTube Studio, ciascuno nella campagna del suo giorno
partners-profile-restore = Ripristina
partners-profile-archive = Archivia
partners-profile-archived-notice = Archiviato: nascosto dagli elenchi, storico conservato
partners-profile-restored-notice = Ripristinato
partners-profile-deleted = { $name } eliminato
partners-profile-contact = Contatti e luogo
partners-profile-km-away = a { $km } km
partners-profile-values = Valori in comune
partners-profile-authenticity = Autenticità
partners-profile-audience-nearby = Pubblico in zona
partners-profile-not-rated = senza voto
partners-profile-rating = { $rating } su 5
partners-profile-add-account = Aggiungi account
partners-profile-no-accounts-hint = Ancora nessun account. Aggiungine uno per vedere la fascia e il pubblico del partner.
partners-profile-growth = Crescita
partners-profile-as-of = Al
partners-profile-followers-over-time = Follower nel tempo
partners-profile-since = dal { $day }
partners-profile-one-reading = una sola rilevazione
partners-profile-new-reading = Nuova rilevazione
partners-profile-remove = Rimuovi
partners-profile-remove-account = Rimuovi @{ $handle }

## L'affinità
partners-fit = Affinità
partners-fit-no-score = Ancora nessun punteggio: almeno due dei fattori qui sotto hanno bisogno di dati.
partners-fit-table = Fattori dell'affinità
partners-fit-factor = Fattore
partners-fit-from = In base a
partners-fit-score = Punteggio
partners-fit-weight = Peso
partners-fit-missing = Manca: { $basis }
partners-fit-explained = Il punteggio è la media ponderata dei fattori che hanno dati; i pesi si scelgono nelle Impostazioni.
partners-fit-engagement = Engagement rispetto alle dimensioni
partners-fit-locality = Pubblico locale
partners-fit-values = Valori
partners-fit-authenticity = Autenticità
partners-fit-past-roi = ROI passato
partners-fit-kept-agreements = Accordi rispettati

## Storico delle campagne
partners-history = Storico delle campagne
partners-trend-intro = Nel tempo, campagna per campagna:
partners-trend-revenue = ricavi netti
partners-trend-revenue-label = Ricavi netti per campagna, dalla più vecchia: { $values }
partners-trend-roi = ROI
partners-trend-roi-label = ROI per campagna, dalla più vecchia: { $values }
partners-trend-roi-lift = { $range } (aumento delle vendite)
partners-trend-roi-none = nessuno
partners-trend-customers = nuovi clienti
partners-trend-customers-label = Nuovi clienti per campagna, dalla più vecchia: { $values }
partners-history-none = Non è ancora in nessuna campagna.
partners-history-dates = Date
partners-history-codes = Codici
partners-history-orders = Ordini
partners-history-net-revenue = Ricavi netti
partners-history-cost = Costo
partners-history-roi = ROI
partners-history-posts = Post
partners-history-lift-title = Partner senza codice: misurato con l'aumento delle vendite della campagna (la sua quota, ricavi netti, intervallo al 95%), non con gli ordini
partners-history-cost-title = compenso { $fee } + omaggi { $gifted } + commissione { $commission }
partners-history-roi-lift-title = ROI dalla sua quota dell'aumento delle vendite della campagna, intervallo al 95%
partners-history-sales-lift = (aumento delle vendite)
partners-leads = Gestisce:

## Pagato e da pagare (il conto del partner)
partners-ledger = Pagato e da pagare
partners-ledger-statement-pdf = Estratto conto PDF
partners-ledger-statement-pdf-title = Salva l'estratto conto di { $name } per il periodo mostrato in PDF da inviargli: ogni riga, il saldo, quanto è trattenuto, i totali di ogni anno
partners-ledger-statement-csv = Estratto conto CSV
partners-ledger-record-payment = Registra un pagamento
partners-ledger-empty-title = Ancora niente di dovuto o pagato
partners-ledger-empty-text = I compensi compaiono dal primo giorno di una campagna; le commissioni quando è passato il periodo di attesa di un ordine.
partners-ledger-paid-ahead = Pagato in anticipo
partners-ledger-owed-now = Da pagare ora
partners-ledger-paid-ahead-explained = Pagato più di quanto dovuto ora (un rimborso dopo un pagamento): viene scalato da quello che guadagnerà dopo
partners-ledger-upcoming-fees = e { $amount } di compensi di campagne non ancora iniziate
partners-ledger-held = Commissione trattenuta
partners-ledger-held-next-due = la prossima è dovuta il { $day }
partners-ledger-held-due-after = { $count ->
    [one] dovuta { $count } giorno dopo ogni ordine
   *[other] dovuta { $count } giorni dopo ogni ordine
   }
partners-ledger-paid-this-year = Pagato quest'anno
partners-ledger-held-intro = { $count ->
       [one] Non ancora dovuta (nel periodo di attesa di { $count } giorno dopo ogni ordine; se l'ordine viene rimborsato in quel periodo, la commissione non è mai dovuta):
      *[other] Non ancora dovuta (nel periodo di attesa di { $count } giorni dopo ogni ordine; se l'ordine viene rimborsato in quel periodo, la commissione non è mai dovuta):
   }
partners-ledger-held-line = { $orders ->
    [one] : { $commission } su { $sales } di vendite ({ $orders } ordine), la prima dovuta il { $day }
   *[other] : { $commission } su { $sales } di vendite ({ $orders } ordini), la prima dovuta il { $day }
   }
partners-ledger-period = Periodo delle righe e dell'estratto conto
partners-ledger-from = Dal
partners-ledger-to = Al
partners-ledger-backwards = Il primo giorno è dopo l'ultimo: in mezzo non c'è niente.
partners-ledger-totals = : compensi { $fees } · commissione { $commission } · stornato { $takenBack } · pagato { $paid }
partners-ledger-lines = Righe del conto
partners-ledger-day = Giorno
partners-ledger-on-net = Sul netto
partners-ledger-amount = Importo
partners-ledger-balance = Saldo
partners-ledger-opening = Saldo iniziale
partners-ledger-ordered = ordinato il { $day }
partners-ledger-sold = venduto il { $day }
partners-ledger-delete-payment = Elimina il pagamento del { $day }
partners-ledger-payment-what = il pagamento di { $amount } del { $day }
partners-ledger-payment-deleted = Pagamento eliminato
partners-ledger-no-lines = In questo periodo non è maturato né è stato pagato niente.
partners-ledger-by-year = Per anno
partners-ledger-by-year-note = (per la dichiarazione dei redditi del partner)
partners-ledger-year = Anno
partners-ledger-fees = Compensi
partners-ledger-commission = Commissione
partners-ledger-taken-back = Stornato
partners-ledger-paid = Pagato
partners-ledger-how = Come si calcolano questi importi
partners-ledger-how-fee = Il compenso di una campagna è dovuto dal suo primo giorno.
partners-ledger-how-commission = { $count ->
       [one] La commissione su un ordine è dovuta { $count } giorno dopo l'ordine (o il giorno in cui è stato importato, se più tardi), sui ricavi netti noti in quel momento: sugli ordini rimborsati durante l'attesa non è mai dovuta. L'attesa si sceglie nelle Impostazioni.
      *[other] La commissione su un ordine è dovuta { $count } giorni dopo l'ordine (o il giorno in cui è stato importato, se più tardi), sui ricavi netti noti in quel momento: sugli ordini rimborsati durante l'attesa non è mai dovuta. L'attesa si sceglie nelle Impostazioni.
   }
partners-ledger-how-refund = Un rimborso scoperto dopo che la commissione era dovuta ne storna la quota (“stornato”); un'importazione successiva che lo annulla la ripristina.
partners-ledger-how-rounding = La commissione si arrotonda una volta per campagna, sul totale progressivo. I pagamenti sono quelli che registri qui.

## Righe del conto
partners-entry-kind-fee = Compenso
partners-entry-kind-commission = Commissione
partners-entry-kind-restored = Ripristinato
partners-entry-kind-taken-back = Stornato (rimborso)
partners-entry-kind-payment = Pagamento
partners-entry-fee = Compenso · { $campaign }
partners-entry-commission-order = Commissione · { $campaign } · ordine { $order }
partners-entry-commission-in-store = Commissione · { $campaign } · in negozio (inserito a mano)
partners-entry-taken-back = Stornato (rimborso) · { $campaign } · ordine { $order }
partners-entry-restored = Ripristinato · { $campaign } · ordine { $order }
partners-entry-payment = Pagamento · { $how }

## Saldi
partners-balance-owed = { $amount } da pagare
partners-balance-ahead = { $amount } pagati in anticipo
partners-balance-nothing = niente da pagare
partners-balance-cell-ahead = { $amount } pagati in anticipo
partners-balance-end-owed = { $amount } da pagare alla fine
partners-balance-end-ahead = { $amount } pagati in anticipo alla fine
partners-balance-end-nothing = niente da pagare alla fine

## Periodi del conto e dell'estratto conto
partners-period-all = Da sempre
partners-period-this-year = Quest'anno
partners-period-last-year = L'anno scorso
partners-period-custom = Personalizzato…
partners-period-from = Dal { $day }
partners-period-until = Fino al { $day }
partners-period-all-until = Da sempre, fino al { $day }

## Il nome di file proposto per un estratto conto (senza “.pdf” o “.csv”)
partners-statement-file = Estratto conto { $partner }
partners-statement-file-year = Estratto conto { $partner } { $year }
partners-statement-file-range = Estratto conto { $partner } dal { $from } al { $to }
partners-statement-file-start = inizio
partners-statement-file-today = oggi

## Accordi (cosa il partner si è impegnato a consegnare)
partners-agreements = Accordi
partners-agreements-empty = Ancora nessun impegno concordato. Nella pagina di una campagna, aggiungi cosa il partner si è impegnato a consegnare (un post, un reel, un banco al mercato) ed entro quando.
partners-agreements-none = Ancora nessun impegno concordato
partners-agreements-record = { $onTime ->
           [one] { $onTime } puntuale
          *[other] { $onTime } puntuali
       } · { $late } in ritardo · { $missed ->
           [one] { $missed } mancato
          *[other] { $missed } mancati
       } · { $open ->
           [one] { $open } aperto
          *[other] { $open } aperti
       }
partners-kept = { $percent } rispettati
partners-agreements-kept = { $percent } rispettati (un ritardo vale la metà)
partners-agreements-deliverables = Impegni
partners-agreements-description = Descrizione
partners-agreements-due = Scadenza
partners-agreements-the-post = il post

## Tipi di consegna
partners-deliverable-post = Post
partners-deliverable-story = Storia
partners-deliverable-reel = Reel
partners-deliverable-video = Video
partners-deliverable-event = Evento
partners-deliverable-market-table = Banco al mercato
partners-deliverable-other = Altro

## A che punto è una consegna (etichette)
partners-deliverable-status-planned = Previsto
partners-deliverable-status-due = In scadenza questa settimana
partners-deliverable-status-done = Fatto
partners-deliverable-status-missed = Mancato

## Lo stesso dentro una frase, accanto al suo giorno
partners-due-status-planned = previsto
partners-due-status-due = in scadenza questa settimana
partners-due-status-done = fatto
partners-due-status-missed = mancato
partners-due-overdue-since = in ritardo dal { $day }
partners-due-today = scade oggi
partners-due-tomorrow = scade domani
partners-due-in-days = { $count ->
    [one] scade tra { $count } giorno
   *[other] scade tra { $count } giorni
   }
partners-done-on = fatto il { $day }
partners-done-on-time = fatto il { $day } · puntuale
partners-done-late = fatto il { $day } · in ritardo

## Segnali che un codice è trapelato
partners-signal-name-after-window = Usato dopo la campagna
partners-signal-name-spike = Picco improvviso
partners-signal-name-existing-customers = Usato da clienti già acquisiti
partners-signal-after-window = { $orders ->
        [one] { $orders } ordine
       *[other] { $orders } ordini
    } più di { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } dopo l'ultimo giorno conteggiato della campagna ({ $date })
partners-signal-spike = { $orders ->
    [one] { $orders } ordine tutto insieme
   *[other] { $orders } ordini tutti insieme
   }
partners-signal-spike-below-one = { $orders ->
    [one] { $orders } ordine tutto insieme, quando l'andamento abituale del codice ne prevedeva meno di uno
   *[other] { $orders } ordini tutti insieme, quando l'andamento abituale del codice ne prevedeva meno di uno
   }
partners-signal-spike-about = { $orders ->
    [one] { $orders } ordine tutto insieme, quando l'andamento abituale del codice ne prevedeva circa { $expected }
   *[other] { $orders } ordini tutti insieme, quando l'andamento abituale del codice ne prevedeva circa { $expected }
   }
partners-signal-existing = { $orders ->
    [one] { $orders } ordine con un cliente noto è stato fatto da qualcuno che aveva già ordinato, con un codice pensato per i primi ordini
   *[other] { $orders } ordini con un cliente noto sono stati fatti da clienti che avevano già ordinato, con un codice pensato per i primi ordini
   }
partners-signal-existing-of = { $orders ->
       [one] { $orders } ordine su { $known } con un cliente noto è stato fatto da qualcuno che aveva già ordinato, con un codice pensato per i primi ordini
      *[other] { $orders } ordini su { $known } con un cliente noto sono stati fatti da clienti che avevano già ordinato, con un codice pensato per i primi ordini
   }

## Se un ordine era il primo del suo cliente
partners-new-customer-yes = Sì
partners-new-customer-no = No
partners-new-customer-unknown = Sconosciuto
