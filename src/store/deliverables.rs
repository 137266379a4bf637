//! Deliverables: what each campaign partner agreed to deliver, by when, filled by posts as they are logged.

use chrono::{Days, NaiveDate};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Store, Touches, now_text};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::{Deliverable, DeliverableInput, DeliverableStatus};
use crate::validate::Checks;

/// Which deliverables to list (all set filters apply).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DeliverableQuery {
    pub campaign_id: Option<i64>,
    pub campaign_partner_id: Option<i64>,
    pub partner_id: Option<i64>,
    pub community_id: Option<i64>,
}

const SELECT: &str = "SELECT d.id, d.campaign_partner_id, d.kind, d.description, d.due_day, d.post_id, d.done_day,
        po.url AS post_url, po.posted_at, c.id AS campaign_id, c.name AS campaign, coalesce(p.name, m.name) AS member,
        cp.partner_id, cp.community_id
    FROM deliverables d
    JOIN campaign_partners cp ON cp.id = d.campaign_partner_id
    JOIN campaigns c ON c.id = cp.campaign_id
    LEFT JOIN partners p ON p.id = cp.partner_id
    LEFT JOIN communities m ON m.id = cp.community_id
    LEFT JOIN posts po ON po.id = d.post_id";

fn from_row(r: &Row<'_>, tz: Tz, today: NaiveDate) -> rusqlite::Result<Deliverable> {
    let due: NaiveDate = r.get("due_day")?;
    let posted: Option<String> = r.get("posted_at")?;
    let post_day =
        posted.and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok()).map(|t| t.with_timezone(&tz).date_naive());
    let done = post_day.or(r.get::<_, Option<NaiveDate>>("done_day")?);
    Ok(Deliverable {
        id: r.get("id")?,
        campaign_partner_id: r.get("campaign_partner_id")?,
        fields: DeliverableInput { kind: r.get("kind")?, description: r.get("description")?, due },
        status: DeliverableStatus::of(due, done, today),
        post_id: r.get("post_id")?,
        post_url: r.get("post_url")?,
        done,
        on_time: done.map(|d| d <= due),
        campaign_id: r.get("campaign_id")?,
        campaign: r.get("campaign")?,
        member: r.get("member")?,
        partner_id: r.get("partner_id")?,
        community_id: r.get("community_id")?,
    })
}

fn check(input: &DeliverableInput) -> Result<DeliverableInput> {
    let clean = DeliverableInput { description: input.description.trim().to_string(), ..input.clone() };
    let mut c = Checks::new();
    c.text("description", "field-description", &clean.description);
    c.finish()?;
    Ok(clean)
}

/// Links the post `post_id` of campaign partner `cp` to their open content deliverable due first, if any
/// (a post fills a post, story, reel or video the partner agreed to).
pub(crate) fn fill_from_post(tx: &Connection, cp: i64, post_id: i64) -> Result<()> {
    tx.execute(
        "UPDATE deliverables SET post_id = ?2 WHERE id = (
             SELECT id FROM deliverables WHERE campaign_partner_id = ?1 AND post_id IS NULL AND done_day IS NULL
               AND kind IN ('post', 'story', 'reel', 'video')
             ORDER BY due_day, id LIMIT 1)
           AND NOT EXISTS (SELECT 1 FROM deliverables WHERE post_id = ?2)",
        params![cp, post_id],
    )?;
    Ok(())
}

impl Store {
    fn deliverable_rows(&self, filter: &str, values: &[&dyn rusqlite::ToSql]) -> Result<Vec<Deliverable>> {
        let (tz, today) = (self.time_zone()?, self.today()?);
        let sql = format!("{SELECT} WHERE {filter} ORDER BY d.due_day, d.id");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(values, |r| from_row(r, tz, today))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Deliverables matching `q`, by due day.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn deliverables(&self, q: &DeliverableQuery) -> Result<Vec<Deliverable>> {
        self.deliverable_rows(
            "(?1 IS NULL OR c.id = ?1) AND (?2 IS NULL OR cp.id = ?2) AND (?3 IS NULL OR cp.partner_id = ?3)
             AND (?4 IS NULL OR cp.community_id = ?4)",
            &[&q.campaign_id, &q.campaign_partner_id, &q.partner_id, &q.community_id],
        )
    }

    /// What needs a look: deliverables of non-cancelled campaigns not done, due within the week or overdue by
    /// up to 30 days, by due day.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn deliverables_due(&self) -> Result<Vec<Deliverable>> {
        let today = self.today()?;
        let (from, to) = (today - Days::new(30), today + Days::new(6));
        self.deliverable_rows(
            "c.cancelled = 0 AND d.post_id IS NULL AND d.done_day IS NULL AND d.due_day BETWEEN ?1 AND ?2",
            &[&from, &to],
        )
    }

