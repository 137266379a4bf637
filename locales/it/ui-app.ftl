# The window's frame (ui/src/App.svelte), the first start (Welcome), the screen shown when the shop file
# cannot be opened (StartupError), and the shared components (ui/src/lib/components/).

## Sidebar
app-opening = Apertura del tuo negozio…
app-nav-sections = Sezioni
app-nav-dashboard = Panoramica
app-nav-partners = Partner
app-nav-communities = Community
app-nav-campaigns = Campagne
app-nav-import = Importa vendite
app-nav-settings = Impostazioni
# The keyboard shortcut of a section: $key is its digit (1…6).
app-nav-shortcut = Alt+{ $key }
app-nav-key = Alt { $key }
app-shop-unnamed = Il mio negozio
app-shop-demo = Negozio demo
app-shop-no-currency = nessuna valuta per ora
app-version = LocalLift { $version }

## First start
app-welcome-demo-opened = Questo è il negozio demo. Il tuo negozio resta separato.
app-welcome-title = Ti diamo il benvenuto in LocalLift
app-welcome-lead = Collabora con creator e community della tua zona e scopri quali collaborazioni hanno funzionato.
app-welcome-your-shop = Il tuo negozio
app-welcome-opening = Apertura…
app-welcome-open-demo = Apri il negozio demo
app-welcome-open-demo-text = Un anno di attività di un negozio di piante di Portland: partner, community, campagne e vendite. Quello che fai lì non tocca il tuo negozio.
app-welcome-set-up = Configura il mio negozio
app-welcome-set-up-text = Nome, valuta, fuso orario e margine. Poi potrai importare le vendite e aggiungere partner.

## The shop file cannot be opened
app-startup-open-dialog = Apri un file del negozio di LocalLift
app-startup-title = LocalLift non riesce ad aprire questo negozio
app-startup-locked = Un'altra finestra di LocalLift (o un comando locallift) ha già aperto questo negozio. Passa a quella finestra, oppure chiudila e riprova.
app-startup-too-new = Questo file del negozio è stato salvato da una versione più recente di LocalLift. Installa la versione più recente per aprirlo; questa non lo toccherà.
app-startup-database = Non è stato possibile leggere il file del negozio come database di LocalLift. Potrebbe essere danneggiato o non essere un file di LocalLift.
app-startup-io = Non è stato possibile aprire il file del negozio o la sua cartella. Controlla che il disco sia collegato e che tu possa scriverci.
app-startup-read-only = Il file del negozio si trova su un disco o in una cartella in cui LocalLift non può scrivere (di sola lettura, o di un altro utente). LocalLift scrive anche solo per leggere: il file di blocco, il journal e un backup giornaliero. Copia il file in una cartella in cui puoi scrivere e aprilo da lì, oppure apri un altro file.
app-startup-other = Non è stato possibile aprire il file del negozio.
# Followed by the file's path.
app-startup-file = File:
app-startup-details = Dettagli: { $message }
app-startup-integrity = Controllo di integrità
# In bold, followed by app-startup-integrity-ok or by the list of problems.
app-startup-integrity-label = Controllo di integrità di SQLite:
app-startup-integrity-ok = la struttura del file è integra.
app-startup-restore-keeps = Il ripristino conserva il file danneggiato lì accanto (con il nome ….damaged-…), quindi non si perde nulla.
# $when: the backup's date and time.
app-startup-restore-latest = Ripristina il backup più recente ({ $when })
app-startup-try-again = Riprova
app-startup-open-another = Apri un altro file…
app-startup-open-demo = Apri il negozio demo
app-startup-quit = Esci

## Asking before deleting
# $what: what is deleted, such as a partner's name.
app-delete-title = Eliminare { $what }?
app-delete-keep-history = Conserva lo storico
app-delete-cannot-undo = L'operazione non si può annullare.
app-delete-archive-note = Archiviare nasconde l'elemento da elenchi e menu di scelta e conserva tutti i risultati delle campagne. Puoi ripristinarlo in qualsiasi momento.
app-delete-cancel = Annulla
app-delete-delete = Elimina
app-delete-archive = Archivia senza eliminare

## CSV and PDF buttons
app-export-csv = Esporta CSV
app-export-dialog = Esporta come CSV
app-export-title = Salva questa tabella come file CSV (si apre in Excel, Numbers, LibreOffice)
app-export-rows = { $count ->
    [one] { $count } riga esportata
   *[other] { $count } righe esportate
    }
app-pdf-making = Creazione del PDF…
app-pdf-saved = { $file } salvato
# $characters: the characters no font has, separated by spaces.
app-pdf-saved-missing = { $file } salvato. Nessun font di questo computer contiene { $characters }: nel PDF appaiono come quadratini.

## Small parts
app-modal-close = Chiudi
# $example: an amount written the way this shop writes amounts.
app-money-invalid = Inserisci un importo, ad esempio { $example }
app-tier-none = Ancora nessun dato sul pubblico

## A campaign's sales lift
app-lift-title = Aumento delle vendite
app-lift-title-note = (clienti che arrivano in negozio senza codice)
# $verdict is app-lift-not-enough-verdict, shown in bold.
app-lift-not-enough = { $verdict } per una stima.
app-lift-not-enough-verdict = Dati insufficienti
# $estimate: the estimate in bold, such as "Between $120 and $640 more than usual (95% range)".
app-lift-words = { $estimate } in { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
    }.
# The same, when other campaigns ran at the same time: $campaigns are their names.
app-lift-words-overlap = { $estimate } in { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
    }, insieme a { $campaigns }.
app-lift-chart-alt = Le vendite di ogni giorno rispetto all'intervallo di un giorno normale; i giorni sono nella tabella qui sotto
app-lift-chart-legend = Punti: quanto ha venduto ogni giorno, esclusi gli ordini con i codici di questa campagna. Fascia: l'intervallo di un giorno normale (95%); tratteggio: il livello normale.
app-lift-table = I giorni in una tabella
app-lift-table-label = Aumento per giorno
app-lift-col-day = Giorno
app-lift-col-sold = Venduto
app-lift-col-usual = Normale
app-lift-col-range = Intervallo normale
app-lift-no-data = nessun dato
app-lift-range = { $low } – { $high }
app-lift-how = Come si calcola l'aumento
app-lift-how-baseline = Le tue vendite abituali si ricavano { $weeks ->
    [one] dalla settimana
   *[other] dalle { $weeks } settimane
    } prima della campagna ({ $days ->
    [one] { $days } giorno usato
   *[other] { $days } giorni usati
    }): un livello normale per ogni giorno della settimana, più l'andamento del tuo negozio. Restano esclusi i giorni di altre campagne, i giorni che hai segnato come festivi nelle Impostazioni e i giorni senza dati di vendita.
app-lift-how-sum = L'aumento è quanto i giorni della campagna hanno venduto oltre quel livello normale, sommato; gli ordini con i codici di questa campagna vengono tolti prima, perché sono già contati.
app-lift-how-range = L'intervallo è dove cade l'aumento reale 95 volte su 100: si allarga quando le tue vendite oscillano da un giorno all'altro e si restringe con campagne più lunghe e più settimane di storico. In una simulazione su migliaia di negozi ha contenuto l'effetto reale il 95% delle volte.
app-lift-how-apart = È una stima delle vendite extra dell'intero negozio durante la campagna, mostrata a parte rispetto alle vendite con codice e mai sommata a esse.

## A long list drawn in parts (Campaigns, Partners, Communities)
app-rows-shown = { $shown } di { $total } mostrati
app-rows-show-more = Mostra altri { $count }
app-rows-show-all = Mostra tutti ({ $total })
