# The Dashboard (ui/src/screens/Dashboard.svelte), its "Getting started" list (FirstSteps.svelte,
# ui/src/lib/first-steps.ts) and how a figure moved between periods (ui/src/lib/compare.ts).

## Period
dashboard-title = Dashboard
dashboard-period = Period
dashboard-range-month = This month
dashboard-range-90 = Last 90 days
dashboard-range-year = Last 12 months
dashboard-range-custom = Dates…
dashboard-from = From
dashboard-to = To
dashboard-counting = Counting…

## A shop with no sales at all
dashboard-no-sales-title = No sales yet
dashboard-no-sales-text = Import your shop's orders export (Shopify, Square, WooCommerce, Etsy, Stripe or PayPal) as it is: the Dashboard then shows what your partnerships brought in, and what they cost.
dashboard-no-sales-action = Import your sales

## Key figures
# $from, $to: the period's first and last days, formatted.
dashboard-period-campaigns = { $from } to { $to }: { $count ->
        [one] { $count } campaign counts
       *[other] { $count } campaigns count
    } orders in this period.
dashboard-key-figures = Key figures
dashboard-kpi-revenue = Attributed revenue
# $total: all sales of the period, formatted money; $orders: how many orders.
dashboard-kpi-revenue-of-all = of { $total } in all ({ $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    })
# The same, when some of the orders were typed in ($typed of them).
dashboard-kpi-revenue-of-all-typed-in = of { $total } in all ({ $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    }, { $typed } typed in)
dashboard-kpi-cost = Cost
dashboard-kpi-gross-profit = Gross profit
dashboard-kpi-roi = ROI
dashboard-kpi-roi-counted = ROI (counted sales)
# $range: a ROI range, formatted ("+12% to +40%").
dashboard-kpi-roi-with-lift = with walk-in partners' sales lift: ROI { $range }
dashboard-kpi-new-customers = New customers
# ROI moves in percentage points. $points: the change written with its sign ("+12"); $count: its size, for the plural.
dashboard-roi-points-vs-previous = { $count ->
        [one] { $points } point
       *[other] { $points } points
    } vs the period before

## How a card's figure moved ($ratio: a signed percent, "+12%")
dashboard-vs-previous = { $ratio } vs the period before
dashboard-none-previous = none in the period before
dashboard-vs-year-earlier = { $ratio } vs a year earlier
dashboard-none-year-earlier = none a year earlier
# Tooltip: $difference is the signed difference ("+$1,200.00"); $from, $to the days compared with.
dashboard-compare-against = { $difference } against { $from } to { $to }
# A change in words: "+$1,200.00 (+12%)".
dashboard-change-words = { $difference } ({ $ratio })
dashboard-change-nothing = nothing to compare with

## ROI cells ($range: a ROI range, formatted)
dashboard-roi-with-lift = with lift: { $range }
dashboard-roi-with-lift-title = ROI with walk-in partners' sales lift, 95% range
dashboard-roi-from-lift-title = ROI from the sales lift, 95% range
dashboard-roi-sales-lift = (sales lift)

## Charts and their tables
dashboard-roi-chart = ROI per campaign
dashboard-roi-chart-alt = ROI per campaign, as in the table below
dashboard-the-numbers = The numbers
dashboard-campaigns-table = Campaigns of the period
dashboard-sales-chart = Daily net sales
dashboard-sales-chart-alt = Daily net sales, campaign days shaded; totals in the table below
dashboard-sales-chart-shaded = Shaded: days when a campaign's orders count (start to end + attribution window).
dashboard-sales-table = Net sales by day
dashboard-col-campaign = Campaign
dashboard-col-net-revenue = Net revenue
dashboard-col-cost = Cost
dashboard-col-roi = ROI
dashboard-col-day = Day
dashboard-col-net-sales = Net sales

## Needs a look
dashboard-attention = Needs a look

