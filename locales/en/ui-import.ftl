# Words of the import screens: sales exports (Import.svelte, MappingForm.svelte), partner and community
# spreadsheets (PartnerImport.svelte, contact-columns.ts), a partner's posts (PostImport.svelte,
# post-import.ts) and the customers' answers to “How did you hear about us?” (SurveyAnswers.svelte, survey.ts).
# Sentences the core writes (import notes, row problems, file errors) are not here.
# $file, $partner, $answer, $accounts: names the owner's files and partners carry, set in as they are.

## Shared by the import screens
import-cancel = Cancel
import-undo = Undo
import-undoing = Undoing…
import-done = Done
import-import = Import
import-importing = Importing…
import-import-valid-rows = Import the valid rows
import-choose-file = Choose a file…
import-choose-another-file = Choose another file
import-type-path = Or type its path
import-read = Read
# A file is being read (the file's name in $file).
import-reading = Reading { $file }…
import-what-read = What LocalLift read
import-read-this-way = Read this way
import-seen-before = Seen before
import-seen-before-changes-nothing = This exact file was imported already; importing it again changes nothing.
import-undone-notice = Import of { $file } undone
# $format: the kind of file, as the core names it ("Excel workbook", "CSV").
import-file-rows = { $format }, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
    }
import-imported = Imported: { $new } new, { $updated } updated.
import-problems = Problems
import-col-line = Line
import-col-column = Column
import-col-value = Value
import-col-problem = Problem
import-problems-left-out-if = { $count ->
    [one] { $count } problem: its row is left out if you import the valid rows
   *[other] { $count } problems: their rows are left out if you import the valid rows
    }
import-first-shown = The first { $count } are shown.

## Import sales (Import.svelte)
import-sales-title = Import sales
import-sales-choose-title = Choose a sales export
import-sales-filter = Sales exports
import-sales-imported-notice = { $count ->
    [one] { $count } new order imported from { $file }
   *[other] { $count } new orders imported from { $file }
    }
import-sales-nothing-new-notice = Nothing new in this file
import-sales-save-problems-title = Save the list of problems
# The name offered for the saved list of problems ($file: the imported file's name).
import-sales-problems-file = { $file }-problems.csv
import-sales-problems-saved = List of problems saved as { $file }
import-sales-cancelled = Import cancelled: nothing was changed.
import-sales-drop = Drop a sales export on this window
import-sales-intro = Orders exported from Shopify, Square (items or transactions), WooCommerce, Etsy (orders or items), Stripe or PayPal, as the platform writes them. LocalLift recognizes the format, shows what it read, and imports nothing until you say so.
# In bold, followed by import-sales-any-csv-how.
import-sales-any-csv = Any other CSV can be imported too
import-sales-any-csv-how = (a till's export, a spreadsheet): when a file is not from one of these platforms, LocalLift shows its columns and you say which one holds the order number, the date and the amount.
import-sales-type-path = Type a file's path instead
import-sales-path = File path
import-sales-path-example = /home/me/Downloads/orders_export.csv
import-sales-read-it = Read it
import-sales-map-columns = Map the columns of { $file }
# $encoding: "UTF-8", "Windows-1252"…; $delimiter: the character between columns.
import-sales-file-facts = { $encoding }, delimiter “{ $delimiter }”, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
    }
import-sales-format = Format
import-sales-recognized-as = Recognized as
import-sales-orders = Orders
# "120: 5 new, 3 changed since last time, 112 already here": import-sales-orders-read, then
# import-sales-orders-new in bold, then import-sales-orders-others.
import-sales-orders-read = { $count }:
import-sales-orders-new = { $count } new
import-sales-orders-others = , { $updated } changed since last time, { $unchanged } already here
import-sales-dates-written = Dates written
import-sales-day-first = Day first (31/12/2024)
import-sales-month-first = Month first (12/31/2024)
import-sales-tax = Tax
import-sales-prices-include-tax = My prices include tax (VAT): take it out of net revenue
import-sales-refunds = Refunds
import-sales-refunds-applied = { $count ->
    [one] { $count } refund row applied to its order
   *[other] { $count } refund rows applied to their orders
    }
import-sales-currency = Currency
import-sales-currency-from-file = Your shop has no currency yet: it will be { $currency }, as in this file.
import-sales-seen-before = This exact file was imported already; importing it again adds nothing.
import-sales-backup = Backup
import-sales-sample = First orders as read
import-sales-col-order = Order
import-sales-col-placed = Placed
import-sales-col-channel = Channel
import-sales-col-gross = Gross
import-sales-col-discounts = Discounts
import-sales-col-refunds = Refunds
import-sales-col-net = Net
import-sales-col-codes = Codes
import-sales-col-items = Items
import-sales-status-unpaid = Not yet paid
import-sales-status-cancelled = Cancelled
import-sales-channel-in-store = In store
import-sales-channel-online = Online
import-sales-channel-other = Other
import-sales-net-explained = Net = gross − discounts − refunds; tax (also tax inside prices) and shipping are not revenue. Orders not yet paid or cancelled are kept, not counted.
import-sales-problem-rows = { $count ->
    [one] { $count } row has a problem
   *[other] { $count } rows have problems
    }
