//! Writing sales: one order with its line items and discount codes, inside an import batch. The CSV
//! importer and the demo generator both come through here, so every sale gets the same local day,
//! customer key and code normalization.

use std::borrow::Cow;
use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::bulk;
use super::sql::instant_text;
use super::{Store, now_text};
use crate::error::{Error, Result};
use crate::model::{Channel, SaleStatus};
use crate::msg;
use crate::validate::normalize_code;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewLineItem {
    pub sku: Option<String>,
    pub name: String,
    pub quantity: i64,
    pub unit_price_minor: i64,
    pub discount_minor: i64,
    pub cost_minor: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct NewSale {
    pub source: String,
    pub external_id: String,
    pub placed_at: DateTime<Utc>,
    pub channel: Channel,
    pub location: Option<String>,
    pub currency: String,
    pub gross_minor: i64,
    pub discounts_minor: i64,
    pub shipping_minor: i64,
    pub tax_minor: i64,
    pub refunds_minor: i64,
    pub codes: Vec<String>,
    /// Already-hashed customer key (see [`customer_key`]).
    pub customer_key: Option<String>,
    pub line_items: Vec<NewLineItem>,
    /// Only a [`SaleStatus::Sale`] counts; the others are kept for matching later exports.
    pub status: SaleStatus,
    /// `false` for exports that cannot show refunds: a stored sale then keeps its refunds.
    pub refunds_known: bool,
    /// `false` for exports that cannot show the order's state: a stored sale then keeps it.
    pub status_known: bool,
    /// The customer's answer to "how did you hear about us?", trimmed; `None` keeps a stored one.
    pub said: Option<String>,
}

impl NewSale {
    /// Net revenue, minor units: gross − discounts − refunds (README, "How the numbers are made").
    pub fn net_minor(&self) -> i64 {
        self.gross_minor - self.discounts_minor - self.refunds_minor
    }
}

pub struct BatchInfo<'a> {
    pub kind: &'a str,
    pub file_name: &'a str,
    pub sha256: &'a str,
    pub preset: &'a str,
}

/// Starts an import batch (`info`: its kind, file, hash and preset) and returns its id; the sales written
/// under it can be undone with it.
///
/// # Errors
/// [`Error::Database`] when SQLite fails.
pub fn create_batch(tx: &Connection, info: &BatchInfo<'_>) -> Result<i64> {
    tx.execute(
        "INSERT INTO import_batches (kind, file_name, sha256, preset, started_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![info.kind, info.file_name, info.sha256, info.preset, now_text()],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Records how many rows the batch `batch_id` read and imported, with the time it finished.
///
/// # Errors
/// [`Error::Database`] when SQLite fails.
pub fn finish_batch(tx: &Connection, batch_id: i64, rows_read: i64, rows_imported: i64) -> Result<()> {
    tx.execute(
        "UPDATE import_batches SET rows_read = ?2, rows_imported = ?3, finished_at = ?4 WHERE id = ?1",
        params![batch_id, rows_read, rows_imported, now_text()],
    )?;
    Ok(())
}

/// A customer's stable, non-reversible key: the first 128 bits of the SHA-256 of the per-database salt
/// and the trimmed, lower-cased email or customer id, in hex. Two exports of the same customer match; the
/// email itself is never stored.
pub fn customer_key(salt: &[u8], email_or_id: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt);
    let id = email_or_id.trim();
    if id.is_ascii() {
        // The same bytes as `to_lowercase`, without a copy of each order's email.
        let mut lower = [0u8; 64];
        for chunk in id.as_bytes().chunks(lower.len()) {
            for (l, b) in lower.iter_mut().zip(chunk) {
                *l = b.to_ascii_lowercase();
            }
            h.update(&lower[..chunk.len()]);
        }
    } else {
        h.update(id.to_lowercase().as_bytes());
    }
    hex(&h.finalize()[..16])
}

/// Lower-case hex of `bytes` (table-driven: this runs once per imported order).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
}

/// Codes as matched against campaigns: normalized, sorted, without duplicates.
fn normalized_codes(codes: &[String]) -> Vec<String> {
    let mut out: Vec<String> = codes.iter().map(|c| normalize_code(c)).collect();
    out.sort();
    out.dedup();
    out
}

/// A sale with what storing it needs worked out (its shop-local day, its instant as stored, its codes
/// as matched), so an import can do that work on its reading thread while another thread writes.
pub struct PreparedSale {
    pub sale: NewSale,
    local_day: NaiveDate,
    /// `local_day` as stored: binding a date formats it through a pattern parsed on every call.
    local_day_text: String,
    placed_at_text: String,
    /// Normalized, sorted, without duplicates.
    codes_norm: Vec<String>,
    /// The file line of the order's first row (0 when not from a file), for messages.
    pub line: u64,
}

impl PreparedSale {
    pub fn new(sale: NewSale, tz: Tz) -> PreparedSale {
        let local_day = sale.placed_at.with_timezone(&tz).date_naive();
        let codes_norm = normalized_codes(&sale.codes);
        PreparedSale {
            local_day,
            local_day_text: local_day.to_string(),
            placed_at_text: instant_text(&sale.placed_at),
            codes_norm,
            sale,
            line: 0,
        }
    }

    /// The shop-local day the sale was placed on.
    pub fn local_day(&self) -> NaiveDate {
        self.local_day
    }

