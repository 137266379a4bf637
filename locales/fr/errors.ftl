# Les erreurs du cœur : ce que disent la fenêtre, la ligne de commande et les journaux quand quelque chose est refusé ou échoue.
# Les ids commencent par `error-` (ce qui n'a pas marché), `invalid-` (une saisie refusée, affichée à côté de son champ),
# `field-` (le nom d'un champ dans une telle phrase), `busy-` (ce qui occupe le fichier de boutique).

error-invalid = saisie non valide
error-not-found = { $entity ->
    [campaign] campagne { $id } introuvable
    [campaign-partner] participant de campagne { $id } introuvable
    [community] communauté { $id } introuvable
    [deliverable] prestation { $id } introuvable
    [feedback] retour { $id } introuvable
    [holiday] jour inhabituel { $id } introuvable
    [import] import { $id } introuvable
    [partner] partenaire { $id } introuvable
    [partner-import] import de partenaires { $id } introuvable
    [payment] paiement { $id } introuvable
    [post] publication { $id } introuvable
    [promo-code-of-campaign-partner] code promo du participant de campagne { $id } introuvable
    [social-account] compte de réseau social { $id } introuvable
   *[other] { $entity } { $id } introuvable
    }
error-locked = ce fichier de boutique est déjà ouvert dans une autre fenêtre ou commande LocalLift ({ $path })
error-read-only = ce fichier de boutique se trouve sur un disque ou dans un dossier où LocalLift ne peut pas écrire ({ $path })
error-too-new = ce fichier de boutique a été créé par une version plus récente de LocalLift (schéma { $found } ; cette version connaît le schéma { $known })
error-in-file = { $file } : { $message }
error-cancelled = annulé ; rien n'a été modifié
error-database = erreur de la base de données de la boutique : { $detail }
error-migration = la mise à jour de la base de données de la boutique a échoué : { $detail }
error-io = erreur de fichier : { $detail }
error-corrupt = les données enregistrées ne sont pas valides : { $detail }
error-document = le document n'a pas pu être créé : { $detail }
# $what est l'un des messages busy-* ci-dessous, écrit entre parenthèses.
error-busy = le fichier de la boutique est occupé ({ $what }) ; réessayez quand ce sera terminé
busy-migrating = mise à jour du fichier en cours
busy-customers = mise à jour des clients en cours
busy-long-task = longue tâche en cours : un import, un PDF ou une restauration
# Un texte pour lequel le cœur n'a pas encore de message à lui (les mots d'une bibliothèque).
error-text = { $text }

# Saisies refusées, affichées à côté du champ. $label est l'un des noms field-* ci-dessous, avec son article
# (« Le nom ») : les phrases sont tournées pour rester justes quels que soient le genre et le nombre.
invalid-required = { $label } est obligatoire
invalid-too-long = { $label } : texte trop long ({ $max } caractères au maximum)
invalid-email = « { $value } » n'est pas une adresse e-mail valide
invalid-link-scheme = un lien doit commencer par http:// ou https://
invalid-link = « { $value } » n'est pas une adresse web valide
invalid-negative = { $label } ne peut pas être en dessous de zéro
invalid-percent = { $label } doit se situer entre 0 % et 100 %
invalid-rating = { $label } : une note de 1 à 5
invalid-currency = « { $value } » n'est pas un code de devise ISO 4217 (comme EUR, CHF ou CAD)
invalid-time-zone = « { $value } » n'est pas un fuseau horaire connu (comme Europe/Paris)

# Noms des champs dans les phrases ci-dessus, avec leur article.
field-a-code = Un code promo
field-a-niche = Un thème
field-a-tag = Une étiquette
field-amount = Le montant
field-audience-locality = L'audience locale
field-authenticity = L'authenticité du contenu
field-city = La ville
field-commission = La commission
field-consent-source = Le consentement / l'origine
field-deliverables = La liste des prestations
field-description = La description
field-engagement-rate = Le taux d'engagement
field-fee = La rémunération
field-followers = Le nombre d'abonnés
field-gifted-products = La valeur des produits offerts
field-goal = L'objectif
field-handle = L'identifiant
field-hourly-rate = Le taux horaire
field-how = Le moyen de paiement
field-margin = La marge brute
field-name = Le nom
field-neighborhood = Le quartier
field-note = La note
field-notes = Les notes
field-other-costs = Le montant des autres coûts
field-phone = Le numéro de téléphone
field-reach = La portée
field-shop-name = Le nom de la boutique
field-size = La taille
field-source = La source
field-topic = Le thème
field-values-alignment = Les valeurs partagées
field-what-was-said = Ce qui a été dit
field-likes = Le nombre de j'aime
field-comments = Le nombre de commentaires
field-shares = Le nombre de partages
field-saves = Le nombre d'enregistrements
field-clicks = Le nombre de clics

