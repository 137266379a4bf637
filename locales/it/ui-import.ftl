# Parole delle schermate di importazione: esportazioni delle vendite, fogli di partner e community, post di un
# partner e risposte dei clienti a “Come ci hai conosciuto?”.
# Le frasi scritte dal nucleo (note dell'importazione, problemi delle righe, errori dei file) non sono qui.

## In comune
import-cancel = Annulla
import-undo = Annulla importazione
import-undoing = Annullamento…
import-done = Fatto
import-import = Importa
import-importing = Importazione in corso…
import-import-valid-rows = Importa le righe valide
import-choose-file = Scegli un file…
import-choose-another-file = Scegli un altro file
import-type-path = Oppure scrivi il percorso
import-read = Leggi
import-reading = Lettura di { $file }…
import-what-read = Cosa ha letto LocalLift
import-read-this-way = Letto così
import-seen-before = Già visto
import-seen-before-changes-nothing = Questo stesso file è già stato importato; importarlo di nuovo non cambia nulla.
import-undone-notice = Importazione di { $file } annullata
import-file-rows = { $format }, { $rows ->
    [one] { $rows } riga
   *[other] { $rows } righe
   }
import-imported = Importati: { $new } nuovi, { $updated } aggiornati.
import-problems = Problemi
import-col-line = Riga
import-col-column = Colonna
import-col-value = Valore
import-col-problem = Problema
import-problems-left-out-if = { $count ->
    [one] { $count } problema: la sua riga resta fuori se importi le righe valide
   *[other] { $count } problemi: le loro righe restano fuori se importi le righe valide
   }
import-first-shown = Sono mostrati i primi { $count }.

## Importa vendite
import-sales-title = Importa vendite
import-sales-choose-title = Scegli un'esportazione delle vendite
import-sales-filter = Esportazioni delle vendite
import-sales-imported-notice = { $count ->
    [one] { $count } nuovo ordine importato da { $file }
   *[other] { $count } nuovi ordini importati da { $file }
   }
import-sales-nothing-new-notice = Niente di nuovo in questo file
import-sales-save-problems-title = Salva l'elenco dei problemi
import-sales-problems-file = { $file }-problemi.csv
import-sales-problems-saved = Elenco dei problemi salvato come { $file }
import-sales-cancelled = Importazione annullata: non è stato cambiato nulla.
import-sales-drop = Trascina un'esportazione delle vendite su questa finestra
import-sales-intro = Ordini esportati da Shopify, Square (articoli o transazioni), WooCommerce, Etsy (ordini o articoli), Stripe o PayPal, così come li scrive la piattaforma. LocalLift riconosce il formato, mostra cosa ha letto e non importa nulla finché non lo dici tu.
import-sales-any-csv = Si può importare anche qualsiasi altro CSV
import-sales-any-csv-how = (l'esportazione della tua cassa, un foglio di calcolo): se un file non viene da una di queste piattaforme, LocalLift ne mostra le colonne e tu indichi quale contiene il numero d'ordine, la data e l'importo.
import-sales-type-path = Scrivi invece il percorso di un file
import-sales-path = Percorso del file
import-sales-path-example = /home/me/Downloads/orders_export.csv
import-sales-read-it = Leggilo
import-sales-map-columns = Abbina le colonne di { $file }
import-sales-file-facts = { $encoding }, separatore “{ $delimiter }”, { $rows ->
       [one] { $rows } riga
      *[other] { $rows } righe
   }
import-sales-format = Formato
import-sales-recognized-as = Riconosciuto come
import-sales-orders = Ordini
import-sales-orders-read = { $count }:
import-sales-orders-new = { $count ->
    [one] { $count } nuovo
   *[other] { $count } nuovi
   }
import-sales-orders-others = , { $updated ->
    [one] { $updated } cambiato
   *[other] { $updated } cambiati
    } dall'ultima volta, { $unchanged ->
    [one] { $unchanged } già presente
   *[other] { $unchanged } già presenti
   }
import-sales-dates-written = Formato delle date
import-sales-day-first = Prima il giorno (31/12/2024)
import-sales-month-first = Prima il mese (12/31/2024)
import-sales-tax = Imposte
import-sales-prices-include-tax = I miei prezzi includono l'IVA: toglila dai ricavi netti
import-sales-refunds = Rimborsi
import-sales-refunds-applied = { $count ->
    [one] { $count } riga di rimborso applicata al suo ordine
   *[other] { $count } righe di rimborso applicate ai loro ordini
   }
