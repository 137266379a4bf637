# The core's errors: what the window, the CLI and the logs say when something is refused or fails.
# Ids start with `error-` (what went wrong), `invalid-` (an input refused, shown next to its field),
# `field-` (a field's name inside such a sentence), `busy-` (what the shop file is busy with).

error-invalid = invalid input
error-not-found = { $entity ->
    [campaign] campaign { $id } was not found
    [campaign-partner] campaign partner { $id } was not found
    [community] community { $id } was not found
    [deliverable] deliverable { $id } was not found
    [feedback] feedback { $id } was not found
    [holiday] holiday { $id } was not found
    [import] import { $id } was not found
    [partner] partner { $id } was not found
    [partner-import] partner import { $id } was not found
    [payment] payment { $id } was not found
    [post] post { $id } was not found
    [promo-code-of-campaign-partner] promo code of campaign partner { $id } was not found
    [social-account] social account { $id } was not found
   *[other] { $entity } { $id } was not found
    }
error-locked = this shop file is already open in another LocalLift window or command ({ $path })
error-read-only = this shop file is on a disk or in a folder LocalLift cannot write to ({ $path })
error-too-new = this shop file was made by a newer version of LocalLift (schema { $found }, this app knows { $known })
error-in-file = { $file }: { $message }
error-cancelled = cancelled; nothing was changed
error-database = the shop database failed: { $detail }
error-migration = upgrading the shop database failed: { $detail }
error-io = file error: { $detail }
error-corrupt = stored data is not valid: { $detail }
error-document = the document could not be made: { $detail }
error-busy = the shop file is busy { $what }; try again when it is done
busy-migrating = bringing itself up to date
busy-customers = updating its customers
busy-long-task = with a long task (an import, a PDF or a restore)
# Text the core has not given a message of its own yet (a library's own words).
error-text = { $text }

# Inputs refused, shown next to the field.
invalid-required = { $label } is required
invalid-too-long = { $label } is too long (at most { $max } characters)
invalid-email = “{ $value }” is not a valid email address
invalid-link-scheme = a link must start with http:// or https://
invalid-link = “{ $value }” is not a valid web address
invalid-negative = { $label } cannot be negative
invalid-percent = { $label } must be between 0% and 100%
invalid-rating = { $label } is rated from 1 to 5
invalid-currency = “{ $value }” is not an ISO 4217 currency code (such as USD, EUR, GBP)
invalid-time-zone = “{ $value }” is not a known time zone (such as America/Los_Angeles)

# Field names inside the sentences above.
field-a-code = A code
field-a-niche = A niche
field-a-tag = A tag
field-amount = Amount
field-audience-locality = Audience locality
field-authenticity = Authenticity
field-city = City
field-commission = Commission
field-consent-source = Consent / source
field-deliverables = Deliverables
field-description = Description
field-engagement-rate = Engagement rate
field-fee = Fee
field-followers = Followers
field-gifted-products = Gifted products
field-goal = Goal
field-handle = Handle
field-hourly-rate = Hourly rate
field-how = How
field-margin = Margin
field-name = Name
field-neighborhood = Neighborhood
field-note = Note
field-notes = Notes
field-other-costs = Other costs
field-phone = Phone
field-reach = Reach
field-shop-name = Shop name
field-size = Size
field-source = Source
field-topic = Topic
field-values-alignment = Values alignment
field-what-was-said = What was said
field-likes = Likes
field-comments = Comments
field-shares = Shares
field-saves = Saves
field-clicks = Clicks

# Files that cannot be imported.
invalid-demo-not-empty = this shop file already holds data; the demo shop needs an empty file
import-names-no-one = choose the column with the partner's name, or with a handle or profile link
import-community-names-no-one = choose the column with each community's name
import-refused-for-problems = { $count ->
    [one] 1 row has a problem
   *[other] { $count } rows have problems
    }, so nothing was imported; fix the file, or import only the valid rows
import-refused-for-problems-at = { $count ->
    [one] 1 row has a problem
   *[other] { $count } rows have problems
    }, so nothing was imported (line { $line }: { $reason }); fix the file, or import only the valid rows
