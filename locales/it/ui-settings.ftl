# The Settings screen (ui/src/screens/Settings.svelte) and its panels: the shop (ShopForm), scoring and
# lift (AnalysisSettings), unusual days (Holidays) and backups (Backups).

## Settings
settings-title = Impostazioni
settings-shop = Negozio
settings-now-demo = Ora vedi il negozio demo
settings-now-own = Ora vedi il tuo negozio
settings-file = File del negozio
# Followed by the file's path.
settings-file-where = Tutto ciò che LocalLift sa si trova in questo unico file sul tuo computer:
settings-file-demo = Stai guardando il negozio demo.
settings-file-go-own = Vai al mio negozio
settings-file-open-demo = Apri il negozio demo

## The shop
settings-shop-name = Nome del negozio
settings-shop-currency = Valuta
settings-shop-currency-hint = Codice ISO, ad esempio EUR o CHF
settings-shop-time-zone = Fuso orario
settings-shop-time-zone-hint = I giorni e le date delle campagne si contano in questo fuso
settings-shop-margin = Margine lordo (%)
settings-shop-margin-hint = Usato quando le vendite non hanno costi dei prodotti
settings-shop-margin-invalid = Inserisci una percentuale, ad esempio 55
settings-shop-rate = Quanto vale il tuo tempo (all'ora)
settings-shop-rate-hint = Conta le tue ore come costo della campagna; lascia 0 per non considerarle
settings-shop-rate-invalid = Inserisci un importo
settings-shop-locale = Lingua e area geografica
settings-shop-locale-hint = Come si scrivono importi, numeri e date ovunque: schermate, grafici, PDF, esportazioni CSV
# The first choice: this computer's own setting; $language is its name in its own language ("Deutsch (Deutschland)").
settings-shop-locale-system = Sistema: { $language }
settings-shop-saving = Salvataggio…
settings-shop-save = Salva le impostazioni del negozio
settings-shop-saved = Impostazioni del negozio salvate

## Scoring and lift
settings-analysis = Punteggio e aumento delle vendite
settings-analysis-weights = Pesi del punteggio di affinità dei partner (0–100 ciascuno; contano solo le proporzioni).
settings-factor-engagement = Engagement rispetto alle dimensioni
settings-factor-locality = Pubblico locale
settings-factor-values = Valori in comune
settings-factor-authenticity = Autenticità dei contenuti
settings-factor-past-roi = ROI passato
settings-factor-kept-agreements = Accordi rispettati
settings-factor-kept-agreements-hint = Quota degli impegni concordati rispettati in tempo; quelli in ritardo contano la metà
settings-analysis-weight-invalid = Un peso da 0 a 100
settings-analysis-weeks = Settimane di storico per l'aumento delle vendite
settings-analysis-weeks-invalid = Scegli tra 4 e 26 settimane
settings-analysis-weeks-note = Più settimane restringono l'intervallo dell'aumento quando le vendite sono stabili; meno settimane seguono più da vicino un negozio che cambia.
# "Commission is due after [30] days": the label, then the box, then settings-analysis-hold-unit.
settings-analysis-hold = La commissione è dovuta dopo
settings-analysis-hold-unit = giorni
settings-analysis-hold-invalid = Scegli da 0 a 90 giorni
settings-analysis-hold-hint = Da 0 a 90 giorni dopo ogni ordine. Se l'ordine viene rimborsato in questo periodo, la commissione non è mai dovuta; se il rimborso si scopre più tardi, la sua commissione viene stornata. Shopify Collabs attende 30 giorni per impostazione predefinita.
settings-analysis-save = Salva
settings-analysis-saved = Impostazioni di punteggio e aumento salvate

## Unusual days
settings-holidays = Giorni particolari
settings-holidays-intro = Festività, fiere di quartiere, giorni di chiusura: la stima dell'aumento delle vendite li esclude dalle “vendite abituali” e dai giorni di campagna.
settings-holidays-day = Giorno
settings-holidays-what = Cosa
settings-holidays-what-placeholder = Fiera di quartiere
settings-holidays-mark = Segna il giorno
settings-holidays-remove = Rimuovi
# $day: the day, such as "Dec 26, 2025".
settings-holidays-unmark = Togli il segno dal { $day }
settings-holidays-none = Nessun giorno particolare segnato.

## Backups
settings-backups = Backup
settings-backups-intro = Vengono fatti una volta al giorno (all'avvio o prima della prima importazione del giorno) e prima di ogni aggiornamento, accanto al file del negozio. Un'importazione si annulla con il suo pulsante Annulla importazione nella schermata Importa vendite.
settings-backups-kept-form = Backup conservati
# "Keep the last [10] backups": the label, then the box, then settings-backups-keep-after.
settings-backups-keep-before = Conserva gli ultimi
settings-backups-keep-after = backup
settings-backups-keep-save = Salva
settings-backups-kept = { $count ->
    [one] Viene conservato l'ultimo backup
   *[other] Vengono conservati gli ultimi { $count } backup
    }
settings-backups-back-up-now = Fai un backup ora
settings-backups-taken = Backup fatto
settings-backups-copy = Salva una copia altrove…
settings-backups-copy-dialog = Salva una copia del file del negozio
# $file: where the copy was saved.
settings-backups-copy-saved = Copia salvata come { $file }
settings-backups-check = Controlla il file del negozio
settings-backups-check-title = Esegui il controllo di integrità di SQLite sul file del negozio
settings-backups-checking = Controllo in corso…
settings-backups-check-ok = Il controllo di integrità non ha trovato nulla di anomalo.
settings-backups-check-damaged = Il controllo di integrità ha trovato dei problemi: ripristina il backup più recente fatto prima che comparissero.
settings-backups-list = Elenco dei backup
settings-backups-col-taken = Data
settings-backups-col-why = Motivo
settings-backups-col-size = Dimensione
# $size: the size in kilobytes, a number.
settings-backups-size = { $size } KB
settings-backups-changes-since = modifiche dal backup completo del { $date }
settings-backups-restore = Ripristina
settings-backups-reason-manual = Fatto a mano
settings-backups-reason-before-import = Prima di un'importazione
settings-backups-reason-before-restore = Prima di un ripristino
settings-backups-reason-daily = All'avvio (giornaliero)
settings-backups-reason-before-upgrade = Prima di un aggiornamento
settings-backups-none = Ancora nessun backup: se ne fa uno prima della prima importazione, oppure adesso con “{ settings-backups-back-up-now }”.
settings-backups-confirm-title = Ripristinare questo backup?
# $when: the backup's date and time.
settings-backups-confirm-own = Sostituire tutto il contenuto del tuo negozio con il backup del { $when }? Lo stato attuale viene salvato prima, quindi puoi tornare indietro ripristinando quel backup.
settings-backups-confirm-demo = Sostituire tutto il contenuto del negozio demo con il backup del { $when }? Lo stato attuale viene salvato prima, quindi puoi tornare indietro ripristinando quel backup.
settings-backups-confirm-restore = Ripristina
settings-backups-confirm-cancel = Annulla
