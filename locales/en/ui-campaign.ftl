# A campaign's page (ui/src/screens/CampaignPage.svelte and the screens it holds: CampaignResults,
# CampaignPartnerForm, CampaignDeliverables) and the Dashboard's "Codes that may have leaked" and
# "Agreements due" (LeakSignals, LeakOrders, AgreementsDue).

## Shared words
campaign-loading = Loading…
campaign-counting = Counting…
campaign-edit = Edit
campaign-delete = Delete
campaign-cancel = Cancel
campaign-add = Add
campaign-save = Save
campaign-close = Close
campaign-mark-done = Mark done
campaign-open-campaign = Open the campaign
campaign-badge-archived = Archived
campaign-badge-member-archived = Archived
campaign-col-who = Who
campaign-col-what = What
campaign-col-due = Due
campaign-col-day = Day
campaign-col-code = Code
campaign-col-orders = Orders
campaign-col-net-revenue = Net revenue
campaign-col-gross-profit = Gross profit
campaign-col-cost = Cost
campaign-col-commission = Commission
campaign-col-new-customers = New customers

## The campaign's page
campaign-back = ← Campaigns
campaign-dates = { $range }; orders count until { $until }
campaign-reinstate = Reinstate
campaign-reinstated = Campaign reinstated
campaign-cancel-campaign = Cancel campaign
campaign-cancelled = Campaign cancelled: its codes no longer count
campaign-archive = Archive
campaign-restore = Restore
campaign-notice-archived = Archived
campaign-notice-restored = Restored
campaign-fixed-costs = Fixed costs so far
campaign-fixed-costs-hint = (fees + gifted products at cost + other costs; commission is added on attributed sales)
campaign-other-costs = Other costs
campaign-your-hours = Your hours
campaign-notes = Notes
campaign-partners-title = Partners and terms
campaign-add-member = Add partner or community
campaign-partners-empty-title = Nobody in this campaign yet
campaign-partners-empty-text = Add the partners and communities taking part, with their fee, gifted products, commission and promo codes.
campaign-partners-table = Partners in this campaign
campaign-col-codes = Codes
campaign-col-fee = Fee
campaign-col-gifted = Gifted
campaign-col-agreement-notes = Agreement notes
campaign-badge-community = Community
campaign-no-code = no code (measured by lift)
campaign-first-orders = for first orders
campaign-leaked-from = marked leaked from { $day }
campaign-unmark = Unmark
campaign-unmark-label = Unmark { $code }
campaign-unmark-title = Its orders count for { $name } again
campaign-unmarked = { $code } unmarked: its orders count again
campaign-edit-terms = Edit terms
campaign-log-post = Log post
campaign-remove = Remove
campaign-mark-leaked-open = Mark a code leaked…
campaign-mark-leaked-open-title = From a day, the code's orders count for nobody (not for { $name }, no commission)
campaign-leak-form = Mark a code of { $name } leaked
campaign-leak-code = Code of { $name }
campaign-leak-from = Leaked from
campaign-leak-submit = Mark leaked
campaign-leak-hint = From that day on, the code's orders count for nobody: not for { $name }, and no commission. Marking it again moves the day; Unmark takes the mark off.
campaign-leak-choose-code = Choose a code
campaign-leak-choose-day = Choose the first day its orders count for nobody
campaign-leak-marked = { $code } marked leaked from { $day }: its orders from that day count for nobody
campaign-posts = Posts
campaign-posts-empty = No posts logged yet. Log each post with its likes, comments, shares, saves and reach to compare engagement.
campaign-col-posted = Posted
campaign-col-platform = Platform
campaign-col-reach = Reach
campaign-col-likes = Likes
campaign-col-comments = Comments
campaign-col-shares = Shares
campaign-col-saves = Saves
campaign-col-clicks = Clicks
campaign-col-engagement = Engagement
campaign-post-deleted = Post deleted
campaign-engagement-hint = Engagement = (likes + comments + shares + saves) ÷ reach, or ÷ followers when posted if reach is unknown. Clicks are not counted.
campaign-remove-what = { $name } from this campaign (with their codes and posts)
campaign-deleted = { $name } deleted

