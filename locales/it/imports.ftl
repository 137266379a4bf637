# Le righe che un'importazione rifiuta e cosa nota su un file: si vedono nell'anteprima, nel CSV dei problemi e
# nella riga di comando.

row-not-whole-quantity = la quantità non è un numero intero
row-amount-empty = l'importo è vuoto
row-not-an-amount = non è un importo
row-too-precise = { $digits ->
    [0] ha dei decimali, ma questa valuta non ne usa
    [one] più di un decimale
   *[other] più di { $digits } decimali
    }
row-amount-too-large = l'importo è troppo alto
row-expected-etsy-date-dmy = doveva essere una data come 05/03/24 (prima il giorno, come nel resto del file)
row-expected-etsy-date-mdy = doveva essere una data come 03/05/24
row-unknown-status = { $platform ->
    [Etsy] non è uno stato dell'ordine previsto da Etsy
    [Square] non è uno stato della transazione previsto da Square
    [Stripe] non è uno stato del pagamento previsto da Stripe
    [Shopify] non è uno stato finanziario previsto da Shopify
    [WooCommerce] non è uno stato dell'ordine previsto da WooCommerce
    [PayPal] non è uno stato previsto da PayPal
   *[other] non è uno stato che LocalLift conosce (pagato, in attesa di pagamento, annullato…)
    }
row-expected-day-first = doveva essere una data con prima il giorno, per esempio 31/12/2024 (come nel resto del file)
row-expected-month-first = doveva essere una data con prima il mese, per esempio 12/31/2024 (come nel resto del file)
row-expected-time = doveva essere un'ora come 14:05:09
row-not-a-date-in-order = non è una data scritta nel formato scelto (anno-mese-giorno, mese/giorno/anno o giorno/mese/anno)
row-order-id-empty = il numero d'ordine è vuoto
row-other-amount = un'altra riga dell'ordine { $order } con un importo diverso da quello della sua prima riga: se ogni riga è un articolo, indicalo (“Ogni riga è un articolo”) e gli importi verranno sommati
row-expected-square-date = “Date” doveva essere una data come 2024-03-05 e “Time” un'ora come 14:07:31
row-expected-stripe-date = doveva essere una data come 2024-03-05 14:07:31
row-negative-payment = un pagamento con importo negativo
row-expected-shopify-date = doveva essere una data come 2024-03-05 14:07:31 -0500
row-partial-refund-no-column = rimborsato in parte, ma l'esportazione non ha la colonna “Refunded Amount”
row-order-name-empty = il nome dell'ordine è vuoto
row-expected-woo-date = doveva essere una data come 2024-12-31 14:50
row-order-number-empty = il numero d'ordine è vuoto
row-expected-woo-analytics-date = doveva essere una data come 2024-12-31 14:50:00
row-text-after-quote = testo dopo una virgoletta di chiusura (una virgoletta dentro un campo tra virgolette va scritta due volte: "")
row-quote-never-closes = qui si apre una virgoletta che non viene mai chiusa, quindi le righe successive non si possono leggere: non viene importato nulla finché la virgoletta non viene chiusa (o tolta)
row-field-count = attesi { $expected } campi, trovati { $found } (una virgoletta sbagliata o una riga tagliata?)
row-order-repeated = questo ordine compare di nuovo nel file, lontano dalle sue prime righe e diverso da esse; un'esportazione elenca ogni ordine una volta sola (due esportazioni incollate insieme?)

# Le colonne del CSV dei problemi delle righe di un'importazione.
errors-csv-line = riga
errors-csv-column = colonna
errors-csv-value = valore
errors-csv-reason = motivo
row-account-of-another = questo account è di { $name } (riga { $line }): un account non può appartenere a due persone
row-too-long = troppo lungo (al massimo { $max } caratteri)
row-not-an-email = non è un indirizzo email
row-unknown-stage = non è una fase che LocalLift conosce: scrivi prospect, contattato, in trattativa, attivo, in pausa o concluso
row-unknown-platform = non è una piattaforma che LocalLift conosce
row-not-followers = non è un numero di follower
row-not-engagement = non è un tasso di engagement
row-engagement-range = un tasso di engagement va da 0% a 100%
row-not-a-date = non è una data
row-no-name-no-handle = mancano sia il nome sia il nome utente: non si capisce di chi è questa riga
row-not-a-link = non è un indirizzo web
row-not-a-handle = non è un nome utente (una parola sola, con o senza @)
row-account-without-handle = numeri o un link senza il nome utente dell'account
row-no-name-no-account = mancano sia il nome sia l'account: non si capisce di chi è questa riga
row-day-after-today = un giorno successivo a oggi
row-accounts-of-two-partners = questi account sono di due partner diversi in LocalLift ({ $first } e { $second }): metti ciascuno sulla sua riga

