//! Fuzzing the CSV reader and the importer on stable Rust: for a fixed time budget, real exports mutated
//! (bytes flipped, inserted, deleted; lines duplicated, cut, swapped; quotes, delimiters, NULs, invalid
//! UTF-8, extreme numbers and dates put in; two files spliced) and plain random bytes are read, previewed
//! and imported. The property: no panic, in any thread; every answer is a report or a typed error; a
//! written import keeps the daily aggregates equal to the sales, and its undo removes it.
//!
//! Budget: `LOCALLIFT_FUZZ_SECS` (default 20 s in the test command; e.g. 600 by hand), seed:
//! `LOCALLIFT_FUZZ_SEED` (default: from the clock, printed so a failure can be replayed).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use locallift::Store;
use locallift::import::{ImportOptions, import_file, inspect_header};
use locallift::model::ShopInput;

const NASTY: &[&str] = &[
    "\"",
    "\"\"",
    ",",
    ";",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\0",
    "\u{feff}",
    "=cmd|' /C calc'!A0",
    "99999999999999999999",
    "-0",
    "1e308",
    "NaN",
    "-9223372036854775808",
    "0000-00-00",
    "9999-12-31T25:61:61",
    "2024-02-30",
    "🌱",
    "\u{202e}gnp.exe",
    "€1.234,56",
    "(12.00)",
    "<script>alert(1)</script>",
    "%s%n",
    "\\",
    "'",
    "",
];

fn corpus() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    for dir in std::fs::read_dir(&root).expect("fixtures") {
        let dir = dir.expect("entry").path();
        if !dir.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&dir).expect("dir") {
            let f = f.expect("entry").path();
            if f.extension().is_some_and(|e| e == "csv") {
                files.push((f.display().to_string(), std::fs::read(&f).expect("read")));
            }
        }
    }
    assert!(files.len() >= 8, "the real exports of every format");
    files
}

fn mutate(rng: &mut fastrand::Rng, corpus: &[(String, Vec<u8>)], input: &mut Vec<u8>) {
    match rng.u8(0..11) {
        0 if !input.is_empty() => {
            let i = rng.usize(0..input.len());
            input[i] ^= 1 << rng.u8(0..8);
        }
        1 => {
            let at = rng.usize(0..=input.len());
            let bytes: Vec<u8> = (0..rng.usize(1..16)).map(|_| rng.u8(..)).collect();
            input.splice(at..at, bytes);
        }
        2 if !input.is_empty() => {
            let a = rng.usize(0..input.len());
            let b = (a + rng.usize(1..64)).min(input.len());
            input.drain(a..b);
        }
        3 => {
            let at = rng.usize(0..=input.len());
            let nasty = NASTY[rng.usize(0..NASTY.len())].as_bytes().to_vec();
            input.splice(at..at, nasty);
        }
        4 => {
            // Duplicate, drop or swap whole lines.
            let mut lines: Vec<Vec<u8>> = input.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
            if lines.len() > 1 {
                let i = rng.usize(0..lines.len());
                let j = rng.usize(0..lines.len());
                match rng.u8(0..3) {
                    0 => lines.insert(j, lines[i].clone()),
                    1 => {
                        lines.remove(i);
                    }
                    _ => lines.swap(i, j),
                }
                *input = lines.join(&b'\n');
            }
        }
        5 => input.truncate(rng.usize(0..=input.len())),
        6 => {
            // Splice the body of another export after this one's header.
            let other = &corpus[rng.usize(0..corpus.len())].1;
            let cut = other.iter().position(|b| *b == b'\n').map_or(0, |p| p + 1);
            input.extend_from_slice(&other[cut..]);
        }
        7 => {
            // A field replaced by a nasty value.
            let commas: Vec<usize> = input.iter().enumerate().filter(|(_, b)| **b == b',').map(|(i, _)| i).collect();
            if commas.len() >= 2 {
                let k = rng.usize(0..commas.len() - 1);
                let nasty = NASTY[rng.usize(0..NASTY.len())].as_bytes().to_vec();
                input.splice(commas[k] + 1..commas[k + 1], nasty);
            }
        }
        8 => {
            // A very long field.
            let at = rng.usize(0..=input.len());
            input.splice(at..at, std::iter::repeat_n(b'x', rng.usize(1_000..200_000)));
        }
        9 => *input = (0..rng.usize(0..4_096)).map(|_| rng.u8(..)).collect(),
        _ => {
            // Re-encode as UTF-16 (with its BOM), or strip the high bits.
            if rng.bool() {
                let text = String::from_utf8_lossy(input).into_owned();
                *input = [0xff, 0xfe].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
            } else {
                input.iter_mut().for_each(|b| *b &= 0x7f);
            }
        }
    }
}

