# Les lignes qu'un import refuse, et ce qu'il note sur un fichier : affichées dans l'aperçu, le CSV des problèmes et la ligne de commande.

row-not-whole-quantity = la quantité n'est pas un nombre entier
row-amount-empty = le montant est vide
row-not-an-amount = ce n'est pas un montant
row-too-precise = { $digits ->
    [0] des décimales, alors que cette devise n'en a pas
    [one] plus d'une décimale
   *[other] plus de { $digits } décimales
    }
row-amount-too-large = le montant est trop élevé
row-expected-etsy-date-dmy = date attendue sous la forme 05/03/24 (jour en premier, comme dans le reste du fichier)
row-expected-etsy-date-mdy = date attendue sous la forme 03/05/24
row-unknown-status = { $platform ->
    [Etsy] ce n'est pas un statut de commande documenté par Etsy
    [Square] ce n'est pas un statut de transaction documenté par Square
    [Stripe] ce n'est pas un statut de paiement documenté par Stripe
    [Shopify] ce n'est pas un statut financier documenté par Shopify
    [WooCommerce] ce n'est pas un statut de commande documenté par WooCommerce
    [PayPal] ce n'est pas un statut documenté par PayPal
   *[other] ce n'est pas un statut que LocalLift connaît (paid, pending, cancelled…)
    }
row-expected-day-first = date attendue avec le jour en premier, sous la forme 31/12/2024 (comme dans le reste du fichier)
row-expected-month-first = date attendue avec le mois en premier, sous la forme 12/31/2024 (comme dans le reste du fichier)
row-expected-time = heure attendue sous la forme 14:05:09
row-not-a-date-in-order = ce n'est pas une date dans l'ordre choisi (année-mois-jour, mois/jour/année ou jour/mois/année)
row-order-id-empty = le numéro de commande est vide
row-other-amount = une autre ligne de la commande { $order }, avec un autre montant que sa première ligne : si chaque ligne est un article, indiquez-le (« Chaque ligne est un article ») et les montants seront additionnés
row-expected-square-date = « Date » attendue sous la forme 2024-03-05 et « Time » sous la forme 14:07:31
row-expected-stripe-date = date attendue sous la forme 2024-03-05 14:07:31
row-negative-payment = paiement d'un montant négatif
row-expected-shopify-date = date attendue sous la forme 2024-03-05 14:07:31 -0500
row-partial-refund-no-column = commande remboursée en partie, mais l'export n'a pas de colonne « Refunded Amount »
row-order-name-empty = le nom de la commande est vide
row-expected-woo-date = date attendue sous la forme 2024-12-31 14:50
row-order-number-empty = le numéro de commande est vide
row-expected-woo-analytics-date = date attendue sous la forme 2024-12-31 14:50:00
row-text-after-quote = du texte après un guillemet fermant (un guillemet à l'intérieur d'un champ entre guillemets doit être doublé : "")
row-quote-never-closes = un guillemet s'ouvre ici et ne se ferme jamais, donc les lignes suivantes ne peuvent pas être lues : rien n'est importé tant que ce guillemet n'est pas fermé (ou retiré)
row-field-count = { $found ->
    [one] { $found } champ au lieu de { $expected } (un guillemet mal fermé ou une ligne coupée ?)
   *[other] { $found } champs au lieu de { $expected } (un guillemet mal fermé ou une ligne coupée ?)
    }
row-order-repeated = cette commande figure de nouveau dans le fichier, à l'écart de ses premières lignes et différente d'elles ; un export ne liste une commande qu'une seule fois (deux exports collés l'un après l'autre ?)

# Les colonnes du CSV des problèmes de lignes d'un import.
errors-csv-line = ligne
errors-csv-column = colonne
errors-csv-value = valeur
errors-csv-reason = problème
row-account-of-another = ce compte est celui de { $name } (ligne { $line }) : un compte ne peut pas appartenir à deux personnes
row-too-long = texte trop long ({ $max } caractères au maximum)
row-not-an-email = ce n'est pas une adresse e-mail
row-unknown-stage = ce n'est pas une étape que LocalLift connaît : écrivez prospect, contacté, en négociation, actif, en pause ou terminé
row-unknown-platform = ce n'est pas une plateforme que LocalLift connaît
row-not-followers = ce n'est pas un nombre d'abonnés
row-not-engagement = ce n'est pas un taux d'engagement
row-engagement-range = un taux d'engagement se situe entre 0 % et 100 %
row-not-a-date = ce n'est pas une date
row-no-name-no-handle = ni nom ni identifiant : rien n'indique de qui il s'agit
row-not-a-link = ce n'est pas une adresse web
row-not-a-handle = ce n'est pas un identifiant (un seul mot, avec ou sans @)
row-account-without-handle = des chiffres ou un lien sans l'identifiant du compte
row-no-name-no-account = ni nom ni compte : rien n'indique de qui il s'agit
row-day-after-today = une date qui n'est pas encore arrivée
row-accounts-of-two-partners = ces comptes appartiennent à deux partenaires différents dans LocalLift ({ $first } et { $second }) : mettez chacun sur sa propre ligne

