//! Any other CSV: the owner says which column holds what (a [`Mapping`]), LocalLift suggests one from the
//! header names, and remembers it for files with the same header. Rows with the same order id in a row
//! are one order (its amounts read from the first); one row per order is the common case.

use chrono::{DateTime, Utc};
use csv::StringRecord;

use super::datetime::{
    local_day_to_utc, local_to_utc, parse_date_time_ordered, parse_day, parse_day_ordered, parse_naive,
};
use super::preset::{
    Cells, Columns, OrderDraft, Pending, ReadContext, RefundDraft, Row, RowReader, Sink, TaxPlacement, exponent_of,
    promo_codes,
};
use crate::i18n::Message;
use crate::model::{Channel, SaleStatus};
use crate::msg;
use crate::store::sales::NewLineItem;

pub use crate::model::mapping::{DateOrder, Mapping};

/// Status words of tills and spreadsheets meaning a sale, one not paid yet, one cancelled (English and the
/// words the Import screen suggests in each shipped language, `import-mapping-status` in locales/*/ui-import.ftl).
const SALE_WORDS: &[&str] = &[
    "paid",
    "complete",
    "completed",
    "succeeded",
    "success",
    "settled",
    "captured",
    "fulfilled",
    "closed",
    "refunded",
    "partially refunded",
    "partially_refunded",
    "processing",
    "shipped",
    "delivered",
    "sale",
    "ok",
    // The words the Import screen's status hint shows in each shipped language (locales/*/ui-import.ftl).
    "bezahlt",
    "payé",
    "payée",
    "pagado",
    "pago",
    "pagato",
    "支払済み",
];
const UNPAID_WORDS: &[&str] = &[
    "pending",
    "unpaid",
    "authorized",
    "authorised",
    "on hold",
    "on-hold",
    "open",
    "awaiting payment",
    "pending payment",
    "partially paid",
    "partially_paid",
    "draft",
    "requires_capture",
    "uncaptured",
    "incomplete",
    "ausstehend",
    "en attente",
    "pendiente",
    "pendente",
    "in attesa",
    "保留中",
];
const CANCELLED_WORDS: &[&str] = &[
    "cancelled",
    "canceled",
    "voided",
    "void",
    "expired",
    "failed",
    "declined",
    "denied",
    "rejected",
    "reversed",
    "abandoned",
    "deleted",
    "trash",
    "storniert",
    "annulé",
    "annulée",
    "cancelado",
    "annullato",
    "キャンセル",
];

/// The meaning of a status word in a mapped file: the words of every preset's table, and the common
/// ones of tills and spreadsheets. `None` for a word none of them uses.
pub fn status_of(text: &str) -> Option<SaleStatus> {
    let t = text.trim().to_lowercase();
    let t = t.strip_prefix("wc-").unwrap_or(&t);
    if t.is_empty() || SALE_WORDS.contains(&t) {
        Some(SaleStatus::Sale)
    } else if UNPAID_WORDS.contains(&t) {
        Some(SaleStatus::Unpaid)
    } else if CANCELLED_WORDS.contains(&t) {
        Some(SaleStatus::Cancelled)
    } else {
        // The words of the presets' tables, in their languages ("Bezahlt" aside, "Abgeschlossen",
        // "Storniert", "Pendiente"…).
        super::woocommerce::status_of(t)
            .or_else(|| super::preset::documented(super::paypal::STATUSES, t))
            .or_else(|| super::preset::documented(super::shopify::STATUSES, t))
            .or_else(|| super::preset::documented(super::square::STATUSES, t))
            .or(match t {
                "bezahlt" | "pagado" | "payé" | "betaald" | "pagato" => Some(SaleStatus::Sale),
                "offen" | "unbezahlt" | "impayé" | "non payé" | "onbetaald" => Some(SaleStatus::Unpaid),
                _ => None,
            })
    }
}

