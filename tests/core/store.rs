use locallift::model::ShopInput;
use locallift::{Error, Store};

use crate::{fresh, invalid_fields};

#[test]
fn a_new_file_is_migrated_strict_and_in_wal_mode() {
    let (dir, store) = fresh();
    let conn = rusqlite::Connection::open(dir.path().join("shop.sqlite")).expect("open");
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("version");
    assert_eq!(version, locallift::store::SCHEMA_VERSION);
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).expect("mode");
    assert_eq!(mode, "wal");
    let not_strict: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema s WHERE s.type = 'table' AND s.name NOT LIKE 'sqlite_%'
               AND s.sql NOT LIKE '%) STRICT' AND s.sql NOT LIKE '%) STRICT, WITHOUT ROWID'",
            [],
            |r| r.get(0),
        )
        .expect("schema");
    assert_eq!(not_strict, 0, "every table is STRICT");
    assert!(!store.shop().expect("shop").set_up, "a new shop is not set up yet");
}

#[test]
fn a_second_open_of_the_same_file_is_refused_until_the_first_closes() {
    let (dir, store) = fresh();
    let path = dir.path().join("shop.sqlite");
    match Store::open(&path) {
        Err(Error::Locked { .. }) => {}
        other => panic!("expected Locked, got {:?}", other.map(|_| ())),
    }
    drop(store);
    Store::open(&path).expect("opens once the first store is closed");
}

#[test]
fn a_file_from_a_newer_app_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("future.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).expect("create");
        conn.execute_batch("CREATE TABLE future (x) ; PRAGMA user_version = 99;").expect("future schema");
    }
    match Store::open(&path) {
        Err(Error::TooNew { found: 99, .. }) => {}
        other => panic!("expected TooNew, got {:?}", other.map(|_| ())),
    }
    let conn = rusqlite::Connection::open(&path).expect("reopen");
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("version");
    assert_eq!(v, 99);
}

#[test]
fn a_file_that_is_not_a_database_gives_a_database_error() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("notes.sqlite");
    std::fs::write(&path, b"these are my notes, not a database; ".repeat(200)).expect("write");
    match Store::open(&path) {
        Err(e) => assert_eq!(e.kind(), "database", "{e}"),
        Ok(_) => panic!("a text file opened as a shop"),
    }
}

#[test]
fn shop_settings_round_trip_and_refuse_unknown_currency_and_zone() {
    let (_dir, mut store) = fresh();
    let input = ShopInput {
        name: "Fern & Fable".into(),
        currency: Some("usd".into()),
        time_zone: "America/Los_Angeles".into(),
        default_margin_pct: 55.0,
        locale: Some("en-US".into()),
        hourly_rate_minor: Some(3_500),
    };
    let shop = store.update_shop(&input).expect("valid settings");
    assert_eq!(shop.settings.currency.as_deref(), Some("USD"), "codes are upper-cased");
    assert_eq!(shop.settings.default_margin_pct, 55.0);
    assert!(shop.set_up);

    let before = crate::table_counts(&store);
    let bad = ShopInput {
        currency: Some("DOLLARS".into()),
        time_zone: "Mars/Base".into(),
        default_margin_pct: 120.0,
        ..input
    };
    assert_eq!(invalid_fields(store.update_shop(&bad)), ["currency", "time_zone", "default_margin_pct"]);
    assert_eq!(store.shop().expect("shop").settings.time_zone, "America/Los_Angeles", "nothing written");
    assert_eq!(before, crate::table_counts(&store));
}

