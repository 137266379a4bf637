//! What a partner agreed to deliver in a campaign (a post, a story, an event…), by when, and whether it was.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::DeliverableKind;

/// Days ahead a deliverable is "due" (the Dashboard's "due this week").
pub const DUE_SOON_DAYS: i64 = 7;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DeliverableInput {
    pub kind: DeliverableKind,
    /// "Reel at the spring market", "2 stories"…
    pub description: String,
    /// The last shop-local day it is due.
    pub due: NaiveDate,
}

/// Where a deliverable stands, from its due day, whether it is done, and the shop-local today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DeliverableStatus {
    /// Due more than a week from today.
    Planned,
    /// Due within the week (today included).
    Due,
    /// A post is linked, or the owner marked it done.
    Done,
    /// Not done, and its due day has passed (from the shop's local midnight after it).
    Missed,
}

impl DeliverableStatus {
    /// The status on `today` of a deliverable due on `due`, done on `done` (if it is).
    pub fn of(due: NaiveDate, done: Option<NaiveDate>, today: NaiveDate) -> DeliverableStatus {
        match done {
            Some(_) => DeliverableStatus::Done,
            None if today > due => DeliverableStatus::Missed,
            None if (due - today).num_days() < DUE_SOON_DAYS => DeliverableStatus::Due,
            None => DeliverableStatus::Planned,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Deliverable {
    pub id: i64,
    pub campaign_partner_id: i64,
    #[serde(flatten)]
    pub fields: DeliverableInput,
    pub status: DeliverableStatus,
    /// The post that delivered it, and its link.
    pub post_id: Option<i64>,
    pub post_url: Option<String>,
    /// The shop-local day it was done (the post's day, or the day the owner said).
    pub done: Option<NaiveDate>,
    /// Done by its due day.
    pub on_time: Option<bool>,
    pub campaign_id: i64,
    pub campaign: String,
    /// The partner's or community's name.
    pub member: String,
    pub partner_id: Option<i64>,
    pub community_id: Option<i64>,
}

/// How a partner kept their agreements, over every campaign: done by the due day, done late, missed, still
/// open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AgreementRecord {
    pub on_time: i64,
    pub late: i64,
    pub missed: i64,
    pub open: i64,
}

impl AgreementRecord {
    /// Adds one deliverable.
    pub fn add(&mut self, d: &Deliverable) {
        match (d.status, d.on_time) {
            (DeliverableStatus::Done, Some(true)) => self.on_time += 1,
            (DeliverableStatus::Done, _) => self.late += 1,
            (DeliverableStatus::Missed, _) => self.missed += 1,
            _ => self.open += 1,
        }
    }

    /// Of the deliverables whose day has come, the share kept: (on time + half of late) ÷ (done + missed),
    /// 0–1; `None` before any.
    pub fn kept(&self) -> Option<f64> {
        let settled = self.on_time + self.late + self.missed;
        (settled > 0).then(|| (self.on_time as f64 + 0.5 * self.late as f64) / settled as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("day")
    }

    #[test]
    fn missed_from_the_day_after_the_due_day_due_within_the_week() {
        let due = day("2026-03-10");
        assert_eq!(DeliverableStatus::of(due, None, day("2026-03-10")), DeliverableStatus::Due);
        assert_eq!(DeliverableStatus::of(due, None, day("2026-03-11")), DeliverableStatus::Missed);
        assert_eq!(DeliverableStatus::of(due, None, day("2026-03-04")), DeliverableStatus::Due);
        assert_eq!(DeliverableStatus::of(due, None, day("2026-03-03")), DeliverableStatus::Planned);
        assert_eq!(DeliverableStatus::of(due, Some(day("2026-03-12")), day("2026-03-20")), DeliverableStatus::Done);
    }

    #[test]
    fn kept_counts_late_as_half() {
        let r = AgreementRecord { on_time: 2, late: 1, missed: 1, open: 3 };
        assert_eq!(r.kept(), Some(2.5 / 4.0));
        assert_eq!(AgreementRecord::default().kept(), None);
    }
}
