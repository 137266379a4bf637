# Gli errori del nucleo: cosa dicono la finestra, la riga di comando e i log quando qualcosa viene rifiutato o non riesce.
# Gli id iniziano con `error-` (cosa è andato storto), `invalid-` (un dato rifiutato, mostrato accanto al suo campo),
# `field-` (il nome di un campo dentro una di queste frasi), `busy-` (cosa tiene occupato il file del negozio).

error-invalid = dato non valido
error-not-found = { $entity ->
    [campaign] campagna { $id } non trovata
    [campaign-partner] partecipante alla campagna { $id } non trovato
    [community] community { $id } non trovata
    [deliverable] impegno { $id } non trovato
    [feedback] feedback { $id } non trovato
    [holiday] giorno particolare { $id } non trovato
    [import] importazione { $id } non trovata
    [partner] partner { $id } non trovato
    [partner-import] importazione di partner { $id } non trovata
    [payment] pagamento { $id } non trovato
    [post] post { $id } non trovato
    [promo-code-of-campaign-partner] codice sconto del partecipante alla campagna { $id } non trovato
    [social-account] account social { $id } non trovato
   *[other] { $entity } { $id } non trovato
   }
error-locked = questo file del negozio è già aperto in un'altra finestra o in un altro comando di LocalLift ({ $path })
error-read-only = questo file del negozio si trova su un disco o in una cartella in cui LocalLift non può scrivere ({ $path })
error-too-new = questo file del negozio è stato creato da una versione più recente di LocalLift (schema { $found }; questa versione conosce fino allo schema { $known })
error-in-file = { $file }: { $message }
error-cancelled = annullato; non è stato cambiato nulla
error-database = errore del database del negozio: { $detail }
error-migration = l'aggiornamento del database del negozio non è riuscito: { $detail }
error-io = errore del file: { $detail }
error-corrupt = i dati salvati non sono validi: { $detail }
error-document = non è stato possibile creare il documento: { $detail }
# $what è uno dei messaggi busy-* qui sotto, scritto tra parentesi.
error-busy = il file del negozio è occupato ({ $what }); riprova quando avrà finito
busy-migrating = aggiornamento del file in corso
busy-customers = aggiornamento dei clienti in corso
busy-long-task = operazione lunga in corso: un'importazione, un PDF o un ripristino
# Testo per cui il nucleo non ha ancora un messaggio suo (le parole di una libreria).
error-text = { $text }

# Dati rifiutati, mostrati accanto al campo. $label è uno dei nomi field-* qui sotto.
invalid-required = Il campo “{ $label }” è obbligatorio
invalid-too-long = Il campo “{ $label }” è troppo lungo (al massimo { $max } caratteri)
invalid-email = “{ $value }” non è un indirizzo email valido
invalid-link-scheme = un link deve iniziare con http:// o https://
invalid-link = “{ $value }” non è un indirizzo web valido
invalid-negative = Il campo “{ $label }” non può essere negativo
invalid-percent = Il campo “{ $label }” deve essere tra 0% e 100%
invalid-rating = Il campo “{ $label }” si valuta da 1 a 5
invalid-currency = “{ $value }” non è un codice valuta ISO 4217 (come EUR, CHF o USD)
invalid-time-zone = “{ $value }” non è un fuso orario conosciuto (come Europe/Rome)

# Nomi dei campi dentro le frasi qui sopra.
field-a-code = Codice sconto
field-a-niche = Nicchia
field-a-tag = Tag
field-amount = Importo
field-audience-locality = Pubblico in zona
field-authenticity = Autenticità dei contenuti
field-city = Città
field-commission = Commissione
field-consent-source = Consenso / provenienza
field-deliverables = Impegni
field-description = Descrizione
field-engagement-rate = Tasso di engagement
field-fee = Compenso
field-followers = Follower
field-gifted-products = Prodotti in omaggio
field-goal = Obiettivo
field-handle = Nome utente
field-hourly-rate = Tariffa oraria
field-how = Metodo di pagamento
field-margin = Margine lordo
field-name = Nome
field-neighborhood = Quartiere
field-note = Nota
field-notes = Note
field-other-costs = Altri costi
field-phone = Telefono
field-reach = Copertura
field-shop-name = Nome del negozio
field-size = Dimensione
field-source = Origine
field-topic = Tema
field-values-alignment = Valori in comune
field-what-was-said = Cosa è stato detto
field-likes = Mi piace
field-comments = Commenti
field-shares = Condivisioni
field-saves = Salvataggi
field-clicks = Clic