# Cosa nota un'importazione di partner, community o post sul suo file.
note-engagement-fractions = L'engagement in “{ $column }” viene letto come frazione (0,034 vale 3,4%): ogni valore è 1 o meno e nessuno ha il simbolo %.
note-leader-unknown = { $community }: non c'è un solo partner di nome “{ $name }”, quindi il referente resta vuoto.
row-unknown-community-kind = non è un tipo di community che LocalLift conosce
row-not-members = non è un numero di membri
row-no-community-name = manca il nome: non si capisce quale community sia questa riga
note-posts-elsewhere = { $count ->
    [one] { $count } post è di un account di un altro partner: va a quel partner.
   *[other] { $count } post sono di account di un altro partner: vanno a quel partner.
    }
note-posts-outside = { $count ->
    [one] { $count } post è in un giorno fuori da tutte le campagne del partner: escluso (un post conta solo dentro una campagna).
   *[other] { $count } post sono in giorni fuori da tutte le campagne del partner: esclusi (un post conta solo dentro una campagna).
    }
note-posts-total-row = La riga “Total” è la somma delle altre: esclusa.
note-posts-undated = { $count ->
    [one] { $count } post non ha l'ora di pubblicazione: escluso
   *[other] { $count } post non hanno l'ora di pubblicazione: esclusi
    }
row-no-video-id = manca l'id del video
row-no-post-link = manca il link al post
row-not-a-count = non è un conteggio

# Un foglio di calcolo di partner, community o post che non si può leggere.
sheet-unreadable = non è un foglio di calcolo che LocalLift sa leggere ({ $detail })
sheet-tab-unreadable = il foglio “{ $name }” non si può leggere ({ $detail })
sheet-too-many-rows = più di { $max } righe: questo non è un elenco di partner
sheet-no-table = nessun foglio di questa cartella di lavoro contiene una tabella
sheet-line-problem = riga { $line }: { $reason }
sheet-no-table-rows = il file non contiene una tabella: nessuna riga ha due o più celle

# Cosa un'importazione delle vendite ha presupposto e lasciato fuori, una frase ciascuna (la riga di comando le mostra sotto i suoi conteggi).
import-dates-file = Date lette { $order ->
        [dmy] con prima il giorno (31/12)
       *[mdy] con prima il mese (12/31)
    }: “{ $value }” alla riga { $line } non si può leggere in altro modo.
import-dates-owner = Date lette { $order ->
        [dmy] con prima il giorno (31/12)
       *[mdy] con prima il mese (12/31)
    }, come hai scelto.
import-dates-export = Date lette { $order ->
        [dmy] con prima il giorno (31/12)
       *[mdy] con prima il mese (12/31)
    }, come le scrive questa esportazione; nessuna data del file lo chiarisce (nessun giorno supera il 12), quindi controlla i giorni.
import-dates-locale = Date lette { $order ->
        [dmy] con prima il giorno (31/12)
       *[mdy] con prima il mese (12/31)
    }, come si scrivono nella lingua e area geografica del negozio ({ $locale }); nessuna data del file lo chiarisce (nessun giorno supera il 12), quindi controlla i giorni.
import-dates-zone = Date lette { $order ->
        [dmy] con prima il giorno (31/12)
       *[mdy] con prima il mese (12/31)
    }, come si scrivono dove si trova il negozio ({ $zone }); nessuna data del file lo chiarisce (nessun giorno supera il 12), quindi controlla i giorni.
import-dates-default = Date lette { $order ->
        [dmy] con prima il giorno (31/12)
       *[mdy] con prima il mese (12/31)
    }; nessuna data del file lo chiarisce (nessun giorno supera il 12), quindi controlla i giorni.
import-tax-inside = { $count ->
        [one] { $count } ordine aveva le imposte incluse nei prezzi (IVA o GST); sono state tolte dai ricavi netti.
       *[other] { $count } ordini avevano le imposte incluse nei prezzi (IVA o GST); sono state tolte dai ricavi netti.
    }
