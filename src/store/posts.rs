//! Posts partners made for a campaign, with their metrics.

use rusqlite::{OptionalExtension, Row, params};

use super::sql::{instant, instant_text, like_pattern};
use super::{Store, Touches, now_text};
use crate::error::{Error, Result};
use crate::model::{ListQuery, Post, PostInput, PostRow};
use crate::validate::{Checks, clean_opt};

fn post_from_row(r: &Row<'_>) -> rusqlite::Result<Post> {
    let fields = PostInput {
        platform: r.get("platform")?,
        url: r.get("url")?,
        posted_at: instant(r, "posted_at")?,
        followers_at_post: r.get("followers_at_post")?,
        reach: r.get("reach")?,
        likes: r.get("likes")?,
        comments: r.get("comments")?,
        shares: r.get("shares")?,
        saves: r.get("saves")?,
        clicks: r.get("clicks")?,
    };
    let (engagement_pct, engagement_basis) = Post::engagement(&fields);
    Ok(Post {
        id: r.get("id")?,
        campaign_partner_id: r.get("campaign_partner_id")?,
        fields,
        engagement_pct,
        engagement_basis,
    })
}

pub(super) fn check_post(input: &PostInput) -> Result<PostInput> {
    let clean = PostInput { url: clean_opt(&input.url), ..input.clone() };
    let mut c = Checks::new();
    c.url("url", &clean.url);
    if let Some(f) = clean.followers_at_post {
        c.non_negative("followers_at_post", "field-followers", f);
    }
    if let Some(reach) = clean.reach {
        c.non_negative("reach", "field-reach", reach);
    }
    for (field, label, v) in [
        ("likes", "field-likes", clean.likes),
        ("comments", "field-comments", clean.comments),
        ("shares", "field-shares", clean.shares),
        ("saves", "field-saves", clean.saves),
        ("clicks", "field-clicks", clean.clicks),
    ] {
        c.non_negative(field, label, v);
    }
    c.finish()?;
    Ok(clean)
}

