//! Communities (run clubs, parents' groups, Discord servers) and the feedback log the owner keeps on them.

use rusqlite::{OptionalExtension, Row, params};

use super::archive::Archivable;
use super::sql::{day, json_list, like_pattern, to_json_list};
use super::{Store, Touches, now_text};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::{
    Community, CommunityDetail, CommunityInput, Feedback, FeedbackInput, FeedbackQuery, ListQuery, SortBy, Tier,
};
use crate::validate::{Checks, clean_opt, clean_tags};

const COMMUNITY_SELECT: &str = "
    SELECT c.*, l.name AS leader_name,
           (SELECT count(*) FROM community_feedback f WHERE f.community_id = c.id) AS feedback_count,
           (SELECT count(*) FROM campaign_partners cp WHERE cp.community_id = c.id) AS campaign_count
    FROM communities c LEFT JOIN partners l ON l.id = c.leader_partner_id";

fn community_from_row(r: &Row<'_>) -> rusqlite::Result<Community> {
    let size: Option<i64> = r.get("size")?;
    Ok(Community {
        id: r.get("id")?,
        fields: CommunityInput {
            name: r.get("name")?,
            kind: r.get("kind")?,
            url: r.get("url")?,
            size,
            topic: r.get("topic")?,
            neighborhood: r.get("neighborhood")?,
            city: r.get("city")?,
            leader_partner_id: r.get("leader_partner_id")?,
            stage: r.get("stage")?,
            notes: r.get("notes")?,
        },
        tier: size.map(Tier::from_followers),
        leader_name: r.get("leader_name")?,
        archived: r.get::<_, Option<String>>("archived_at")?.is_some(),
        feedback_count: r.get("feedback_count")?,
        campaign_count: r.get("campaign_count")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

fn feedback_from_row(r: &Row<'_>) -> rusqlite::Result<Feedback> {
    Ok(Feedback {
        id: r.get("id")?,
        community_id: r.get("community_id")?,
        fields: FeedbackInput {
            day: day(r, "day")?,
            source: r.get("source")?,
            sentiment: r.get("sentiment")?,
            text: r.get("text")?,
            tags: json_list(r, "tags")?,
        },
        created_at: r.get("created_at")?,
    })
}

impl Store {
    pub(super) fn check_community(&self, input: &CommunityInput) -> Result<CommunityInput> {
        let clean = CommunityInput {
            name: input.name.trim().to_string(),
            kind: input.kind,
            url: clean_opt(&input.url),
            size: input.size,
            topic: clean_opt(&input.topic),
            neighborhood: clean_opt(&input.neighborhood),
            city: clean_opt(&input.city),
            leader_partner_id: input.leader_partner_id,
            stage: input.stage,
            notes: input.notes.clone(),
        };
        let mut c = Checks::new();
        c.required_line("name", "field-name", &clean.name);
        c.url("url", &clean.url);
        if let Some(size) = clean.size {
            c.non_negative("size", "field-size", size);
        }
        c.opt_line("topic", "field-topic", &clean.topic);
        c.opt_line("neighborhood", "field-neighborhood", &clean.neighborhood);
        c.opt_line("city", "field-city", &clean.city);
        c.text("notes", "field-notes", &clean.notes);
        if let Some(leader) = clean.leader_partner_id
            && self.conn().query_row("SELECT 1 FROM partners WHERE id = ?1", [leader], |_| Ok(())).optional()?.is_none()
        {
            c.fail("leader_partner_id", Message::new("invalid-no-such-partner"));
        }
        c.finish()?;
        Ok(clean)
    }

    /// The communities `q` asks for (by stage, city, topic, size tier, a search in names, topics, places,
    /// notes and leaders' names; archived ones only with `include_archived`), sorted as it says.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn list_communities(&self, q: &ListQuery) -> Result<Vec<Community>> {
        let (tier_low, tier_high) = match q.tier {
            Some(t) => {
                let (lo, hi) = t.bounds();
                (Some(lo), hi)
            }
            None => (None, None),
        };
        let order = match q.sort {
            SortBy::Followers => "coalesce(c.size, -1)",
            SortBy::City => "coalesce(c.city, '') COLLATE NOCASE",
            SortBy::Stage => "c.stage",
            SortBy::Updated => "c.updated_at",
            SortBy::Name | SortBy::Start => "c.name COLLATE NOCASE",
        };
        let dir = if q.descending { "DESC" } else { "ASC" };
        let sql = format!(
            "{COMMUNITY_SELECT}
             WHERE (?1 OR c.archived_at IS NULL)
               AND (?2 IS NULL OR c.stage = ?2)
               AND (?3 IS NULL OR c.city = ?3 COLLATE NOCASE)
               AND (?4 IS NULL OR c.topic LIKE ?4 ESCAPE '\\')
               AND (?5 IS NULL OR (c.size >= ?5 AND (?6 IS NULL OR c.size < ?6)))
               AND (?7 IS NULL OR c.name LIKE ?7 ESCAPE '\\' OR c.topic LIKE ?7 ESCAPE '\\'
                    OR c.city LIKE ?7 ESCAPE '\\' OR c.neighborhood LIKE ?7 ESCAPE '\\'
                    OR c.notes LIKE ?7 ESCAPE '\\' OR l.name LIKE ?7 ESCAPE '\\')
             ORDER BY {order} {dir}, c.name COLLATE NOCASE, c.id"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(
            params![
                q.include_archived,
                q.stage,
                clean_opt(&q.city),
                clean_opt(&q.niche).map(|n| like_pattern(&n)),
                tier_low,
                tier_high,
                clean_opt(&q.search).map(|s| like_pattern(&s))
            ],
            community_from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The community `id`, with its leader's name and how many feedback entries and campaigns it has.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no community has `id`; [`Error::Database`] when SQLite fails.
    pub fn community(&self, id: i64) -> Result<Community> {
        self.conn()
            .query_row(&format!("{COMMUNITY_SELECT} WHERE c.id = ?1"), [id], community_from_row)
            .optional()?
            .ok_or(Error::NotFound { entity: "community", id })
    }

    /// The community `id` with the campaigns it took part in (newest first) and the tags of its feedback,
    /// most used first.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no community has `id`; [`Error::Database`] when SQLite fails;
    /// [`Error::Corrupt`] when the shop's stored time zone is unknown (a campaign's phase depends on today).
    pub fn community_detail(&self, id: i64) -> Result<CommunityDetail> {
        let community = self.community(id)?;
        let campaigns = self.participations("cp.community_id = ?1", id)?;
        let mut stmt = self.conn().prepare(
            "SELECT j.value AS tag, count(*) AS n FROM community_feedback f, json_each(f.tags) j
             WHERE f.community_id = ?1 GROUP BY j.value ORDER BY n DESC, j.value",
        )?;
        let feedback_tags = stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(CommunityDetail { community, campaigns, feedback_tags })
    }

    /// Creates a community from `input` (trimmed and checked) and returns it as stored.
    ///
    /// # Errors
    /// [`Error::Invalid`] for a missing or too long name, a link that is not http(s), a negative size, a too
    /// long topic, neighborhood, city or notes, or a leader who is no partner; [`Error::Database`] when
    /// SQLite fails.
    pub fn create_community(&mut self, input: &CommunityInput) -> Result<Community> {
        let clean = self.check_community(input)?;
        let id = self.write_created(Touches::Community, |tx| insert_community(tx, &clean))?;
        self.community(id)
    }

    /// Changes the community `id` to `input` (trimmed and checked, as [`Store::create_community`] does).
    ///
    /// # Errors
    /// [`Error::NotFound`] when no community has `id`; [`Error::Invalid`] for a missing or too long name, a
    /// link that is not http(s), a negative size, a too long topic, neighborhood, city or notes, or a leader
    /// who is no partner; [`Error::Database`] when SQLite fails.
    pub fn update_community(&mut self, id: i64, input: &CommunityInput) -> Result<Community> {
        self.community(id)?;
        let clean = self.check_community(input)?;
        self.write_touching(Touches::Community(id), |tx| write_community(tx, id, &clean))?;
        self.community(id)
    }

    /// Deletes a community that never took part in a campaign (its feedback log goes with it).
    ///
    /// # Errors
    /// [`Error::InUse`] when it is in a campaign; archive it instead.
    pub fn delete_community(&mut self, id: i64) -> Result<()> {
        let community = self.community(id)?;
        self.refuse_if_in_campaigns("cp.community_id = ?1", id, &community.fields.name, "it")?;
        self.write_touching(Touches::Community(id), |tx| {
            tx.execute("DELETE FROM communities WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Archives (hidden from lists, its history kept) or restores the community `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no community has `id`; [`Error::Database`] when SQLite fails.
    pub fn set_community_archived(&mut self, id: i64, archived: bool) -> Result<Community> {
        self.community(id)?;
        self.set_archived(Archivable::Communities, id, archived)?;
        self.community(id)
    }

    fn check_feedback(input: &FeedbackInput) -> Result<FeedbackInput> {
        let clean = FeedbackInput {
            day: input.day,
            source: input.source.trim().to_string(),
            sentiment: input.sentiment,
            text: input.text.trim().to_string(),
            tags: clean_tags(&input.tags),
        };
        let mut c = Checks::new();
        if clean.text.is_empty() {
            c.fail("text", Message::new("invalid-feedback-text"));
        }
        c.text("text", "field-what-was-said", &clean.text);
        c.line("source", "field-source", &clean.source);
        for (i, t) in clean.tags.iter().enumerate() {
            c.line(&format!("tags[{i}]"), "field-a-tag", t);
        }
        c.finish()?;
        Ok(clean)
    }

    /// Logs what a community said (`input`, trimmed, its tags without duplicates) and returns it as stored.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no community has `community_id`; [`Error::Invalid`] for an empty or too long
    /// text, or a too long source or tag; [`Error::Database`] when SQLite fails.
    pub fn add_feedback(&mut self, community_id: i64, input: &FeedbackInput) -> Result<Feedback> {
        self.community(community_id)?;
        let clean = Self::check_feedback(input)?;
        let id = self.write_touching(Touches::Community(community_id), |tx| {
            tx.execute(
                "INSERT INTO community_feedback (community_id, day, source, sentiment, text, tags, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    community_id,
                    clean.day,
                    clean.source,
                    clean.sentiment,
                    clean.text,
                    to_json_list(&clean.tags),
                    now_text()
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.feedback(id)
    }

    /// Changes the feedback entry `id` to `input` (trimmed and checked, as [`Store::add_feedback`] does).
    ///
    /// # Errors
    /// [`Error::NotFound`] when no feedback entry has `id`; [`Error::Invalid`] for an empty or too long text,
    /// or a too long source or tag; [`Error::Database`] when SQLite fails.
    pub fn update_feedback(&mut self, id: i64, input: &FeedbackInput) -> Result<Feedback> {
        let current = self.feedback(id)?;
        let clean = Self::check_feedback(input)?;
        self.write_touching(Touches::Community(current.community_id), |tx| {
            tx.execute(
                "UPDATE community_feedback SET day = ?2, source = ?3, sentiment = ?4, text = ?5, tags = ?6
                 WHERE id = ?1",
                params![id, clean.day, clean.source, clean.sentiment, clean.text, to_json_list(&clean.tags)],
            )?;
            Ok(())
        })?;
        self.feedback(id)
    }

    /// Deletes the feedback entry `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no feedback entry has `id`; [`Error::Database`] when SQLite fails.
    pub fn delete_feedback(&mut self, id: i64) -> Result<()> {
        let current = self.feedback(id)?;
        self.write_touching(Touches::Community(current.community_id), |tx| {
            tx.execute("DELETE FROM community_feedback WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// The feedback entry `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no feedback entry has `id`; [`Error::Database`] when SQLite fails.
    pub fn feedback(&self, id: i64) -> Result<Feedback> {
        self.conn()
            .query_row("SELECT * FROM community_feedback WHERE id = ?1", [id], feedback_from_row)
            .optional()?
            .ok_or(Error::NotFound { entity: "feedback", id })
    }

    /// A community's feedback, newest first, optionally only one sentiment and/or one tag.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no community has `community_id`; [`Error::Database`] when SQLite fails.
    pub fn list_feedback(&self, community_id: i64, q: &FeedbackQuery) -> Result<Vec<Feedback>> {
        self.community(community_id)?;
        let mut stmt = self.conn().prepare(
            "SELECT * FROM community_feedback f
             WHERE community_id = ?1 AND (?2 IS NULL OR sentiment = ?2)
               AND (?3 IS NULL OR EXISTS (SELECT 1 FROM json_each(f.tags) j WHERE j.value = ?3 COLLATE NOCASE))
             ORDER BY day DESC, id DESC",
        )?;
        let rows = stmt.query_map(params![community_id, q.sentiment, clean_opt(&q.tag)], feedback_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Inserts a community (checked already); returns its id.
pub(super) fn insert_community(tx: &rusqlite::Connection, clean: &CommunityInput) -> Result<i64> {
    tx.execute(
        "INSERT INTO communities (name, kind, url, size, topic, neighborhood, city, leader_partner_id, stage,
             notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        params![
            clean.name,
            clean.kind,
            clean.url,
            clean.size,
            clean.topic,
            clean.neighborhood,
            clean.city,
            clean.leader_partner_id,
            clean.stage,
            clean.notes,
            now_text()
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Writes a community's fields (checked already).
pub(super) fn write_community(tx: &rusqlite::Connection, id: i64, clean: &CommunityInput) -> Result<()> {
    tx.execute(
        "UPDATE communities SET name = ?2, kind = ?3, url = ?4, size = ?5, topic = ?6, neighborhood = ?7,
             city = ?8, leader_partner_id = ?9, stage = ?10, notes = ?11, updated_at = ?12
         WHERE id = ?1",
        params![
            id,
            clean.name,
            clean.kind,
            clean.url,
            clean.size,
            clean.topic,
            clean.neighborhood,
            clean.city,
            clean.leader_partner_id,
            clean.stage,
            clean.notes,
            now_text()
        ],
    )?;
    Ok(())
}
