//! Square Dashboard exports: "Transactions" (one row per payment or refund, with the discount's name)
//! and "Item Sales" (one row per item of a payment or refund). Both key payments by Payment ID and write
//! refunds as their own rows, so both are read into the source "square": importing one after the other
//! completes the same sales (codes from one, line items from the other) without counting them twice.
//! Money looks like `$1,149.00` and `-$9.00`; the zone is a name such as "Eastern Time (US & Canada)";
//! there is no currency column (FORMATS.md, "square_items", "square_transactions").

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use csv::StringRecord;

use super::datetime::{local_to_utc, square_zone};
use super::money::DecimalMark;
use super::preset::{Cells, Columns, OrderDraft, Pending, Preset, ReadContext, RefundDraft, RowReader, Sink};
use crate::model::Channel;
use crate::store::sales::NewLineItem;

const DOT: Option<DecimalMark> = Some(DecimalMark::Dot);

/// Columns both exports share.
struct Common {
    date: usize,
    time: usize,
    zone: usize,
    gross: usize,
    discounts: usize,
    net: usize,
    tax: usize,
    transaction: usize,
    payment: usize,
    event: usize,
    location: usize,
    customer: usize,
}

impl Common {
    fn new(c: &Columns) -> Result<Self, String> {
        Ok(Common {
            date: c.index("Date")?,
            time: c.index("Time")?,
            zone: c.index("Time Zone")?,
            gross: c.index("Gross Sales")?,
            discounts: c.index("Discounts")?,
            net: c.index("Net Sales")?,
            tax: c.index("Tax")?,
            transaction: c.index("Transaction ID")?,
            payment: c.index("Payment ID")?,
            event: c.index("Event Type")?,
            location: c.index("Location")?,
            customer: c.index("Customer ID")?,
        })
    }

    fn placed_at(&self, cells: &mut Cells<'_>, shop_zone: Tz) -> DateTime<Utc> {
        let zone = square_zone(cells.text(self.zone)).unwrap_or(shop_zone);
        let day = NaiveDate::parse_from_str(cells.text(self.date), "%Y-%m-%d");
        let time = NaiveTime::parse_from_str(cells.text(self.time), "%H:%M:%S");
        match (day, time) {
            (Ok(d), Ok(t)) => local_to_utc(d.and_time(t), zone),
            _ => {
                let value = format!("{} {}", cells.text(self.date), cells.text(self.time));
                cells.fail("Date", &value, "expected a Date like 2024-03-05 and a Time like 14:07:31");
                DateTime::UNIX_EPOCH
            }
        }
    }

    fn is_refund(&self, cells: &Cells<'_>) -> bool {
        cells.text(self.event).eq_ignore_ascii_case("refund")
    }

    fn refund(&self, cells: &mut Cells<'_>, exponent: u32) -> RefundDraft {
        RefundDraft {
            external_id: cells.text(self.payment).to_string(),
            refund_id: cells.text(self.transaction).to_string(),
            refund_minor: -cells.money(self.net, "Net Sales", DOT, exponent),
            line: cells.line,
        }
    }

    fn order(&self, cells: &mut Cells<'_>, ctx: &ReadContext, channel: Channel) -> OrderDraft {
        let exp = ctx.default_exponent;
        OrderDraft {
            external_id: cells.text(self.payment).to_string(),
            placed_at: self.placed_at(cells, ctx.time_zone),
            channel,
            location: cells.opt_text(Some(self.location)),
            currency: None,
            gross_minor: cells.money(self.gross, "Gross Sales", DOT, exp),
            // Discounts are negative on payment rows.
            discounts_minor: -cells.money(self.discounts, "Discounts", DOT, exp),
            shipping_minor: 0,
            tax_minor: cells.money(self.tax, "Tax", DOT, exp),
            refunds_minor: 0,
            codes: Vec::new(),
            customer: cells.opt_text(Some(self.customer)),
            cancelled: false,
            refunds_known: true,
            line_items: Vec::new(),
            line: cells.line,
        }
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
            "Time Zone",
            "Gross Sales",
            "Discounts",
            "Net Sales",
            "Total Collected",
            "Payment ID",
            "Event Type",
            "Discount Name",
        ])
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(TransactionsReader {
            ctx,
            common: Common::new(&c)?,
            discount_name: c.index("Discount Name")?,
            channel: c.index("Channel").ok(),
        }))
    }
}

struct TransactionsReader {
    ctx: ReadContext,
    common: Common,
    discount_name: usize,
    channel: Option<usize>,
}

impl RowReader for TransactionsReader {
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        if self.common.is_refund(&cells) {
            let refund = self.common.refund(&mut cells, self.ctx.default_exponent);
            sink.accept_refund(refund, &mut cells.errors);
            return;
        }
        let channel = channel_of(&cells, self.channel);
        let mut order = self.common.order(&mut cells, &self.ctx, channel);
        order.codes = cells.opt_text(Some(self.discount_name)).into_iter().collect();
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
        Columns::new(header).has_all(&[
            "Date",
            "Time Zone",
            "Item",
            "Qty",
            "Gross Sales",
            "Discounts",
            "Net Sales",
            "Payment ID",
            "Event Type",
        ])
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(ItemsReader {
            ctx,
            common: Common::new(&c)?,
            item: c.index("Item")?,
            qty: c.index("Qty")?,
            sku: c.index("SKU").ok(),
            channel: c.index("Channel").ok(),
            pending: Pending::default(),
            refund: None,
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
    pending: Pending,
    /// A refund's item rows are consecutive; they are summed into one refund per refund transaction.
    refund: Option<(RefundDraft, Vec<super::preset::RowError>)>,
}

impl ItemsReader {
    fn flush_refund(&mut self, sink: &mut Sink) {
        if let Some((refund, mut errors)) = self.refund.take() {
            sink.accept_refund(refund, &mut errors);
        }
    }
}

impl RowReader for ItemsReader {
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let exp = self.ctx.default_exponent;
        if self.common.is_refund(&cells) {
            self.pending.flush(sink);
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
        let row_order = self.common.order(&mut cells, &self.ctx, channel);
        let quantity = cells.quantity(self.qty, "Qty");
        let item = NewLineItem {
            sku: cells.opt_text(self.sku),
            name: cells.text(self.item).to_string(),
            quantity,
            unit_price_minor: if quantity != 0 { row_order.gross_minor / quantity } else { row_order.gross_minor },
            discount_minor: row_order.discounts_minor,
            cost_minor: None,
        };
        if self.pending.continues(payment) {
            if let Some((order, errors)) = self.pending.current() {
                order.gross_minor += row_order.gross_minor;
                order.discounts_minor += row_order.discounts_minor;
                order.tax_minor += row_order.tax_minor;
                order.line_items.push(item);
                errors.append(&mut cells.errors);
            }
        } else {
            let mut order = row_order;
            order.line_items.push(item);
            self.pending.start(order, cells.errors, sink);
        }
    }

    fn finish(&mut self, sink: &mut Sink) {
        self.pending.flush(sink);
        self.flush_refund(sink);
    }
}
