# Rows an import refuses, and what it notes about a file: shown in the preview, the problems CSV and the CLI.

row-not-whole-quantity = not a whole quantity
row-amount-empty = the amount is empty
row-not-an-amount = not an amount
row-too-precise = { $digits ->
    [one] more than 1 decimal
   *[other] more than { $digits } decimals
    }
row-amount-too-large = the amount is too large
row-expected-etsy-date-dmy = expected a date like 05/03/24 (day first, as the rest of the file)
row-expected-etsy-date-mdy = expected a date like 03/05/24
row-unknown-status = { $platform ->
    [Etsy] not an order status Etsy documents
    [Square] not a transaction status Square documents
    [Stripe] not a payment status Stripe documents
    [Shopify] not a financial status Shopify documents
    [WooCommerce] not an order status WooCommerce documents
    [PayPal] not a status PayPal documents
   *[other] not a status LocalLift knows (paid, pending, cancelled…)
    }
row-expected-day-first = expected a day-first date like 31/12/2024 (as the rest of the file)
row-expected-month-first = expected a month-first date like 12/31/2024 (as the rest of the file)
row-expected-time = expected a time like 14:05:09
row-not-a-date-in-order = not a date in the chosen order (year-month-day, month/day/year or day/month/year)
row-order-id-empty = the order id is empty
row-other-amount = another row of order { $order } with another amount than its first row: if each row is one item, say so (“each row is one item”) and the amounts are added up
row-expected-square-date = expected a Date like 2024-03-05 and a Time like 14:07:31
row-expected-stripe-date = expected a date like 2024-03-05 14:07:31
row-negative-payment = a payment of a negative amount
row-expected-shopify-date = expected a date like 2024-03-05 14:07:31 -0500
row-partial-refund-no-column = partially refunded, but the export has no Refunded Amount column
row-order-name-empty = the order name is empty
row-expected-woo-date = expected a date like 2024-12-31 14:50
row-order-number-empty = the order number is empty
row-expected-woo-analytics-date = expected a date like 2024-12-31 14:50:00
row-text-after-quote = text after a closing quote (a quote inside a quoted field must be doubled: "")
row-quote-never-closes = a quote opens here and never closes, so the rows after it cannot be read: nothing is imported until the quote is closed (or removed)
row-field-count = expected { $expected } fields, found { $found } (a broken quote or a cut-off row?)
row-order-repeated = this order is in the file again, apart from its first rows and different from them; an export lists an order once (two exports pasted together?)

# The columns of the CSV of an import's row problems.
errors-csv-line = line
errors-csv-column = column
errors-csv-value = value
errors-csv-reason = reason
row-account-of-another = this account is { $name }'s (line { $line }): one account cannot belong to two people
row-too-long = too long (at most { $max } characters)
row-not-an-email = not an email address
row-unknown-stage = not a stage LocalLift knows: write prospect, contacted, negotiating, active, paused or past
row-unknown-platform = not a platform LocalLift knows
row-not-followers = not a number of followers
row-not-engagement = not an engagement rate
row-engagement-range = an engagement rate is between 0 % and 100 %
row-not-a-date = not a date
row-no-name-no-handle = no name and no handle: nothing says who this row is
row-not-a-link = not a web address
row-not-a-handle = not a handle (one word, with or without @)
row-account-without-handle = numbers or a link without the account's handle
row-no-name-no-account = no name and no account: nothing says who this row is
row-day-after-today = a day after today
row-accounts-of-two-partners = these accounts are two partners' in LocalLift ({ $first } and { $second }): put each on their own row

# What an import of partners, communities or posts notes about its file.
note-engagement-fractions = Engagement in “{ $column }” is read as fractions (0.034 is 3.4 %): every value is 1 or less, none has %.
note-leader-unknown = { $community }: no one partner is named “{ $name }”, so the leader is left empty.
row-unknown-community-kind = not a kind of community LocalLift knows
row-not-members = not a number of members
row-no-community-name = no name: nothing says which community this row is
note-posts-elsewhere = { $count ->
    [one] 1 post is of accounts another partner has: they go to that partner.
   *[other] { $count } posts are of accounts another partner has: they go to that partner.
    }
note-posts-outside = { $count ->
    [one] 1 post is on days outside every campaign of the partner: left out (a post counts in a campaign only).
   *[other] { $count } posts are on days outside every campaign of the partner: left out (a post counts in a campaign only).
    }
note-posts-total-row = The “Total” row is a sum of the others: left out.
note-posts-undated = { $count ->
    [one] 1 post has no publish time: left out
   *[other] { $count } posts have no publish time: left out
    }
row-no-video-id = no video id
row-no-post-link = no link to the post
row-not-a-count = not a count

# A spreadsheet of partners, communities or posts that cannot be read.
sheet-unreadable = not a spreadsheet LocalLift can read ({ $detail })
sheet-tab-unreadable = the sheet “{ $name }” cannot be read ({ $detail })
sheet-too-many-rows = more than { $max } rows: this is not a list of partners
sheet-no-table = no sheet of this workbook holds a table
sheet-line-problem = line { $line }: { $reason }
sheet-no-table-rows = the file holds no table: no row has two cells or more

