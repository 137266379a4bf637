//! Etsy Shop Manager exports: "Sold Orders" (one row per order, with refunds) and "Sold Order Items"
//! (one row per item; order-level amounts on the first row only; refunds not shown). Both are read into
//! the source "etsy" so they complete each other; an item export never erases refunds the order export
//! recorded. Dates are `MM/DD/YY`, without a time; codes are `;`-joined once per listing
//! (FORMATS.md, "etsy_orders", "etsy_items").

use chrono::{DateTime, Utc};
use csv::StringRecord;

use super::datetime::{local_day_to_utc, parse_day_ordered};
use super::mapped::DateOrder;
use super::money::DecimalMark;
use super::preset::{
    Cells, Columns, OrderDraft, Pending, Preset, ReadContext, Row, RowReader, Sink, TaxPlacement, documented,
    promo_codes,
};
use crate::i18n::Message;
use crate::model::{Channel, SaleStatus};
use crate::msg;
use crate::store::sales::NewLineItem;

const DOT: Option<DecimalMark> = Some(DecimalMark::Dot);

fn sale_date(cells: &mut Cells<'_>, index: usize, ctx: &ReadContext) -> DateTime<Utc> {
    let text = cells.text(index);
    let order = ctx.date_order.unwrap_or(DateOrder::Mdy);
    match parse_day_ordered(text, order) {
        Some(day) => local_day_to_utc(day, ctx.time_zone),
        None => {
            let expected =
                if order == DateOrder::Dmy { "row-expected-etsy-date-dmy" } else { "row-expected-etsy-date-mdy" };
            cells.fail("Sale Date", text, Message::new(expected));
            DateTime::UNIX_EPOCH
        }
    }
}

/// "MAYA10;MAYA10;SPRING" → ["MAYA10", "SPRING"]: Etsy repeats the code once per listing.
fn codes(text: &str) -> Vec<String> {
    promo_codes(text.split(';'))
}

/// Every order Status the Sold Orders export writes, and what it means here (README, "What an order's
/// status means"). Source: Etsy Open API v3, `ShopReceipt.status`
/// (<https://developers.etsy.com/documentation/reference#operation/getShopReceipt>): the export leaves it
/// empty or writes "Completed" for orders paid; "Open" and "Payment Processing" were not paid yet.
pub const STATUSES: &[(&str, SaleStatus)] = &[
    ("", SaleStatus::Sale),
    ("completed", SaleStatus::Sale),
    ("complete", SaleStatus::Sale),
    ("paid", SaleStatus::Sale),
    ("shipped", SaleStatus::Sale),
    ("fully refunded", SaleStatus::Sale),
    ("partially refunded", SaleStatus::Sale),
    ("open", SaleStatus::Unpaid),
    ("payment processing", SaleStatus::Unpaid),
    ("canceled", SaleStatus::Cancelled),
    ("cancelled", SaleStatus::Cancelled),
];

/// The Sale Date column, by which the day/month order of the file is decided; Etsy writes MM/DD/YY.
fn sale_date_column(header: &StringRecord) -> Option<usize> {
    Columns::new(header).find(&["Sale Date"])
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

    /// The columns an import needs, by their US and UK names ("Shipping" or "Delivery", "Order Total"
    /// or "Order total").
    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_any_of_each(&[
            &["Sale Date"],
            &["Order ID"],
            &["Order Value"],
            &["Order Total"],
            &["Adjusted Order Total"],
        ])
    }

    fn ambiguous_date_column(&self, header: &StringRecord) -> Option<usize> {
        sale_date_column(header)
    }

    fn date_convention(&self, _header: &StringRecord) -> Option<DateOrder> {
        Some(DateOrder::Mdy)
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(OrdersReader {
            ctx,
            date: c.index("Sale Date")?,
            id: c.index("Order ID")?,
            buyer: c.find(&["Buyer User ID", "Buyer"]),
            currency: c.find(&["Currency"]),
            value: c.index_any(&["Order Value"])?,
            coupon: c.find(&["Coupon Code"]),
            discount: c.find(&["Discount Amount"]),
            shipping: c.find(&["Shipping", "Delivery"]),
            sales_tax: c.find(&["Sales Tax"]),
            total: c.index_any(&["Order Total"])?,
            status: c.find(&["Status"]),
            adjusted: c.index_any(&["Adjusted Order Total"])?,
            order_type: c.find(&["Order Type"]),
        }))
    }
}

struct OrdersReader {
    ctx: ReadContext,
    date: usize,
    id: usize,
    buyer: Option<usize>,
    currency: Option<usize>,
    value: usize,
    coupon: Option<usize>,
    discount: Option<usize>,
    shipping: Option<usize>,
    sales_tax: Option<usize>,
    total: usize,
    status: Option<usize>,
    adjusted: usize,
    order_type: Option<usize>,
}

