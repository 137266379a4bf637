# The words of the PDFs (campaign summary, partner report, payout statement, coupon sheet) and of the charts
# the core draws (in the window and in the PDFs), and the verdict and ranges the CLI prints too.
# Ids start with `report-` (documents and results text) or `chart-` (charts).
# Amounts of money, days and percentages arrive already written the locale's way (such as "$1,234.50",
# "Mar 1, 2026", "+153%"); arguments named $count, $orders, $days, $others, $said, $shown, $more, $page and
# $pages are numbers and can choose a plural. A long message may be written on several lines: the PDF joins
# them into one paragraph.

## Every page's foot
report-page = Page { $page } of { $pages }

## Ranges of the sales lift (95%) and of ROI ($low, $high, $less, $more: amounts or percentages)
report-lift-more = Between { $low } and { $high } more than usual (95% range)
report-lift-less = Between { $low } and { $high } less than usual (95% range)
report-lift-mixed = Between { $less } less and { $more } more than usual (95% range): maybe nothing extra
report-roi-range = { $low } to { $high }

## What the sales lift says ($range: one of the report-lift-* sentences above; $note: an English note)
report-lift-no-estimate = No sales-lift estimate: { $note }
report-lift-sentence = { $range }.
# $campaigns: the names of the other campaigns, separated by commas
report-lift-overlap = Overlaps { $campaigns }: this is their joint effect, counted once.

## How a partner's orders are counted (the partners table's Method column)
report-method-code = Promo code
report-method-manual = In store (typed in)
report-method-code-and-manual = Code + in store
report-method-survey = Customer said
report-method-lift = Sales lift
report-method-none = None yet
# $method: one of the report-method-* texts above
report-method-and-survey = { $method } + customer said

## The campaign summary (for the owner)
report-summary-kicker = { $shop } · Campaign summary
report-summary-dates = { $start } – { $end }, orders counted until { $until } · { $count ->
    [one] { $count } partner
   *[other] { $count } partners
    }
report-goal = Goal: { $goal }
report-card-net-revenue = Attributed net revenue
report-card-gross-profit = Gross profit
report-card-cost = Cost
report-card-roi = ROI
report-card-roi-counted = ROI (counted sales)
report-card-orders = Attributed orders
report-card-new-customers = New customers
report-card-cost-per-new-customer = Cost per new customer
report-card-roas = ROAS
report-heading-partners = Partners
report-col-partner = Partner
report-col-method = Method
report-col-orders = Orders
report-col-net-revenue = Net revenue
report-col-gross-profit = Gross profit
report-col-cost = Cost
report-col-roi = ROI
report-col-new = New
report-col-commission = Commission
report-row-total = Total
# A walk-in partner's revenue cell: their share of the sales lift ($low, $high: amounts)
report-row-lift = { $low } to { $high } (lift)
report-row-no-estimate = no estimate yet
# An ROI cell with the range walk-in partners' sales lift gives ($roi: a percentage; $range: report-roi-range)
report-row-roi-with-lift = { $roi } ({ $range } with lift)
# $said: orders counted by what customers said; $orders: all counted orders; $share: a percentage
report-survey-orders = { $said } of the { $orders } counted orders ({ $share }) rest on what customers said when
    asked how they heard of the shop, not on a code: no commission is owed on them.
report-walk-ins = { $count ->
    [one] One walk-in partner is measured by the campaign's sales lift (no code): an estimate with its 95% range,
        never added to the counted totals; its ROI is the range the lift gives.
   *[other] { $count } walk-in partners are measured by the campaign's sales lift (no code): an estimate with its
        95% range, never added to the counted totals; its ROI is the range the lift gives. They share the
        campaign's lift equally.
    }
