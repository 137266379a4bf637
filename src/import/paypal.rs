//! PayPal "Activity download": one row per balance activity, in the account's language (English, German,
//! Spanish… headers), with all columns or the ones the owner chose. Payments received become orders;
//! refund rows refund the payment named in Reference Txn ID; money the shop pays out, transfers, holds and
//! currency conversions are not sales and are counted as left out. Dates are day-first or month-first by
//! the account's language, decided for the whole file (see [`super::date_order`]); the zone is written
//! beside each time (FORMATS.md, "paypal", "paypal_eu"; FINDINGS in tests/fixtures/real).

use chrono::NaiveTime;
use csv::StringRecord;

use super::datetime::{parse_day_ordered, zoned_to_utc};
use super::mapped::DateOrder;
use super::preset::{
    Cells, Columns, OrderDraft, Preset, ReadContext, RefundDraft, Row, RowReader, Sink, SkipKind, TaxPlacement,
    exponent_of,
};
use crate::i18n::Message;
use crate::model::{Channel, SaleStatus};
use crate::msg;
use crate::store::sales::NewLineItem;

pub struct PayPal;

// Each column by its names in the languages PayPal writes (English, German, Spanish, French, Dutch,
// Italian), as seen in real downloads (tests/fixtures/real/paypal/README.md).
const DATE: &[&str] = &["Date", "Datum", "Fecha", "Data"];
const TIME: &[&str] = &["Time", "Uhrzeit", "Hora", "Heure", "Tijd", "Ora"];
const ZONE: &[&str] =
    &["TimeZone", "Time Zone", "Zeitzone", "Zona horaria", "Fuseau horaire", "Tijdzone", "Fuso orario"];
const TYPE: &[&str] =
    &["Type", "Typ", "Tipo", "Description", "Beschreibung", "Descripción", "Beschrijving", "Descrizione"];
const STATUS: &[&str] = &["Status", "Estado", "État", "Stato"];
const CURRENCY: &[&str] = &["Currency", "Währung", "Divisa", "Devise", "Valuta"];
const GROSS: &[&str] = &["Gross", "Brutto", "Bruto", "Avant commission", "Lordo"];
const EMAIL: &[&str] = &[
    "From Email Address",
    "Absender E-Mail-Adresse",
    "Correo electrónico del remitente",
    "De l'adresse email",
    "Van e-mailadres",
    "Indirizzo email mittente",
];
const TXN: &[&str] = &[
    "Transaction ID",
    "Transaktionscode",
    "Id. de transacción",
    "Numéro de transaction",
    "Transactiereferentie",
    "Codice transazione",
];
const SHIPPING: &[&str] = &[
    "Shipping and Handling Amount",
    "Versand- und Bearbeitungsgebühr",
    "Importe de envío y manipulación",
    "Montant des frais d'expédition et de traitement",
];
const TAX: &[&str] = &["Sales Tax", "Umsatzsteuer", "Impuesto de ventas", "Taxe de vente", "Btw", "IVA"];
const REFERENCE: &[&str] = &[
    "Reference Txn ID",
    "Zugehöriger Transaktionscode",
    "Id. de referencia de trans.",
    "Numéro de transaction de référence",
    "Referentie transactie",
];
const TITLE: &[&str] = &["Item Title", "Artikelbezeichnung", "Título del artículo", "Titre de l'objet"];
const QUANTITY: &[&str] = &["Quantity", "Anzahl", "Cantidad", "Quantité"];
const IMPACT: &[&str] = &["Balance Impact", "Auswirkung auf Guthaben", "Impacto en el saldo", "Impact sur le solde"];