#[test]
fn a_backup_is_listed_restored_exactly_and_a_bad_file_changes_nothing() {
    let (dir, mut store) = fresh();
    store.create_partner(&crate::partner("Maya"), &[]).expect("partner");
    let taken = store.backup("manual").expect("backup");
    let before = crate::table_counts(&store);
    store.create_partner(&crate::partner("Dev"), &[]).expect("a change after the backup");
    let list = store.list_backups().expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].reason.as_str(), list[0].path.as_str()), ("manual", taken.to_str().expect("path")));
    assert!(list[0].size_bytes > 0 && list[0].taken_at.ends_with('Z'));

    // Not a database: refused, nothing changed, no safety backup taken.
    let junk = dir.path().join("junk.sqlite");
    std::fs::write(&junk, b"hello, not sqlite").expect("write");
    let after_change = crate::table_counts(&store);
    assert_eq!(invalid_fields(store.restore_backup(&junk)), vec!["backup"]);
    assert_eq!(crate::table_counts(&store), after_change);
    assert_eq!(store.list_backups().expect("list").len(), 1);

    let safety = store.restore_backup(&taken).expect("restore");
    assert_eq!(crate::table_counts(&store), before, "exactly the backed-up state");
    assert!(safety.to_string_lossy().ends_with("before-restore.pages.zst"), "the state before it is kept");
    drop(store);
    let reopened = Store::open(dir.path().join("shop.sqlite")).expect("reopens");
    assert_eq!(crate::table_counts(&reopened), before, "and it lasts");

    // The owner's own copy, anywhere.
    let copy = dir.path().join("my copy.sqlite");
    reopened.export_database(&copy).expect("export");
    let mut reopened = reopened;

    // A backup written by an earlier version (a plain SQLite file) is listed and restored as before; a
    // compressed one cut short is refused and changes nothing; no decompressed copy is left behind.
    let backups = dir.path().join("backups");
    let old = backups.join("shop-20260101-120000.000-manual.sqlite");
    std::fs::copy(&copy, &old).expect("an old-style backup");
    assert!(reopened.list_backups().expect("list").iter().any(|b| b.file_name.ends_with("120000.000-manual.sqlite")));
    let newest = reopened.list_backups().expect("list")[0].clone();
    reopened.restore_backup(&old).expect("a plain backup restores");
    assert_eq!(crate::table_counts(&reopened), before);
    let bytes = std::fs::read(&newest.path).expect("read");
    let cut = backups.join("shop-20260102-120000.000-cut.sqlite.zst");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).expect("write");
    let counts = crate::table_counts(&reopened);
    assert_eq!(invalid_fields(reopened.restore_backup(&cut)), vec!["backup"]);
    assert_eq!(crate::table_counts(&reopened), counts);
    let hidden: Vec<_> = std::fs::read_dir(&backups)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
    let n: i64 = rusqlite::Connection::open(&copy)
        .expect("open")
        .query_row("SELECT count(*) FROM partners", [], |r| r.get(0))
        .expect("count");
    assert_eq!(n, 1);
}

#[test]
fn a_daily_backup_keeps_only_the_changed_pages_and_restores_exactly() {
    let (dir, mut store) = fresh();
    for n in 0..400 {
        let mut p = crate::partner(&format!("Partner {n}"));
        p.notes = format!("Met at the market, stall {n}; runs a club on Saturdays, {} members", n * 7);
        store.create_partner(&p, &[]).expect("partner");
    }
    let full = store.backup("daily").expect("the first: full");
    assert!(full.to_string_lossy().ends_with("-daily.sqlite.zst"), "{}", full.display());
    store.create_partner(&crate::partner("Late"), &[]).expect("a change");
    let changes = store.backup("daily").expect("the next: changes");
    assert!(changes.to_string_lossy().ends_with("-daily.pages.zst"), "{}", changes.display());
    let list = store.list_backups().expect("list");
    let size = |p: &std::path::Path| std::fs::metadata(p).expect("size").len();
    assert!(size(&changes) * 3 <= size(&full), "{} against {}", size(&changes), size(&full));
    assert_eq!(list[0].changes_since.as_deref(), Some(list[1].taken_at.as_str()));
    assert_eq!(list[1].changes_since, None);
    let expected = crate::table_counts(&store);

    // Put back together over its full backup, it is the state it was taken in.
    store.create_partner(&crate::partner("After"), &[]).expect("a change after");
    store.restore_backup(&changes).expect("restores");
    assert_eq!(crate::table_counts(&store), expected);

    // Damaged, or without the full backup it builds on: refused, nothing changed, nothing left behind.
    let mut bytes = std::fs::read(&changes).expect("read");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x5a;
    let damaged = changes.with_file_name("shop-20260103-120000.000-damaged.pages.zst");
    std::fs::write(&damaged, bytes).expect("write");
    assert_eq!(invalid_fields(store.restore_backup(&damaged)), vec!["backup"]);
    std::fs::remove_file(&full).expect("the full backup goes");
    let counts = crate::table_counts(&store);
    let Err(Error::Invalid(fields)) = store.restore_backup(&changes) else { panic!("refused") };
    assert_eq!(fields[0].message.id, "invalid-backup-base-missing");
    assert_eq!(crate::table_counts(&store), counts);
    let hidden: Vec<_> = std::fs::read_dir(dir.path().join("backups"))
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
    // The owner's "Back up now" stands on its own.
    assert!(store.backup("manual").expect("manual").to_string_lossy().ends_with("-manual.sqlite.zst"));
}

