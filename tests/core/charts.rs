//! Snapshot tests of the SVG charts: the committed files under tests/fixtures/charts/ are what the
//! charts looked like when last checked by eye. `UPDATE_SNAPSHOTS=1 cargo test` rewrites them (then look
//! at them, e.g. with `rsvg-convert`, before committing).

use std::path::PathBuf;

use locallift::charts::{Band, RoiBar, Theme, daily_sales, roi_by_campaign};
use locallift::format::Numbers;

fn usd() -> Numbers {
    Numbers::new(Some("USD"), "en-US")
}

fn eur() -> Numbers {
    Numbers::new(Some("EUR"), "en-US")
}

use crate::day;

/// A text's box in the picture: left, top, right, bottom (pixels), and the text.
#[derive(Debug)]
struct TextBox {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
    text: String,
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(tag[at..at + tag[at..].find('"')?].to_string())
}

/// Every `<text>` of an SVG with the box it is drawn in. Widths are generous estimates (0.6 em a
/// character, 1 em a wide one, as `charts::text_width`); the vertical place follows the `dy` plotters
/// writes (0.5ex: centred on y; 0.76em: hanging from y; none: on the baseline).
fn text_boxes(svg: &str) -> Vec<TextBox> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(at) = rest.find("<text") {
        rest = &rest[at..];
        let close = rest.find('>').expect("tag end");
        let tag = &rest[..close];
        let end = rest.find("</text>").expect("text end");
        let text = rest[close + 1..end]
            .trim()
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&apos;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
        rest = &rest[end..];
        if text.trim().is_empty() {
            continue;
        }
        let num = |n: &str| attribute(tag, n).and_then(|v| v.parse::<f64>().ok());
        let (x, y, size) = (num("x").expect("x"), num("y").expect("y"), num("font-size").expect("font-size"));
        let width = text.chars().map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.6 }).sum::<f64>() * size;
        let left = match attribute(tag, "text-anchor").as_deref() {
            Some("middle") => x - width / 2.0,
            Some("end") => x - width,
            _ => x,
        };
        let top = match attribute(tag, "dy").as_deref() {
            Some("0.5ex") => y - size / 2.0,
            Some("0.76em") => y,
            Some("1em") => y + 0.2 * size,
            _ => y - 0.8 * size,
        };
        out.push(TextBox { left, top, right: left + width, bottom: top + size, text });
    }
    out
}

/// No text of a chart over another, and none cut by its edges: what a chart writes can be read.
pub fn assert_readable(name: &str, svg: &str) {
    let head = &svg[..svg.find('>').expect("svg tag")];
    let width: f64 = attribute(head, "width").and_then(|v| v.parse().ok()).expect("width");
    let height: f64 = attribute(head, "height").and_then(|v| v.parse().ok()).expect("height");
    let boxes = text_boxes(svg);
    for (i, a) in boxes.iter().enumerate() {
        assert!(
            a.left >= -0.5 && a.right <= width + 0.5 && a.top >= -0.5 && a.bottom <= height + 0.5,
            "{name}: “{}” runs out of the {width}×{height} picture: {a:?}",
            a.text
        );
        for b in &boxes[i + 1..] {
            // A pixel of slack: neighbours may touch.
            let apart = a.right <= b.left + 1.0
                || b.right <= a.left + 1.0
                || a.bottom <= b.top + 1.0
                || b.bottom <= a.top + 1.0;
            assert!(apart, "{name}: “{}” and “{}” are drawn over each other: {a:?} {b:?}", a.text, b.text);
        }
    }
}

fn check(name: &str, svg: &str) {
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"), "{name}: a whole SVG document");
    assert_readable(name, svg);
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
    check("roi-empty", &roi_by_campaign(&[], &usd(), Theme::Light).expect("svg"));
    let bar =
        |name: &str, roi: Option<f64>, lift_range: Option<(f64, f64)>| RoiBar { name: name.into(), roi, lift_range };
    check(
        "roi-one",
        &roi_by_campaign(&[bar("Spring repotting week", Some(1.53), None)], &usd(), Theme::Light).expect("svg"),
    );
    let mixed = vec![
        bar("Run club spring", Some(-0.42), None),
        bar("Zoë's 生日 family days 🌱 with a name far too long for the axis", Some(2.4), None),
        bar("No cost yet", None, None),
        bar("Summer swap nights", Some(0.05), None),
        // Walk-in partners: a range with their sales lift, never a −100% bar.
        bar("Parents' group walk-ins", None, Some((-0.3, 1.8))),
    ];
    let svg = roi_by_campaign(&mixed, &usd(), Theme::Light).expect("svg");
    assert!(svg.contains("#B3261E") || svg.contains("#b3261e"), "a loss is drawn in the loss colour");
    assert!(!svg.contains("No cost yet"), "a campaign without ROI has no bar");
    check("roi-mixed-light", &svg);
    check("roi-mixed-dark", &roi_by_campaign(&mixed, &usd(), Theme::Dark).expect("svg"));
    assert!(svg.contains("Range with sales lift"), "the range is named under the chart");
}