impl Mapping {
    /// A first guess from the header's names, for the owner to correct. `None` when no column looks like
    /// an order id, a date or an amount.
    pub fn suggest(header: &StringRecord) -> Option<Mapping> {
        let names: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
        let find = |words: &[&str]| -> Option<String> {
            words.iter().find_map(|w| names.iter().find(|n| n.to_lowercase().contains(w)).cloned())
        };
        Some(Mapping {
            order_id: find(&[
                "order id",
                "order number",
                "order no",
                "order #",
                "order",
                "receipt",
                "transaction id",
                "invoice",
                "id",
            ])?,
            placed_at: find(&["created", "order date", "date", "time", "placed", "sold", "paid"])?,
            date_order: DateOrder::Ymd,
            gross: find(&["subtotal", "gross", "total", "amount", "price", "sales"])?,
            discount: find(&["discount amount", "discount"]),
            refund: find(&["refund"]),
            shipping: find(&["shipping"]),
            tax: find(&["tax", "vat"]),
            code: find(&["discount code", "coupon", "promo", "voucher", "code"]),
            customer: find(&["email", "customer"]),
            channel: find(&["channel", "source"]),
            location: find(&["location", "store", "shop"]),
            currency: find(&["currency"]),
            item_name: find(&["item", "product", "lineitem name"]),
            quantity: find(&["quantity", "qty"]),
            decimal_comma: false,
            status: find(&["financial status", "payment status", "order status", "status"]),
            total: names
                .iter()
                .find(|n| n.eq_ignore_ascii_case("total") || n.eq_ignore_ascii_case("order total"))
                .cloned(),
            refund_of: None,
            amounts_per_row: false,
            said: find(&["hear about", "heard about", "how did you", "hdyhau", "referred by", "referral", "who sent"]),
        })
    }

    /// A reader for a file with this header.
    ///
    /// # Errors
    /// The name of a mapped column the header does not have.
    pub fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        let opt = |name: &Option<String>| -> Result<Option<usize>, String> {
            name.as_deref().map(|n| c.index(n)).transpose()
        };
        Ok(Box::new(MappedReader {
            ctx,
            mapping: self.clone(),
            order_id: c.index(&self.order_id)?,
            placed_at: c.index(&self.placed_at)?,
            gross: c.index(&self.gross)?,
            discount: opt(&self.discount)?,
            refund: opt(&self.refund)?,
            shipping: opt(&self.shipping)?,
            tax: opt(&self.tax)?,
            code: opt(&self.code)?,
            customer: opt(&self.customer)?,
            channel: opt(&self.channel)?,
            location: opt(&self.location)?,
            currency: opt(&self.currency)?,
            item_name: opt(&self.item_name)?,
            quantity: opt(&self.quantity)?,
            status: opt(&self.status)?,
            total: opt(&self.total)?,
            refund_of: opt(&self.refund_of)?,
            said: opt(&self.said)?,
            pending: Pending::default(),
            first_gross: 0,
            order_total: None,
            summed_total: None,
            refund_rows: Default::default(),
            tax_inside: Default::default(),
        }))
    }
}

struct MappedReader {
    ctx: ReadContext,
    mapping: Mapping,
    order_id: usize,
    placed_at: usize,
    gross: usize,
    discount: Option<usize>,
    refund: Option<usize>,
    shipping: Option<usize>,
    tax: Option<usize>,
    code: Option<usize>,
    customer: Option<usize>,
    channel: Option<usize>,
    location: Option<usize>,
    currency: Option<usize>,
    item_name: Option<usize>,
    quantity: Option<usize>,
    status: Option<usize>,
    total: Option<usize>,
    refund_of: Option<usize>,
    said: Option<usize>,
    pending: Pending,
    /// The amount of the current order's first row.
    first_gross: i64,
    /// The order total of the current order (its first row's), for where its tax stands.
    order_total: Option<i64>,
    /// Its rows' totals added up (each row an item: a total per row).
    summed_total: Option<i64>,
    /// Refund rows without a refunded-order column seen so far, by order, day and amount.
    refund_rows: std::collections::HashMap<String, u32>,
    /// Orders of this file whose prices included tax: their net and their goods with tax, for refund rows.
    tax_inside: std::collections::HashMap<String, (i64, i64)>,
}