#[test]
fn the_daily_backup_is_taken_once_a_day_beside_an_open_store() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("shop.sqlite");
    // Opening takes none (the window takes the day's on a thread of its own, the CLI before an import).
    drop(store);
    store = Store::open(&path).expect("reopen");
    assert!(store.list_backups().expect("list").is_empty());
    // While the store is open (and writing), from a connection of its own.
    store.create_partner(&crate::partner("Maya"), &[]).expect("partner");
    let taken = locallift::store::daily_backup_of(&path).expect("backup").expect("the day's first");
    let list = store.list_backups().expect("list");
    assert_eq!((list.len(), list[0].reason.as_str()), (1, "daily"));
    let n: i64 =
        crate::open_backup(&taken).query_row("SELECT count(*) FROM partners", [], |r| r.get(0)).expect("count");
    assert_eq!(n, 1, "the committed state");
    assert_eq!(locallift::store::daily_backup_of(&path).expect("backup"), None, "at most one a day");
    assert_eq!(store.list_backups().expect("list").len(), 1);
    // A file that holds no shop yet gets none.
    let empty = dir.path().join("empty.sqlite");
    rusqlite::Connection::open(&empty).expect("create").execute_batch("CREATE TABLE t (x)").expect("table");
    assert_eq!(locallift::store::daily_backup_of(&empty).expect("no backup"), None);
}

#[test]
fn a_damaged_file_is_replaced_by_its_latest_backup_and_kept_aside() {
    let (dir, mut store) = fresh();
    store.create_partner(&crate::partner("Maya"), &[]).expect("partner");
    store.backup("manual").expect("backup");
    let expected = crate::table_counts(&store);
    drop(store);
    let db = dir.path().join("shop.sqlite");
    let _ = std::fs::remove_file(dir.path().join("shop.sqlite-wal"));
    std::fs::write(&db, b"SQLite format 3\0 but then garbage, as after a disk error").expect("damage");
    assert!(Store::open(&db).is_err(), "the damaged file does not open");

    let latest = locallift::store::backups_of(&db).expect("list").into_iter().next().expect("a backup");
    let store = Store::restore_file(&db, std::path::Path::new(&latest.path)).expect("restored");
    assert_eq!(crate::table_counts(&store), expected);
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged file is kept, not deleted");
}

#[test]
fn the_integrity_check_finds_damaged_pages_and_says_why_a_file_is_not_a_shop() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    let mut store = Store::open(&db).expect("open");
    locallift::demo::generate(&mut store, crate::day("2026-11-23")).expect("demo");
    assert_eq!(store.integrity_check(), locallift::store::IntegrityReport { ok: true, problems: vec![] });
    store.checkpoint().expect("checkpoint");
    drop(store);
    assert!(locallift::store::check_file(&db).ok);

    // A disk error writes garbage over pages in the middle of the file: the check names what it found.
    let mut bytes = std::fs::read(&db).expect("read");
    let page = 4096;
    let middle = bytes.len() / page / 2 * page;
    for b in &mut bytes[middle..middle + 8 * page] {
        *b = 0x5a;
    }
    std::fs::write(&db, &bytes).expect("damage");
    let report = locallift::store::check_file(&db);
    assert!(!report.ok && !report.problems.is_empty(), "{report:?}");
    assert!(report.problems.len() <= 20, "the first 20 findings");

    std::fs::write(&db, b"not a database at all, but long enough to have a header of sorts......").expect("write");
    let report = locallift::store::check_file(&db);
    assert!(!report.ok);
    assert!(report.problems[0].contains("not a database"), "{report:?}");
}

#[test]
fn a_shop_file_where_nothing_can_be_written_is_said_to_be_read_only() {
    // sysfs refuses new files, even to root (as tests in CI run): like a read-only disk.
    let path = std::path::Path::new("/sys/locallift-shop.sqlite");
    match Store::open(path) {
        Err(locallift::Error::ReadOnly { path: p }) => assert!(p.contains("locallift-shop.sqlite")),
        other => panic!("expected ReadOnly, got {:?}", other.map(|_| "an open store")),
    }
    let e = Store::open(path).err().expect("an error");
    assert_eq!(e.kind(), "read_only");
    assert!(e.to_string().contains("cannot write to"), "{e}");
}

