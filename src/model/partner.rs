//! Partners (micro-influencers) with their social accounts, follower history, pipeline stage and ratings.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Phase, Platform, Stage, Tier};

/// What the owner types about a partner. Tier and engagement are not here: they are derived.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PartnerInput {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub neighborhood: Option<String>,
    pub city: Option<String>,
    pub distance_km: Option<f64>,
    /// Free tags such as "plants", "running", "parents".
    pub niches: Vec<String>,
    pub notes: String,
    pub stage: Stage,
    /// How well the partner's values fit the shop's, 1 to 5.
    pub values_alignment: Option<i64>,
    /// How genuine the partner's content feels, 1 to 5.
    pub authenticity: Option<i64>,
    /// Share of the audience that lives nearby, in percent, when known.
    pub audience_locality_pct: Option<f64>,
    /// Where the contact came from and whether they agreed to be kept on file.
    pub consent_source: Option<String>,
}

impl Default for PartnerInput {
    fn default() -> Self {
        Self {
            name: String::new(),
            email: None,
            phone: None,
            neighborhood: None,
            city: None,
            distance_km: None,
            niches: Vec::new(),
            notes: String::new(),
            stage: Stage::Prospect,
            values_alignment: None,
            authenticity: None,
            audience_locality_pct: None,
            consent_source: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Partner {
    pub id: i64,
    #[serde(flatten)]
    pub fields: PartnerInput,
    /// Derived from the largest social account; `None` when no account is recorded.
    pub tier: Option<Tier>,
    pub max_followers: Option<i64>,
    pub archived: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// A row of the partners table: the partner plus what the list shows about their audience.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PartnerRow {
    #[serde(flatten)]
    pub partner: Partner,
    /// Handle and platform of the largest account.
    pub main_handle: Option<String>,
    pub main_platform: Option<Platform>,
    /// Engagement rate of the largest account, in percent.
    pub engagement_pct: Option<f64>,
    pub campaign_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SocialAccountInput {
    pub platform: Platform,
    pub handle: String,
    pub url: Option<String>,
    pub followers: i64,
    /// Average engagement rate in percent (0–100), when known.
    pub engagement_pct: Option<f64>,
    /// The day the numbers were read.
    pub as_of: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FollowerPoint {
    pub as_of: NaiveDate,
    pub followers: i64,
    pub engagement_pct: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SocialAccount {
    pub id: i64,
    pub partner_id: i64,
    #[serde(flatten)]
    pub fields: SocialAccountInput,
    pub tier: Tier,
    /// Every recorded reading, oldest first; the last one equals the current numbers.
    pub history: Vec<FollowerPoint>,
    /// Follower change since the first reading, in percent; `None` with a single reading.
    pub growth_pct: Option<f64>,
}

/// A partner with every social account (largest first), each with its follower history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PartnerAccounts {
    #[serde(flatten)]
    pub partner: Partner,
    pub accounts: Vec<SocialAccount>,
}

/// A campaign a partner or community took part in, for their profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ParticipationRow {
    pub campaign_id: i64,
    pub campaign_partner_id: i64,
    pub campaign_name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub phase: Phase,
    pub fee_minor: i64,
    pub gifted_cost_minor: i64,
    pub commission_pct: f64,
    pub codes: Vec<String>,
    pub post_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PartnerDetail {
    pub partner: Partner,
    pub accounts: Vec<SocialAccount>,
    pub campaigns: Vec<ParticipationRow>,
    /// Communities this partner leads.
    pub leads: Vec<super::CommunityRef>,
}
