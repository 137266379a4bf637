//! Query benchmark (issue "Attribution and ROI"): on a shop file holding a large import (see
//! `scripts/bench-results.sh`), adds 200 campaigns if it has none (a week each, ten days apart, three
//! partners with the export's codes and one walk-in partner measured by lift), then times every
//! campaign's results and the Dashboard over several ranges, in-process, and prints p50/p95/max.
//!
//! Usage: bench_queries SHOP.sqlite

use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use std::sync::atomic::AtomicBool;

use locallift::Store;
use locallift::attribution::{CampaignSpec, PartnerSpec};
use locallift::import::{ImportOptions, Mapping, import_file};
use locallift::model::ListQuery;

fn partner(name: &str, code: Option<&str>, fee: i64) -> PartnerSpec {
    PartnerSpec {
        name: name.into(),
        codes: code.iter().map(|c| c.to_string()).collect(),
        fee_minor: fee,
        gifted_cost_minor: 2_000,
        commission_pct: 5.0,
    }
}

/// The columns of the next day's orders this benchmark writes.
fn next_day_mapping() -> Mapping {
    Mapping {
        discount: Some("discount".into()),
        refund: Some("refund".into()),
        code: Some("codes".into()),
        customer: Some("email".into()),
        ..Mapping::of("id", "created", "gross")
    }
}

fn percentiles(mut times: Vec<Duration>) -> String {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    format!(
        "p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms ({} runs)",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
        times.len()
    )
}

