//! The first steps of a new shop (see [`FirstSteps`]), read from its data; the two facts the data cannot
//! tell (a coupon sheet was printed, the owner hid the list) are kept in `app_settings`.

use rusqlite::{OptionalExtension, params};

use super::{Store, now_text};
use crate::error::Result;
use crate::model::FirstSteps;

const PRINTED: &str = "coupon_sheet_printed_at";
const DISMISSED: &str = "first_steps_dismissed_at";

impl Store {
    /// Which first steps are done.
    ///
    /// # Errors
    /// [`crate::Error::Database`] when SQLite fails.
    pub fn first_steps(&self) -> Result<FirstSteps> {
        let exists = |sql: &str| -> Result<bool> { Ok(self.conn().query_row(sql, [], |r| r.get::<_, bool>(0))?) };
        let setting = |key: &str| -> Result<bool> {
            Ok(self
                .conn()
                .query_row("SELECT 1 FROM app_settings WHERE key = ?1", [key], |_| Ok(()))
                .optional()?
                .is_some())
        };
        Ok(FirstSteps {
            sales_imported: exists("SELECT EXISTS (SELECT 1 FROM sales)")?,
            partners_added: exists("SELECT EXISTS (SELECT 1 FROM partners)")?,
            campaign_created: exists("SELECT EXISTS (SELECT 1 FROM campaigns)")?,
            coupon_sheet_printed: setting(PRINTED)?,
            dismissed: setting(DISMISSED)?,
            campaign_with_codes: self
                .conn()
                .query_row(
                    "SELECT c.id FROM campaigns c
                     WHERE EXISTS (SELECT 1 FROM campaign_partners cp JOIN promo_codes pc ON pc.campaign_partner_id = cp.id
                                   WHERE cp.campaign_id = c.id)
                       AND c.archived_at IS NULL
                     ORDER BY c.start_day DESC, c.id DESC LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .optional()?,
        })
    }

    /// Hides the first steps' list for good.
    ///
    /// # Errors
    /// [`crate::Error::Database`] when SQLite fails.
    pub fn dismiss_first_steps(&mut self) -> Result<FirstSteps> {
        self.note(DISMISSED)?;
        self.first_steps()
    }

    /// Records that a coupon sheet was saved (the last of the first steps).
    pub(crate) fn note_coupon_sheet_printed(&mut self) -> Result<()> {
        self.note(PRINTED)
    }

    fn note(&mut self, key: &str) -> Result<()> {
        self.write_touching(super::Touches::Nothing, |tx| {
            tx.execute(
                "INSERT INTO app_settings (key, value) VALUES (?1, json_quote(?2))
                 ON CONFLICT (key) DO NOTHING",
                params![key, now_text()],
            )?;
            Ok(())
        })
    }
}
