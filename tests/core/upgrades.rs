//! Every released schema version has a shop file under `tests/fixtures/schema/`, made by the release
//! that wrote that version, with the `summary --json` and `results March --json` it printed then. Opening
//! it with this build must migrate it and give the same numbers: an upgrade never loses or changes data.

use std::path::{Path, PathBuf};
use std::process::Command;

use locallift::Store;
use locallift::store::SCHEMA_VERSION;

fn schema_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema")
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json")
}

fn cli(db: &Path, args: &[&str]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_locallift")).arg("--db").arg(db).args(args).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("json out")
}

/// The figures a shop owner reads, per partner and in total (fields added later are not compared).
fn figures(results: &serde_json::Value) -> Vec<serde_json::Value> {
    let pick = |v: &serde_json::Value| {
        let keys =
            ["attributed_orders", "attributed_net_revenue_minor", "gross_profit_minor", "cost_minor", "new_customers"];
        serde_json::Value::Array(keys.iter().map(|k| v[k].clone()).collect())
    };
    let mut out: Vec<_> = results["partners"].as_array().expect("partners").iter().map(pick).collect();
    out.push(pick(&results["totals"]));
    out
}

/// Row counts and the line items in their order, in the current schema.
const TABLES: &str = "SELECT (SELECT count(*) FROM sales), (SELECT count(*) FROM line_items),
        (SELECT sum(quantity * unit_price_minor) FROM line_items),
        (SELECT group_concat(name, '|') FROM (SELECT name FROM line_items ORDER BY sale_id, position)),
        (SELECT count(*) FROM sale_codes), (SELECT count(*) FROM sale_refunds), (SELECT count(*) FROM partners),
        (SELECT count(*) FROM import_batches)";

// Long because each fixture's checks read one migrated file in turn: opening, re-import, CLI output, rows.
#[test]
#[expect(
    clippy::too_many_lines,
    reason = "each fixture's checks read one migrated file in turn: opening, re-import, CLI output, rows"
)]
fn every_released_schema_migrates_with_its_data_intact() {
    let mut versions = Vec::new();
    for entry in std::fs::read_dir(schema_dir()).expect("fixtures") {
        let path = entry.expect("entry").path();
        let Some(v) =
            path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_prefix('v')?.strip_suffix(".sqlite"))
        else {
            continue;
        };
        versions.push(v.parse::<i64>().expect("version number"));
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("shop.sqlite");
        std::fs::copy(&path, &db).expect("copy");
        {
            let store = Store::open(&db).expect("migrates");
            let version: i64 = rusqlite::Connection::open(store.path())
                .expect("second connection")
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .expect("version");
            assert_eq!(version, SCHEMA_VERSION, "v{v} migrated to the current schema");
            crate::assert_aggregates_match(&store);
            let v: i64 = v.parse().expect("version");
            if v == SCHEMA_VERSION {
                // Written by the release this build continues: nothing to migrate, nothing backed up for it.
                assert!(!dir.path().join("backups").read_dir().is_ok_and(|mut d| {
                    d.any(|e| e.is_ok_and(|e| e.file_name().to_string_lossy().contains("before-migration")))
                }));
            } else {
                // The file as it was before the upgrade is kept as a backup.
                let backups: Vec<_> = std::fs::read_dir(dir.path().join("backups"))
                    .expect("a backups folder")
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.to_string_lossy().ends_with(&format!("before-migration-from-v{v}.sqlite.zst")))
                    .collect();
                assert_eq!(backups.len(), 1, "v{v}: {backups:?}");
                let old: i64 = crate::open_backup(&backups[0])
                    .pragma_query_value(None, "user_version", |r| r.get(0))
                    .expect("version");
                assert_eq!(old, v, "the backup is the old schema");
            }
        }
        {
            // Re-importing a file the old version imported changes nothing: keys and numbers still match.
            let mut store = Store::open(&db).expect("reopens");
            let report = locallift::import::import_file(
                &mut store,
                &crate::import::fixture("shopify/orders.csv"),
                &locallift::import::ImportOptions::default(),
                &|_| {},
                &std::sync::atomic::AtomicBool::new(false),
            )
            .expect("imports");
            assert_eq!(
                (report.orders_new, report.orders_updated, report.orders_unchanged),
                (0, 0, 5),
                "v{v} re-import"
            );
        }
        // Version 5 stopped counting an order refunded in full (net zero) as an order: what the release
        // printed, less those orders, with every amount unchanged.
        let mut printed = json(&schema_dir().join(format!("v{v}-summary.json")));
        if v.parse::<i64>().expect("version") < 5 {
            let refunded: i64 = rusqlite::Connection::open(&db)
                .expect("open")
                .query_row("SELECT count(*) FROM sales WHERE cancelled = 0 AND net_minor <= 0", [], |r| r.get(0))
                .expect("count");
            assert!(refunded > 0, "the fixture has an order refunded in full");
            printed["orders"] = (printed["orders"].as_i64().expect("orders") - refunded).into();
        }
        assert_eq!(cli(&db, &["summary", "--json"]), printed, "v{v} summary");
        assert_eq!(
            figures(&cli(&db, &["results", "March", "--json"])),
            figures(&json(&schema_dir().join(format!("v{v}-results.json")))),
            "v{v} campaign results"
        );
        let tables = rusqlite::Connection::open(&db)
            .expect("open")
            .query_row(TABLES, [], |r| {
                Ok(serde_json::json!({
                    "sales": r.get::<_, i64>(0)?, "line_items": r.get::<_, i64>(1)?, "line_items_value": r.get::<_, i64>(2)?,
                    "line_item_names": r.get::<_, String>(3)?, "sale_codes": r.get::<_, i64>(4)?,
                    "sale_refunds": r.get::<_, i64>(5)?, "partners": r.get::<_, i64>(6)?, "import_batches": r.get::<_, i64>(7)?,
                }))
            })
            .expect("tables");
        assert_eq!(tables, json(&schema_dir().join(format!("v{v}-tables.json"))), "v{v} rows");
        let integrity: String = rusqlite::Connection::open(&db)
            .expect("open")
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("check");
        assert_eq!(integrity, "ok");
    }
    // Schemas 2 and 3 were released (3 with the sales-import speed work); each has its shop file.
    const LAST_RELEASED: i64 = 3;
    for v in 2..=LAST_RELEASED {
        assert!(versions.contains(&v), "the released schema {v} has a fixture");
    }
}
