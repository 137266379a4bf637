# The list of campaigns (ui/src/screens/Campaigns.svelte) and the form that creates or edits one
# (ui/src/screens/CampaignForm.svelte).

## The list
campaigns-title = Campaigns
campaigns-new = New campaign
campaigns-search = Search campaigns
campaigns-search-placeholder = Search name, partner, code…  ( / )
campaigns-status = Status
campaigns-any-status = Any status
campaigns-show-archived = Show archived
campaigns-no-match-title = No campaign matches
campaigns-no-match-text = Try another search or status.
campaigns-empty-title = No campaigns yet
campaigns-empty-text = Plan one with its dates, then add the partners or communities in it with their terms and promo codes. Orders with those codes are counted for them, and its coupon sheet prints each code with a QR code.
campaigns-empty-action = Plan a campaign
campaigns-col-campaign = Campaign
campaigns-col-dates = Dates
campaigns-col-status = Status
campaigns-col-partners = Partners
campaigns-col-codes = Codes
campaigns-archived = Archived
# Under a campaign's dates: its attribution window, the days after its end when orders still count.
campaigns-window = + { $count ->
        [one] { $count } day
       *[other] { $count } days
    } to count orders

## The form
campaigns-form-new-title = New campaign
# $name: the campaign's name.
campaigns-form-edit-title = Edit { $name }
campaigns-form-name = Name
campaigns-form-goal = Goal
campaigns-form-goal-placeholder = Sell repotting kits
campaigns-form-start = First day
campaigns-form-end = Last day
campaigns-form-window = Orders count for (days after the end)
# $days: the default attribution window, in days.
campaigns-form-window-hint = Attribution window, { $days } days by default
campaigns-form-other-costs = Other costs
campaigns-form-other-costs-hint = Printing, event, ads
campaigns-form-hours = Your hours on it
campaigns-form-hours-hint = Counted as a cost at your hourly rate (Settings)
campaigns-form-notes = Notes
campaigns-form-cancel = Cancel
campaigns-form-save = Save
campaigns-form-create = Create campaign
campaigns-form-window-invalid = Type a whole number of days
campaigns-form-hours-invalid = Type a number of hours
campaigns-form-start-missing = Choose the first day
campaigns-form-end-missing = Choose the last day
campaigns-form-other-costs-invalid = Type an amount
campaigns-form-saved = Campaign saved
# $name: the new campaign's name.
campaigns-form-created = { $name } created
