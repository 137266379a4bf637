//! Etsy Shop Manager exports: "Sold Orders" (one row per order, with refunds) and "Sold Order Items"
//! (one row per item; order-level amounts on the first row only; refunds not shown). Both are read into
//! the source "etsy" so they complete each other; an item export never erases refunds the order export
//! recorded. Dates are `MM/DD/YY`, without a time; codes are `;`-joined once per listing
//! (FORMATS.md, "etsy_orders", "etsy_items").

use chrono::{DateTime, Utc};
use csv::StringRecord;

use super::datetime::{local_day_to_utc, parse_day};
use super::money::DecimalMark;
use super::preset::{Cells, Columns, OrderDraft, Pending, Preset, ReadContext, RowReader, Sink, exponent_of};
use crate::model::Channel;
use crate::store::sales::NewLineItem;

const DOT: Option<DecimalMark> = Some(DecimalMark::Dot);

fn sale_date(cells: &mut Cells<'_>, index: usize, ctx: &ReadContext) -> DateTime<Utc> {
    let text = cells.text(index);
    match parse_day(text, &["%m/%d/%y", "%m/%d/%Y"]) {
        Some(day) => local_day_to_utc(day, ctx.time_zone),
        None => {
            cells.fail("Sale Date", text, "expected a date like 03/05/24");
            DateTime::UNIX_EPOCH
        }
    }
}

/// "MAYA10;MAYA10;SPRING" → ["MAYA10", "SPRING"]: Etsy repeats the code once per listing.
fn codes(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for code in text.split(';').map(str::trim).filter(|c| !c.is_empty()) {
        if !out.iter().any(|c| c == code) {
            out.push(code.to_string());
        }
    }
    out
}

pub struct EtsyOrders;

impl Preset for EtsyOrders {
    fn id(&self) -> &'static str {
        "etsy_orders"
    }

    fn label(&self) -> &'static str {
        "Etsy sold orders export"
    }

    fn source(&self) -> &'static str {
        "etsy"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_all(&[
            "Sale Date",
            "Order ID",
            "Order Value",
            "Coupon Code",
            "Discount Amount",
            "Order Total",
            "Adjusted Order Total",
        ])
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(OrdersReader {
            ctx,
            date: c.index("Sale Date")?,
            id: c.index("Order ID")?,
            buyer: c.index("Buyer User ID")?,
            currency: c.index("Currency")?,
            value: c.index("Order Value")?,
            coupon: c.index("Coupon Code")?,
            discount: c.index("Discount Amount")?,
            shipping_discount: c.index("Shipping Discount")?,
            shipping: c.index("Shipping")?,
            sales_tax: c.index("Sales Tax")?,
            total: c.index("Order Total")?,
            status: c.index("Status")?,
            adjusted: c.index("Adjusted Order Total")?,
            order_type: c.index("Order Type").ok(),
        }))
    }
}

struct OrdersReader {
    ctx: ReadContext,
    date: usize,
    id: usize,
    buyer: usize,
    currency: usize,
    value: usize,
    coupon: usize,
    discount: usize,
    shipping_discount: usize,
    shipping: usize,
    sales_tax: usize,
    total: usize,
    status: usize,
    adjusted: usize,
    order_type: Option<usize>,
}

impl RowReader for OrdersReader {
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let currency = cells.text(self.currency).to_uppercase();
        let exp = if currency.is_empty() { self.ctx.default_exponent } else { exponent_of(&currency) };
        let placed_at = sale_date(&mut cells, self.date, &self.ctx);
        let value = cells.money(self.value, "Order Value", DOT, exp);
        let discount = cells.money(self.discount, "Discount Amount", DOT, exp);
        let shipping = cells.money(self.shipping, "Shipping", DOT, exp);
        let shipping_discount = cells.money(self.shipping_discount, "Shipping Discount", DOT, exp);
        let sales_tax = cells.money(self.sales_tax, "Sales Tax", DOT, exp);
        let total = cells.money(self.total, "Order Total", DOT, exp);
        let adjusted = cells.money(self.adjusted, "Adjusted Order Total", DOT, exp);
        let goods = value - discount;
        // Order Total includes the tax Etsy collected, which has no column of its own.
        let etsy_tax = (total - (goods + shipping - shipping_discount + sales_tax)).max(0);
        let refunds = if cells.text(self.status).eq_ignore_ascii_case("canceled") {
            goods
        } else if adjusted > 0 && adjusted < total {
            (total - adjusted).min(goods)
        } else {
            0
        };
        let in_person = self.order_type.is_some_and(|i| cells.text(i).to_lowercase().contains("person"));
        let order = OrderDraft {
            external_id: cells.text(self.id).to_string(),
            placed_at,
            channel: if in_person { Channel::InStore } else { Channel::Online },
            location: None,
            currency: (!currency.is_empty()).then_some(currency),
            gross_minor: value,
            discounts_minor: discount,
            shipping_minor: shipping - shipping_discount,
            tax_minor: sales_tax + etsy_tax,
            refunds_minor: refunds,
            codes: codes(cells.text(self.coupon)),
            customer: cells.opt_text(Some(self.buyer)),
            cancelled: false,
            refunds_known: true,
            line_items: Vec::new(),
            line,
        };
        sink.accept_order(order, &mut cells.errors);
    }

    fn finish(&mut self, _sink: &mut Sink) {}
}

