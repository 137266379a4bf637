use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use locallift::Store;
use locallift::import::{ImportOptions, ImportReport, import_file};
use locallift::model::ShopInput;

use crate::{assert_aggregates_match, fresh, table_counts};

pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

/// Imports with the default options and checks the aggregates (and the customers table, brought up to
/// date first so the import refreshes it in place) stayed exact.
pub fn import(store: &mut Store, path: &Path) -> locallift::Result<ImportReport> {
    store.ensure_customers().expect("customers");
    let report = import_file(store, path, &ImportOptions::default(), &|_| {}, &AtomicBool::new(false));
    assert_aggregates_match(store);
    report
}

fn shop(store: &mut Store, currency: Option<&str>) {
    store
        .update_shop(&ShopInput {
            name: "Fern & Fable".into(),
            currency: currency.map(str::to_string),
            time_zone: "America/New_York".into(),
            default_margin_pct: 55.0,
            locale: None,
            hourly_rate_minor: None,
        })
        .expect("shop");
}

fn by_code(store: &Store, code: &str) -> (i64, i64) {
    let s = store.sales_summary().expect("summary");
    s.by_code.get(code).map_or((0, 0), |t| (t.orders, t.net_revenue_minor))
}

#[test]
fn a_shopify_export_becomes_orders_with_exact_net_revenue() {
    let (_dir, mut store) = fresh();
    shop(&mut store, None);
    let report = import(&mut store, &fixture("shopify/orders.csv")).expect("imports");
    assert!(report.written);
    assert_eq!(report.preset, "shopify");
    assert_eq!(report.rows_read, 7, "header excluded; the quoted note's line break is inside one row");
    assert_eq!((report.orders_read, report.orders_new, report.orders_cancelled), (5, 5, 1));
    assert!(report.currency_set, "a shop without currency takes the file's");
    assert_eq!(store.shop().expect("shop").settings.currency.as_deref(), Some("USD"));

    // By hand, net = gross − discounts − refunds (tax and shipping excluded):
    //   #1003  38.50 − 5.78 − 6.59 (partial refund)          =    26.13
    //          (Refunded Amount 7.00 is money back, tax on top included: the goods' part is
    //           7.00 × 32.72 / (32.72 + 2.05) = 6.5873… → 6.59, rounded once)
    //   #1002  45.00 − 0    − 45.00 (refunded: all goods)    =     0.00
    //   #1001  82.00 − 12.30                                 =    69.70
    //   #1000  1149.00 − 5.00 ("Custom discount", no code)   =  1144.00
    //   #1004  voided: not a sale
    let s = store.sales_summary().expect("summary");
    // Four sales; #1002, refunded in full, is no order (an order counts when its net is above zero).
    assert_eq!((s.orders, s.net_revenue_minor), (3, 123_983));
    assert_eq!(s.currency.as_deref(), Some("USD"));
    assert_eq!(by_code(&store, "MAYA15"), (2, 9_583), "26.13 + 69.70");
    assert_eq!(s.by_code.len(), 1, "a manual discount is not a code: {:?}", s.by_code);

    let conn = rusqlite::Connection::open(store.path()).expect("second connection");
    let (items, keys, clear): (i64, i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM line_items),
                    (SELECT count(DISTINCT customer_key) FROM sales WHERE external_id IN ('#1001', '#1003')),
                    (SELECT count(*) FROM sales WHERE customer_key LIKE '%@%')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("query");
    assert_eq!(items, 7, "one line item per row");
    assert_eq!(keys, 1, "the same customer in two spellings is one customer");
    assert_eq!(clear, 0, "no email is stored in clear");
    let (day, channel): (String, String) = conn
        .query_row("SELECT local_day, channel FROM sales WHERE external_id = '#1001'", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("query");
    assert_eq!(day, "2024-03-09", "23:30 -0500 is still March 9 in New York (March 10 in UTC)");
    assert_eq!(channel, "online");
    let pos: String =
        conn.query_row("SELECT channel FROM sales WHERE external_id = '#1000'", [], |r| r.get(0)).expect("q");
    assert_eq!(pos, "in_store", "a POS order with a location");
}

#[test]
fn importing_the_same_file_twice_adds_nothing() {
    let (_dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    import(&mut store, &fixture("shopify/orders.csv")).expect("first");
    let counts = table_counts(&store);
    let again = import(&mut store, &fixture("shopify/orders.csv")).expect("second");
    assert!(!again.written && again.batch_id.is_none(), "no batch for nothing new");
    assert!(again.seen_before || again.orders_unchanged == 5);
    assert_eq!((again.orders_new, again.orders_updated, again.orders_unchanged), (0, 0, 5));
    assert_eq!(counts, table_counts(&store));
    assert_eq!(store.list_imports().expect("list").len(), 1);
}

#[test]
fn a_later_overlapping_export_updates_changed_orders_and_undo_restores_them() {
    let (_dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let first = import(&mut store, &fixture("shopify/orders.csv")).expect("first");
    let before = store.sales_summary().expect("summary");

    let later = import(&mut store, &fixture("shopify/orders-later.csv")).expect("later export");
    assert_eq!((later.orders_new, later.orders_updated, later.orders_unchanged), (1, 1, 4));
    // #1005 adds 10.00; #1001 is now refunded 10.00 with its tax (on top): 10.00 × 69.70 / (69.70 + 4.36)
    // = 9.4113… → 9.41 of goods. Total 1239.83 + 10.00 − 9.41, MAYA15 down by 9.41.
    let after = store.sales_summary().expect("summary");
    assert_eq!((after.orders, after.net_revenue_minor), (4, 124_042), "#1002, refunded in full, is no order");
    assert_eq!(by_code(&store, "MAYA15"), (2, 8_642));

    // Undoing the first import first is refused: the later one changed its orders.
    assert!(matches!(store.undo_import(first.batch_id.expect("batch")), Err(locallift::Error::InUse { .. })));

    store.undo_import(later.batch_id.expect("batch")).expect("undo the later import");
    store.ensure_customers().expect("rebuilt after the undo");
    assert_aggregates_match(&store);
    assert_eq!(store.sales_summary().expect("summary"), before, "exactly as before the later import");
    store.undo_import(first.batch_id.expect("batch")).expect("then the first");
    assert_aggregates_match(&store);
    let empty = store.sales_summary().expect("summary");
    assert_eq!((empty.orders, empty.net_revenue_minor, empty.by_code.len()), (0, 0, 0));
    assert!(table_counts(&store).contains(&("sales".into(), 0)));
    assert!(
        matches!(store.undo_import(first.batch_id.expect("batch")), Err(locallift::Error::Invalid(_))),
        "only once"
    );
}

#[test]
fn a_file_in_another_currency_is_refused_whole() {
    let (_dir, mut store) = fresh();
    shop(&mut store, Some("EUR"));
    let counts = table_counts(&store);
    match import(&mut store, &fixture("shopify/orders.csv")) {
        Err(locallift::Error::Import { message, .. }) => {
            let message = message.english();
            assert!(message.contains("USD") && message.contains("EUR") && message.contains("never"), "{message}")
        }
        other => panic!("expected a currency refusal, got {other:?}"),
    }
    assert_eq!(counts, table_counts(&store));
    assert!(store.list_imports().expect("list").is_empty());
}

/// Writes `text` to a file named `name` in a fresh folder.
fn file_with(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn broken_files_get_a_clear_error_and_change_nothing() {
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let good = std::fs::read_to_string(fixture("shopify/orders.csv")).expect("fixture");
    let header = good.lines().next().expect("header").to_string();
    let first_row = good.lines().nth(1).expect("row").to_string();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.csv", vec![], "empty"),
        ("junk.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(), "binary"),
        ("header-only.csv", format!("{header}\n").into_bytes(), "no rows"),
        ("unknown.csv", b"date,amount,who\n2024-01-01,5.00,x\n".to_vec(), "match no known export"),
    ];
    for (name, bytes, expected) in cases {
        let counts = table_counts(&store);
        let path = file_with(&dir, name, &bytes);
        match import(&mut store, &path) {
            Err(e @ (locallift::Error::Import { .. } | locallift::Error::UnknownFormat { .. })) => {
                let text = e.to_string();
                assert!(text.contains(name) && text.contains(expected), "{name}: {text}");
            }
            other => panic!("{name}: expected an import error, got {other:?}"),
        }
        assert_eq!(counts, table_counts(&store), "{name} changed the database");
    }

    // Row problems: reported with line, column, value and reason; without --skip-invalid nothing lands.
    let bad_date = first_row.replace("2024-03-12 16:45:10 -0400", "12/03/2024 16:45");
    let truncated: String = first_row.split(',').take(20).collect::<Vec<_>>().join(",");
    let bad_money = good.lines().nth(4).expect("row #1002").replace(",45.00,0.00,2.81,", ",45.0O,0.00,2.81,");
    let text = format!(
        "{header}\n{bad_date}\n{truncated}\n{bad_money}\n{}\n",
        good.lines().skip(5).collect::<Vec<_>>().join("\n")
    );
    let path = file_with(&dir, "broken-rows.csv", text.as_bytes());
    let counts = table_counts(&store);
    let report = import(&mut store, &path).expect("a report, not a failure");
    assert!(!report.written);
    assert_eq!(counts, table_counts(&store), "rows with problems: nothing imported");
    let lines: Vec<(u64, Option<&str>)> = report.errors.iter().map(|e| (e.line, e.column.as_deref())).collect();
    assert_eq!(lines, [(2, Some("Created at")), (3, None), (4, Some("Subtotal"))], "{:?}", report.errors);
    assert_eq!(report.errors[0].value.as_deref(), Some("12/03/2024 16:45"));
    assert!(report.errors[1].reason.english().contains("expected 79 fields, found 20"));

    let valid_only = import_file(
        &mut store,
        &path,
        &ImportOptions { skip_invalid: true, ..Default::default() },
        &|_| {},
        &AtomicBool::new(false),
    )
    .expect("import the valid rows");
    assert!(valid_only.written);
    assert_eq!(valid_only.orders_new, 2, "#1001 and #1000 are whole and valid");
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 6_970 + 114_400);
}

#[test]
fn semicolon_files_import_like_comma_files_and_mixed_delimiters_import_nothing() {
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let good = std::fs::read_to_string(fixture("shopify/orders.csv")).expect("fixture");
    let report =
        import(&mut store, &file_with(&dir, "semicolons.csv", good.replace(',', ";").as_bytes())).expect("imports");
    assert_eq!((report.delimiter.as_str(), report.orders_new), (";", 5));
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 123_983);

    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let mut lines = good.lines();
    let header = lines.next().expect("header");
    let mixed = format!("{header}\n{}\n", lines.collect::<Vec<_>>().join("\n").replace(',', ";"));
    let counts = table_counts(&store);
    let report = import(&mut store, &file_with(&dir, "mixed.csv", mixed.as_bytes())).expect("a report");
    assert!(!report.written && report.error_count > 0);
    assert!(report.errors[0].reason.english().contains("expected 79 fields"), "{:?}", report.errors[0]);
    assert_eq!(counts, table_counts(&store));
}

#[test]
fn a_cancelled_import_leaves_nothing() {
    let (_dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let counts = table_counts(&store);
    let result = import_file(
        &mut store,
        &fixture("shopify/orders.csv"),
        &ImportOptions::default(),
        &|_| {},
        &AtomicBool::new(true),
    );
    assert!(matches!(result, Err(locallift::Error::Cancelled)));
    assert_eq!(counts, table_counts(&store));
}

#[test]
fn the_days_first_import_is_preceded_by_a_backup_and_only_the_last_ten_are_kept() {
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let report = import(&mut store, &fixture("shopify/orders.csv")).expect("imports");
    let backup = std::path::PathBuf::from(report.backup.expect("a backup"));
    // The day's next import copies nothing: its own batch undoes it exactly.
    let again = import(&mut store, &fixture("woocommerce/orders.csv")).expect("imports");
    assert!(again.backup.is_none() && again.written, "{again:?}");
    assert_eq!(store.list_backups().expect("list").len(), 1, "one copy a day");
    assert!(backup.starts_with(dir.path().join("backups")));
    let conn = crate::open_backup(&backup);
    let sales: i64 = conn.query_row("SELECT count(*) FROM sales", [], |r| r.get(0)).expect("readable");
    assert_eq!(sales, 0, "taken before the import wrote anything");
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).expect("mode");
    assert_eq!(mode, "delete", "a backup is one self-contained file");
    drop(conn);
    std::fs::remove_file(backup.with_extension("plain")).expect("the test's own decompressed copy");
    for _ in 0..12 {
        store.backup("test").expect("backup");
    }
    // The ten newest are kept, plus the full backup (at most one) that those holding changed pages build on.
    let list = store.list_backups().expect("list");
    assert!(matches!(list.len() - locallift::store::BACKUPS_KEPT, 0 | 1), "{list:?}");
    assert_builds_on_kept(&list);
    assert!(list.iter().any(|b| b.changes_since.is_some()), "a small change keeps only its pages: {list:?}");

    // The owner keeps fewer: the oldest go at once, the newest stay; out-of-range counts are refused.
    let newest = store.list_backups().expect("list")[..3].to_vec();
    store.set_backups_kept(3).expect("keep 3");
    assert_eq!(store.backups_kept(), 3);
    let now = store.list_backups().expect("list");
    assert_eq!(now[..3], newest[..]);
    assert!(now.len() <= 4);
    assert_builds_on_kept(&now);
    store.backup("after").expect("backup");
    assert!(matches!(store.list_backups().expect("list").len(), 3 | 4));
    for refused in [0, 1, 101] {
        assert!(matches!(store.set_backups_kept(refused), Err(locallift::Error::Invalid(_))), "{refused}");
    }
    assert_eq!(store.backups_kept(), 3);
}

/// Every backup of `list` (newest first) that holds changed pages has the full backup it builds on in the
/// list; a backup beyond the newest kept is such a full backup.
fn assert_builds_on_kept(list: &[locallift::store::BackupInfo]) {
    for b in list.iter().filter_map(|b| b.changes_since.as_ref()) {
        assert!(list.iter().any(|full| &full.taken_at == b && full.changes_since.is_none()), "{b} in {list:?}");
    }
}

#[test]
fn bad_quotes_duplicated_rows_and_huge_fields() {
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let good = std::fs::read_to_string(fixture("shopify/orders.csv")).expect("fixture");

    // An unterminated quote swallows the rest of the file into one field: reported, nothing imported.
    let bad_quotes = good.replacen("#1002,li@example.com", "#1002,\"li@example.com", 1);
    let counts = table_counts(&store);
    let report = import(&mut store, &file_with(&dir, "bad-quotes.csv", bad_quotes.as_bytes())).expect("a report");
    assert!(!report.written && report.error_count > 0, "{report:?}");
    assert_eq!(counts, table_counts(&store));

    // The same order twice in one file is one order.
    let mut lines: Vec<&str> = good.lines().collect();
    let again: Vec<&str> = lines[5..7].to_vec(); // #1001's two rows
    lines.extend(again);
    let report =
        import(&mut store, &file_with(&dir, "duplicated.csv", (lines.join("\n") + "\n").as_bytes())).expect("imports");
    assert_eq!((report.orders_new, report.orders_unchanged), (5, 1));
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 123_983);

    // A 900 kB note is just a long field; a 4 MB one is refused with its line and field, so memory stays
    // bounded whatever a file holds.
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let long = good.replacen("Deliver to the back door.", &"x".repeat(900 << 10), 1);
    let report = import(&mut store, &file_with(&dir, "long.csv", long.as_bytes())).expect("imports");
    assert_eq!(report.orders_new, 5);
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let huge = good.replacen("Deliver to the back door.", &"x".repeat(4 << 20), 1);
    let line = 1 + good[..good.find("Deliver to the back door.").expect("note")].matches('\n').count();
    let e = import(&mut store, &file_with(&dir, "huge.csv", huge.as_bytes())).expect_err("refused");
    assert!(e.to_string().contains(&format!("line {line}, field ")) && e.to_string().contains("1 MiB"), "{e}");
    assert_eq!(store.sales_summary().expect("summary").orders, 0);
}

#[test]
fn utf16_tab_separated_and_windows_1252_files_import_like_utf8() {
    let good = std::fs::read_to_string(fixture("shopify/orders.csv")).expect("fixture");
    // Excel "Unicode text": UTF-16LE with BOM, tab-separated, CRLF.
    let mut reader = csv::Reader::from_reader(good.as_bytes());
    let mut tsv = String::new();
    tsv.push_str(&reader.headers().expect("header").iter().collect::<Vec<_>>().join("\t"));
    tsv.push_str("\r\n");
    for record in reader.records() {
        let record = record.expect("row");
        let fields: Vec<String> =
            record
                .iter()
                .map(|f| {
                    if f.contains(['\t', '\n', '"']) {
                        format!("\"{}\"", f.replace('"', "\"\""))
                    } else {
                        f.to_string()
                    }
                })
                .collect();
        tsv.push_str(&fields.join("\t"));
        tsv.push_str("\r\n");
    }
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in tsv.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    // Windows-1252: the same file without the characters 1252 cannot hold.
    let latin = good.replace("生日礼物 ", "").replace('–', "-");
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&latin);
    assert!(!unmappable);

    for (name, bytes, encoding, delimiter) in
        [("unicode-text.txt", utf16, "UTF-16LE", "tab"), ("excel-1252.csv", cp1252.into_owned(), "windows-1252", ",")]
    {
        let (dir, mut store) = fresh();
        shop(&mut store, Some("USD"));
        let report = import(&mut store, &file_with(&dir, name, &bytes)).expect("imports");
        assert_eq!((report.encoding.as_str(), report.delimiter.as_str()), (encoding, delimiter), "{name}");
        assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 123_983, "{name}");
    }
}

