# Les mots de l'analyse : les notes de la hausse des ventes, les critères du score d'adéquation, ce qui est à vérifier dans le Tableau de bord.

lift-not-started = La campagne n'a pas encore commencé, ou les ventes de ses premiers jours ne sont pas encore importées.
lift-no-window-sales = Pas encore de données de ventes pour les jours de la campagne : importez les ventes de ces jours-là.
lift-not-enough-history = Historique insuffisant : { $days ->
        [one] { $days } jour utilisable
       *[other] { $days } jours utilisables
    } dans les { $weeks } semaines qui précèdent la campagne (il en faut au moins { $min_days }, dont { $min_weekday } pour chaque jour de la semaine). Importez des ventes plus anciennes, ou déplacez les autres campagnes hors de ces semaines.
lift-overlaps = Se déroule en même temps que { $campaigns } : cette hausse est celle de ces campagnes ensemble ; elle est affichée sur chacune, jamais additionnée.
lift-missing-days = { $count ->
        [one] Pas de données de ventes pour { $count } jour de la période mesurée : ce jour est laissé de côté.
       *[other] Pas de données de ventes pour { $count } jours de la période mesurée : ces jours sont laissés de côté.
    }
lift-pending-days = { $count ->
        [one] { $count } jour de la période mesurée est encore à venir : l'estimation porte sur les jours déjà écoulés.
       *[other] { $count } jours de la période mesurée sont encore à venir : l'estimation porte sur les jours déjà écoulés.
    }
lift-range-includes-zero = La fourchette inclut zéro : la campagne n'a peut-être rien apporté de plus. Une campagne plus longue, ou plus de semaines d'historique, resserrerait la fourchette.
lift-more-history = Plus de semaines d'historique sans autres campagnes resserreraient la fourchette.

# $tier est la catégorie d'audience en anglais (community, nano, micro, macro, mega).
fit-engagement = { $rate } % sur { $platform } (catégorie { $tier ->
        [community] communauté
        [nano] nano
        [micro] micro
        [macro] macro
        [mega] méga
       *[other] { $tier }
    } ; habituellement { $low }–{ $high } %)
fit-missing-engagement-rate = Taux d'engagement de son compte principal
fit-missing-account = Un compte social avec son taux d'engagement
fit-locality = { $pct } % de l'audience est locale
fit-missing-locality = Part locale de l'audience
fit-rated = { $what ->
    [values] Valeurs partagées
   *[authenticity] Authenticité du contenu
    } : note de { $rating } sur 5
fit-missing-rating = { $what ->
    [values] Votre note pour ses valeurs partagées
   *[authenticity] Votre note pour l'authenticité de son contenu
    }
fit-kept = { $on_time ->
        [one] { $on_time } prestation sur { $total } faite à temps
       *[other] { $on_time } prestations sur { $total } faites à temps
    }, { $late } en retard, { $missed ->
        [one] { $missed } manquée
       *[other] { $missed } manquées
    }
fit-missing-kept = Une prestation dont le jour d'échéance est arrivé (accords respectés)
fit-missing-roi = Une campagne terminée avec ce partenaire (ROI passé)
fit-missing-roi-measured = ROI passé : ses campagnes terminées n'avaient aucun coût ou n'étaient mesurées que par la hausse des ventes
fit-roi = { $count ->
    [one] ROI de { $roi } % sur { $count } campagne terminée
   *[other] ROI de { $roi } % sur { $count } campagnes terminées
    }
attention-code-never-used = { $count ->
    [one] le code { $codes } de { $name } n'a encore jamais été utilisé
   *[other] les codes { $codes } de { $name } n'ont encore jamais été utilisés
    }
attention-conflicts = { $count ->
    [one] { $count } commande a utilisé les codes de deux partenaires ; elle ne compte qu'une fois
   *[other] { $count } commandes ont utilisé les codes de deux partenaires ; chacune ne compte qu'une fois
    }
attention-ends-on = se termine le { $day }
