//! Bringing partners in from a spreadsheet: which column holds what (the owner's mapping), what an import
//! will change (the plan the importer makes and the store writes in one transaction), and the imports kept
//! for undo.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{CommunityInput, PartnerInput, Platform, PostInput, SocialAccountInput};

/// What one column of a partner spreadsheet holds. Account columns name their platform, or leave it to a
/// `platform` column of the same row (a sheet with one row per account) or to the profile URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "field", rename_all = "snake_case")]
#[ts(export)]
pub enum ContactColumn {
    Name,
    FirstName,
    LastName,
    Email,
    Phone,
    Neighborhood,
    City,
    /// Tags separated by `,` `;` `/` or `|`.
    Niches,
    /// The owner's word for where the partner stands ("lead", "in talks", "signed"…).
    Stage,
    Notes,
    /// The platform of the row's account ("Instagram", "TikTok"…).
    Platform,
    Handle {
        platform: Option<Platform>,
    },
    /// A profile link; gives the platform and the handle when no other column does.
    Url {
        platform: Option<Platform>,
    },
    /// Followers: `12,300`, `12.3k`, `1.2M`.
    Followers {
        platform: Option<Platform>,
    },
    /// Engagement rate: `3.4%`, `3.4` or `0.034` (the column decides: see the importer).
    Engagement {
        platform: Option<Platform>,
    },
    /// The day the numbers were read; without it, the import's day.
    AsOf,
    /// A community's kind ("Facebook group", "Discord", "Strava club", "WhatsApp", "Meetup", "in person"…).
    Kind,
    /// A community's topic ("running", "parents").
    Topic,
    /// A community's number of members.
    Members,
    /// The partner who runs a community, by name.
    Leader,
}

/// One entry per column of the sheet's header, in order: what the column holds, or `None` to leave it out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ContactMapping {
    pub columns: Vec<Option<ContactColumn>>,
}

/// A follower reading an import records for an account that exists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReadingChange {
    pub account_id: i64,
    pub as_of: NaiveDate,
    pub followers: i64,
    pub engagement_pct: Option<f64>,
}

/// An account an import adds. Without a follower count in the sheet it is stored with 0 followers and no
/// reading, so its history starts with its first real count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlannedAccount {
    #[serde(flatten)]
    pub input: SocialAccountInput,
    pub followers_known: bool,
}

/// A partner the import creates, from the sheet's line(s) first seen at `line`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewPartner {
    pub line: u64,
    pub input: PartnerInput,
    pub accounts: Vec<PlannedAccount>,
}

/// What the import changes about a partner who exists: their fields (all of them, as they will be), the
/// accounts it adds, the readings it records and the profile links it fills in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PartnerChange {
    pub line: u64,
    pub partner_id: i64,
    pub name: String,
    /// `Some` when a field changes.
    pub input: Option<PartnerInput>,
    pub new_accounts: Vec<PlannedAccount>,
    pub readings: Vec<ReadingChange>,
    /// (account id, URL) for accounts that had no link.
    pub urls: Vec<(i64, String)>,
    /// What changes ("Instagram followers 12,900 on Mar 24, 2026"), as catalogue messages (imports.ftl `change-*`).
    pub what: Vec<Message>,
}

/// Everything one import of a partner spreadsheet writes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ContactPlan {
    pub new: Vec<NewPartner>,
    pub changed: Vec<PartnerChange>,
    /// Partners the sheet names who already are as it says.
    pub unchanged: u64,
}

/// A post an import adds to a campaign partner, or the numbers it brings to a post logged before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlannedPost {
    pub line: u64,
    pub campaign_partner_id: i64,
    /// The post logged before with the same link, whose numbers this replaces; `None` for a new post.
    pub post_id: Option<i64>,
    pub input: PostInput,
}

/// Everything one import of a platform's posts export writes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PostPlan {
    pub posts: Vec<PlannedPost>,
    /// Posts logged before whose numbers are as the file says.
    pub unchanged: u64,
}

/// A community a spreadsheet import creates, or the fields it changes of one that exists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlannedCommunity {
    pub line: u64,
    /// `None` for a new community.
    pub community_id: Option<i64>,
    pub name: String,
    pub input: CommunityInput,
    /// What changes, as catalogue messages (imports.ftl `change-*`).
    pub what: Vec<Message>,
}

/// Everything one import of a community spreadsheet writes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CommunityPlan {
    pub communities: Vec<PlannedCommunity>,
    pub unchanged: u64,
}

/// What an import brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ContactImportKind {
    Partners,
    Posts,
    Communities,
}

/// A partner spreadsheet or posts export import, kept so it can be undone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ContactImport {
    pub id: i64,
    pub kind: ContactImportKind,
    pub file_name: String,
    /// Partners (or posts) the import added.
    pub partners_new: i64,
    /// Partners (or posts) whose fields or numbers it changed.
    pub partners_updated: i64,
    pub imported_at: String,
    pub undone_at: Option<String>,
}
use super::Message;
