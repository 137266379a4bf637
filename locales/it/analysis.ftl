# Le parole dell'analisi: le note dell'aumento delle vendite, i motivi del punteggio di affinità, cosa c'è da
# controllare nella Panoramica.

lift-not-started = La campagna non è ancora iniziata, oppure le vendite dei suoi primi giorni non sono ancora state importate.
lift-no-window-sales = Ancora nessun dato di vendita per i giorni della campagna: importa le vendite di quei giorni.
lift-not-enough-history = Storico insufficiente: { $days ->
        [one] { $days } giorno utilizzabile
       *[other] { $days } giorni utilizzabili
    } { $weeks ->
        [one] nella settimana
       *[other] nelle { $weeks } settimane
    } prima della campagna (ne servono almeno { $min_days }, e almeno { $min_weekday } per ogni giorno della settimana). Importa vendite meno recenti, oppure sposta le altre campagne fuori da quelle settimane.
lift-overlaps = Si svolge nello stesso periodo di { $campaigns }: questo è l'aumento delle vendite di queste campagne insieme, mostrato in ognuna e mai sommato.
lift-missing-days = { $count ->
        [one] Mancano i dati di vendita di { $count } giorno del periodo della campagna: quel giorno resta fuori.
       *[other] Mancano i dati di vendita di { $count } giorni del periodo della campagna: quei giorni restano fuori.
    }
lift-pending-days = { $count ->
        [one] { $count } giorno del periodo della campagna deve ancora arrivare: la stima copre i giorni trascorsi finora.
       *[other] { $count } giorni del periodo della campagna devono ancora arrivare: la stima copre i giorni trascorsi finora.
    }
lift-range-includes-zero = L'intervallo comprende lo zero: la campagna potrebbe non aver portato nulla in più. Una campagna più lunga, o più settimane di storico, restringerebbero l'intervallo.
lift-more-history = Più settimane di storico senza altre campagne restringerebbero l'intervallo.

fit-engagement = { $rate }% su { $platform } (fascia { $tier }; di solito { $low }–{ $high }%)
fit-missing-engagement-rate = Tasso di engagement del suo account principale
fit-missing-account = Un account social con il suo tasso di engagement
fit-locality = { $pct }% del pubblico in zona
fit-missing-locality = Quota del pubblico in zona
fit-rated = { $what ->
    [values] Valori in comune
   *[authenticity] Autenticità dei contenuti
    }: voto { $rating } su 5
fit-missing-rating = { $what ->
    [values] Il tuo voto sui valori in comune
   *[authenticity] Il tuo voto sull'autenticità dei suoi contenuti
    }
fit-kept = { $on_time } su { $total } { $total ->
        [one] impegno
       *[other] impegni
    } in tempo, { $late } in ritardo, { $missed } { $missed ->
        [one] mancato
       *[other] mancati
    }
fit-missing-kept = Un impegno con la scadenza già arrivata (accordi rispettati)
fit-missing-roi = Una campagna conclusa con questo partner (ROI passato)
fit-missing-roi-measured = ROI passato: le sue campagne concluse non avevano costi o sono state misurate solo con l'aumento delle vendite
fit-roi = { $count ->
    [one] ROI { $roi }% su { $count } campagna conclusa
   *[other] ROI { $roi }% su { $count } campagne concluse
    }
attention-code-never-used = { $count ->
    [one] il codice { $codes } di { $name } non è mai stato usato
   *[other] i codici { $codes } di { $name } non sono mai stati usati
    }
attention-conflicts = { $count ->
    [one] { $count } ordine ha usato codici di due partner; conta una volta sola
   *[other] { $count } ordini hanno usato codici di due partner; ognuno conta una volta sola
    }
attention-ends-on = termina il { $day }
