# The command line: its errors and what it prints.

cli-error = error: { $message }
cli-not-a-campaign = { $file }: not a campaign description: { $detail }
cli-quote-never-closes = a quote never closes, so the rows after it cannot be read and nothing was imported; close the quote (see the line above) and import again
cli-sales-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
    }, so nothing was imported; fix the file or use --skip-invalid to import the valid orders
cli-partners-no-name-column = no column says who a row is (a name, a handle or a profile link); its columns are { $columns }: give a mapping with --mapping
cli-rows-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
    }, so nothing was imported; fix the file or use --skip-invalid to import the valid rows
cli-not-a-mapping = not a column mapping: { $detail }
cli-communities-no-name-column = no column is the community's name: give a mapping with --mapping
cli-community-rows-problems = rows have problems, so nothing was imported; fix the file or use --skip-invalid
cli-export-needs-out = say where to write the file: --out FILE.csv
cli-deliverable-kind = “{ $kind }” is not one of { $known }
cli-not-a-partner-of = “{ $partner }” is not a partner of “{ $campaign }”
cli-not-an-amount = “{ $text }” is not an amount: { $detail }

## What the command line prints. (Its --help texts and clap's usage errors stay English: clap writes them.)
## $file, $path: a file's path; $id, $batch: an id to type in a command; amounts and dates arrive written.

# Counts, set into the lines below
cli-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
    }
cli-orders = { $count ->
    [one] { $count } order
   *[other] { $count } orders
    }
cli-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
    }
cli-refund-rows-applied = { $count ->
    [one] { $count } refund row applied
   *[other] { $count } refund rows applied
    }
cli-partners = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
    }
cli-communities = { $count ->
    [one] { $count } community
   *[other] { $count } communities
    }
cli-campaigns = { $count ->
    [one] { $count } campaign
   *[other] { $count } campaigns
    }
cli-posts = { $count ->
    [one] { $count } post
   *[other] { $count } posts
    }

## import: what a sales import did
# $format: the kind of export ("Shopify orders export"); $encoding: "UTF-8"; $delimiter: "," or cli-delimiter-tab;
# $rows, $orders, $refunds, $problems: the counts above; $new … $unpaid: numbers of orders
cli-import-counts = { $file }: { $format } ({ $encoding }, delimiter { $delimiter }): { $rows }, { $orders }: { $new } new, { $updated } updated, { $unchanged } unchanged, { $cancelled } cancelled, { $unpaid } not yet paid; { $refunds }; { $problems }
cli-delimiter-tab = tab
# After the problems listed one by one, how many more the file has
cli-more-problems = { $file }: … and { $count ->
    [one] { $count } more problem
   *[other] { $count } more problems
    }
# $currency: an ISO 4217 code ("EUR")
cli-currency-set = The shop had no currency yet: it is now { $currency } (from this file).
cli-currency-set-on-import = The shop had no currency yet: importing this file makes it { $currency } (from this file).
cli-hint-date-order = (To read the dates the other way: --date-order dmy or --date-order mdy.)
cli-hint-prices-include-tax = (If your prices include tax: --prices-include-tax true.)
cli-imported-batch = Imported as batch { $batch } (undo with: locallift undo { $batch }).
cli-dry-run = Dry run: nothing was written.
cli-nothing-new-orders = Nothing new: every order in this file is already in the shop.
# A row's problem, after FILE:LINE: and before its reason
cli-problem-column = column “{ $column }”:
cli-problem-value = “{ $value }”:

## partners import, communities import, posts import
# $format: the kind of file; $rows, $problems: the counts above; $new, $updated, $unchanged: numbers of partners
cli-counts-partners = { $file }: { $format }, { $rows }: { $new } new, { $updated } updated, { $unchanged } unchanged, { $problems }
# The same for communities
cli-counts-communities = { $file }: { $format }, { $rows }: { $new } new, { $updated } updated, { $unchanged } unchanged, { $problems }
# The same for posts
cli-counts-posts = { $file }: { $format }, { $rows }: { $new } new, { $updated } updated, { $unchanged } unchanged, { $problems }
cli-imported-partners = Imported as partner import { $id } (undo with: locallift partners undo { $id }).
# A communities or posts import
cli-imported-sheet = Imported as import { $id } (undo with: locallift partners undo { $id }).
cli-nothing-new-partners = Nothing new: every partner in this file is already as it says.
cli-nothing-new-communities = Nothing new: every community in this file is already as it says.
cli-nothing-new-posts = Nothing new: every post in this file is already as it says.