# What a sales import assumed and left out, one sentence each (the CLI prints them under its counts).
import-dates-file = Dates read { $order ->
        [dmy] day first (31/12)
       *[mdy] month first (12/31)
    }: “{ $value }” on line { $line } can be read no other way.
import-dates-owner = Dates read { $order ->
        [dmy] day first (31/12)
       *[mdy] month first (12/31)
    }, as you chose.
import-dates-export = Dates read { $order ->
        [dmy] day first (31/12)
       *[mdy] month first (12/31)
    }, as this export writes them; no date in the file tells (every day is a 12th or earlier), so check the days.
import-dates-locale = Dates read { $order ->
        [dmy] day first (31/12)
       *[mdy] month first (12/31)
    }, as the shop's locale ({ $locale }) writes them; no date in the file tells (every day is a 12th or earlier), so check the days.
import-dates-zone = Dates read { $order ->
        [dmy] day first (31/12)
       *[mdy] month first (12/31)
    }, as they are written where the shop is ({ $zone }); no date in the file tells (every day is a 12th or earlier), so check the days.
import-dates-default = Dates read { $order ->
        [dmy] day first (31/12)
       *[mdy] month first (12/31)
    }; no date in the file tells (every day is a 12th or earlier), so check the days.
import-tax-inside = { $count ->
        [one] 1 order had tax inside its prices (VAT or GST included); it was taken out of net revenue.
       *[other] { $count } orders had tax inside their prices (VAT or GST included); it was taken out of net revenue.
    }
import-tax-assumed-inside = { $count ->
        [one] 1 order has tax the file cannot place: its prices were taken to include it, and it was taken out of net revenue. Choose otherwise if your prices do not include tax.
       *[other] { $count } orders have tax the file cannot place: their prices were taken to include it, and it was taken out of net revenue. Choose otherwise if your prices do not include tax.
    }
import-tax-assumed-on-top = { $count ->
        [one] 1 order has tax the file cannot place: its prices were taken to not include it (tax on top). Choose otherwise if your prices include tax.
       *[other] { $count } orders have tax the file cannot place: their prices were taken to not include it (tax on top). Choose otherwise if your prices include tax.
    }
import-unpaid = { $count ->
        [one] 1 order not yet paid: kept, and counted once a later export says it was paid.
       *[other] { $count } orders not yet paid: kept, and counted once a later export says they were paid.
    }
import-refunds-pending = { $count ->
        [one] 1 refund of an order not imported yet: kept, and applied when its order is imported.
       *[other] { $count } refunds of orders not imported yet: kept, and applied when their orders are imported.
    }
import-cancelled = { $count ->
        [one] 1 order cancelled, voided or failed: kept, never counted.
       *[other] { $count } orders cancelled, voided or failed: kept, never counted.
    }
import-skipped-payment-out = { $count ->
        [one] 1 payment out (money the shop paid) skipped: not sales.
       *[other] { $count } payments out (money the shop paid) skipped: not sales.
    }
import-skipped-transfer = { $count ->
        [one] 1 transfer or withdrawal skipped: not sales.
       *[other] { $count } transfers and withdrawals skipped: not sales.
    }
import-skipped-hold = { $count ->
        [one] 1 hold or release skipped: not sales.
       *[other] { $count } holds and releases skipped: not sales.
    }
import-skipped-conversion = { $count ->
        [one] 1 currency conversion skipped: not sales.
       *[other] { $count } currency conversions skipped: not sales.
    }
import-skipped-foreign-currency = { $count ->
        [one] 1 payment in another currency, not converted in this file, skipped: not sales.
       *[other] { $count } payments in another currency, not converted in this file, skipped: not sales.
    }
import-skipped-declined = { $count ->
        [one] 1 declined payment attempt skipped: not sales.
       *[other] { $count } declined payment attempts skipped: not sales.
    }
import-skipped-other = { $count ->
        [one] 1 row of other activity skipped: not sales.
       *[other] { $count } rows of other activity skipped: not sales.
    }

# What an import changes of a partner or community that exists (the preview lists these per row).
change-field-replaced = { $field ->
        [email] email
        [phone] phone
        [neighborhood] neighborhood
        [city] city
        [link] link
       *[topic] topic
    } “{ $old }” → “{ $new }”
change-field-set = { $field ->
        [email] email
        [phone] phone
        [neighborhood] neighborhood
        [city] city
        [link] link
       *[topic] topic
    } “{ $value }”
change-niche = niche “{ $niche }”
change-stage = stage { $from } → { $to }
change-stage-set = stage { $stage }
change-notes = notes
change-account = { $platform } account @{ $handle }
change-link = { $platform } link
change-followers = { $platform } followers { $followers } on { $day }
change-kind = kind { $kind }
change-members = members { $members }
change-leader = leader
change-new-account = { $platform } @{ $handle }
