//! Archive instead of delete: partners, communities and campaigns that history refers to are hidden
//! from lists, never removed with their history.

use rusqlite::params;

use super::{Store, Touches, now_text};
use crate::error::{Error, Result};
use crate::msg;

/// The tables whose rows can be archived. A closed set, so the table name in the SQL is never input.
#[derive(Debug, Clone, Copy)]
pub(super) enum Archivable {
    Partners,
    Communities,
    Campaigns,
}

impl Archivable {
    fn table(self) -> &'static str {
        match self {
            Archivable::Partners => "partners",
            Archivable::Communities => "communities",
            Archivable::Campaigns => "campaigns",
        }
    }
}

impl Store {
    /// Archives (keeping the first archive date) or restores one row.
    pub(super) fn set_archived(&mut self, what: Archivable, id: i64, archived: bool) -> Result<()> {
        let sql = format!(
            "UPDATE {} SET archived_at = CASE WHEN ?2 THEN coalesce(archived_at, ?3) END, updated_at = ?3 WHERE id = ?1",
            what.table()
        );
        let touches = match what {
            Archivable::Partners => Touches::Partner(id),
            Archivable::Communities => Touches::Community(id),
            Archivable::Campaigns => Touches::Campaign(id),
        };
        self.write_touching(touches, |tx| {
            tx.execute(&sql, params![id, archived, now_text()])?;
            Ok(())
        })
    }

    /// Refuses with [`Error::InUse`] when the partner or community (`filter` on `cp`, one parameter)
    /// took part in a campaign; `pronoun` fits the name ("them" for a person, "it" for a group).
    pub(super) fn refuse_if_in_campaigns(&self, filter: &str, id: i64, name: &str, pronoun: &str) -> Result<()> {
        // `pronoun`: "them" (a person) or "it" (a group), chosen by the message's own words per language.
        let campaigns = self.campaign_names(filter, id)?;
        if campaigns.is_empty() {
            return Ok(());
        }
        Err(Error::InUse {
            message: msg!("in-use-in-campaigns", name = name, count = campaigns.len(), who = pronoun),
            campaigns,
        })
    }
}