impl Store {
    /// Followers of the partner's account on the post's platform at the day it was posted (the latest
    /// reading on or before that day, else the earliest after), so engagement uses the audience of the time.
    pub(super) fn followers_at(&self, cp_id: i64, input: &PostInput) -> Result<Option<i64>> {
        let day = input.posted_at.with_timezone(&self.time_zone()?).date_naive();
        Ok(self
            .conn()
            .query_row(
                "SELECT fs.followers FROM campaign_partners cp
                 JOIN social_accounts a ON a.partner_id = cp.partner_id AND a.platform = ?2
                 JOIN follower_snapshots fs ON fs.account_id = a.id
                 WHERE cp.id = ?1
                 ORDER BY fs.as_of > ?3, abs(julianday(fs.as_of) - julianday(?3)), a.followers DESC LIMIT 1",
                params![cp_id, input.platform, day],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Logs a post of the campaign partner `campaign_partner_id` with its metrics. Without
    /// `followers_at_post`, the partner's followers on that platform on the post's day are taken from their
    /// account's history.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no campaign partner has `campaign_partner_id`; [`Error::Invalid`] for a link
    /// that is not http(s) or a negative count (followers, reach, likes, comments, shares, saves, clicks);
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn add_post(&mut self, campaign_partner_id: i64, input: &PostInput) -> Result<Post> {
        let cp = self.campaign_partner(campaign_partner_id)?;
        let mut clean = check_post(input)?;
        if clean.followers_at_post.is_none() {
            clean.followers_at_post = self.followers_at(cp.id, &clean)?;
        }
        let id = self.write_touching(Touches::CampaignOnly(cp.campaign_id), |tx| insert_post(tx, cp.id, &clean))?;
        self.post(id)
    }

    /// Changes the post `id`, its followers at the time filled in as [`Store::add_post`] does.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no post has `id`; [`Error::Invalid`] for a link that is not http(s) or a
    /// negative count (followers, reach, likes, comments, shares, saves, clicks); [`Error::Database`] when
    /// SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn update_post(&mut self, id: i64, input: &PostInput) -> Result<Post> {
        let current = self.post(id)?;
        let mut clean = check_post(input)?;
        if clean.followers_at_post.is_none() {
            clean.followers_at_post = self.followers_at(current.campaign_partner_id, &clean)?;
        }
        let campaign_id = self.campaign_partner(current.campaign_partner_id)?.campaign_id;
        self.write_touching(Touches::CampaignOnly(campaign_id), |tx| write_post(tx, id, &clean))?;
        self.post(id)
    }

    /// Deletes the post `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no post has `id`; [`Error::Database`] when SQLite fails; [`Error::Corrupt`]
    /// when the shop's stored time zone is unknown.
    pub fn delete_post(&mut self, id: i64) -> Result<()> {
        let current = self.post(id)?;
        let campaign_id = self.campaign_partner(current.campaign_partner_id)?.campaign_id;
        self.write_touching(Touches::CampaignOnly(campaign_id), |tx| {
            tx.execute("DELETE FROM posts WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// The post `id`, with its engagement rate (of its reach, else of the followers at the time).
    ///
    /// # Errors
    /// [`Error::NotFound`] when no post has `id`; [`Error::Database`] when SQLite fails.
    pub fn post(&self, id: i64) -> Result<Post> {
        self.conn()
            .query_row("SELECT * FROM posts WHERE id = ?1", [id], post_from_row)
            .optional()?
            .ok_or(Error::NotFound { entity: "post", id })
    }

    pub(super) fn posts_of(&self, campaign_partner_id: i64) -> Result<Vec<Post>> {
        let mut stmt =
            self.conn().prepare_cached("SELECT * FROM posts WHERE campaign_partner_id = ?1 ORDER BY posted_at, id")?;
        Ok(stmt.query_map([campaign_partner_id], post_from_row)?.collect::<rusqlite::Result<_>>()?)
    }

    /// All posts, newest first, filtered by campaign, partner, platform and a search in URL, campaign or
    /// partner name.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn list_posts(&self, q: &ListQuery) -> Result<Vec<PostRow>> {
        let mut stmt = self.conn().prepare(
            "SELECT po.*, c.id AS campaign_id, c.name AS campaign_name, coalesce(p.name, m.name) AS member_name
             FROM posts po
             JOIN campaign_partners cp ON cp.id = po.campaign_partner_id
             JOIN campaigns c ON c.id = cp.campaign_id
             LEFT JOIN partners p ON p.id = cp.partner_id
             LEFT JOIN communities m ON m.id = cp.community_id
             WHERE (?1 IS NULL OR c.id = ?1) AND (?2 IS NULL OR cp.partner_id = ?2) AND (?3 IS NULL OR po.platform = ?3)
               AND (?4 IS NULL OR po.url LIKE ?4 ESCAPE '\\' OR c.name LIKE ?4 ESCAPE '\\'
                    OR coalesce(p.name, m.name) LIKE ?4 ESCAPE '\\')
             ORDER BY po.posted_at DESC, po.id DESC",
        )?;
        let rows = stmt.query_map(
            params![q.campaign_id, q.partner_id, q.platform, clean_opt(&q.search).map(|s| like_pattern(&s))],
            |r| {
                Ok(PostRow {
                    post: post_from_row(r)?,
                    campaign_id: r.get("campaign_id")?,
                    campaign_name: r.get("campaign_name")?,
                    member_name: r.get("member_name")?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Inserts a post (checked already) and lets it fill the open content deliverable of its campaign partner.
pub(super) fn insert_post(tx: &rusqlite::Connection, cp_id: i64, clean: &PostInput) -> Result<i64> {
    tx.execute(
        "INSERT INTO posts (campaign_partner_id, platform, url, posted_at, followers_at_post, reach, likes,
             comments, shares, saves, clicks, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            cp_id,
            clean.platform,
            clean.url,
            instant_text(&clean.posted_at),
            clean.followers_at_post,
            clean.reach,
            clean.likes,
            clean.comments,
            clean.shares,
            clean.saves,
            clean.clicks,
            now_text()
        ],
    )?;
    let id = tx.last_insert_rowid();
    super::deliverables::fill_from_post(tx, cp_id, id)?;
    Ok(id)
}

/// Writes a post's fields (checked already).
pub(super) fn write_post(tx: &rusqlite::Connection, id: i64, clean: &PostInput) -> Result<()> {
    tx.execute(
        "UPDATE posts SET platform = ?2, url = ?3, posted_at = ?4, followers_at_post = ?5, reach = ?6,
             likes = ?7, comments = ?8, shares = ?9, saves = ?10, clicks = ?11
         WHERE id = ?1",
        params![
            id,
            clean.platform,
            clean.url,
            instant_text(&clean.posted_at),
            clean.followers_at_post,
            clean.reach,
            clean.likes,
            clean.comments,
            clean.shares,
            clean.saves,
            clean.clicks
        ],
    )?;
    Ok(())
}
