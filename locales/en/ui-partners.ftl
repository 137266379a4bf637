# Words of the partners' screens: the list (Partners.svelte), a partner's page (PartnerProfile.svelte), the
# forms of a partner, a social account, a post and a payment, and the words of a partner's ledger and
# agreements (ledger-labels.ts, partnership-labels.ts).

## Words several of these screens share
partners-name = Name
partners-stage = Stage
partners-tier = Tier
partners-city = City
partners-niche = Niche
partners-niches = Niches
partners-email = Email
partners-phone = Phone
partners-neighborhood = Neighborhood
partners-where = Where
partners-consent = Consent / source
partners-notes = Notes
partners-social-accounts = Social accounts
partners-platform = Platform
partners-handle = Handle
partners-handle-placeholder = @handle
partners-followers = Followers
partners-engagement = Engagement
partners-engagement-pct = Engagement (%)
partners-profile-link = Profile link
partners-followers-not-number = Followers must be a number
partners-engagement-not-number = Engagement must be a number
partners-archived = Archived
partners-campaign = Campaign
partners-status = Status
partners-what = What
partners-delete = Delete
partners-cancel = Cancel
partners-save = Save
partners-saving = Saving…
partners-loading = Loading…

## The list of partners
partners-title = Partners
# The file name proposed when the list is exported.
partners-export-file = partners.csv
partners-import-spreadsheet = Import a spreadsheet…
partners-new = New partner
partners-search-placeholder = Search name, handle, city, niche…  ( / )
partners-search-label = Search partners
partners-all-tiers = All tiers
partners-all-stages = All stages
partners-sort-by = Sort by
partners-sort-name = Sort: name
partners-sort-audience = Sort: audience
partners-sort-stage = Sort: stage
partners-sort-city = Sort: city
partners-sort-updated = Sort: last changed
partners-reverse-order = Reverse order
partners-descending = ↓ descending
partners-ascending = ↑ ascending
partners-show-archived = Show archived
partners-empty-filtered-title = No partner matches
partners-empty-filtered-text = Try fewer filters or another search.
partners-empty-title = No partners yet
partners-empty-text = Add the creators, organizers and local businesses you work with, with their social accounts. Already keep them in a spreadsheet? Import it as it is (CSV, Excel or OpenDocument): LocalLift shows what it reads before it imports anything.
partners-add-first = Add your first partner
partners-main-account = Main account
partners-audience = Audience
partners-campaigns = Campaigns
partners-count = { $count ->
    [one] { $count } partner.
   *[other] { $count } partners.
    }
partners-tier-note = Tier comes from the largest account: community < 1K, nano 1K–10K, micro 10K–100K, macro 100K–1M, mega 1M+.

## The partner form
# $name is the partner's name.
partners-form-edit-title = Edit { $name }
partners-form-distance = Distance from the shop (km)
partners-form-niches-hint = Separated by commas
partners-form-niches-placeholder = plants, running
partners-form-values = Values alignment (1–5)
partners-form-authenticity = Content authenticity (1–5)
partners-form-locality = Audience nearby (%)
partners-form-locality-hint = Share of followers who live locally, if known
partners-form-consent-hint = How you met and whether they agreed to be kept on file
partners-form-add-account = + Add another account
partners-form-add = Add partner
partners-form-saved = Partner saved
partners-form-added = { $name } added
partners-form-distance-not-number = Distance must be a number
partners-form-values-not-number = Values alignment must be a number
partners-form-authenticity-not-number = Authenticity must be a number
partners-form-locality-not-number = Audience locality must be a number

## The social account form
# $handle is the account's handle, without its "@".
partners-account-update-title = Update @{ $handle }
partners-account-add-title = Add a social account
partners-account-as-of = Numbers as of
partners-account-choose-day = Choose the day of the reading
partners-account-reading-saved = Reading saved
partners-account-added = Account added

