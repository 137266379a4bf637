//! What every export preset provides: recognizing its header, and turning its rows into orders.
//! Presets only read; the import run validates currency, hashes customers and writes.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use csv::StringRecord;

use super::money::{DecimalMark, parse_money};
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
    /// Whether this export shows refunds at all (Etsy's item export does not): when it does not, a
    /// stored order keeps the refunds another export recorded.
    pub refunds_known: bool,
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
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

impl Sink {
    /// Keeps a row's order when the row had no problems, else reports the problems instead.
    pub fn accept_order(&mut self, order: OrderDraft, errors: &mut Vec<RowError>) {
        if errors.is_empty() { self.orders.push(order) } else { self.errors.append(errors) }
    }

    /// The same for a refund row.
    pub fn accept_refund(&mut self, refund: RefundDraft, errors: &mut Vec<RowError>) {
        if errors.is_empty() { self.refunds.push(refund) } else { self.errors.append(errors) }
    }
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
    /// The platform the orders come from, stored with each sale: two exports of one platform (Square's
    /// item and transaction exports) share it, so the same payment is one sale, completed by both.
    fn source(&self) -> &'static str {
        self.id()
    }
    /// Whether a header row is this export's.
    fn matches(&self, header: &StringRecord) -> bool;
    /// A reader for a file with this header.
    ///
    /// # Errors
    /// The name of a column the preset needs and the header lacks.
    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String>;
}

pub trait RowReader: Send {
    /// Reads one row (at file line `line`) into the sink.
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink);
    /// Flushes the last order when the file ends.
    fn finish(&mut self, sink: &mut Sink);
}

/// One row being read, collecting its problems instead of stopping at the first.
pub struct Cells<'a> {
    pub row: &'a StringRecord,
    pub line: u64,
    pub errors: Vec<RowError>,
}

impl<'a> Cells<'a> {
    pub fn new(row: &'a StringRecord, line: u64) -> Self {
        Cells { row, line, errors: Vec::new() }
    }

    pub fn text(&self, index: usize) -> &'a str {
        field(self.row, index)
    }

    pub fn opt_text(&self, index: Option<usize>) -> Option<String> {
        index.map(|i| self.text(i)).filter(|t| !t.is_empty()).map(str::to_string)
    }

    pub fn fail(&mut self, column: &str, value: &str, reason: impl Into<String>) {
        self.errors.push(RowError {
            line: self.line,
            column: Some(column.into()),
            value: (!value.is_empty()).then(|| value.to_string()),
            reason: reason.into(),
        });
    }

    /// A money cell; empty reads as 0. `mark: None` infers the decimal mark from the text (see
    /// [`infer_mark`]) for exports whose locale varies.
    pub fn money(&mut self, index: usize, column: &str, mark: Option<DecimalMark>, exponent: u32) -> i64 {
        let text = self.text(index);
        if text.is_empty() {
            return 0;
        }
        let mark = mark.unwrap_or_else(|| infer_mark(text));
        match parse_money(text, mark, exponent) {
            Ok(v) => v,
            Err(e) => {
                self.fail(column, text, e.to_string());
                0
            }
        }
    }

    /// A whole or decimal quantity ("2", "2.0", "-1.0").
    pub fn quantity(&mut self, index: usize, column: &str) -> i64 {
        let text = self.text(index);
        match text.parse::<f64>() {
            Ok(q) if q.is_finite() && q.fract() == 0.0 && q.abs() < 1e12 => q as i64,
            _ => {
                self.fail(column, text, "not a whole quantity");
                0
            }
        }
    }
}

/// The decimal mark of an amount from an export whose locale varies (Stripe, PayPal): the last `.` or
/// `,` is the decimal mark when one or two digits follow it; otherwise the amount has no decimals.
pub fn infer_mark(text: &str) -> DecimalMark {
    match text.rfind(['.', ',']) {
        Some(i) => {
            let digits = text[i + 1..].chars().take_while(char::is_ascii_digit).count();
            let is_comma = text[i..].starts_with(',');
            match (is_comma, digits) {
                (true, 1 | 2) | (false, 3) => DecimalMark::Comma,
                _ => DecimalMark::Dot,
            }
        }
        None => DecimalMark::Dot,
    }
}

/// The order being gathered from consecutive rows (Shopify, WooCommerce, Square items, Etsy items),
/// with the problems its rows had so far: an order with any problem is reported, never half-imported.
#[derive(Default)]
pub struct Pending {
    order: Option<(OrderDraft, Vec<RowError>)>,
}

impl Pending {
    /// Whether the row with `key` continues the current order.
    pub fn continues(&self, key: &str) -> bool {
        self.order.as_ref().is_some_and(|(o, _)| o.external_id == key)
    }

    /// Flushes the current order and starts another.
    pub fn start(&mut self, order: OrderDraft, errors: Vec<RowError>, sink: &mut Sink) {
        self.flush(sink);
        self.order = Some((order, errors));
    }

    pub fn current(&mut self) -> Option<(&mut OrderDraft, &mut Vec<RowError>)> {
        self.order.as_mut().map(|(o, e)| (o, e))
    }

    pub fn flush(&mut self, sink: &mut Sink) {
        if let Some((order, mut errors)) = self.order.take() {
            sink.accept_order(order, &mut errors);
        }
    }
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
    iso_currency::Currency::from_code(&currency.trim().to_uppercase()).and_then(|c| c.exponent()).map_or(2, u32::from)
}

#[cfg(test)]
mod tests {
    use super::{DecimalMark, infer_mark};

    #[test]
    fn decimal_marks_are_inferred_from_the_last_separator() {
        assert_eq!(infer_mark("1,149.00"), DecimalMark::Dot);
        assert_eq!(infer_mark("1.149,00"), DecimalMark::Comma);
        assert_eq!(infer_mark("12,50"), DecimalMark::Comma);
        assert_eq!(infer_mark("-9.00"), DecimalMark::Dot);
        assert_eq!(infer_mark("1.149"), DecimalMark::Comma, "a dot before three digits groups thousands");
        assert_eq!(infer_mark("1149"), DecimalMark::Dot);
    }
}