/// What a PayPal Status means for a payment received (README, "What an order's status means"). Source:
/// PayPal's Merchant Setup and Administration Guide, "Understanding the status and life cycle"; the
/// German and Spanish words as seen in real downloads. A payment that was refunded since keeps its sale:
/// the refund is its own row. Statuses are compared in lower case.
pub const STATUSES: &[(&str, SaleStatus)] = &[
    ("completed", SaleStatus::Sale),
    ("cleared", SaleStatus::Sale),
    ("refunded", SaleStatus::Sale),
    ("partially refunded", SaleStatus::Sale),
    ("abgeschlossen", SaleStatus::Sale),
    ("erstattet", SaleStatus::Sale),
    ("teilweise erstattet", SaleStatus::Sale),
    ("completado", SaleStatus::Sale),
    ("completada", SaleStatus::Sale),
    ("reembolsado", SaleStatus::Sale),
    ("terminé", SaleStatus::Sale),
    ("pending", SaleStatus::Unpaid),
    ("uncleared", SaleStatus::Unpaid),
    ("held", SaleStatus::Unpaid),
    ("on hold", SaleStatus::Unpaid),
    ("placed", SaleStatus::Unpaid),
    ("ausstehend", SaleStatus::Unpaid),
    ("offen", SaleStatus::Unpaid),
    ("pendiente", SaleStatus::Unpaid),
    ("en attente", SaleStatus::Unpaid),
    ("denied", SaleStatus::Cancelled),
    ("canceled", SaleStatus::Cancelled),
    ("cancelled", SaleStatus::Cancelled),
    ("reversed", SaleStatus::Cancelled),
    ("returned", SaleStatus::Cancelled),
    ("unclaimed", SaleStatus::Cancelled),
    ("removed", SaleStatus::Cancelled),
    ("failed", SaleStatus::Cancelled),
    ("expired", SaleStatus::Cancelled),
    ("storniert", SaleStatus::Cancelled),
    ("abgelehnt", SaleStatus::Cancelled),
    ("rückgängig gemacht", SaleStatus::Cancelled),
    ("cancelado", SaleStatus::Cancelled),
    ("denegado", SaleStatus::Cancelled),
];

/// What a row of the activity is, from its Type (or Description), the sign of its amount and its
/// Balance Impact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Activity {
    /// A payment the shop received: an order.
    PaymentIn,
    /// A refund the shop gave for a payment it received.
    RefundOut,
    /// Left out, of this kind.
    Skip(SkipKind),
}

fn has(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// Classifies a row (type in lower case): the words are PayPal's in English, German and Spanish.
fn classify(kind: &str, gross: i64, impact: &str) -> Activity {
    let debit = matches!(impact, "debit" | "soll" | "débito" | "débit");
    if has(kind, &["fee", "gebühr", "entgelt", "comisión", "frais"]) {
        return Activity::Skip(SkipKind::PaymentOut);
    }
    if has(kind, &["currency conversion", "währungsumrechnung", "conversión de divisa", "conversion de devise"]) {
        return Activity::Skip(SkipKind::CurrencyConversion);
    }
    if has(kind, &["hold", "release", "reserve", "einbehalt", "freigabe", "retención", "rückbuchung der kontosperre"])
    {
        return Activity::Skip(SkipKind::Hold);
    }
    if has(
        kind,
        &[
            "withdraw",
            "bank deposit",
            "add funds",
            "transfer",
            "card deposit",
            "auszahlung",
            "bankgutschrift",
            "abbuchung",
            "überweisung",
            "retirada",
            "transferencia",
            "virement",
        ],
    ) {
        return Activity::Skip(SkipKind::Transfer);
    }
    if has(kind, &["refund", "rückzahlung", "erstattung", "reembolso", "remboursement", "reversal", "chargeback"]) {
        // A refund the shop received (of a purchase it made) is money in, not a sale's refund.
        return if gross < 0 { Activity::RefundOut } else { Activity::Skip(SkipKind::OtherActivity) };
    }
    if has(kind, &["authorization", "autorisierung", "autorización", "shopping cart item", "warenkorbartikel"]) {
        return Activity::Skip(SkipKind::OtherActivity);
    }
    if gross < 0 || debit {
        return Activity::Skip(SkipKind::PaymentOut);
    }
    // A payment still pending (an eCheck) or denied touches no balance yet ("Memo"): its status says.
    if has(kind, &["payment", "zahlung", "pago", "paiement", "betaling", "pagamento"]) && gross > 0 {
        return Activity::PaymentIn;
    }
    Activity::Skip(SkipKind::OtherActivity)
}

impl Preset for PayPal {
    fn id(&self) -> &'static str {
        "paypal"
    }

    fn label(&self) -> &'static str {
        "PayPal activity download"
    }

    fn matches(&self, header: &StringRecord) -> bool {
        Columns::new(header).has_any_of_each(&[DATE, TIME, TYPE, CURRENCY, GROSS, TXN])
    }

    fn ambiguous_date_column(&self, header: &StringRecord) -> Option<usize> {
        Columns::new(header).find(DATE)
    }

    /// PayPal writes dates in the account's language: day-first in every language but US English. An
    /// English header says nothing (British and Australian accounts write day-first too).
    fn date_convention(&self, header: &StringRecord) -> Option<DateOrder> {
        let c = Columns::new(header);
        (c.find(&["Date"]).is_none() && c.find(DATE).is_some()).then_some(DateOrder::Dmy)
    }

    fn reader(&self, header: &StringRecord, ctx: ReadContext) -> Result<Box<dyn RowReader>, String> {
        let c = Columns::new(header);
        let name = |names: &[&str]| c.find(names).and_then(|i| header.get(i)).unwrap_or("").trim().to_string();
        Ok(Box::new(PayPalReader {
            date_order: ctx.date_order.unwrap_or(DateOrder::Mdy),
            date: c.index_any(DATE)?,
            date_name: name(DATE),
            time: c.index_any(TIME)?,
            zone: c.find(ZONE),
            kind: c.index_any(TYPE)?,
            status: c.find(STATUS),
            status_name: name(STATUS),
            currency: c.index_any(CURRENCY)?,
            gross: c.index_any(GROSS)?,
            gross_name: name(GROSS),
            email: c.find(EMAIL),
            txn: c.index_any(TXN)?,
            shipping: c.find(SHIPPING),
            shipping_name: name(SHIPPING),
            tax: c.find(TAX),
            tax_name: name(TAX),
            reference: c.find(REFERENCE),
            title: c.find(TITLE),
            quantity: c.find(QUANTITY),
            impact: c.find(IMPACT),
            net: c.find(&["Net", "Netto", "Neto", "Net amount"]),
            fee: c.find(&["Fee", "Gebühr", "Entgelt", "Comisión", "Commission", "Frais"]),
            foreign: Vec::new(),
            converted: Default::default(),
            foreign_refunds: Vec::new(),
            ctx,
        }))
    }
}