import-sales-first-problems = The first { $shown } are shown; the saved list has { $count }.
import-sales-save-problems = Save the list of problems…
import-sales-nothing-to-import = Every order in this file is already in LocalLift: nothing to import.
import-sales-import-orders = { $count ->
    [one] Import { $count } order
   *[other] Import { $count } orders
    }
import-sales-import-valid = Import the valid orders, skip the problems
import-sales-progress = Import progress
import-sales-rows-read = { $count ->
    [one] { $count } row read
   *[other] { $count } rows read
    }
# $share: how much of the file is read, as a percent ("45%").
import-sales-rows-read-share = { $count ->
    [one] { $count } row read, { $share }
   *[other] { $count } rows read, { $share }
    }
import-sales-imported = Imported: { $new } new orders, { $updated } updated.
import-sales-nothing-imported = Nothing new was imported.
import-sales-import-another = Import another file
import-sales-in-locallift = Sales in LocalLift
# $orders: the number of orders (in bold, $count chooses the word); $revenue: the net revenue (in bold);
# $codes: how many discount codes were used (0: none said).
import-sales-total = { $count ->
    [one] { $orders } order
   *[other] { $orders } orders
    }, net revenue { $revenue }{ $codes ->
    [0] .
    [one] ; { $codes } discount code used.
   *[other] ; { $codes } discount codes used.
    }
import-sales-history = Import history
import-sales-history-empty = No imports yet
import-sales-history-empty-demo-hint = The demo shop's sales were generated with it, not imported from a file. Each file you import is listed here with what it added, and can be undone.
import-sales-history-empty-hint = Each import is listed here with what it added, and can be undone.
import-sales-col-file = File
import-sales-col-when = When
import-sales-col-new = New
import-sales-col-changed = Changed
import-sales-col-net-change = Net revenue change
import-sales-undone = Undone

## Columns of a file no platform preset knows (MappingForm.svelte)
import-mapping-form = Column mapping
import-mapping-intro = This file's columns match none of the exports LocalLift knows, but any CSV can be imported: say which column holds what; LocalLift remembers it for files with the same columns. A row with a negative amount is read as a refund of the order it names.
import-mapping-order-id = Order or receipt number
import-mapping-order-id-hint = Rows with the same number in a row are one order
import-mapping-placed-at = Date (and time)
import-mapping-placed-at-hint = Read in the shop's time zone unless it has an offset
import-mapping-gross = Amount of the goods
import-mapping-gross-hint = Before discounts; if only a total exists, tax and shipping count as revenue
import-mapping-code = Discount code
import-mapping-discount = Discount amount
import-mapping-refund = Refunded amount
import-mapping-shipping = Shipping
import-mapping-tax = Tax
import-mapping-customer = Customer email or id (stored only as a salted key)
import-mapping-channel = Channel (text like “pos”, “till” or “store” means in store)
import-mapping-location = Location
import-mapping-currency = Currency
import-mapping-item-name = Item
import-mapping-quantity = Quantity
import-mapping-status = Status (paid, pending, cancelled…: only paid orders count)
import-mapping-total = Order total (tells whether prices include tax)
import-mapping-refund-of = Refunded order's number (for refund rows with a negative amount)
import-mapping-said = How did you hear about us? (answer)
import-mapping-dates = Dates are written
import-mapping-dates-ymd = year-month-day (2024-03-05)
import-mapping-dates-mdy = month/day/year (03/05/2024)
import-mapping-dates-dmy = day/month/year (05/03/2024, 05.03.2024)
import-mapping-none = — none —
import-mapping-decimal-comma = Amounts use a decimal comma (12,50)
import-mapping-amounts-per-row = Each row is one item: add up the amounts of an order's rows
import-mapping-preview = Preview with these columns

