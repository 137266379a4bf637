# The window's frame (ui/src/App.svelte), the first start (Welcome), the screen shown when the shop file
# cannot be opened (StartupError), and the shared components (ui/src/lib/components/).

## Sidebar
app-opening = Opening your shop…
app-nav-sections = Sections
app-nav-dashboard = Dashboard
app-nav-partners = Partners
app-nav-communities = Communities
app-nav-campaigns = Campaigns
app-nav-import = Import sales
app-nav-settings = Settings
# The keyboard shortcut of a section: $key is its digit (1…6).
app-nav-shortcut = Alt+{ $key }
app-nav-key = Alt { $key }
app-shop-unnamed = My shop
app-shop-demo = Demo shop
app-shop-no-currency = no currency yet
app-version = LocalLift { $version }

## First start
app-welcome-demo-opened = This is the demo shop. Your own shop stays separate.
app-welcome-title = Welcome to LocalLift
app-welcome-lead = Work with local creators and communities, and see which partnerships paid off.
app-welcome-your-shop = Your shop
app-welcome-opening = Opening…
app-welcome-open-demo = Open the demo shop
app-welcome-open-demo-text = A year of a Portland plant shop: partners, communities, campaigns and sales. Nothing you do there touches your own shop.
app-welcome-set-up = Set up my shop
app-welcome-set-up-text = Name, currency, time zone and margin. You can import sales and add partners next.

## The shop file cannot be opened
app-startup-open-dialog = Open a LocalLift shop file
app-startup-title = LocalLift can't open this shop
app-startup-locked = Another LocalLift window (or a locallift command) already has this shop open. Switch to that window, or close it and try again.
app-startup-too-new = This shop file was saved by a newer version of LocalLift. Install the newer version to open it; this one will not touch it.
app-startup-database = The shop file could not be read as a LocalLift database. It may be damaged or not a LocalLift file.
app-startup-io = The shop file or its folder could not be opened. Check that the disk is connected and writable.
app-startup-read-only = The shop file is on a disk or in a folder LocalLift cannot write to (read-only, or not yours). LocalLift writes even to read: its lock, its journal and a daily backup. Copy the file somewhere writable and open it there, or open another file.
app-startup-other = The shop file could not be opened.
# Followed by the file's path.
app-startup-file = File:
app-startup-details = Details: { $message }
app-startup-integrity = Integrity check
# In bold, followed by app-startup-integrity-ok or by the list of problems.
app-startup-integrity-label = SQLite's integrity check:
app-startup-integrity-ok = the file's structure is sound.
app-startup-restore-keeps = Restoring keeps the damaged file beside it (named ….damaged-…), so nothing is lost.
# $when: the backup's date and time.
app-startup-restore-latest = Restore the latest backup ({ $when })
app-startup-try-again = Try again
app-startup-open-another = Open another file…
app-startup-open-demo = Open the demo shop
app-startup-quit = Quit

## Asking before deleting
# $what: what is deleted, such as a partner's name.
app-delete-title = Delete { $what }?
app-delete-keep-history = Keep the history
app-delete-cannot-undo = This cannot be undone.
app-delete-archive-note = Archiving hides it from lists and pickers and keeps every campaign result. You can restore it at any time.
app-delete-cancel = Cancel
app-delete-delete = Delete
app-delete-archive = Archive instead

## CSV and PDF buttons
app-export-csv = Export CSV
app-export-dialog = Export as CSV
app-export-title = Save this table as a CSV file (opens in Excel, Numbers, LibreOffice)
app-export-rows = { $count ->
    [one] { $count } row exported
   *[other] { $count } rows exported
    }
app-pdf-making = Making PDF…
app-pdf-saved = Saved { $file }
# $characters: the characters no font has, separated by spaces.
app-pdf-saved-missing = Saved { $file }. No font on this computer has { $characters }: they are boxes in the PDF.

## Small parts
app-modal-close = Close
# $example: an amount written the way this shop writes amounts.
app-money-invalid = Type an amount such as { $example }
app-tier-none = No audience numbers yet

## A campaign's sales lift
app-lift-title = Sales lift
app-lift-title-note = (walk-in customers without a code)
# $verdict is app-lift-not-enough-verdict, shown in bold.
app-lift-not-enough = { $verdict } for an estimate.
app-lift-not-enough-verdict = Not enough data
# $estimate: the estimate in bold, such as "Between $120 and $640 more than usual (95% range)".
app-lift-words = { $estimate } over { $days ->
    [one] { $days } day
   *[other] { $days } days
    }.
# The same, when other campaigns ran at the same time: $campaigns are their names.
app-lift-words-overlap = { $estimate } over { $days ->
    [one] { $days } day
   *[other] { $days } days
    }, together with { $campaigns }.
app-lift-chart-alt = Each day's sales against a usual day's range; the days are in the table below
app-lift-chart-legend = Dots: what each day sold, this campaign's code orders taken out. Band: a usual day's range (95%); dashed: the usual level.
app-lift-table = The days as a table
app-lift-table-label = Lift by day
app-lift-col-day = Day
app-lift-col-sold = Sold
app-lift-col-usual = Usual
app-lift-col-range = Usual range
app-lift-no-data = no data
app-lift-range = { $low } – { $high }
app-lift-how = How the lift is computed
app-lift-how-baseline = Your usual sales come from the { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
    } before the campaign ({ $days ->
    [one] { $days } day
   *[other] { $days } days
    } used): a usual level for each weekday, plus your shop's trend. Days of other campaigns, days you marked as holidays in Settings, and days without sales data are left out.
app-lift-how-sum = The lift is what the campaign's days sold above that usual level, summed; orders with this campaign's codes are taken out first, because they are already counted.
app-lift-how-range = The range is where the true lift lies 95 times in 100: it widens with day-to-day swings in your sales and narrows with longer campaigns and more weeks of history. In a simulation of thousands of shops it contained the true effect 95% of the time.
app-lift-how-apart = It is an estimate of the whole shop's extra sales during the campaign, shown apart from code sales and never added to them.

## A long list drawn in parts (Campaigns, Partners, Communities)
# $shown: how many rows the list shows; $total: how many it has.
app-rows-shown = Showing { $shown } of { $total }
# $count: how many more rows the button shows.
app-rows-show-more = Show { $count } more
app-rows-show-all = Show all { $total }