struct PayPalReader {
    ctx: ReadContext,
    net: Option<usize>,
    fee: Option<usize>,
    /// Payments received in another currency than the shop's, with what they left on the balance in it.
    foreign: Vec<(OrderDraft, i64)>,
    /// The shop-currency amount each payment was converted to, by the payment's transaction id.
    converted: std::collections::HashMap<String, i64>,
    /// Refunds in another currency than the shop's, converted at their payment's rate in `finish`.
    foreign_refunds: Vec<RefundDraft>,
    date_order: DateOrder,
    date: usize,
    date_name: String,
    time: usize,
    zone: Option<usize>,
    kind: usize,
    status: Option<usize>,
    status_name: String,
    currency: usize,
    gross: usize,
    gross_name: String,
    email: Option<usize>,
    txn: usize,
    shipping: Option<usize>,
    shipping_name: String,
    tax: Option<usize>,
    tax_name: String,
    reference: Option<usize>,
    title: Option<usize>,
    quantity: Option<usize>,
    impact: Option<usize>,
}

impl PayPalReader {
    fn instant(&self, cells: &mut Cells<'_>) -> chrono::DateTime<chrono::Utc> {
        let date_text = cells.text(self.date);
        let day = parse_day_ordered(date_text, self.date_order);
        let time_text = cells.text(self.time);
        let time =
            ["%H:%M:%S", "%H:%M", "%I:%M:%S %p"].iter().find_map(|f| NaiveTime::parse_from_str(time_text, f).ok());
        match (day, time) {
            (Some(d), Some(t)) => {
                zoned_to_utc(d.and_time(t), cells.text(self.zone.unwrap_or(usize::MAX)), self.ctx.time_zone)
            }
            (Some(_), None) => {
                cells.fail("Time", time_text, Message::new("row-expected-time"));
                chrono::DateTime::UNIX_EPOCH
            }
            _ => {
                let expected = match self.date_order {
                    DateOrder::Dmy => "row-expected-day-first",
                    _ => "row-expected-month-first",
                };
                let name = self.date_name.clone();
                cells.fail(&name, date_text, Message::new(expected));
                chrono::DateTime::UNIX_EPOCH
            }
        }
    }
}

