//! One locale authority: the core writes money, numbers and dates from CLDR (ICU4X); the window writes
//! them with the webview's `Intl`. This test writes what the core says for every supported locale into
//! `ui/src/lib/format-cases.json`, and `ui/src/lib/format.test.ts` fails where the window's `Intl` says
//! otherwise (run in Node here; the same cases run in the real webviews through the end-to-end tests).

use chrono::NaiveDate;
use locallift::format::Numbers;
use locallift::locale::{SUPPORTED, info};
use serde_json::{Value, json};

/// The currency a shop in each supported locale most likely has, plus the currencies whose digits
/// browsers get wrong (HUF, IDR: ISO 4217 says 2) or that have none or three (JPY, KWD).
fn currencies(locale: &str) -> Vec<&'static str> {
    let usual = match locale {
        "en-US" => "USD",
        "en-GB" => "GBP",
        "es-MX" => "MXN",
        "pt-BR" => "BRL",
        "ja-JP" => "JPY",
        _ => "EUR",
    };
    let mut all = vec![usual];
    if locale == "en-US" || locale == "de-DE" {
        all.extend(["HUF", "IDR", "JPY", "KWD"]);
    }
    all
}

#[test]
fn the_window_is_given_what_the_core_writes_for_every_supported_locale() {
    let day = |s: &str| s.parse::<NaiveDate>().expect("day");
    let mut cases = Vec::new();
    for &locale in SUPPORTED {
        for currency in currencies(locale) {
            let n = Numbers::new(Some(currency), locale);
            let facts = info(Some(locale), Some(currency));
            let money: Vec<Value> =
                [0_i64, 5, -5, 123_456, -123_456, 100_000_000].iter().map(|&m| json!([m, n.money(m)])).collect();
            let whole: Vec<Value> = [120_000_i64, 0].iter().map(|&m| json!([m, n.money_whole(m)])).collect();
            let count: Vec<Value> =
                [0_i64, 7, 1234, 1_234_567, -12_345].iter().map(|&c| json!([c, n.count(c)])).collect();
            let percent: Vec<Value> = [(1.534, true), (-0.42, true), (0.0, true), (0.25, false)]
                .iter()
                .map(|&(r, signed): &(f64, bool)| json!([r * 100.0, signed, n.percent(r, signed)]))
                .collect();
            let times: Vec<Value> = [4.0833_f64, 0.5, 1234.5].iter().map(|&r| json!([r, n.times(r)])).collect();
            let days: Vec<Value> = ["2026-03-24", "2026-12-01"].iter().map(|d| json!([d, n.day(day(d))])).collect();
            cases.push(json!({
                "locale": locale,
                "currency": currency,
                "exponent": facts.currency_exponent,
                "first_day_of_week": facts.first_day_of_week,
                "decimal": facts.decimal,
                "group": facts.group,
                "money": money,
                "money_whole": whole,
                "count": count,
                "percent": percent,
                "day": days,
                "times": times,
            }));
        }
    }
    let text = serde_json::to_string_pretty(&json!({
        "about": "Written by tests/core/locale.rs (cargo test): what the core writes; format.test.ts checks the window agrees.",
        "cases": cases,
    }))
    .expect("json")
        + "\n";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/format-cases.json");
    if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
        std::fs::write(&path, text).expect("write format-cases.json");
    }
    // The facts the window cannot be trusted with come from the core.
    assert_eq!(info(Some("en-US"), Some("HUF")).currency_exponent, 2);
    assert_eq!(info(Some("de-DE"), Some("EUR")).first_day_of_week, 1);
}
