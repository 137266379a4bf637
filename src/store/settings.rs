//! Settings of the analyses: how many weeks of history the lift uses, and the weights of the partner fit
//! score. Kept apart from the shop's own settings because they tune numbers, not describe the shop.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Store;
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::validate::Checks;

/// Weights of the fit-score factors, 0–100 each (relative: only their ratios matter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FitWeights {
    pub engagement: i64,
    pub locality: i64,
    pub values: i64,
    pub authenticity: i64,
    pub past_roi: i64,
    /// How they kept their agreements (deliverables done by their due day).
    #[serde(default = "default_kept_agreements")]
    pub kept_agreements: i64,
}

fn default_kept_agreements() -> i64 {
    15
}

impl Default for FitWeights {
    /// Reach that converts (engagement, locality) first, then what the shop has seen pay off, then the
    /// owner's own judgement of values and authenticity.
    fn default() -> FitWeights {
        FitWeights {
            engagement: 25,
            locality: 25,
            values: 15,
            authenticity: 15,
            past_roi: 20,
            kept_agreements: default_kept_agreements(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AnalysisSettings {
    /// Weeks before a campaign the lift baseline looks at (4–26).
    pub lift_weeks: u32,
    pub fit_weights: FitWeights,
    /// Days after an order before its commission is due (0–90): a refund in that time takes it back
    /// before it is owed. Shopify Collabs holds 30 days by default, settable from 1 to 90.
    #[serde(default = "default_hold_days")]
    pub commission_hold_days: i64,
}

/// The hold before commission is due, by default (Shopify Collabs' default).
pub const DEFAULT_HOLD_DAYS: i64 = 30;

fn default_hold_days() -> i64 {
    DEFAULT_HOLD_DAYS
}

impl Default for AnalysisSettings {
    fn default() -> AnalysisSettings {
        AnalysisSettings {
            lift_weeks: DEFAULT_LIFT_WEEKS,
            fit_weights: FitWeights::default(),
            commission_hold_days: DEFAULT_HOLD_DAYS,
        }
    }
}

const KEY: &str = "analysis";

/// The longest lift baseline the owner can choose, in weeks (how far back a campaign reads sales).
pub const MAX_LIFT_WEEKS: u32 = 26;

/// Weeks of history the lift's baseline looks back by default (the estimator's default too).
pub const DEFAULT_LIFT_WEEKS: u32 = 8;

impl Store {
    /// The analysis settings: the lift's baseline in weeks and the fit-score weights, the defaults until the
    /// owner changes them.
    ///
    /// # Errors
    /// [`Error::Corrupt`] when the stored settings are not valid JSON of [`AnalysisSettings`];
    /// [`Error::Database`] when SQLite fails.
    pub fn analysis_settings(&self) -> Result<AnalysisSettings> {
        let json: Option<String> =
            self.conn().query_row("SELECT value FROM app_settings WHERE key = ?1", [KEY], |r| r.get(0)).optional()?;
        match json {
            Some(j) => serde_json::from_str(&j).map_err(|e| Error::Corrupt(format!("the analysis settings: {e}"))),
            None => Ok(AnalysisSettings::default()),
        }
    }

    /// # Errors
    /// [`Error::Invalid`] for weeks outside 4–26, a weight outside 0–100, all weights zero, or a hold
    /// outside 0–90 days.
    pub fn update_analysis_settings(&mut self, input: &AnalysisSettings) -> Result<AnalysisSettings> {
        let mut c = Checks::new();
        if !(4..=MAX_LIFT_WEEKS).contains(&input.lift_weeks) {
            c.fail("lift_weeks", Message::new("invalid-lift-weeks"));
        }
        let w = input.fit_weights;
        for (field, value) in [
            ("engagement", w.engagement),
            ("locality", w.locality),
            ("values", w.values),
            ("authenticity", w.authenticity),
            ("past_roi", w.past_roi),
            ("kept_agreements", w.kept_agreements),
        ] {
            if !(0..=100).contains(&value) {
                c.fail(field, Message::new("invalid-weight"));
            }
        }
        if w.engagement + w.locality + w.values + w.authenticity + w.past_roi + w.kept_agreements == 0 {
            c.fail("engagement", Message::new("invalid-weights-zero"));
        }
        if !(0..=90).contains(&input.commission_hold_days) {
            c.fail("commission_hold_days", Message::new("invalid-hold-days"));
        }
        c.finish()?;
        let json = serde_json::to_string(input).map_err(|e| Error::Corrupt(e.to_string()))?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO app_settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![KEY, json],
            )?;
            Ok(())
        })?;
        self.analysis_settings()
    }
}