#[test]
fn killing_the_importer_leaves_the_totals_of_before_or_after_never_between() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    let bin = env!("CARGO_BIN_EXE_locallift");
    let run = |args: &[&str]| std::process::Command::new(bin).arg("--db").arg(&db).args(args).output().expect("runs");
    assert!(run(&["shop", "set", "--currency", "USD"]).status.success());
    // A file big enough to be killed in the middle, and to be loaded in bulk (indexes rebuilt at the
    // end, rollback journal): the fixture's orders renamed 4,000 times (15 MB).
    let good = std::fs::read_to_string(fixture("shopify/orders.csv")).expect("fixture");
    let (header, body) = good.split_once('\n').expect("header");
    let mut big = format!("{header}\n");
    for i in 0..4_000 {
        big.push_str(&body.replace("#100", &format!("#{i}-100")));
    }
    let file = dir.path().join("big.csv");
    std::fs::write(&file, big).expect("write");
    let summary = || -> i64 {
        let out = run(&["summary", "--json"]);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        json["orders"].as_i64().expect("orders")
    };
    let undo_latest = || {
        let out = run(&["imports"]);
        let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let id = list.as_array().and_then(|l| l.iter().find(|b| b["undone"] == false)).expect("an import")["id"]
            .as_i64()
            .expect("id");
        assert!(run(&["undo", &id.to_string()]).status.success());
    };
    // How long a whole import takes here, so the kills fall anywhere in it.
    let started = std::time::Instant::now();
    assert!(run(&["import", file.to_str().expect("path")]).status.success());
    let whole = started.elapsed().as_millis() as u64;
    undo_latest();
    // Kill points: random over the import (seeded, printed); LOCALLIFT_KILL_RUNS by hand for more.
    let runs: usize = std::env::var("LOCALLIFT_KILL_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(8);
    let seed = std::env::var("LOCALLIFT_KILL_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(whole);
    let mut rng = fastrand::Rng::with_seed(seed);
    println!("{runs} kills over an import of {whole} ms (seed {seed})");
    let mut outcomes = Vec::new();
    for _ in 0..runs {
        let delay_ms = rng.u64(10..=whole + whole / 10);
        let mut child = std::process::Command::new(bin)
            .arg("--db")
            .arg(&db)
            .arg("import")
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let orders = summary();
        // 4 of the fixture's 5 orders count: #1002 is refunded in full (an order counts when its net is above 0).
        assert!(orders == 0 || orders == 12_000, "after a kill at {delay_ms} ms: {orders} orders, a partial import");
        let conn = rusqlite::Connection::open(&db).expect("open");
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check");
        assert_eq!(check, "ok");
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).expect("mode");
        assert_eq!(mode, "wal", "reopening after a killed bulk load rolls it back and returns to the log");
        assert!(!db.with_extension("sqlite-journal").exists(), "no hot journal left");
        let unfinished: i64 = conn
            .query_row("SELECT count(*) FROM import_batches WHERE finished_at IS NULL", [], |r| r.get(0))
            .expect("batches");
        assert_eq!(unfinished, 0, "no partial batch");
        drop(conn);
        outcomes.push((delay_ms, orders));
        if orders == 12_000 {
            undo_latest();
            assert_eq!(summary(), 0, "and its undo takes it all back");
        }
    }
    let before = outcomes.iter().filter(|o| o.1 == 0).count();
    println!(
        "{} kills: {before} left the shop as before the import, {} as after it, none between",
        runs,
        runs - before
    );
    assert!(before > 0, "at least one kill landed mid-import: {outcomes:?}");
}

