# La ligne de commande : ses erreurs et ce qu'elle affiche.

cli-error = erreur : { $message }
cli-not-a-campaign = { $file } : ce n'est pas une description de campagne : { $detail }
cli-quote-never-closes = un guillemet n'est jamais fermé, donc les lignes qui le suivent ne peuvent pas être lues et rien n'a été importé ; fermez le guillemet (voir la ligne ci-dessus) et relancez l'import
cli-sales-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
    }, donc rien n'a été importé ; corrigez le fichier ou utilisez --skip-invalid pour importer les commandes valides
cli-partners-no-name-column = aucune colonne n'indique à qui correspond chaque ligne (un nom, un identifiant ou un lien de profil) ; les colonnes du fichier sont { $columns } : indiquez une correspondance des colonnes avec --mapping
cli-rows-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
    }, donc rien n'a été importé ; corrigez le fichier ou utilisez --skip-invalid pour importer les lignes valides
cli-not-a-mapping = ce n'est pas une correspondance des colonnes : { $detail }
cli-communities-no-name-column = aucune colonne ne contient le nom de la communauté : indiquez une correspondance des colonnes avec --mapping
cli-community-rows-problems = des lignes ont des problèmes, donc rien n'a été importé ; corrigez le fichier ou utilisez --skip-invalid
cli-export-needs-out = indiquez où écrire le fichier : --out FICHIER.csv
cli-deliverable-kind = « { $kind } » ne fait pas partie de : { $known }
cli-not-a-partner-of = « { $partner } » n'est pas un partenaire de « { $campaign } »
cli-not-an-amount = « { $text } » n'est pas un montant : { $detail }

## Ce qu'affiche la ligne de commande. (Les textes de --help et les erreurs d'usage de clap restent en anglais : clap les écrit.)

cli-rows = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
    }
cli-orders = { $count ->
    [one] { $count } commande
   *[other] { $count } commandes
    }
cli-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
    }
cli-refund-rows-applied = { $count ->
    [one] { $count } ligne de remboursement appliquée
   *[other] { $count } lignes de remboursement appliquées
    }
cli-partners = { $count ->
    [one] { $count } partenaire
   *[other] { $count } partenaires
    }
cli-communities = { $count ->
    [one] { $count } communauté
   *[other] { $count } communautés
    }
cli-campaigns = { $count ->
    [one] { $count } campagne
   *[other] { $count } campagnes
    }
cli-posts = { $count ->
    [one] { $count } publication
   *[other] { $count } publications
    }

## import
cli-import-counts = { $file } : { $format } ({ $encoding }, séparateur { $delimiter }) : { $rows }, { $orders } : { $new ->
        [one] { $new } nouvelle
       *[other] { $new } nouvelles
    }, { $updated ->
        [one] { $updated } mise à jour
       *[other] { $updated } mises à jour
    }, { $unchanged ->
        [one] { $unchanged } inchangée
       *[other] { $unchanged } inchangées
    }, { $cancelled ->
        [one] { $cancelled } annulée
       *[other] { $cancelled } annulées
    }, { $unpaid ->
        [one] { $unpaid } pas encore payée
       *[other] { $unpaid } pas encore payées
    } ; { $refunds } ; { $problems }
cli-delimiter-tab = tabulation
cli-more-problems = { $file } : … et { $count ->
    [one] { $count } autre problème
   *[other] { $count } autres problèmes
    }