#[test]
fn daily_sales_chart_snapshots() {
    check("sales-empty", &daily_sales(&[], &[], &usd(), Theme::Light).expect("svg"));
    check("sales-one-day", &daily_sales(&[(day("2026-03-01"), 12_345)], &[], &usd(), Theme::Light).expect("svg"));
    let days: Vec<_> =
        day("2026-03-01").iter_days().take(60).enumerate().map(|(i, d)| (d, 80_000 + (i as i64 % 7) * 9_000)).collect();
    let band = |name: &str, from: &str, to: &str| Band { name: name.into(), from: day(from), to: day(to) };
    let windows = [
        band("Spring repotting week", "2026-03-10", "2026-03-30"),
        band("Run club 5k", "2026-03-14", "2026-03-28"),
        band("Zoë's 生日 family days 🌱", "2026-04-20", "2026-05-10"),
        band("Too late for these days", "2026-07-01", "2026-07-20"),
    ];
    let svg = daily_sales(&days, &windows, &eur(), Theme::Light).expect("svg");
    assert!(svg.contains("Spring repotting week") && svg.contains("Run club 5k"), "bands are named");
    assert!(!svg.contains("Too late"), "a campaign outside the days drawn has no band");
    check("sales-two-campaigns", &svg);
    // A German shop's axis: the euro after the amount, a decimal comma.
    let de = daily_sales(&days, &windows, &Numbers::new(Some("EUR"), "de-DE"), Theme::Light).expect("svg");
    // CLDR's German compact form abbreviates from a million ("1000 €", "1,2 Mio. €"); days are "10. März".
    assert!(de.contains("500\u{a0}€") && de.contains("1000\u{a0}€") && !de.contains("€500"), "written the German way");
    assert!(de.contains(". März") && !de.contains("Mar "), "German month names on the axis");
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
    let svg = cost_per_customer_by_tier(&rows, &usd(), Theme::Dark).expect("svg");
    assert!(svg.contains("Cost per new customer"), "the axis says what it counts");
    check("tiers-three", &svg);
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
    check("break-even-none", &break_even(&[], from, to, to, 25_000, &usd(), Theme::Light).expect("svg"));
    let profit: Vec<_> = from.iter_days().take(21).step_by(2).map(|d| (d, 4_000)).collect();
    let svg = break_even(&profit, from, to, to, 25_000, &usd(), Theme::Light).expect("svg");
    // 4,000 every other day from Mar 1: 28,000 ≥ 25,000 on Mar 13, the seventh such day.
    assert!(svg.contains("Paid for itself Mar 13"), "the break-even day is marked");
    check("break-even-crossed", &svg);
    check("break-even-dark", &break_even(&profit, from, to, to, 25_000, &eur(), Theme::Dark).expect("svg"));
    // A running campaign: sales data end on Mar 9, so the line stops there (ten points: Feb 28 to Mar 9).
    let svg = break_even(&profit, from, to, day("2026-03-09"), 25_000, &usd(), Theme::Light).expect("svg");
    let line = svg.split("<polyline").find(|l| l.contains("#1F7A5A")).expect("the profit line");
    let points =
        line[line.find("points=\"").expect("points") + 8..].split('"').next().expect("end").split_whitespace().count();
    assert_eq!(points, 10, "no day after the last day with data is drawn");
    check("break-even-running", &svg);

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
    check("repeat-curves", &repeat_curves(&partners, &others, &usd(), Theme::Light).expect("svg"));
    check("repeat-curves-empty", &repeat_curves(&[rate(30, 0, 0)], &[], &usd(), Theme::Light).expect("svg"));
}

