//! What every export preset provides: recognizing its header, and turning its rows into orders.
//! Presets only read; the import run validates currency, hashes customers and writes.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use csv::{ByteRecord, StringRecord};

use super::mapped::DateOrder;
use super::money::{DecimalMark, div_round_half_even, parse_money};
use crate::i18n::Message;
use crate::model::{Channel, SaleStatus};
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
    /// Only a sale counts; an unpaid or cancelled order is kept so a later export can be matched.
    pub status: SaleStatus,
    /// Whether this export shows refunds at all (Etsy's item export does not): when it does not, a
    /// stored order keeps the refunds another export recorded.
    pub refunds_known: bool,
    /// Whether this export shows the order's state (Etsy's item export and a mapping without a status
    /// column do not): when it does not, a stored order keeps its state.
    pub status_known: bool,
    pub line_items: Vec<NewLineItem>,
    /// File line of the order's first row, for messages.
    pub line: u64,
    /// The customer's answer to "how did you hear about us?" as the export has it (a survey app's order
    /// attribute, the order note); `None` when the export has no such column or the order no answer.
    pub said: Option<String>,
}

pub use crate::store::sales::RefundDraft;

/// A problem with one row: where, which column, what value, and why.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct RowError {
    pub line: u64,
    pub column: Option<String>,
    pub value: Option<String>,
    /// Why, as a catalogue message (`locales/<language>/imports.ftl`) the window and the CLI write in the owner's language.
    pub reason: Message,
}

/// Why a row was left out on purpose: it is not a sale of the shop's. Counted in the report, never an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SkipKind {
    /// Money the shop paid: a purchase, a fee, a payment sent (PayPal's negative payments).
    PaymentOut,
    /// A withdrawal or transfer to the bank, a payout.
    Transfer,
    /// A hold on the balance or its release.
    Hold,
    /// A currency conversion inside the account.
    CurrencyConversion,
    /// A payment in another currency than the shop's that the file does not show converted.
    ForeignCurrency,
    /// A declined or failed payment attempt: no money moved and no order behind it.
    Declined,
    /// Any other activity that is not a sale (an invoice sent, an authorization's own row…).
    OtherActivity,
}

/// How many orders showed tax inside their prices, tax on top, or could not tell (the owner's choice, or
/// "on top", then applied).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TaxSeen {
    /// Orders whose prices included their tax, which was taken out of net revenue.
    pub inside: u64,
    /// Orders whose tax was added on top of the prices.
    pub on_top: u64,
    /// Orders with tax the file cannot place (see [`ReadContext::prices_include_tax`]).
    pub undetermined: u64,
}

/// Where the rows' orders, refunds and errors go.
#[derive(Default)]
pub struct Sink {
    pub orders: Vec<OrderDraft>,
    pub refunds: Vec<RefundDraft>,
    pub errors: Vec<RowError>,
    /// Rows left out on purpose, by why.
    pub skipped: std::collections::BTreeMap<SkipKind, u64>,
    pub tax: TaxSeen,
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

    /// Counts a row left out on purpose.
    pub fn skip(&mut self, kind: SkipKind) {
        *self.skipped.entry(kind).or_default() += 1;
    }

    /// Takes the tax inside an order's prices out of its net revenue when `inside` says so (see
    /// [`exclude_tax_inside`]), and counts what was found. Returns whether it was taken out.
    pub fn settle_tax(&mut self, order: &mut OrderDraft, inside: TaxPlacement, ctx: &ReadContext) -> bool {
        if order.tax_minor <= 0 {
            return false;
        }
        let inside = match inside {
            TaxPlacement::Inside => {
                self.tax.inside += 1;
                true
            }
            TaxPlacement::OnTop => {
                self.tax.on_top += 1;
                false
            }
            TaxPlacement::Unknown => {
                self.tax.undetermined += 1;
                ctx.prices_include_tax.unwrap_or(false)
            }
        };
        if inside {
            exclude_tax_inside(order);
        }
        inside
    }
}

/// Where an order's tax stands against its prices, as its export shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxPlacement {
    /// The prices include the tax (VAT-inclusive shops): the file shows it, e.g. Shopify's Total equals
    /// Subtotal + Shipping although Taxes > 0.
    Inside,
    /// The tax was added to the prices.
    OnTop,
    /// The file cannot tell; the owner's choice for the import decides.
    Unknown,
}