pub struct EtsyItems;

impl Preset for EtsyItems {
    fn id(&self) -> &'static str {
        "etsy_items"
    }

    fn label(&self) -> &'static str {
        "Etsy sold order items export"
    }

    fn source(&self) -> &'static str {
        "etsy"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_all(&[
            "Sale Date",
            "Item Name",
            "Quantity",
            "Price",
            "Item Total",
            "Order ID",
            "Transaction ID",
        ])
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(ItemsReader {
            ctx,
            date: c.index("Sale Date")?,
            item: c.index("Item Name")?,
            buyer: c.index("Buyer")?,
            quantity: c.index("Quantity")?,
            price: c.index("Price")?,
            coupon: c.index("Coupon Code")?,
            discount: c.index("Discount Amount")?,
            shipping_discount: c.index("Shipping Discount")?,
            shipping: c.index("Order Shipping")?,
            tax: c.index("Order Sales Tax")?,
            item_total: c.index("Item Total")?,
            currency: c.index("Currency")?,
            order: c.index("Order ID")?,
            sku: c.index("SKU").ok(),
            pending: Pending::default(),
        }))
    }
}

struct ItemsReader {
    ctx: ReadContext,
    date: usize,
    item: usize,
    buyer: usize,
    quantity: usize,
    price: usize,
    coupon: usize,
    discount: usize,
    shipping_discount: usize,
    shipping: usize,
    tax: usize,
    item_total: usize,
    currency: usize,
    order: usize,
    sku: Option<usize>,
    pending: Pending,
}

impl RowReader for ItemsReader {
    fn push(&mut self, row: &StringRecord, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let currency = cells.text(self.currency).to_uppercase();
        let exp = if currency.is_empty() { self.ctx.default_exponent } else { exponent_of(&currency) };
        let order_id = cells.text(self.order);
        // Item Total is a PHP float ("14", "24.5").
        let item_total = cells.money(self.item_total, "Item Total", DOT, exp);
        let quantity = cells.quantity(self.quantity, "Quantity");
        let item = NewLineItem {
            sku: cells.opt_text(self.sku),
            name: cells.text(self.item).to_string(),
            quantity,
            unit_price_minor: cells.money(self.price, "Price", DOT, exp),
            discount_minor: 0,
            cost_minor: None,
        };
        if self.pending.continues(order_id) {
            if let Some((order, errors)) = self.pending.current() {
                order.gross_minor += item_total;
                order.line_items.push(item);
                errors.append(&mut cells.errors);
            }
            return;
        }
        // The order's first row carries its discount, shipping discount and shipping.
        let placed_at = sale_date(&mut cells, self.date, &self.ctx);
        let discount = cells.money(self.discount, "Discount Amount", DOT, exp);
        let shipping = cells.money(self.shipping, "Order Shipping", DOT, exp);
        let shipping_discount = cells.money(self.shipping_discount, "Shipping Discount", DOT, exp);
        let tax = cells.money(self.tax, "Order Sales Tax", DOT, exp);
        let order = OrderDraft {
            external_id: order_id.to_string(),
            placed_at,
            channel: Channel::Online,
            location: None,
            currency: (!currency.is_empty()).then_some(currency),
            gross_minor: item_total,
            discounts_minor: discount,
            shipping_minor: shipping - shipping_discount,
            tax_minor: tax,
            refunds_minor: 0,
            codes: codes(cells.text(self.coupon)),
            customer: cells.opt_text(Some(self.buyer)),
            cancelled: false,
            refunds_known: false,
            line_items: vec![item],
            line,
        };
        self.pending.start(order, cells.errors, sink);
    }

    fn finish(&mut self, sink: &mut Sink) {
        self.pending.flush(sink);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_repeated_per_listing_count_once() {
        assert_eq!(super::codes("MAYA10;MAYA10; SPRING"), ["MAYA10", "SPRING"]);
        assert!(super::codes("").is_empty());
    }
}
