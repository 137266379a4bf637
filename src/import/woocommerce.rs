//! WooCommerce order export ("Advanced Order Export" plugin, one row per product): order-level columns
//! repeat on every row, the coupon only on the first; dates are store-local without offset; the file
//! has no currency column (FORMATS.md, "woocommerce").

use csv::StringRecord;

use super::datetime::{local_to_utc, parse_naive};
use super::money::DecimalMark;
use super::preset::{Cells, Columns, OrderDraft, Pending, Preset, ReadContext, RefundDraft, Row, RowReader, Sink};
use crate::i18n::Message;
use crate::model::{Channel, SaleStatus};
use crate::msg;
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

/// Every order status WooCommerce documents, by its slug and its English label, and what it means here
/// (README, "What an order's status means"). Source: WooCommerce docs, "Managing orders › Order statuses"
/// (<https://woocommerce.com/document/managing-orders/order-statuses/>) and `wc_get_order_statuses()`.
/// Compared in lower case, without the `wc-` prefix.
pub const STATUSES: &[(&str, SaleStatus)] = &[
    ("completed", SaleStatus::Sale),
    ("processing", SaleStatus::Sale),
    ("refunded", SaleStatus::Sale),
    ("pending", SaleStatus::Unpaid),
    ("pending payment", SaleStatus::Unpaid),
    ("on-hold", SaleStatus::Unpaid),
    ("on hold", SaleStatus::Unpaid),
    ("checkout-draft", SaleStatus::Unpaid),
    ("draft", SaleStatus::Unpaid),
    ("cancelled", SaleStatus::Cancelled),
    ("failed", SaleStatus::Cancelled),
    ("trash", SaleStatus::Cancelled),
    // The plugin export writes the label in the site's language (WooCommerce's own translations).
    ("abgeschlossen", SaleStatus::Sale),
    ("in bearbeitung", SaleStatus::Sale),
    ("rückerstattet", SaleStatus::Sale),
    ("erstattet", SaleStatus::Sale),
    ("zahlung ausstehend", SaleStatus::Unpaid),
    ("in wartestellung", SaleStatus::Unpaid),
    ("entwurf", SaleStatus::Unpaid),
    ("storniert", SaleStatus::Cancelled),
    ("fehlgeschlagen", SaleStatus::Cancelled),
    ("terminée", SaleStatus::Sale),
    ("en cours", SaleStatus::Sale),
    ("remboursée", SaleStatus::Sale),
    ("attente paiement", SaleStatus::Unpaid),
    ("en attente", SaleStatus::Unpaid),
    ("annulée", SaleStatus::Cancelled),
    ("échouée", SaleStatus::Cancelled),
    ("completado", SaleStatus::Sale),
    ("procesando", SaleStatus::Sale),
    ("reembolsado", SaleStatus::Sale),
    ("pendiente de pago", SaleStatus::Unpaid),
    ("en espera", SaleStatus::Unpaid),
    ("cancelado", SaleStatus::Cancelled),
    ("fallido", SaleStatus::Cancelled),
    ("voltooid", SaleStatus::Sale),
    ("in behandeling", SaleStatus::Sale),
    ("terugbetaald", SaleStatus::Sale),
    ("wachtend op betaling", SaleStatus::Unpaid),
    ("in afwachting van betaling", SaleStatus::Unpaid),
    ("in de wacht", SaleStatus::Unpaid),
    ("geannuleerd", SaleStatus::Cancelled),
    ("mislukt", SaleStatus::Cancelled),
    ("completato", SaleStatus::Sale),
    ("in lavorazione", SaleStatus::Sale),
    ("rimborsato", SaleStatus::Sale),
    ("in attesa di pagamento", SaleStatus::Unpaid),
    ("in sospeso", SaleStatus::Unpaid),
    ("annullato", SaleStatus::Cancelled),
    ("fallito", SaleStatus::Cancelled),
    ("concluído", SaleStatus::Sale),
    ("processando", SaleStatus::Sale),
    ("pagamento pendente", SaleStatus::Unpaid),
    ("aguardando", SaleStatus::Unpaid),
    ("malsucedido", SaleStatus::Cancelled),
];