# Ce qu'un import de partenaires, de communautés ou de publications note sur son fichier.
note-engagement-fractions = L'engagement de « { $column } » est lu comme des fractions (0,034 vaut 3,4 %) : toutes les valeurs valent 1 ou moins, et aucune n'a de %.
note-leader-unknown = { $community } : il n'y a pas un et un seul partenaire nommé « { $name } », donc le responsable reste vide.
row-unknown-community-kind = ce n'est pas un type de communauté que LocalLift connaît
row-not-members = ce n'est pas un nombre de membres
row-no-community-name = pas de nom : rien n'indique de quelle communauté il s'agit
note-posts-elsewhere = { $count ->
    [one] { $count } publication vient d'un compte d'un autre partenaire : elle va à ce partenaire.
   *[other] { $count } publications viennent de comptes d'autres partenaires : chacune va au partenaire de son compte.
    }
note-posts-outside = { $count ->
    [one] { $count } publication a été faite un jour hors de toute campagne du partenaire : elle est laissée de côté (une publication ne compte que dans une campagne).
   *[other] { $count } publications ont été faites des jours hors de toute campagne du partenaire : elles sont laissées de côté (une publication ne compte que dans une campagne).
    }
note-posts-total-row = La ligne « Total » est la somme des autres : elle est laissée de côté.
note-posts-undated = { $count ->
    [one] { $count } publication n'a pas d'heure de publication : laissée de côté
   *[other] { $count } publications n'ont pas d'heure de publication : laissées de côté
    }
row-no-video-id = pas d'ID de vidéo
row-no-post-link = pas de lien vers la publication
row-not-a-count = ce n'est pas un nombre entier

# Un tableur de partenaires, de communautés ou de publications qui ne peut pas être lu.
sheet-unreadable = ce n'est pas un tableur que LocalLift sait lire ({ $detail })
sheet-tab-unreadable = la feuille « { $name } » ne peut pas être lue ({ $detail })
sheet-too-many-rows = plus de { $max } lignes : ce n'est pas une liste de partenaires
sheet-no-table = aucune feuille de ce classeur ne contient de tableau
sheet-line-problem = ligne { $line } : { $reason }
sheet-no-table-rows = le fichier ne contient aucun tableau : aucune ligne n'a deux cellules ou plus

# Ce qu'un import de ventes a supposé et laissé de côté, une phrase chacun (la ligne de commande les affiche sous ses chiffres).
import-dates-file = Dates lues { $order ->
        [dmy] avec le jour en premier (31/12)
       *[mdy] avec le mois en premier (12/31)
    } : « { $value } » à la ligne { $line } ne peut pas se lire autrement.
import-dates-owner = Dates lues { $order ->
        [dmy] avec le jour en premier (31/12)
       *[mdy] avec le mois en premier (12/31)
    }, comme vous l'avez choisi.
import-dates-export = Dates lues { $order ->
        [dmy] avec le jour en premier (31/12)
       *[mdy] avec le mois en premier (12/31)
    }, comme cet export les écrit ; aucune date du fichier ne permet de trancher (aucun jour ne dépasse le 12), vérifiez donc les jours.
import-dates-locale = Dates lues { $order ->
        [dmy] avec le jour en premier (31/12)
       *[mdy] avec le mois en premier (12/31)
    }, comme on les écrit dans la langue et la région de la boutique ({ $locale }) ; aucune date du fichier ne permet de trancher (aucun jour ne dépasse le 12), vérifiez donc les jours.
import-dates-zone = Dates lues { $order ->
        [dmy] avec le jour en premier (31/12)
       *[mdy] avec le mois en premier (12/31)
    }, comme on les écrit là où se trouve la boutique ({ $zone }) ; aucune date du fichier ne permet de trancher (aucun jour ne dépasse le 12), vérifiez donc les jours.
import-dates-default = Dates lues { $order ->
        [dmy] avec le jour en premier (31/12)
       *[mdy] avec le mois en premier (12/31)
    } ; aucune date du fichier ne permet de trancher (aucun jour ne dépasse le 12), vérifiez donc les jours.
import-tax-inside = { $count ->
        [one] { $count } commande avait des taxes incluses dans ses prix (TVA ou TPS) ; elles ont été retirées du chiffre d'affaires net.
       *[other] { $count } commandes avaient des taxes incluses dans leurs prix (TVA ou TPS) ; elles ont été retirées du chiffre d'affaires net.
    }
