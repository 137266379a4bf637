//! What every export preset provides: recognizing its header, and turning its rows into orders.
//! Presets only read; the import run validates currency, hashes customers and writes.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use csv::StringRecord;

use crate::model::Channel;
use crate::store::sales::NewLineItem;

/// One order as an export describes it, possibly gathered from several rows.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderDraft {
    pub external_id: String,
    pub placed_at: DateTime<Utc>,
    pub channel: Channel,
    pub location: Option<String>,
    /// The currency the file states for this order; `None` when the export has no currency column.
    pub currency: Option<String>,
    pub gross_minor: i64,
    pub discounts_minor: i64,
    pub shipping_minor: i64,
    pub tax_minor: i64,
    pub refunds_minor: i64,
    /// Discount codes as the export writes them.
    pub codes: Vec<String>,
    /// Email or customer id in clear; hashed with the shop's salt before anything is stored.
    pub customer: Option<String>,
    /// Voided or cancelled: kept so a later export can be matched, never counted as a sale.
    pub cancelled: bool,
    pub line_items: Vec<NewLineItem>,
    /// File line of the order's first row, for messages.
    pub line: u64,
}

/// A refund written as its own row, applied to its order once the whole file is read (exports list
/// newest first, so a refund often comes before its payment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundDraft {
    /// The order (payment) refunded.
    pub external_id: String,
    /// The refund's own id in the export, so importing it twice refunds once.
    pub refund_id: String,
    pub refund_minor: i64,
    pub line: u64,
}

/// A problem with one row: where, which column, what value, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct RowError {
    pub line: u64,
    pub column: Option<String>,
    pub value: Option<String>,
    pub reason: String,
}

/// Where the rows' orders, refunds and errors go.
#[derive(Default)]
pub struct Sink {
    pub orders: Vec<OrderDraft>,
    pub refunds: Vec<RefundDraft>,
    pub errors: Vec<RowError>,
}

/// What a preset needs to know about the shop to read amounts and local times.
#[derive(Debug, Clone, Copy)]
pub struct ReadContext {
    pub time_zone: Tz,
    /// Decimals of the shop currency, used when the file does not say its currency.
    pub default_exponent: u32,
}

pub trait Preset: Sync {
    /// Stable name, stored with each sale as its source and accepted by `--preset`.
    fn id(&self) -> &'static str;
    /// What the owner sees: "Shopify orders export".
    fn label(&self) -> &'static str;
    /// Whether a header row is this export's.
    fn matches(&self, header: &StringRecord) -> bool;
    /// A reader for a file with this header.
    ///
    /// # Errors
    /// The name of a column the preset needs and the header lacks.
    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String>;
}

pub trait RowReader {
    /// Reads one row (at file line `line`) into the sink.
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink);
    /// Flushes the last order when the file ends.
    fn finish(&mut self, sink: &mut Sink);
}

/// Column positions by header name, for readable presets.
pub struct Columns {
    names: Vec<String>,
}

impl Columns {
    pub fn new(header: &StringRecord) -> Self {
        Columns { names: header.iter().map(|h| h.trim().to_string()).collect() }
    }

    pub fn has_all(&self, required: &[&str]) -> bool {
        required.iter().all(|r| self.names.iter().any(|n| n == r))
    }

    /// The position of `name`.
    ///
    /// # Errors
    /// The missing column's name.
    pub fn index(&self, name: &str) -> Result<usize, String> {
        self.names.iter().position(|n| n == name).ok_or_else(|| format!("the column “{name}” is missing"))
    }
}

/// A field by position, trimmed; a missing trailing field reads as empty.
pub fn field(row: &StringRecord, index: usize) -> &str {
    row.get(index).map(str::trim).unwrap_or("")
}

/// Decimals of an ISO currency (2 when unknown: the run refuses unknown currencies anyway).
pub fn exponent_of(currency: &str) -> u32 {
    iso_currency::Currency::from_code(&currency.trim().to_uppercase())
        .and_then(|c| c.exponent())
        .map_or(2, u32::from)
}