/// Everything stored, in a comparable form: sales with their codes and line items, refunds, aggregates.
fn dump(store: &Store) -> Vec<String> {
    let conn = rusqlite::Connection::open(store.path()).expect("second connection");
    let mut out = Vec::new();
    for sql in [
        "SELECT id, batch_id, source, external_id, placed_at, local_day, channel, location, currency, gross_minor,
                discounts_minor, shipping_minor, tax_minor, refunds_minor, customer_key IS NULL, cancelled FROM sales ORDER BY id",
        "SELECT sale_id, code, code_norm FROM sale_codes ORDER BY sale_id, code_norm",
        "SELECT sale_id, position, sku, name, quantity, unit_price_minor, discount_minor, cost_minor FROM line_items
         ORDER BY sale_id, position",
        "SELECT sale_id, refund_id, amount_minor, batch_id FROM sale_refunds ORDER BY sale_id, refund_id",
        "SELECT batch_id, sale_id, json_remove(previous, '$.customer_key') FROM sale_versions ORDER BY batch_id, sale_id",
        "SELECT day, channel, orders, net_minor FROM daily_sales ORDER BY day, channel",
        "SELECT day, code_norm, orders, net_minor FROM daily_code_sales ORDER BY day, code_norm",
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name",
    ] {
        let mut stmt = conn.prepare(sql).expect("sql");
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..n).map(|i| r.get::<_, rusqlite::types::Value>(i).map(|v| format!("{v:?}"))).collect::<Result<Vec<_>, _>>()
            })
            .expect("query");
        out.extend(rows.map(|r| r.expect("row").join("|")));
    }
    out
}