## Partner leaderboard
dashboard-leaderboard = Partner leaderboard
dashboard-leaderboard-empty-title = No campaigns in this period
dashboard-leaderboard-empty-text = Choose a longer period, or plan a campaign with your partners and their codes.
dashboard-leaderboard-empty-action = Plan a campaign
dashboard-col-rank = #
dashboard-col-partner = Partner or community
dashboard-col-campaigns = Campaigns
dashboard-col-orders = Orders
dashboard-col-new-customers = New customers
# Orders whose customer said in the survey that the partner sent them.
dashboard-customer-said = { $count } customer said
dashboard-walk-in-heading = Measured by sales lift, not ranked with counted sales
dashboard-walk-in-lift-title = Their share of their campaigns' sales lift (net revenue, 95% range): walk-in partners are not measured by orders
dashboard-walk-in-orders-title = Walk-in partners are measured by the sales lift, not by orders
dashboard-leaderboard-ranked = Ranked by counted sales (code orders, typed-in redemptions, and orders whose customer said the partner sent them, labelled “customer said”). Walk-in partners are measured by the sales lift of their campaigns, an estimate with a range: listed after, never counted as a loss.
dashboard-leaderboard-figures = Figures add up each campaign's results (see a campaign's page for how they are made). A period counts the orders placed on its days: a campaign's sales in it are a part of the shop's sales in it. Costs (and walk-in partners' lift) are spread evenly over the days a campaign's orders count; a period bears the share of its days.

## By audience tier
dashboard-tiers = By audience tier
dashboard-tiers-chart-caption = Cost per new customer, by audience tier
dashboard-tiers-chart-lower = (lower is better)
dashboard-tiers-chart-alt = Cost per new customer by audience tier, as in the table
dashboard-col-tier = Tier
dashboard-col-partners = Partners
dashboard-col-cost-per-new-customer = Cost per new customer
dashboard-tier-none = No audience numbers yet
dashboard-tiers-note = A partner's tier comes from their largest account, a community's from its size. Campaign-level costs (other costs, your time) are not split by tier.

## Getting started (a new shop's first steps)
dashboard-first-steps-title = Getting started
dashboard-first-steps-hide = Hide this list
dashboard-first-steps-hide-title = Hide this list for good
dashboard-first-steps-hidden = Getting started hidden
# $done of $total steps done: "2 of 4 done".
dashboard-first-steps-progress = { $done } of { $total } done
dashboard-first-steps-done = done
dashboard-first-steps-to-do = to do
dashboard-step-sales-title = Import your sales
dashboard-step-sales-hint = Your shop's orders export from Shopify, Square, WooCommerce, Etsy, Stripe or PayPal: LocalLift reads it as it is.
dashboard-step-sales-action = Import sales
dashboard-step-sales-action-title = Open Import, where a sales export is read
dashboard-step-partners-title = Bring in your partners
dashboard-step-partners-hint = Type them in, or import the spreadsheet you keep them in.
dashboard-step-partners-action = Add partners
dashboard-step-partners-action-title = Open Partners: New partner, or Import a spreadsheet…
dashboard-step-campaign-title = Create a campaign
dashboard-step-campaign-hint = Its dates, the partners in it and their codes.
dashboard-step-campaign-action = Plan a campaign
dashboard-step-campaign-action-title = Open Campaigns: New campaign
dashboard-step-coupons-title = Print the coupon sheet
# Before any campaign has partners with codes: there is no sheet to print yet.
dashboard-step-coupons-hint-first = It needs a campaign with promo codes first: give the partners in a campaign their codes, then print the page of each partner's code with a QR code.
dashboard-step-coupons-hint = A page of each partner's code with a QR code, to hand out or post.
dashboard-step-coupons-action-campaigns = Go to Campaigns
dashboard-step-coupons-action-campaigns-title = Open Campaigns, then a campaign, to give its partners their codes
dashboard-step-coupons-action-campaign = Open the campaign
dashboard-step-coupons-action-campaign-title = Its page has the Coupon sheet button, above its results
# Between a campaign's name and what needs a look about it.
dashboard-attention-separator = { ": " }
