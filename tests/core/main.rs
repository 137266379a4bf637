//! Behaviour of the core across modules, on real SQLite files in temporary folders.

mod attribution;
mod campaigns;
mod catalogues;
mod charts;
mod cli;
mod communities;
mod contacts;
mod deliverables;
mod demo;
mod export;
mod import;
mod import_rules;
mod layers;
mod leaks;
mod ledger;
mod locale;
mod partners;
mod pdf;
mod posts_import;
mod presets;
mod real_exports;
mod results_cache;
mod store;
mod survey;
mod upgrades;

use chrono::NaiveDate;
use locallift::Store;
use locallift::model::{PartnerInput, Platform, SocialAccountInput};
use tempfile::TempDir;

/// A fresh shop file in its own folder; the folder lives as long as the returned guard.
pub fn fresh() -> (TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path().join("shop.sqlite")).expect("open a new shop file");
    store.set_today(Some(day("2026-05-01")));
    (dir, store)
}

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a YYYY-MM-DD date")
}

/// A compressed backup (`.sqlite.zst`) opened as the SQLite file it holds, decompressed beside it as
/// `<name>.plain` (the caller's folder is temporary).
pub fn open_backup(backup: &std::path::Path) -> rusqlite::Connection {
    assert!(backup.to_string_lossy().ends_with(".sqlite.zst"), "a compressed backup: {}", backup.display());
    let plain = backup.with_extension("plain");
    let mut out = std::fs::File::create(&plain).expect("create");
    zstd::stream::copy_decode(std::fs::File::open(backup).expect("open the backup"), &mut out).expect("zstd");
    rusqlite::Connection::open(&plain).expect("a SQLite file")
}

/// Sets the shop up as "Fern & Fable": USD, time zone `tz`, 50 % margin, no hourly rate.
pub fn usd_shop(store: &mut Store, tz: &str) {
    store
        .update_shop(&locallift::model::ShopInput {
            name: "Fern & Fable".into(),
            currency: Some("USD".into()),
            time_zone: tz.into(),
            default_margin_pct: 50.0,
            locale: None,
            hourly_rate_minor: None,
        })
        .expect("shop");
}

pub fn partner(name: &str) -> PartnerInput {
    PartnerInput { name: name.into(), ..PartnerInput::default() }
}

pub fn account(platform: Platform, handle: &str, followers: i64) -> SocialAccountInput {
    SocialAccountInput {
        platform,
        handle: handle.into(),
        url: None,
        followers,
        engagement_pct: Some(4.5),
        as_of: day("2026-03-01"),
    }
}

/// The fields an `Invalid` error names, or a panic saying what came instead.
pub fn invalid_fields<T: std::fmt::Debug>(result: locallift::Result<T>) -> Vec<String> {
    match result {
        Err(locallift::Error::Invalid(fields)) => fields.into_iter().map(|f| f.field).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

/// Row counts of every table: "nothing was written" means these did not change.
pub fn table_counts(store: &Store) -> Vec<(String, i64)> {
    let tables = [
        "partners",
        "social_accounts",
        "follower_snapshots",
        "communities",
        "community_feedback",
        "campaigns",
        "campaign_partners",
        "promo_codes",
        "posts",
        "sales",
    ];
    let conn = rusqlite::Connection::open(store.path()).expect("second connection");
    tables
        .iter()
        .map(|t| {
            (t.to_string(), conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0)).expect("count"))
        })
        .collect()
}

/// The daily aggregates the import keeps must equal a fresh computation from the sales themselves (an
/// order counts when its net revenue is above zero).
pub fn assert_aggregates_match(store: &Store) {
    let conn = rusqlite::Connection::open(store.path()).expect("second connection");
    let rows = |sql: &str| -> Vec<(String, String, i64, i64)> {
        let mut stmt = conn.prepare(sql).expect("sql");
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows")
    };
    assert_eq!(
        rows("SELECT day, channel, orders, net_minor FROM daily_sales ORDER BY 1, 2"),
        rows(
            "SELECT local_day, channel, sum(net_minor > 0), sum(net_minor) FROM sales WHERE cancelled = 0
             GROUP BY 1, 2 HAVING sum(net_minor > 0) > 0 OR sum(net_minor) <> 0 ORDER BY 1, 2"
        ),
        "daily_sales"
    );
    assert_eq!(
        rows("SELECT day, code_norm, orders, net_minor FROM daily_code_sales ORDER BY 1, 2"),
        rows(
            "SELECT s.local_day, c.code_norm, sum(s.net_minor > 0), sum(s.net_minor) FROM sales s
             JOIN sale_codes c ON c.sale_id = s.id
             WHERE s.cancelled = 0 GROUP BY 1, 2 HAVING sum(s.net_minor > 0) > 0 OR sum(s.net_minor) <> 0 ORDER BY 1, 2"
        ),
        "daily_code_sales"
    );
    assert_eq!(
        rows("SELECT code_norm, local_day, sale_id, 0 FROM sale_codes ORDER BY 1, 2, 3"),
        rows(
            "SELECT c.code_norm, s.local_day, s.id, 0 FROM sale_codes c JOIN sales s ON s.id = c.sale_id ORDER BY 1, 2, 3"
        ),
        "each code row carries its sale's local day"
    );
    let stale: String =
        conn.query_row("SELECT value FROM app_settings WHERE key = 'customers_stale'", [], |r| r.get(0)).expect("flag");
    if stale == "false" {
        assert_customers_match(&conn);
    }
}

/// The customers table (when not marked stale) equals a fresh computation from the sales.
pub fn assert_customers_match(conn: &rusqlite::Connection) {
    let rows = |sql: &str| -> Vec<(String, i64, String, String, Option<String>)> {
        let mut stmt = conn.prepare(sql).expect("sql");
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows")
    };
    assert_eq!(
        rows("SELECT customer_key, first_sale_id, first_at, first_day, second_at FROM customers ORDER BY 1"),
        rows(
            "SELECT s.customer_key, s.id, s.placed_at, s.local_day,
                    (SELECT min(o.placed_at) FROM sales o WHERE o.customer_key = s.customer_key AND o.cancelled = 0
                       AND o.net_minor > 0
                       AND (o.placed_at > s.placed_at OR (o.placed_at = s.placed_at AND o.id > s.id)))
             FROM sales s WHERE s.cancelled = 0 AND s.net_minor > 0 AND s.customer_key IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM sales o WHERE o.customer_key = s.customer_key AND o.cancelled = 0
                               AND o.net_minor > 0
                               AND (o.placed_at < s.placed_at OR (o.placed_at = s.placed_at AND o.id < s.id)))
             ORDER BY 1"
        ),
        "customers"
    );
    let kept: Option<String> = conn
        .query_row("SELECT value ->> '$' FROM app_settings WHERE key = 'last_sale_at'", [], |r| r.get(0))
        .unwrap_or(None);
    let actual: Option<String> =
        conn.query_row("SELECT max(placed_at) FROM sales WHERE cancelled = 0", [], |r| r.get(0)).expect("max");
    if kept.is_some() || actual.is_some() {
        assert_eq!(kept, actual, "the latest sale kept with the customers");
    }
}
