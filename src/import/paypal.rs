//! PayPal "Activity download", US or European locale: one row per balance activity, oldest first.
//! Payments become orders; "Payment Refund" rows refund the payment named in Reference Txn ID; other
//! activity (withdrawals, holds) is not a sale. Dates carry the zone abbreviation in effect, so they are
//! unambiguous; European files write day-first dates and `1.149,00` (FORMATS.md, "paypal", "paypal_eu").

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use csv::StringRecord;

use super::datetime::{abbreviation_offset, is_european_abbreviation, parse_day};
use super::preset::{Cells, Columns, OrderDraft, Preset, ReadContext, RefundDraft, RowReader, Sink, exponent_of};
use crate::model::Channel;
use crate::store::sales::NewLineItem;

pub struct PayPal;

const REQUIRED: &[&str] = &[
    "Date",
    "Time",
    "TimeZone",
    "Type",
    "Status",
    "Currency",
    "Gross",
    "From Email Address",
    "Transaction ID",
    "Shipping and Handling Amount",
    "Sales Tax",
    "Reference Txn ID",
    "Invoice Number",
    "Item Title",
    "Quantity",
];

impl Preset for PayPal {
    fn id(&self) -> &'static str {
        "paypal"
    }

    fn label(&self) -> &'static str {
        "PayPal activity download"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_all(REQUIRED)
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(PayPalReader {
            ctx,
            date: c.index("Date")?,
            time: c.index("Time")?,
            zone: c.index("TimeZone")?,
            kind: c.index("Type")?,
            status: c.index("Status")?,
            currency: c.index("Currency")?,
            gross: c.index("Gross")?,
            email: c.index("From Email Address")?,
            txn: c.index("Transaction ID")?,
            shipping: c.index("Shipping and Handling Amount")?,
            tax: c.index("Sales Tax")?,
            reference: c.index("Reference Txn ID")?,
            title: c.index("Item Title")?,
            quantity: c.index("Quantity")?,
        }))
    }
}

struct PayPalReader {
    ctx: ReadContext,
    date: usize,
    time: usize,
    zone: usize,
    kind: usize,
    status: usize,
    currency: usize,
    gross: usize,
    email: usize,
    txn: usize,
    shipping: usize,
    tax: usize,
    reference: usize,
    title: usize,
    quantity: usize,
}

impl PayPalReader {
    fn instant(&self, cells: &mut Cells<'_>) -> chrono::DateTime<Utc> {
        let abbr = cells.text(self.zone);
        let european = is_european_abbreviation(abbr);
        let formats: &[&str] = if european { &["%d/%m/%Y", "%d.%m.%Y"] } else { &["%m/%d/%Y"] };
        let date_text = cells.text(self.date);
        let day: Option<NaiveDate> = parse_day(date_text, formats);
        let time = NaiveTime::parse_from_str(cells.text(self.time), "%H:%M:%S").ok();
        match (day, time) {
            (Some(d), Some(t)) => match abbreviation_offset(abbr) {
                Some(offset) => offset
                    .from_local_datetime(&d.and_time(t))
                    .single()
                    .map_or(chrono::DateTime::UNIX_EPOCH, |x| x.with_timezone(&Utc)),
                None => super::datetime::local_to_utc(d.and_time(t), self.ctx.time_zone),
            },
            _ => {
                let expected = if european {
                    "a date like 31/12/2024 and a time like 14:05:09"
                } else {
                    "a date like 12/31/2024 and a time like 14:05:09"
                };
                cells.fail("Date", date_text, format!("expected {expected}"));
                chrono::DateTime::UNIX_EPOCH
            }
        }
    }
}

impl RowReader for PayPalReader {
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let kind = cells.text(self.kind).to_lowercase();
        let completed = cells.text(self.status).eq_ignore_ascii_case("completed");
        let currency = cells.text(self.currency).to_uppercase();
        let exp = exponent_of(&currency);
        if kind.contains("refund") && completed {
            let amount = cells.money(self.gross, "Gross", None, exp);
            let refund = RefundDraft {
                external_id: cells.text(self.reference).to_string(),
                refund_id: cells.text(self.txn).to_string(),
                refund_minor: -amount,
                line,
            };
            sink.accept_refund(refund, &mut cells.errors);
            return;
        }
        let is_payment = kind.ends_with("payment") && !kind.contains("withdrawal") && !kind.starts_with("general");
        if !is_payment || !completed {
            return; // withdrawals, holds, pending activity: not sales
        }
        let placed_at = self.instant(&mut cells);
        let gross = cells.money(self.gross, "Gross", None, exp);
        let shipping = cells.money(self.shipping, "Shipping and Handling Amount", None, exp);
        let tax = cells.money(self.tax, "Sales Tax", None, exp);
        let quantity_text = cells.text(self.quantity);
        let title = cells.text(self.title).to_string();
        let goods = gross - shipping - tax;
        let line_items = if title.is_empty() || title.eq_ignore_ascii_case("Shopping Cart") {
            Vec::new()
        } else {
            let quantity = quantity_text.parse::<i64>().unwrap_or(1).max(1);
            vec![NewLineItem {
                sku: None,
                name: title,
                quantity,
                unit_price_minor: goods / quantity,
                discount_minor: 0,
                cost_minor: None,
            }]
        };
        let order = OrderDraft {
            external_id: cells.text(self.txn).to_string(),
            placed_at,
            channel: Channel::Online,
            location: None,
            currency: (!currency.is_empty()).then_some(currency),
            gross_minor: goods,
            discounts_minor: 0,
            shipping_minor: shipping,
            tax_minor: tax,
            refunds_minor: 0,
            codes: Vec::new(),
            customer: cells.opt_text(Some(self.email)),
            cancelled: false,
            refunds_known: true,
            line_items,
            line,
        };
        sink.accept_order(order, &mut cells.errors);
    }

    fn finish(&mut self, _sink: &mut Sink) {}
}