impl TaxPlacement {
    /// From an order's total: `total` equal to goods and shipping means the tax was inside; equal to
    /// goods, shipping and tax means on top; anything else (tips, duties, a fee) cannot tell.
    pub fn from_total(total: Option<i64>, goods_and_shipping: i64, tax: i64) -> TaxPlacement {
        match total {
            Some(t) if tax > 0 && t == goods_and_shipping => TaxPlacement::Inside,
            Some(t) if t == goods_and_shipping + tax => TaxPlacement::OnTop,
            _ => TaxPlacement::Unknown,
        }
    }
}

/// Takes the tax inside an order's prices out of its gross, discounts and refunds, so that net revenue
/// excludes it. With goods `G` (after discounts, tax included), shipping `S` and tax `T`, the tax of the
/// goods is `T × G / (G + S)` (the same rate on goods and shipping, as VAT charges shipping at the rate
/// of the goods it carries); net revenue is `G` less that, rounded half to even once. Gross and refunds
/// are scaled by the same ratio (each rounded once) and discounts are what makes the net exact.
pub fn exclude_tax_inside(order: &mut OrderDraft) {
    let goods = order.gross_minor - order.discounts_minor;
    if goods <= 0 || order.tax_minor <= 0 {
        return;
    }
    let shipping = order.shipping_minor.max(0);
    let goods_tax =
        div_round_half_even(i128::from(order.tax_minor) * i128::from(goods), i128::from(goods + shipping)).min(goods);
    let net = goods - goods_tax;
    let scale = |amount: i64| div_round_half_even(i128::from(amount) * i128::from(net), i128::from(goods));
    let gross = scale(order.gross_minor);
    order.discounts_minor = gross - net;
    order.gross_minor = gross;
    order.refunds_minor = scale(order.refunds_minor).min(net);
}

/// What a preset needs to know about the shop to read amounts and local times.
#[derive(Debug, Clone)]
pub struct ReadContext {
    pub time_zone: Tz,
    /// Decimals of the shop currency, used when the file does not say its currency.
    pub default_exponent: u32,
    /// The shop's currency, when set (Stripe reads the settlement amounts when they are in it).
    pub shop_currency: Option<String>,
    /// The day/month order of the file's dates, decided for the whole file before its rows are read
    /// (see [`super::date_order`]); `None` for exports whose dates are unambiguous.
    pub date_order: Option<DateOrder>,
    /// What the owner said of tax for orders whose file cannot tell: `Some(true)` prices include it.
    pub prices_include_tax: Option<bool>,
}

impl ReadContext {
    /// Decimals of an order's `currency` as the file names it (ISO 4217); the shop's when it names none.
    #[must_use]
    pub fn exponent(&self, currency: &str) -> u32 {
        if currency.is_empty() { self.default_exponent } else { exponent_of(currency) }
    }
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
    /// Whether a header row is this export's: it has the columns the import needs (by any of their
    /// known names), whatever else it has.
    fn matches(&self, header: &StringRecord) -> bool;
    /// The column whose dates may be written day-first or month-first, decided for the whole file before
    /// the rows are read; `None` when the export's dates are unambiguous.
    fn ambiguous_date_column(&self, _header: &StringRecord) -> Option<usize> {
        None
    }
    /// The export's own day/month order where the file cannot tell (a language that writes day first);
    /// `None` leaves it to the owner's locale.
    fn date_convention(&self, _header: &StringRecord) -> Option<DateOrder> {
        None
    }
    /// A reader for a file with this header.
    ///
    /// # Errors
    /// The name of a column the preset needs and the header lacks.
    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String>;
}

/// One CSV row as text, its fields slices of it.
///
/// The `csv` crate's `StringRecord` checks each field's UTF-8 on its own: about 70 checks a row of a
/// Shopify export, a tenth of a large import's reading. The text reaching the CSV reader is UTF-8 already
/// (`decode` transcodes every export, replacing what is not), so a row is checked once, whole, and each
/// field boundary once.
#[derive(Clone, Copy)]
pub struct Row<'r> {
    text: &'r str,
    record: &'r ByteRecord,
}

impl<'r> Row<'r> {
    /// The row `record` holds, or `None` when its bytes are not UTF-8 or a field ends inside a character.
    #[must_use]
    pub fn new(record: &'r ByteRecord) -> Option<Row<'r>> {
        let text = std::str::from_utf8(record.as_slice()).ok()?;
        if !text.is_ascii() {
            // Fields follow each other in the text: each one's end is the next one's start.
            let mut end = 0;
            for field in record {
                end += field.len();
                if !text.is_char_boundary(end) {
                    return None;
                }
            }
        }
        Some(Row { text, record })
    }

    /// Field `index`, as the file has it (untrimmed); `None` past the row's last field.
    #[must_use]
    pub fn get(&self, index: usize) -> Option<&'r str> {
        self.record.range(index).and_then(|r| self.text.get(r))
    }