/// The charts of the demo shop, as the Dashboard and every Campaign page draw them, in both themes and
/// every language's locale (their legends and axis titles in that language): no text over another or cut
/// at an edge.
#[test]
fn every_chart_of_the_demo_shop_is_readable() {
    use locallift::model::ListQuery;
    let dir = tempfile::tempdir().expect("dir");
    let mut store = locallift::Store::open(dir.path().join("demo.sqlite")).expect("open");
    let today = day("2026-11-23");
    locallift::demo::generate(&mut store, today).expect("demo");
    let campaigns = store.list_campaigns(&ListQuery { include_archived: true, ..Default::default() }).expect("list");
    for theme in [Theme::Light, Theme::Dark] {
        for locale in ["en-US", "de-DE", "fr-FR", "es-ES", "pt-BR", "it-IT", "ja-JP"] {
            for (from, to) in
                [(today - chrono::Duration::days(364), today), (today - chrono::Duration::days(89), today)]
            {
                let d = store.dashboard_charts(from, to, theme, Some(locale)).expect("dashboard charts");
                for (name, svg) in [("roi", &d.roi_svg), ("sales", &d.sales_svg), ("tiers", &d.tiers_svg)] {
                    assert_readable(&format!("dashboard {name} {from}–{to} {locale} {theme:?}"), svg);
                }
            }
            for c in &campaigns {
                let charts = store.campaign_charts(c.id, theme, Some(locale)).expect("charts");
                for (name, svg) in [
                    ("leaderboard", &charts.leaderboard_svg),
                    ("roi", &charts.roi_svg),
                    ("break-even", &charts.break_even_svg),
                    ("lift", &charts.lift_svg),
                    ("repeat", &charts.repeat_svg),
                ] {
                    assert_readable(&format!("{} {name} {locale} {theme:?}", c.fields.name), svg);
                }
            }
        }
    }
}

/// The charts in the owner's language: German legends, axis titles, day ticks and "nothing yet" sentences
/// (with German money and dates), and a Japanese sentence without spaces wrapped inside the picture.
#[test]
fn charts_speak_the_language_of_their_locale() {
    use locallift::attribution::RepeatRate;
    use locallift::charts::{break_even, cost_per_customer_by_tier, leaderboard, lift_band, repeat_curves};

    let de = Numbers::new(Some("EUR"), "de-DE");
    let (from, to) = (day("2026-03-01"), day("2026-03-21"));
    let profit: Vec<_> = from.iter_days().take(21).step_by(2).map(|d| (d, 4_000)).collect();
    let svg = break_even(&profit, from, to, to, 25_000, &de, Theme::Light).expect("svg");
    assert_readable("break-even de", &svg);
    assert!(svg.contains("Rohertrag bisher") && svg.contains("Gedeckt am 13. März"), "German legend: {svg}");
    assert!(svg.contains("Kosten 250\u{a0}€"), "German money in the legend: {svg}");
    assert!(!svg.contains("Gross profit") && !svg.contains("Paid for itself"), "no English left");

    let svg = leaderboard(&[("Lucía".to_string(), 129_500)], &de, Theme::Light).expect("svg");
    assert_readable("leaderboard de", &svg);
    assert!(svg.contains("Zugeordneter Nettoumsatz"), "a German axis title: {svg}");
    let svg = cost_per_customer_by_tier(&[("Nano".to_string(), Some(2_780))], &de, Theme::Light).expect("svg");
    assert!(svg.contains("Kosten pro Neukunde"), "a German axis title: {svg}");
    let empty = leaderboard(&[], &de, Theme::Light).expect("svg");
    assert!(empty.contains("Noch keine zugeordneten Verkäufe."), "{empty}");

    let rate = |days, customers, returned| RepeatRate {
        days,
        customers,
        returned,
        rate: (customers > 0).then(|| returned as f64 / customers as f64),
    };
    let svg =
        repeat_curves(&[rate(30, 40, 10), rate(60, 40, 14)], &[rate(30, 400, 40)], &de, Theme::Light).expect("svg");
    assert_readable("repeat de", &svg);
    assert!(svg.contains("30 Tage") && svg.contains("Von Partnern gebracht"), "German days and legend: {svg}");
    let svg = lift_band(&[], &de, Theme::Dark).expect("svg");
    assert!(svg.contains("Kein üblicher Bereich"), "{svg}");

    // Japanese writes a sentence without spaces: it is broken between characters, never past the edge.
    let ja = Numbers::new(Some("JPY"), "ja-JP");
    let svg = repeat_curves(&[rate(30, 0, 0)], &[], &ja, Theme::Light).expect("svg");
    assert_readable("repeat empty ja", &svg);
    assert!(svg.contains("まだ計測できません"), "{svg}");
    let svg = break_even(&profit, from, to, to, 25_000, &ja, Theme::Light).expect("svg");
    assert_readable("break-even ja", &svg);
    assert!(svg.contains("これまでの粗利"), "{svg}");
}
