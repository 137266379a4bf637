//! Snapshot tests of the SVG charts: the committed files under tests/fixtures/charts/ are what the
//! charts looked like when last checked by eye. `UPDATE_SNAPSHOTS=1 cargo test` rewrites them (then look
//! at them, e.g. with `rsvg-convert`, before committing).

use std::path::PathBuf;

use locallift::charts::{Theme, daily_sales, roi_by_campaign};
use locallift::format::Numbers;

fn usd() -> Numbers {
    Numbers::new(Some("USD"), "en-US")
}

fn eur() -> Numbers {
    Numbers::new(Some("EUR"), "en-US")
}

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
    check("sales-empty", &daily_sales(&[], &[], &usd(), Theme::Light).expect("svg"));
    check("sales-one-day", &daily_sales(&[(day("2026-03-01"), 12_345)], &[], &usd(), Theme::Light).expect("svg"));
    let days: Vec<_> =
        day("2026-03-01").iter_days().take(60).enumerate().map(|(i, d)| (d, 80_000 + (i as i64 % 7) * 9_000)).collect();
    let windows = [(day("2026-03-10"), day("2026-03-30")), (day("2026-04-20"), day("2026-05-10"))];
    check("sales-two-campaigns", &daily_sales(&days, &windows, &eur(), Theme::Light).expect("svg"));
    // A German shop's axis: the euro after the amount, a decimal comma.
    let de = daily_sales(&days, &windows, &Numbers::new(Some("EUR"), "de-DE"), Theme::Light).expect("svg");
    assert!(de.contains("500\u{a0}€") && de.contains("1k\u{a0}€") && !de.contains("€500"), "written the German way");
}

#[test]
fn cost_per_customer_by_tier_snapshots() {
    use locallift::charts::cost_per_customer_by_tier;
    check(
        "tiers-empty",
        &cost_per_customer_by_tier(&[("Nano (1k–10k)".into(), None)], &usd(), Theme::Light).expect("svg"),
    );
    let rows = vec![
        ("Community (< 1k)".to_string(), Some(1_250)),
        ("Nano (1k–10k)".to_string(), Some(2_780)),
        ("Micro (10k–100k)".to_string(), Some(9_900)),
    ];
    check("tiers-three", &cost_per_customer_by_tier(&rows, &usd(), Theme::Dark).expect("svg"));
}

#[test]
fn campaign_chart_snapshots() {
    use locallift::attribution::RepeatRate;
    use locallift::charts::{break_even, leaderboard, lift_band, repeat_curves};
    use locallift::lift::LiftDay;

    check("leaderboard-empty", &leaderboard(&[], &usd(), Theme::Light).expect("svg"));
    let rows = vec![
        ("Dev Raman".to_string(), 48_000),
        ("Lucía Fernández 🌱".to_string(), 129_500),
        ("Alberta Street Run Club".to_string(), 0),
    ];
    let svg = leaderboard(&rows, &usd(), Theme::Light).expect("svg");
    // The label's y in the picture: the largest is the top bar.
    let y_of = |name: &str| -> f64 {
        let at = svg.find(name).expect(name);
        let tag = &svg[svg[..at].rfind("<text").expect("text")..at];
        let y = &tag[tag.find(" y=\"").expect("y") + 4..];
        y[..y.find('"').expect("end")].parse().expect("number")
    };
    assert!(y_of("Lucía") < y_of("Dev Raman") && y_of("Dev Raman") < y_of("Alberta"), "largest first");
    check("leaderboard-three", &svg);

    let (from, to) = (day("2026-03-01"), day("2026-03-21"));
    check("break-even-none", &break_even(&[], from, to, 25_000, &usd(), Theme::Light).expect("svg"));
    let profit: Vec<_> = from.iter_days().take(21).step_by(2).map(|d| (d, 4_000)).collect();
    let svg = break_even(&profit, from, to, 25_000, &usd(), Theme::Light).expect("svg");
    // 4,000 every other day from Mar 1: 28,000 ≥ 25,000 on Mar 13, the seventh such day.
    assert!(svg.contains("Paid for itself Mar 13"), "the break-even day is marked");
    check("break-even-crossed", &svg);
    check("break-even-dark", &break_even(&profit, from, to, 25_000, &eur(), Theme::Dark).expect("svg"));

    let days: Vec<LiftDay> = from
        .iter_days()
        .take(14)
        .enumerate()
        .map(|(i, d)| LiftDay {
            day: d,
            actual_minor: (i != 5).then_some(90_000 + (i as i64 % 7) * 8_000),
            expected_minor: Some(80_000 + (i as i64 % 7) * 5_000),
            usual_low_minor: Some(60_000 + (i as i64 % 7) * 5_000),
            usual_high_minor: Some(100_000 + (i as i64 % 7) * 5_000),
        })
        .collect();
    check("lift-band", &lift_band(&days, &usd(), Theme::Light).expect("svg"));
    check("lift-band-empty", &lift_band(&[], &usd(), Theme::Light).expect("svg"));

    let rate = |days, customers, returned| RepeatRate {
        days,
        customers,
        returned,
        rate: (customers > 0).then(|| returned as f64 / customers as f64),
    };
    let partners = [rate(30, 40, 10), rate(60, 40, 14), rate(90, 30, 12)];
    let others = [rate(30, 400, 40), rate(60, 380, 61), rate(90, 0, 0)];
    check("repeat-curves", &repeat_curves(&partners, &others, Theme::Light).expect("svg"));
    check("repeat-curves-empty", &repeat_curves(&[rate(30, 0, 0)], &[], Theme::Light).expect("svg"));
}