/// While an import writes (its progress reports come from inside its transaction), a reader of the same
/// file sees the shop as the last committed write left it, answers at once, and writes nothing; once the
/// import commits, a new reader sees it.
#[test]
fn a_reader_sees_the_last_committed_state_while_an_import_writes() {
    use std::cell::Cell;
    use std::sync::atomic::AtomicBool;

    use locallift::import::{ImportOptions, import_file};

    let (dir, mut store) = fresh();
    let path = dir.path().join("shop.sqlite");
    let first = crate::import::fixture("shopify/orders.csv");
    crate::import::import(&mut store, &first).expect("first import");
    let before = store.sales_summary().expect("summary").orders;
    assert!(before > 0);
    // A second file: the same orders under other numbers, so every one of them is new.
    let second = dir.path().join("more.csv");
    std::fs::write(&second, std::fs::read_to_string(&first).expect("read").replace("#100", "#9100")).expect("write");

    let looks = Cell::new(0);
    let report = import_file(
        &mut store,
        &second,
        &ImportOptions::default(),
        &|_| {
            let reader = Store::open_reader(&path, None).expect("a reader opens beside the writer");
            assert!(reader.is_reader());
            assert_eq!(reader.sales_summary().expect("reads").orders, before, "the import is not committed yet");
            looks.set(looks.get() + 1);
        },
        &AtomicBool::new(false),
    )
    .expect("second import");
    assert!(looks.get() >= 1, "the reader looked mid-import");
    let after = Store::open_reader(&path, None).expect("reader").sales_summary().expect("summary").orders;
    assert!(report.orders_new > 0 && after > before, "{before} orders before, {after} after");
    assert_eq!(after, store.sales_summary().expect("summary").orders, "the reader sees what the store sees");
}

/// A reader writes nothing: results it computes are not cached, and a customers table that needs a
/// rebuild is a `Busy` error (the owner's store rebuilds it), not a write.
#[test]
fn a_reader_never_writes() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("shop.sqlite");
    crate::import::import(&mut store, &crate::import::fixture("shopify/orders.csv")).expect("import");
    let reader = Store::open_reader(&path, None).expect("reader");
    reader.save_cached_results(1, "{}");
    assert_eq!(store.cached_results(1).expect("cache"), None, "a reader caches nothing");
    let conn = rusqlite::Connection::open(&path).expect("open");
    conn.execute("UPDATE app_settings SET value = 'true' WHERE key = 'customers_stale'", []).expect("stale");
    match reader.ensure_customers() {
        Err(Error::Busy(_)) => {}
        other => panic!("expected Busy, got {other:?}"),
    }
    assert_eq!(Error::Busy(locallift::i18n::Message::new("busy-migrating")).kind(), "busy");
}

#[test]
fn the_first_steps_tick_themselves_as_the_owner_goes_and_can_be_hidden() {
    use locallift::model::CampaignPartnerInput;
    use locallift::pdf::{Paper, PdfKind};

    let (dir, mut store) = fresh();
    crate::usd_shop(&mut store, "America/New_York");
    let steps = store.first_steps().expect("steps");
    assert!(!steps.sales_imported && !steps.partners_added && !steps.campaign_created && !steps.coupon_sheet_printed);
    assert_eq!(steps.campaign_with_codes, None);
    crate::import::import(&mut store, &crate::import::fixture("shopify/orders.csv")).expect("sales");
    let maya = store.create_partner(&crate::partner("Maya Okafor"), &[]).expect("partner");
    let c = store.create_campaign(&crate::campaigns::campaign("Spring", "2024-03-01", "2024-03-31")).expect("campaign");
    let steps = store.first_steps().expect("steps");
    assert!(steps.sales_imported && steps.partners_added && steps.campaign_created);
    assert_eq!(steps.campaign_with_codes, None, "no codes yet: no coupon sheet to print");
    let cp = CampaignPartnerInput { partner_id: Some(maya.id), codes: vec!["MAYA15".into()], ..Default::default() };
    store.add_campaign_partner(c.id, &cp).expect("maya in it");
    assert_eq!(store.first_steps().expect("steps").campaign_with_codes, Some(c.id));
    // A summary is not the coupon sheet; the coupon sheet is the last step.
    let pdf = dir.path().join("summary.pdf");
    store.export_pdf(PdfKind::Summary { campaign_id: c.id }, Paper::A4, None, &pdf).expect("summary");
    assert!(!store.first_steps().expect("steps").coupon_sheet_printed);
    store.export_pdf(PdfKind::Coupons { campaign_id: c.id }, Paper::A4, None, &pdf).expect("coupons");
    let steps = store.first_steps().expect("steps");
    assert!(steps.all_done() && !steps.dismissed);
    assert!(store.dismiss_first_steps().expect("hide").dismissed);
}
