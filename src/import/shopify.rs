//! Shopify Admin "Export orders": one row per line item; an order's rows are consecutive and only its
//! first row carries the order-level columns (FORMATS.md, "shopify").

use chrono::{DateTime, Utc};
use csv::StringRecord;

use super::money::DecimalMark;
use super::preset::{Cells, Columns, OrderDraft, Pending, Preset, ReadContext, RowError, RowReader, Sink, exponent_of};
use crate::model::Channel;
use crate::store::sales::NewLineItem;

pub struct Shopify;

const REQUIRED: &[&str] = &[
    "Name",
    "Email",
    "Financial Status",
    "Currency",
    "Subtotal",
    "Shipping",
    "Taxes",
    "Discount Code",
    "Discount Amount",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Refunded Amount",
];

const DOT: Option<DecimalMark> = Some(DecimalMark::Dot);

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
        Ok(Box::new(ShopifyReader {
            ctx,
            name: c.index("Name")?,
            email: c.index("Email")?,
            status: c.index("Financial Status")?,
            currency: c.index("Currency")?,
            subtotal: c.index("Subtotal")?,
            shipping: c.index("Shipping")?,
            taxes: c.index("Taxes")?,
            code: c.index("Discount Code")?,
            discount: c.index("Discount Amount")?,
            created: c.index("Created at")?,
            qty: c.index("Lineitem quantity")?,
            item_name: c.index("Lineitem name")?,
            price: c.index("Lineitem price")?,
            sku: c.index("Lineitem sku").ok(),
            refunded: c.index("Refunded Amount")?,
            location: c.index("Location").ok(),
            source: c.index("Source").ok(),
            exponent: ctx.default_exponent,
            pending: Pending::default(),
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
    /// Decimals of the current order's currency.
    exponent: u32,
    pending: Pending,
}

impl ShopifyReader {
    /// The order-level columns of an order's first row.
    fn start_order(&mut self, cells: &mut Cells<'_>) -> OrderDraft {
        let currency = cells.text(self.currency).to_uppercase();
        self.exponent = if currency.is_empty() { self.ctx.default_exponent } else { exponent_of(&currency) };
        let created = cells.text(self.created);
        let placed_at = DateTime::parse_from_str(created, "%Y-%m-%d %H:%M:%S %z")
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|_| {
                cells.fail("Created at", created, "expected a date like 2024-03-05 14:07:31 -0500");
                DateTime::UNIX_EPOCH
            });
        let subtotal = cells.money(self.subtotal, "Subtotal", DOT, self.exponent);
        let discounts = cells.money(self.discount, "Discount Amount", DOT, self.exponent);
        let shipping = cells.money(self.shipping, "Shipping", DOT, self.exponent);
        let tax = cells.money(self.taxes, "Taxes", DOT, self.exponent);
        let refunded = cells.money(self.refunded, "Refunded Amount", DOT, self.exponent);
        let status = cells.text(self.status).to_lowercase();
        // Net revenue excludes tax and shipping: a whole refund takes back all the goods (Refunded Amount
        // then also holds tax and shipping); a partial one is the refunded goods.
        let refunds = match status.as_str() {
            "refunded" => subtotal,
            "partially_refunded" => refunded.min(subtotal),
            _ => 0,
        };
        let known =
            ["paid", "refunded", "partially_refunded", "voided", "pending", "authorized", "partially_paid", "expired"];
        if !known.contains(&status.as_str()) {
            cells.fail("Financial Status", &status, "unknown financial status");
        }
        let code = cells.text(self.code);
        let location = cells.opt_text(self.location);
        let pos = self.source.is_some_and(|i| cells.text(i).eq_ignore_ascii_case("pos")) || location.is_some();
        OrderDraft {
            external_id: cells.text(self.name).to_string(),
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
            codes: if code.is_empty() || code.eq_ignore_ascii_case("Custom discount") {
                vec![]
            } else {
                vec![code.to_string()]
            },
            customer: cells.opt_text(Some(self.email)),
            // Voided and expired orders never took money; pending ones have not yet.
            cancelled: matches!(status.as_str(), "voided" | "expired" | "pending" | "authorized"),
            refunds_known: true,
            line_items: Vec::new(),
            line: cells.line,
        }
    }
}

impl RowReader for ShopifyReader {
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let name = cells.text(self.name);
        if name.is_empty() {
            sink.errors.push(RowError {
                line,
                column: Some("Name".into()),
                value: None,
                reason: "the order name is empty".into(),
            });
            return;
        }
        if !self.pending.continues(name) {
            let order = self.start_order(&mut cells);
            self.pending.start(order, std::mem::take(&mut cells.errors), sink);
        }
        let quantity = cells.quantity(self.qty, "Lineitem quantity");
        let price = cells.money(self.price, "Lineitem price", DOT, self.exponent);
        let item = NewLineItem {
            sku: cells.opt_text(self.sku),
            name: cells.text(self.item_name).to_string(),
            quantity,
            unit_price_minor: price,
            discount_minor: 0,
            cost_minor: None,
        };
        if let Some((order, errors)) = self.pending.current() {
            order.line_items.push(item);
            errors.append(&mut cells.errors);
        }
    }

    fn finish(&mut self, sink: &mut Sink) {
        self.pending.flush(sink);
    }
}