## The post form
partners-post-edit-title = Edit post
partners-post-log-title = Log a post
partners-post-paste = Paste the link and numbers
# The words in quotes must be words LocalLift reads in a pasted line (reach, likes, comments…).
partners-post-paste-hint = As the partner sent them, in one line: the link, then “reach 4,100 · 310 likes · 22 comments…”. The fields below are filled in.
partners-post-paste-placeholder = https://www.instagram.com/p/… reach 4,100 · 310 likes
partners-post-fill-in = Fill in
# $numbers: the numbers, separated by commas.
partners-post-unread = Numbers without a word LocalLift knows, not filled in: { $numbers }
partners-post-posted-at = Posted at
partners-post-link = Link to the post
partners-post-followers = Followers when posted
partners-post-followers-hint = Empty: taken from the account's history
partners-post-reach = Reach
partners-post-likes = Likes
partners-post-comments = Comments
partners-post-shares = Shares
partners-post-saves = Saves
partners-post-clicks = Link clicks
partners-post-followers-not-whole = Followers when posted must be a whole number
partners-post-reach-not-whole = Reach must be a whole number
partners-post-likes-not-whole = Likes must be a whole number
partners-post-comments-not-whole = Comments must be a whole number
partners-post-shares-not-whole = Shares must be a whole number
partners-post-saves-not-whole = Saves must be a whole number
partners-post-clicks-not-whole = Link clicks must be a whole number
partners-post-choose-when = Choose when it was posted
partners-post-saved = Post saved
partners-post-logged = Post logged
partners-post-log = Log post

## The payment form
# $partner is the partner's name.
partners-payment-title = Record a payment to { $partner }
partners-payment-day = Day paid
partners-payment-amount = Amount
partners-payment-owed-hint = Owed now: { $amount }
partners-payment-how = How
partners-payment-how-hint = Bank transfer, PayPal, cash, store credit… or anything else
partners-payment-note = Note
partners-payment-note-hint = Optional: an invoice number, what it was for
partners-payment-explained = A payment lowers what the partner is owed. Paid more than is owed now? The difference is set against what they earn next.
partners-payment-record = Record payment
partners-payment-choose-day = Choose the day it was paid
partners-payment-type-amount = Type an amount
partners-payment-recorded = Payment recorded

## Ways to pay a partner, offered while typing (PayPal, Venmo and Wise are offered as they are)
partners-pay-method-bank-transfer = Bank transfer
partners-pay-method-cash = Cash
partners-pay-method-store-credit = Store credit
partners-pay-method-check = Check

## A partner's page
partners-profile-back = ← Partners
# $followers is a short count, such as "8.4K".
partners-profile-largest-account = { $followers } on the largest account
partners-profile-no-accounts = No social accounts yet
partners-profile-edit = Edit
partners-profile-import-posts = Import posts…
partners-profile-import-posts-title = Their posts and numbers from a Meta Business Suite, TikTok Studio or YouTube Studio export, each in their campaign of its day
partners-profile-restore = Restore
partners-profile-archive = Archive
partners-profile-archived-notice = Archived: hidden from lists, history kept
partners-profile-restored-notice = Restored
# $name is the partner's name.
partners-profile-deleted = { $name } deleted
partners-profile-contact = Contact and place
# $km is a number already written.
partners-profile-km-away = { $km } km away
partners-profile-values = Values alignment
partners-profile-authenticity = Authenticity
partners-profile-audience-nearby = Audience nearby
partners-profile-not-rated = not rated
# $rating is a number from 1 to 5, or the words "not rated".
partners-profile-rating = { $rating } of 5
partners-profile-add-account = Add account
partners-profile-no-accounts-hint = No accounts yet. Add one to see the partner's tier and audience.
partners-profile-growth = Growth
partners-profile-as-of = As of
partners-profile-followers-over-time = Followers over time
partners-profile-since = since { $day }
partners-profile-one-reading = one reading
partners-profile-new-reading = New reading
partners-profile-remove = Remove
partners-profile-remove-account = Remove @{ $handle }

## The fit score
partners-fit = Fit
partners-fit-no-score = No score yet: at least two of the factors below need data.
partners-fit-table = Fit score factors
partners-fit-factor = Factor
partners-fit-from = From
partners-fit-score = Score
partners-fit-weight = Weight
# $basis is what the factor was computed from.
partners-fit-missing = Missing: { $basis }
partners-fit-explained = The score is the weighted mean of the factors that have data; weights are in Settings.
partners-fit-engagement = Engagement for their size
partners-fit-locality = Local audience
partners-fit-values = Values
partners-fit-authenticity = Authenticity
partners-fit-past-roi = Past ROI
partners-fit-kept-agreements = Kept agreements

## Campaign history
partners-history = Campaign history
partners-trend-intro = Over time, campaign by campaign:
partners-trend-revenue = net revenue
# $values: the amounts of each campaign, separated by commas.
partners-trend-revenue-label = Net revenue per campaign, oldest first: { $values }
partners-trend-roi = ROI
partners-trend-roi-label = ROI per campaign, oldest first: { $values }
# $range is a range of ROI percentages.
partners-trend-roi-lift = { $range } (sales lift)
partners-trend-roi-none = none
partners-trend-customers = new customers
partners-trend-customers-label = New customers per campaign, oldest first: { $values }
partners-history-none = Not in any campaign yet.
partners-history-dates = Dates
partners-history-codes = Codes
partners-history-orders = Orders
partners-history-net-revenue = Net revenue
partners-history-cost = Cost
partners-history-roi = ROI
partners-history-posts = Posts
partners-history-lift-title = Walk-in partner: measured by the campaign's sales lift (their share, net revenue, 95% range), not by orders
# $fee and $gifted are amounts of money, $commission a percentage.
partners-history-cost-title = fee { $fee } + gifted { $gifted } + commission { $commission }
partners-history-roi-lift-title = ROI from their share of the campaign's sales lift, 95% range
partners-history-sales-lift = (sales lift)
# Followed by the communities the partner leads.
partners-leads = Leads:

## Paid and owed (the partner's ledger)
partners-ledger = Paid and owed
partners-ledger-statement-pdf = Statement PDF
partners-ledger-statement-pdf-title = Save { $name }'s payout statement for the period shown as a PDF to send them: every line, the balance, what is held, each year's totals
partners-ledger-statement-csv = Statement CSV
partners-ledger-record-payment = Record a payment
partners-ledger-empty-title = Nothing owed or paid yet
partners-ledger-empty-text = Fees appear from a campaign's first day; commission once an order's hold has passed.
partners-ledger-paid-ahead = Paid ahead
partners-ledger-owed-now = Owed now
partners-ledger-paid-ahead-explained = Paid more than is owed now (a refund after a payment): set against what they earn next
partners-ledger-upcoming-fees = and { $amount } in fees of campaigns not started
partners-ledger-held = Commission held
partners-ledger-held-next-due = next due on { $day }
partners-ledger-held-due-after = { $count ->
    [one] due { $count } day after each order
   *[other] due { $count } days after each order
    }
partners-ledger-paid-this-year = Paid this year
partners-ledger-held-intro = { $count ->
    [one] Not due yet (in the { $count }-day hold after each order; no commission is owed on an order refunded in that time):
   *[other] Not due yet (in the { $count }-day hold after each order; no commission is owed on an order refunded in that time):
    }
# Follows a campaign's name: "Spring: $12.00 on $120.00 of sales (3 orders), the first due on Mar 3, 2026".
partners-ledger-held-line = { $orders ->
    [one] : { $commission } on { $sales } of sales ({ $orders } order), the first due on { $day }
   *[other] : { $commission } on { $sales } of sales ({ $orders } orders), the first due on { $day }
    }