import-tax-assumed-inside = { $count ->
        [one] Pour { $count } commande, le fichier n'indique pas si les taxes sont dans les prix : ses prix ont été considérés comme taxes comprises, et les taxes ont été retirées du chiffre d'affaires net. Choisissez l'inverse si vos prix n'incluent pas les taxes.
       *[other] Pour { $count } commandes, le fichier n'indique pas si les taxes sont dans les prix : leurs prix ont été considérés comme taxes comprises, et les taxes ont été retirées du chiffre d'affaires net. Choisissez l'inverse si vos prix n'incluent pas les taxes.
    }
import-tax-assumed-on-top = { $count ->
        [one] Pour { $count } commande, le fichier n'indique pas si les taxes sont dans les prix : ses prix ont été considérés comme hors taxes (taxes en sus). Choisissez l'inverse si vos prix incluent les taxes.
       *[other] Pour { $count } commandes, le fichier n'indique pas si les taxes sont dans les prix : leurs prix ont été considérés comme hors taxes (taxes en sus). Choisissez l'inverse si vos prix incluent les taxes.
    }
import-unpaid = { $count ->
        [one] { $count } commande pas encore payée : conservée, et comptée dès qu'un export ultérieur indiquera qu'elle a été payée.
       *[other] { $count } commandes pas encore payées : conservées, et comptées dès qu'un export ultérieur indiquera qu'elles ont été payées.
    }
import-refunds-pending = { $count ->
        [one] { $count } remboursement d'une commande pas encore importée : conservé, et appliqué quand sa commande sera importée.
       *[other] { $count } remboursements de commandes pas encore importées : conservés, et appliqués quand leurs commandes seront importées.
    }
import-cancelled = { $count ->
        [one] { $count } commande annulée, invalidée ou en échec : conservée, jamais comptée.
       *[other] { $count } commandes annulées, invalidées ou en échec : conservées, jamais comptées.
    }
import-skipped-payment-out = { $count ->
        [one] { $count } paiement sortant (argent versé par la boutique) ignoré : ce n'est pas une vente.
       *[other] { $count } paiements sortants (argent versé par la boutique) ignorés : ce ne sont pas des ventes.
    }
import-skipped-transfer = { $count ->
        [one] { $count } virement ou retrait ignoré : ce n'est pas une vente.
       *[other] { $count } virements et retraits ignorés : ce ne sont pas des ventes.
    }
import-skipped-hold = { $count ->
        [one] { $count } blocage ou déblocage de fonds ignoré : ce n'est pas une vente.
       *[other] { $count } blocages et déblocages de fonds ignorés : ce ne sont pas des ventes.
    }
import-skipped-conversion = { $count ->
        [one] { $count } conversion de devise ignorée : ce n'est pas une vente.
       *[other] { $count } conversions de devise ignorées : ce ne sont pas des ventes.
    }
import-skipped-foreign-currency = { $count ->
        [one] { $count } paiement dans une autre devise, non converti dans ce fichier, ignoré : ce n'est pas une vente.
       *[other] { $count } paiements dans une autre devise, non convertis dans ce fichier, ignorés : ce ne sont pas des ventes.
    }
import-skipped-declined = { $count ->
        [one] { $count } tentative de paiement refusée, ignorée : ce n'est pas une vente.
       *[other] { $count } tentatives de paiement refusées, ignorées : ce ne sont pas des ventes.
    }
import-skipped-other = { $count ->
        [one] { $count } ligne d'une autre activité ignorée : ce n'est pas une vente.
       *[other] { $count } lignes d'autres activités ignorées : ce ne sont pas des ventes.
    }

# Ce qu'un import change d'un partenaire ou d'une communauté qui existe déjà (l'aperçu les liste pour chaque ligne).
change-field-replaced = { $field ->
        [email] e-mail
        [phone] téléphone
        [neighborhood] quartier
        [city] ville
        [link] lien
       *[topic] thème
    } « { $old } » → « { $new } »
change-field-set = { $field ->
        [email] e-mail
        [phone] téléphone
        [neighborhood] quartier
        [city] ville
        [link] lien
       *[topic] thème
    } « { $value } »
change-niche = niche « { $niche } »
change-stage = étape : { $from } → { $to }
change-stage-set = étape : { $stage }
change-notes = notes
change-account = compte { $platform } @{ $handle }
change-link = lien du profil { $platform }
change-followers = abonnés { $platform } : { $followers } le { $day }
change-kind = type : { $kind }
change-members = membres : { $members }
change-leader = responsable
change-new-account = { $platform } @{ $handle }