    /// What the sale adds, borrowed from it (a bulk import makes one per order).
    fn contribution(&self) -> Contribution<'_> {
        let s = &self.sale;
        Contribution {
            day: self.local_day,
            channel: s.channel,
            net_minor: s.net_minor(),
            codes: Cow::Borrowed(&self.codes_norm),
            counted: s.status.counted(),
            customer_key: s.customer_key.as_deref().map(Cow::Borrowed),
            placed_at: Cow::Borrowed(&self.placed_at_text),
        }
    }
}

/// Inserts sales that must all be new (the demo generator's): the import's multi-row path, refusing
/// any that is already stored.
///
/// # Errors
/// [`Error::Corrupt`] when one of `sales` is already stored (same source and external id);
/// [`Error::Database`] when SQLite fails. Either way some sales may be written already: the caller's
/// transaction must roll back.
pub fn insert_new_sales(tx: &Connection, batch_id: i64, tz: Tz, sales: Vec<NewSale>) -> Result<()> {
    let prepared: Vec<PreparedSale> = sales.into_iter().map(|s| PreparedSale::new(s, tz)).collect();
    let mut met = MetInFile::default();
    for (p, state) in prepared.iter().zip(upsert_sales(tx, batch_id, &prepared, &mut met)?) {
        if !matches!(state, SaleState::New { .. }) {
            return Err(Error::Corrupt(format!(
                "order {} from {} is already stored",
                p.sale.external_id, p.sale.source
            )));
        }
    }
    Ok(())
}

fn write_codes_and_items(
    tx: &Connection,
    id: i64,
    local_day: &str,
    codes: &[String],
    items: &[NewLineItem],
) -> Result<()> {
    let mut code_stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO sale_codes (sale_id, code, code_norm, local_day) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for code in codes {
        code_stmt.execute(params![id, code, normalize_code(code), local_day])?;
    }
    let mut item_stmt = tx.prepare_cached(
        "INSERT INTO line_items (sale_id, position, sku, name, quantity, unit_price_minor, discount_minor, cost_minor)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (position, li) in (1_i64..).zip(items) {
        item_stmt.execute(params![
            id,
            position,
            li.sku,
            li.name,
            li.quantity,
            li.unit_price_minor,
            li.discount_minor,
            li.cost_minor
        ])?;
    }
    Ok(())
}

/// A sale as stored, in the form kept in `sale_versions` to undo an update exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct StoredSale {
    placed_at: String,
    local_day: NaiveDate,
    channel: Channel,
    location: Option<String>,
    currency: String,
    gross_minor: i64,
    discounts_minor: i64,
    shipping_minor: i64,
    tax_minor: i64,
    refunds_minor: i64,
    customer_key: Option<String>,
    /// Not counted (kept as stored before version 4, whose saved versions have no `status`).
    cancelled: bool,
    #[serde(default)]
    status: Option<SaleStatus>,
    codes: Vec<String>,
    line_items: Vec<NewLineItem>,
    /// Saved versions before schema 8 have none.
    #[serde(default)]
    said: Option<String>,
}

impl StoredSale {
    fn status(&self) -> SaleStatus {
        self.status.unwrap_or(if self.cancelled { SaleStatus::Cancelled } else { SaleStatus::Sale })
    }
}

fn load_stored(tx: &Connection, id: i64) -> Result<StoredSale> {
    let mut sale = tx
        .prepare_cached(
            "SELECT placed_at, local_day, channel, location, currency, gross_minor, discounts_minor, shipping_minor,
                tax_minor, refunds_minor, customer_key, cancelled, status, said FROM sales WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(StoredSale {
                placed_at: r.get(0)?,
                local_day: r.get(1)?,
                channel: r.get(2)?,
                location: r.get(3)?,
                currency: r.get(4)?,
                gross_minor: r.get(5)?,
                discounts_minor: r.get(6)?,
                shipping_minor: r.get(7)?,
                tax_minor: r.get(8)?,
                refunds_minor: r.get(9)?,
                customer_key: r.get(10)?,
                cancelled: r.get(11)?,
                status: Some(r.get(12)?),
                codes: Vec::new(),
                line_items: Vec::new(),
                said: r.get(13)?,
            })
        })?;
    sale.codes = tx
        .prepare_cached("SELECT code FROM sale_codes WHERE sale_id = ?1 ORDER BY rowid")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    sale.line_items = tx
        .prepare_cached(
            "SELECT sku, name, quantity, unit_price_minor, discount_minor, cost_minor FROM line_items
             WHERE sale_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| {
            Ok(NewLineItem {
                sku: r.get(0)?,
                name: r.get(1)?,
                quantity: r.get(2)?,
                unit_price_minor: r.get(3)?,
                discount_minor: r.get(4)?,
                cost_minor: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(sale)
}

fn write_stored(tx: &Connection, id: i64, s: &StoredSale) -> Result<()> {
    tx.prepare_cached(
        "UPDATE sales SET placed_at = ?2, local_day = ?3, channel = ?4, location = ?5, currency = ?6, gross_minor = ?7,
             discounts_minor = ?8, shipping_minor = ?9, tax_minor = ?10, refunds_minor = ?11, customer_key = ?12,
             cancelled = ?13, status = ?14, said = ?15, said_norm = ?16
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        s.placed_at,
        s.local_day,
        s.channel,
        s.location,
        s.currency,
        s.gross_minor,
        s.discounts_minor,
        s.shipping_minor,
        s.tax_minor,
        s.refunds_minor,
        s.customer_key,
        !s.status().counted(),
        s.status(),
        s.said,
        s.said.as_deref().map(crate::model::survey_norm)
    ])?;
    tx.prepare_cached("DELETE FROM sale_codes WHERE sale_id = ?1")?.execute([id])?;
    tx.prepare_cached("DELETE FROM line_items WHERE sale_id = ?1")?.execute([id])?;
    write_codes_and_items(tx, id, &s.local_day.to_string(), &s.codes, &s.line_items)
}

/// An order's state after an export of it: states only move forward (not yet paid → paid → cancelled),
/// so an older export imported after a newer one never makes a paid order unpaid again, nor brings a
/// cancelled one back. An export that cannot see the state (Etsy's item export) keeps it.
fn next_status(current: SaleStatus, sale: &NewSale) -> SaleStatus {
    match (current, sale.status) {
        _ if !sale.status_known => current,
        (SaleStatus::Cancelled, _) | (SaleStatus::Sale, SaleStatus::Unpaid) => current,
        (_, next) => next,
    }
}

/// Keeps `previous` as the state to restore if `batch` is undone (the first state the batch saw wins).
fn save_version(tx: &Connection, batch: i64, id: i64, previous: &StoredSale) -> Result<()> {
    let json = serde_json::to_string(previous).map_err(|e| Error::Corrupt(e.to_string()))?;
    tx.prepare_cached("INSERT OR IGNORE INTO sale_versions (batch_id, sale_id, previous) VALUES (?1, ?2, ?3)")?
        .execute(params![batch, id, json])?;
    Ok(())
}

/// What one sale adds to the daily aggregates: borrowed from a new sale, owned for a stored one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contribution<'s> {
    pub day: NaiveDate,
    pub channel: Channel,
    pub net_minor: i64,
    /// Normalized, without duplicates.
    pub codes: Cow<'s, [String]>,
    /// Cancelled sales add nothing.
    pub counted: bool,
    /// Whose order it is and when: the customers table and the latest sale follow them.
    pub customer_key: Option<Cow<'s, str>>,
    pub placed_at: Cow<'s, str>,
}

impl Contribution<'static> {
    fn of(s: &StoredSale) -> Contribution<'static> {
        Contribution {
            day: s.local_day,
            channel: s.channel,
            net_minor: s.gross_minor - s.discounts_minor - s.refunds_minor,
            codes: Cow::Owned(normalized_codes(&s.codes)),
            counted: s.status().counted(),
            customer_key: s.customer_key.clone().map(Cow::Owned),
            placed_at: Cow::Owned(s.placed_at.clone()),
        }
    }
}