impl RowReader for PayPalReader {
    /// Reads one activity row: a payment received becomes an order, a refund sent a refund of its payment,
    /// and a currency conversion's shop-currency leg is kept for the payment it converts; anything else is
    /// skipped and counted.
    ///
    /// Long because it is one match on the row's activity (skip, refund, payment), every arm reading the same
    /// row's cells.
    #[expect(
        clippy::too_many_lines,
        reason = "it is one match on the row's activity (skip, refund, payment), every arm reading the same row's cells"
    )]
    fn push(&mut self, row: &Row<'_>, line: u64, sink: &mut Sink) {
        let mut cells = Cells::new(row, line);
        let kind = cells.text(self.kind).to_lowercase();
        let currency = cells.text(self.currency).to_uppercase();
        let exp = exponent_of(&currency);
        let gross_name = self.gross_name.clone();
        let gross = cells.required_money(self.gross, &gross_name, None, exp);
        let impact = self.impact.map(|i| cells.text(i).to_lowercase()).unwrap_or_default();
        // A download without a Status column lists only what completed.
        let status_text = self.status.map(|i| cells.text(i).to_lowercase()).unwrap_or_else(|| "completed".into());
        let status = super::preset::documented(STATUSES, &status_text);
        match classify(&kind, gross, &impact) {
            Activity::Skip(why) => {
                // The shop-currency leg of a conversion of a payment received in another currency.
                let shop_leg = why == SkipKind::CurrencyConversion
                    && gross > 0
                    && self.ctx.shop_currency.as_deref() == Some(currency.as_str());
                if let (true, Some(reference)) = (shop_leg, self.reference.map(|i| cells.text(i).to_string()))
                    && !reference.is_empty()
                {
                    *self.converted.entry(reference).or_default() += gross;
                }
                if cells.errors.is_empty() {
                    sink.skip(why);
                } else {
                    sink.errors.append(&mut cells.errors);
                }
            }
            Activity::RefundOut => {
                if status != Some(SaleStatus::Sale) {
                    // A refund not completed (pending, denied) gave nothing back yet.
                    sink.skip(SkipKind::OtherActivity);
                    return;
                }
                let refund = RefundDraft {
                    external_id: self.reference.map(|i| cells.text(i).to_string()).unwrap_or_default(),
                    refund_id: cells.text(self.txn).to_string(),
                    refund_minor: -gross,
                    line,
                };
                let foreign = self.ctx.shop_currency.as_deref().is_some_and(|shop| shop != currency);
                if foreign && cells.errors.is_empty() {
                    self.foreign_refunds.push(refund);
                    return;
                }
                sink.accept_refund(refund, &mut cells.errors);
            }
            Activity::PaymentIn => {
                let Some(status) = status else {
                    let name = self.status_name.clone();
                    cells.fail(&name, &status_text, msg!("row-unknown-status", platform = "PayPal"));
                    sink.errors.append(&mut cells.errors);
                    return;
                };
                let placed_at = self.instant(&mut cells);
                let (shipping_name, tax_name) = (self.shipping_name.clone(), self.tax_name.clone());
                let shipping = cells.money_opt(self.shipping, &shipping_name, None, exp);
                let tax = cells.money_opt(self.tax, &tax_name, None, exp);
                let title = cells.opt_text(self.title).unwrap_or_default();
                let goods = gross - shipping - tax;
                let line_items = if title.is_empty() || title.eq_ignore_ascii_case("Shopping Cart") {
                    Vec::new()
                } else {
                    let quantity = self
                        .quantity
                        .and_then(|i| cells.text(i).parse::<i64>().ok())
                        .unwrap_or(1)
                        .clamp(1, super::preset::MAX_QUANTITY);
                    vec![NewLineItem {
                        sku: None,
                        name: title,
                        quantity,
                        unit_price_minor: goods / quantity,
                        discount_minor: 0,
                        cost_minor: None,
                    }]
                };
                let mut order = OrderDraft {
                    external_id: cells.text(self.txn).to_string(),
                    placed_at,
                    channel: Channel::Online,
                    location: None,
                    currency: (!currency.is_empty()).then_some(currency),
                    gross_minor: goods,
                    discounts_minor: 0,
                    shipping_minor: shipping,
                    tax_minor: tax,
                    refunds_minor: 0,
                    codes: Vec::new(),
                    customer: cells.opt_text(self.email),
                    status,
                    refunds_known: true,
                    status_known: true,
                    line_items,
                    line,
                    said: None,
                };
                if cells.errors.is_empty() {
                    // Gross is what the buyer paid; Sales Tax, when PayPal was told of it, was on top.
                    sink.settle_tax(&mut order, TaxPlacement::OnTop, &self.ctx);
                }
                // Paid in another currency than the shop's: PayPal converts it in a pair of rows of its
                // own, referring to the payment; the order waits for them (see `finish`).
                let foreign =
                    self.ctx.shop_currency.as_deref().is_some_and(|shop| order.currency.as_deref() != Some(shop));
                if foreign && cells.errors.is_empty() {
                    let received = match self.net {
                        Some(i) if !cells.text(i).is_empty() => cells.required_money(i, "Net", None, exp),
                        _ => gross + self.fee.map_or(0, |i| cells.money(i, "Fee", None, exp)),
                    };
                    self.foreign.push((order, received));
                    return;
                }
                sink.accept_order(order, &mut cells.errors);
            }
        }
    }

    /// Orders paid in another currency become the shop's money at PayPal's own rate: the shop-currency
    /// leg of the conversion that refers to the payment, over what the payment left on the balance (its
    /// net of the fee). Each amount is scaled by that rate, rounded once. An order whose conversion is not
    /// in the file is left out and counted.
    fn finish(&mut self, sink: &mut Sink) {
        let mut rates: std::collections::HashMap<String, (i64, i64)> = Default::default();
        for (mut order, received) in std::mem::take(&mut self.foreign) {
            let Some(&converted) = self.converted.get(&order.external_id) else {
                sink.skip(SkipKind::ForeignCurrency);
                continue;
            };
            if received <= 0 {
                sink.skip(SkipKind::ForeignCurrency);
                continue;
            }
            rates.insert(order.external_id.clone(), (converted, received));
            let scale =
                |a: i64| crate::model::div_round_half_even(i128::from(a) * i128::from(converted), i128::from(received));
            // Goods, shipping and tax in the buyer's currency add up to the gross; scaled, the goods are what
            // the gross became less the scaled shipping and tax, so nothing is lost to rounding.
            let gross = order.gross_minor + order.shipping_minor + order.tax_minor;
            let (shipping, tax) = (scale(order.shipping_minor), scale(order.tax_minor));
            order.gross_minor = scale(gross) - shipping - tax;
            order.shipping_minor = shipping;
            order.tax_minor = tax;
            for item in &mut order.line_items {
                item.unit_price_minor = scale(item.unit_price_minor);
            }
            order.currency = self.ctx.shop_currency.clone();
            sink.accept_order(order, &mut Vec::new());
        }
        // A refund in the buyer's currency, at the rate its payment was converted.
        for mut refund in std::mem::take(&mut self.foreign_refunds) {
            match rates.get(&refund.external_id) {
                Some(&(converted, received)) => {
                    refund.refund_minor = crate::model::div_round_half_even(
                        i128::from(refund.refund_minor) * i128::from(converted),
                        i128::from(received),
                    );
                    sink.refunds.push(refund);
                }
                None => sink.skip(SkipKind::ForeignCurrency),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Activity, SkipKind, classify};

    #[test]
    fn money_out_transfers_holds_and_conversions_are_not_sales() {
        assert_eq!(classify("express checkout payment", 4000, "credit"), Activity::PaymentIn);
        assert_eq!(classify("express checkout payment", -4000, "debit"), Activity::Skip(SkipKind::PaymentOut));
        assert_eq!(classify("website payment", 100, "debit"), Activity::Skip(SkipKind::PaymentOut));
        assert_eq!(classify("general withdrawal - bank account", -5000, "debit"), Activity::Skip(SkipKind::Transfer));
        assert_eq!(classify("bank deposit to pp account ", 5000, "credit"), Activity::Skip(SkipKind::Transfer));
        assert_eq!(
            classify("general currency conversion", 5000, "credit"),
            Activity::Skip(SkipKind::CurrencyConversion)
        );
        assert_eq!(
            classify("allgemeine währungsumrechnung", -5000, "soll"),
            Activity::Skip(SkipKind::CurrencyConversion)
        );
        assert_eq!(classify("payment hold", -5000, "debit"), Activity::Skip(SkipKind::Hold));
        assert_eq!(classify("payment release", 5000, "credit"), Activity::Skip(SkipKind::Hold));
        assert_eq!(classify("general authorization", -4292, "memo"), Activity::Skip(SkipKind::OtherActivity));
        assert_eq!(classify("payment refund", -900, "debit"), Activity::RefundOut);
        assert_eq!(classify("payment refund", 900, "credit"), Activity::Skip(SkipKind::OtherActivity));
        assert_eq!(classify("chargeback fee", -2000, "debit"), Activity::Skip(SkipKind::PaymentOut));
        assert_eq!(classify("handyzahlung", 1500, "haben"), Activity::PaymentIn);
        assert_eq!(classify("pago estándar", 1500, ""), Activity::PaymentIn);
        assert_eq!(classify("shopping cart item", 1500, ""), Activity::Skip(SkipKind::OtherActivity));
    }
}
