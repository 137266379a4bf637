//! Days the owner marks as unusual, left out of every lift baseline and window.

use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Store, Touches};
use crate::error::{Error, Result};
use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Holiday {
    pub day: NaiveDate,
    pub name: String,
}

impl Store {
    /// Every marked day, oldest first.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn holidays(&self) -> Result<Vec<Holiday>> {
        let mut stmt = self.conn().prepare("SELECT day, name FROM holidays ORDER BY day")?;
        let rows = stmt.query_map([], |r| Ok(Holiday { day: r.get(0)?, name: r.get(1)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks a day (or renames its mark).
    ///
    /// # Errors
    /// [`Error::Invalid`] on the `name` field when it is empty or longer than 200 characters.
    pub fn set_holiday(&mut self, holiday: &Holiday) -> Result<()> {
        let name = holiday.name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(Error::invalid("name", Message::new("invalid-holiday-name")));
        }
        self.write_touching(Touches::Day(holiday.day), |tx| {
            tx.execute(
                "INSERT INTO holidays (day, name) VALUES (?1, ?2) ON CONFLICT (day) DO UPDATE SET name = excluded.name",
                params![holiday.day, name],
            )?;
            Ok(())
        })
    }

    /// Unmarks a day.
    ///
    /// # Errors
    /// [`Error::NotFound`] when the day was not marked.
    pub fn remove_holiday(&mut self, day: NaiveDate) -> Result<()> {
        let removed =
            self.write_touching(Touches::Day(day), |tx| Ok(tx.execute("DELETE FROM holidays WHERE day = ?1", [day])?))?;
        if removed == 0 {
            return Err(Error::NotFound { entity: "holiday", id: 0 });
        }
        Ok(())
    }
}
