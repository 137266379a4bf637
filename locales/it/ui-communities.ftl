# The communities screens: the list, the form, and a community's page.

## The list
communities-title = Community
communities-import = Importa un foglio di calcolo…
communities-new = Nuova community
communities-search-placeholder = Cerca nome, tema, referente, città…  ( / )
communities-search-label = Cerca community
communities-size-label = Dimensione
communities-any-size = Qualsiasi dimensione
communities-stage-label = Fase
communities-all-stages = Tutte le fasi
communities-topic = Tema
communities-city = Città
communities-sort-label = Ordina per
communities-sort-name = Ordine: nome
communities-sort-size = Ordine: dimensione
communities-sort-updated = Ordine: ultima modifica
communities-show-archived = Mostra archiviate
communities-no-match-title = Nessuna community corrisponde
communities-no-match-text = Prova con meno filtri o un'altra ricerca.
communities-empty-title = Ancora nessuna community
communities-empty-text = Gruppi di corsa, gruppi di genitori, server Discord: gruppi i cui membri diventano clienti fedeli. Aggiungine una con dimensione e referente, annota in un registro dei feedback quello che dicono i membri e inseriscila in una campagna con un codice sconto, come faresti con un partner.
communities-add = Aggiungi una community
communities-col-name = Nome
communities-col-kind = Tipo
communities-col-members = Membri
communities-col-size = Dimensione
communities-col-leader = Referente
communities-col-stage = Fase
communities-col-feedback = Feedback
communities-col-campaigns = Campagne
communities-archived = Archiviata

## The form (new or edit); $name is the community's name
communities-form-size-not-number = La dimensione deve essere un numero
communities-form-saved = Community salvata
communities-form-added = { $name } aggiunta
communities-form-edit-title = Modifica { $name }
communities-form-name = Nome
communities-form-kind = Tipo
communities-form-members = Membri (circa)
communities-form-topic = Tema
communities-form-topic-placeholder = corsa
communities-form-neighborhood = Quartiere
communities-form-city = Città
communities-form-leader = Referente
communities-form-leader-hint = Il partner che la gestisce, se è tra i tuoi contatti
communities-form-stage = Fase
communities-form-link = Link
communities-form-notes = Note
communities-form-cancel = Annulla
communities-form-save = Salva
communities-form-add = Aggiungi community

## A community's page
communities-page-back = ← Community
# $count is the community's size (members, roughly).
communities-page-size = circa { $count } membri
communities-page-size-unknown = dimensione sconosciuta
communities-page-edit = Modifica
communities-page-restore = Ripristina
communities-page-archive = Archivia
communities-page-delete = Elimina
communities-page-about = Informazioni
communities-page-topic = Tema
communities-page-where = Dove
communities-page-leader = Referente
communities-page-link = Link
communities-page-notes = Note
communities-page-campaigns = Campagne
communities-page-no-campaigns = Non è ancora in nessuna campagna.
communities-page-campaigns-label = Campagne di questa community
communities-page-lift-title = Senza codice: misurata con l'aumento delle vendite della campagna (quota di questa community, ricavi netti, intervallo al 95%), non con gli ordini
# Tooltip; $amount is money, or "—" without results.
communities-page-cost = costo { $amount }
# $count is a number of orders, or "—" without results.
communities-page-orders = { $count ->
    [one] { $count } ordine
   *[other] { $count } ordini
   }
# $roi is a percent.
communities-page-roi = ROI { $roi }
communities-page-feedback-log = Registro dei feedback
communities-page-add-feedback = Aggiungi feedback
communities-page-fb-day = Giorno
communities-page-fb-source = Dove è stato detto
communities-page-fb-source-placeholder = post nel gruppo, evento, messaggio privato
communities-page-fb-sentiment = Tono
communities-page-fb-tags = Tag
communities-page-fb-tags-hint = Separati da virgole
communities-page-fb-tags-placeholder = prezzo, evento
communities-page-fb-text = Cosa è stato detto
communities-page-filter-sentiment = Filtra per tono
communities-page-all = Tutti
communities-page-filter-tag = Filtra per tag
communities-page-all-tags = Tutti i tag
communities-page-fb-empty = Ancora niente di annotato. Scrivi quello che i membri dicono dei tuoi prodotti: è la ricerca di mercato più sincera che avrai.
communities-page-fb-no-match = Nessun feedback corrisponde a questo filtro.
communities-page-fb-delete-label = Elimina questo feedback
communities-page-feedback-added = Feedback aggiunto
communities-page-archived-notice = Archiviata: nascosta dagli elenchi, storico conservato
communities-page-restored = Ripristinata
# $name is the community's name.
communities-page-deleted = { $name } eliminata
communities-page-loading = Caricamento…
