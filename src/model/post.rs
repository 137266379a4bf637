//! A partner's post in a campaign: where, when, its reach and interactions, and its engagement rate.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Platform;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PostInput {
    pub platform: Platform,
    pub url: Option<String>,
    pub posted_at: DateTime<Utc>,
    /// Followers of the account when it posted; when left empty, taken from the partner's account history.
    pub followers_at_post: Option<i64>,
    pub reach: Option<i64>,
    pub likes: i64,
    pub comments: i64,
    pub shares: i64,
    pub saves: i64,
    pub clicks: i64,
}

/// What an engagement rate was divided by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EngagementBasis {
    Reach,
    Followers,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Post {
    pub id: i64,
    pub campaign_partner_id: i64,
    #[serde(flatten)]
    pub fields: PostInput,
    /// (likes + comments + shares + saves) / reach when reach is known, else / followers at posting time.
    pub engagement_pct: Option<f64>,
    pub engagement_basis: Option<EngagementBasis>,
}

impl Post {
    /// Computes the engagement rate from the post's numbers (see [`Post::engagement_pct`]).
    pub fn engagement(fields: &PostInput) -> (Option<f64>, Option<EngagementBasis>) {
        let interactions = (fields.likes + fields.comments + fields.shares + fields.saves) as f64;
        match (fields.reach, fields.followers_at_post) {
            (Some(reach), _) if reach > 0 => (Some(interactions * 100.0 / reach as f64), Some(EngagementBasis::Reach)),
            (_, Some(followers)) if followers > 0 => {
                (Some(interactions * 100.0 / followers as f64), Some(EngagementBasis::Followers))
            }
            _ => (None, None),
        }
    }
}

/// A post in the all-posts list, with where it belongs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PostRow {
    #[serde(flatten)]
    pub post: Post,
    pub campaign_id: i64,
    pub campaign_name: String,
    pub member_name: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(reach: Option<i64>, followers: Option<i64>) -> PostInput {
        PostInput {
            platform: Platform::Instagram,
            url: None,
            posted_at: DateTime::UNIX_EPOCH,
            followers_at_post: followers,
            reach,
            likes: 300,
            comments: 40,
            shares: 10,
            saves: 50,
            clicks: 99,
        }
    }

    #[test]
    fn engagement_prefers_reach_and_ignores_clicks() {
        let (pct, basis) = Post::engagement(&post(Some(4_000), Some(8_000)));
        assert_eq!(pct, Some(10.0));
        assert_eq!(basis, Some(EngagementBasis::Reach));
    }

    #[test]
    fn engagement_falls_back_to_followers_then_to_nothing() {
        assert_eq!(Post::engagement(&post(None, Some(8_000))), (Some(5.0), Some(EngagementBasis::Followers)));
        assert_eq!(Post::engagement(&post(Some(0), None)), (None, None));
    }
}
