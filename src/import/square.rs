//! Square Dashboard exports: "Transactions" (one row per payment or refund, with the discount's name)
//! and "Item Sales" (one row per item of a payment or refund). Both key payments by Payment ID and write
//! refunds as their own rows, so both are read into the source "square": importing one after the other
//! completes the same sales (codes from one, line items from the other) without counting them twice.
//! Money looks like `$1,149.00` and `-$9.00`; the zone is a name such as "Eastern Time (US & Canada)";
//! there is no currency column (FORMATS.md, "square_items", "square_transactions").

use chrono::{DateTime, NaiveTime, Utc};
use csv::StringRecord;

use super::datetime::{local_day_to_utc, local_to_utc, parse_day_ordered, square_zone};
use super::mapped::DateOrder;
use super::money::DecimalMark;
use super::preset::{
    Cells, Columns, OrderDraft, Pending, Preset, ReadContext, RefundDraft, Row, RowReader, Sink, promo_codes,
};
use crate::i18n::Message;
use crate::model::{Channel, SaleStatus};
use crate::msg;
use crate::store::sales::NewLineItem;

const DOT: Option<DecimalMark> = Some(DecimalMark::Dot);

/// Every Transaction Status the Transactions export writes, and what it means here (README, "What an
/// order's status means"). Square lists only completed payments in this export ("Complete"); the other
/// states of its Transaction Status report (<https://squareup.com/help/us/en/article/5391>) are read
/// here too, should a file hold them. An export without the column lists completed payments.
pub const STATUSES: &[(&str, SaleStatus)] = &[
    ("complete", SaleStatus::Sale),
    ("completed", SaleStatus::Sale),
    ("pending", SaleStatus::Unpaid),
    ("incomplete", SaleStatus::Unpaid),
    ("offline", SaleStatus::Unpaid),
    ("canceled", SaleStatus::Cancelled),
    ("cancelled", SaleStatus::Cancelled),
    ("voided", SaleStatus::Cancelled),
    ("failed", SaleStatus::Cancelled),
    ("declined", SaleStatus::Cancelled),
    ("expired", SaleStatus::Cancelled),
];

/// Columns both exports share. Exports before 2019 have no Discount Name, Transaction Status or Service
/// Charges; a file re-saved by a spreadsheet may have lost Time and Time Zone.
struct Common {
    date: usize,
    time: Option<usize>,
    zone: Option<usize>,
    gross: usize,
    discounts: Option<usize>,
    net: usize,
    tax: Option<usize>,
    transaction: Option<usize>,
    payment: usize,
    event: usize,
    location: Option<usize>,
    customer: Option<usize>,
    status: Option<usize>,
}

impl Common {
    fn new(c: &Columns) -> Result<Self, String> {
        Ok(Common {
            date: c.index("Date")?,
            time: c.find(&["Time"]),
            zone: c.find(&["Time Zone"]),
            gross: c.index("Gross Sales")?,
            discounts: c.find(&["Discounts"]),
            net: c.index("Net Sales")?,
            tax: c.find(&["Tax"]),
            transaction: c.find(&["Transaction ID"]),
            payment: c.index("Payment ID")?,
            event: c.index("Event Type")?,
            location: c.find(&["Location"]),
            customer: c.find(&["Customer ID"]),
            status: c.find(&["Transaction Status"]),
        })
    }

    fn placed_at(&self, cells: &mut Cells<'_>, ctx: &ReadContext) -> DateTime<Utc> {
        let zone = self.zone.and_then(|i| square_zone(cells.text(i))).unwrap_or(ctx.time_zone);
        let day = parse_day_ordered(cells.text(self.date), ctx.date_order.unwrap_or(DateOrder::Mdy));
        let time_text = self.time.map(|i| cells.text(i)).unwrap_or("");
        let time = ["%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p"]
            .iter()
            .find_map(|f| NaiveTime::parse_from_str(time_text, f).ok());
        match (day, time) {
            (Some(d), Some(t)) => local_to_utc(d.and_time(t), zone),
            (Some(d), None) if time_text.is_empty() => local_day_to_utc(d, zone),
            _ => {
                let value = format!("{} {time_text}", cells.text(self.date));
                cells.fail("Date", value.trim(), Message::new("row-expected-square-date"));
                DateTime::UNIX_EPOCH
            }
        }
    }

    fn status(&self, cells: &mut Cells<'_>) -> SaleStatus {
        let text = self.status.map(|i| cells.text(i).to_lowercase()).unwrap_or_default();
        if text.is_empty() {
            return SaleStatus::Sale;
        }
        super::preset::documented(STATUSES, &text).unwrap_or_else(|| {
            cells.fail("Transaction Status", &text, msg!("row-unknown-status", platform = "Square"));
            SaleStatus::Cancelled
        })
    }