/// The meaning of a WooCommerce status slug or label.
pub fn status_of(text: &str) -> Option<SaleStatus> {
    let t = text.trim().to_lowercase();
    let t = t.strip_prefix("wc-").unwrap_or(&t);
    super::preset::documented(STATUSES, t)
}

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

    /// The plugin writes Order Date in the format its settings say (`Y-m-d H:i` by default, `d/m/Y H:i`
    /// on many European shops).
    fn ambiguous_date_column(&self, header: &StringRecord) -> Option<usize> {
        Columns::new(header).find(&["Order Date"])
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
            note: c.find(&["Customer Note", "Customer note", "customer_note"]),
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
    /// The customer's order note (the Advanced Order Export plugin's "Customer Note").
    note: Option<usize>,
    pending: Pending,
}

/// A WooCommerce refund's id: its order and the shop-local day it was given, the same from the order
/// export and from the Analytics download.
fn refund_id(order: &str, day: &str) -> String {
    format!("{order}|refund|{day}")
}

impl WooReader {
    /// Order Date as a local time, in the format the plugin was set to write.
    fn local_date(&self, date: &str) -> Option<chrono::NaiveDateTime> {
        let order = self.ctx.date_order.unwrap_or(super::mapped::DateOrder::Ymd);
        parse_naive(date, &["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"])
            .or_else(|| super::datetime::parse_date_time_ordered(date, order))
            .or_else(|| super::datetime::parse_day_ordered(date, order).and_then(|d| d.and_hms_opt(12, 0, 0)))
    }

    fn start_order(&mut self, cells: &mut Cells<'_>) -> OrderDraft {
        let exp = self.ctx.default_exponent;
        let date = cells.text(self.date);
        let placed_at = match self.local_date(date) {
            Some(local) => local_to_utc(local, self.ctx.time_zone),
            None => {
                cells.fail("Order Date", date, Message::new("row-expected-woo-date"));
                chrono::DateTime::UNIX_EPOCH
            }
        };
        let subtotal = cells.required_money(self.subtotal, "Order Subtotal Amount", DOT, exp);
        let discounts = cells.money(self.discount, "Cart Discount Amount", DOT, exp);
        let shipping = cells.money(self.shipping, "Order Shipping Amount", DOT, exp);
        let tax = cells.money(self.tax, "Order Total Tax Amount", DOT, exp);
        let refunded = cells.money(self.refund, "Order Refund Amount", DOT, exp);
        let status_text = cells.text(self.status).to_lowercase();
        let goods = subtotal - discounts;
        // Order Refund Amount is the money given back, at most the goods. WooCommerce cannot tell whether
        // it holds tax (a refund of items carries their tax, a refund of an amount does not); a refund
        // row of the same refund, in this file or another export, is exact and wins (see `add_refund`).
        let refunds =
            if status_text.trim_start_matches("wc-") == "refunded" { goods } else { refunded.abs().min(goods) };
        let status = status_of(&status_text).unwrap_or_else(|| {
            cells.fail("Order Status", &status_text, msg!("row-unknown-status", platform = "WooCommerce"));
            SaleStatus::Cancelled
        });
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
            codes: super::preset::promo_codes(cells.text(self.coupon).split(',')),
            customer: cells.opt_text(self.email),
            status,
            refunds_known: true,
            status_known: true,
            line_items: Vec::new(),
            line: cells.line,
            said: crate::import::survey::answer(None, cells.opt_text(self.note).as_deref()),
        }
    }
}

