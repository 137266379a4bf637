//! The Dashboard: what partnerships brought over a period, who brought most, and what needs a look.
//! It takes the campaign results the Campaign page shows through the one rule of [`crate::period`]: the
//! orders placed on the period's days, costs spread over a campaign's days. So attributed sales are a part
//! of the period's sales, and a period containing a campaign's days gives the Campaign page's figures.
//! Shop-wide sales come from the daily aggregates, never from a scan of all sales.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::attribution::Figures;
use crate::i18n::Message;
use crate::model::Tier;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LeaderRow {
    pub name: String,
    pub partner_id: Option<i64>,
    pub community_id: Option<i64>,
    pub campaigns: i64,
    /// Measured by sales lift only (walk-in partners): listed after the ranked rows, never ranked as a loss.
    pub measured_by_lift: bool,
    #[serde(flatten)]
    pub figures: Figures,
}

/// The partners of one audience tier, added up: which size of partner brings customers cheapest.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TierRow {
    /// `None`: partners without any audience numbers yet.
    pub tier: Option<Tier>,
    pub partners: i64,
    #[serde(flatten)]
    pub figures: Figures,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AttentionKind {
    /// A partner's code has not been used once since the campaign started.
    CodeNeverUsed,
    /// Orders used codes of two partners.
    Conflicts,
    /// A running campaign ends within a week.
    EndingSoon,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Attention {
    pub kind: AttentionKind,
    pub campaign_id: i64,
    pub campaign: String,
    /// What needs a look, as a catalogue message.
    pub message: Message,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Dashboard {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub currency: Option<String>,
    /// Campaigns with days in the period (first day to end + attribution window).
    pub campaigns: i64,
    /// Their figures in the period (see [`crate::period`]), other costs and the owner's time included.
    #[serde(flatten)]
    pub figures: Figures,
    /// All sales of the period, for scale: imported orders and in-store redemptions typed in (sales no
    /// export holds). The attributed figures are a part of these.
    pub shop_orders: i64,
    pub shop_net_revenue_minor: i64,
    /// Of which typed in.
    pub typed_in_orders: i64,
    pub typed_in_net_revenue_minor: i64,
    /// Ranked by attributed net revenue (counted sales); walk-in partners (sales lift only) after them,
    /// by the middle of their lift's range.
    pub leaderboard: Vec<LeaderRow>,
    /// By audience tier, smallest first (cost per new customer compares them).
    pub tiers: Vec<TierRow>,
    pub attention: Vec<Attention>,
    /// Each campaign of the period with its totals, oldest first (the ROI chart and its table).
    pub campaign_rows: Vec<CampaignRow>,
    /// Net sales of each day of the period that had sales (the sales chart).
    pub daily: Vec<DayTotal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CampaignRow {
    pub campaign_id: i64,
    pub name: String,
    pub start: NaiveDate,
    /// Last day orders count (end + attribution window).
    pub counts_until: NaiveDate,
    #[serde(flatten)]
    pub figures: Figures,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DayTotal {
    pub day: NaiveDate,
    pub net_minor: i64,
}

/// The Dashboard's charts as SVG.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DashboardCharts {
    pub roi_svg: String,
    pub sales_svg: String,
    /// Cost per new customer by audience tier.
    pub tiers_svg: String,
}

/// A tier as the owner reads it on the tiers chart, in the language of `w` (none: no audience numbers).
pub(crate) fn tier_label(w: &crate::i18n::Words, tier: Option<Tier>) -> String {
    match tier {
        Some(Tier::Community) => w.get("chart-tier-community", &[]),
        Some(Tier::Nano) => w.get("chart-tier-nano", &[]),
        Some(Tier::Micro) => w.get("chart-tier-micro", &[]),
        Some(Tier::Macro) => w.get("chart-tier-macro", &[]),
        Some(Tier::Mega) => w.get("chart-tier-mega", &[]),
        None => w.get("chart-tier-unknown", &[]),
    }
}

/// The headline figures of one period, as the Dashboard's cards show them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PeriodFigures {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub attributed_net_revenue_minor: i64,
    pub cost_minor: i64,
    pub gross_profit_minor: i64,
    /// ROI of counted sales; `None` without a cost.
    pub roi: Option<f64>,
    pub new_customers: i64,
    /// All the shop's sales of the period (imported and typed in).
    pub shop_net_revenue_minor: i64,
}

impl PeriodFigures {
    /// The cards' figures of a Dashboard.
    pub fn of(d: &Dashboard) -> PeriodFigures {
        PeriodFigures {
            from: d.from,
            to: d.to,
            attributed_net_revenue_minor: d.figures.attributed_net_revenue_minor,
            cost_minor: d.figures.cost_minor,
            gross_profit_minor: d.figures.gross_profit_minor,
            roi: d.figures.roi,
            new_customers: d.figures.new_customers,
            shop_net_revenue_minor: d.shop_net_revenue_minor,
        }
    }
}

/// How a figure moved from one period to another: the difference (minor units, or a count) and the
/// relative change (0.12 = +12 %), `None` when the earlier period had none to compare with.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Change {
    pub difference: i64,
    pub ratio: Option<f64>,
}

impl Change {
    /// From `before` to `now`.
    pub fn between(before: i64, now: i64) -> Change {
        let ratio = (before != 0).then(|| (now - before) as f64 / before.unsigned_abs() as f64);
        Change { difference: now - before, ratio }
    }
}

/// Each card's change from an earlier period to this one; ROI in percentage points.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Changes {
    pub attributed_net_revenue: Change,
    pub cost: Change,
    pub gross_profit: Change,
    pub new_customers: Change,
    pub shop_net_revenue: Change,
    /// ROI now minus ROI then, in percentage points (+12.0 = from 40 % to 52 %); `None` when either has none.
    pub roi_points: Option<f64>,
}