    fn is_refund(&self, cells: &Cells<'_>) -> bool {
        cells.text(self.event).eq_ignore_ascii_case("refund")
    }

    /// A refund row: Net Sales (negative) is the goods refunded, tax excluded in every region.
    fn refund(&self, cells: &mut Cells<'_>, exponent: u32) -> RefundDraft {
        let payment = cells.text(self.payment).to_string();
        RefundDraft {
            refund_id: self
                .transaction
                .map(|i| cells.text(i).to_string())
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| format!("{payment}@{}", cells.line)),
            external_id: payment,
            refund_minor: -cells.required_money(self.net, "Net Sales", DOT, exponent),
            line: cells.line,
        }
    }

    /// A payment row as an order, with whether its Gross Sales included the tax. Square's UK and US
    /// exports keep VAT and inclusive tax out of Gross Sales (Net Sales = Gross Sales + Discounts); its
    /// Australian exports include GST in Gross Sales (Net Sales = Gross Sales + Discounts − Tax). Net
    /// Sales is the goods without tax either way, so the order's net revenue is Net Sales.
    fn order(&self, cells: &mut Cells<'_>, ctx: &ReadContext, channel: Channel) -> (OrderDraft, bool) {
        let exp = ctx.default_exponent;
        let gross = cells.required_money(self.gross, "Gross Sales", DOT, exp);
        // Discounts are negative on payment rows.
        let discounts = -cells.money_opt(self.discounts, "Discounts", DOT, exp);
        let net = cells.required_money(self.net, "Net Sales", DOT, exp);
        let tax = cells.money_opt(self.tax, "Tax", DOT, exp);
        let inside = tax != 0 && gross - discounts - tax == net && gross - discounts != net;
        let status = self.status(cells);
        let order = OrderDraft {
            external_id: cells.text(self.payment).to_string(),
            placed_at: self.placed_at(cells, ctx),
            channel,
            location: cells.opt_text(self.location),
            currency: None,
            gross_minor: if inside { net + discounts } else { gross },
            discounts_minor: discounts,
            shipping_minor: 0,
            tax_minor: tax,
            refunds_minor: 0,
            codes: Vec::new(),
            customer: cells.opt_text(self.customer),
            status,
            refunds_known: true,
            status_known: true,
            line_items: Vec::new(),
            line: cells.line,
            said: None,
        };
        (order, inside)
    }
}

/// Counts an order's tax as Square showed it (taken out already when it was inside Gross Sales).
fn count_tax(sink: &mut Sink, order: &OrderDraft, inside: bool) {
    if order.tax_minor > 0 {
        if inside { sink.tax.inside += 1 } else { sink.tax.on_top += 1 }
    }
}

fn channel_of(cells: &Cells<'_>, index: Option<usize>) -> Channel {
    match index.map(|i| cells.text(i).to_lowercase()) {
        Some(c) if c.contains("online") => Channel::Online,
        _ => Channel::InStore,
    }
}

pub struct SquareTransactions;

impl Preset for SquareTransactions {
    fn id(&self) -> &'static str {
        "square_transactions"
    }

    fn label(&self) -> &'static str {
        "Square transactions export"
    }

    fn source(&self) -> &'static str {
        "square"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_all(&[
            "Date",
            "Gross Sales",
            "Net Sales",
            "Total Collected",
            "Payment ID",
            "Event Type",
        ])
    }

    fn ambiguous_date_column(&self, header: &StringRecord) -> Option<usize> {
        Columns::new(header).find(&["Date"])
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(TransactionsReader {
            ctx,
            common: Common::new(&c)?,
            discount_name: c.find(&["Discount Name"]),
            channel: c.find(&["Channel"]),
        }))
    }
}

struct TransactionsReader {
    ctx: ReadContext,
    common: Common,
    discount_name: Option<usize>,
    channel: Option<usize>,
}

impl RowReader for TransactionsReader {
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        if self.common.is_refund(&cells) {
            let refund = self.common.refund(&mut cells, self.ctx.default_exponent);
            sink.accept_refund(refund, &mut cells.errors);
            return;
        }
        let channel = channel_of(&cells, self.channel);
        let (mut order, inside) = self.common.order(&mut cells, &self.ctx, channel);
        // Several discounts are written "A, B".
        order.codes = promo_codes(cells.opt_text(self.discount_name).unwrap_or_default().split(','));
        if cells.errors.is_empty() {
            count_tax(sink, &order, inside);
        }
        sink.accept_order(order, &mut cells.errors);
    }

    fn finish(&mut self, _sink: &mut Sink) {}
}