# Fichiers qui ne peuvent pas être importés.
invalid-demo-not-empty = ce fichier de boutique contient déjà des données ; la boutique de démo a besoin d'un fichier vide
import-names-no-one = choisissez la colonne avec le nom du partenaire, ou avec un identifiant ou un lien de profil
import-community-names-no-one = choisissez la colonne avec le nom de chaque communauté
import-refused-for-problems = { $count ->
    [one] { $count } ligne a un problème
   *[other] { $count } lignes ont des problèmes
    }, donc rien n'a été importé ; corrigez le fichier, ou importez seulement les lignes valides
import-refused-for-problems-at = { $count ->
    [one] { $count } ligne a un problème
   *[other] { $count } lignes ont des problèmes
    }, donc rien n'a été importé (ligne { $line } : { $reason }) ; corrigez le fichier, ou importez seulement les lignes valides
import-posts-need-partner = cet export ne nomme aucun compte : choisissez à qui sont ces publications
import-posts-unknown-accounts = aucun partenaire n'a le compte { $accounts } : ajoutez-le au partenaire, ou choisissez à qui sont ces publications
import-posts-unknown-format = ce n'est pas un export de publications que LocalLift connaît (l'export de contenu de Meta Business Suite, celui de TikTok Studio, ou le fichier « Table data » de YouTube Studio)
import-header-unreadable = la ligne d'en-tête ne peut pas être lue : { $detail }
import-no-header = le fichier n'a pas de ligne d'en-tête
import-mapping-wrong = votre correspondance des colonnes : { $detail }
import-unknown-preset = préréglage inconnu « { $id } » ; préréglages connus : { $known }
import-unknown-format = les colonnes de ce fichier ne correspondent à aucun export connu ({ $known }) ; tout fichier CSV peut quand même être importé en indiquant quelle colonne contient quoi : l'écran « Importer les ventes » vous le demande, ou utilisez --mapping avec une correspondance des colonnes en JSON (README, « Any other CSV »)
import-no-rows = le fichier a une ligne d'en-tête mais aucune ligne de données
import-not-csv = ligne { $line } : le fichier ne peut pas être lu comme un CSV : { $detail }
import-other-currency = ligne { $line } : les commandes de ce fichier sont en { $file }, les ventes de la boutique en { $shop } ; LocalLift ne convertit jamais les devises, donc rien n'a été importé
import-unknown-currency = ligne { $line } : devise inconnue « { $currency } »
import-no-currency = cet export n'indique pas sa devise ; choisissez d'abord la devise de la boutique dans Réglages
invalid-no-codes-to-print = « { $campaign } » n'a aucun code promo à imprimer
# Plusieurs $suggestions arrivent reliées par ”, “ (guillemets anglais) : la variante [other] les entoure donc des mêmes guillemets.
invalid-no-partner-called = aucun partenaire ne s'appelle « { $name } ».{ $count ->
    [0] {""}
    [one] { " " }Vouliez-vous dire « { $suggestions } » ?
   *[other] { " " }Vouliez-vous dire “{ $suggestions }” ?
    } (Un nouveau partenaire n'est créé que pour un nom qui ne ressemble à aucun autre.)
in-use-in-campaigns = { $name } fait partie { $count ->
    [one] d'une campagne
   *[other] de { $count } campagnes
    } ; archivez plutôt { $who ->
    [them] ce partenaire
   *[it] cette communauté
    } pour garder l'historique des campagnes
invalid-backup-unreadable = { $file } ne peut pas être lu : { $detail }
invalid-backup-damaged = { $file } est endommagé ({ $detail }) ; choisissez une autre sauvegarde
invalid-backup-base-missing = { $file } ne contient que les changements depuis la sauvegarde complète { $base }, qui n’existe plus ; choisissez une autre sauvegarde
invalid-backups-kept = Gardez entre { $min } et { $max } sauvegardes
invalid-backup-unknown = aucune sauvegarde de cette boutique ne s'appelle { $file }
invalid-backup-unopenable = { $file } ne peut pas être ouvert : { $detail }
invalid-backup-not-shop-because = { $file } n'est pas un fichier de boutique LocalLift : { $detail }
invalid-backup-not-shop = { $file } n'est pas un fichier de boutique LocalLift
invalid-backup-too-new = { $file } a été écrit par une version plus récente de LocalLift ; mettez d'abord l'application à jour
invalid-campaign-ends-before-start = La campagne se termine avant de commencer
invalid-window-days = La fenêtre d'attribution va de 0 à 365 jours
invalid-owner-hours = Les heures doivent être comprises entre 0 et 10 000
invalid-campaign-name-taken = Une autre campagne s'appelle déjà « { $name } »
invalid-code-twice = Le code { $code } figure deux fois dans la liste
invalid-code-given = Le code { $code } est déjà attribué à { $member } dans cette campagne
invalid-code-used = Le code { $code } est déjà utilisé par la campagne « { $campaign } » (du { $start } au { $end }, fenêtre d'attribution comprise) ; on ne pourrait pas distinguer les commandes
invalid-no-campaign-called = aucune campagne ne s'appelle « { $name } ».{ $count ->
    [0] {""}
    [one] { " " }Vouliez-vous dire « { $suggestions } » ?
   *[other] { " " }Vouliez-vous dire “{ $suggestions }” ?
    }
in-use-campaign-redemptions = « { $campaign } » a { $count ->
    [one] { $count } utilisation en boutique saisie
   *[other] { $count } utilisations en boutique saisies
    } ; archivez plutôt la campagne pour les garder
invalid-partner-or-community = Choisissez un partenaire ou une communauté
invalid-no-such-partner = Ce partenaire n'existe pas
invalid-partner-in-campaign = Ce partenaire fait déjà partie de la campagne
invalid-no-such-community = Cette communauté n'existe pas
invalid-community-in-campaign = Cette communauté fait déjà partie de la campagne
invalid-code-space = Le code « { $code } » contient un espace
in-use-member-redemptions = { $name } a { $count ->
    [one] { $count } utilisation en boutique saisie
   *[other] { $count } utilisations en boutique saisies
    } dans cette campagne ; impossible de retirer { $name } de la campagne
invalid-redemption-count = Au moins une utilisation
invalid-redemption-day = La campagne compte les ventes du { $start } au { $end }
invalid-feedback-text = Écrivez ce qui a été dit
invalid-contact-import-undone = L'import de { $file } a déjà été annulé.
invalid-contact-import-later = { $later } a été importé après { $file } : annulez d'abord cet import.
invalid-contact-import-community-used = { $name }, qui vient de cet import, fait maintenant partie d'une campagne : retirez d'abord cette communauté de la campagne, ou gardez l'import.
invalid-contact-import-partner-used = { $name }, qui vient de cet import, fait maintenant partie d'une campagne ou anime une communauté : retirez d'abord ce partenaire de la campagne ou de la communauté, ou gardez l'import.
invalid-deliverable-done-future = Le jour où la prestation a été faite ne peut pas être après aujourd'hui
invalid-deliverable-post = Choisissez une des publications de ce partenaire dans cette campagne
invalid-holiday-name = donnez au jour un nom de 1 à 200 caractères (« Braderie »)
invalid-payment-amount = Un paiement doit être un montant supérieur à zéro
invalid-payment-day = Un paiement s'enregistre une fois effectué : le jour ne peut pas être après aujourd'hui
invalid-distance = La distance ne peut pas être négative
invalid-no-partner-named = aucun partenaire ne s'appelle « { $name } ».{ $count ->
    [0] {""}
    [one] { " " }Vouliez-vous dire « { $suggestions } » ?
   *[other] { " " }Vouliez-vous dire “{ $suggestions }” ?
    }