impl Changes {
    /// From `before` to `now`.
    pub fn between(before: &PeriodFigures, now: &PeriodFigures) -> Changes {
        Changes {
            attributed_net_revenue: Change::between(
                before.attributed_net_revenue_minor,
                now.attributed_net_revenue_minor,
            ),
            cost: Change::between(before.cost_minor, now.cost_minor),
            gross_profit: Change::between(before.gross_profit_minor, now.gross_profit_minor),
            new_customers: Change::between(before.new_customers, now.new_customers),
            shop_net_revenue: Change::between(before.shop_net_revenue_minor, now.shop_net_revenue_minor),
            roi_points: now.roi.zip(before.roi).map(|(n, b)| (n - b) * 100.0),
        }
    }
}

/// A period set beside the previous period of the same length and the same days a year earlier, each
/// counted with the same "in this period" rule ([`crate::period`]).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Comparison {
    pub current: PeriodFigures,
    pub previous: PeriodFigures,
    pub since_previous: Changes,
    pub year_earlier: PeriodFigures,
    pub since_year_earlier: Changes,
}

/// The period of the same length that ends the day before `from`: 1–30 April → 2–31 March.
pub fn previous_period(from: NaiveDate, to: NaiveDate) -> (NaiveDate, NaiveDate) {
    let days = (to - from).num_days();
    let end = from.pred_opt().unwrap_or(from);
    (end - chrono::Duration::days(days), end)
}

/// The same days a year earlier (29 February becomes 28 February).
pub fn year_earlier(from: NaiveDate, to: NaiveDate) -> (NaiveDate, NaiveDate) {
    let back = |d: NaiveDate| d.checked_sub_months(chrono::Months::new(12)).unwrap_or(d);
    (back(from), back(to))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("day")
    }

    #[test]
    fn earlier_periods_have_the_same_length_and_days() {
        assert_eq!(previous_period(day("2026-04-01"), day("2026-04-30")), (day("2026-03-02"), day("2026-03-31")));
        assert_eq!(previous_period(day("2026-11-30"), day("2026-11-30")), (day("2026-11-29"), day("2026-11-29")));
        assert_eq!(year_earlier(day("2028-02-29"), day("2028-03-31")), (day("2027-02-28"), day("2027-03-31")));
    }

    #[test]
    fn a_change_is_a_difference_and_a_ratio_of_what_was_there() {
        assert_eq!(Change::between(10_000, 11_200), Change { difference: 1_200, ratio: Some(0.12) });
        assert_eq!(Change::between(0, 500), Change { difference: 500, ratio: None });
        assert_eq!(Change::between(-1_000, 500).ratio, Some(1.5), "from a loss: measured against its size");
    }
}