fn journal_mode(store: &Store) -> String {
    rusqlite::Connection::open(store.path())
        .expect("open")
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("mode")
}

#[test]
fn a_bulk_load_stores_exactly_what_an_order_by_order_import_stores() {
    let files = [
        "shopify/orders.csv",
        "shopify/orders-later.csv",
        "square/items.csv",
        "square/transactions.csv",
        "etsy/orders.csv",
        "etsy/items.csv",
        "paypal/activity.csv",
    ];
    let mut dumps = Vec::new();
    for bulk in [false, true] {
        let (_dir, mut store) = fresh();
        shop(&mut store, Some("USD"));
        for file in files {
            let options = ImportOptions { bulk: Some(bulk), ..Default::default() };
            let report = import_file(&mut store, &fixture(file), &options, &|_| {}, &AtomicBool::new(false))
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(report.written || report.orders_new == 0, "{file}");
            assert_aggregates_match(&store);
            // A bulk load runs with foreign keys unchecked: every reference it wrote must hold.
            let conn = rusqlite::Connection::open(store.path()).expect("open");
            let broken: i64 = conn
                .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
                .expect("foreign key check");
            assert_eq!(broken, 0, "{file}: every reference holds");
        }
        assert_eq!(journal_mode(&store), "wal", "the write-ahead log is back after a bulk load");
        dumps.push(dump(&store));
    }
    assert!(dumps[0].len() > 40, "the fixtures stored something");
    assert_eq!(dumps[0], dumps[1], "same rows, same indexes");
}