impl MappedReader {
    fn instant(&self, cells: &mut Cells<'_>) -> DateTime<Utc> {
        let text = cells.text(self.placed_at);
        if let Ok(exact) = DateTime::parse_from_rfc3339(text) {
            return exact.with_timezone(&Utc);
        }
        for f in ["%Y-%m-%d %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M %z"] {
            if let Ok(exact) = DateTime::parse_from_str(text, f) {
                return exact.with_timezone(&Utc);
            }
        }
        // Day-first or month-first, as decided for the whole file.
        if let Some(order) = self.ctx.date_order {
            if let Some(local) = parse_date_time_ordered(text, order) {
                return local_to_utc(local, self.ctx.time_zone);
            }
            if let Some(day) = parse_day_ordered(text, order) {
                return local_day_to_utc(day, self.ctx.time_zone);
            }
        }
        let (with_time, date_only): (&[&str], &[&str]) = match self.mapping.date_order {
            DateOrder::Ymd => (
                &["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M"],
                &["%Y-%m-%d", "%Y/%m/%d"],
            ),
            DateOrder::Mdy => (
                &["%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p", "%m/%d/%y %H:%M"],
                &["%m/%d/%Y", "%m/%d/%y"],
            ),
            DateOrder::Dmy => (
                &["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d-%m-%Y %H:%M"],
                &["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"],
            ),
        };
        if let Some(local) =
            parse_naive(text, with_time).or_else(|| parse_naive(text, &["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]))
        {
            return local_to_utc(local, self.ctx.time_zone);
        }
        if let Some(day) = parse_day(text, date_only).or_else(|| parse_day(text, &["%Y-%m-%d"])) {
            return local_day_to_utc(day, self.ctx.time_zone);
        }
        cells.fail(&self.mapping.placed_at, text, Message::new("row-not-a-date-in-order"));
        DateTime::UNIX_EPOCH
    }
}

impl RowReader for MappedReader {
    /// Reads one row: a negative amount is a refund of its order, another row of the pending order one more
    /// item of it, anything else starts an order.
    ///
    /// Long because its three cases (refund, next item, new order) read the same row's cells into one list of errors.
    #[expect(
        clippy::too_many_lines,
        reason = "its three cases (refund, next item, new order) read the same row's cells into one list of errors"
    )]
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let id = cells.text(self.order_id);
        if id.is_empty() {
            cells.fail(&self.mapping.order_id, "", Message::new("row-order-id-empty"));
            sink.errors.append(&mut cells.errors);
            return;
        }
        let currency = cells.opt_text(self.currency).map(|c| c.to_uppercase());
        let exp = currency.as_deref().map_or(self.ctx.default_exponent, exponent_of);
        let mark = Some(if self.mapping.decimal_comma {
            super::money::DecimalMark::Comma
        } else {
            super::money::DecimalMark::Dot
        });
        // A negative amount is a refund of a known order, written as a row of its own.
        let gross = cells.required_money(self.gross, &self.mapping.gross, mark, exp);
        if gross < 0 {
            // The refunded order is the one the "refunded order" column names, else the row's own id.
            let named = self.refund_of.map(|i| cells.text(i)).filter(|t| !t.is_empty());
            let refunded = named.unwrap_or(id).to_string();
            let refund_id = match named {
                Some(_) => id.to_string(),
                None => {
                    // Two refunds of the same amount on the same day are two refunds: the n-th such row
                    // of the file is told apart by n (the same in a re-import of the same rows).
                    let key = format!("{id}|{}|{}", cells.text(self.placed_at), cells.text(self.gross));
                    let n = self.refund_rows.entry(key.clone()).or_default();
                    *n += 1;
                    if *n == 1 { key } else { format!("{key}|{n}") }
                }
            };
            // A refund of an order of this file whose prices included tax gives back tax too: its goods'
            // part is scaled like the order's amounts were (the order is complete once its refund comes).
            if self.pending.continues(&refunded) {
                self.flush(sink);
            }
            let refund_minor = match self.tax_inside.get(&refunded) {
                Some(&(net, goods)) => {
                    crate::model::div_round_half_even(i128::from(-gross) * i128::from(net), i128::from(goods))
                }
                None => -gross,
            };
            let refund = RefundDraft { external_id: refunded, refund_id, refund_minor, line };
            sink.accept_refund(refund, &mut cells.errors);
            return;
        }
        let amount = |cells: &mut Cells<'_>, index: Option<usize>, name: &Option<String>| -> i64 {
            match (index, name) {
                (Some(i), Some(n)) => cells.money(i, n, mark, exp),
                _ => 0,
            }
        };
        let item = self.item_name.map(|i| NewLineItem {
            sku: None,
            name: cells.text(i).to_string(),
            quantity: self
                .quantity
                .map_or(1, |q| cells.quantity(q, self.mapping.quantity.as_deref().unwrap_or("quantity"))),
            unit_price_minor: 0,
            discount_minor: 0,
            cost_minor: None,
        });
        if self.pending.continues(id) {
            // Another row of the same order: an item of it. Its amounts are added up when each row is an
            // item; otherwise they must repeat the first row's (an order-level amount written on every
            // row), never be silently dropped.
            let per_row = self.mapping.amounts_per_row;
            let (discount, refund) = if per_row {
                (
                    amount(&mut cells, self.discount, &self.mapping.discount).abs(),
                    amount(&mut cells, self.refund, &self.mapping.refund).abs(),
                )
            } else {
                (0, 0)
            };
            let (shipping, tax) = if per_row {
                (
                    amount(&mut cells, self.shipping, &self.mapping.shipping),
                    amount(&mut cells, self.tax, &self.mapping.tax),
                )
            } else {
                (0, 0)
            };
            if !per_row && gross != self.first_gross {
                let (column, value) = (self.mapping.gross.clone(), cells.text(self.gross).to_string());
                cells.fail(&column, &value, msg!("row-other-amount", order = id));
            }
            // An order total on each row is either the order's, repeated, or the row's own: both are kept,
            // and where the order's tax stands is read from whichever adds up (see `flush`).
            if per_row && let Some(i) = self.total {
                let name = self.mapping.total.clone().unwrap_or_default();
                let row_total = cells.required_money(i, &name, mark, exp);
                self.summed_total = self.summed_total.map(|t| t + row_total);
            }
            if let Some((order, errors)) = self.pending.current() {
                if per_row {
                    order.gross_minor += gross;
                    order.discounts_minor += discount;
                    order.refunds_minor = (order.refunds_minor + refund).min(order.gross_minor - order.discounts_minor);
                    order.shipping_minor += shipping;
                    order.tax_minor += tax;
                }
                order.line_items.extend(item);
                errors.append(&mut cells.errors);
            }
            return;
        }
        self.first_gross = gross;
        let placed_at = self.instant(&mut cells);
        let discount = amount(&mut cells, self.discount, &self.mapping.discount).abs();
        let refund = amount(&mut cells, self.refund, &self.mapping.refund).abs();
        let shipping = amount(&mut cells, self.shipping, &self.mapping.shipping);
        let tax = amount(&mut cells, self.tax, &self.mapping.tax);
        let channel_text = self.channel.map(|i| cells.text(i).to_lowercase()).unwrap_or_default();
        let in_store = ["pos", "store", "shop", "till", "retail", "in person", "in-person"]
            .iter()
            .any(|w| channel_text.contains(w));
        let status = match self.status.map(|i| cells.text(i)) {
            None => SaleStatus::Sale,
            Some(text) => status_of(text).unwrap_or_else(|| {
                let (column, value) = (self.mapping.status.clone().unwrap_or_default(), text.to_string());
                cells.fail(&column, &value, msg!("row-unknown-status", platform = "mapped"));
                SaleStatus::Cancelled
            }),
        };
        // "Refunded" with no refund column: the whole order was refunded.
        let status_word = self.status.map(|i| cells.text(i).trim().to_lowercase()).unwrap_or_default();
        let refund = if self.refund.is_none() && matches!(status_word.as_str(), "refunded" | "fully refunded") {
            gross - discount
        } else {
            refund
        };
        let total_name = self.mapping.total.clone().unwrap_or_default();
        let total = self.total.map(|i| cells.required_money(i, &total_name, mark, exp));