    /// One deliverable.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no deliverable has `id`; [`Error::Database`] when SQLite fails;
    /// [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn deliverable(&self, id: i64) -> Result<Deliverable> {
        self.deliverable_rows("d.id = ?1", &[&id])?.pop().ok_or(Error::NotFound { entity: "deliverable", id })
    }

    /// Adds what the campaign partner `campaign_partner_id` agreed to deliver. A content deliverable (post,
    /// story, reel, video) is filled at once by one of their logged posts that fills no other.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown campaign partner; [`Error::Invalid`] for a description too long;
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn add_deliverable(&mut self, campaign_partner_id: i64, input: &DeliverableInput) -> Result<Deliverable> {
        let cp = self.campaign_partner(campaign_partner_id)?;
        let clean = check(input)?;
        let id = self.write_touching(Touches::Nothing, |tx| {
            let unused: Option<i64> = if clean.kind.is_content() {
                tx.query_row(
                    "SELECT id FROM posts WHERE campaign_partner_id = ?1
                       AND id NOT IN (SELECT post_id FROM deliverables WHERE post_id IS NOT NULL)
                     ORDER BY posted_at, id LIMIT 1",
                    [cp.id],
                    |r| r.get(0),
                )
                .optional()?
            } else {
                None
            };
            tx.execute(
                "INSERT INTO deliverables (campaign_partner_id, kind, description, due_day, post_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![cp.id, clean.kind, clean.description, clean.due, unused, now_text()],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.deliverable(id)
    }

    /// Changes what, and by when, the deliverable `id` is.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no deliverable has `id`; [`Error::Invalid`] for a description too long;
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn update_deliverable(&mut self, id: i64, input: &DeliverableInput) -> Result<Deliverable> {
        self.deliverable(id)?;
        let clean = check(input)?;
        self.write_touching(Touches::Nothing, |tx| {
            tx.execute(
                "UPDATE deliverables SET kind = ?2, description = ?3, due_day = ?4 WHERE id = ?1",
                params![id, clean.kind, clean.description, clean.due],
            )?;
            Ok(())
        })?;
        self.deliverable(id)
    }

    /// Marks the deliverable `id` done on the shop-local day `done` (an event, a market table, a post not
    /// logged), or open again with `None` (which also unlinks its post).
    ///
    /// # Errors
    /// [`Error::NotFound`] when no deliverable has `id`; [`Error::Invalid`] for a day after today;
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn set_deliverable_done(&mut self, id: i64, done: Option<NaiveDate>) -> Result<Deliverable> {
        self.deliverable(id)?;
        let today = self.today()?;
        if done.is_some_and(|d| d > today) {
            return Err(Error::invalid("done", Message::new("invalid-deliverable-done-future")));
        }
        self.write_touching(Touches::Nothing, |tx| {
            tx.execute("UPDATE deliverables SET done_day = ?2, post_id = NULL WHERE id = ?1", params![id, done])?;
            Ok(())
        })?;
        self.deliverable(id)
    }

    /// Links the post `post_id` (of the same campaign partner) to the deliverable `id`, which it delivered.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no deliverable has `id`; [`Error::Invalid`] for a post of another partner or
    /// campaign; [`Error::Database`] when SQLite fails.
    pub fn link_deliverable_post(&mut self, id: i64, post_id: i64) -> Result<Deliverable> {
        let d = self.deliverable(id)?;
        let cp: Option<i64> = self
            .conn()
            .query_row("SELECT campaign_partner_id FROM posts WHERE id = ?1", [post_id], |r| r.get(0))
            .optional()?;
        if cp != Some(d.campaign_partner_id) {
            return Err(Error::invalid("post_id", Message::new("invalid-deliverable-post")));
        }
        self.write_touching(Touches::Nothing, |tx| {
            tx.execute("UPDATE deliverables SET post_id = NULL WHERE post_id = ?1", [post_id])?;
            tx.execute("UPDATE deliverables SET post_id = ?2, done_day = NULL WHERE id = ?1", params![id, post_id])?;
            Ok(())
        })?;
        self.deliverable(id)
    }

    /// Deletes the deliverable `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no deliverable has `id`; [`Error::Database`] when SQLite fails.
    pub fn delete_deliverable(&mut self, id: i64) -> Result<()> {
        let n = self
            .write_touching(Touches::Nothing, |tx| Ok(tx.execute("DELETE FROM deliverables WHERE id = ?1", [id])?))?;
        if n == 0 {
            return Err(Error::NotFound { entity: "deliverable", id });
        }
        Ok(())
    }
}
