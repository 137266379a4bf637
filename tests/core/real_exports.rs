//! Exports shaped after real shops' files (tests/fixtures/real/<preset>/, each cited in the README beside
//! it) and the shared import cases (tests/fixtures/real/cases/): each file beside its `.expected.json`,
//! the right numbers worked out by hand in that folder's README. Every file is imported into a fresh shop
//! with the currency and time zone its expectation names, then again (which must change nothing), and the
//! stored orders, totals and codes are compared with the expectation, exactly.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use locallift::import::{DateOrder, ImportOptions, Mapping, import_file};
use locallift::model::ShopInput;
use serde::Deserialize;

use crate::fresh;

#[derive(Debug, Deserialize)]
struct Expected {
    currency: String,
    time_zone: String,
    preset: String,
    #[serde(default)]
    import: Options,
    #[serde(default)]
    refused: bool,
    #[serde(default)]
    orders: i64,
    #[serde(default)]
    net_revenue_minor: i64,
    #[serde(default)]
    by_code: BTreeMap<String, CodeTotals>,
    #[serde(default)]
    sales: Vec<Sale>,
    /// Rows left out on purpose, by kind (the kinds' names are the fixtures' own: only the total is
    /// compared, so that a fixture's words need not be the importer's).
    #[serde(default)]
    skipped: BTreeMap<String, u64>,
}

#[derive(Debug, Default, Deserialize)]
struct Options {
    date_order: Option<String>,
    prices_include_tax: Option<bool>,
    mapping: Option<String>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
struct CodeTotals {
    orders: i64,
    net_revenue_minor: i64,
}

#[derive(Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Sale {
    external_id: String,
    status: String,
    local_day: String,
    net_minor: i64,
    shipping_minor: i64,
    tax_minor: i64,
}

fn real() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real")
}