import-posts-need-partner = this export names no account: choose whose posts these are
import-posts-unknown-accounts = no partner has the account { $accounts }: add it to the partner, or choose whose posts these are
import-posts-unknown-format = not a posts export LocalLift knows (Meta Business Suite's content export, TikTok Studio's, YouTube Studio's table data)
import-header-unreadable = the header row cannot be read: { $detail }
import-no-header = the file has no header row
import-mapping-wrong = your column mapping: { $detail }
import-unknown-preset = unknown preset “{ $id }”; known: { $known }
import-unknown-format = this file's columns match no known export ({ $known }); any CSV can still be imported by saying which column holds what: the Import screen asks, or use --mapping with a JSON mapping (README, "Any other CSV")
import-no-rows = the file has a header but no rows
import-not-csv = line { $line }: the file cannot be read as CSV: { $detail }
import-other-currency = line { $line }: this file's orders are in { $file }, the shop's sales are in { $shop }; LocalLift never converts currencies, so nothing was imported
import-unknown-currency = line { $line }: unknown currency “{ $currency }”
import-no-currency = this export does not say its currency; set the shop's currency in Settings first
invalid-no-codes-to-print = “{ $campaign }” has no promo codes to print
invalid-no-partner-called = no partner is called “{ $name }”.{ $count ->
    [0] {""}
    [one] { " " }Did you mean “{ $suggestions }”?
   *[other] { " " }Did you mean “{ $suggestions }”?
    } (A new partner is created only for a name like no other.)
in-use-in-campaigns = { $name } is in { $count ->
    [one] 1 campaign
   *[other] { $count } campaigns
    }; archive { $who ->
    [them] them
   *[it] it
    } instead to keep the campaign history
invalid-backup-unreadable = { $file } cannot be read: { $detail }
invalid-backup-damaged = { $file } is damaged ({ $detail }); choose another backup
invalid-backup-base-missing = { $file } holds only what changed since the full backup { $base }, which is not there any more; choose another backup
invalid-backups-kept = Keep between { $min } and { $max } backups
invalid-backup-unknown = no backup of this shop is named { $file }
invalid-backup-unopenable = { $file } cannot be opened: { $detail }
invalid-backup-not-shop-because = { $file } is not a LocalLift shop file: { $detail }
invalid-backup-not-shop = { $file } is not a LocalLift shop file
invalid-backup-too-new = { $file } was written by a newer LocalLift; update the app first
invalid-campaign-ends-before-start = The campaign ends before it starts
invalid-window-days = The attribution window is from 0 to 365 days
invalid-owner-hours = Hours must be between 0 and 10,000
invalid-campaign-name-taken = Another campaign is already called “{ $name }”
invalid-code-twice = Code { $code } is listed twice
invalid-code-given = Code { $code } is already given to { $member } in this campaign
invalid-code-used = Code { $code } is already used by the campaign “{ $campaign }” ({ $start } to { $end }, with its attribution window); orders could not be told apart
invalid-no-campaign-called = no campaign is called “{ $name }”.{ $count ->
    [0] {""}
   *[other] { " " }Did you mean “{ $suggestions }”?
    }
in-use-campaign-redemptions = { $count ->
    [one] “{ $campaign }” has 1 in-store redemption entry; archive it instead to keep it
   *[other] “{ $campaign }” has { $count } in-store redemption entries; archive it instead to keep them
    }
invalid-partner-or-community = Choose one partner or one community
invalid-no-such-partner = That partner does not exist
invalid-partner-in-campaign = This partner is already in the campaign
invalid-no-such-community = That community does not exist
invalid-community-in-campaign = This community is already in the campaign
invalid-code-space = Code “{ $code }” contains a space
in-use-member-redemptions = { $count ->
    [one] { $name } has 1 in-store redemption entry in this campaign, so they cannot be taken out of it
   *[other] { $name } has { $count } in-store redemption entries in this campaign, so they cannot be taken out of it
    }
invalid-redemption-count = At least one redemption
invalid-redemption-day = The campaign counts sales from { $start } to { $end }
invalid-feedback-text = What was said is required
invalid-contact-import-undone = The import of { $file } was undone already.
invalid-contact-import-later = { $later } was imported after { $file }: undo that import first.
invalid-contact-import-community-used = { $name }, brought in by this import, is now in a campaign: take it out there first, or keep the import.
invalid-contact-import-partner-used = { $name }, brought in by this import, is now in a campaign or leads a community: take them out there first, or keep the import.
invalid-deliverable-done-future = A deliverable can be marked done today or on an earlier day, not after today
invalid-deliverable-post = Choose one of this partner's posts in this campaign
invalid-holiday-name = give the day a name of 1 to 200 characters (“Street fair”)
invalid-payment-amount = A payment is an amount above zero
invalid-payment-day = A payment is recorded once it is made: the day cannot be after today
invalid-distance = Distance cannot be negative
invalid-no-partner-named = no partner is called “{ $name }”.{ $count ->
    [0] {""}
   *[other] { " " }Did you mean “{ $suggestions }”?
    }
invalid-account-twice = This account is listed twice
invalid-account-taken = This partner already has the { $platform } account @{ $handle }
invalid-import-undone = the import of { $file } was already undone
in-use-later-import = the later import of { $later } changed the same orders; undo it first
invalid-lift-weeks = Choose between 4 and 26 weeks
invalid-weight = A weight from 0 to 100
invalid-weights-zero = At least one factor needs a weight above 0
invalid-hold-days = Choose from 0 to 90 days
invalid-locale = “{ $value }” is not a locale; write it like de-DE, fr-FR or pt-BR
invalid-currency-change = sales are already recorded in { $currency }; the currency cannot change
invalid-unknown-time-zone = unknown time zone
invalid-answer = An answer is needed


# The app's own faults (the window's shell).
app-error-unusable = the app state is unusable; restart LocalLift
app-error-closed = no shop file is open
app-error-stopped = a command stopped unexpectedly: { $detail }
app-error-dialog-stopped = the file dialog stopped unexpectedly: { $detail }
app-error-dialog-no-file = the file dialog did not answer with a file: { $detail }
app-error-import-stopped = the import stopped unexpectedly: { $detail }