import-sales-currency = Valuta
import-sales-currency-from-file = Il tuo negozio non ha ancora una valuta: sarà { $currency }, come in questo file.
import-sales-seen-before = Questo stesso file è già stato importato; importarlo di nuovo non aggiunge nulla.
import-sales-backup = Backup
import-sales-sample = Primi ordini come sono stati letti
import-sales-col-order = Ordine
import-sales-col-placed = Effettuato
import-sales-col-channel = Canale
import-sales-col-gross = Lordo
import-sales-col-discounts = Sconti
import-sales-col-refunds = Rimborsi
import-sales-col-net = Netto
import-sales-col-codes = Codici
import-sales-col-items = Articoli
import-sales-status-unpaid = Non ancora pagato
import-sales-status-cancelled = Annullato
import-sales-channel-in-store = In negozio
import-sales-channel-online = Online
import-sales-channel-other = Altro
import-sales-net-explained = Netto = lordo − sconti − rimborsi; le imposte (anche quelle incluse nei prezzi) e la spedizione non sono ricavi. Gli ordini non ancora pagati o annullati sono conservati, ma non contati.
import-sales-problem-rows = { $count ->
    [one] { $count } riga ha un problema
   *[other] { $count } righe hanno problemi
   }
import-sales-first-problems = Sono mostrati i primi { $shown }; l'elenco salvato ne ha { $count }.
import-sales-save-problems = Salva l'elenco dei problemi…
import-sales-nothing-to-import = Tutti gli ordini di questo file sono già in LocalLift: niente da importare.
import-sales-import-orders = { $count ->
    [one] Importa { $count } ordine
   *[other] Importa { $count } ordini
   }
import-sales-import-valid = Importa gli ordini validi, salta i problemi
import-sales-progress = Avanzamento dell'importazione
import-sales-rows-read = { $count ->
    [one] { $count } riga letta
   *[other] { $count } righe lette
   }
import-sales-rows-read-share = { $count ->
    [one] { $count } riga letta, { $share }
   *[other] { $count } righe lette, { $share }
   }
import-sales-imported = Importati: { $new } nuovi ordini, { $updated } aggiornati.
import-sales-nothing-imported = Non è stato importato niente di nuovo.
import-sales-import-another = Importa un altro file
import-sales-in-locallift = Vendite in LocalLift
import-sales-total = { $count ->
    [one] { $orders } ordine
   *[other] { $orders } ordini
    }, ricavi netti { $revenue }{ $codes ->
    [0] .
    [one] ; { $codes } codice sconto usato.
   *[other] ; { $codes } codici sconto usati.
   }
import-sales-history = Cronologia delle importazioni
import-sales-history-empty = Ancora nessuna importazione
import-sales-history-empty-demo-hint = Le vendite del negozio demo sono state generate con il negozio stesso, non importate da un file. Ogni file che importi compare qui con ciò che ha aggiunto, e si può annullare.
import-sales-history-empty-hint = Ogni importazione compare qui con ciò che ha aggiunto, e si può annullare.
import-sales-col-file = File
import-sales-col-when = Quando
import-sales-col-new = Nuovi
import-sales-col-changed = Cambiati
import-sales-col-net-change = Variazione dei ricavi netti
import-sales-undone = Annullata

