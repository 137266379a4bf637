//! Shopify Admin "Export orders": one row per line item; an order's rows are consecutive and only its
//! first row carries the order-level columns (FORMATS.md, "shopify").

use chrono::{DateTime, Utc};
use csv::StringRecord;

use super::datetime::Pattern;
use super::money::DecimalMark;
use super::preset::{
    Cells, Columns, OrderDraft, Pending, Preset, ReadContext, Row, RowError, RowReader, Sink, TaxPlacement, documented,
    promo_codes,
};
use crate::i18n::Message;
use crate::model::{Channel, SaleStatus};
use crate::msg;
use crate::store::sales::NewLineItem;

pub struct Shopify;

/// The columns an import needs; the others are read when the export has them (exports from before the
/// payment columns have about 75, today's about 80).
const REQUIRED: &[&str] =
    &["Name", "Financial Status", "Subtotal", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price"];

const DOT: Option<DecimalMark> = Some(DecimalMark::Dot);

/// "Created at" as Shopify writes it: `2024-03-05 14:00:00 -0500`.
static CREATED_AT: std::sync::LazyLock<Pattern> =
    std::sync::LazyLock::new(|| Pattern::new("%Y-%m-%d %H:%M:%S %z").expect("a valid strftime pattern"));

/// Every Financial Status Shopify documents for an order, and what it means here (README, "What an
/// order's status means"). Source: Shopify Admin API, `Order.display_financial_status`
/// (<https://shopify.dev/docs/api/admin-graphql/latest/enums/OrderDisplayFinancialStatus>), which the
/// export writes in lower case.
pub const STATUSES: &[(&str, SaleStatus)] = &[
    ("paid", SaleStatus::Sale),
    ("partially_refunded", SaleStatus::Sale),
    ("refunded", SaleStatus::Sale),
    ("pending", SaleStatus::Unpaid),
    ("authorized", SaleStatus::Unpaid),
    ("partially_paid", SaleStatus::Unpaid),
    ("unpaid", SaleStatus::Unpaid),
    ("voided", SaleStatus::Cancelled),
    ("expired", SaleStatus::Cancelled),
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
        let exponent = ctx.default_exponent;
        Ok(Box::new(ShopifyReader {
            ctx,
            name: c.index("Name")?,
            email: c.find(&["Email"]),
            status: c.index("Financial Status")?,
            currency: c.find(&["Currency"]),
            subtotal: c.index("Subtotal")?,
            shipping: c.find(&["Shipping"]),
            taxes: c.find(&["Taxes"]),
            total: c.find(&["Total"]),
            duties: c.find(&["Duties"]),
            code: c.find(&["Discount Code"]),
            discount: c.find(&["Discount Amount"]),
            created: c.index("Created at")?,
            cancelled_at: c.find(&["Cancelled at"]),
            qty: c.index("Lineitem quantity")?,
            item_name: c.index("Lineitem name")?,
            price: c.index("Lineitem price")?,
            sku: c.find(&["Lineitem sku"]),
            refunded: c.find(&["Refunded Amount"]),
            note_attributes: c.find(&["Note Attributes"]),
            notes: c.find(&["Notes"]),
            location: c.find(&["Location"]),
            source: c.find(&["Source"]),
            order_currency: (String::new(), exponent),
            pending: Pending::default(),
            tax: TaxPlacement::Unknown,
        }))
    }
}

struct ShopifyReader {
    ctx: ReadContext,
    name: usize,
    email: Option<usize>,
    status: usize,
    currency: Option<usize>,
    subtotal: usize,
    shipping: Option<usize>,
    taxes: Option<usize>,
    total: Option<usize>,
    duties: Option<usize>,
    code: Option<usize>,
    discount: Option<usize>,
    created: usize,
    cancelled_at: Option<usize>,
    qty: usize,
    item_name: usize,
    price: usize,
    sku: Option<usize>,
    refunded: Option<usize>,
    /// "Note Attributes" (a survey app's answers) and "Notes": where "how did you hear about us?" is.
    note_attributes: Option<usize>,
    notes: Option<usize>,
    location: Option<usize>,
    source: Option<usize>,
    /// The current order's currency as the file names it, and its decimals (looked up once per
    /// currency, not per order).
    order_currency: (String, u32),
    pending: Pending,
    /// Where the current order's tax stands, settled when the order is complete.
    tax: TaxPlacement,
}

impl ShopifyReader {
    /// Makes `currency` the current order's and gives its decimals, looked up only when it changes.
    fn start_currency(&mut self, currency: &str) -> u32 {
        if currency != self.order_currency.0 {
            self.order_currency = (currency.to_string(), self.ctx.exponent(currency));
        }
        self.order_currency.1
    }

