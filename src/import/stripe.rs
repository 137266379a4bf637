//! Stripe Dashboard "Payments" export, in either locale (`1149.00` or `"1149,00"`): one row per charge
//! attempt; failed attempts are skipped; an order is the charge's `order_id` metadata when the shop sets
//! it. Stripe knows only the amount charged (goods + shipping + tax, after discounts), so that is the
//! order's gross (FORMATS.md, "stripe", "stripe_eu").

use chrono::{NaiveDateTime, Utc};
use csv::StringRecord;

use super::preset::{
    Cells, Columns, OrderDraft, Preset, ReadContext, Row, RowReader, Sink, SkipKind, documented, exponent_of,
    promo_codes,
};
use crate::i18n::Message;
use crate::model::{Channel, SaleStatus};
use crate::msg;

pub struct Stripe;

const REQUIRED: &[&str] = &["id", "Amount", "Currency", "Status"];
/// The creation time, by its current and its older name.
const CREATED: &[&str] = &["Created date (UTC)", "Created (UTC)"];

/// Every status Stripe's payments export writes, and what it means here (README, "What an order's status
/// means"): the Dashboard's words and the API's PaymentIntent and Charge statuses, which exports made
/// through the API write instead. Sources: <https://docs.stripe.com/payments/paymentintents/lifecycle>,
/// <https://docs.stripe.com/api/charges/object#charge_object-status>, the Dashboard's payment statuses
/// (<https://docs.stripe.com/payments/payment-methods#payment-notification>).
pub const STATUSES: &[(&str, Status)] = &[
    ("paid", Status::Is(SaleStatus::Sale)),
    ("succeeded", Status::Is(SaleStatus::Sale)),
    ("refunded", Status::Is(SaleStatus::Sale)),
    ("partially refunded", Status::Is(SaleStatus::Sale)),
    ("partially_refunded", Status::Is(SaleStatus::Sale)),
    // A dispute is the buyer's claim, not yet money back: the sale stands until a refund says otherwise.
    ("disputed", Status::Is(SaleStatus::Sale)),
    ("pending", Status::Is(SaleStatus::Unpaid)),
    ("processing", Status::Is(SaleStatus::Unpaid)),
    ("uncaptured", Status::Is(SaleStatus::Unpaid)),
    ("requires_capture", Status::Is(SaleStatus::Unpaid)),
    ("requires_action", Status::Is(SaleStatus::Unpaid)),
    ("requires_confirmation", Status::Is(SaleStatus::Unpaid)),
    ("incomplete", Status::Is(SaleStatus::Unpaid)),
    ("canceled", Status::Is(SaleStatus::Cancelled)),
    ("cancelled", Status::Is(SaleStatus::Cancelled)),
    ("expired", Status::Is(SaleStatus::Cancelled)),
    // A checkout that never got a working card: an attempt, not an order.
    ("requires_payment_method", Status::Declined),
    ("failed", Status::Declined),
    ("blocked", Status::Declined),
];

/// What a Stripe status makes of its row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// An order in this state.
    Is(SaleStatus),
    /// A declined attempt: no money moved and there is no order to keep.
    Declined,
}

impl Preset for Stripe {
    fn id(&self) -> &'static str {
        "stripe"
    }

    fn label(&self) -> &'static str {
        "Stripe payments export"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        let c = Columns::new(header);
        c.has_all(REQUIRED) && c.find(CREATED).is_some()
    }

    /// Stripe writes `2024-03-05 14:07:31`; a file saved again by a spreadsheet has `3/5/2024 14:07`.
    fn ambiguous_date_column(&self, header: &StringRecord) -> Option<usize> {
        Columns::new(header).find(CREATED)
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        Ok(Box::new(StripeReader {
            ctx,
            id: c.index("id")?,
            created: c.index_any(CREATED)?,
            amount: c.index("Amount")?,
            refunded: c.find(&["Amount Refunded"]),
            currency: c.index("Currency")?,
            converted: c.find(&["Converted Amount"]),
            converted_refunded: c.find(&["Converted Amount Refunded"]),
            converted_currency: c.find(&["Converted Currency"]),
            captured: c.find(&["Captured"]),
            status: c.index("Status")?,
            email: c.find(&["Customer Email"]),
            customer_id: c.find(&["Customer ID"]),
            order_id: c.find(&["order_id (metadata)"]),
            coupon: c.find(&["coupon (metadata)"]),
            cancelled: Vec::new(),
            charged: Default::default(),
            ids: Default::default(),
        }))
    }
}