/// Times the reads and writes of the shop file given as the only argument (first creating 200 campaigns in it
/// when it has none), printing each timing as it goes.
///
/// Long because it is a benchmark script: each timing reads the store as the step before it left it, in print order.
#[expect(
    clippy::too_many_lines,
    reason = "it is a benchmark script: each timing reads the store as the step before it left it, in print order"
)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: bench_queries SHOP.sqlite")?;
    let mut store = Store::open(&path)?;
    let existing = store.list_campaigns(&ListQuery { include_archived: true, ..Default::default() })?.len();
    let first = NaiveDate::from_ymd_opt(2020, 5, 1).ok_or("date")?;
    if existing == 0 {
        let t = Instant::now();
        for i in 0..200u64 {
            let start = first + Days::new(10 * i);
            store.create_campaign_from_spec(&CampaignSpec {
                name: format!("Campaign {:03}", i + 1),
                start,
                end: start + Days::new(6),
                window_days: 3,
                other_costs_minor: 5_000,
                partners: vec![
                    partner("Maya", Some("MAYA15"), 15_000),
                    partner("Dev", Some("RUNFERN"), 8_000),
                    partner("Spring crew", Some("SPRING10"), 5_000),
                    partner("Riverside Runners", None, 3_000),
                ],
            })?;
        }
        println!("created 200 campaigns in {:.1} s", t.elapsed().as_secs_f64());
    }
    let t = Instant::now();
    store.ensure_customers()?;
    println!(
        "customers table brought up to date in {:.0} ms (once after a bulk load)",
        t.elapsed().as_secs_f64() * 1e3
    );
    let campaigns = store.list_campaigns(&ListQuery { include_archived: true, ..Default::default() })?;

    // Computed from the tables (what a write pays for each campaign it reaches), then read as every
    // screen reads them: from the results cache, which writes keep up to date.
    let mut cold = Vec::new();
    let mut warm = Vec::new();
    let mut attributed = 0;
    for c in &campaigns {
        let t = Instant::now();
        let r = store.recompute_campaign_results(c.id)?;
        cold.push(t.elapsed());
        attributed += r.totals.figures.attributed_orders;
        let t = Instant::now();
        store.campaign_results(c.id)?;
        warm.push(t.elapsed());
    }
    println!("campaign results computed from the tables, {} campaigns: {}", campaigns.len(), percentiles(cold));
    println!("campaign results read (the Campaign screen): {}", percentiles(warm));
    println!("  ({attributed} attributed orders counted in all)");

    let last = campaigns.iter().map(|c| c.counts_until).max().ok_or("no campaigns")?;
    let ranges = [("30 days", 30u64), ("90 days", 90), ("12 months", 365), ("all time", 2_200)];
    let dashboards = |store: &Store, what: &str| -> Result<(), Box<dyn std::error::Error>> {
        for (label, days) in ranges {
            let from = last - Days::new(days);
            let mut times = Vec::new();
            let mut n = 0;
            for _ in 0..10 {
                let t = Instant::now();
                n = store.dashboard(from, last)?.campaigns;
                times.push(t.elapsed());
            }
            println!("  dashboard {what}, {label} ({n} campaigns): {}", percentiles(times));
        }
        Ok(())
    };
    dashboards(&store, "with nothing written")?;

    // The writes an owner makes, each timed with the results it brings up to date, then the Dashboard
    // right after it.
    let last_day: NaiveDate =
        rusqlite::Connection::open(&path)?.query_row("SELECT max(day) FROM daily_sales", [], |r| r.get(0))?;
    let next = last_day + Days::new(1);
    let csv = std::env::temp_dir().join(format!("bench-next-day-{}.csv", std::process::id()));
    let mut rows = String::from("id,created,gross,discount,refund,codes,email\n");
    for i in 0..300 {
        let code = if i % 10 == 0 { "MAYA15" } else { "" };
        rows.push_str(&format!(
            "N{i},{next}T{:02}:{:02}:00Z,42.00,0,0,{code},n{}@example.com\n",
            14 + i / 60,
            i % 60,
            i % 97
        ));
    }
    std::fs::write(&csv, rows)?;
    let options = ImportOptions { mapping: Some(next_day_mapping()), ..Default::default() };
    let t = Instant::now();
    let report = import_file(&mut store, &csv, &options, &|_| {}, &AtomicBool::new(false))?;
    // As the window does after every command: the results the write made stale, computed now.
    store.refresh_stale_results();
    let _ = std::fs::remove_file(&csv);
    println!(
        "write: import of the next day ({} orders, {}), results brought up to date: {:.0} ms",
        report.orders_new,
        if report.backup.is_some() { "backup first" } else { "no backup: the day's copy exists" },
        t.elapsed().as_secs_f64() * 1e3
    );
    dashboards(&store, "after it")?;

    let recent = campaigns.iter().max_by_key(|c| c.fields.start).ok_or("no campaigns")?;
    let mut fields = store.campaign(recent.id)?.fields;
    fields.other_costs_minor += 1_000;
    let t = Instant::now();
    store.update_campaign(recent.id, &fields)?;
    store.refresh_stale_results();
    println!("write: a campaign's costs changed: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    dashboards(&store, "after it")?;

    let day = recent.fields.start - Days::new(20);
    let t = Instant::now();
    store.set_holiday(&locallift::store::holidays::Holiday { day, name: "bench".into() })?;
    store.refresh_stale_results();
    println!("write: an unusual day in the latest campaign's baseline: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    dashboards(&store, "after it")?;
    store.remove_holiday(day)?;

    let mut settings = store.analysis_settings()?;
    settings.lift_weeks = if settings.lift_weeks == 8 { 10 } else { 8 };
    let t = Instant::now();
    store.update_analysis_settings(&settings)?;
    store.refresh_stale_results();
    println!("write: the analysis settings (every campaign computed again): {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    dashboards(&store, "after it")?;

    // The Dashboard's two charts (plotters SVG), from cached results.
    let mut times = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        store.dashboard_charts(last - Days::new(365), last, locallift::charts::Theme::Light, None)?;
        times.push(t.elapsed());
    }
    println!("dashboard charts (12 months, 2 SVGs, cached results): {}", percentiles(times));
    partnership(&store)
}

/// Running the partnership (issue 19): the leak signals over every code of the shop, the ledger of the
/// partner in all 200 campaigns (every attributed order's history), the agreements due.
fn partnership(store: &Store) -> Result<(), Box<dyn std::error::Error>> {
    let (mut times, mut found) = (Vec::new(), 0);
    for _ in 0..5 {
        let t = Instant::now();
        found = store.leak_signals()?.len();
        times.push(t.elapsed());
    }
    println!("leak signals, every code of 200 campaigns ({found} signs): {}", percentiles(times));
    let maya = store.find_partner("Maya")?;
    let (mut times, mut lines) = (Vec::new(), 0);
    for _ in 0..5 {
        let t = Instant::now();
        lines = store.partner_ledger(maya.id, None, None)?.entries.len();
        times.push(t.elapsed());
    }
    println!("a partner's ledger over 200 campaigns ({lines} lines): {}", percentiles(times));
    let mut times = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        store.deliverables_due()?;
        times.push(t.elapsed());
    }
    println!("agreements due: {}", percentiles(times));
    Ok(())
}