import-tax-assumed-inside = { $count ->
        [one] In { $count } ordine il file non dice se le imposte sono nei prezzi: i prezzi sono stati considerati comprensivi di imposte, e le imposte sono state tolte dai ricavi netti. Scegli diversamente se i tuoi prezzi non includono le imposte.
       *[other] In { $count } ordini il file non dice se le imposte sono nei prezzi: i prezzi sono stati considerati comprensivi di imposte, e le imposte sono state tolte dai ricavi netti. Scegli diversamente se i tuoi prezzi non includono le imposte.
    }
import-tax-assumed-on-top = { $count ->
        [one] In { $count } ordine il file non dice se le imposte sono nei prezzi: i prezzi sono stati considerati senza imposte (imposte in aggiunta). Scegli diversamente se i tuoi prezzi includono le imposte.
       *[other] In { $count } ordini il file non dice se le imposte sono nei prezzi: i prezzi sono stati considerati senza imposte (imposte in aggiunta). Scegli diversamente se i tuoi prezzi includono le imposte.
    }
import-unpaid = { $count ->
        [one] { $count } ordine non ancora pagato: conservato, e contato appena un'esportazione successiva dirà che è stato pagato.
       *[other] { $count } ordini non ancora pagati: conservati, e contati appena un'esportazione successiva dirà che sono stati pagati.
    }
import-refunds-pending = { $count ->
        [one] { $count } rimborso di un ordine non ancora importato: conservato, e applicato quando il suo ordine sarà importato.
       *[other] { $count } rimborsi di ordini non ancora importati: conservati, e applicati quando i loro ordini saranno importati.
    }
import-cancelled = { $count ->
        [one] { $count } ordine annullato, invalidato o non riuscito: conservato, mai contato.
       *[other] { $count } ordini annullati, invalidati o non riusciti: conservati, mai contati.
    }
import-skipped-payment-out = { $count ->
        [one] { $count } pagamento in uscita (denaro pagato dal negozio) saltato: non è una vendita.
       *[other] { $count } pagamenti in uscita (denaro pagato dal negozio) saltati: non sono vendite.
    }
import-skipped-transfer = { $count ->
        [one] { $count } trasferimento o prelievo saltato: non è una vendita.
       *[other] { $count } trasferimenti e prelievi saltati: non sono vendite.
    }
import-skipped-hold = { $count ->
        [one] { $count } blocco o sblocco di fondi saltato: non è una vendita.
       *[other] { $count } blocchi e sblocchi di fondi saltati: non sono vendite.
    }
import-skipped-conversion = { $count ->
        [one] { $count } conversione di valuta saltata: non è una vendita.
       *[other] { $count } conversioni di valuta saltate: non sono vendite.
    }
import-skipped-foreign-currency = { $count ->
        [one] { $count } pagamento in un'altra valuta, non convertito in questo file, saltato: non è una vendita.
       *[other] { $count } pagamenti in un'altra valuta, non convertiti in questo file, saltati: non sono vendite.
    }
import-skipped-declined = { $count ->
        [one] { $count } tentativo di pagamento rifiutato, saltato: non è una vendita.
       *[other] { $count } tentativi di pagamento rifiutati, saltati: non sono vendite.
    }
import-skipped-other = { $count ->
        [one] { $count } riga di un'altra attività saltata: non è una vendita.
       *[other] { $count } righe di altre attività saltate: non sono vendite.
    }

# Cosa cambia un'importazione in un partner o in una community che esiste già (l'anteprima lo elenca per ogni riga).
change-field-replaced = { $field ->
        [email] email
        [phone] telefono
        [neighborhood] quartiere
        [city] città
        [link] link
       *[topic] tema
    } “{ $old }” → “{ $new }”
change-field-set = { $field ->
        [email] email
        [phone] telefono
        [neighborhood] quartiere
        [city] città
        [link] link
       *[topic] tema
    } “{ $value }”
change-niche = nicchia “{ $niche }”
change-stage = fase: { $from } → { $to }
change-stage-set = fase: { $stage }
change-notes = note
change-account = account { $platform } @{ $handle }
change-link = link al profilo { $platform }
change-followers = follower { $platform }: { $followers } al { $day }
change-kind = tipo: { $kind }
change-members = membri: { $members }
change-leader = referente
change-new-account = { $platform } @{ $handle }