# File che non si possono importare.
invalid-demo-not-empty = questo file del negozio contiene già dei dati; il negozio demo ha bisogno di un file vuoto
import-names-no-one = scegli la colonna con il nome del partner, oppure con un nome utente o un link al profilo
import-community-names-no-one = scegli la colonna con il nome di ogni community
import-refused-for-problems = { $count ->
    [one] 1 riga ha un problema
   *[other] { $count } righe hanno dei problemi
   }, quindi non è stato importato nulla; correggi il file o importa solo le righe valide
import-refused-for-problems-at = { $count ->
    [one] 1 riga ha un problema
   *[other] { $count } righe hanno dei problemi
   }, quindi non è stato importato nulla (riga { $line }: { $reason }); correggi il file o importa solo le righe valide
import-posts-need-partner = questa esportazione non indica nessun account: scegli di chi sono questi post
import-posts-unknown-accounts = nessun partner ha l'account { $accounts }: aggiungilo al partner, oppure scegli di chi sono questi post
import-posts-unknown-format = non è un'esportazione di post che LocalLift conosce (l'esportazione dei contenuti di Meta Business Suite, o i dati in tabella di TikTok Studio o di YouTube Studio)
import-header-unreadable = la riga di intestazione non si può leggere: { $detail }
import-no-header = il file non ha una riga di intestazione
import-mapping-wrong = il tuo abbinamento delle colonne: { $detail }
import-unknown-preset = formato predefinito sconosciuto “{ $id }”; quelli conosciuti sono: { $known }
import-unknown-format = le colonne di questo file non corrispondono a nessuna esportazione conosciuta ({ $known }); qualsiasi CSV si può comunque importare indicando quale colonna contiene cosa: te lo chiede la schermata Importa vendite, oppure usa --mapping con un abbinamento in JSON (README, “Any other CSV”)
import-no-rows = il file ha l'intestazione ma nessuna riga
import-not-csv = riga { $line }: il file non si può leggere come CSV: { $detail }
import-other-currency = riga { $line }: gli ordini di questo file sono in { $file }, le vendite del negozio in { $shop }; LocalLift non converte mai le valute, quindi non è stato importato nulla
import-unknown-currency = riga { $line }: valuta sconosciuta “{ $currency }”
import-no-currency = questa esportazione non indica la sua valuta; imposta prima la valuta del negozio in Impostazioni
invalid-no-codes-to-print = “{ $campaign }” non ha codici sconto da stampare
# Più $suggestions arrivano unite da ”, “ (virgolette alte, come in tutto il catalogo italiano), quindi ogni variante le racchiude con le stesse virgolette.
invalid-no-partner-called = nessun partner si chiama “{ $name }”.{ $count ->
    [0] {""}
    [one] { " " }Intendevi “{ $suggestions }”?
   *[other] { " " }Intendevi “{ $suggestions }”?
   } (Un nuovo partner viene creato solo per un nome che non somiglia a nessun altro.)
in-use-in-campaigns = { $name } fa parte di { $count ->
    [one] 1 campagna
   *[other] { $count } campagne
   }; archivia invece { $who ->
    [them] il partner
   *[it] la community
   }, così lo storico delle campagne resta
invalid-backup-unreadable = non si riesce a leggere { $file }: { $detail }
invalid-backup-damaged = { $file } è danneggiato ({ $detail }); scegli un altro backup
invalid-backup-base-missing = { $file } contiene solo le modifiche dal backup completo { $base }, che non c’è più; scegli un altro backup
invalid-backups-kept = Conserva tra { $min } e { $max } backup
invalid-backup-unknown = nessun backup di questo negozio si chiama { $file }
invalid-backup-unopenable = non si riesce ad aprire { $file }: { $detail }
invalid-backup-not-shop-because = { $file } non è un file del negozio di LocalLift: { $detail }
invalid-backup-not-shop = { $file } non è un file del negozio di LocalLift
invalid-backup-too-new = { $file } è stato scritto da una versione più recente di LocalLift; aggiorna prima l'app
invalid-campaign-ends-before-start = La campagna finisce prima di iniziare
invalid-window-days = La finestra di attribuzione va da 0 a 365 giorni
invalid-owner-hours = Le ore devono essere tra 0 e 10.000
invalid-campaign-name-taken = C'è già un'altra campagna che si chiama “{ $name }”
invalid-code-twice = Il codice { $code } è nell'elenco due volte
invalid-code-given = Il codice { $code } è già assegnato a { $member } in questa campagna
invalid-code-used = Il codice { $code } è già usato dalla campagna “{ $campaign }” (dal { $start } al { $end }, con la sua finestra di attribuzione); non si potrebbero distinguere gli ordini
invalid-no-campaign-called = nessuna campagna si chiama “{ $name }”.{ $count ->
    [0] {""}
    [one] { " " }Intendevi “{ $suggestions }”?
   *[other] { " " }Intendevi “{ $suggestions }”?
   }