## Colonne di un file sconosciuto
import-mapping-form = Abbinamento delle colonne
import-mapping-intro = Le colonne di questo file non corrispondono a nessuna esportazione che LocalLift conosce, ma qualsiasi CSV si può importare: indica cosa contiene ogni colonna; LocalLift se lo ricorda per i file con le stesse colonne. Una riga con un importo negativo viene letta come rimborso dell'ordine che indica.
import-mapping-order-id = Numero d'ordine o dello scontrino
import-mapping-order-id-hint = Righe consecutive con lo stesso numero sono un solo ordine
import-mapping-placed-at = Data (e ora)
import-mapping-placed-at-hint = Letta nel fuso orario del negozio, a meno che non indichi lo scostamento da UTC
import-mapping-gross = Importo della merce
import-mapping-gross-hint = Prima degli sconti; se c'è solo un totale, imposte e spedizione contano come ricavi
import-mapping-code = Codice sconto
import-mapping-discount = Importo dello sconto
import-mapping-refund = Importo rimborsato
import-mapping-shipping = Spedizione
import-mapping-tax = Imposte
import-mapping-customer = Email o id del cliente (salvato solo in forma anonima, come hash con salt)
import-mapping-channel = Canale (un testo come “pos”, “till” o “store” vuol dire in negozio)
import-mapping-location = Punto vendita
import-mapping-currency = Valuta
import-mapping-item-name = Articolo
import-mapping-quantity = Quantità
import-mapping-status = Stato (pagato, in attesa, annullato…: contano solo gli ordini pagati)
import-mapping-total = Totale dell'ordine (dice se i prezzi includono le imposte)
import-mapping-refund-of = Numero dell'ordine rimborsato (per le righe di rimborso con importo negativo)
import-mapping-said = Come ci hai conosciuto? (risposta)
import-mapping-dates = Le date sono scritte
import-mapping-dates-ymd = anno-mese-giorno (2024-03-05)
import-mapping-dates-mdy = mese/giorno/anno (03/05/2024)
import-mapping-dates-dmy = giorno/mese/anno (05/03/2024, 05.03.2024)
import-mapping-none = — nessuna —
import-mapping-decimal-comma = Gli importi usano la virgola decimale (12,50)
import-mapping-amounts-per-row = Ogni riga è un articolo: somma gli importi delle righe di un ordine
import-mapping-preview = Anteprima con queste colonne