impl RowReader for OrdersReader {
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let currency = cells.opt_text(self.currency).unwrap_or_default().to_uppercase();
        let exp = self.ctx.exponent(&currency);
        let placed_at = sale_date(&mut cells, self.date, &self.ctx);
        let value = cells.required_money(self.value, "Order Value", DOT, exp);
        let discount = cells.money_opt(self.discount, "Discount Amount", DOT, exp);
        // Shipping is what the buyer paid for it: already after the shipping discount (Order Total =
        // Order Value − Discount Amount + Shipping + Sales Tax).
        let shipping = cells.money_opt(self.shipping, "Shipping", DOT, exp);
        let sales_tax = cells.money_opt(self.sales_tax, "Sales Tax", DOT, exp);
        let total = cells.required_money(self.total, "Order Total", DOT, exp);
        let adjusted = cells.money(self.adjusted, "Adjusted Order Total", DOT, exp);
        let goods = value - discount;
        // Where Order Total is more than goods, shipping and sales tax, the rest is tax Etsy collected
        // (VAT on a buyer's behalf) with no column of its own; where it is goods and shipping although
        // Sales Tax > 0, the prices included the tax.
        let placement = TaxPlacement::from_total(Some(total), goods + shipping, sales_tax);
        let etsy_tax =
            if placement == TaxPlacement::Inside { 0 } else { (total - (goods + shipping + sales_tax)).max(0) };
        let status_text = self.status.map(|i| cells.text(i).to_lowercase()).unwrap_or_default();
        let status = match documented(STATUSES, &status_text) {
            Some(s) => s,
            None => {
                cells.fail("Status", &status_text, msg!("row-unknown-status", platform = "Etsy"));
                SaleStatus::Cancelled
            }
        };
        let refunds = if status_text == "fully refunded" {
            goods
        } else if adjusted > 0 && adjusted < total {
            (total - adjusted).min(goods)
        } else {
            0
        };
        let in_person = self.order_type.is_some_and(|i| cells.text(i).to_lowercase().contains("person"));
        let mut order = OrderDraft {
            external_id: cells.text(self.id).to_string(),
            placed_at,
            channel: if in_person { Channel::InStore } else { Channel::Online },
            location: None,
            currency: (!currency.is_empty()).then_some(currency),
            gross_minor: value,
            discounts_minor: discount,
            shipping_minor: shipping,
            tax_minor: sales_tax + etsy_tax,
            refunds_minor: refunds,
            codes: codes(&cells.opt_text(self.coupon).unwrap_or_default()),
            customer: cells.opt_text(self.buyer),
            status,
            refunds_known: true,
            status_known: true,
            line_items: Vec::new(),
            line,
            said: None,
        };
        if cells.errors.is_empty() {
            let placement = if etsy_tax > 0 { TaxPlacement::OnTop } else { placement };
            sink.settle_tax(&mut order, placement, &self.ctx);
        }
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

    fn ambiguous_date_column(&self, header: &StringRecord) -> Option<usize> {
        sale_date_column(header)
    }

    fn date_convention(&self, _header: &StringRecord) -> Option<DateOrder> {
        Some(DateOrder::Mdy)
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(ItemsReader {
            ctx,
            date: c.index("Sale Date")?,
            item: c.index("Item Name")?,
            buyer: c.find(&["Buyer"]),
            quantity: c.index("Quantity")?,
            price: c.index("Price")?,
            coupon: c.find(&["Coupon Code"]),
            discount: c.find(&["Discount Amount"]),
            shipping: c.find(&["Order Shipping", "Order Delivery"]),
            tax: c.find(&["Order Sales Tax"]),
            vat: c.find(&["VAT Paid by Buyer"]),
            item_total: c.index("Item Total")?,
            currency: c.find(&["Currency"]),
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
    buyer: Option<usize>,
    quantity: usize,
    price: usize,
    coupon: Option<usize>,
    discount: Option<usize>,
    shipping: Option<usize>,
    tax: Option<usize>,
    /// VAT Etsy collected from the buyer and remitted itself: on top of the prices, never revenue.
    vat: Option<usize>,
    item_total: usize,
    currency: Option<usize>,
    order: usize,
    sku: Option<usize>,
    pending: Pending,
}

impl RowReader for ItemsReader {
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let currency = cells.opt_text(self.currency).unwrap_or_default().to_uppercase();
        let exp = self.ctx.exponent(&currency);
        let order_id = cells.text(self.order);
        // Item Total is a PHP float ("14", "24.5").
        let item_total = cells.required_money(self.item_total, "Item Total", DOT, exp);
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
        let discount = cells.money_opt(self.discount, "Discount Amount", DOT, exp);
        // Like the order export's Shipping: already after the shipping discount.
        let shipping = cells.money_opt(self.shipping, "Order Shipping", DOT, exp);
        let tax = cells.money_opt(self.tax, "Order Sales Tax", DOT, exp)
            + cells.money_opt(self.vat, "VAT Paid by Buyer", DOT, exp);
        let order = OrderDraft {
            external_id: order_id.to_string(),
            placed_at,
            channel: Channel::Online,
            location: None,
            currency: (!currency.is_empty()).then_some(currency),
            gross_minor: item_total,
            discounts_minor: discount,
            shipping_minor: shipping,
            tax_minor: tax,
            refunds_minor: 0,
            codes: codes(&cells.opt_text(self.coupon).unwrap_or_default()),
            customer: cells.opt_text(self.buyer),
            status: SaleStatus::Sale,
            refunds_known: false,
            status_known: false,
            line_items: vec![item],
            line,
            said: None,
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