cli-currency-set = La boutique n'avait pas encore de devise : c'est maintenant { $currency } (d'après ce fichier).
cli-currency-set-on-import = La boutique n'a pas encore de devise : importer ce fichier la fixe à { $currency } (d'après ce fichier).
cli-hint-date-order = (Pour lire les dates dans l'autre sens : --date-order dmy ou --date-order mdy.)
cli-hint-prices-include-tax = (Si vos prix incluent les taxes : --prices-include-tax true.)
cli-imported-batch = Importé comme lot { $batch } (pour annuler l'import : locallift undo { $batch }).
cli-dry-run = Essai à blanc : rien n'a été enregistré.
cli-nothing-new-orders = Rien de nouveau : toutes les commandes de ce fichier sont déjà dans la boutique.
cli-problem-column = colonne « { $column } » :
cli-problem-value = « { $value } » :

## import de partenaires, de communautés et de publications
cli-counts-partners = { $file } : { $format }, { $rows } : { $new ->
        [one] { $new } nouveau
       *[other] { $new } nouveaux
    }, { $updated } mis à jour, { $unchanged ->
        [one] { $unchanged } inchangé
       *[other] { $unchanged } inchangés
    }, { $problems }
cli-counts-communities = { $file } : { $format }, { $rows } : { $new ->
        [one] { $new } nouvelle
       *[other] { $new } nouvelles
    }, { $updated ->
        [one] { $updated } mise à jour
       *[other] { $updated } mises à jour
    }, { $unchanged ->
        [one] { $unchanged } inchangée
       *[other] { $unchanged } inchangées
    }, { $problems }
cli-counts-posts = { $file } : { $format }, { $rows } : { $new ->
        [one] { $new } nouvelle
       *[other] { $new } nouvelles
    }, { $updated ->
        [one] { $updated } mise à jour
       *[other] { $updated } mises à jour
    }, { $unchanged ->
        [one] { $unchanged } inchangée
       *[other] { $unchanged } inchangées
    }, { $problems }
cli-imported-partners = Importé comme import de partenaires { $id } (pour annuler l'import : locallift partners undo { $id }).
cli-imported-sheet = Importé comme import { $id } (pour annuler l'import : locallift partners undo { $id }).
cli-nothing-new-partners = Rien de nouveau : chaque partenaire de ce fichier est déjà tel que le fichier l'indique.
cli-nothing-new-communities = Rien de nouveau : chaque communauté de ce fichier est déjà telle que le fichier l'indique.
cli-nothing-new-posts = Rien de nouveau : chaque publication de ce fichier est déjà telle que le fichier l'indique.

## annulation, sauvegarde, restauration, démo
cli-undone-import = L'import de { $file } (lot { $batch }) a été annulé.
cli-undone-partner-import = L'import de partenaires de { $file } ({ $id }) a été annulé.
cli-backup-written = sauvegarde enregistrée dans { $path }
cli-backup-copy-written = copie du fichier de la boutique enregistrée dans { $path }
cli-restored = restauré depuis { $file } ; l'état d'avant est conservé dans { $backup }
cli-demo-written = boutique de démo enregistrée dans { $path } : { $partners }, { $communities }, { $campaigns }, { $posts }, { $orders } (dont { $coded } avec un code de partenaire)

## summary
cli-summary = { $orders }, chiffre d'affaires net { $net }
cli-summary-code = { $code } : { $orders }, { $net }

## results
cli-results-heading = { $campaign } (du { $start } au { $end } ; commandes comptées du { $from } au { $to })
cli-results-walk-in = { $partner } : partenaire sans code, mesuré par la hausse des ventes : { $lift } ; coût { $cost }, ROI { $range }
cli-results-no-estimate = pas encore d'estimation
cli-results-partner = { $partner } : { $orders }, CA net { $net }, marge brute { $profit }, coût { $cost }, ROI { $roi }, { $new ->
    [one] { $new } nouveau client
   *[other] { $new } nouveaux clients
    }
cli-results-orders-said = { $orders } (dont { $said } selon le client, { $net })
cli-results-total = total : { $orders }, CA net { $net }, marge brute { $profit }, coût { $cost }, ROI { $roi }
cli-results-roi-with-lift = { $roi } (ventes comptées ; avec la hausse des ventes des partenaires sans code : { $range })
cli-results-conflict = conflit : la commande { $order } a utilisé { $codes } : comptée pour { $partner }, correspondait aussi à { $others }

## export, rapport, relevé de paiements
cli-export-written = { $path } enregistré ({ $rows })
cli-file-written = { $path } enregistré
cli-statement-csv-written = { $path } enregistré ({ $rows })
cli-missing-glyphs = remarque : aucune police de cet ordinateur ne contient { $characters } : ces caractères apparaissent sous forme de carrés dans le PDF

## prestations
cli-deliverable-line = #{ $id } à livrer le { $due } { $status } { $partner } · { $campaign } · { $kind }
cli-deliverable-described = { $line } : { $description }
cli-deliverable-status = { $status ->
    [planned] prévue
    [due] à livrer
    [done] faite
   *[missed] manquée
    }
cli-deliverable-deleted = prestation { $id } supprimée

## paiements, codes qui ont fuité
cli-payment-recorded = paiement { $id } de { $amount } à { $partner } le { $day } enregistré ; solde maintenant { $balance }
cli-payment-deleted = paiement { $id } supprimé
cli-leak-marked = { $code } marqué comme fuité depuis le { $day } : ses commandes à partir de ce jour ne sont pas attribuées au partenaire
cli-leak-unmarked = { $code } n'est plus marqué comme fuité

## info
cli-info-file = fichier : { $path }
cli-info-schema = version du schéma : { $version }
cli-info-shop = boutique : { $name } ({ $currency })
cli-info-no-currency = pas encore de devise
cli-info-partners = partenaires : { $count }
cli-info-campaigns = campagnes : { $count }

## lift-study
cli-lift-study = { $shops ->
    [one] { $shops } boutique
   *[other] { $shops } boutiques
    } (graine { $seed }) : couverture de l'intervalle à 95 % { $coverage } %, biais { $bias } % des ventes habituelles de la période ; sans hausse réelle, hausse annoncée (intervalle au-dessus de 0) { $claimed } %, intervalle excluant 0 d'un côté ou de l'autre { $excludes } %
cli-lift-study-scenario = hausse { $uplift } % : { $runs ->
    [one] { $runs } simulation
   *[other] { $runs } simulations
    }, couverture { $coverage } %, biais { $bias } %, détectée (intervalle au-dessus de 0) { $detected } %, données insuffisantes { $short }
