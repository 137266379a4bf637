//! Stripe Dashboard "Payments" export, in either locale (`1149.00` or `"1149,00"`): one row per charge
//! attempt; failed attempts are skipped; an order is the charge's `order_id` metadata when the shop sets
//! it. Stripe knows only the amount charged (goods + shipping + tax, after discounts), so that is the
//! order's gross (FORMATS.md, "stripe", "stripe_eu").

use chrono::{NaiveDateTime, Utc};
use csv::StringRecord;

use super::preset::{Cells, Columns, OrderDraft, Preset, ReadContext, RowReader, Sink, exponent_of};
use crate::model::Channel;

pub struct Stripe;

const REQUIRED: &[&str] =
    &["id", "Created date (UTC)", "Amount", "Amount Refunded", "Currency", "Captured", "Status", "Customer Email"];

impl Preset for Stripe {
    fn id(&self) -> &'static str {
        "stripe"
    }

    fn label(&self) -> &'static str {
        "Stripe payments export"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_all(REQUIRED)
    }

    fn reader(&self, header: &StringRecord, _ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(StripeReader {
            id: c.index("id")?,
            created: c.index("Created date (UTC)")?,
            amount: c.index("Amount")?,
            refunded: c.index("Amount Refunded")?,
            currency: c.index("Currency")?,
            captured: c.index("Captured")?,
            status: c.index("Status")?,
            email: c.index("Customer Email")?,
            customer_id: c.index("Customer ID").ok(),
            order_id: c.index("order_id (metadata)").ok(),
            coupon: c.index("coupon (metadata)").ok(),
        }))
    }
}

struct StripeReader {
    id: usize,
    created: usize,
    amount: usize,
    refunded: usize,
    currency: usize,
    captured: usize,
    status: usize,
    email: usize,
    customer_id: Option<usize>,
    order_id: Option<usize>,
    coupon: Option<usize>,
}

impl RowReader for StripeReader {
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let status = cells.text(self.status).to_lowercase();
        let captured = cells.text(self.captured).eq_ignore_ascii_case("true");
        if status == "failed" || !captured {
            return; // a declined attempt: no money moved
        }
        let currency = cells.text(self.currency).to_uppercase();
        let exp = exponent_of(&currency);
        let created = cells.text(self.created);
        let placed_at =
            NaiveDateTime::parse_from_str(created, "%Y-%m-%d %H:%M:%S").map(|d| d.and_utc()).unwrap_or_else(|_| {
                cells.fail("Created date (UTC)", created, "expected a date like 2024-03-05 14:07:31");
                chrono::DateTime::<Utc>::UNIX_EPOCH
            });
        let amount = cells.money(self.amount, "Amount", None, exp);
        let refunded = cells.money(self.refunded, "Amount Refunded", None, exp);
        if !matches!(status.as_str(), "paid" | "refunded" | "succeeded" | "partially refunded") {
            cells.fail("Status", &status, "unknown payment status");
        }
        let order = OrderDraft {
            external_id: cells.opt_text(self.order_id).unwrap_or_else(|| cells.text(self.id).to_string()),
            placed_at,
            channel: Channel::Online,
            location: None,
            currency: (!currency.is_empty()).then_some(currency),
            gross_minor: amount,
            discounts_minor: 0,
            shipping_minor: 0,
            tax_minor: 0,
            refunds_minor: refunded.min(amount),
            codes: cells.opt_text(self.coupon).into_iter().collect(),
            customer: cells.opt_text(Some(self.email)).or_else(|| cells.opt_text(self.customer_id)),
            cancelled: false,
            refunds_known: true,
            line_items: Vec::new(),
            line,
        };
        sink.accept_order(order, &mut cells.errors);
    }

    fn finish(&mut self, _sink: &mut Sink) {}
}