    /// How many fields the row has.
    #[must_use]
    pub fn len(&self) -> usize {
        self.record.len()
    }

    /// Whether the row has no field.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.record.is_empty()
    }

    /// The fields, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'r str> + 'r {
        let row = *self;
        (0..row.len()).filter_map(move |i| row.get(i))
    }
}

pub trait RowReader: Send {
    /// Reads one row (at file line `line`) into the sink.
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink);
    /// Flushes the last order when the file ends.
    fn finish(&mut self, sink: &mut Sink);
}

/// One row being read, collecting its problems instead of stopping at the first.
pub struct Cells<'a> {
    pub row: Row<'a>,
    pub line: u64,
    pub errors: Vec<RowError>,
}

impl<'a> Cells<'a> {
    pub fn new(row: &Row<'a>, line: u64) -> Self {
        Cells { row: *row, line, errors: Vec::new() }
    }

    pub fn text(&self, index: usize) -> &'a str {
        field(&self.row, index)
    }

    pub fn opt_text(&self, index: Option<usize>) -> Option<String> {
        self.opt_str(index).map(str::to_string)
    }

    /// As [`Cells::opt_text`], borrowed: for a cell read and not kept.
    pub fn opt_str(&self, index: Option<usize>) -> Option<&'a str> {
        index.map(|i| self.text(i)).filter(|t| !t.is_empty())
    }

    pub fn fail(&mut self, column: &str, value: &str, reason: Message) {
        self.errors.push(RowError {
            line: self.line,
            column: Some(column.into()),
            value: (!value.is_empty()).then(|| value.to_string()),
            reason,
        });
    }

    /// An optional money cell: empty reads as 0 (exports leave "no shipping" blank). `mark: None` infers
    /// the decimal mark from the text (see [`infer_mark`]) for exports whose locale varies.
    pub fn money(&mut self, index: usize, column: &str, mark: Option<DecimalMark>, exponent: u32) -> i64 {
        if self.text(index).is_empty() {
            return 0;
        }
        self.required_money(index, column, mark, exponent)
    }

    /// An optional money column: 0 when the file has no such column or the cell is empty.
    pub fn money_opt(&mut self, index: Option<usize>, column: &str, mark: Option<DecimalMark>, exponent: u32) -> i64 {
        index.map_or(0, |i| self.money(i, column, mark, exponent))
    }

    /// A money cell that must hold an amount: empty is an error, never 0.
    pub fn required_money(&mut self, index: usize, column: &str, mark: Option<DecimalMark>, exponent: u32) -> i64 {
        let text = self.text(index);
        let mark = mark.unwrap_or_else(|| infer_mark(text));
        match parse_money(text, mark, exponent) {
            Ok(v) => v,
            Err(e) => {
                self.fail(column, text, e.message());
                0
            }
        }
    }

    /// A whole or decimal quantity ("2", "2.0", "-1.0").
    pub fn quantity(&mut self, index: usize, column: &str) -> i64 {
        let text = self.text(index);
        match text.parse::<f64>() {
            Ok(q) if q.is_finite() && q.fract() == 0.0 && q.abs() <= MAX_QUANTITY as f64 => q as i64,
            _ => {
                self.fail(column, text, Message::new("row-not-whole-quantity"));
                0
            }
        }
    }
}

/// The largest quantity of a line item read (a million): with [`super::money::MAX_AMOUNT_MINOR`] no product
/// or sum of them overflows.
pub const MAX_QUANTITY: i64 = 1_000_000;

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
        self.flush_with(sink, |_, _| {});
    }

    /// Flushes the current order after `complete` finished it (tax settled, say).
    pub fn flush_with(&mut self, sink: &mut Sink, complete: impl FnOnce(&mut OrderDraft, &mut Sink)) {
        if let Some((mut order, mut errors)) = self.order.take() {
            if errors.is_empty() {
                complete(&mut order, sink);
            }
            sink.accept_order(order, &mut errors);
        }
    }
}