        let order = OrderDraft {
            external_id: id.to_string(),
            placed_at,
            channel: if in_store { Channel::InStore } else { Channel::Online },
            location: cells.opt_text(self.location),
            currency,
            gross_minor: gross,
            discounts_minor: discount,
            shipping_minor: shipping,
            tax_minor: tax,
            refunds_minor: refund.min(gross - discount),
            // "ZOE5, MAYA15": several codes in one cell.
            codes: promo_codes(cells.opt_text(self.code).unwrap_or_default().split([',', ';'])),
            customer: cells.opt_text(self.customer),
            status,
            refunds_known: self.refund.is_some(),
            status_known: self.status.is_some(),
            line_items: item.into_iter().collect(),
            line,
            said: cells.opt_text(self.said),
        };
        self.flush(sink);
        self.order_total = total;
        self.summed_total = total;
        self.pending.start(order, cells.errors, sink);
    }

    fn finish(&mut self, sink: &mut Sink) {
        self.flush(sink);
    }
}

impl MappedReader {
    /// Completes the current order: where its tax stands is read from its total against its goods,
    /// shipping and tax as added up over its rows.
    fn flush(&mut self, sink: &mut Sink) {
        let (first, summed, ctx) = (self.order_total, self.summed_total, &self.ctx);
        let tax_inside = &mut self.tax_inside;
        self.pending.flush_with(sink, |order, sink| {
            let goods_and_shipping = order.gross_minor - order.discounts_minor + order.shipping_minor;
            let placement = match TaxPlacement::from_total(summed, goods_and_shipping, order.tax_minor) {
                TaxPlacement::Unknown => TaxPlacement::from_total(first, goods_and_shipping, order.tax_minor),
                known => known,
            };
            let goods = order.gross_minor - order.discounts_minor;
            if sink.settle_tax(order, placement, ctx) && goods > 0 {
                tax_inside.insert(order.external_id.clone(), (order.gross_minor - order.discounts_minor, goods));
            }
        });
    }
}