## What a column of a partner or community spreadsheet holds (contact-columns.ts)
import-column-leave-out = Leave out
import-column-name = Name
import-column-first-name = First name
import-column-last-name = Last name
import-column-email = Email
import-column-phone = Phone
import-column-neighborhood = Neighborhood
import-column-city = City
import-column-niches = Niches
import-column-stage = Stage
import-column-notes = Notes
import-column-platform = Platform (of the row's account)
import-column-as-of = Read on (date)
import-column-kind = Kind of community (Facebook group, Discord…)
import-column-topic = Topic
import-column-members = Members
import-column-leader = Leader (a partner's name)
# $platform: "Instagram", "TikTok"…
import-column-handle = { $platform } handle
import-column-handle-any = Handle (platform from the row)
import-column-url = { $platform } profile link
import-column-url-any = Profile link (platform from the row or the link)
import-column-followers = { $platform } followers
import-column-followers-any = Followers (platform from the row)
import-column-engagement = { $platform } engagement (%)
import-column-engagement-any = Engagement (platform from the row)
import-column-group-person = Person
import-column-group-account = Account (platform from the row)
import-column-group-community = Community
import-column-community-link = Link (its group, server or club page)

## Import partners or communities from a spreadsheet (PartnerImport.svelte)
import-partners-title = Import partners from a spreadsheet
import-communities-title = Import communities from a spreadsheet
import-partners-choose-title = Choose a partner spreadsheet
import-partners-filter = Spreadsheets
import-partners-imported-notice = Partners imported from { $file }: { $new } new, { $updated } updated
import-communities-imported-notice = Communities imported from { $file }: { $new } new, { $updated } updated
import-partners-intro = A list of the creators, organizers and businesses you work with, from any spreadsheet: CSV, Excel (.xlsx, .xls) or OpenDocument (.ods). One row per person, or one per account. LocalLift shows what it reads and which column it takes for what, and imports nothing until you say so.
import-communities-intro = A list of the run clubs, parents' groups, servers and other communities you work with, from any spreadsheet: CSV, Excel (.xlsx, .xls) or OpenDocument (.ods), one row per community (name, kind, link, members, topic, place, leader, stage, notes). LocalLift shows what it reads and which column it takes for what, and imports nothing until you say so.
import-partners-path-example = /home/me/Documents/creators.xlsx
# $when: the date and time of the import.
import-partners-last = Last import: { $file }, { $when }: { $new } new, { $updated } updated.
import-partners-undone-file = Import of { $file } undone: the partners and accounts it added and the fields it changed are back as they were.
import-partners-needs-mapping = Choose the column with each partner's name, handle or profile link.
import-partners-partners = Partners
# "12 new, 5 updated, 3 unchanged" and, when some rows have problems, their count.
import-partners-summary = { $new } new, { $updated } updated, { $unchanged } unchanged
import-partners-summary-problems = { $new } new, { $updated } updated, { $unchanged } unchanged, { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
    }
import-partners-accounts = Accounts
import-partners-accounts-new = { $accounts ->
    [one] { $accounts } new account
   *[other] { $accounts } new accounts
    }, { $readings ->
    [one] { $readings } new follower reading
   *[other] { $readings } new follower readings
    }
import-partners-columns = Columns
import-partners-source-suggested = Guessed from the column names: check each column, and change any that is wrong.
import-partners-source-saved = As you chose last time for a file with these columns.
import-partners-source-given = As you chose.
import-partners-reading-again = Reading again…
import-partners-col-first-row = First row
import-partners-col-holds = Holds
# A column with no name in the file's first row.
import-partners-column-n = Column { $n }
import-partners-people = Who the import adds or changes
import-partners-people-table = Partners in this file
import-partners-col-partner = Partner
import-partners-col-what = What
import-partners-new = New
import-partners-updated = Updated
import-partners-first-of = The first { $shown } of { $count } are shown.
import-partners-nothing-to-import = Every partner in this file is already in LocalLift as it says: nothing to import.
import-partners-undone = Import undone: the partners and accounts it added and the fields it changed are back as they were.
import-partners-problems-left-out = { $count ->
    [one] { $count } problem: its row was left out.
   *[other] { $count } problems: their rows were left out.
    }
import-partners-nothing-imported = Nothing was imported: every partner in this file is already in LocalLift as it says.

## Import a partner's posts from a platform's export (PostImport.svelte, post-import.ts)
import-posts-title = Import posts from a platform's export
import-posts-choose-title = Choose a posts export
import-posts-filter = Exports
import-posts-imported-notice = Posts imported from { $file }: { $new } new, { $updated } updated
# $partner: the partner's name.
import-posts-intro = The posts of { $partner } and their numbers (reach, likes, comments, shares, saves), from the platform's own export:
# Where each platform's export is: its menus, as the platform names them.
import-posts-where-meta = Meta Business Suite (Instagram, Facebook) › Content › Export
import-posts-where-tiktok = TikTok Studio › Analytics › Content › Download
import-posts-where-youtube = YouTube Studio › Analytics › Advanced mode › Export as CSV (the “Table data.csv” file)
import-posts-how = Each post goes to the partner's campaign of its day; a post on a day outside every campaign of the partner is left out. A file that names no account (YouTube's), or an account no partner has, is taken as { $partner }'s; the posts of an account another partner has go to that partner. LocalLift shows what it reads and imports nothing until you say so.
import-posts-path-example = /home/me/Downloads/Table data.csv
import-posts-last = Last posts import: { $file }, { $when }: { $new } new, { $updated } updated.
import-posts-undone-file = Import of { $file } undone: the posts it added are gone and those it changed are back as they were.
import-posts-needs-partner = This export names no account: LocalLift cannot tell whose posts these are.
import-posts-posts = Posts
# "5 new, 0 updated, 0 unchanged", then the posts outside every campaign and the problems, when there are some.
import-posts-summary = { $new } new, { $updated } updated, { $unchanged } unchanged
import-posts-summary-outside = { $new } new, { $updated } updated, { $unchanged } unchanged, { $outside } outside any campaign
import-posts-summary-problems = { $new } new, { $updated } updated, { $unchanged } unchanged, { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
    }
import-posts-summary-outside-problems = { $new } new, { $updated } updated, { $unchanged } unchanged, { $outside } outside any campaign, { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
    }
# $accounts: the accounts' handles, one after the other; $count: how many there are.
import-posts-unknown-accounts-note = { $count ->
    [one] This account is not on any partner: { $accounts }. Its posts will count as { $partner }'s. If that is wrong, cancel and add the account to the right partner's profile first.
   *[other] These accounts are not on any partner: { $accounts }. Their posts will count as { $partner }'s. If that is wrong, cancel and add the account to the right partner's profile first.
    }
# Between two accounts' handles in import-posts-unknown-accounts-note.
import-posts-account-separator = {", "}
import-posts-nothing-to-import = Nothing to import: every post of this file on a campaign day is already in LocalLift with these numbers.
import-posts-undone = Import undone: the posts it added are gone and those it changed are back as they were.
import-posts-left-out-outside = Left out: { $outside ->
    [one] { $outside } post outside any campaign
   *[other] { $outside } posts outside any campaign
    }.
import-posts-left-out-problems = Left out: { $problems ->
    [one] { $problems } row with a problem
   *[other] { $problems } rows with problems
    }.
import-posts-left-out-both = Left out: { $outside ->
    [one] { $outside } post outside any campaign
   *[other] { $outside } posts outside any campaign
    }, { $problems ->
    [one] { $problems } row with a problem
   *[other] { $problems } rows with problems
    }.
import-posts-nothing-imported = Nothing was imported: every post of this file on a campaign day is already in LocalLift with these numbers.

## How customers heard of you (SurveyAnswers.svelte, survey.ts)
import-survey-title = How customers heard of you
import-survey-intro = Many orders carry the customer's answer to “How did you hear about us?”. Read each answer once as naming a partner (or none): orders without a promo code whose answer names a partner of a campaign then count for that partner as “customer said”, after codes and never twice, shown apart, with no commission owed on them.
import-survey-reading = Reading the answers…
import-survey-empty = No answers yet
import-survey-empty-hint = Answers come with the orders you import: Shopify exports carry them in Note Attributes (“How did you hear about us?”) and in order notes, WooCommerce exports in Customer Note, and any other CSV in the column you map as the answer. Once orders with answers are imported, each answer is listed here for you to read.
# "3 of 10 answers read"
import-survey-read-count = { $total ->
    [one] { $read } of { $total } answer read
   *[other] { $read } of { $total } answers read
    }
import-survey-accept-all = Accept every suggestion ({ $count })
import-survey-only-unread = Show only answers not read yet
import-survey-table = Customer answers
import-survey-col-answer = Answer
import-survey-col-orders = Orders
import-survey-col-net = Net revenue
import-survey-col-names = Names
# $answer: what the customer wrote.
import-survey-select = Partner named by “{ $answer }”
import-survey-not-read = — not read yet —
import-survey-no-partner = No partner
# A button: the answer names this partner, as LocalLift suggests.
import-survey-its = It's { $partner }
import-survey-forget = Forget
import-survey-forget-hint = Forget how this answer was read
import-survey-none-left = No answer is left to read.
import-survey-all-read = Every answer is read; answers in orders you import later are listed here too.
# A partner archived since, with no name at hand ($id: its number).
import-survey-partner-n = Partner { $id }
import-survey-read-notice = “{ $answer }” read as naming { $partner }
import-survey-read-none-notice = “{ $answer }” read as naming no partner
import-survey-forgotten-notice = “{ $answer }” is not read any more
import-survey-accepted-notice = { $count ->
    [one] { $count } answer read as suggested
   *[other] { $count } answers read as suggested
    }
# "6 of 8 orders (75%) rest on what customers said": of a campaign's counted orders ($total), those only
# the customer's answer counted ($said); $percent: their share.
import-survey-said-share = { $total ->
    [one] { $said } of { $total } order ({ $percent }) rests on what customers said
   *[other] { $said ->
        [one] { $said } of { $total } orders ({ $percent }) rests on what customers said
       *[other] { $said } of { $total } orders ({ $percent }) rest on what customers said
    }
    }