/// The stored sales an import met so far without inserting them, by id (see [`upsert_sales`]): sales it
/// inserted need no place here, their batch tells. A first bulk load keeps nothing in it.
pub type MetInFile = FxHashSet<i64>;

/// What an upsert did, with what the sale added to the aggregates before and after (a new sale's borrowed
/// from the sale given, `'s`).
pub enum SaleState<'s> {
    /// Stored now, as sale `id`.
    New {
        id: i64,
        added: Contribution<'s>,
    },
    Updated {
        before: Contribution<'static>,
        after: Contribution<'static>,
    },
    Unchanged,
    /// The order came earlier in the same file (its rows apart) and this copy differs from what the first
    /// left: not applied, so that importing the file again changes nothing.
    RepeatedInFile,
}

/// Inserts sales, or updates the stored ones with the same source and external id whose numbers
/// changed; one state per sale, in order. New sales go in [`ROWS_PER_INSERT`] at a time with their codes
/// and line items; a sale already stored (or seen earlier in `sales`) is then compared and updated. `met`
/// carries across the calls of one import (batch `batch`) the stored sales it met, so that a later copy of
/// an order in the same file is told from an update ([`SaleState::RepeatedInFile`]).
///
/// Long because most lines bind columns one by one, and every step uses the ids the first insert gave, sale by sale.
///
/// # Errors
/// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when a changed sale's previous state cannot be
/// kept as JSON for undoing. Earlier groups may be written already: the caller's transaction must roll back.
#[expect(
    clippy::too_many_lines,
    reason = "most lines bind columns one by one, and every step uses the ids the first insert gave, sale by sale"
)]
pub fn upsert_sales<'s>(
    tx: &Connection,
    batch: i64,
    sales: &'s [PreparedSale],
    met: &mut MetInFile,
) -> Result<Vec<SaleState<'s>>> {
    // Per sale, its id when this call inserted it (`None`: already stored, or a repeat within `sales`).
    let mut new_ids: Vec<Option<i64>> = Vec::with_capacity(sales.len());
    bulk::insert_rows(
        tx,
        "INSERT OR IGNORE INTO sales (batch_id, source, external_id, placed_at, local_day, channel, location,
             currency, gross_minor, discounts_minor, shipping_minor, tax_minor, refunds_minor, customer_key, cancelled,
             status, said, said_norm)",
        18,
        sales,
        |b, p| {
            let s = &p.sale;
            b.bind(batch)?;
            b.bind(&s.source)?;
            b.bind(&s.external_id)?;
            b.bind(&p.placed_at_text)?;
            b.bind(&p.local_day_text)?;
            b.bind(s.channel)?;
            b.bind(&s.location)?;
            b.bind(&s.currency)?;
            b.bind(s.gross_minor)?;
            b.bind(s.discounts_minor)?;
            b.bind(s.shipping_minor)?;
            b.bind(s.tax_minor)?;
            b.bind(s.refunds_minor)?;
            b.bind(&s.customer_key)?;
            b.bind(!s.status.counted())?;
            b.bind(s.status)?;
            b.bind(&s.said)?;
            b.bind(s.said.as_deref().map(crate::model::survey_norm))
        },
        |group, changes, last| {
            let first = last - changes as i64 + 1;
            if changes == group.len() {
                new_ids.extend((first..=last).map(Some));
                return Ok(());
            }
            // Some were stored already: find which ids this statement gave, once each.
            let mut find = tx.prepare_cached("SELECT id FROM sales WHERE source = ?1 AND external_id = ?2")?;
            let mut claimed = std::collections::HashSet::new();
            for p in group {
                let id: i64 = find.query_row(params![p.sale.source, p.sale.external_id], |r| r.get(0))?;
                let new = changes > 0 && (first..=last).contains(&id) && claimed.insert(id);
                new_ids.push(new.then_some(id));
            }
            Ok(())
        },
    )?;
    let mut states: Vec<Option<SaleState>> = Vec::with_capacity(sales.len());
    let mut codes: Vec<(i64, &str, &str)> = Vec::new();
    let mut items: Vec<(i64, i64, &NewLineItem)> = Vec::new();
    for (p, id) in sales.iter().zip(new_ids) {
        match id {
            Some(id) => {
                codes.extend(p.sale.codes.iter().map(|c| (id, c.as_str(), p.local_day_text.as_str())));
                items.extend((1_i64..).zip(&p.sale.line_items).map(|(position, li)| (id, position, li)));
                states.push(Some(SaleState::New { id, added: p.contribution() }));
            }
            None => states.push(None),
        }
    }
    bulk::insert_rows(
        tx,
        "INSERT OR IGNORE INTO sale_codes (sale_id, code, code_norm, local_day)",
        4,
        &codes,
        |b, (id, code, day)| {
            b.bind(id)?;
            b.bind(code)?;
            b.bind(normalize_code(code))?;
            b.bind(day)
        },
        |_, _, _| Ok(()),
    )?;
    bulk::insert_rows(
        tx,
        "INSERT INTO line_items (sale_id, position, sku, name, quantity, unit_price_minor, discount_minor, cost_minor)",
        8,
        &items,
        |b, (id, position, li)| {
            b.bind(id)?;
            b.bind(position)?;
            b.bind(&li.sku)?;
            b.bind(&li.name)?;
            b.bind(li.quantity)?;
            b.bind(li.unit_price_minor)?;
            b.bind(li.discount_minor)?;
            b.bind(li.cost_minor)
        },
        |_, _, _| Ok(()),
    )?;
    sales
        .iter()
        .zip(states)
        .map(|(p, state)| match state {
            Some(state) => Ok(state),
            None => update_stored(tx, batch, p, met),
        })
        .collect()
}