/// What a status word means in a platform's table of documented statuses (compared trimmed, without
/// case); `None` for a word the table does not hold.
pub fn documented<T: Copy>(table: &[(&str, T)], text: &str) -> Option<T> {
    let t = text.trim();
    table.iter().find(|(word, _)| word.eq_ignore_ascii_case(t)).map(|(_, meaning)| *meaning)
}

/// Labels platforms write where a discount code goes that no customer typed: a manual discount
/// (Shopify's "Custom discount"), a marketplace's own promotion (TikTok Shop's "Seller discount" and
/// "Platform discount"). None of them is a code a partner could have shared.
pub const PROMOTION_LABELS: &[&str] = &[
    "custom discount",
    "seller discount",
    "platform discount",
    "tiktok shop discount",
    "manual discount",
    "automatic discount",
];

/// The promo codes among an export's discount cells: non-empty, not a [`PROMOTION_LABELS`] label,
/// each once, in order.
pub fn promo_codes<'a>(cells: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for code in cells.into_iter().map(str::trim).filter(|c| !c.is_empty()) {
        let label = PROMOTION_LABELS.iter().any(|l| l.eq_ignore_ascii_case(code));
        if !label && !out.iter().any(|c| c == code) {
            out.push(code.to_string());
        }
    }
    out
}

/// Column positions by header name, for readable presets.
pub struct Columns {
    names: Vec<String>,
}

impl Columns {
    pub fn new(header: &StringRecord) -> Self {
        Columns { names: header.iter().map(|h| h.trim().to_string()).collect() }
    }

    /// Whether the header has every one of `required` (compared without case: a spreadsheet may have
    /// retyped "Lineitem Quantity").
    pub fn has_all(&self, required: &[&str]) -> bool {
        required.iter().all(|r| self.names.iter().any(|n| n.eq_ignore_ascii_case(r)))
    }

    /// Whether the header has one of each group of names (a column known by several names: older,
    /// regional or translated headers of the same export).
    pub fn has_any_of_each(&self, groups: &[&[&str]]) -> bool {
        groups.iter().all(|names| self.find(names).is_some())
    }

    /// The position of the first of `names` the header has (compared without case).
    pub fn find(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|want| self.names.iter().position(|n| n.eq_ignore_ascii_case(want)))
    }

    /// Like [`Columns::find`], required.
    ///
    /// # Errors
    /// The first name, as missing.
    pub fn index_any(&self, names: &[&str]) -> Result<usize, String> {
        self.find(names).ok_or_else(|| format!("the column “{}” is missing", names.first().copied().unwrap_or("")))
    }

    /// The position of `name`.
    ///
    /// # Errors
    /// The missing column's name.
    pub fn index(&self, name: &str) -> Result<usize, String> {
        self.names
            .iter()
            .position(|n| n == name)
            .or_else(|| self.names.iter().position(|n| n.eq_ignore_ascii_case(name)))
            .ok_or_else(|| format!("the column “{name}” is missing"))
    }
}

/// A field by position, trimmed; a missing trailing field reads as empty.
pub fn field<'r>(row: &Row<'r>, index: usize) -> &'r str {
    row.get(index).map(str::trim).unwrap_or("")
}

pub use crate::format::exponent_of;

#[cfg(test)]
mod tests {
    use super::{DecimalMark, Row, field, infer_mark};
    use csv::ByteRecord;

    #[test]
    fn a_row_reads_its_fields_as_text_checked_once() {
        let record = ByteRecord::from(vec![&b"#1001"[..], " Zo\u{eb}  ".as_bytes(), b"", "\u{1F331} kit".as_bytes()]);
        let row = Row::new(&record).expect("UTF-8");
        assert_eq!(row.len(), 4);
        assert_eq!(row.get(1), Some(" Zo\u{eb}  "));
        assert_eq!(field(&row, 1), "Zo\u{eb}", "trimmed");
        assert_eq!(row.get(3), Some("\u{1F331} kit"));
        assert_eq!(row.get(4), None);
        assert_eq!(field(&row, 9), "", "a missing trailing field reads as empty");
        assert_eq!(row.iter().collect::<Vec<_>>(), ["#1001", " Zo\u{eb}  ", "", "\u{1F331} kit"]);

        // Not UTF-8; or valid only across two fields (a character cut by a delimiter): no row.
        assert!(Row::new(&ByteRecord::from(vec![&b"ok"[..], b"\xff"])).is_none());
        assert!(Row::new(&ByteRecord::from(vec![&b"Zo\xc3"[..], b"\xab"])).is_none());
    }

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
