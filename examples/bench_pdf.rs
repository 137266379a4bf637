//! PDF benchmark (issue "Charts, PDF campaign summaries and exports"): on the demo shop plus a campaign of
//! 50 partners, times the campaign summary (4 charts and more, a 50-row table), the chart SVGs alone, a
//! one-page partner report and the coupon sheet, in-process, and prints p50/p95 with the pages made.
//!
//! Usage: bench_pdf [RUNS]   (release build: `cargo run --release --example bench_pdf`)

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use locallift::attribution::{CampaignSpec, PartnerSpec};
use locallift::charts::Theme;
use locallift::pdf::{Paper, PdfKind};
use locallift::{Store, demo};

fn percentiles(mut times: Vec<Duration>) -> String {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    format!(
        "p50 {:.1} ms, p95 {:.1} ms ({} runs)",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        times.len()
    )
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T, String) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed());
    }
    let p50 = {
        let mut s = times.clone();
        s.sort();
        s[s.len() / 2]
    };
    (p50, last.expect("at least one run"), percentiles(times))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(30);
    let dir = std::env::temp_dir().join(format!("bench-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let mut store = Store::open(dir.join("shop.sqlite"))?;
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).ok_or("date")?;
    demo::generate(&mut store, today)?;
    // 50 partners, each with a demo code live in its own week, so the table and charts have numbers.
    let id = store.create_campaign_from_spec(&CampaignSpec {
        name: "Fifty partners".into(),
        start: NaiveDate::from_ymd_opt(2026, 2, 1).ok_or("date")?,
        end: NaiveDate::from_ymd_opt(2026, 2, 28).ok_or("date")?,
        window_days: 14,
        other_costs_minor: 20_000,
        partners: (1..=50)
            .map(|i| PartnerSpec {
                name: format!("Partner {i:02} — Zoë’s crew"),
                codes: vec![format!("BENCH{i:02}")],
                fee_minor: 2_000 + 100 * i,
                gifted_cost_minor: 1_500,
                commission_pct: 5.0,
            })
            .collect(),
    })?;
    store.campaign_results(id)?;
    let (_, charts, line) = time(runs, || store.campaign_charts(id, Theme::Light, None));
    let charts = charts?;
    println!("campaign chart SVGs (5 charts, cached results): {line}");
    let (summary_p50, summary, line) = time(runs, || store.pdf(PdfKind::Summary { campaign_id: id }, Paper::A4, None));
    let summary = summary?;
    println!("campaign summary PDF, 50 partners, 5 charts: {line}; {} KB", summary.len() / 1024);
    let cp = store.campaign_detail(id)?.partners[0].id;
    let (_, _, line) = time(runs, || store.pdf(PdfKind::PartnerReport { campaign_partner_id: cp }, Paper::A4, None));
    println!("partner report PDF: {line}");
    let (_, _, line) = time(runs, || store.pdf(PdfKind::Coupons { campaign_id: id }, Paper::A4, None));
    println!("coupon sheet PDF, 50 codes (9 pages): {line}");
    // Reference in the same run: the summary's charts alone, so the ratio says what the layout costs.
    let (charts_p50, _, _) = time(runs, || store.campaign_charts(id, Theme::Light, None));
    println!(
        "summary / its charts' SVGs: {:.1}× ({} bytes of SVG)",
        summary_p50.as_secs_f64() / charts_p50.as_secs_f64(),
        charts.leaderboard_svg.len()
            + charts.break_even_svg.len()
            + charts.roi_svg.len()
            + charts.lift_svg.len()
            + charts.repeat_svg.len()
    );
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
