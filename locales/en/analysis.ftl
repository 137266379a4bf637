# The analysis's words: the sales-lift notes, the fit score's reasons, what needs a look on the Dashboard.

lift-not-started = The campaign has not started yet, or its first days' sales are not imported yet.
lift-no-window-sales = No sales data for the campaign's days yet: import the sales of those days.
lift-not-enough-history = Not enough history: { $days ->
        [one] 1 usable day
       *[other] { $days } usable days
    } in the { $weeks } weeks before the campaign (at least { $min_days }, and { $min_weekday } of each weekday, are needed). Import older sales, or move other campaigns out of those weeks.
lift-overlaps = Runs at the same time as { $campaigns }: this is the lift of those campaigns together, shown on each, never added up.
lift-missing-days = { $count ->
        [one] No sales data for 1 day of the window: that day is left out.
       *[other] No sales data for { $count } days of the window: those days are left out.
    }
lift-pending-days = { $count ->
        [one] 1 day of the window is still to come: the estimate covers the days so far.
       *[other] { $count } days of the window are still to come: the estimate covers the days so far.
    }
lift-range-includes-zero = The range includes zero: the campaign may have brought nothing extra. A longer campaign, or more weeks of history, would narrow the range.
lift-more-history = More weeks of history without other campaigns would narrow the range.

fit-engagement = { $rate }% on { $platform } ({ $tier } tier; typical { $low }–{ $high }%)
fit-missing-engagement-rate = Engagement rate of their main account
fit-missing-account = A social account with its engagement rate
fit-locality = { $pct }% of the audience is local
fit-missing-locality = Share of the audience that is local
fit-rated = { $what ->
    [values] Values alignment
   *[authenticity] Content authenticity
    }: rated { $rating } of 5
fit-missing-rating = { $what ->
    [values] Your rating of their values alignment
   *[authenticity] Your rating of their content authenticity
    }
fit-kept = { $on_time } of { $total } deliverables on time, { $late } late, { $missed } missed
fit-missing-kept = A deliverable with a due day that has come (kept agreements)
fit-missing-roi = A finished campaign with them (past ROI)
fit-missing-roi-measured = Past ROI: their finished campaigns had no cost or were measured by lift only
fit-roi = { $count ->
    [one] ROI { $roi }% over 1 finished campaign
   *[other] ROI { $roi }% over { $count } finished campaigns
    }
attention-code-never-used = { $count ->
    [one] { $name }'s code { $codes } has not been used once
   *[other] { $name }'s codes { $codes } have not been used once
    }
attention-conflicts = { $count ->
    [one] 1 order used codes of two partners; it counts once
   *[other] { $count } orders used codes of two partners; each counts once
    }
attention-ends-on = ends on { $day }
