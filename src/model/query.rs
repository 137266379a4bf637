//! How lists are asked for: search text, filters, sort order, archived or not.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Phase, Platform, Stage, Tier};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SortBy {
    #[default]
    Name,
    /// Largest audience (partners: largest account; communities: size).
    Followers,
    City,
    Stage,
    /// Most recently changed.
    Updated,
    /// Campaign start day.
    Start,
}

/// Filters of a list screen. Each list reads the filters that apply to it: partners use all but
/// `phase`/`platform`; communities use search, tier (by size), stage, niche (topic) and city; campaigns use
/// search and phase; posts use search, platform, campaign and partner.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ListQuery {
    /// Matches name, handle, email, city, neighborhood, niche and notes (case-insensitive substring).
    pub search: Option<String>,
    pub tier: Option<Tier>,
    pub stage: Option<Stage>,
    pub niche: Option<String>,
    pub city: Option<String>,
    pub phase: Option<Phase>,
    pub platform: Option<Platform>,
    pub campaign_id: Option<i64>,
    pub partner_id: Option<i64>,
    pub include_archived: bool,
    pub sort: SortBy,
    pub descending: bool,
}
