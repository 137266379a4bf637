//! Campaigns and their partners' terms (fee, gifts, commission, promo codes), phases from the dates, the
//! JSON a campaign is created from, and in-store redemptions typed in.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Post, Tier};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CampaignInput {
    pub name: String,
    pub goal: String,
    /// First day, shop-local.
    pub start: NaiveDate,
    /// Last day, shop-local, inclusive.
    pub end: NaiveDate,
    /// Days after the end during which code orders still count.
    pub window_days: i64,
    /// Printing, event costs…
    pub other_costs_minor: i64,
    /// The owner's own time on the campaign, in hours.
    pub owner_hours: f64,
    pub notes: String,
}

/// The last shop-local day an order with a campaign's codes still counts: its last day plus the
/// attribution window. The one place this rule is written.
pub fn last_counted_day(end: NaiveDate, window_days: i64) -> NaiveDate {
    end + chrono::Days::new(window_days.max(0) as u64)
}

/// Where a campaign is in its life, derived from its dates and the shop-local today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Phase {
    Upcoming,
    Running,
    /// Ended, but orders with its codes still count (attribution window).
    Measuring,
    Finished,
    Cancelled,
}

impl Phase {
    pub fn of(start: NaiveDate, end: NaiveDate, window_days: i64, cancelled: bool, today: NaiveDate) -> Phase {
        if cancelled {
            Phase::Cancelled
        } else if today < start {
            Phase::Upcoming
        } else if today <= end {
            Phase::Running
        } else if today <= last_counted_day(end, window_days) {
            Phase::Measuring
        } else {
            Phase::Finished
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Campaign {
    pub id: i64,
    #[serde(flatten)]
    pub fields: CampaignInput,
    pub cancelled: bool,
    pub phase: Phase,
    /// The last day an order with its codes counts (end + attribution window).
    pub counts_until: NaiveDate,
    pub archived: bool,
    pub partner_count: i64,
    pub codes: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A code the owner marked as leaked: from the shop-local day `from`, its orders are nobody's (not the
/// partner's, not owed commission).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeakedCode {
    pub code: String,
    pub from: NaiveDate,
}

/// A partner's (or a community's) terms in one campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CampaignPartnerInput {
    /// Exactly one of `partner_id` and `community_id` is set.
    pub partner_id: Option<i64>,
    pub community_id: Option<i64>,
    pub fee_minor: i64,
    /// Gifted products, at the shop's cost.
    pub gifted_cost_minor: i64,
    /// Commission on attributed net sales, in percent.
    pub commission_pct: f64,
    pub codes: Vec<String>,
    pub tracked_link: Option<String>,
    pub deliverables: String,
    /// The codes are meant for a customer's first order (used mostly by existing customers, they leaked).
    #[serde(default)]
    pub new_customers_only: bool,
}

impl Default for CampaignPartnerInput {
    fn default() -> Self {
        Self {
            partner_id: None,
            community_id: None,
            fee_minor: 0,
            gifted_cost_minor: 0,
            commission_pct: 0.0,
            codes: Vec::new(),
            tracked_link: None,
            deliverables: String::new(),
            new_customers_only: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CampaignPartner {
    pub id: i64,
    pub campaign_id: i64,
    #[serde(flatten)]
    pub fields: CampaignPartnerInput,
    /// The partner's or community's name.
    pub member_name: String,
    pub member_archived: bool,
    pub tier: Option<Tier>,
    pub posts: Vec<Post>,
    /// Its codes the owner marked as leaked.
    pub leaked: Vec<LeakedCode>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CampaignDetail {
    pub campaign: Campaign,
    pub partners: Vec<CampaignPartner>,
}

/// Code uses at a till with no export, typed in by day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RedemptionInput {
    pub day: NaiveDate,
    pub count: i64,
    pub amount_minor: i64,
    pub note: String,
    /// A till tally of customers who said this partner sent them (no code used): counted as "customer
    /// said", owing no commission; otherwise uses of the partner's code at the till.
    #[serde(default)]
    pub said: bool,
}

/// What `locallift campaign create FILE.json` reads.
#[derive(Debug, Clone, Deserialize)]
pub struct CampaignSpec {
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    #[serde(default = "default_window")]
    pub window_days: i64,
    #[serde(default)]
    pub other_costs_minor: i64,
    #[serde(default)]
    pub partners: Vec<PartnerSpec>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PartnerSpec {
    pub name: String,
    #[serde(default)]
    pub codes: Vec<String>,
    #[serde(default)]
    pub fee_minor: i64,
    #[serde(default)]
    pub gifted_cost_minor: i64,
    #[serde(default)]
    pub commission_pct: f64,
}

fn default_window() -> i64 {
    14
}