## undo, backup, restore, demo
cli-undone-import = Undid the import of { $file } (batch { $batch }).
cli-undone-partner-import = Undid the partner import of { $file } ({ $id }).
cli-backup-written = backup written to { $path }
cli-backup-copy-written = copy of the shop file written to { $path }
# $backup: the backup of the state before
cli-restored = restored from { $file }; the state before is kept in { $backup }
# $partners … $orders: the counts above; $coded: how many of the orders used a partner's code
cli-demo-written = demo shop written to { $path }: { $partners }, { $communities }, { $campaigns }, { $posts }, { $orders } ({ $coded } with partner codes)

## summary: orders, net revenue and totals per code ($orders: cli-orders; $net: an amount)
cli-summary = { $orders }, net revenue { $net }
# $code: a discount code
cli-summary-code = { $code }: { $orders }, { $net }

## results: a campaign's results by partner
# $start, $end: the campaign's days; $from, $to: the days its orders count
cli-results-heading = { $campaign } ({ $start } to { $end }; orders counted { $from } to { $to })
# $lift: a report-lift-* sentence with a small first letter, or cli-results-no-estimate; $range: an ROI range
cli-results-walk-in = { $partner }: walk-in partner (no code), measured by sales lift: { $lift }; cost { $cost }, ROI { $range }
cli-results-no-estimate = no estimate yet
# $orders: cli-orders or cli-results-orders-said; $roi: a percentage or "—"; $new: new customers
cli-results-partner = { $partner }: { $orders }, net { $net }, gross profit { $profit }, cost { $cost }, ROI { $roi }, { $new ->
    [one] { $new } new customer
   *[other] { $new } new customers
    }
# $orders: cli-orders; $said: how many of them are "customer said" orders; $net: their net revenue
cli-results-orders-said = { $orders } (of which { $said } customer said, { $net })
# $roi: a percentage, "—" or cli-results-roi-with-lift
cli-results-total = total: { $orders }, net { $net }, gross profit { $profit }, cost { $cost }, ROI { $roi }
# $range: the ROI range with the walk-in partners' sales lift
cli-results-roi-with-lift = { $roi } (counted sales; with walk-in partners' lift { $range })
# An order with codes of two partners: $codes, $others: lists as ["A", "B"]; $partner: who it counts for
cli-results-conflict = conflict: order { $order } used { $codes }: counted for { $partner }, also matched { $others }

## export, report, payments statement
# $rows: cli-rows
cli-export-written = { $rows } written to { $path }
cli-file-written = { $path } written
# $rows: cli-rows
cli-statement-csv-written = { $path } written ({ $rows })
# $characters: “x” (U+0078), …
cli-missing-glyphs = note: no font on this computer has { $characters }: shown as boxes in the PDF

## deliverables
# One line of the list; $due: a day as YYYY-MM-DD; $status: cli-deliverable-status; $kind: report-deliverable-kind
cli-deliverable-line = #{ $id } due { $due } { $status } { $partner } · { $campaign } · { $kind }
# The line above with what the owner wrote about it
cli-deliverable-described = { $line }: { $description }
cli-deliverable-status = { $status ->
    [planned] planned
    [due] due
    [done] done
   *[missed] missed
    }
cli-deliverable-deleted = deliverable { $id } deleted

## payments, leaks
# $amount, $balance: amounts; $day: YYYY-MM-DD
cli-payment-recorded = payment { $id } of { $amount } to { $partner } on { $day } recorded; balance now { $balance }
cli-payment-deleted = payment { $id } deleted
# $code: a discount code; $day: YYYY-MM-DD
cli-leak-marked = { $code } marked as leaked from { $day }: its orders from that day are not the partner's
cli-leak-unmarked = { $code } no longer marked as leaked

## info: where the shop file is and what it holds
cli-info-file = file: { $path }
cli-info-schema = schema version: { $version }
# $currency: an ISO 4217 code or cli-info-no-currency
cli-info-shop = shop: { $name } ({ $currency })
cli-info-no-currency = no currency yet
cli-info-partners = partners: { $count }
cli-info-campaigns = campaigns: { $count }

## lift-study: the lift estimator's simulation study (percentages arrive as numbers without "%")
cli-lift-study = { $shops ->
    [one] { $shops } shop
   *[other] { $shops } shops
    } (seed { $seed }): coverage of the 95% interval { $coverage }%, bias { $bias }% of usual window sales; with no uplift, a lift claimed (interval above 0) { $claimed }%, interval excluding 0 either side { $excludes }%
# One scenario: $uplift: the true uplift; $short: runs with not enough data
cli-lift-study-scenario = uplift { $uplift }%: { $runs ->
    [one] { $runs } run
   *[other] { $runs } runs
    }, coverage { $coverage }%, bias { $bias }%, detected (interval above 0) { $detected }%, not enough data { $short }