## Results
campaign-results = Results
campaign-file-results = { $campaign } results.csv
campaign-file-summary = { $campaign } summary.pdf
campaign-file-coupons = { $campaign } coupons.pdf
campaign-summary-pdf = Summary PDF
campaign-summary-pdf-title = Save the campaign summary as a PDF: numbers, charts, every partner, how it was computed
campaign-coupon-sheet = Coupon sheet
campaign-coupon-sheet-title = Save a printable sheet of every promo code, as large text and as a QR code, for the till
campaign-paper = Paper
campaign-paper-label = Paper size of PDFs
campaign-paper-a4 = A4
campaign-paper-letter = US Letter
campaign-window = Orders count from { $from } to { $to } (the attribution window included), in the shop's time zone.
campaign-kpi-revenue = Attributed revenue
campaign-kpi-roi = ROI
campaign-kpi-roi-counted = ROI (counted sales)
campaign-kpi-roi-lift = with walk-in partners' sales lift: ROI { $range }
campaign-by-partner = Results by partner
campaign-col-partner = Partner
campaign-col-roi = ROI
campaign-col-roi-title = Hover a ROI to see the ROAS (net revenue ÷ cost); walk-in partners' ROI is a range, from the sales lift
campaign-col-cost-per-new = Cost per new customer
campaign-col-back-60 = Back within 60 days
campaign-col-back-60-title = Of the new customers whose first order is at least 60 days old
campaign-typed-in = { $count } typed in
campaign-said = { $count } customer said
campaign-said-title = Orders without a code whose customer named { $name } when asked how they heard of the shop: no commission is owed on them
campaign-shared-with = { $others ->
    [one] , shared equally with the campaign's other walk-in partner
   *[other] , shared equally with the campaign's { $others } other walk-in partners
    }
