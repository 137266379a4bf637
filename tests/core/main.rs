//! Behaviour of the core across modules, on real SQLite files in temporary folders.

mod attribution;
mod campaigns;
mod cli;
mod communities;
mod demo;
mod import;
mod partners;
mod presets;
mod store;
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

/// The daily aggregates the import keeps must equal a fresh computation from the sales themselves.
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
            "SELECT local_day, channel, count(*), sum(net_minor) FROM sales WHERE cancelled = 0 GROUP BY 1, 2 ORDER BY 1, 2"
        ),
        "daily_sales"
    );
    assert_eq!(
        rows("SELECT day, code_norm, orders, net_minor FROM daily_code_sales ORDER BY 1, 2"),
        rows(
            "SELECT s.local_day, c.code_norm, count(*), sum(s.net_minor) FROM sales s JOIN sale_codes c ON c.sale_id = s.id
             WHERE s.cancelled = 0 GROUP BY 1, 2 ORDER BY 1, 2"
        ),
        "daily_code_sales"
    );
}