fn sums_match(store: &Store) -> bool {
    let conn = rusqlite::Connection::open(store.path()).expect("open");
    let q = |sql: &str| -> (i64, i64) { conn.query_row(sql, [], |r| Ok((r.get(0)?, r.get(1)?))).expect(sql) };
    q("SELECT coalesce(sum(net_minor > 0), 0), coalesce(sum(net_minor), 0) FROM sales WHERE cancelled = 0")
        == q("SELECT coalesce(sum(orders), 0), coalesce(sum(net_minor), 0) FROM daily_sales")
}

// Long because it is one scenario: each run imports into the store the earlier runs left, under one panic hook.
#[test]
#[expect(
    clippy::too_many_lines,
    reason = "it is one scenario: each run imports into the store the earlier runs left, under one panic hook"
)]
fn random_and_mutated_exports_never_panic_the_reader_or_the_importer() {
    let budget =
        Duration::from_secs(std::env::var("LOCALLIFT_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(20));
    let seed: u64 = std::env::var("LOCALLIFT_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_secs())
    });
    println!("fuzz seed {seed} (replay with LOCALLIFT_FUZZ_SEED={seed}), budget {budget:?}");
    // Any panic, in this thread or the importer's reading thread, is counted.
    let panics = Arc::new(AtomicUsize::new(0));
    let counter = panics.clone();
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        counter.fetch_add(1, Ordering::SeqCst);
        default_hook(info);
    }));

    let corpus = corpus();
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::open(dir.path().join("shop.sqlite")).expect("open");
    store
        .update_shop(&ShopInput {
            name: "Fuzz".into(),
            currency: None,
            time_zone: "America/New_York".into(),
            default_margin_pct: 50.0,
            locale: None,
            hourly_rate_minor: None,
        })
        .expect("shop");
    store.set_backups_kept(2).expect("few backups");
    let mut rng = fastrand::Rng::with_seed(seed);
    let start = Instant::now();
    let (mut runs, mut written, mut refused, mut mapped) = (0u64, 0u64, 0u64, 0u64);
    let failures: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
    while start.elapsed() < budget {
        let (name, base) = &corpus[rng.usize(0..corpus.len())];
        let mut input = base.clone();
        for _ in 0..rng.usize(1..5) {
            mutate(&mut rng, &corpus, &mut input);
        }
        let path = dir.path().join(format!("input-{}.csv", runs % 2));
        std::fs::write(&path, &input).expect("write");
        let before = panics.load(Ordering::SeqCst);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let write = rng.u8(0..4) == 0;
            let mut options = ImportOptions { dry_run: !write, skip_invalid: rng.bool(), ..Default::default() };
            let mut result = import_file(&mut store, &path, &options, &|_| {}, &AtomicBool::new(false));
            if matches!(result, Err(locallift::Error::UnknownFormat { .. })) {
                // A header no preset knows: the mapping LocalLift suggests for it, as the owner would accept.
                if let Ok(Some(suggestion)) = inspect_header(&store, &path).map(|h| h.suggestion) {
                    mapped += 1;
                    options.mapping = Some(suggestion);
                    result = import_file(&mut store, &path, &options, &|_| {}, &AtomicBool::new(false));
                }
            }
            match result {
                Ok(report) if report.written => {
                    written += 1;
                    assert!(sums_match(&store), "daily aggregates equal the sales after an import");
                    let again = import_file(&mut store, &path, &options, &|_| {}, &AtomicBool::new(false));
                    if let Ok(again) = again {
                        assert_eq!(
                            (again.orders_new, again.orders_updated, again.refunds_applied),
                            (0, 0, 0),
                            "a second import of the same file changes nothing"
                        );
                    }
                    if let Some(batch) = report.batch_id {
                        store.undo_import(batch).expect("undo");
                        assert!(sums_match(&store), "and after its undo");
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    refused += 1;
                    assert!(!e.to_string().is_empty() && !e.kind().is_empty(), "a typed error with words");
                }
            }
        }));
        runs += 1;
        if outcome.is_err() || panics.load(Ordering::SeqCst) > before {
            std::fs::create_dir_all(&failures).expect("dir");
            let keep = failures.join(format!("seed-{seed}-run-{runs}.csv"));
            std::fs::write(&keep, &input).expect("keep");
            panic!("run {runs} (from {name}) panicked; its input is kept in {}", keep.display());
        }
    }
    let _ = std::panic::take_hook();
    println!(
        "fuzz: {runs} inputs in {:.1} s ({written} written and undone, {refused} refused with a typed error, \
         {mapped} through a suggested mapping), 0 panics",
        start.elapsed().as_secs_f64()
    );
    assert!(runs > 50, "the budget allowed too few runs to mean anything: {runs}");
}
