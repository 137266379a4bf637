# The communities screens: the list, the form, and a community's page.

## The list
communities-title = Communities
communities-import = Import a spreadsheet…
communities-new = New community
communities-search-placeholder = Search name, topic, leader, city…  ( / )
communities-search-label = Search communities
communities-size-label = Size
communities-any-size = Any size
communities-stage-label = Stage
communities-all-stages = All stages
communities-topic = Topic
communities-city = City
communities-sort-label = Sort by
communities-sort-name = Sort: name
communities-sort-size = Sort: size
communities-sort-updated = Sort: last changed
communities-show-archived = Show archived
communities-no-match-title = No community matches
communities-no-match-text = Try fewer filters or another search.
communities-empty-title = No communities yet
communities-empty-text = Run clubs, parents' groups, Discord servers: groups whose members become loyal customers. Add one with its size and leader, keep what its members say in a feedback log, and bring it into a campaign with a code as you would a partner.
communities-add = Add a community
communities-col-name = Name
communities-col-kind = Kind
communities-col-members = Members
communities-col-size = Size
communities-col-leader = Leader
communities-col-stage = Stage
communities-col-feedback = Feedback
communities-col-campaigns = Campaigns
communities-archived = Archived

## The form (new or edit); $name is the community's name
communities-form-size-not-number = Size must be a number
communities-form-saved = Community saved
communities-form-added = { $name } added
communities-form-edit-title = Edit { $name }
communities-form-name = Name
communities-form-kind = Kind
communities-form-members = Members (about)
communities-form-topic = Topic
communities-form-topic-placeholder = running
communities-form-neighborhood = Neighborhood
communities-form-city = City
communities-form-leader = Leader
communities-form-leader-hint = The partner who runs it, if they are in your contacts
communities-form-stage = Stage
communities-form-link = Link
communities-form-notes = Notes
communities-form-cancel = Cancel
communities-form-save = Save
communities-form-add = Add community

## A community's page
communities-page-back = ← Communities
# $count is the community's size (members, roughly).
communities-page-size = about { $count } members
communities-page-size-unknown = size unknown
communities-page-edit = Edit
communities-page-restore = Restore
communities-page-archive = Archive
communities-page-delete = Delete
communities-page-about = About
communities-page-topic = Topic
communities-page-where = Where
communities-page-leader = Leader
communities-page-link = Link
communities-page-notes = Notes
communities-page-campaigns = Campaigns
communities-page-no-campaigns = Not in any campaign yet.
communities-page-campaigns-label = Campaigns of this community
communities-page-lift-title = Walk-in: measured by the campaign's sales lift (this community's share, net revenue, 95% range), not by orders
# Tooltip; $amount is money, or "—" without results.
communities-page-cost = cost { $amount }
# $count is a number of orders, or "—" without results.
communities-page-orders = { $count ->
    [one] { $count } order
   *[other] { $count } orders
    }
# $roi is a percent.
communities-page-roi = ROI { $roi }
communities-page-feedback-log = Feedback log
communities-page-add-feedback = Add feedback
communities-page-fb-day = Day
communities-page-fb-source = Where it was said
communities-page-fb-source-placeholder = group post, event, DM
communities-page-fb-sentiment = Sentiment
communities-page-fb-tags = Tags
communities-page-fb-tags-hint = Separated by commas
communities-page-fb-tags-placeholder = price, event
communities-page-fb-text = What was said
communities-page-filter-sentiment = Filter by sentiment
communities-page-all = All
communities-page-filter-tag = Filter by tag
communities-page-all-tags = All tags
communities-page-fb-empty = Nothing logged yet. Write down what members say about your products: it is the most honest market research you will get.
communities-page-fb-no-match = No feedback matches this filter.
communities-page-fb-delete-label = Delete this feedback
communities-page-feedback-added = Feedback added
communities-page-archived-notice = Archived: hidden from lists, history kept
communities-page-restored = Restored
# $name is the community's name.
communities-page-deleted = { $name } deleted
communities-page-loading = Loading…