in-use-campaign-redemptions = “{ $campaign }” ha { $count ->
    [one] 1 utilizzo in negozio registrato
   *[other] { $count } utilizzi in negozio registrati
   }; archiviala invece, così { $count ->
    [one] l'utilizzo resta
   *[other] gli utilizzi restano
   }
invalid-partner-or-community = Scegli un partner o una community
invalid-no-such-partner = Quel partner non esiste
invalid-partner-in-campaign = Questo partner è già nella campagna
invalid-no-such-community = Quella community non esiste
invalid-community-in-campaign = Questa community è già nella campagna
invalid-code-space = Il codice “{ $code }” contiene uno spazio
in-use-member-redemptions = { $name } ha { $count ->
    [one] 1 utilizzo in negozio registrato
   *[other] { $count } utilizzi in negozio registrati
   } in questa campagna; non si può togliere dalla campagna
invalid-redemption-count = Almeno un utilizzo
invalid-redemption-day = La campagna conta le vendite dal { $start } al { $end }
invalid-feedback-text = Il campo “Cosa è stato detto” è obbligatorio
invalid-contact-import-undone = L'importazione di { $file } è già stata annullata.
invalid-contact-import-later = { $later } è stato importato dopo { $file }: annulla prima quell'importazione.
invalid-contact-import-community-used = { $name }, arrivata con questa importazione, ora fa parte di una campagna: prima toglila da lì, oppure tieni l'importazione.
invalid-contact-import-partner-used = { $name }, arrivato con questa importazione, ora fa parte di una campagna o è referente di una community: prima toglilo da lì, oppure tieni l'importazione.
invalid-deliverable-done-future = Il giorno in cui l'impegno è stato completato non può essere dopo oggi
invalid-deliverable-post = Scegli uno dei post di questo partner in questa campagna
invalid-holiday-name = dai al giorno un nome da 1 a 200 caratteri (“Fiera di quartiere”)
invalid-payment-amount = Un pagamento deve avere un importo maggiore di zero
invalid-payment-day = Un pagamento si registra dopo averlo fatto: il giorno non può essere dopo oggi
invalid-distance = La distanza non può essere negativa
invalid-no-partner-named = nessun partner si chiama “{ $name }”.{ $count ->
    [0] {""}
    [one] { " " }Intendevi “{ $suggestions }”?
   *[other] { " " }Intendevi “{ $suggestions }”?
   }
invalid-account-twice = Questo account è nell'elenco due volte
invalid-account-taken = Questo partner ha già l'account { $platform } @{ $handle }
invalid-import-undone = l'importazione di { $file } è già stata annullata
in-use-later-import = l'importazione successiva di { $later } ha modificato gli stessi ordini; annulla prima quella
invalid-lift-weeks = Scegli tra 4 e 26 settimane
invalid-weight = Un peso da 0 a 100
invalid-weights-zero = Almeno un fattore deve avere un peso maggiore di 0
invalid-hold-days = Scegli da 0 a 90 giorni
invalid-locale = “{ $value }” non è una lingua e area geografica; scrivila come it-IT, it-CH o en-US
invalid-currency-change = ci sono già vendite registrate in { $currency }; la valuta non si può più cambiare
invalid-unknown-time-zone = fuso orario sconosciuto
invalid-answer = Serve una risposta


# Gli errori dell'app stessa (la cornice della finestra).
app-error-unusable = l'app è in uno stato inutilizzabile; riavvia LocalLift
app-error-closed = nessun file del negozio è aperto
app-error-stopped = un comando si è interrotto inaspettatamente: { $detail }
app-error-dialog-stopped = la finestra di scelta del file si è interrotta inaspettatamente: { $detail }
app-error-dialog-no-file = la finestra di scelta del file non ha restituito nessun file: { $detail }
app-error-import-stopped = l'importazione si è interrotta inaspettatamente: { $detail }
