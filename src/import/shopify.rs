//! Shopify Admin "Export orders": one row per line item; an order's rows are consecutive and only its
//! first row carries the order-level columns (FORMATS.md, "shopify").

use chrono::{DateTime, Utc};
use csv::StringRecord;

use super::money::{DecimalMark, parse_money};
use super::preset::{Columns, OrderDraft, Preset, ReadContext, RowError, RowReader, Sink, exponent_of, field};
use crate::model::Channel;
use crate::store::sales::NewLineItem;

pub struct Shopify;

const REQUIRED: &[&str] = &[
    "Name", "Email", "Financial Status", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
    "Discount Amount", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Refunded Amount",
];

impl Preset for Shopify {
    fn id(&self) -> &'static str {
        "shopify"
    }

    fn label(&self) -> &'static str {
        "Shopify orders export"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_all(REQUIRED)
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        let optional = |name: &str| c.index(name).ok();
        Ok(Box::new(ShopifyReader {
            ctx,
            name: c.index("Name")?,
            email: c.index("Email")?,
            status: c.index("Financial Status")?,
            currency: c.index("Currency")?,
            subtotal: c.index("Subtotal")?,
            shipping: c.index("Shipping")?,
            taxes: c.index("Taxes")?,
            total: c.index("Total")?,
            code: c.index("Discount Code")?,
            discount: c.index("Discount Amount")?,
            created: c.index("Created at")?,
            qty: c.index("Lineitem quantity")?,
            item_name: c.index("Lineitem name")?,
            price: c.index("Lineitem price")?,
            sku: optional("Lineitem sku"),
            refunded: c.index("Refunded Amount")?,
            location: optional("Location"),
            source: optional("Source"),
            current: None,
        }))
    }
}

struct ShopifyReader {
    ctx: ReadContext,
    name: usize,
    email: usize,
    status: usize,
    currency: usize,
    subtotal: usize,
    shipping: usize,
    taxes: usize,
    total: usize,
    code: usize,
    discount: usize,
    created: usize,
    qty: usize,
    item_name: usize,
    price: usize,
    sku: Option<usize>,
    refunded: usize,
    location: Option<usize>,
    source: Option<usize>,
    /// The order being gathered, with the errors of its rows so far.
    current: Option<(OrderDraft, Vec<RowError>, u32)>,
}

/// Parses one money column of a row, recording a row error instead of failing.
fn money(row: &StringRecord, index: usize, column: &str, line: u64, exponent: u32, errors: &mut Vec<RowError>) -> i64 {
    let text = field(row, index);
    if text.is_empty() {
        return 0;
    }
    parse_money(text, DecimalMark::Dot, exponent).unwrap_or_else(|e| {
        errors.push(RowError { line, column: Some(column.into()), value: Some(text.into()), reason: e.to_string() });
        0
    })
}

impl ShopifyReader {
    fn flush(&mut self, sink: &mut Sink) {
        if let Some((order, errors, _)) = self.current.take() {
            if errors.is_empty() {
                sink.orders.push(order);
            } else {
                sink.errors.extend(errors);
            }
        }
    }

    fn start_order(&self, row: &StringRecord, line: u64) -> (OrderDraft, Vec<RowError>, u32) {
        let mut errors = Vec::new();
        let currency = field(row, self.currency).to_uppercase();
        let exponent = if currency.is_empty() { self.ctx.default_exponent } else { exponent_of(&currency) };
        let created_text = field(row, self.created);
        let placed_at = DateTime::parse_from_str(created_text, "%Y-%m-%d %H:%M:%S %z")
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|_| {
                errors.push(RowError {
                    line,
                    column: Some("Created at".into()),
                    value: Some(created_text.into()),
                    reason: "expected a date like 2024-03-05 14:07:31 -0500".into(),
                });
                DateTime::UNIX_EPOCH
            });
        let subtotal = money(row, self.subtotal, "Subtotal", line, exponent, &mut errors);
        let discounts = money(row, self.discount, "Discount Amount", line, exponent, &mut errors);
        let shipping = money(row, self.shipping, "Shipping", line, exponent, &mut errors);
        let tax = money(row, self.taxes, "Taxes", line, exponent, &mut errors);
        let _total = money(row, self.total, "Total", line, exponent, &mut errors);
        let refunded = money(row, self.refunded, "Refunded Amount", line, exponent, &mut errors);
        let status = field(row, self.status).to_lowercase();
        // Net revenue excludes tax and shipping: a whole refund takes back all merchandise (Refunded
        // Amount then also holds tax and shipping); a partial one is the refunded merchandise.
        let refunds = match status.as_str() {
            "refunded" => subtotal,
            "partially_refunded" => refunded.min(subtotal),
            _ => 0,
        };
        if !matches!(status.as_str(), "paid" | "refunded" | "partially_refunded" | "voided" | "pending" | "authorized" | "partially_paid" | "expired") {
            errors.push(RowError {
                line,
                column: Some("Financial Status".into()),
                value: Some(status.clone()),
                reason: "unknown financial status".into(),
            });
        }
        let code = field(row, self.code);
        let location = self.location.map(|i| field(row, i)).filter(|l| !l.is_empty()).map(str::to_string);
        let pos = self.source.is_some_and(|i| field(row, i).eq_ignore_ascii_case("pos")) || location.is_some();
        let email = field(row, self.email);
        let order = OrderDraft {
            external_id: field(row, self.name).to_string(),
            placed_at,
            channel: if pos { Channel::InStore } else { Channel::Online },
            location,
            currency: (!currency.is_empty()).then_some(currency),
            gross_minor: subtotal + discounts,
            discounts_minor: discounts,
            shipping_minor: shipping,
            tax_minor: tax,
            refunds_minor: refunds,
            // "Custom discount" is a manual discount, not a code anyone could have shared.
            codes: if code.is_empty() || code.eq_ignore_ascii_case("Custom discount") { vec![] } else { vec![code.to_string()] },
            customer: (!email.is_empty()).then(|| email.to_string()),
            cancelled: matches!(status.as_str(), "voided" | "expired"),
            line_items: Vec::new(),
            line,
        };
        (order, errors, exponent)
    }
}

impl RowReader for ShopifyReader {
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink) {
        let name = field(row, self.name);
        if name.is_empty() {
            sink.errors.push(RowError { line, column: Some("Name".into()), value: None, reason: "the order name is empty".into() });
            return;
        }
        if self.current.as_ref().is_none_or(|(o, _, _)| o.external_id != name) {
            self.flush(sink);
            self.current = Some(self.start_order(row, line));
        }
        let Some((order, errors, exponent)) = self.current.as_mut() else { return };
        let qty_text = field(row, self.qty);
        let quantity = qty_text.parse::<i64>().unwrap_or_else(|_| {
            errors.push(RowError { line, column: Some("Lineitem quantity".into()), value: Some(qty_text.into()), reason: "not a whole number".into() });
            0
        });
        let price = money(row, self.price, "Lineitem price", line, *exponent, errors);
        order.line_items.push(NewLineItem {
            sku: self.sku.map(|i| field(row, i)).filter(|s| !s.is_empty()).map(str::to_string),
            name: field(row, self.item_name).to_string(),
            quantity,
            unit_price_minor: price,
            discount_minor: 0,
            cost_minor: None,
        });
    }

    fn finish(&mut self, sink: &mut Sink) {
        self.flush(sink);
    }
}