campaign-partner-share = (this partner's share: { $share })
campaign-posts-engagement = { $count ->
    [one] { $count } post · { $engagement } engagement
   *[other] { $count } posts · { $engagement } engagement
    }
campaign-posts-engagement-cost = { $count ->
    [one] { $count } post · { $engagement } engagement · { $cost } per engagement
   *[other] { $count } posts · { $engagement } engagement · { $cost } per engagement
    }
campaign-in-store = + In store
campaign-in-store-title = Add in-store uses of the code, from the till's log
campaign-report = Report
campaign-report-title = Save { $name }'s own results as a PDF to send them (no other partner's numbers)
campaign-walk-in = Walk-in partner: measured by the campaign's sales lift, not by orders
campaign-roi-no-lift = Not enough sales data for the campaign's sales lift yet
campaign-roi-lift-title = (gross profit of this partner's share of the sales lift − cost) ÷ cost, 95% range
campaign-sales-lift = sales lift
campaign-roas = ROAS { $roas }
campaign-total = Campaign
campaign-with-lift = with lift: { $range }
campaign-with-lift-title = With walk-in partners' sales lift
campaign-came-back = { $returned } of { $customers } ({ $rate })
campaign-said-share = { $said } when asked how they heard of the shop, not on a code: no commission is owed on them.
campaign-chart-revenue = Revenue by partner
campaign-chart-top = (top 20; the table has all)
campaign-chart-revenue-alt = Attributed net revenue by partner, as in the table above
campaign-chart-paid = Did it pay for itself?
campaign-chart-paid-alt = Attributed gross profit added up day by day against the campaign's cost ({ $cost }); it reached { $profit }
campaign-chart-roi = ROI by partner
campaign-chart-roi-alt = ROI by partner, as in the table above
campaign-came-back-label = Came back
campaign-came-back-title = Did they come back?
campaign-repeat-table = Repeat purchases
campaign-within-days = { $days ->
    [one] within { $days } day
   *[other] within { $days } days
    }
campaign-repeat-this = Brought by this campaign
campaign-repeat-others = The shop's other new customers, same period
campaign-not-yet = not yet
campaign-repeat-alt = Share of new customers who came back within 30, 60 and 90 days, as in the table
campaign-repeat-hint = Counted among customers whose first order is old enough to have had the time to come back.
campaign-compare = This campaign's days against before
campaign-compare-table = The shop's net sales in the campaign's days and before
campaign-compare-col-sales = The shop's net sales
campaign-compare-col-days = Days
campaign-compare-col-net = Net sales
campaign-compare-col-change = The campaign's days against these
campaign-compare-current = In the campaign's days
campaign-compare-current-so-far = In the campaign's days so far
campaign-compare-before = { $count ->
    [one] The { $count } day before
   *[other] The { $count } days before
    }
campaign-compare-year = The same days a year earlier
campaign-compare-hint = All the shop's sales on those days (imported and typed in), not only the campaign's orders: a season, a holiday or another campaign moves them too. The sales-lift estimate compares with usual days more carefully.
campaign-compare-not-yet = The campaign's days have not come yet: once they have, their sales are set here beside the days before.
campaign-cost-includes = The campaign's cost includes its other costs ({ $other }) and your time ({ $time }).
campaign-redeem-form = In-store redemptions
campaign-redeem-title-said = Customers who said { $name } sent them
campaign-redeem-title-uses = In-store uses of { $name }'s code
campaign-redeem-hint = From the till's coupon log, for tills with no export: how many uses on a day and what they came to. Or a tally of customers who said, when asked, that this partner sent them (no code used): counted as “customer said”, with no commission.
campaign-redeem-said = A tally of what customers said, not code uses
campaign-redeem-customers = Customers
campaign-redeem-uses = Uses
campaign-redeem-amount = Sales after discount
campaign-redeemed = In-store redemptions added
campaign-conflicts = Orders with codes of two partners
campaign-conflict = Order { $order } used { $codes }: counted once, for { $partner } (first code), not for { $others }.
campaign-how = How these numbers are made
campaign-how-code = An order counts for a partner when it used their code from the first day to the last day of the campaign plus the attribution window. An order counts for one partner only: its first code.
campaign-how-said = An order with no counted code whose customer, asked how they heard of the shop, named a partner of the campaign (as you read their answer on the Import screen) counts for that partner as "customer said": after codes, never twice, and no commission is owed on it.
campaign-how-revenue = Net revenue = gross − discounts − refunds (tax and shipping are not revenue). In-store uses typed in add their count and amount.
campaign-how-profit = Gross profit = net revenue × your margin ({ $margin }), or net − product costs when the sale lists them.
campaign-how-cost = Cost = fee + gifted products at cost + commission × net revenue; the campaign adds other costs and your hours × hourly rate.
campaign-how-roi = ROI = (gross profit − cost) ÷ cost. ROAS = net revenue ÷ cost. A new customer is one whose first order ever is the attributed order.
campaign-how-walk-in = Partners without a code (walk-in partners) are measured by the campaign's sales lift (below): an estimate with its range, shared equally by the campaign's walk-in partners and never added to the code figures. Their ROI is a range: (counted gross profit + the lift's gross profit − cost) ÷ cost, at the low and the high end of the lift; never a −100% loss for sales nobody could count.
campaign-how-walk-in-cost = The campaign's ROI counts code and typed-in sales only; its cost includes the walk-in partners' ({ $cost }).

## Terms of a partner in a campaign (the form)
campaign-terms-of = Terms of { $name }
campaign-terms-add = Add a partner or community
campaign-terms-choose = Choose…
campaign-terms-partners = Partners
campaign-terms-communities = Communities
campaign-terms-codes = Promo codes
campaign-terms-codes-hint = Separated by commas; each can be live in one campaign at a time
campaign-terms-codes-placeholder = MAYA15
campaign-terms-fee = Flat fee
campaign-terms-gifted = Gifted products (at your cost)
campaign-terms-commission = Commission (% of attributed net sales)
campaign-terms-link = Tracked link
campaign-terms-new-only = These codes are for a customer's first order
campaign-terms-new-only-hint = LocalLift flags them when mostly existing customers use them.
campaign-terms-notes-hint = Each deliverable with its due day goes under Deliverables on the campaign's page
campaign-terms-notes-placeholder = 2 feed posts, 3 stories
campaign-terms-save = Save terms
campaign-terms-saved = Terms saved
campaign-terms-added = Added to the campaign
campaign-terms-type-percent = Type a percentage
campaign-terms-choose-member = Choose a partner or a community
campaign-terms-type-amount = Type an amount

## Deliverables
campaign-deliverables = Deliverables
campaign-deliverables-intro = What each partner agreed to deliver and by when. A post you log fills their open post, story, reel or video due first; mark the others done yourself. Due within the week shows on the Dashboard; not done by the day after its due day, it counts as missed in the partner's record.
campaign-deliverables-no-partners = Add partners or communities to the campaign first, then what each agreed to deliver.
campaign-deliverable-add = + Add deliverable
campaign-deliverables-empty = Nothing agreed yet. Add what { $name } agreed to deliver (a post, a story, an event…) and the day it is due.
campaign-deliverables-of = Deliverables of { $name }
campaign-col-status = Status
campaign-col-post = Post
campaign-deliverable-post = The post that delivered it
campaign-deliverable-link-post = Link a post…
campaign-deliverable-another-post = Another post…
campaign-deliverable-their-post = their post
campaign-deliverable-linked = Post linked: the deliverable is done
campaign-deliverable-reopen = Reopen
campaign-deliverable-reopen-title = Open it again
campaign-deliverable-reopen-unlink-title = Open it again (unlinks its post)
campaign-deliverable-reopened = Deliverable open again
campaign-deliverable-mark-done-title = Marks it done today (Edit to choose another day)
campaign-deliverable-done-today = Marked done today
campaign-deliverable-edit = Edit deliverable
campaign-deliverable-new = New deliverable of { $name }
campaign-deliverable-kind = Kind
campaign-deliverable-description = Description
campaign-deliverable-description-placeholder = Reel at the spring market
campaign-deliverable-due = Due by
campaign-deliverable-done-on = Done on (empty: not yet)
campaign-deliverable-choose-due = Choose the day it is due
campaign-deliverable-saved = Deliverable saved
campaign-deliverable-added = Deliverable added
campaign-deliverable-deleted = Deliverable of { $name } deleted
# What the delete dialog names ("Delete the reel “At the spring market” of Maya?"); $kind is the kind's key.
campaign-deliverable-delete-what = { $kind ->
    [post] the post of { $member }
    [story] the story of { $member }
    [reel] the reel of { $member }
    [video] the video of { $member }
    [event] the event of { $member }
    [market_table] the market table of { $member }
   *[other] the other of { $member }
    }
campaign-deliverable-delete-what-described = { $kind ->
    [post] the post “{ $description }” of { $member }
    [story] the story “{ $description }” of { $member }
    [reel] the reel “{ $description }” of { $member }
    [video] the video “{ $description }” of { $member }
    [event] the event “{ $description }” of { $member }
    [market_table] the market table “{ $description }” of { $member }
   *[other] the other “{ $description }” of { $member }
    }

## Codes that may have leaked (Dashboard)
campaign-leaks = Codes that may have leaked
campaign-leaks-intro = Signs read from all your sales (not only the period above): a code used long after its campaign, a sudden burst of orders, or a first-order code used mostly by customers who had ordered before. A sign changes nothing by itself; when you mark a code leaked from a day, its orders from then on count for nobody: not for the partner, and no commission.
campaign-leaks-empty = No sign of a leaked code in your sales. LocalLift looks again after each import.
campaign-col-sign = Sign
campaign-col-days = Days
campaign-leak-expected = expected: { $count }
campaign-leak-expected-less-one = expected: < 1
campaign-leak-expected-title = What the code's own pattern predicted for these days
campaign-leak-show-orders = Show orders
campaign-leak-mark = Mark leaked from { $day }
campaign-leak-mark-title = Its orders from { $day } on count for nobody (not for { $name }, no commission)
campaign-leak-marked-dashboard = { $code } marked leaked from { $day }: its orders from then on count for nobody (Unmark on the campaign's page)

## The orders behind a leak signal
campaign-leak-orders-title = Orders with { $code }, { $range }
campaign-leak-orders-about = { $signal }. Every order with the code on these days, the signal's and the others.
campaign-leak-orders-empty = No order with this code on these days any more (an import may have been undone).
campaign-leak-orders-table = Orders with { $code }
campaign-col-order = Order
campaign-col-source = Source
campaign-col-new-customer = New customer
campaign-leak-orders-no-customer = The export names no customer for this order

## Agreements due (Dashboard)
campaign-agreements = Agreements due
campaign-agreements-intro = What partners agreed to deliver, due within the week or overdue, in all your campaigns (not only the period above). A post you log fills the open post, story, reel or video due first.
campaign-agreements-empty = No agreement is due this week. Add what partners agreed to deliver (and by when) on a campaign's page, under Deliverables.
campaign-agreements-mark-done-title = Marks it done today
campaign-agreements-done = { $kind } of { $name } marked done today
