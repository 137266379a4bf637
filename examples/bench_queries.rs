//! Query benchmark (issue "Attribution and ROI"): on a shop file holding a large import (see
//! `scripts/bench-results.sh`), adds 200 campaigns if it has none (a week each, ten days apart, three
//! partners with the export's codes and one walk-in partner measured by lift), then times every
//! campaign's results and the Dashboard over several ranges, in-process, and prints p50/p95/max.
//!
//! Usage: bench_queries SHOP.sqlite

use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use locallift::Store;
use locallift::attribution::{CampaignSpec, PartnerSpec};
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

    // Cold: computed from the tables (the first read after any write); warm: the same results again,
    // from the results cache, until the next write.
    let mut cold = Vec::new();
    let mut warm = Vec::new();
    let mut attributed = 0;
    let marker = locallift::store::holidays::Holiday {
        day: NaiveDate::from_ymd_opt(2000, 1, 1).ok_or("date")?,
        name: "bench".into(),
    };
    for c in &campaigns {
        // A write (a holiday marked and unmarked) empties the results cache.
        store.set_holiday(&marker)?;
        store.remove_holiday(marker.day)?;
        let t = Instant::now();
        let r = store.campaign_results(c.id)?;
        cold.push(t.elapsed());
        attributed += r.totals.figures.attributed_orders;
        let t = Instant::now();
        store.campaign_results(c.id)?;
        warm.push(t.elapsed());
    }
    println!(
        "campaign results, computed (first read after a write), {} campaigns: {}",
        campaigns.len(),
        percentiles(cold)
    );
    println!("campaign results, again until the next write: {}", percentiles(warm));
    println!("  ({attributed} attributed orders counted in all)");

    let last = campaigns.iter().map(|c| c.counts_until).max().ok_or("no campaigns")?;
    for (label, days) in [("30 days", 30u64), ("90 days", 90), ("12 months", 365), ("all time", 2_200)] {
        let from = last - Days::new(days);
        // A write empties the cache: the first dashboard computes.
        store.set_holiday(&marker)?;
        store.remove_holiday(marker.day)?;
        let t = Instant::now();
        let d = store.dashboard(from, last)?;
        let first = t.elapsed();
        let mut times = Vec::new();
        for _ in 0..10 {
            let t = Instant::now();
            store.dashboard(from, last)?;
            times.push(t.elapsed());
        }
        println!(
            "dashboard, {label} ({} campaigns): first after a write {:.1} ms; then {}",
            d.campaigns,
            first.as_secs_f64() * 1e3,
            percentiles(times)
        );
    }
    // The Dashboard's two charts (plotters SVG), from cached results.
    let mut times = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        store.dashboard_charts(last - Days::new(365), last, locallift::charts::Theme::Light)?;
        times.push(t.elapsed());
    }
    println!("dashboard charts (12 months, 2 SVGs, cached results): {}", percentiles(times));
    Ok(())
}
