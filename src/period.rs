//! "In this period": the one rule by which a period's figures are made from campaign results, used by the
//! Dashboard's KPIs, its leaderboard, its tier table, its campaign rows and their totals.
//!
//! - **Sales** count on the shop-local day the order was placed (code orders) or typed in for (in-store
//!   redemptions): a period takes the days it contains. So the attributed sales of a period are a part of
//!   the period's sales, whatever the campaigns' dates.
//! - **Costs** of a campaign (each partner's fee and gifted products, the other costs, the owner's time) are
//!   spread evenly over the days its orders count (first day to end + attribution window); a period bears
//!   the share of the days it contains, rounded half to even once per partner and once for the campaign's
//!   own costs. Commission is owed on the period's attributed net revenue.
//! - **Sales lift** of walk-in partners is spread as costs are (the same share of its range).
//! - **Repeat rates** need whole windows: a campaign counts in them only when the period contains all the
//!   days its orders count.
//!
//! A period that contains all of a campaign's days gives exactly the figures of the campaign's page.

use chrono::NaiveDate;

use crate::attribution::{CampaignResults, Figures, PartnerResult};
use crate::model::div_round_half_even;

/// How much of a campaign's counting days a period contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub days_in: i64,
    pub days_all: i64,
}

impl Share {
    /// The share of `[window_start, window_end]` inside `[from, to]` (inclusive shop-local days); `None`
    /// when they do not meet.
    pub fn of(from: NaiveDate, to: NaiveDate, window_start: NaiveDate, window_end: NaiveDate) -> Option<Share> {
        let days_all = (window_end - window_start).num_days() + 1;
        let days_in = (to.min(window_end) - from.max(window_start)).num_days() + 1;
        (days_all > 0 && days_in > 0).then_some(Share { days_in, days_all })
    }

    pub fn whole(self) -> bool {
        self.days_in >= self.days_all
    }

    /// This share of an amount of money (minor units), rounded half to even.
    pub fn of_money(self, amount_minor: i64) -> i64 {
        if self.whole() {
            return amount_minor;
        }
        div_round_half_even(i128::from(amount_minor) * i128::from(self.days_in), i128::from(self.days_all))
    }
}

/// One partner's figures in a period (see the module's rule); `share` is the period's share of the
/// partner's campaign.
pub fn partner_figures(p: &PartnerResult, from: NaiveDate, to: NaiveDate, share: Share) -> Figures {
    let mut f = Figures {
        walk_in_partners: p.figures.walk_in_partners,
        counted_partners: p.figures.counted_partners,
        ..Figures::default()
    };
    for d in p.days.iter().filter(|d| from <= d.day && d.day <= to) {
        f.attributed_orders += d.orders;
        f.attributed_net_revenue_minor += d.net_revenue_minor;
        f.manual_orders += d.manual_orders;
        f.manual_net_revenue_minor += d.manual_net_revenue_minor;
        f.survey_orders += d.survey_orders;
        f.survey_net_revenue_minor += d.survey_net_revenue_minor;
        f.gross_profit_minor += d.gross_profit_minor;
        f.new_customers += d.new_customers;
    }
    f.commission_owed_minor =
        crate::attribution::commission(f.attributed_net_revenue_minor - f.survey_net_revenue_minor, p.commission_pct);
    let fixed = share.of_money(p.fee_minor + p.gifted_cost_minor);
    f.cost_minor = fixed + f.commission_owed_minor;
    if p.figures.walk_in_partners > 0 {
        f.walk_in_cost_minor = fixed;
    }
    let part = |v: Option<i64>| v.map(|v| share.of_money(v));
    f.lift_low_minor = part(p.figures.lift_low_minor);
    f.lift_high_minor = part(p.figures.lift_high_minor);
    f.lift_gross_profit_low_minor = part(p.figures.lift_gross_profit_low_minor);
    f.lift_gross_profit_high_minor = part(p.figures.lift_gross_profit_high_minor);
    // A part of a window cannot say who came back: no horizon is measured.
    f.repeat = if share.whole() { p.figures.repeat.clone() } else { crate::attribution::empty_repeat() };
    f.finish();
    f
}

/// A campaign's figures in a period: its partners' (in the results' order) and its totals, the campaign's
/// own costs included. `None` when none of the campaign's counting days is in the period.
pub fn campaign_figures(r: &CampaignResults, from: NaiveDate, to: NaiveDate) -> Option<(Vec<Figures>, Figures)> {
    let share = Share::of(from, to, r.window_start, r.window_end)?;
    let partners: Vec<Figures> = r.partners.iter().map(|p| partner_figures(p, from, to, share)).collect();
    let mut totals = Figures::default();
    for f in &partners {
        totals.add(f);
    }
    totals.cost_minor += share.of_money(r.totals.other_costs_minor + r.totals.owner_time_cost_minor);
    // The partners' repeat rates add up (none measured for a part of a window).
    totals.finish();
    Some((partners, totals))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn a_share_counts_the_days_both_contain() {
        let (a, b) = (day("2026-03-01"), day("2026-03-10"));
        assert_eq!(Share::of(day("2026-03-06"), day("2026-04-30"), a, b), Some(Share { days_in: 5, days_all: 10 }));
        assert_eq!(Share::of(day("2026-02-01"), day("2026-03-01"), a, b), Some(Share { days_in: 1, days_all: 10 }));
        assert_eq!(Share::of(day("2026-02-01"), day("2026-02-28"), a, b), None);
        assert!(Share::of(day("2026-01-01"), day("2026-12-31"), a, b).expect("meets").whole());
        // Half to even, once: 10.05 × 5/10 = 5.025 → 5.02; 10.15 × 5/10 = 5.075 → 5.08.
        let half = Share { days_in: 5, days_all: 10 };
        assert_eq!((half.of_money(1_005), half.of_money(1_015)), (502, 508));
    }
}
