//! What a partner's ledger reads (their campaigns' terms, the history of each attributed order's net revenue
//! as imports learned it, typed-in redemptions) and the payments the owner records.

use std::collections::HashMap;

use chrono::NaiveDate;
use chrono_tz::Tz;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Store, Touches, now_text};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::{bp_to_pct, last_counted_day};
use crate::validate::Checks;

/// A partner's place in a non-cancelled campaign, with the terms the ledger needs.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerCampaign {
    pub campaign_partner_id: i64,
    pub campaign_id: i64,
    pub campaign: String,
    /// First day and last counted day (end + attribution window), shop-local.
    pub start: NaiveDate,
    pub until: NaiveDate,
    pub fee_minor: i64,
    pub commission_pct: f64,
}

/// An order's net revenue as each import learned it: (the shop-local day of the import, net revenue then;
/// the demo shop's generated orders are learned on their own day).
/// Net revenue here is what commission is owed on: gross − discounts − refunds, never below zero, and
/// zero once the order is cancelled or unpaid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaleHistory {
    pub sale_id: i64,
    pub source: String,
    pub order: String,
    pub day: NaiveDate,
    pub learned: Vec<(NaiveDate, i64)>,
}

/// In-store redemptions typed in on one day: the day they happened, the day they were typed in, the amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypedIn {
    pub day: NaiveDate,
    pub entered: NaiveDate,
    pub amount_minor: i64,
}

/// A payment to a partner as the owner types it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PaymentInput {
    pub partner_id: i64,
    /// The shop-local day it was paid.
    pub day: NaiveDate,
    pub amount_minor: i64,
    /// How: bank transfer, PayPal, cash, store credit…
    pub method: String,
    pub note: String,
}

/// A payment as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Payment {
    pub id: i64,
    #[serde(flatten)]
    pub fields: PaymentInput,
}

/// Net revenue that commission is owed on, from a stored state's columns.
fn owed_on(cancelled: bool, gross: i64, discounts: i64, refunds: i64) -> i64 {
    if cancelled { 0 } else { (gross - discounts - refunds).max(0) }
}

fn local_day(instant: &str, tz: Tz) -> Option<NaiveDate> {
    chrono::DateTime::parse_from_rfc3339(instant).ok().map(|t| t.with_timezone(&tz).date_naive())
}

