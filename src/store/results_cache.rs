//! Which campaigns' cached results a write can change.
//!
//! Campaign results take 10–25 ms each to compute on a big shop, and the Dashboard adds up hundreds of
//! campaigns, so results are kept in `results_cache` and recomputed at write time for the campaigns a
//! write can reach, not for all of them. What a campaign's results read, and so what reaches them:
//! - sales of any day up to its last counted day + [`REPEAT_REACH_DAYS`] (its orders, whether a customer
//!   is new, the lift baseline, repeat purchases), and the day of the latest sale (what is "still to come");
//! - other campaigns whose period falls in its baseline or window (days left out of the lift baseline,
//!   codes live at the same time, the names of partners in conflicts, overlaps);
//! - its own partners' names, tiers and posts, its in-store redemptions;
//! - the owner's unusual days in its baseline or window; the shop's and the analysis settings.
//!
//! Anything not named precisely goes through [`Touches::Everything`], the safe default of
//! [`super::Store::write`].

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::model::last_counted_day;
use crate::store::settings::MAX_LIFT_WEEKS;

/// How far before its start a campaign reads: the longest lift baseline.
const BASELINE_REACH_DAYS: u64 = 7 * MAX_LIFT_WEEKS as u64;

/// How far after its last counted day a campaign reads sales: the 90-day repeat rate, plus a day on
/// each side for a first order late in a shop-local day and time-zone offsets.
const REPEAT_REACH_DAYS: u64 = 92;

/// Bumped when the shape or the meaning of cached results changes, so a new build never serves results
/// an older one computed (see [`forget_stale_format`]).
const RESULTS_FORMAT: &str = "4";

/// What a write changed, as far as campaign results go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Touches {
    /// Nothing a campaign's results read (how many backups to keep…).
    Nothing,
    /// Shop or analysis settings, a restore, anything not worth naming: every campaign.
    Everything,
    /// Rows only this campaign's results read (in-store redemptions, posts).
    CampaignOnly(i64),
    /// A campaign's dates, codes, partners, name or state: it, and every campaign whose baseline or window
    /// overlaps its period before or after the change.
    Campaign(i64),
    /// A partner's name, tier or accounts: every campaign it is in, as [`Touches::Campaign`].
    Partner(i64),
    /// A community's name: every campaign it is in, as [`Touches::Campaign`].
    Community(i64),
    /// A day marked or unmarked as unusual: campaigns whose baseline or window holds it.
    Day(NaiveDate),
}

/// A campaign's reach in days: from its earliest baseline day to its last counted day.
#[derive(Debug, Clone, Copy)]
struct Span {
    id: i64,
    start: NaiveDate,
    until: NaiveDate,
}

impl Span {
    /// Whether this campaign reads anything of a period `[from, to]` (another campaign's, or a day).
    fn reads(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.start - Days::new(BASELINE_REACH_DAYS) <= to && from <= self.until
    }
}