struct StripeReader {
    ctx: ReadContext,
    id: usize,
    created: usize,
    amount: usize,
    refunded: Option<usize>,
    currency: usize,
    converted: Option<usize>,
    converted_refunded: Option<usize>,
    converted_currency: Option<usize>,
    captured: Option<usize>,
    status: usize,
    email: Option<usize>,
    customer_id: Option<usize>,
    order_id: Option<usize>,
    coupon: Option<usize>,
    /// Canceled charges of orders with an order id, until the file shows whether the order has another.
    cancelled: Vec<(u64, OrderDraft)>,
    /// Hashes of the order ids with a charge that is not canceled.
    charged: std::collections::HashSet<u64>,
    ids: std::collections::hash_map::RandomState,
}

impl RowReader for StripeReader {
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let status_text = cells.text(self.status).to_lowercase();
        let captured = self.captured.is_none_or(|i| !cells.text(i).eq_ignore_ascii_case("false"));
        let status = match documented(STATUSES, &status_text) {
            Some(Status::Declined) => {
                sink.skip(SkipKind::Declined);
                return;
            }
            // Not captured: an authorization that took no money yet.
            Some(Status::Is(SaleStatus::Sale)) if !captured => SaleStatus::Unpaid,
            Some(Status::Is(s)) => s,
            None => {
                cells.fail("Status", &status_text, msg!("row-unknown-status", platform = "Stripe"));
                SaleStatus::Cancelled
            }
        };
        // Charged in one currency, settled in another: when the shop keeps its books in the settlement
        // currency, the converted amounts are the shop's money.
        let charged = cells.text(self.currency).to_uppercase();
        let settled = self.converted_currency.map(|i| cells.text(i).to_uppercase()).filter(|c| !c.is_empty());
        let use_converted = match (&settled, self.ctx.shop_currency.as_deref(), self.converted) {
            (Some(settled), Some(shop), Some(_)) => settled == shop && charged != shop,
            (Some(settled), None, Some(_)) => *settled != charged,
            _ => false,
        };
        let (currency, amount_col, refunded_col) = if use_converted {
            (settled.unwrap_or_default(), self.converted, self.converted_refunded)
        } else {
            (charged, Some(self.amount), self.refunded)
        };
        // Neither charged nor settled in the shop's currency: left out and counted, never a refusal of the
        // whole file (LocalLift does not convert currencies).
        if self.ctx.shop_currency.as_deref().is_some_and(|shop| !currency.is_empty() && currency != shop) {
            sink.skip(SkipKind::ForeignCurrency);
            return;
        }
        let exp = exponent_of(&currency);
        let created = cells.text(self.created);
        let order = self.ctx.date_order.unwrap_or(super::mapped::DateOrder::Mdy);
        let placed_at = NaiveDateTime::parse_from_str(created, "%Y-%m-%d %H:%M:%S")
            .ok()
            .or_else(|| super::datetime::parse_date_time_ordered(created, order))
            .map(|d| d.and_utc())
            .unwrap_or_else(|| {
                cells.fail("Created date (UTC)", created, Message::new("row-expected-stripe-date"));
                chrono::DateTime::<Utc>::UNIX_EPOCH
            });
        let amount_name = if use_converted { "Converted Amount" } else { "Amount" };
        let amount = amount_col.map_or(0, |i| cells.required_money(i, amount_name, None, exp));
        let refunded_name = if use_converted { "Converted Amount Refunded" } else { "Amount Refunded" };
        let refunded = cells.money_opt(refunded_col, refunded_name, None, exp);
        if amount < 0 {
            let text = cells.text(amount_col.unwrap_or(self.amount)).to_string();
            cells.fail(amount_name, &text, Message::new("row-negative-payment"));
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
            refunds_minor: refunded.clamp(0, amount.max(0)),
            codes: promo_codes(cells.opt_text(self.coupon).as_deref()),
            customer: cells.opt_text(self.email).or_else(|| cells.opt_text(self.customer_id)),
            status,
            refunds_known: true,
            status_known: true,
            line_items: Vec::new(),
            line,
            said: None,
        };
        // With an order id the shop groups charges by order: a canceled or expired charge of an order that
        // has another charge is a dead attempt beside it, not a cancelled order; alone, it is the order,
        // cancelled. Which it is shows once the whole file is read.
        if self.order_id.is_some_and(|i| !cells.text(i).is_empty()) {
            let key = std::hash::BuildHasher::hash_one(&self.ids, &order.external_id);
            if status == SaleStatus::Cancelled && cells.errors.is_empty() {
                self.cancelled.push((key, order));
                return;
            }
            self.charged.insert(key);
        }
        sink.accept_order(order, &mut cells.errors);
    }

    fn finish(&mut self, sink: &mut Sink) {
        for (key, order) in std::mem::take(&mut self.cancelled) {
            if self.charged.contains(&key) {
                sink.skip(SkipKind::Declined);
            } else {
                sink.accept_order(order, &mut Vec::new());
            }
        }
    }
}