## Cosa contiene una colonna di un foglio di partner o di community
import-column-leave-out = Escludi
import-column-name = Nome
import-column-first-name = Nome di battesimo
import-column-last-name = Cognome
import-column-email = Email
import-column-phone = Telefono
import-column-neighborhood = Quartiere
import-column-city = Città
import-column-niches = Nicchie
import-column-stage = Fase
import-column-notes = Note
import-column-platform = Piattaforma (dell'account della riga)
import-column-as-of = Rilevato il (data)
import-column-kind = Tipo di community (gruppo Facebook, Discord…)
import-column-topic = Tema
import-column-members = Membri
import-column-leader = Referente (nome di un partner)
import-column-handle = Nome utente { $platform }
import-column-handle-any = Nome utente (piattaforma dalla riga)
import-column-url = Link al profilo { $platform }
import-column-url-any = Link al profilo (piattaforma dalla riga o dal link)
import-column-followers = Follower { $platform }
import-column-followers-any = Follower (piattaforma dalla riga)
import-column-engagement = Engagement { $platform } (%)
import-column-engagement-any = Engagement (piattaforma dalla riga)
import-column-group-person = Persona
import-column-group-account = Account (piattaforma dalla riga)
import-column-group-community = Community
import-column-community-link = Link (pagina del gruppo, del server o del club)

## Importa partner o community da un foglio di calcolo
import-partners-title = Importa partner da un foglio di calcolo
import-communities-title = Importa community da un foglio di calcolo
import-partners-choose-title = Scegli un foglio di calcolo dei partner
import-partners-filter = Fogli di calcolo
import-partners-imported-notice = Partner importati da { $file }: { $new } nuovi, { $updated } aggiornati
import-communities-imported-notice = Community importate da { $file }: { $new } nuove, { $updated } aggiornate
import-partners-intro = Un elenco dei creator, organizzatori e attività con cui lavori, da qualsiasi foglio di calcolo: CSV, Excel (.xlsx, .xls) o OpenDocument (.ods). Una riga per persona, o una per account. LocalLift mostra cosa legge e quale colonna usa per cosa, e non importa nulla finché non lo dici tu.
import-communities-intro = Un elenco dei gruppi di corsa, gruppi di genitori, server e altre community con cui lavori, da qualsiasi foglio di calcolo: CSV, Excel (.xlsx, .xls) o OpenDocument (.ods), una riga per community (nome, tipo, link, membri, tema, luogo, referente, fase, note). LocalLift mostra cosa legge e quale colonna usa per cosa, e non importa nulla finché non lo dici tu.
import-partners-path-example = /home/me/Documents/creators.xlsx
import-partners-last = Ultima importazione: { $file }, { $when }: { $new } nuovi, { $updated } aggiornati.
import-partners-undone-file = Importazione di { $file } annullata: i partner e gli account che aveva aggiunto e i campi che aveva cambiato sono tornati come prima.
import-partners-needs-mapping = Scegli la colonna con il nome, il nome utente o il link al profilo di ogni partner.
import-partners-partners = Partner
import-partners-summary = { $new } nuovi, { $updated } aggiornati, { $unchanged } invariati
import-partners-summary-problems = { $new } nuovi, { $updated } aggiornati, { $unchanged } invariati, { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemi
   }
import-partners-accounts = Account
import-partners-accounts-new = { $accounts ->
    [one] { $accounts } nuovo account
   *[other] { $accounts } nuovi account
    }, { $readings ->
    [one] { $readings } nuova rilevazione dei follower
   *[other] { $readings } nuove rilevazioni dei follower
   }
import-partners-columns = Colonne
import-partners-source-suggested = Dedotto dai nomi delle colonne: controlla ogni colonna e cambia quelle sbagliate.
import-partners-source-saved = Come hai scelto l'ultima volta per un file con queste colonne.
import-partners-source-given = Come hai scelto.
import-partners-reading-again = Nuova lettura…
import-partners-col-first-row = Prima riga
import-partners-col-holds = Contiene
import-partners-column-n = Colonna { $n }
import-partners-people = Chi viene aggiunto o modificato dall'importazione
import-partners-people-table = Partner in questo file
import-partners-col-partner = Partner
import-partners-col-what = Cosa
import-partners-new = Nuovo
import-partners-updated = Aggiornato
import-partners-first-of = Sono mostrati i primi { $shown } di { $count }.
import-partners-nothing-to-import = Tutti i partner di questo file sono già in LocalLift come dice il file: niente da importare.
import-partners-undone = Importazione annullata: i partner e gli account che aveva aggiunto e i campi che aveva cambiato sono tornati come prima.
import-partners-problems-left-out = { $count ->
    [one] { $count } problema: la sua riga è rimasta fuori.
   *[other] { $count } problemi: le loro righe sono rimaste fuori.
   }
import-partners-nothing-imported = Non è stato importato nulla: tutti i partner di questo file sono già in LocalLift come dice il file.

## Importa i post di un partner dall'esportazione di una piattaforma
import-posts-title = Importa post dall'esportazione di una piattaforma
import-posts-choose-title = Scegli un'esportazione dei post
import-posts-filter = Esportazioni
import-posts-imported-notice = Post importati da { $file }: { $new } nuovi, { $updated } aggiornati
import-posts-intro = I post di { $partner } e i loro numeri (copertura, mi piace, commenti, condivisioni, salvataggi), dall'esportazione della piattaforma stessa:
# I menu delle piattaforme, come li chiamano loro.
import-posts-where-meta = Meta Business Suite (Instagram, Facebook) › Content › Export
import-posts-where-tiktok = TikTok Studio › Analytics › Content › Download
import-posts-where-youtube = YouTube Studio › Analytics › Advanced mode › Export as CSV (il file “Table data.csv”)
import-posts-how = Ogni post va nella campagna del partner in corso quel giorno; un post in un giorno fuori da tutte le campagne del partner viene escluso. Un file che non nomina nessun account (quello di YouTube), o un account che nessun partner ha, viene attribuito a { $partner }; i post di un account che ha un altro partner vanno a quel partner. LocalLift mostra cosa legge e non importa nulla finché non lo dici tu.
import-posts-path-example = /home/me/Downloads/Table data.csv
import-posts-last = Ultima importazione di post: { $file }, { $when }: { $new } nuovi, { $updated } aggiornati.
import-posts-undone-file = Importazione di { $file } annullata: i post che aveva aggiunto non ci sono più e quelli che aveva cambiato sono tornati come prima.
import-posts-needs-partner = Questa esportazione non nomina nessun account: LocalLift non può sapere di chi sono questi post.
import-posts-posts = Post
import-posts-summary = { $new } nuovi, { $updated } aggiornati, { $unchanged } invariati
import-posts-summary-outside = { $new } nuovi, { $updated } aggiornati, { $unchanged } invariati, { $outside } fuori da ogni campagna
import-posts-summary-problems = { $new } nuovi, { $updated } aggiornati, { $unchanged } invariati, { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemi
   }
import-posts-summary-outside-problems = { $new } nuovi, { $updated } aggiornati, { $unchanged } invariati, { $outside } fuori da ogni campagna, { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemi
   }
import-posts-unknown-accounts-note = { $count ->
    [one] Questo account non è di nessun partner: { $accounts }. I suoi post conteranno per { $partner }. Se non è giusto, annulla e aggiungi prima l'account al profilo del partner giusto.
   *[other] Questi account non sono di nessun partner: { $accounts }. I loro post conteranno per { $partner }. Se non è giusto, annulla e aggiungi prima gli account al profilo del partner giusto.
   }
import-posts-account-separator = {", "}
import-posts-nothing-to-import = Niente da importare: ogni post di questo file in un giorno di campagna è già in LocalLift con questi numeri.
import-posts-undone = Importazione annullata: i post che aveva aggiunto non ci sono più e quelli che aveva cambiato sono tornati come prima.
import-posts-left-out-outside = Esclusi: { $outside ->
    [one] { $outside } post fuori da ogni campagna
   *[other] { $outside } post fuori da ogni campagna
    }.
import-posts-left-out-problems = Esclusi: { $problems ->
    [one] { $problems } riga con un problema
   *[other] { $problems } righe con problemi
    }.
import-posts-left-out-both = Esclusi: { $outside ->
    [one] { $outside } post fuori da ogni campagna
   *[other] { $outside } post fuori da ogni campagna
    }, { $problems ->
    [one] { $problems } riga con un problema
   *[other] { $problems } righe con problemi
    }.
import-posts-nothing-imported = Non è stato importato nulla: ogni post di questo file in un giorno di campagna è già in LocalLift con questi numeri.

## Come ti hanno conosciuto i clienti
import-survey-title = Come ti hanno conosciuto i clienti
import-survey-intro = Molti ordini riportano la risposta del cliente a “Come ci hai conosciuto?”. Leggi ogni risposta una volta sola come riferita a un partner (o a nessuno): gli ordini senza codice sconto la cui risposta nomina un partner di una campagna contano allora per quel partner come “secondo il cliente”, dopo i codici e mai due volte, mostrati a parte e senza commissione.
import-survey-reading = Lettura delle risposte…
import-survey-empty = Ancora nessuna risposta
import-survey-empty-hint = Le risposte arrivano con gli ordini che importi: le esportazioni di Shopify le riportano in “Note Attributes” (“Come ci hai conosciuto?”) e nelle note dell'ordine, quelle di WooCommerce in “Customer Note”, e qualsiasi altro CSV nella colonna che abbini alla risposta. Una volta importati ordini con risposte, ogni risposta compare qui perché tu la legga.
import-survey-read-count = { $read } di { $total } { $total ->
    [one] risposta letta
   *[other] risposte lette
   }
import-survey-accept-all = Accetta tutti i suggerimenti ({ $count })
import-survey-only-unread = Mostra solo le risposte non ancora lette
import-survey-table = Risposte dei clienti
import-survey-col-answer = Risposta
import-survey-col-orders = Ordini
import-survey-col-net = Ricavi netti
import-survey-col-names = Partner nominato
import-survey-select = Partner nominato in “{ $answer }”
import-survey-not-read = — non ancora letta —
import-survey-no-partner = Nessun partner
import-survey-its = È { $partner }
import-survey-forget = Dimentica
import-survey-forget-hint = Dimentica come è stata letta questa risposta
import-survey-none-left = Non resta nessuna risposta da leggere.
import-survey-all-read = Tutte le risposte sono lette; anche quelle degli ordini che importerai in seguito compariranno qui.
import-survey-partner-n = Partner { $id }
import-survey-read-notice = “{ $answer }” letta come riferita a { $partner }
import-survey-read-none-notice = “{ $answer }” letta come non riferita a nessun partner
import-survey-forgotten-notice = “{ $answer }” non è più letta
import-survey-accepted-notice = { $count ->
    [one] { $count } risposta letta come suggerito
   *[other] { $count } risposte lette come suggerito
   }
import-survey-said-share = { $said ->
    [one] { $said } ordine
   *[other] { $said } ordini
    } su { $total } ({ $percent }) { $said ->
    [one] si basa
   *[other] si basano
    } su ciò che hanno detto i clienti