pub use crate::store::header_key;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_words_the_import_screen_suggests_are_read_in_every_language() {
        // locales/<language>/ui-import.ftl `import-mapping-status` names these as examples.
        for (words, status) in [
            (["paid", "bezahlt", "payée", "pagado", "pagato", "pago", "支払済み"], SaleStatus::Sale),
            (
                ["pending", "ausstehend", "en attente", "pendiente", "in attesa", "pendente", "保留中"],
                SaleStatus::Unpaid,
            ),
            (
                ["cancelled", "storniert", "annulée", "cancelado", "annullato", "cancelado", "キャンセル"],
                SaleStatus::Cancelled,
            ),
        ] {
            for w in words {
                assert_eq!(status_of(w), Some(status), "{w}");
                assert_eq!(status_of(&w.to_uppercase()), Some(status), "{w} in capitals");
            }
        }
    }

    #[test]
    fn a_mapping_is_suggested_from_common_names() {
        let header = StringRecord::from(vec!["Receipt No", "Sold At", "Total", "Coupon", "Customer email", "Till"]);
        let m = Mapping::suggest(&header).expect("suggested");
        assert_eq!((m.order_id.as_str(), m.placed_at.as_str(), m.gross.as_str()), ("Receipt No", "Sold At", "Total"));
        assert_eq!(m.code.as_deref(), Some("Coupon"));
        assert_eq!(m.customer.as_deref(), Some("Customer email"));
        assert!(Mapping::suggest(&StringRecord::from(vec!["a", "b"])).is_none());
        assert_eq!(
            header_key(&header),
            header_key(&StringRecord::from(vec![
                "receipt no ",
                "Sold At",
                "TOTAL",
                "Coupon",
                "Customer email",
                "Till"
            ]))
        );
    }
}