pub struct SquareItems;

impl Preset for SquareItems {
    fn id(&self) -> &'static str {
        "square_items"
    }

    fn label(&self) -> &'static str {
        "Square item sales export"
    }

    fn source(&self) -> &'static str {
        "square"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_all(&["Date", "Item", "Qty", "Gross Sales", "Net Sales", "Payment ID", "Event Type"])
    }

    fn ambiguous_date_column(&self, header: &StringRecord) -> Option<usize> {
        Columns::new(header).find(&["Date"])
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(ItemsReader {
            ctx,
            common: Common::new(&c)?,
            item: c.index("Item")?,
            qty: c.index("Qty")?,
            sku: c.find(&["SKU"]),
            channel: c.find(&["Channel"]),
            notes: c.find(&["Notes"]),
            pending: Pending::default(),
            refund: None,
            pending_inside: false,
        }))
    }
}

struct ItemsReader {
    ctx: ReadContext,
    common: Common,
    item: usize,
    qty: usize,
    sku: Option<usize>,
    channel: Option<usize>,
    /// The item's note, where a cashier may write what the customer said ("heard from Maya's post"): the
    /// order's answer is its first item's note that is one short line.
    notes: Option<usize>,
    pending: Pending,
    /// A refund's item rows are consecutive; they are summed into one refund per refund transaction.
    refund: Option<(RefundDraft, Vec<super::preset::RowError>)>,
    /// Whether the order being gathered had its tax inside Gross Sales.
    pending_inside: bool,
}

impl ItemsReader {
    fn flush_refund(&mut self, sink: &mut Sink) {
        if let Some((refund, mut errors)) = self.refund.take() {
            sink.accept_refund(refund, &mut errors);
        }
    }
}

impl RowReader for ItemsReader {
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let exp = self.ctx.default_exponent;
        if self.common.is_refund(&cells) {
            self.flush(sink);
            let part = self.common.refund(&mut cells, exp);
            match &mut self.refund {
                Some((r, errors)) if r.refund_id == part.refund_id => {
                    r.refund_minor += part.refund_minor;
                    errors.append(&mut cells.errors);
                }
                _ => {
                    self.flush_refund(sink);
                    self.refund = Some((part, cells.errors));
                }
            }
            return;
        }
        self.flush_refund(sink);
        let payment = cells.text(self.common.payment);
        let channel = channel_of(&cells, self.channel);
        let (row_order, inside) = self.common.order(&mut cells, &self.ctx, channel);
        // Square writes Qty as a decimal ("1.0", "0.25" of a kg): an item sold by measure is one line of
        // its whole price (revenue does not need its quantity).
        let quantity =
            match cells.text(self.qty).parse::<f64>() {
                Ok(q) if q.is_finite() && q.fract() != 0.0 && q.abs() < super::preset::MAX_QUANTITY as f64 => {
                    if q < 0.0 { -1 } else { 1 }
                }
                _ => cells.quantity(self.qty, "Qty"),
            };
        let item = NewLineItem {
            sku: cells.opt_text(self.sku),
            name: cells.text(self.item).to_string(),
            quantity,
            unit_price_minor: if quantity != 0 { row_order.gross_minor / quantity } else { row_order.gross_minor },
            discount_minor: row_order.discounts_minor,
            cost_minor: None,
        };
        let said = crate::import::survey::answer(None, cells.opt_text(self.notes).as_deref());
        if self.pending.continues(payment) {
            if let Some((order, errors)) = self.pending.current() {
                order.gross_minor += row_order.gross_minor;
                order.discounts_minor += row_order.discounts_minor;
                order.tax_minor += row_order.tax_minor;
                order.line_items.push(item);
                order.said = order.said.take().or(said);
                errors.append(&mut cells.errors);
            }
        } else {
            let mut order = row_order;
            order.line_items.push(item);
            order.said = said;
            self.flush(sink);
            self.pending_inside = inside;
            self.pending.start(order, cells.errors, sink);
        }
    }

    fn finish(&mut self, sink: &mut Sink) {
        self.flush(sink);
        self.flush_refund(sink);
    }
}

impl ItemsReader {
    fn flush(&mut self, sink: &mut Sink) {
        let inside = self.pending_inside;
        self.pending.flush_with(sink, |order, sink| count_tax(sink, order, inside));
    }
}