invalid-account-twice = Ce compte figure deux fois dans la liste
invalid-account-taken = Ce partenaire a déjà le compte { $platform } @{ $handle }
invalid-import-undone = l'import de { $file } a déjà été annulé
in-use-later-import = l'import suivant de { $later } a modifié les mêmes commandes ; annulez-le d'abord
invalid-lift-weeks = Choisissez entre 4 et 26 semaines
invalid-weight = Un poids de 0 à 100
invalid-weights-zero = Au moins un critère doit avoir un poids supérieur à 0
invalid-hold-days = Choisissez de 0 à 90 jours
invalid-locale = « { $value } » n'est pas un code de langue et région ; écrivez-le comme fr-FR, fr-CH ou fr-CA
invalid-currency-change = des ventes sont déjà enregistrées en { $currency } ; la devise ne peut plus changer
invalid-unknown-time-zone = fuseau horaire inconnu
invalid-answer = Une réponse est nécessaire


# Les erreurs de l'application elle-même (l'enveloppe de la fenêtre).
app-error-unusable = l'application est dans un état inutilisable ; redémarrez LocalLift
app-error-closed = aucun fichier de boutique n'est ouvert
app-error-stopped = une commande s'est arrêtée de façon inattendue : { $detail }
app-error-dialog-stopped = la fenêtre de choix de fichier s'est arrêtée de façon inattendue : { $detail }
app-error-dialog-no-file = la fenêtre de choix de fichier n'a renvoyé aucun fichier : { $detail }
app-error-import-stopped = l'import s'est arrêté de façon inattendue : { $detail }
