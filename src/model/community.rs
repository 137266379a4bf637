//! Communities (run clubs, parents' groups, servers) with their leader and the feedback log.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{CommunityKind, ParticipationRow, Sentiment, Stage, Tier};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CommunityInput {
    pub name: String,
    pub kind: CommunityKind,
    pub url: Option<String>,
    /// Approximate number of members.
    pub size: Option<i64>,
    pub topic: Option<String>,
    pub neighborhood: Option<String>,
    pub city: Option<String>,
    /// The partner who runs the community, if they are in the contacts.
    pub leader_partner_id: Option<i64>,
    pub stage: Stage,
    pub notes: String,
}

impl Default for CommunityInput {
    fn default() -> Self {
        Self {
            name: String::new(),
            kind: CommunityKind::Other,
            url: None,
            size: None,
            topic: None,
            neighborhood: None,
            city: None,
            leader_partner_id: None,
            stage: Stage::Prospect,
            notes: String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Community {
    pub id: i64,
    #[serde(flatten)]
    pub fields: CommunityInput,
    /// Derived from the size.
    pub tier: Option<Tier>,
    pub leader_name: Option<String>,
    pub archived: bool,
    pub feedback_count: i64,
    pub campaign_count: i64,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CommunityRef {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FeedbackInput {
    pub day: NaiveDate,
    /// Where it was said: "group post", "event", "DM"…
    pub source: String,
    pub sentiment: Sentiment,
    pub text: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Feedback {
    pub id: i64,
    pub community_id: i64,
    #[serde(flatten)]
    pub fields: FeedbackInput,
    pub created_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FeedbackQuery {
    pub sentiment: Option<Sentiment>,
    pub tag: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CommunityDetail {
    pub community: Community,
    pub campaigns: Vec<ParticipationRow>,
    /// Tags used in this community's feedback, most used first (for the tag filter).
    pub feedback_tags: Vec<String>,
}
