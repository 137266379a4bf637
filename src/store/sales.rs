//! Writing sales: one order with its line items and discount codes, inside an import batch. The CSV
//! importer and the demo generator both come through here, so every sale gets the same local day,
//! customer key and code normalization.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{Transaction, params};
use sha2::{Digest, Sha256};

use super::now_text;
use super::sql::instant_text;
use crate::error::Result;
use crate::model::Channel;
use crate::validate::normalize_code;

#[derive(Debug, Clone)]
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
}

pub struct BatchInfo<'a> {
    pub kind: &'a str,
    pub file_name: &'a str,
    pub sha256: &'a str,
    pub preset: &'a str,
}

pub fn create_batch(tx: &Transaction<'_>, info: &BatchInfo<'_>) -> Result<i64> {
    tx.execute(
        "INSERT INTO import_batches (kind, file_name, sha256, preset, started_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![info.kind, info.file_name, info.sha256, info.preset, now_text()],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn finish_batch(tx: &Transaction<'_>, batch_id: i64, rows_read: i64, rows_imported: i64) -> Result<()> {
    tx.execute(
        "UPDATE import_batches SET rows_read = ?2, rows_imported = ?3, finished_at = ?4 WHERE id = ?1",
        params![batch_id, rows_read, rows_imported, now_text()],
    )?;
    Ok(())
}

/// A customer's stable, non-reversible key: SHA-256 of the per-database salt and the trimmed, lower-cased
/// email or customer id. Two exports of the same customer match; the email itself is never stored.
pub fn customer_key(salt: &[u8], email_or_id: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(email_or_id.trim().to_lowercase().as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

pub fn insert_sale(tx: &Transaction<'_>, batch_id: i64, tz: Tz, sale: &NewSale) -> Result<i64> {
    let local_day = sale.placed_at.with_timezone(&tz).date_naive();
    tx.prepare_cached(
        "INSERT INTO sales (batch_id, source, external_id, placed_at, local_day, channel, location, currency,
             gross_minor, discounts_minor, shipping_minor, tax_minor, refunds_minor, customer_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        batch_id,
        sale.source,
        sale.external_id,
        instant_text(&sale.placed_at),
        local_day,
        sale.channel,
        sale.location,
        sale.currency,
        sale.gross_minor,
        sale.discounts_minor,
        sale.shipping_minor,
        sale.tax_minor,
        sale.refunds_minor,
        sale.customer_key
    ])?;
    let id = tx.last_insert_rowid();
    let mut code_stmt =
        tx.prepare_cached("INSERT OR IGNORE INTO sale_codes (sale_id, code, code_norm) VALUES (?1, ?2, ?3)")?;
    for code in &sale.codes {
        code_stmt.execute(params![id, code, normalize_code(code)])?;
    }
    let mut item_stmt = tx.prepare_cached(
        "INSERT INTO line_items (sale_id, sku, name, quantity, unit_price_minor, discount_minor, cost_minor)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for li in &sale.line_items {
        item_stmt.execute(params![
            id,
            li.sku,
            li.name,
            li.quantity,
            li.unit_price_minor,
            li.discount_minor,
            li.cost_minor
        ])?;
    }
    Ok(id)
}

/// Recomputes every sale's shop-local day after the shop's time zone changed.
pub(crate) fn recompute_local_days(tx: &Transaction<'_>, tz: Tz) -> Result<()> {
    let mut read = tx.prepare("SELECT id, placed_at FROM sales")?;
    let rows = read
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, super::sql::instant(r, "placed_at")?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut write = tx.prepare("UPDATE sales SET local_day = ?2 WHERE id = ?1")?;
    for (id, at) in rows {
        write.execute(params![id, at.with_timezone(&tz).date_naive()])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::customer_key;

    #[test]
    fn customer_keys_ignore_case_and_space_but_depend_on_the_salt() {
        let a = customer_key(b"salt-1", " Maya@Example.com ");
        assert_eq!(a, customer_key(b"salt-1", "maya@example.com"));
        assert_ne!(a, customer_key(b"salt-2", "maya@example.com"));
        assert!(!a.contains("maya"));
        assert_eq!(a.len(), 64);
    }
}