/// Compares a sale with the stored one of the same source and external id, and updates it if it changed.
///
/// The order came earlier in the same file (its rows apart) when batch `batch` stored it or `met` holds it
/// already: then it may only repeat what that first copy left.
fn update_stored(
    tx: &Connection,
    batch: i64,
    prepared: &PreparedSale,
    met: &mut MetInFile,
) -> Result<SaleState<'static>> {
    let (sale, local_day) = (&prepared.sale, prepared.local_day);
    let (id, stored_by): (i64, i64) = tx
        .prepare_cached("SELECT id, batch_id FROM sales WHERE source = ?1 AND external_id = ?2")?
        .query_row(params![sale.source, sale.external_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let repeat = !met.insert(id) || stored_by == batch;
    let separate_refunds: i64 = tx
        .prepare_cached("SELECT coalesce(sum(amount_minor), 0) FROM sale_refunds WHERE sale_id = ?1")?
        .query_row([id], |r| r.get(0))?;
    let current = load_stored(tx, id)?;
    let status = next_status(current.status(), sale);
    let next = StoredSale {
        placed_at: prepared.placed_at_text.clone(),
        local_day,
        channel: sale.channel,
        location: sale.location.clone(),
        currency: sale.currency.clone(),
        gross_minor: sale.gross_minor,
        discounts_minor: sale.discounts_minor,
        shipping_minor: sale.shipping_minor,
        tax_minor: sale.tax_minor,
        // The order's own refund as the file says, unless refund rows were imported for it (one refund
        // written both ways, as in `add_refund`), at most the goods. A refund never shrinks: an older
        // export imported after a newer one does not take back a refund since.
        refunds_minor: if sale.refunds_known {
            let goods = (sale.gross_minor - sale.discounts_minor).max(0);
            let refunds = if separate_refunds > 0 { separate_refunds } else { sale.refunds_minor };
            refunds.max(current.refunds_minor).min(goods)
        } else {
            current.refunds_minor
        },
        // An export that completes another (Etsy's item export, blind to the state) keeps the customer the
        // other recorded: Etsy's two exports name the buyer differently.
        customer_key: if sale.status_known {
            sale.customer_key.clone().or_else(|| current.customer_key.clone())
        } else {
            current.customer_key.clone().or_else(|| sale.customer_key.clone())
        },
        cancelled: !status.counted(),
        status: Some(status),
        // Two exports of one platform complete each other (Square's item and transaction exports):
        // one without codes or line items does not erase what the other recorded.
        codes: if sale.codes.is_empty() { current.codes.clone() } else { sale.codes.clone() },
        line_items: if sale.line_items.is_empty() { current.line_items.clone() } else { sale.line_items.clone() },
        // An export without the answer (another platform's, an older layout) keeps the one recorded.
        said: sale.said.clone().or_else(|| current.said.clone()),
    };
    if next == current {
        return Ok(SaleState::Unchanged);
    }
    if repeat {
        // What is stored is what the file's first copy left: this one says something else.
        return Ok(SaleState::RepeatedInFile);
    }
    save_version(tx, batch, id, &current)?;
    write_stored(tx, id, &next)?;
    Ok(SaleState::Updated { before: Contribution::of(&current), after: Contribution::of(&next) })
}

pub enum RefundOutcome {
    /// Applied now: the sale's contribution to the aggregates before and after.
    Applied { before: Contribution<'static>, after: Contribution<'static> },
    /// This refund was applied by an earlier import.
    AlreadyApplied,
    /// No sale with that id from this source.
    NoSale,
}

/// A refund written as its own row, applied to its order once the whole file is read (exports list
/// newest first, so a refund often comes before its payment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundDraft {
    /// The order (payment) refunded.
    pub external_id: String,
    /// The refund's own id in the export, so importing it twice refunds once.
    pub refund_id: String,
    pub refund_minor: i64,
    pub line: u64,
}