/// A first bulk load writes the customers from the orders as it stores them (not read back): the same
/// table as the rebuild, with refunds in the file, and with refunds kept from before the orders came.
#[test]
fn a_first_bulk_load_writes_the_customers_its_orders_make() {
    let files = [
        "shopify/orders.csv",
        "square/transactions.csv",
        "etsy/orders.csv",
        "paypal/activity.csv",
        "stripe/payments.csv",
        "woocommerce/orders.csv",
    ];
    let options = ImportOptions { bulk: Some(true), ..Default::default() };
    for file in files {
        let (_dir, mut store) = fresh();
        shop(&mut store, Some("USD"));
        let report = import_file(&mut store, &fixture(file), &options, &|_| {}, &AtomicBool::new(false))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(report.written, "{file}: {report:?}");
        let conn = rusqlite::Connection::open(store.path()).expect("open");
        crate::assert_customers_match(&conn);
        let customers: i64 = conn.query_row("SELECT count(*) FROM customers", [], |r| r.get(0)).expect("count");
        assert!(customers > 0, "{file}");
    }
    // PayPal's refunds first (kept until their payments come), then the payments in bulk: Zoë's payment is
    // refunded whole, so she is no customer.
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let text = std::fs::read_to_string(fixture("paypal/activity.csv")).expect("read");
    let (header, rows) = text.split_once('\n').expect("header");
    let (refunds, payments): (Vec<&str>, Vec<&str>) = rows.lines().partition(|l| l.contains("Payment Refund"));
    assert_eq!(refunds.len(), 2);
    let refunds = file_with(&dir, "refunds.csv", format!("{header}\n{}\n", refunds.join("\n")).as_bytes());
    let payments = file_with(&dir, "payments.csv", format!("{header}\n{}\n", payments.join("\n")).as_bytes());
    let kept = import(&mut store, &refunds).expect("refunds kept");
    assert_eq!(kept.refunds_pending, 2, "{kept:?}");
    let report =
        import_file(&mut store, &payments, &options, &|_| {}, &AtomicBool::new(false)).expect("payments import");
    assert_eq!(report.refunds_applied, 2, "{report:?}");
    let conn = rusqlite::Connection::open(store.path()).expect("open");
    crate::assert_customers_match(&conn);
    let zoe_net: i64 = conn
        .query_row("SELECT net_minor FROM sales WHERE external_id = '1AA'", [], |r| r.get(0))
        .expect("Zoë's payment");
    assert_eq!(zoe_net, 0, "refunded whole");
}

