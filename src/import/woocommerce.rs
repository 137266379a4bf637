//! WooCommerce order export ("Advanced Order Export" plugin, one row per product): order-level columns
//! repeat on every row, the coupon only on the first; dates are store-local without offset; the file
//! has no currency column (FORMATS.md, "woocommerce").

use csv::StringRecord;

use super::datetime::{local_to_utc, parse_naive};
use super::money::DecimalMark;
use super::preset::{Cells, Columns, OrderDraft, Pending, Preset, ReadContext, RowReader, Sink};
use crate::model::Channel;
use crate::store::sales::NewLineItem;

pub struct WooCommerce;

const REQUIRED: &[&str] = &[
    "Order Number",
    "Order Status",
    "Order Date",
    "Item Name",
    "Quantity (- Refund)",
    "Item Cost",
    "Coupon Code",
    "Cart Discount Amount",
    "Order Subtotal Amount",
    "Order Shipping Amount",
    "Order Refund Amount",
    "Order Total Tax Amount",
];
const DOT: Option<DecimalMark> = Some(DecimalMark::Dot);

impl Preset for WooCommerce {
    fn id(&self) -> &'static str {
        "woocommerce"
    }

    fn label(&self) -> &'static str {
        "WooCommerce order export"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_all(REQUIRED)
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(WooReader {
            ctx,
            number: c.index("Order Number")?,
            status: c.index("Order Status")?,
            date: c.index("Order Date")?,
            email: c.index("Email (Billing)").ok(),
            sku: c.index("SKU").ok(),
            item: c.index("Item Name")?,
            qty: c.index("Quantity (- Refund)")?,
            cost: c.index("Item Cost")?,
            coupon: c.index("Coupon Code")?,
            discount: c.index("Cart Discount Amount")?,
            subtotal: c.index("Order Subtotal Amount")?,
            shipping: c.index("Order Shipping Amount")?,
            refund: c.index("Order Refund Amount")?,
            tax: c.index("Order Total Tax Amount")?,
            pending: Pending::default(),
        }))
    }
}

struct WooReader {
    ctx: ReadContext,
    number: usize,
    status: usize,
    date: usize,
    email: Option<usize>,
    sku: Option<usize>,
    item: usize,
    qty: usize,
    cost: usize,
    coupon: usize,
    discount: usize,
    subtotal: usize,
    shipping: usize,
    refund: usize,
    tax: usize,
    pending: Pending,
}

impl WooReader {
    fn start_order(&self, cells: &mut Cells<'_>) -> OrderDraft {
        let exp = self.ctx.default_exponent;
        let date = cells.text(self.date);
        let placed_at = match parse_naive(date, &["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]) {
            Some(local) => local_to_utc(local, self.ctx.time_zone),
            None => {
                cells.fail("Order Date", date, "expected a date like 2024-12-31 14:50");
                chrono::DateTime::UNIX_EPOCH
            }
        };
        let subtotal = cells.money(self.subtotal, "Order Subtotal Amount", DOT, exp);
        let discounts = cells.money(self.discount, "Cart Discount Amount", DOT, exp);
        let shipping = cells.money(self.shipping, "Order Shipping Amount", DOT, exp);
        let tax = cells.money(self.tax, "Order Total Tax Amount", DOT, exp);
        let refunded = cells.money(self.refund, "Order Refund Amount", DOT, exp);
        let status = cells.text(self.status).to_lowercase();
        let goods = subtotal - discounts;
        let refunds = if status == "refunded" { goods } else { refunded.min(goods) };
        let counted = ["completed", "processing", "refunded"];
        let not_paid = ["cancelled", "pending payment", "pending", "failed", "on hold", "draft", "checkout-draft"];
        if !counted.contains(&status.as_str()) && !not_paid.contains(&status.as_str()) {
            cells.fail("Order Status", &status, "unknown order status");
        }
        OrderDraft {
            external_id: cells.text(self.number).to_string(),
            placed_at,
            channel: Channel::Online,
            location: None,
            currency: None,
            gross_minor: subtotal,
            discounts_minor: discounts,
            shipping_minor: shipping,
            tax_minor: tax,
            refunds_minor: refunds,
            codes: cells
                .text(self.coupon)
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect(),
            customer: cells.opt_text(self.email),
            cancelled: not_paid.contains(&status.as_str()),
            refunds_known: true,
            line_items: Vec::new(),
            line: cells.line,
        }
    }
}

impl RowReader for WooReader {
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let number = cells.text(self.number);
        if number.is_empty() {
            cells.fail("Order Number", "", "the order number is empty");
            sink.errors.append(&mut cells.errors);
            return;
        }
        if !self.pending.continues(number) {
            let order = self.start_order(&mut cells);
            self.pending.start(order, std::mem::take(&mut cells.errors), sink);
        }
        let item = NewLineItem {
            sku: cells.opt_text(self.sku),
            name: cells.text(self.item).to_string(),
            quantity: cells.quantity(self.qty, "Quantity (- Refund)"),
            // Item Cost is a PHP float: "4.5", "3".
            unit_price_minor: cells.money(self.cost, "Item Cost", DOT, self.ctx.default_exponent),
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