/// Every fixture with its expectation, by folder.
fn fixtures() -> Vec<(PathBuf, Expected)> {
    let mut out = Vec::new();
    let mut folders: Vec<PathBuf> = std::fs::read_dir(real())
        .expect("tests/fixtures/real")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    for folder in folders {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .expect("folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
            .collect();
        files.sort();
        for expected in files {
            let csv = PathBuf::from(expected.to_string_lossy().replace(".expected.json", ".csv"));
            assert!(csv.exists(), "{} has no CSV beside it", expected.display());
            let text = std::fs::read_to_string(&expected).expect("expectation");
            let parsed: Expected =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
            out.push((csv, parsed));
        }
    }
    out
}

fn stored_sales(store: &locallift::Store) -> Vec<Sale> {
    let conn = rusqlite::Connection::open(store.path()).expect("open");
    let mut stmt = conn
        .prepare("SELECT external_id, status, local_day, net_minor, shipping_minor, tax_minor FROM sales ORDER BY 1")
        .expect("query");
    let mut sales: Vec<Sale> = stmt
        .query_map([], |r| {
            Ok(Sale {
                external_id: r.get(0)?,
                status: r.get(1)?,
                local_day: r.get(2)?,
                net_minor: r.get(3)?,
                shipping_minor: r.get(4)?,
                tax_minor: r.get(5)?,
            })
        })
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("sales");
    sales.sort();
    sales
}

/// What one fixture gives, or why it is not its expectation.
fn check(csv: &Path, want: &Expected) -> Result<(), String> {
    let (_dir, mut store) = fresh();
    store
        .update_shop(&ShopInput {
            name: "Shop".into(),
            currency: Some(want.currency.clone()),
            time_zone: want.time_zone.clone(),
            default_margin_pct: 50.0,
            locale: None,
            hourly_rate_minor: None,
        })
        .map_err(|e| format!("shop: {e}"))?;
    let mapping: Option<Mapping> = want.import.mapping.as_ref().map(|m| {
        let path = csv.parent().expect("folder").join(m);
        serde_json::from_slice(&std::fs::read(&path).expect("mapping file")).expect("a mapping")
    });
    let options = ImportOptions {
        mapping,
        date_order: want.import.date_order.as_deref().map(|o| match o {
            "dmy" => DateOrder::Dmy,
            "mdy" => DateOrder::Mdy,
            other => panic!("date_order {other}"),
        }),
        prices_include_tax: want.import.prices_include_tax,
        ..ImportOptions::default()
    };
    let run = |store: &mut locallift::Store| import_file(store, csv, &options, &|_| {}, &AtomicBool::new(false));
    let report = run(&mut store);
    if want.refused {
        return match report {
            Err(_) => Ok(()),
            Ok(r) if r.error_count > 0 && !r.written => Ok(()),
            Ok(r) => Err(format!("imported, but must be refused: {r:?}")),
        };
    }
    let report = report.map_err(|e| format!("refused: {e}"))?;
    let mut errs = Vec::new();
    if report.error_count > 0 {
        errs.push(format!("row problems: {:?}", report.errors));
    }
    if report.preset != want.preset {
        errs.push(format!("read as {}, not {}", report.preset, want.preset));
    }
    let summary = store.sales_summary().map_err(|e| e.to_string())?;
    let sales = stored_sales(&store);
    let again = run(&mut store).map_err(|e| format!("the second import: {e}"))?;
    if again.written || store.sales_summary().map_err(|e| e.to_string())? != summary || stored_sales(&store) != sales {
        errs.push("importing it again changed the shop".into());
    }
    if (summary.orders, summary.net_revenue_minor) != (want.orders, want.net_revenue_minor) {
        errs.push(format!(
            "{} orders, net {}; right: {} orders, net {}",
            summary.orders, summary.net_revenue_minor, want.orders, want.net_revenue_minor
        ));
    }
    let codes: BTreeMap<String, CodeTotals> = summary
        .by_code
        .into_iter()
        .map(|(k, v)| (k, CodeTotals { orders: v.orders, net_revenue_minor: v.net_revenue_minor }))
        .collect();
    if codes != want.by_code {
        errs.push(format!("codes {codes:?}; right {:?}", want.by_code));
    }
    let mut right = want.sales.clone();
    right.sort();
    if sales != right {
        for s in sales.iter().filter(|s| !right.contains(s)) {
            errs.push(format!("stored {s:?}"));
        }
        for s in right.iter().filter(|s| !sales.contains(s)) {
            errs.push(format!("missing {s:?}"));
        }
    }
    // Left out of this file's counted orders: rows skipped, and refunds kept for orders not imported yet.
    let skipped: u64 = report.notes.skipped.iter().map(|s| s.count).sum::<u64>() + report.refunds_pending;
    let want_skipped: u64 = want.skipped.values().sum();
    if skipped != want_skipped {
        errs.push(format!("{skipped} rows skipped ({:?}); right {want_skipped}", report.notes.skipped));
    }
    if errs.is_empty() { Ok(()) } else { Err(errs.join("\n    ")) }
}

#[test]
fn every_real_export_gives_its_hand_worked_numbers() {
    let all = fixtures();
    let mut per_preset: BTreeMap<String, usize> = BTreeMap::new();
    let mut wrong = Vec::new();
    for (csv, want) in &all {
        *per_preset.entry(want.preset.clone()).or_default() += 1;
        if let Err(e) = check(csv, want) {
            wrong.push(format!("{}:\n    {e}", csv.strip_prefix(real()).unwrap_or(csv).display()));
        }
    }
    assert!(wrong.is_empty(), "{} of {} fixtures wrong:\n{}", wrong.len(), all.len(), wrong.join("\n"));
    for preset in ["shopify", "woocommerce", "woocommerce_analytics", "etsy_orders", "etsy_items", "stripe", "paypal"] {
        assert!(
            per_preset.get(preset).copied().unwrap_or(0) >= 3,
            "at least three real exports of {preset}: {per_preset:?}"
        );
    }
    assert!(per_preset.get("square_transactions").copied().unwrap_or(0) >= 3);
    assert!(per_preset.get("square_items").copied().unwrap_or(0) >= 3);
}
