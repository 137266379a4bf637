# The list of campaigns (ui/src/screens/Campaigns.svelte) and the form that creates or edits one
# (ui/src/screens/CampaignForm.svelte).

## The list
campaigns-title = Campagne
campaigns-new = Nuova campagna
campaigns-search = Cerca campagne
campaigns-search-placeholder = Cerca nome, partner, codice…  ( / )
campaigns-status = Stato
campaigns-any-status = Qualsiasi stato
campaigns-show-archived = Mostra archiviate
campaigns-no-match-title = Nessuna campagna corrisponde
campaigns-no-match-text = Prova un'altra ricerca o un altro stato.
campaigns-empty-title = Ancora nessuna campagna
campaigns-empty-text = Pianificane una con le sue date, poi aggiungi i partner o le community che partecipano, con le loro condizioni e i loro codici sconto. Gli ordini con quei codici vengono contati per loro, e il foglio dei coupon della campagna stampa ogni codice con un codice QR.
campaigns-empty-action = Pianifica una campagna
campaigns-col-campaign = Campagna
campaigns-col-dates = Date
campaigns-col-status = Stato
campaigns-col-partners = Partner
campaigns-col-codes = Codici
campaigns-archived = Archiviata
campaigns-window = + { $count ->
        [one] { $count } giorno
       *[other] { $count } giorni
    } per contare gli ordini

## The form
campaigns-form-new-title = Nuova campagna
campaigns-form-edit-title = Modifica { $name }
campaigns-form-name = Nome
campaigns-form-goal = Obiettivo
campaigns-form-goal-placeholder = Vendere kit per il rinvaso
campaigns-form-start = Primo giorno
campaigns-form-end = Ultimo giorno
campaigns-form-window = Giorni dopo la fine in cui gli ordini contano
campaigns-form-window-hint = Finestra di attribuzione, { $days } giorni per impostazione predefinita
campaigns-form-other-costs = Altri costi
campaigns-form-other-costs-hint = Stampa, evento, pubblicità
campaigns-form-hours = Le tue ore dedicate
campaigns-form-hours-hint = Contate come costo alla tua tariffa oraria (Impostazioni)
campaigns-form-notes = Note
campaigns-form-cancel = Annulla
campaigns-form-save = Salva
campaigns-form-create = Crea campagna
campaigns-form-window-invalid = Inserisci un numero intero di giorni
campaigns-form-hours-invalid = Inserisci un numero di ore
campaigns-form-start-missing = Scegli il primo giorno
campaigns-form-end-missing = Scegli l'ultimo giorno
campaigns-form-other-costs-invalid = Inserisci un importo
campaigns-form-saved = Campagna salvata
campaigns-form-created = { $name } creata
