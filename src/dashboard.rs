//! The Dashboard: what partnerships brought over a period, who brought most, and what needs a look.
//! It takes the campaign results the Campaign page shows through the one rule of [`crate::period`]: the
//! orders placed on the period's days, costs spread over a campaign's days. So attributed sales are a part
//! of the period's sales, and a period containing a campaign's days gives the Campaign page's figures.
//! Shop-wide sales come from the daily aggregates, never from a scan of all sales.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::attribution::Figures;
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Attention {
    pub kind: AttentionKind,
    pub campaign_id: i64,
    pub campaign: String,
    pub message: String,
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

/// A tier as the owner reads it.
pub(crate) fn tier_label(tier: Tier) -> &'static str {
    match tier {
        Tier::Community => "Community (< 1k)",
        Tier::Nano => "Nano (1k–10k)",
        Tier::Micro => "Micro (10k–100k)",
        Tier::Macro => "Macro (100k–1M)",
        Tier::Mega => "Mega (1M+)",
    }
}
