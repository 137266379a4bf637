# Die Wörter der Analyse: Hinweise zum Umsatzplus, die Grundlagen des Eignungswerts und was in der Übersicht
# unter „Bitte prüfen“ steht.

lift-not-started = Die Kampagne hat noch nicht begonnen, oder die Verkäufe ihrer ersten Tage sind noch nicht importiert.
lift-no-window-sales = Noch keine Verkaufsdaten für die Tage der Kampagne: Importieren Sie die Verkäufe dieser Tage.
lift-not-enough-history = Zu wenig Verlauf: { $days ->
        [one] 1 nutzbarer Tag
       *[other] { $days } nutzbare Tage
    } { $weeks ->
        [one] in der Woche
       *[other] in den { $weeks } Wochen
    } vor der Kampagne (nötig sind mindestens { $min_days } und von jedem Wochentag { $min_weekday }). Importieren Sie ältere Verkäufe oder verlegen Sie andere Kampagnen aus diesen Wochen.
lift-overlaps = Läuft gleichzeitig mit { $campaigns }: Das ist das Umsatzplus dieser Kampagnen zusammen, bei jeder angezeigt und nie addiert.
lift-missing-days = { $count ->
        [one] Für 1 Tag des Kampagnenzeitraums fehlen Verkaufsdaten: Dieser Tag bleibt außen vor.
       *[other] Für { $count } Tage des Kampagnenzeitraums fehlen Verkaufsdaten: Diese Tage bleiben außen vor.
    }
lift-pending-days = { $count ->
        [one] 1 Tag des Kampagnenzeitraums steht noch bevor: Die Schätzung umfasst die bisherigen Tage.
       *[other] { $count } Tage des Kampagnenzeitraums stehen noch bevor: Die Schätzung umfasst die bisherigen Tage.
    }
lift-range-includes-zero = Der Bereich schließt null ein: Vielleicht hat die Kampagne keinen Zusatzumsatz gebracht. Eine längere Kampagne oder mehr Wochen Verlauf würden den Bereich schmaler machen.
lift-more-history = Mehr Wochen Verlauf ohne andere Kampagnen würden den Bereich schmaler machen.

# $tier: community, nano, micro, macro oder mega (die Reichweitenstufe des Kontos).
fit-engagement = { $rate } % auf { $platform } (Stufe { $tier ->
        [community] Community
        [nano] Nano
        [micro] Mikro
        [macro] Makro
        [mega] Mega
       *[other] { $tier }
    }; üblich { $low }–{ $high } %)
# Die fit-missing-*-Texte stehen nach „Fehlt:“.
fit-missing-engagement-rate = Engagement-Rate des Hauptkontos
fit-missing-account = ein Social-Media-Konto mit Engagement-Rate
fit-locality = Publikum vor Ort: { $pct } %
fit-missing-locality = Anteil des Publikums vor Ort
fit-rated = { $what ->
    [values] Passende Werte
   *[authenticity] Authentische Inhalte
    }: mit { $rating } von 5 bewertet
fit-missing-rating = { $what ->
    [values] Ihre Bewertung, wie gut die Werte zusammenpassen
   *[authenticity] Ihre Bewertung, wie authentisch die Inhalte sind
    }
fit-kept = { $on_time } von { $total } vereinbarten Leistungen pünktlich, { $late } verspätet, { $missed } versäumt
fit-missing-kept = eine bereits fällige vereinbarte Leistung (eingehaltene Vereinbarungen)
fit-missing-roi = eine abgeschlossene Kampagne mit diesem Partner (bisheriger ROI)
fit-missing-roi-measured = bisheriger ROI (die abgeschlossenen Kampagnen mit diesem Partner hatten keine Kosten oder wurden nur am Umsatzplus gemessen)
fit-roi = { $count ->
    [one] ROI { $roi } % aus 1 abgeschlossenen Kampagne
   *[other] ROI { $roi } % aus { $count } abgeschlossenen Kampagnen
    }
attention-code-never-used = { $count ->
    [one] Der Code { $codes } von { $name } wurde noch kein einziges Mal verwendet
   *[other] Die Codes { $codes } von { $name } wurden noch kein einziges Mal verwendet
    }
attention-conflicts = { $count ->
    [one] 1 Bestellung mit Codes von zwei Partnern; sie zählt nur einmal
   *[other] { $count } Bestellungen mit Codes von zwei Partnern; jede zählt nur einmal
    }
attention-ends-on = endet am { $day }