impl Store {
    /// The non-cancelled campaigns partner `partner_id` is in, oldest first.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn ledger_campaigns(&self, partner_id: i64) -> Result<Vec<LedgerCampaign>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT cp.id, c.id, c.name, c.start_day, c.end_day, c.window_days, cp.fee_minor, cp.commission_bp
             FROM campaign_partners cp JOIN campaigns c ON c.id = cp.campaign_id
             WHERE cp.partner_id = ?1 AND c.cancelled = 0 ORDER BY c.start_day, c.id",
        )?;
        let rows = stmt.query_map([partner_id], |r| {
            let (end, window): (NaiveDate, i64) = (r.get(4)?, r.get(5)?);
            Ok(LedgerCampaign {
                campaign_partner_id: r.get(0)?,
                campaign_id: r.get(1)?,
                campaign: r.get(2)?,
                start: r.get(3)?,
                until: last_counted_day(end, window),
                fee_minor: r.get(6)?,
                commission_pct: bp_to_pct(r.get(7)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Each sale's net revenue as the imports learned it: first as the import that brought it in left it,
    /// then after each later import that changed it (a refund, a cancellation), dated by the import's
    /// shop-local day. Undone imports left no trace here.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn sale_histories(&self, sale_ids: &[i64]) -> Result<HashMap<i64, SaleHistory>> {
        let tz = self.time_zone()?;
        // All of them in two queries (the ids as one JSON array): a partner in 200 campaigns has tens of
        // thousands of attributed orders.
        let ids = serde_json::Value::from(sale_ids.to_vec()).to_string();
        let mut sales = self.conn().prepare_cached(
            "SELECT s.id, s.source, s.external_id, s.local_day, s.cancelled, s.gross_minor, s.discounts_minor,
                    s.refunds_minor, s.batch_id, CASE WHEN b.kind = 'demo' THEN NULL ELSE b.started_at END
             FROM sales s JOIN import_batches b ON b.id = s.batch_id
             WHERE s.id IN (SELECT value FROM json_each(?1))",
        )?;
        // (first batch, its instant, the current net) by sale, with the history's head.
        let mut out = HashMap::new();
        let mut heads: HashMap<i64, (i64, Option<String>, i64)> = HashMap::new();
        let rows = sales.query_map([&ids], |r| {
            let now = owed_on(r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?);
            Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?, now, r.get::<_, i64>(8)?, r.get(9)?))
        })?;
        for row in rows {
            let (id, source, order, day, now, first_batch, first_at): (
                i64,
                String,
                String,
                NaiveDate,
                i64,
                i64,
                Option<String>,
            ) = row?;
            heads.insert(id, (first_batch, first_at, now));
            out.insert(id, SaleHistory { sale_id: id, source, order, day, learned: Vec::new() });
        }
        // (batch, its instant, the state before it) by sale, in batch order.
        let mut before: HashMap<i64, Vec<(i64, String, i64)>> = HashMap::new();
        let mut versions = self.conn().prepare_cached(
            "SELECT v.sale_id, v.batch_id, b.started_at, coalesce(json_extract(v.previous, '$.cancelled'), 0),
                    json_extract(v.previous, '$.gross_minor'), json_extract(v.previous, '$.discounts_minor'),
                    json_extract(v.previous, '$.refunds_minor')
             FROM sale_versions v JOIN import_batches b ON b.id = v.batch_id
             WHERE v.sale_id IN (SELECT value FROM json_each(?1)) ORDER BY v.sale_id, v.batch_id",
        )?;
        let rows = versions.query_map([&ids], |r| {
            let state = owed_on(r.get::<_, i64>(3)? != 0, r.get(4)?, r.get(5)?, r.get(6)?);
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?, state))
        })?;
        for row in rows {
            let (sale, batch, at, state) = row?;
            before.entry(sale).or_default().push((batch, at, state));
        }
        for (id, history) in &mut out {
            let Some((first_batch, first_at, now)) = heads.remove(id) else { continue };
            // The state after each batch is the state before the next one, or the current one.
            let changes: Vec<&(i64, String, i64)> =
                before.get(id).map(|v| v.iter().filter(|(b, ..)| *b != first_batch).collect()).unwrap_or_default();
            let first_state = changes.first().map_or(now, |(_, _, s)| *s);
            // The demo shop's generated sales were "imported" as they happened.
            let first_day = first_at.as_deref().and_then(|t| local_day(t, tz)).unwrap_or(history.day);
            history.learned.push((first_day, first_state));
            for (i, (_, at, _)) in changes.iter().enumerate() {
                let after = changes.get(i + 1).map_or(now, |(_, _, s)| *s);
                history.learned.push((local_day(at, tz).unwrap_or(history.day), after));
            }
        }
        Ok(out)
    }

    /// The in-store redemptions typed in for the campaign partner `campaign_partner_id`, by entry.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn typed_in_redemptions(&self, campaign_partner_id: i64) -> Result<Vec<TypedIn>> {
        let tz = self.time_zone()?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT day, created_at, amount_minor FROM manual_redemptions WHERE campaign_partner_id = ?1 AND said = 0
             ORDER BY day, id",
        )?;
        let rows = stmt.query_map([campaign_partner_id], |r| {
            let day: NaiveDate = r.get(0)?;
            let created: String = r.get(1)?;
            Ok(TypedIn { day, entered: local_day(&created, tz).unwrap_or(day), amount_minor: r.get(2)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Partner `partner_id`'s payments, oldest first.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn payments_of(&self, partner_id: i64) -> Result<Vec<Payment>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, partner_id, day, amount_minor, method, note FROM payments WHERE partner_id = ?1 ORDER BY day, id",
        )?;
        let rows = stmt.query_map([partner_id], |r| {
            Ok(Payment {
                id: r.get(0)?,
                fields: PaymentInput {
                    partner_id: r.get(1)?,
                    day: r.get(2)?,
                    amount_minor: r.get(3)?,
                    method: r.get(4)?,
                    note: r.get(5)?,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a payment to a partner.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown partner; [`Error::Invalid`] for an amount not above zero, a day
    /// after today, or a method or note too long; [`Error::Database`] when SQLite fails.
    pub fn add_payment(&mut self, input: &PaymentInput) -> Result<Payment> {
        self.partner(input.partner_id)?;
        let clean =
            PaymentInput { method: input.method.trim().into(), note: input.note.trim().into(), ..input.clone() };
        let mut c = Checks::new();
        if clean.amount_minor <= 0 {
            c.fail("amount_minor", Message::new("invalid-payment-amount"));
        }
        if clean.day > self.today()? {
            c.fail("day", Message::new("invalid-payment-day"));
        }
        c.text("method", "field-how", &clean.method);
        c.text("note", "field-note", &clean.note);
        c.finish()?;
        let id = self.write_touching(Touches::Nothing, |tx| {
            tx.execute(
                "INSERT INTO payments (partner_id, day, amount_minor, method, note, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![clean.partner_id, clean.day, clean.amount_minor, clean.method, clean.note, now_text()],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(Payment { id, fields: clean })
    }

    /// Deletes the payment `id` (typed in by mistake).
    ///
    /// # Errors
    /// [`Error::NotFound`] when no payment has `id`; [`Error::Database`] when SQLite fails.
    pub fn delete_payment(&mut self, id: i64) -> Result<()> {
        let n =
            self.write_touching(Touches::Nothing, |tx| Ok(tx.execute("DELETE FROM payments WHERE id = ?1", [id])?))?;
        if n == 0 {
            return Err(Error::NotFound { entity: "payment", id });
        }
        Ok(())
    }
}
