# The Settings screen (ui/src/screens/Settings.svelte) and its panels: the shop (ShopForm), scoring and
# lift (AnalysisSettings), unusual days (Holidays) and backups (Backups).

## Settings
settings-title = Settings
settings-shop = Shop
settings-now-demo = Now showing the demo shop
settings-now-own = Now showing your shop
settings-file = Shop file
# Followed by the file's path.
settings-file-where = Everything LocalLift knows is in this one file on your computer:
settings-file-demo = You are looking at the demo shop.
settings-file-go-own = Go to my shop
settings-file-open-demo = Open the demo shop

## The shop
settings-shop-name = Shop name
settings-shop-currency = Currency
settings-shop-currency-hint = ISO code, such as USD or EUR
settings-shop-time-zone = Time zone
settings-shop-time-zone-hint = Days and campaign dates are counted in it
settings-shop-margin = Gross margin (%)
settings-shop-margin-hint = Used when sales have no product costs
settings-shop-margin-invalid = Type a percentage, such as 55
settings-shop-rate = Your time is worth (per hour)
settings-shop-rate-hint = Counts your hours as a campaign cost; leave 0 to ignore
settings-shop-rate-invalid = Type an amount
settings-shop-locale = Language and region
settings-shop-locale-hint = How money, numbers and dates are written everywhere: screens, charts, PDFs, CSV exports
# The first choice: this computer's own setting; $language is its name in its own language ("Deutsch (Deutschland)").
settings-shop-locale-system = System: { $language }
settings-shop-saving = Saving…
settings-shop-save = Save shop settings
settings-shop-saved = Shop settings saved

## Scoring and lift
settings-analysis = Scoring and lift
settings-analysis-weights = Weights of the partner fit score (0–100 each; only their proportions matter).
settings-factor-engagement = Engagement for their size
settings-factor-locality = Local audience
settings-factor-values = Values alignment
settings-factor-authenticity = Content authenticity
settings-factor-past-roi = Past ROI
settings-factor-kept-agreements = Kept agreements
settings-factor-kept-agreements-hint = Share of agreed deliverables done on time; late ones count half
settings-analysis-weight-invalid = A weight from 0 to 100
settings-analysis-weeks = Weeks of history for the sales lift
settings-analysis-weeks-invalid = Choose between 4 and 26 weeks
settings-analysis-weeks-note = More weeks narrow the lift's range when your sales are steady; fewer weeks follow a changing shop more closely.
# "Commission is due after [30] days": the label, then the box, then settings-analysis-hold-unit.
settings-analysis-hold = Commission is due after
settings-analysis-hold-unit = days
settings-analysis-hold-invalid = Choose from 0 to 90 days
settings-analysis-hold-hint = From 0 to 90 days after each order. A refund in that time is never owed; one learned later takes its commission back. Shopify Collabs holds 30 days by default.
settings-analysis-save = Save
settings-analysis-saved = Scoring and lift settings saved

## Unusual days
settings-holidays = Unusual days
settings-holidays-intro = Holidays, street fairs, days you were closed: the sales-lift estimate leaves them out of "usual sales" and out of campaign days.
settings-holidays-day = Day
settings-holidays-what = What
settings-holidays-what-placeholder = Street fair
settings-holidays-mark = Mark the day
settings-holidays-remove = Remove
# $day: the day, such as "Dec 26, 2025".
settings-holidays-unmark = Unmark { $day }
settings-holidays-none = No unusual days marked.

## Backups
settings-backups = Backups
settings-backups-intro = Taken once a day (at start-up or before the day's first import), before every upgrade, beside the shop file. An import is undone with its own Undo on the Import screen.
settings-backups-kept-form = Backups kept
# "Keep the last [10] backups": the label, then the box, then settings-backups-keep-after.
settings-backups-keep-before = Keep the last
settings-backups-keep-after = backups
settings-backups-keep-save = Save
settings-backups-kept = { $count ->
    [one] The last { $count } backup is kept
   *[other] The last { $count } backups are kept
    }
settings-backups-back-up-now = Back up now
settings-backups-taken = Backup taken
settings-backups-copy = Save a copy elsewhere…
settings-backups-copy-dialog = Save a copy of the shop file
# $file: where the copy was saved.
settings-backups-copy-saved = Copy saved as { $file }
settings-backups-check = Check the shop file
settings-backups-check-title = Run SQLite's integrity check on the shop file
settings-backups-checking = Checking…
settings-backups-check-ok = The integrity check found nothing wrong.
settings-backups-check-damaged = The integrity check found problems: restore the latest backup taken before them.
settings-backups-list = Backups list
settings-backups-col-taken = Taken
settings-backups-col-why = Why
settings-backups-col-size = Size
# $size: the size in kilobytes, a number.
settings-backups-size = { $size } KB
settings-backups-changes-since = changes since the full backup of { $date }
settings-backups-restore = Restore
settings-backups-reason-manual = Taken by hand
settings-backups-reason-before-import = Before an import
settings-backups-reason-before-restore = Before a restore
settings-backups-reason-daily = At start-up (daily)
settings-backups-reason-before-upgrade = Before an upgrade
settings-backups-none = No backup yet: one is taken before the first import, or now with "{ settings-backups-back-up-now }".
settings-backups-confirm-title = Restore this backup?
# $when: the backup's date and time.
settings-backups-confirm-own = Replace everything in your shop with the backup of { $when }? What is there now is backed up first, so this can be undone by restoring that one.
settings-backups-confirm-demo = Replace everything in the demo shop with the backup of { $when }? What is there now is backed up first, so this can be undone by restoring that one.
settings-backups-confirm-restore = Restore
settings-backups-confirm-cancel = Cancel