impl RowReader for WooReader {
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let number = cells.text(self.number);
        if number.is_empty() {
            cells.fail("Order Number", "", Message::new("row-order-number-empty"));
            sink.errors.append(&mut cells.errors);
            return;
        }
        // A refund exported as a row of its own: the order's number, negative amounts.
        let exp = self.ctx.default_exponent;
        if cells.text(self.subtotal).starts_with('-') {
            let goods = -(cells.required_money(self.subtotal, "Order Subtotal Amount", DOT, exp)
                - cells.money(self.discount, "Cart Discount Amount", DOT, exp).abs());
            let number = number.to_string();
            let date = cells.text(self.date).to_string();
            let Some(day) = self.local_date(&date).map(|d| d.date().to_string()) else {
                cells.fail("Order Date", &date, Message::new("row-expected-woo-date"));
                sink.errors.append(&mut cells.errors);
                return;
            };
            if !cells.errors.is_empty() {
                sink.errors.append(&mut cells.errors);
                return;
            }
            // The same id as the Analytics download gives this refund: imported from both, it counts once.
            let refund_id = refund_id(&number, &day);
            sink.refunds.push(RefundDraft { external_id: number, refund_id, refund_minor: goods, line });
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

/// WooCommerce's own Analytics › Orders "Download" (in the browser, or e-mailed for a large report): one
/// row per order and one more per refund, dated the refund's day, with the order's number and a negative
/// Net sales. Net sales is the order's goods after coupons, without tax and shipping (`net_total` of
/// `wc_order_stats`), so it is the order's net revenue. Source: woocommerce/woocommerce,
/// `client/admin/client/analytics/report/orders/table.js` and `src/Admin/API/Reports/Orders/Controller.php`
/// (FINDINGS-A.md in tests/fixtures/real). It has no currency column: set the shop's currency first.
pub struct WooCommerceAnalytics;

impl Preset for WooCommerceAnalytics {
    fn id(&self) -> &'static str {
        "woocommerce_analytics"
    }

    fn label(&self) -> &'static str {
        "WooCommerce Analytics orders download"
    }

    /// The same orders as the order export: one completes the other, never counted twice.
    fn source(&self) -> &'static str {
        "woocommerce"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_any_of_each(&[&["Date"], &["Order #"], &["Net sales"], &["Status"]])
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(AnalyticsReader {
            date: c.index_any(&["Date"])?,
            number: c.index_any(&["Order #"])?,
            status: c.index_any(&["Status"])?,
            customer: c.find(&["Customer"]),
            coupons: c.find(&["Coupon(s)"]),
            net: c.index_any(&["Net sales"])?,
            net_name: c.find(&["Net sales"]).and_then(|i| header.get(i)).unwrap_or("Net sales").trim().to_string(),
            ctx,
        }))
    }
}

struct AnalyticsReader {
    ctx: ReadContext,
    date: usize,
    number: usize,
    status: usize,
    customer: Option<usize>,
    coupons: Option<usize>,
    net: usize,
    net_name: String,
}

impl RowReader for AnalyticsReader {
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let number = cells.text(self.number).to_string();
        if number.is_empty() {
            cells.fail("Order #", "", Message::new("row-order-number-empty"));
            sink.errors.append(&mut cells.errors);
            return;
        }
        let name = self.net_name.clone();
        let net = cells.required_money(self.net, &name, DOT, self.ctx.default_exponent);
        let date = cells.text(self.date).to_string();
        if net < 0 {
            // A refund, on its own day: it refunds the order with the same number.
            let refund = RefundDraft {
                external_id: number.clone(),
                refund_id: refund_id(&number, date.get(..10).unwrap_or(&date)),
                refund_minor: -net,
                line,
            };
            sink.accept_refund(refund, &mut cells.errors);
            return;
        }
        let placed_at = match parse_naive(&date, &["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]) {
            Some(local) => local_to_utc(local, self.ctx.time_zone),
            None => {
                cells.fail("Date", &date, Message::new("row-expected-woo-analytics-date"));
                chrono::DateTime::UNIX_EPOCH
            }
        };
        let status_text = cells.text(self.status).to_string();
        let status = status_of(&status_text).unwrap_or_else(|| {
            cells.fail("Status", &status_text, msg!("row-unknown-status", platform = "WooCommerce"));
            SaleStatus::Cancelled
        });
        let order = OrderDraft {
            external_id: number,
            placed_at,
            channel: Channel::Online,
            location: None,
            currency: None,
            gross_minor: net,
            discounts_minor: 0,
            shipping_minor: 0,
            tax_minor: 0,
            refunds_minor: 0,
            codes: super::preset::promo_codes(cells.opt_text(self.coupons).unwrap_or_default().split(',')),
            customer: cells.opt_text(self.customer),
            status,
            // A refund is a row of its own: this row says nothing of refunds.
            refunds_known: false,
            status_known: true,
            line_items: Vec::new(),
            line,
            said: None,
        };
        sink.accept_order(order, &mut cells.errors);
    }

    fn finish(&mut self, _sink: &mut Sink) {}
}
