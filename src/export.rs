//! The owner's tables as CSV files for a spreadsheet or an accountant: partners, campaigns, and a
//! campaign's results. Exports are for people: UTF-8 with a byte-order mark by default (Excel reads
//! accents right only with it), amounts in major units with a dot (12.50: any spreadsheet reads it),
//! and every text cell guarded against formula injection (a partner named `=HYPERLINK(…)` stays text).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::table::{Cell, CsvStyle, Table, json_name, safe_cell, write_table, write_whole};

/// Which table to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum ExportKind {
    Partners,
    Campaigns,
    Results {
        campaign_id: i64,
    },
    /// A partner's ledger lines over a period (shop-local days; none: all time).
    Statement {
        partner_id: i64,
        from: Option<chrono::NaiveDate>,
        to: Option<chrono::NaiveDate>,
    },
}