partners-ledger-period = Period of the lines and the statement
partners-ledger-from = From
partners-ledger-to = To
partners-ledger-backwards = The first day is after the last: nothing is in between.
# Follows the period in words: "All time, until Mar 15, 2026: fees $50.00 · commission …".
partners-ledger-totals = : fees { $fees } · commission { $commission } · taken back { $takenBack } · paid { $paid }
partners-ledger-lines = Ledger lines
partners-ledger-day = Day
partners-ledger-on-net = On net
partners-ledger-amount = Amount
partners-ledger-balance = Balance
partners-ledger-opening = Opening balance
partners-ledger-ordered = ordered { $day }
partners-ledger-sold = sold { $day }
partners-ledger-delete-payment = Delete the payment of { $day }
# Completes "Delete …?": the payment about to be deleted.
partners-ledger-payment-what = the payment of { $amount } on { $day }
partners-ledger-payment-deleted = Payment deleted
partners-ledger-no-lines = Nothing became due and nothing was paid in this period.
partners-ledger-by-year = By year
partners-ledger-by-year-note = (for the partner's tax forms)
partners-ledger-year = Year
partners-ledger-fees = Fees
partners-ledger-commission = Commission
partners-ledger-taken-back = Taken back
partners-ledger-paid = Paid
partners-ledger-how = How these amounts are made
partners-ledger-how-fee = A campaign's fee is owed from its first day.
partners-ledger-how-commission = { $count ->
    [one] Commission on an order is due { $count } day after the order (or on the day it was imported, if later), on its net revenue known then: a refund in the hold is never owed. The hold is set in Settings.
   *[other] Commission on an order is due { $count } days after the order (or on the day it was imported, if later), on its net revenue known then: a refund in the hold is never owed. The hold is set in Settings.
    }
partners-ledger-how-refund = A refund learned after the commission was due takes its share back ("taken back"); a later import that gives it back restores it.
partners-ledger-how-rounding = Commission is rounded once per campaign, on its running total. Payments are what you record here.

## Ledger lines ($campaign is a campaign's name, $order an order's number such as "#1001")
partners-entry-kind-fee = Fee
partners-entry-kind-commission = Commission
partners-entry-kind-restored = Restored
partners-entry-kind-taken-back = Taken back (refund)
partners-entry-kind-payment = Payment
partners-entry-fee = Fee · { $campaign }
partners-entry-commission-order = Commission · { $campaign } · order { $order }
partners-entry-commission-in-store = Commission · { $campaign } · in store (typed in)
partners-entry-taken-back = Taken back (refund) · { $campaign } · order { $order }
partners-entry-restored = Restored · { $campaign } · order { $order }
# $how: how it was paid and its note, separated by " · ".
partners-entry-payment = Payment · { $how }

## Balances ($amount is an amount of money)
partners-balance-owed = { $amount } owed
partners-balance-ahead = paid ahead by { $amount }
partners-balance-nothing = nothing owed
partners-balance-cell-ahead = { $amount } paid ahead
# The last item of a period's totals.
partners-balance-end-owed = { $amount } owed at the end
partners-balance-end-ahead = paid ahead by { $amount } at the end
partners-balance-end-nothing = nothing owed at the end

## Periods of the ledger and its statement ($day is a date)
partners-period-all = All time
partners-period-this-year = This year
partners-period-last-year = Last year
partners-period-custom = Custom…
partners-period-from = From { $day }
partners-period-until = Until { $day }
partners-period-all-until = All time, until { $day }

## The file name a statement proposes (without its ".pdf" or ".csv"); $partner is the partner's name
partners-statement-file = { $partner } statement
# $year such as 2026.
partners-statement-file-year = { $partner } statement { $year }
# $from and $to are days written 2026-02-01, or the words below.
partners-statement-file-range = { $partner } statement { $from } to { $to }
partners-statement-file-start = start
partners-statement-file-today = today

## Agreements (what the partner agreed to deliver)
partners-agreements = Agreements
partners-agreements-empty = No deliverables agreed yet. On a campaign's page, add what the partner agreed to deliver (a post, a reel, a market table) and by when.
partners-agreements-none = No deliverables agreed yet
partners-agreements-record = { $onTime } on time · { $late } late · { $missed } missed · { $open } open
# $percent such as "83%".
partners-kept = { $percent } kept
partners-agreements-kept = { $percent } kept (late counts half)
partners-agreements-deliverables = Deliverables
partners-agreements-description = Description
partners-agreements-due = Due
partners-agreements-the-post = the post

## Kinds of deliverables
partners-deliverable-post = Post
partners-deliverable-story = Story
partners-deliverable-reel = Reel
partners-deliverable-video = Video
partners-deliverable-event = Event
partners-deliverable-market-table = Market table
partners-deliverable-other = Other

## Where a deliverable stands (badges)
partners-deliverable-status-planned = Planned
partners-deliverable-status-due = Due this week
partners-deliverable-status-done = Done
partners-deliverable-status-missed = Missed

## The same inside a sentence, next to its day
partners-due-status-planned = planned
partners-due-status-due = due this week
partners-due-status-done = done
partners-due-status-missed = missed
partners-due-overdue-since = overdue since { $day }
partners-due-today = due today
partners-due-tomorrow = due tomorrow
partners-due-in-days = { $count ->
    [one] due in { $count } day
   *[other] due in { $count } days
    }
partners-done-on = done on { $day }
partners-done-on-time = done on { $day } · on time
partners-done-late = done on { $day } · late

## Signs that a code leaked
partners-signal-name-after-window = Used after the campaign
partners-signal-name-spike = Sudden spike
partners-signal-name-existing-customers = Used by existing customers
# $orders and $days are counts, $date the campaign's last counted day.
partners-signal-after-window = { $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    } more than { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the campaign's last counted day ({ $date })
partners-signal-spike = { $orders ->
    [one] { $orders } order in a burst
   *[other] { $orders } orders in a burst
    }
partners-signal-spike-below-one = { $orders ->
    [one] { $orders } order in a burst, where the code's usual pattern expected less than one
   *[other] { $orders } orders in a burst, where the code's usual pattern expected less than one
    }
# $expected: the orders the code's usual pattern expected (a whole number).
partners-signal-spike-about = { $orders ->
    [one] { $orders } order in a burst, where the code's usual pattern expected about { $expected }
   *[other] { $orders } orders in a burst, where the code's usual pattern expected about { $expected }
    }
partners-signal-existing = { $orders } orders with a known customer were by customers who had ordered before, on a code meant for first orders
# $known: how many of the orders name a known customer.
partners-signal-existing-of = { $orders } of { $known } orders with a known customer were by customers who had ordered before, on a code meant for first orders

## Whether a leak order was its customer's first
partners-new-customer-yes = Yes
partners-new-customer-no = No
partners-new-customer-unknown = Unknown