/// Keeps a refund of an order not imported yet, to apply when the order arrives; `false` when it was
/// kept already (by an earlier import of the same file).
///
/// # Errors
/// [`Error::Database`] when SQLite fails.
pub fn keep_pending_refund(tx: &Connection, batch: i64, source: &str, refund: &RefundDraft) -> Result<bool> {
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO pending_refunds (source, external_id, refund_id, amount_minor, batch_id)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![source, refund.external_id, refund.refund_id, refund.refund_minor.max(0), batch])?;
    Ok(inserted == 1)
}

/// The kept refunds of `source` whose order is stored now and that were not applied yet, each with the
/// import that kept it: applied in that import's name, so that undoing it takes the refund back.
///
/// # Errors
/// [`Error::Database`] when SQLite fails.
pub fn pending_refunds_due(tx: &Connection, source: &str) -> Result<Vec<(RefundDraft, i64)>> {
    let mut stmt = tx.prepare_cached(
        "SELECT p.external_id, p.refund_id, p.amount_minor, p.batch_id FROM pending_refunds p
         JOIN sales s ON s.source = p.source AND s.external_id = p.external_id
         WHERE p.source = ?1 AND NOT EXISTS
             (SELECT 1 FROM sale_refunds r WHERE r.sale_id = s.id AND r.refund_id = p.refund_id)",
    )?;
    let rows = stmt.query_map([source], |r| {
        Ok((RefundDraft { external_id: r.get(0)?, refund_id: r.get(1)?, refund_minor: r.get(2)?, line: 0 }, r.get(3)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Applies a refund row to its sale, once.
///
/// # Errors
/// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the sale's previous state cannot be kept as
/// JSON for undoing. A refund of an order not stored is [`RefundOutcome::NoSale`], not an error.
pub fn add_refund(tx: &Connection, batch: i64, source: &str, refund: &RefundDraft) -> Result<RefundOutcome> {
    let sale: Option<i64> = tx
        .prepare_cached("SELECT id FROM sales WHERE source = ?1 AND external_id = ?2")?
        .query_row(params![source, refund.external_id], |r| r.get(0))
        .optional()?;
    let Some(id) = sale else {
        return Ok(RefundOutcome::NoSale);
    };
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO sale_refunds (sale_id, refund_id, amount_minor, batch_id) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![id, refund.refund_id, refund.refund_minor, batch])?;
    if inserted == 1 {
        let current = load_stored(tx, id)?;
        save_version(tx, batch, id, &current)?;
        // An order with refund rows is refunded what they add up to: two exports of one platform may write
        // the same refund both ways (WooCommerce's order export on the order, tax included, and as a row,
        // or its Analytics download as a row, without tax), and it is one refund, the row's the exact one.
        // Net revenue excludes tax and shipping: a refund takes back at most the goods sold.
        tx.prepare_cached(
            "UPDATE sales SET refunds_minor = min(max(0, gross_minor - discounts_minor),
                 (SELECT coalesce(sum(amount_minor), 0) FROM sale_refunds WHERE sale_id = ?1))
             WHERE id = ?1",
        )?
        .execute(params![id])?;
        let after = load_stored(tx, id)?;
        Ok(RefundOutcome::Applied { before: Contribution::of(&current), after: Contribution::of(&after) })
    } else {
        Ok(RefundOutcome::AlreadyApplied)
    }
}

/// Changes to the daily aggregates gathered during an import and written once at its end, so a large
/// import never rescans the sales it wrote.
#[derive(Default)]
pub struct AggregateDeltas {
    by_channel: FxHashMap<(NaiveDate, Channel), (i64, i64)>,
    /// By code, then day: a code's entry is looked up by `&str` (an order's codes are not copied).
    by_code: FxHashMap<String, FxHashMap<NaiveDate, (i64, i64)>>,
    /// The earliest day of any order added or changed, counted or not: where campaign results can change.
    first_day: Option<NaiveDate>,
}

impl AggregateDeltas {
    pub fn add(&mut self, c: &Contribution<'_>, sign: i64) {
        self.first_day = Some(self.first_day.map_or(c.day, |d| d.min(c.day)));
        if !c.counted {
            return;
        }
        // An order counts as one when its net revenue is above zero (a fully refunded or free order adds
        // only its money, zero): the rule of `crate::model::counts_as_order`.
        let order = sign * i64::from(crate::model::counts_as_order(c.net_minor));
        let e = self.by_channel.entry((c.day, c.channel)).or_default();
        e.0 += order;
        e.1 += sign * c.net_minor;
        for code in c.codes.iter() {
            if !self.by_code.contains_key(code.as_str()) {
                self.by_code.insert(code.clone(), FxHashMap::default());
            }
            let Some(days) = self.by_code.get_mut(code.as_str()) else { continue };
            let e = days.entry(c.day).or_default();
            e.0 += order;
            e.1 += sign * c.net_minor;
        }
    }

    pub fn first_day(&self) -> Option<NaiveDate> {
        self.first_day
    }

    /// How much these changes move the shop's net revenue (new orders, changed ones, refunds).
    pub fn net_change(&self) -> i64 {
        self.by_channel.values().map(|(_, net)| net).sum()
    }

    /// Adds these changes to the daily aggregates (by channel and by code) in `tx`, and drops rows left with
    /// no order and no money.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn write(&self, tx: &Connection) -> Result<()> {
        let mut channel = tx.prepare_cached(
            "INSERT INTO daily_sales (day, channel, orders, net_minor) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (day, channel) DO UPDATE SET orders = orders + excluded.orders,
                                                      net_minor = net_minor + excluded.net_minor",
        )?;
        for ((day, ch), (orders, net)) in &self.by_channel {
            channel.execute(params![day, ch, orders, net])?;
        }
        let mut code = tx.prepare_cached(
            "INSERT INTO daily_code_sales (day, code_norm, orders, net_minor) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (day, code_norm) DO UPDATE SET orders = orders + excluded.orders,
                                                        net_minor = net_minor + excluded.net_minor",
        )?;
        for (c, days) in &self.by_code {
            for (day, (orders, net)) in days {
                code.execute(params![day, c, orders, net])?;
            }
        }
        // A row of no order and no money says nothing (an order that no longer counts, moved or refunded).
        tx.execute_batch(
            "DELETE FROM daily_sales WHERE orders = 0 AND net_minor = 0;
             DELETE FROM daily_code_sales WHERE orders = 0 AND net_minor = 0;",
        )?;
        Ok(())
    }
}

/// Recomputes the daily aggregates of every day with sales (after a bulk write such as the demo's).
///
/// # Errors
/// Storage errors only.
pub fn refresh_all_aggregates(tx: &Connection) -> Result<()> {
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS affected_days (day TEXT PRIMARY KEY) WITHOUT ROWID;
         INSERT OR IGNORE INTO temp.affected_days (day) SELECT DISTINCT local_day FROM sales;",
    )?;
    refresh_aggregates(tx)
}

/// Recomputes the daily aggregates of the days listed in `temp.affected_days`, then empties the list.
///
/// # Errors
/// [`Error::Database`] when SQLite fails.
pub fn refresh_aggregates(tx: &Connection) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM daily_sales WHERE day IN (SELECT day FROM temp.affected_days);
         INSERT INTO daily_sales (day, channel, orders, net_minor)
             SELECT local_day, channel, sum(net_minor > 0), sum(net_minor) FROM sales
             WHERE cancelled = 0 AND local_day IN (SELECT day FROM temp.affected_days)
             GROUP BY local_day, channel HAVING sum(net_minor > 0) > 0 OR sum(net_minor) <> 0;
         DELETE FROM daily_code_sales WHERE day IN (SELECT day FROM temp.affected_days);
         INSERT INTO daily_code_sales (day, code_norm, orders, net_minor)
             SELECT s.local_day, c.code_norm, sum(s.net_minor > 0), sum(s.net_minor)
             FROM sales s JOIN sale_codes c ON c.sale_id = s.id
             WHERE s.cancelled = 0 AND s.local_day IN (SELECT day FROM temp.affected_days)
             GROUP BY s.local_day, c.code_norm HAVING sum(s.net_minor > 0) > 0 OR sum(s.net_minor) <> 0;
         DELETE FROM temp.affected_days;",
    )?;
    Ok(())
}

