//! Snapshot tests of the SVG charts: the committed files under tests/fixtures/charts/ are what the
//! charts looked like when last checked by eye. `UPDATE_SNAPSHOTS=1 cargo test` rewrites them (then look
//! at them, e.g. with `rsvg-convert`, before committing).

use std::path::PathBuf;

use locallift::charts::{Theme, daily_sales, roi_by_campaign};

use crate::day;

fn check(name: &str, svg: &str) {
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"), "{name}: a whole SVG document");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/charts").join(format!("{name}.svg"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("dir")).expect("dir");
        std::fs::write(&path, svg).expect("write");
        return;
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{name}: no snapshot; run with UPDATE_SNAPSHOTS=1"));
    assert_eq!(svg, expected, "{name} changed; if on purpose, UPDATE_SNAPSHOTS=1 and look at it");
}

#[test]
fn roi_chart_snapshots() {
    check("roi-empty", &roi_by_campaign(&[], Theme::Light).expect("svg"));
    check("roi-one", &roi_by_campaign(&[("Spring repotting week".into(), Some(1.53))], Theme::Light).expect("svg"));
    let mixed = vec![
        ("Run club spring".to_string(), Some(-0.42)),
        ("Zoë's 生日 family days 🌱 with a name far too long for the axis".to_string(), Some(2.4)),
        ("No cost yet".to_string(), None),
        ("Summer swap nights".to_string(), Some(0.05)),
    ];
    let svg = roi_by_campaign(&mixed, Theme::Light).expect("svg");
    assert!(svg.contains("#B3261E") || svg.contains("#b3261e"), "a loss is drawn in the loss colour");
    assert!(!svg.contains("No cost yet"), "a campaign without ROI has no bar");
    check("roi-mixed-light", &svg);
    check("roi-mixed-dark", &roi_by_campaign(&mixed, Theme::Dark).expect("svg"));
}

#[test]
fn daily_sales_chart_snapshots() {
    check("sales-empty", &daily_sales(&[], &[], "$", 2, Theme::Light).expect("svg"));
    check("sales-one-day", &daily_sales(&[(day("2026-03-01"), 12_345)], &[], "$", 2, Theme::Light).expect("svg"));
    let days: Vec<_> =
        day("2026-03-01").iter_days().take(60).enumerate().map(|(i, d)| (d, 80_000 + (i as i64 % 7) * 9_000)).collect();
    let windows = [(day("2026-03-10"), day("2026-03-30")), (day("2026-04-20"), day("2026-05-10"))];
    check("sales-two-campaigns", &daily_sales(&days, &windows, "€", 2, Theme::Light).expect("svg"));
}

#[test]
fn cost_per_customer_by_tier_snapshots() {
    use locallift::charts::cost_per_customer_by_tier;
    check(
        "tiers-empty",
        &cost_per_customer_by_tier(&[("Nano (1k–10k)".into(), None)], "$", 2, Theme::Light).expect("svg"),
    );
    let rows = vec![
        ("Community (< 1k)".to_string(), Some(1_250)),
        ("Nano (1k–10k)".to_string(), Some(2_780)),
        ("Micro (10k–100k)".to_string(), Some(9_900)),
    ];
    check("tiers-three", &cost_per_customer_by_tier(&rows, "$", 2, Theme::Dark).expect("svg"));
}