# $other, $time: amounts
report-extra-costs = The total cost includes other costs of { $other } and the owner's time, { $time }.
report-heading-revenue = Revenue by partner
# $shown: how many partners the chart shows; $more: how many it leaves out
report-top-partners = The { $shown } partners with the most revenue; { $more } more are in the table above.
report-heading-paid-back = Did it pay for itself?
report-heading-roi = ROI by partner
report-heading-lift = Sales lift
report-heading-came-back = Did they come back?
report-heading-conflicts = Orders with codes of two partners
report-conflicts = { $count } orders; each counted once, for the first code live:
# $order: the order's number; $source: where it was imported from; $codes, $also: codes and partners' names
report-conflict = Order { $order } ({ $source }): { $codes } → { $partner }, also { $also }
report-heading-how = How the numbers are made
report-how =
    Orders that used a partner's promo code from the first day of the campaign to its last day plus the
    attribution window (days in the shop's time zone) are counted for that partner; an order with codes of two
    partners counts once, for the first code live. In-store uses typed in from the till's log count too,
    labelled. Net revenue is after discounts and refunds. Gross profit uses the products' costs when every line
    of an order has one, else the shop's margin. Cost = fee + gifted products at cost + commission on attributed
    net revenue, plus the campaign's other costs and the owner's hours at the hourly rate. ROI = (gross profit −
    cost) / cost; ROAS = net revenue / cost. An order counts when it is paid and its net revenue is above zero:
    a fully refunded or free order is no order and makes no new customer. A new customer is one whose first
    order ever is the attributed one. Partners without a code (walk-in partners) are measured by the sales
    lift: the window's daily sales against the same weekdays' usual level and trend over the weeks before,
    other campaigns and unusual days left out, shown as a 95% range (shared equally by the campaign's walk-in
    partners) and never added to counted totals; their ROI is the range the lift's low and high ends give,
    never a loss for want of orders.
report-heading-notes = Notes
report-summary-footer = { $shop } · { $campaign } · made with LocalLift
# The PDF's title (its metadata)
report-summary-title = { $campaign } — campaign summary

## Whether the campaign paid for itself ($profit, $cost: amounts; $roi, $share: percentages; $range: report-roi-range)
report-verdict-free = Nothing was spent on it: what it brought is all gain.
report-verdict-lift-only = Only its sales lift can tell: ROI { $range } (an estimate, 95% range).
report-verdict-not-measurable = Not measurable yet: its partners bring walk-ins, measured by the sales lift, and there is no estimate yet.
report-verdict-yes-on = Yes: gross profit of { $profit } covered its cost of { $cost } on { $day } (ROI { $roi }).
report-verdict-yes = Yes: gross profit of { $profit } covered its cost of { $cost } (ROI { $roi }).
report-verdict-not-yet = Not yet: gross profit of { $profit } so far against its cost of { $cost }; orders count until { $until }.
report-verdict-no = No: gross profit of { $profit } covered { $share } of its cost of { $cost } (ROI { $roi }).
report-verdict-with-lift = With the walk-in partners' sales lift, ROI { $range }.

## The partner report (sent to one partner, who is "you")
report-partner-kicker = { $shop } · Partner report
report-partner-dates = { $campaign }: { $start } – { $end }, orders counted until { $until }
report-thanks =
    Thank you for taking part in { $campaign }. Here is what your followers did, counted the way every partner
    of the shop is counted.
report-card-measured-by = Measured by
report-card-lift-no-code = Sales lift (no code)
report-card-your-codes = Your codes
report-card-your-orders = Orders
report-card-sales-net = Sales (net)
report-card-in-store = Of which in store
report-card-customer-said = Of which customer said
report-card-came-back = Came back within { $days } days
report-card-posts = Posts
report-card-engagement = Engagement (median)
report-heading-earn = What you earn
report-earn-fee = Fee: { $amount }
report-earn-gifted = Products gifted: { $amount } (at the shop's cost)
# $percent: the commission rate; $sales, $owed: amounts
report-earn-commission = Commission: { $percent } of { $sales } = { $owed } owed
report-earn-nothing = No fee or commission was agreed for this campaign.
report-leaked =
    Your code { $code } was shared where you did not post it: orders with it from { $day } on are not counted
    for you.
report-heading-paid-and-owed = Paid and owed
report-so-far = For this campaign so far: fee { $fee }, commission due { $commission }.
report-so-far-taken-back = For this campaign so far: fee { $fee }, commission due { $commission }, taken back by refunds { $taken }.
# $amount: the commission held; $day: when the first of it is due; $days: the days of the hold
report-held =
    Commission not due yet: { $amount } on { $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    }, the first due on { $day } ({ $days } days after each order, so a refund in that time never becomes owed).
report-balance-owed = Paid to you in all: { $paid }. Owed to you now, all campaigns: { $balance }.
report-balance-ahead = Paid to you in all: { $paid }. Paid ahead by { $ahead }: it is set against what you earn next.
report-heading-agreed = What we agreed
# $kind: what was agreed to deliver, when the owner gave it no description
report-deliverable-kind = { $kind ->
    [post] post
    [story] story
    [reel] reel
    [video] video
    [event] event
    [market_table] market table
   *[other] other
    }
# $what: the deliverable; $due, $day: days
report-deliverable-on-time = { $what } — due { $due } — done { $day }, on time
report-deliverable-done = { $what } — due { $due } — done { $day }
report-deliverable-missed = { $what } — due { $due } — not done
report-deliverable-to-come = { $what } — due { $due } — to come
report-partner-lift = You had no promo code: the shop measures the campaign by its sales lift.
# $others: how many other walk-in partners share the lift; $range: report-lift-* sentence
report-partner-lift-share = Shared equally with the campaign's { $others } other walk-in { $others ->
    [one] partner
   *[other] partners
    }, your part: { $range }.
report-heading-how-counted = How it is counted
report-partner-how =
    An order counts for you when it used your code from the campaign's first day to the day orders are counted
    until, in the shop's time zone; refunds and discounts are taken off. If an order carried codes of two
    partners, it counts once, for the first code. A new customer is someone whose first order ever was with
    your code.
report-partner-title = { $campaign } — { $partner } partner report

## The payout statement
report-period = { $from } – { $to }
report-period-from = From { $from }
report-period-until = Until { $to }
report-period-all = All time, until { $today }
report-statement-kicker = { $shop } · Payout statement
# $period: one of the report-period-* texts; $days: the days of the hold
report-statement-period = { $period } · commission due { $days } days after each order
# A balance the partner was paid ahead by ($amount)
report-paid-ahead = { $amount } (paid ahead)
report-card-opening = Opening balance
report-card-fees = Fees
report-card-commission-due = Commission due
report-card-taken-back = Taken back
report-card-paid = Paid
report-card-closing = Closing balance
report-card-held = Commission held
report-heading-lines = Lines
report-col-day = Day
report-col-what = What
report-col-on-net = On net
report-col-amount = Amount
report-col-balance = Balance
report-entry-fee = Fee · { $campaign }
report-entry-commission = Commission · { $campaign } · order { $order }
report-entry-commission-in-store = Commission · { $campaign } · in store (typed in)
report-entry-taken-back = Taken back (refund) · { $campaign } · order { $order }
report-entry-restored = Restored · { $campaign } · order { $order }
report-entry-payment = Payment
# $how: how it was paid and the owner's note, as typed in
report-entry-payment-how = Payment · { $how }
report-statement-empty = Nothing became due and nothing was paid in this period.
report-heading-not-due = Not due yet
# $commission, $sales: amounts; $day: when the first of it is due
report-held-line = { $campaign }: { $commission } on { $sales } of sales ({ $orders ->
    [one] { $orders } order
   *[other] { $orders } orders
    }), the first due on { $day }
report-heading-by-year = By year
report-col-year = Year
report-col-fees = Fees
report-col-taken-back = Taken back
report-col-paid = Paid
report-statement-rules =
    Fees are owed from a campaign's first day. Commission on an order is due once the hold has passed, on its
    net revenue then (after discounts and refunds); a refund learned later takes its share back. Amounts are
    rounded once per campaign, on its running total.
report-statement-footer = { $shop } · { $partner } · payout statement
report-statement-title = { $partner } — payout statement

## The coupon sheet (one card per promo code)
report-coupon-valid = Valid { $from } – { $to }
report-coupon-with = with { $partner }
report-coupon-show = Show this code at the till
report-coupons-footer = { $shop } · { $campaign } · coupons
report-coupons-title = { $campaign } — coupons

## The charts: what they say when there is nothing to draw, their legends and axis titles
chart-roi-no-campaign = No campaign with a cost yet: ROI needs one.
chart-roi-no-partner = No partner with a cost yet: ROI needs one.
chart-roi-range = Range with sales lift (95%): an estimate
chart-leaderboard-empty = No attributed sales yet.
chart-leaderboard-axis = Attributed net revenue
chart-tiers-empty = No new customers from partners yet.
chart-tiers-axis = Cost per new customer
chart-tier-community = Community (< 1k)
chart-tier-nano = Nano (1k–10k)
chart-tier-micro = Micro (10k–100k)
chart-tier-macro = Macro (100k–1M)
chart-tier-mega = Mega (1M+)
chart-tier-unknown = No audience numbers
chart-sales-empty = No sales in this period.
# $amount: the campaign's cost, short ("$250")
chart-break-even-cost = Cost { $amount }
chart-break-even-profit = Gross profit so far
# $day: a month and day ("Mar 13")
chart-break-even-paid = Paid for itself { $day }
chart-lift-empty = No usual range to show: not enough sales history.
chart-lift-range = Usual range (95%)
chart-lift-level = Usual level
chart-lift-day = Sales of the day
chart-repeat-empty = Not measurable yet: no new customer's first order is 30 days before the last imported sale.
# A tick of the days axis (30, 60, 90)
chart-repeat-days = { $days } days
chart-repeat-partners = Brought by partners
chart-repeat-others = The shop's other new customers

# The header row of each CSV export (partners, campaigns, a campaign's results, a partner's payout statement).
export-partners-name = name
export-partners-email = email
export-partners-phone = phone
export-partners-neighborhood = neighborhood
export-partners-city = city
export-partners-stage = stage
export-partners-tier = tier
export-partners-largest-audience = largest audience
export-partners-main-handle = main handle
export-partners-engagement = engagement %
export-partners-values-1-5 = values (1-5)
export-partners-authenticity-1-5 = authenticity (1-5)
export-partners-local-audience = local audience %
export-partners-niches = niches
export-partners-campaigns = campaigns
export-partners-archived = archived
export-campaigns-name = name
export-campaigns-goal = goal
export-campaigns-start = start
export-campaigns-end = end
export-campaigns-attribution-window-days = attribution window (days)
export-campaigns-orders-count-until = orders count until
export-campaigns-status = status
export-campaigns-partners = partners
export-campaigns-codes = codes
export-campaigns-other-costs = other costs
export-campaigns-owner-hours = owner hours
export-results-campaign = campaign
export-results-partner = partner
export-results-method = method
export-results-codes = codes
export-results-orders = orders
export-results-net-revenue = net revenue
export-results-of-which-typed-in-orders = of which typed in (orders)
export-results-gross-profit = gross profit
export-results-cost = cost
export-results-commission-owed = commission owed
export-results-roi = ROI %
export-results-roas = ROAS
export-results-new-customers = new customers
export-results-cost-per-new-customer = cost per new customer
export-results-lift-status = lift status
export-results-lift-estimate = lift estimate
export-results-lift-low-95 = lift low (95%)
export-results-lift-high-95 = lift high (95%)
export-results-of-which-customer-said-orders = of which customer said (orders)
export-statement-partner = partner
export-statement-day = day
export-statement-line = line
export-statement-campaign = campaign
export-statement-order = order
export-statement-order-day = order day
export-statement-payment = payment
export-statement-on-net-revenue = on net revenue
export-statement-amount = amount
export-statement-balance = balance
export-results-total-row = (campaign total)