/// An import as the history lists it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportBatch {
    pub id: i64,
    pub file_name: String,
    pub preset: String,
    pub started_at: String,
    pub rows_read: i64,
    pub orders_new: i64,
    pub orders_updated: i64,
    pub orders_unchanged: i64,
    pub rows_skipped: i64,
    /// How much this import changed net revenue when it ran: its new orders, less what its updates and
    /// refunds took back (negative for an export that only brought refunds).
    pub net_minor: i64,
    pub undone: bool,
}

/// Totals for scripts and acceptance checks: orders, net revenue, and per discount code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SalesSummary {
    pub orders: i64,
    pub net_revenue_minor: i64,
    pub currency: Option<String>,
    pub by_code: BTreeMap<String, CodeTotals>,
}

/// The shop's sales at a glance, as the Import screen shows them ([`Store::sales_overview`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SalesOverview {
    pub orders: i64,
    pub net_revenue_minor: i64,
    pub currency: Option<String>,
    /// How many discount codes the counted sales used (codes that differ only in case or spaces are one).
    pub codes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CodeTotals {
    pub orders: i64,
    pub net_revenue_minor: i64,
}

impl Store {
    /// Every import, newest first.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn list_imports(&self) -> Result<Vec<ImportBatch>> {
        let mut stmt = self.conn().prepare(
            "SELECT b.*
             FROM import_batches b WHERE b.kind = 'file' ORDER BY b.id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ImportBatch {
                id: r.get("id")?,
                file_name: r.get("file_name")?,
                preset: r.get("preset")?,
                started_at: r.get("started_at")?,
                rows_read: r.get("rows_read")?,
                orders_new: r.get("orders_new")?,
                orders_updated: r.get("orders_updated")?,
                orders_unchanged: r.get("orders_unchanged")?,
                rows_skipped: r.get("rows_skipped")?,
                net_minor: r.get("net_minor")?,
                undone: r.get::<_, Option<String>>("undone_at")?.is_some(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Undoes an import: removes the orders it added and restores those it changed, exactly.
    ///
    /// # Errors
    /// [`Error::InUse`] when a later import changed the same orders (undo that one first);
    /// [`Error::Invalid`] when the batch is already undone.
    pub fn undo_import(&mut self, batch: i64) -> Result<ImportBatch> {
        let found = self
            .list_imports()?
            .into_iter()
            .find(|b| b.id == batch)
            .ok_or(Error::NotFound { entity: "import", id: batch })?;
        if found.undone {
            return Err(Error::invalid("batch", msg!("invalid-import-undone", file = &found.file_name)));
        }
        let later: Option<String> = self
            .conn()
            .query_row(
                "SELECT b.file_name FROM sale_versions v JOIN import_batches b ON b.id = v.batch_id
                 WHERE b.id > ?1 AND b.undone_at IS NULL
                   AND v.sale_id IN (SELECT id FROM sales WHERE batch_id = ?1
                                     UNION SELECT sale_id FROM sale_versions WHERE batch_id = ?1)
                 LIMIT 1",
                [batch],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(later) = later {
            return Err(Error::InUse { message: msg!("in-use-later-import", later = later), campaigns: vec![] });
        }
        let tx = self.transaction()?;
        let last_day_before = super::results_cache::last_data_day(&tx)?;
        tx.execute("CREATE TEMP TABLE IF NOT EXISTS affected_days (day TEXT PRIMARY KEY) WITHOUT ROWID", [])?;
        tx.execute(
            "INSERT OR IGNORE INTO temp.affected_days (day)
                 SELECT local_day FROM sales WHERE batch_id = ?1
                 UNION SELECT s.local_day FROM sale_versions v JOIN sales s ON s.id = v.sale_id WHERE v.batch_id = ?1
                 UNION SELECT json_extract(previous, '$.local_day') FROM sale_versions WHERE batch_id = ?1",
            [batch],
        )?;
        let versions: Vec<(i64, String)> = tx
            .prepare("SELECT sale_id, previous FROM sale_versions WHERE batch_id = ?1")?
            .query_map([batch], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (id, json) in versions {
            let previous: StoredSale = serde_json::from_str(&json).map_err(|e| Error::Corrupt(e.to_string()))?;
            write_stored(&tx, id, &previous)?;
        }
        tx.execute("DELETE FROM sale_refunds WHERE batch_id = ?1", [batch])?;
        tx.execute("DELETE FROM pending_refunds WHERE batch_id = ?1", [batch])?;
        tx.execute("DELETE FROM sale_versions WHERE batch_id = ?1", [batch])?;
        tx.execute("DELETE FROM sales WHERE batch_id = ?1", [batch])?;
        tx.execute("UPDATE import_batches SET undone_at = ?2 WHERE id = ?1", params![batch, now_text()])?;
        let first_day: Option<NaiveDate> = tx.query_row("SELECT min(day) FROM temp.affected_days", [], |r| r.get(0))?;
        refresh_aggregates(&tx)?;
        super::customers::rebuild(&tx)?;
        let affected = super::results_cache::forget_sales(&tx, first_day, last_day_before)?;
        tx.commit()?;
        self.mark_stale_results(&affected);
        self.list_imports()?.into_iter().find(|b| b.id == batch).ok_or(Error::NotFound { entity: "import", id: batch })
    }

    /// Orders and net revenue (from the daily aggregates), and per discount code as exports name it.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn sales_summary(&self) -> Result<SalesSummary> {
        let (orders, net) = self.all_sales_totals()?;
        let mut stmt = self.conn().prepare(
            "SELECT c.code, sum(s.net_minor > 0), sum(s.net_minor) FROM sale_codes c JOIN sales s ON s.id = c.sale_id
             WHERE s.cancelled = 0 GROUP BY c.code ORDER BY c.code",
        )?;
        let by_code = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, CodeTotals { orders: r.get(1)?, net_revenue_minor: r.get(2)? }))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(SalesSummary { orders, net_revenue_minor: net, currency: self.shop()?.settings.currency, by_code })
    }

    /// What the Import screen says of the shop's sales: orders and net revenue as [`Store::sales_summary`]
    /// counts them, and how many discount codes the counted sales used, codes told apart as every analysis
    /// matches them (case and spaces aside, [`crate::validate::normalize_code`]). All from the daily
    /// aggregates: milliseconds on a million orders, where the summary's totals per code as exports spell
    /// them read every sale with a code (0.2–0.5 s), and the screen would hold the shop file that long.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn sales_overview(&self) -> Result<SalesOverview> {
        let (orders, net) = self.all_sales_totals()?;
        let codes =
            self.conn().query_row("SELECT count(DISTINCT code_norm) FROM daily_code_sales", [], |r| r.get(0))?;
        Ok(SalesOverview { orders, net_revenue_minor: net, currency: self.shop()?.settings.currency, codes })
    }

    /// Every counted order and the net revenue of every sale not cancelled, from the daily aggregates.
    fn all_sales_totals(&self) -> Result<(i64, i64)> {
        Ok(self.conn().query_row(
            "SELECT coalesce(sum(orders), 0), coalesce(sum(net_minor), 0) FROM daily_sales",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }
}

/// Recomputes every sale's shop-local day after the shop's time zone changed.
pub(crate) fn recompute_local_days(tx: &Connection, tz: Tz) -> Result<()> {
    // Every day may change: rebuild all aggregates afterwards.
    tx.execute("CREATE TEMP TABLE IF NOT EXISTS affected_days (day TEXT PRIMARY KEY) WITHOUT ROWID", [])?;
    let mut read = tx.prepare("SELECT id, placed_at FROM sales")?;
    let rows = read
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, super::sql::instant(r, "placed_at")?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut write = tx.prepare("UPDATE sales SET local_day = ?2 WHERE id = ?1")?;
    for (id, at) in rows {
        write.execute(params![id, at.with_timezone(&tz).date_naive()])?;
    }
    tx.execute(
        "UPDATE sale_codes SET local_day = (SELECT s.local_day FROM sales s WHERE s.id = sale_codes.sale_id)",
        [],
    )?;
    super::customers::rebuild(tx)?;
    tx.execute_batch(
        "DELETE FROM daily_sales; DELETE FROM daily_code_sales;
         INSERT OR IGNORE INTO temp.affected_days (day) SELECT DISTINCT local_day FROM sales;",
    )?;
    refresh_aggregates(tx)
}

/// What an import of a file read, recorded on its batch when it is written.
pub struct FileBatch<'a> {
    pub sha256: &'a str,
    pub encoding: &'a str,
    pub delimiter: &'a str,
    pub rows_read: i64,
    pub rows_imported: i64,
    pub rows_skipped: i64,
    /// The row problems, as JSON.
    pub errors_json: String,
    pub orders_new: i64,
    pub orders_updated: i64,
    pub orders_unchanged: i64,
    /// How much the import moved the shop's net revenue.
    pub net_minor: i64,
    /// What it left out or assumed, as JSON.
    pub notes_json: String,
}

/// Records what an import of a file read on its batch, with the time it finished.
///
/// # Errors
/// Storage errors only.
pub fn record_file_batch(tx: &Connection, batch: i64, b: &FileBatch<'_>) -> Result<()> {
    tx.execute(
        "UPDATE import_batches SET sha256 = ?2, encoding = ?3, delimiter = ?4, rows_read = ?5, rows_imported = ?6,
             rows_skipped = ?7, errors = ?8, orders_new = ?9, orders_updated = ?10, orders_unchanged = ?11,
             finished_at = ?12, net_minor = ?13, notes = ?14
         WHERE id = ?1",
        params![
            batch,
            b.sha256,
            b.encoding,
            b.delimiter,
            b.rows_read,
            b.rows_imported,
            b.rows_skipped,
            b.errors_json,
            b.orders_new,
            b.orders_updated,
            b.orders_unchanged,
            super::now_text(),
            b.net_minor,
            b.notes_json,
        ],
    )?;
    Ok(())
}

/// Whether a file with this SHA-256 was imported before (and not undone), by another batch than `batch`.
///
/// # Errors
/// Storage errors only.
pub fn file_imported_before(tx: &Connection, sha256: &str, batch: i64) -> Result<bool> {
    Ok(tx
        .query_row(
            "SELECT 1 FROM import_batches WHERE sha256 = ?1 AND undone_at IS NULL AND kind = 'file' AND id <> ?2",
            params![sha256, batch],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Sets the shop's currency from an import when it has none yet.
///
/// # Errors
/// Storage errors only.
pub fn set_currency_if_unset(tx: &Connection, currency: Option<&str>) -> Result<()> {
    tx.execute("UPDATE shop SET currency = ?1 WHERE id = 1 AND currency IS NULL", [currency])?;
    Ok(())
}

impl Store {
    /// The highest sale id stored: how big the shop is, for choosing how to load a file.
    ///
    /// # Errors
    /// Storage errors only.
    pub fn sales_stored(&self) -> Result<i64> {
        Ok(self.conn().query_row("SELECT coalesce(max(id), 0) FROM sales", [], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::{Sha256, customer_key, hex};
    use crate::Store;
    use sha2::Digest;

    #[test]
    fn the_overview_counts_as_the_summary_does() {
        let dir = tempfile::tempdir().expect("dir");
        let mut store = Store::open(dir.path().join("shop.sqlite")).expect("store");
        let empty = store.sales_overview().expect("overview");
        assert_eq!((empty.orders, empty.net_revenue_minor, empty.codes), (0, 0, 0));
        let today = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).expect("day");
        crate::demo::generate(&mut store, today).expect("demo");
        let summary = store.sales_summary().expect("summary");
        let overview = store.sales_overview().expect("overview");
        assert!(overview.orders > 0 && overview.codes > 0);
        assert_eq!((overview.orders, overview.net_revenue_minor), (summary.orders, summary.net_revenue_minor));
        assert_eq!(overview.currency, summary.currency);
        let used: std::collections::BTreeSet<String> = summary
            .by_code
            .iter()
            .filter(|(_, t)| t.orders > 0 || t.net_revenue_minor != 0)
            .map(|(code, _)| crate::validate::normalize_code(code))
            .collect();
        assert_eq!(overview.codes, used.len() as i64);
    }

    #[test]
    fn customer_keys_ignore_case_and_space_but_depend_on_the_salt() {
        let a = customer_key(b"salt-1", " Maya@Example.com ");
        assert_eq!(a, customer_key(b"salt-1", "maya@example.com"));
        assert_ne!(a, customer_key(b"salt-2", "maya@example.com"));
        assert!(!a.contains("maya"));
        assert_eq!(a.len(), 32);
    }

    /// The keys already stored in shops stay the keys: the definition, written out, for ASCII ids longer
    /// than one 64-byte chunk and for ids that are not ASCII.
    #[test]
    fn customer_keys_are_the_sha256_of_the_salt_and_the_lower_cased_id() {
        let long = format!("{}@Example.COM", "Very.Long.Name".repeat(9));
        for id in ["Maya@Example.com", long.as_str(), " ZOË@exemple.fr ", "İstanbul-Shop@Example.com", ""] {
            let mut h = Sha256::new();
            h.update(b"salt");
            h.update(id.trim().to_lowercase().as_bytes());
            assert_eq!(customer_key(b"salt", id), hex(&h.finalize()[..16]), "{id}");
        }
    }
}