    /// The order-level columns of an order's first row.
    fn start_order(&mut self, cells: &mut Cells<'_>) -> OrderDraft {
        let currency = cells.opt_str(self.currency).unwrap_or_default().to_uppercase();
        let exp = self.start_currency(&currency);
        let created = cells.text(self.created);
        let placed_at = CREATED_AT.instant(created).map(|d| d.with_timezone(&Utc)).unwrap_or_else(|_| {
            cells.fail("Created at", created, Message::new("row-expected-shopify-date"));
            DateTime::UNIX_EPOCH
        });
        let subtotal = cells.required_money(self.subtotal, "Subtotal", DOT, exp);
        let discounts = cells.money_opt(self.discount, "Discount Amount", DOT, exp).abs();
        let shipping = cells.money_opt(self.shipping, "Shipping", DOT, exp);
        let tax = cells.money_opt(self.taxes, "Taxes", DOT, exp);
        let duties = cells.money_opt(self.duties, "Duties", DOT, exp);
        let total = self.total.map(|i| cells.required_money(i, "Total", DOT, exp) - duties);
        let refunded = cells.money_opt(self.refunded, "Refunded Amount", DOT, exp);
        // Compared without case, and lower-cased only for a message (not once per order).
        let status_text = cells.text(self.status);
        let cancelled = self.cancelled_at.is_some_and(|i| !cells.text(i).is_empty());
        let status = match documented(STATUSES, status_text) {
            // Cancelled at is set: the order was cancelled, whatever Financial Status still says (a paid
            // order cancelled before the payment was captured keeps "paid", with nothing collected).
            Some(_) if cancelled => SaleStatus::Cancelled,
            Some(status) => status,
            None => {
                cells.fail(
                    "Financial Status",
                    &status_text.to_lowercase(),
                    msg!("row-unknown-status", platform = "Shopify"),
                );
                SaleStatus::Cancelled
            }
        };
        // Net revenue excludes tax and shipping: a whole refund takes back all the goods (Refunded Amount
        // then also holds tax and shipping); a partial one is the refunded goods.
        let partially_refunded = status_text.eq_ignore_ascii_case("partially_refunded");
        let refunds = match () {
            // A cancelled order collected nothing to refund (its net is what it would have been).
            () if status == SaleStatus::Cancelled => 0,
            () if status_text.eq_ignore_ascii_case("refunded") => subtotal,
            () if partially_refunded && self.refunded.is_none() => {
                cells.fail(
                    "Financial Status",
                    &status_text.to_lowercase(),
                    Message::new("row-partial-refund-no-column"),
                );
                0
            }
            () if partially_refunded => refunded,
            () => 0,
        };
        self.tax = TaxPlacement::from_total(total, subtotal + shipping, tax);
        // Refunded Amount is money given back, tax included: where the tax was on top of the prices, the
        // goods' part is the refund × Subtotal / (Subtotal + Taxes), rounded once (a refund of one 10.00
        // item taxed 0.63 is 10.63 back, 10.00 of goods). Where it was inside, the refund is scaled with
        // the rest of the order when the tax is taken out.
        let tax_on_top = match self.tax {
            TaxPlacement::Inside => false,
            TaxPlacement::OnTop => true,
            TaxPlacement::Unknown => self.ctx.prices_include_tax != Some(true),
        };
        let refunds = if partially_refunded && tax_on_top && tax > 0 {
            crate::model::div_round_half_even(i128::from(refunds) * i128::from(subtotal), i128::from(subtotal + tax))
        } else {
            refunds
        }
        .clamp(0, subtotal.max(0));
        let code = cells.opt_str(self.code).unwrap_or_default();
        let location = cells.opt_text(self.location);
        let said = crate::import::survey::answer(cells.opt_str(self.note_attributes), cells.opt_str(self.notes));
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
            codes: promo_codes([code]),
            customer: cells.opt_text(self.email),
            status,
            refunds_known: true,
            status_known: true,
            line_items: Vec::new(),
            line: cells.line,
            said,
        }
    }
}

impl RowReader for ShopifyReader {
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let name = cells.text(self.name);
        if name.is_empty() {
            sink.errors.push(RowError {
                line,
                column: Some("Name".into()),
                value: None,
                reason: Message::new("row-order-name-empty"),
            });
            return;
        }
        if !self.pending.continues(name) {
            self.flush(sink);
            let order = self.start_order(&mut cells);
            self.pending.start(order, std::mem::take(&mut cells.errors), sink);
        }
        let quantity = cells.quantity(self.qty, "Lineitem quantity");
        let price = cells.money(self.price, "Lineitem price", DOT, self.order_currency.1);
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
        self.flush(sink);
    }
}

impl ShopifyReader {
    /// Completes the current order: the tax inside its prices is taken out, then it goes to the sink.
    fn flush(&mut self, sink: &mut Sink) {
        let tax = self.tax;
        let ctx = &self.ctx;
        self.pending.flush_with(sink, |order, sink| {
            sink.settle_tax(order, tax, ctx);
        });
    }
}
