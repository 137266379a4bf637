//! Backups benchmark (issue 18): on a shop file holding a large import (see `scripts/bench-backups.sh`),
//! runs `DAYS` days of an owner's routine — the day's export of 300 new orders imported, then the day's
//! backup — and prints each backup's time and size, the backups folder against the shop file after the
//! last day, and the time to restore the newest backup (put back together, checked, copied in).
//!
//! The reference, measured in the same run: a full compressed backup of the same shop (the first day's),
//! and the folder that `KEEP` of those would fill.
//!
//! Usage: bench_backups SHOP.sqlite [DAYS]

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use locallift::Store;
use locallift::import::{ImportOptions, Mapping, import_file};

/// The columns of the day's orders this benchmark writes.
fn day_mapping() -> Mapping {
    Mapping {
        discount: Some("discount".into()),
        code: Some("codes".into()),
        customer: Some("email".into()),
        ..Mapping::of("id", "created", "gross")
    }
}

/// 300 orders placed on `day` (number `n` of the run): a tenth with a code, customers new and returning.
fn day_export(day: NaiveDate, n: u64) -> String {
    let mut rows = String::from("id,created,gross,discount,codes,email\n");
    for i in 0..300u64 {
        let (code, discount) = if i % 10 == 0 { ("MAYA15", "6.30") } else { ("", "0") };
        // Half the day's customers came before (from the big import's range), half are new.
        let email = if i % 2 == 0 {
            format!("c{}@example.com", (n * 7919 + i * 104_729) % 400_000)
        } else {
            format!("day{n}-{i}@example.com")
        };
        rows.push_str(&format!(
            "D{n}-{i},{day}T{:02}:{:02}:00Z,{}.{:02},{discount},{code},{email}\n",
            13 + i / 60,
            i % 60,
            18 + (i * 37) % 140,
            (i * 13) % 100
        ));
    }
    rows
}

fn megabytes(bytes: u64) -> f64 {
    bytes as f64 / 1_048_576.0
}

fn folder_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries.filter_map(|e| e.ok()?.metadata().ok()).filter(|m| m.is_file()).map(|m| m.len()).sum()
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: bench_backups SHOP.sqlite [DAYS]")?;
    let days: u64 = args.next().map(|d| d.parse()).transpose()?.unwrap_or(30);
    let mut store = Store::open(&path)?;
    let backups = Path::new(&path).parent().unwrap_or(Path::new(".")).join("backups");
    let last_day: NaiveDate =
        rusqlite::Connection::open(&path)?.query_row("SELECT max(day) FROM daily_sales", [], |r| r.get(0))?;
    let options = ImportOptions { mapping: Some(day_mapping()), ..Default::default() };
    let csv = std::env::temp_dir().join(format!("bench-backups-{}.csv", std::process::id()));
    // The reference: a full backup of the shop as it is, which is also what the days' backups build on.
    let t = Instant::now();
    let full = store.backup("manual")?;
    let first_full = (std::fs::metadata(&full)?.len(), t.elapsed().as_secs_f64());
    println!("day  import  backup  kind     size      folder");
    println!(
        "  0            {:>4.1} s  full     {:>6.1} MB  {:>6.1} MB",
        first_full.1,
        megabytes(first_full.0),
        megabytes(folder_bytes(&backups))
    );
    for n in 1..=days {
        let day = last_day + Days::new(n);
        std::fs::write(&csv, day_export(day, n))?;
        let t = Instant::now();
        let report = import_file(&mut store, &csv, &options, &|_| {}, &AtomicBool::new(false))?;
        store.refresh_stale_results();
        let import_ms = t.elapsed().as_secs_f64() * 1e3;
        assert_eq!(report.orders_new, 300, "{report:?}");
        let t = Instant::now();
        let taken = store.backup("daily")?;
        let backup_s = t.elapsed().as_secs_f64();
        let size = std::fs::metadata(&taken)?.len();
        let full = taken.to_string_lossy().ends_with(".sqlite.zst");
        println!(
            "{n:>3}  {import_ms:>4.0} ms  {backup_s:>4.1} s  {}  {:>6.1} MB  {:>6.1} MB",
            if full { "full   " } else { "changes" },
            megabytes(size),
            megabytes(folder_bytes(&backups))
        );
    }
    let _ = std::fs::remove_file(&csv);
    // The shop's size as SQLite counts it (what is still in the WAL included).
    let shop: i64 = rusqlite::Connection::open(&path)?.query_row(
        "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
        [],
        |r| r.get(0),
    )?;
    let shop = u64::try_from(shop)?;
    let folder = folder_bytes(&backups);
    let kept = store.backups_kept();
    println!(
        "after {days} days: shop file {:.1} MB, backups folder {:.1} MB = {:.2}× the shop file ({} files, {kept} kept)",
        megabytes(shop),
        megabytes(folder),
        folder as f64 / shop as f64,
        store.list_backups()?.len()
    );
    let (size, secs) = first_full;
    println!(
        "reference, same run: a full compressed backup {:.1} MB ({secs:.1} s); {kept} of them {:.1} MB = {:.2}× the shop file",
        megabytes(size),
        megabytes(size * kept as u64),
        (size * kept as u64) as f64 / shop as f64
    );
    let newest = store.list_backups()?.into_iter().next().ok_or("no backup")?;
    let t = Instant::now();
    store.restore_backup(Path::new(&newest.path))?;
    println!(
        "restore of the newest ({}, {:.1} MB): {:.1} s, its safety backup included",
        newest.file_name,
        megabytes(newest.size_bytes),
        t.elapsed().as_secs_f64()
    );
    Ok(())
}