#[test]
fn a_failed_bulk_load_leaves_the_indexes_the_journal_and_the_data_as_they_were() {
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    import(&mut store, &fixture("shopify/orders.csv")).expect("first import");
    let before = dump(&store);
    // A later export with one row cut off mid-way: refused as a whole.
    let text = std::fs::read_to_string(fixture("shopify/orders-later.csv")).expect("read");
    let cut = format!("{}\n#2000,broken", text.trim_end());
    let broken = dir.path().join("broken.csv");
    std::fs::write(&broken, cut).expect("write");
    let options = ImportOptions { bulk: Some(true), ..Default::default() };
    let report = import_file(&mut store, &broken, &options, &|_| {}, &AtomicBool::new(false)).expect("reported");
    assert!(!report.written && report.error_count > 0);
    assert_eq!(dump(&store), before);
    assert_eq!(journal_mode(&store), "wal");
}

#[test]
fn a_bulk_load_and_an_undo_leave_the_customers_exact_when_they_commit() {
    let (_dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    import(&mut store, &fixture("shopify/orders.csv")).expect("first import");
    let options = ImportOptions { bulk: Some(true), ..Default::default() };
    let report =
        import_file(&mut store, &fixture("shopify/orders-later.csv"), &options, &|_| {}, &AtomicBool::new(false))
            .expect("imports");
    assert!(report.written, "{report:?}");
    // Rebuilt in the import's own transaction: the first reader after it has nothing to rebuild.
    let conn = rusqlite::Connection::open(store.path()).expect("open");
    let stale = |conn: &rusqlite::Connection| -> String {
        conn.query_row("SELECT value FROM app_settings WHERE key = 'customers_stale'", [], |r| r.get(0)).expect("flag")
    };
    assert_eq!(stale(&conn), "false");
    crate::assert_customers_match(&conn);
    let customers: i64 = conn.query_row("SELECT count(*) FROM customers", [], |r| r.get(0)).expect("count");
    assert!(customers > 0);
    store.undo_import(report.batch_id.expect("a batch")).expect("undo");
    assert_eq!(stale(&conn), "false");
    crate::assert_customers_match(&conn);
}

#[test]
fn an_order_twice_within_one_multi_row_insert_is_stored_once() {
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let text = std::fs::read_to_string(fixture("shopify/orders.csv")).expect("read");
    let mut lines = text.lines();
    let header = lines.next().expect("header");
    let row = lines.find(|l| l.starts_with("#1002,")).expect("#1002 is one row");
    // 70 orders, the 11th a repeat of the 4th: both fall in the first 64-row statement.
    let mut rows: Vec<String> = (0..70).map(|i| row.replacen("#1002,", &format!("#{},", 5000 + i), 1)).collect();
    rows[10] = rows[3].clone();
    let file = dir.path().join("twice.csv");
    std::fs::write(&file, format!("{header}\n{}\n", rows.join("\n"))).expect("write");
    let report = import(&mut store, &file).expect("imports");
    assert_eq!((report.orders_read, report.orders_new, report.orders_unchanged), (70, 69, 1), "{:?}", report.errors);
    let conn = rusqlite::Connection::open(store.path()).expect("open");
    let stored: i64 = conn.query_row("SELECT count(*) FROM sales", [], |r| r.get(0)).expect("count");
    assert_eq!(stored, 69);
    let items: i64 = conn.query_row("SELECT count(*) FROM line_items", [], |r| r.get(0)).expect("count");
    assert_eq!(items, 69, "one line item per stored order, none for the repeat");
}

/// Found by the fuzz test (tests/fuzz): files a second import of which changed orders again.
#[test]
fn an_order_repeated_apart_and_different_is_a_problem_and_a_second_import_changes_nothing() {
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let good = std::fs::read_to_string(fixture("shopify/orders.csv")).expect("fixture");
    let mut lines: Vec<String> = good.lines().map(str::to_string).collect();
    // #1001's two rows again at the end, with another total: two exports pasted together.
    let again: Vec<String> =
        lines[5..7].iter().map(|l| l.replace("Aroid soil mix,14.00", "Aroid soil mix,15.00")).collect();
    assert_ne!(again, lines[5..7].to_vec(), "the copy differs");
    lines.extend(again);
    let file = file_with(&dir, "pasted.csv", (lines.join("\n") + "\n").as_bytes());
    let report = import(&mut store, &file).expect("a report");
    assert!(!report.written, "refused as it is");
    assert!(
        report
            .errors
            .iter()
            .any(|e| e.value.as_deref() == Some("#1001") && e.reason.english().contains("in the file again"))
    );
    let options = ImportOptions { skip_invalid: true, ..Default::default() };
    let first = import_file(&mut store, &file, &options, &|_| {}, &AtomicBool::new(false)).expect("imports");
    assert!(first.written);
    let second = import_file(&mut store, &file, &options, &|_| {}, &AtomicBool::new(false)).expect("reads");
    assert_eq!((second.orders_new, second.orders_updated), (0, 0), "the first copy stands, both times");
    store.undo_import(first.batch_id.expect("batch")).expect("the first import can still be undone");
}

/// An order stored by an earlier import, then twice in a new file with two different totals: the first
/// copy updates it, the second is a repeat (the import tells it from the stored sales it met, not from a
/// set of every id read).
#[test]
fn an_order_stored_before_and_twice_in_a_new_file_is_updated_once_then_a_repeat() {
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let good = std::fs::read_to_string(fixture("shopify/orders.csv")).expect("fixture");
    let first = import(&mut store, &file_with(&dir, "first.csv", good.as_bytes())).expect("imports");
    assert!(first.written);
    let lines: Vec<String> = good.lines().map(str::to_string).collect();
    let copy = |total: &str| -> Vec<String> {
        lines[5..7].iter().map(|l| l.replace("Aroid soil mix,14.00", &format!("Aroid soil mix,{total}"))).collect()
    };
    let mut text = vec![lines[0].clone()];
    text.extend(copy("15.00"));
    text.push(lines[1].clone()); // #1004 between the two copies: the order's rows apart
    text.extend(copy("16.00"));
    let file = file_with(&dir, "twice.csv", (text.join("\n") + "\n").as_bytes());
    let options = ImportOptions { skip_invalid: true, ..Default::default() };
    let report = import_file(&mut store, &file, &options, &|_| {}, &AtomicBool::new(false)).expect("imports");
    assert_eq!((report.orders_new, report.orders_updated), (0, 1), "{:?}", report.errors);
    assert!(
        report
            .errors
            .iter()
            .any(|e| e.value.as_deref() == Some("#1001") && e.reason.english().contains("in the file again")),
        "{:?}",
        report.errors
    );
    let again = import_file(&mut store, &file, &options, &|_| {}, &AtomicBool::new(false)).expect("reads");
    assert_eq!((again.orders_new, again.orders_updated), (0, 0), "the first copy stands");
}

#[test]
fn an_order_refunded_beyond_its_goods_is_unchanged_by_a_second_import() {
    // A return of more than the goods (shipping refunded too): the order's own refund stands as the file
    // says, when the order is first stored and when it is read again.
    let (dir, mut store) = fresh();
    shop(&mut store, Some("USD"));
    let header = "id,created,gross,discount,refund,codes,email";
    let file = file_with(
        &dir,
        "over.csv",
        format!("{header}\nO1,2024-03-04T10:00:00-05:00,20.00,0,25.00,,a@example.com\n").as_bytes(),
    );
    let options = ImportOptions { mapping: Some(crate::attribution::orders_mapping()), ..Default::default() };
    let first = import_file(&mut store, &file, &options, &|_| {}, &AtomicBool::new(false)).expect("imports");
    assert_eq!(first.orders_new, 1);
    let second = import_file(&mut store, &file, &options, &|_| {}, &AtomicBool::new(false)).expect("reads");
    assert_eq!((second.orders_new, second.orders_updated), (0, 0));
}