fn spans(conn: &Connection) -> Result<Vec<Span>> {
    let mut stmt = conn.prepare_cached("SELECT id, start_day, end_day, window_days FROM campaigns")?;
    let rows = stmt.query_map([], |r| {
        let (end, window): (NaiveDate, i64) = (r.get(2)?, r.get(3)?);
        Ok(Span { id: r.get(0)?, start: r.get(1)?, until: last_counted_day(end, window) })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The campaigns a [`Touches`] names directly, with their periods as they are now (from `all`, the
/// spans of every campaign).
fn named(conn: &Connection, touches: Touches, all: &[Span]) -> Result<Vec<Span>> {
    let ids: Vec<i64> = match touches {
        Touches::Nothing | Touches::Everything | Touches::Day(_) => return Ok(Vec::new()),
        Touches::Campaign(id) | Touches::CampaignOnly(id) => vec![id],
        Touches::Partner(id) => member_campaigns(conn, "partner_id", id)?,
        Touches::Community(id) => member_campaigns(conn, "community_id", id)?,
    };
    Ok(all.iter().filter(|s| ids.contains(&s.id)).copied().collect())
}

fn member_campaigns(conn: &Connection, column: &str, id: i64) -> Result<Vec<i64>> {
    // `column` is one of two literals above, never user text.
    let mut stmt =
        conn.prepare_cached(&format!("SELECT DISTINCT campaign_id FROM campaign_partners WHERE {column} = ?1"))?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A write in progress: what its campaigns looked like before it, so a campaign moved away from a period
/// still refreshes the campaigns of the period it left.
pub(crate) struct Pending {
    touches: Touches,
    before: Vec<Span>,
}

impl Pending {
    /// Called in the write's transaction before it changes anything.
    pub(crate) fn before(conn: &Connection, touches: Touches) -> Result<Pending> {
        let before = match touches {
            Touches::Campaign(_) | Touches::Partner(_) | Touches::Community(_) => named(conn, touches, &spans(conn)?)?,
            // Only these read the periods before the change.
            _ => Vec::new(),
        };
        Ok(Pending { touches, before })
    }

    /// Called in the write's transaction after its changes: forgets the results it can have changed and
    /// returns those campaigns, to be computed again once the transaction is committed.
    pub(crate) fn forget(self, conn: &Connection) -> Result<Vec<i64>> {
        let all = spans(conn)?;
        let affected: BTreeSet<i64> = match self.touches {
            Touches::Nothing => BTreeSet::new(),
            Touches::Everything => all.iter().map(|s| s.id).collect(),
            Touches::CampaignOnly(id) => [id].into(),
            Touches::Day(day) => all.iter().filter(|s| s.reads(day, day)).map(|s| s.id).collect(),
            Touches::Campaign(_) | Touches::Partner(_) | Touches::Community(_) => {
                let mut periods = self.before;
                periods.extend(named(conn, self.touches, &all)?);
                let mut ids: BTreeSet<i64> = periods.iter().map(|p| p.id).collect();
                ids.extend(all.iter().filter(|s| periods.iter().any(|p| s.reads(p.start, p.until))).map(|s| s.id));
                ids
            }
        };
        if self.touches == Touches::Everything {
            conn.execute("DELETE FROM results_cache", [])?;
        } else {
            forget_ids(conn, &affected)?;
        }
        Ok(affected.into_iter().collect())
    }
}

fn forget_ids(conn: &Connection, ids: &BTreeSet<i64>) -> Result<()> {
    let mut stmt = conn.prepare_cached("DELETE FROM results_cache WHERE campaign_id = ?1")?;
    for id in ids {
        stmt.execute([id])?;
    }
    Ok(())
}

/// The latest shop-local day with sales.
pub(crate) fn last_data_day(conn: &Connection) -> Result<Option<NaiveDate>> {
    Ok(conn.query_row("SELECT max(day) FROM daily_sales WHERE orders > 0", [], |r| r.get(0))?)
}

/// After an import or its undo changed sales of `first_day` and later (`None`: no sale changed), in its
/// transaction: forgets the results of every campaign that reads such sales, and of those that still
/// waited for data after the day that was the latest (`last_before`), and returns them.
pub(crate) fn forget_sales(
    conn: &Connection,
    first_day: Option<NaiveDate>,
    last_before: Option<NaiveDate>,
) -> Result<Vec<i64>> {
    let Some(first_day) = first_day else { return Ok(Vec::new()) };
    let last_after = last_data_day(conn)?;
    let from = [Some(first_day), last_before, last_after].into_iter().flatten().min().unwrap_or(first_day);
    let affected: BTreeSet<i64> =
        spans(conn)?.into_iter().filter(|s| s.until + Days::new(REPEAT_REACH_DAYS) >= from).map(|s| s.id).collect();
    forget_ids(conn, &affected)?;
    Ok(affected.into_iter().collect())
}

/// At open: results computed by another build of LocalLift are dropped, since what they hold may differ.
pub(crate) fn forget_stale_format(conn: &Connection) -> Result<()> {
    let made_by = format!("{}/{RESULTS_FORMAT}", env!("CARGO_PKG_VERSION"));
    let stored: Option<String> = conn
        .query_row("SELECT value ->> '$' FROM app_settings WHERE key = 'results_made_by'", [], |r| r.get(0))
        .optional()?;
    if stored.as_deref() != Some(made_by.as_str()) {
        conn.execute("DELETE FROM results_cache", [])?;
        conn.execute(
            "INSERT INTO app_settings (key, value) VALUES ('results_made_by', json_quote(?1))
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![made_by],
        )?;
    }
    Ok(())
}

impl super::Store {
    /// A campaign's cached results (JSON as written by [`Store::save_cached_results`]), if any.
    ///
    /// # Errors
    /// Storage errors only.
    pub fn cached_results(&self, campaign_id: i64) -> Result<Option<String>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT results FROM results_cache WHERE campaign_id = ?1")?
            .query_row([campaign_id], |r| r.get(0))
            .optional()?)
    }

    /// Keeps a campaign's computed results. Best effort: a read-only file still answers, only without
    /// the cache.
    pub fn save_cached_results(&self, campaign_id: i64, json: &str) {
        if self.is_reader() {
            return;
        }
        let _ = self.conn().execute(
            "INSERT INTO results_cache (campaign_id, version, results) VALUES (?1, 0, ?2)
             ON CONFLICT (campaign_id) DO UPDATE SET results = excluded.results",
            params![campaign_id, json],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("day")
    }

    #[test]
    fn a_campaign_reads_its_baseline_and_window_and_nothing_later() {
        let s = Span { id: 1, start: day("2024-07-01"), until: day("2024-07-20") };
        assert!(s.reads(day("2024-07-20"), day("2024-08-01")), "its last day");
        assert!(!s.reads(day("2024-07-21"), day("2024-08-01")), "after it");
        assert!(s.reads(day("2023-12-01"), day("2024-01-01")), "26 weeks before its start: 2024-01-01");
        assert!(!s.reads(day("2023-12-01"), day("2023-12-31")), "before its longest baseline");
    }

    #[test]
    fn a_write_forgets_only_the_campaigns_it_can_reach() {
        let dir = tempfile::tempdir().expect("dir");
        let mut store = crate::Store::open(dir.path().join("shop.sqlite")).expect("open");
        let mut create = |name: &str, start: &str, end: &str| {
            let input = crate::model::CampaignInput {
                name: name.into(),
                goal: String::new(),
                start: day(start),
                end: day(end),
                window_days: 14,
                other_costs_minor: 0,
                owner_hours: 0.0,
                notes: String::new(),
            };
            store.create_campaign(&input).expect("campaign").id
        };
        // Winter counts until 2024-01-21, Autumn from 2024-09-01 (baseline from 2024-03-03) to 2024-09-21.
        let winter = create("Winter", "2024-01-01", "2024-01-07");
        let autumn = create("Autumn", "2024-09-01", "2024-09-07");
        let conn = store.conn();
        let forget = |touches| Pending::before(conn, touches).and_then(|p| p.forget(conn)).expect("forget");
        assert_eq!(forget(Touches::Day(day("2024-01-03"))), vec![winter]);
        assert_eq!(forget(Touches::Day(day("2024-06-01"))), vec![autumn], "in its baseline");
        assert_eq!(forget(Touches::Day(day("2025-01-01"))), Vec::<i64>::new());
        assert_eq!(forget(Touches::Campaign(winter)), vec![winter]);
        assert_eq!(forget(Touches::CampaignOnly(autumn)), vec![autumn]);
        assert_eq!(forget(Touches::Everything), vec![winter, autumn]);
        let sales =
            |first: &str, last: Option<&str>| forget_sales(conn, Some(day(first)), last.map(day)).expect("forget");
        assert_eq!(sales("2024-06-01", None), vec![autumn], "Winter's repeat purchases end 2024-04-22");
        assert_eq!(sales("2024-04-22", None), vec![winter, autumn]);
        assert_eq!(sales("2025-01-01", None), Vec::<i64>::new());
        assert_eq!(sales("2025-01-01", Some("2024-09-10")), vec![autumn], "Autumn waited for data");
        assert_eq!(forget_sales(conn, None, None).expect("nothing"), Vec::<i64>::new());
    }
}
