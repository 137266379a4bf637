//! The `locallift` command line, run as a user or a script runs it.

use std::process::Command;

use crate::import::fixture;

fn locallift(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_locallift")).arg("--db").arg(db).args(args).output().expect("runs")
}

#[test]
fn import_then_summary_json_is_the_documented_contract() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    let set =
        locallift(&db, &["shop", "set", "--currency", "USD", "--time-zone", "America/New_York", "--margin", "55"]);
    assert!(set.status.success(), "{}", String::from_utf8_lossy(&set.stderr));

    let fixture = fixture("shopify/orders.csv");
    let import = locallift(&db, &["import", fixture.to_str().expect("utf-8 path")]);
    assert!(import.status.success(), "{}", String::from_utf8_lossy(&import.stderr));

    let summary = locallift(&db, &["summary", "--json"]);
    assert!(summary.status.success());
    let json: serde_json::Value = serde_json::from_slice(&summary.stdout).expect("one JSON object");
    assert_eq!(
        json,
        serde_json::json!({
            "orders": 3,
            "net_revenue_minor": 123983,
            "currency": "USD",
            "by_code": {"MAYA15": {"orders": 2, "net_revenue_minor": 9583}}
        })
    );
}

#[test]
fn a_broken_file_exits_non_zero_with_its_errors_on_stderr() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    let good = std::fs::read_to_string(fixture("shopify/orders.csv")).expect("fixture");
    let broken = good.replacen("2024-03-12 16:45:10 -0400", "yesterday", 1);
    let path = dir.path().join("broken.csv");
    std::fs::write(&path, broken).expect("write");
    let out = locallift(&db, &["import", path.to_str().expect("utf-8 path")]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.csv:2: column “Created at”: “yesterday”"), "{stderr}");
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    let summary = locallift(&db, &["summary", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&summary.stdout).expect("json");
    assert_eq!(json["orders"], 0);
}

/// The March campaign of the Shopify fixture's orders (Maya, MAYA15), as a `campaign create` file.
fn march_spec(dir: &std::path::Path) -> std::path::PathBuf {
    let spec = dir.join("campaign.json");
    std::fs::write(
        &spec,
        r#"{"name": "March", "start": "2024-03-01", "end": "2024-03-10", "window_days": 14, "other_costs_minor": 1000,
            "partners": [{"name": "Maya", "codes": ["MAYA15"], "fee_minor": 5000, "gifted_cost_minor": 2000, "commission_pct": 10}]}"#,
    )
    .expect("write");
    spec
}

#[test]
fn campaign_create_and_results_json_follow_the_documented_contract() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    assert!(
        locallift(&db, &["shop", "set", "--currency", "USD", "--time-zone", "America/New_York", "--margin", "50"])
            .status
            .success()
    );
    let fixture = fixture("shopify/orders.csv");
    assert!(locallift(&db, &["import", fixture.to_str().expect("path")]).status.success());
    let spec = march_spec(dir.path());
    let created = locallift(&db, &["campaign", "create", spec.to_str().expect("path")]);
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    let id = String::from_utf8_lossy(&created.stdout).trim().to_string();
    assert!(id.parse::<i64>().is_ok(), "prints the id: {id}");

    for key in [id.as_str(), "March"] {
        let out = locallift(&db, &["results", key, "--json"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(json["campaign"], "March");
        let maya = &json["partners"][0];
        // #1003 (26.13) and #1001 (69.70) used MAYA15 inside the window: 95.83; 50 % margin: 47.915, rounded
        // once half to even: 47.92; commission 9.58; cost 50.00 + 20.00 + 9.58 = 79.58; one customer in two
        // spellings, first order #1001.
        assert_eq!(maya["name"], "Maya");
        assert_eq!(maya["attributed_orders"], 2);
        assert_eq!(maya["attributed_net_revenue_minor"], 9583);
        assert_eq!(maya["gross_profit_minor"], 4792);
        assert_eq!(maya["cost_minor"], 7958);
        assert_eq!(maya["new_customers"], 1);
        assert!((maya["roi"].as_f64().expect("roi") - (4792.0 - 7958.0) / 7958.0).abs() < 1e-9);
        assert_eq!(json["totals"]["cost_minor"], 7958 + 1000);
        assert_eq!(json["totals"]["attributed_orders"], 2);
    }
}

#[test]
fn text_output_writes_money_and_dates_as_the_screens_do() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    let set = ["shop", "set", "--currency", "USD", "--time-zone", "America/New_York", "--margin", "50"];
    assert!(locallift(&db, &set).status.success());
    let fixture = fixture("shopify/orders.csv");
    let import = locallift(&db, &["import", fixture.to_str().expect("path")]);
    let said = String::from_utf8_lossy(&import.stdout).to_string();
    assert!(said.contains("1 order cancelled, voided or failed: kept, never counted."), "{said}");
    let summary = String::from_utf8_lossy(&locallift(&db, &["summary"]).stdout).to_string();
    assert!(summary.starts_with("3 orders, net revenue $1,239.83"), "never cents: {summary}");
    assert!(summary.contains("MAYA15: 2 orders, $95.83"), "{summary}");
    let spec = march_spec(dir.path());
    assert!(locallift(&db, &["campaign", "create", spec.to_str().expect("path")]).status.success());
    let results = String::from_utf8_lossy(&locallift(&db, &["results", "March"]).stdout).to_string();
    // The campaign's dates apart from the days its orders count (14 days after its end).
    assert!(
        results.starts_with("March (Mar 1, 2024 to Mar 10, 2024; orders counted Mar 1, 2024 to Mar 24, 2024)"),
        "{results}"
    );
    assert!(results.contains("Maya: 2 orders, net $95.83, gross profit $47.92, cost $79.58"), "{results}");
    assert!(!results.contains("9583"), "no amount in cents: {results}");
}

#[test]
fn a_name_that_matches_nothing_suggests_the_nearest_and_creates_no_duplicate() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    assert!(locallift(&db, &["shop", "set", "--currency", "EUR", "--time-zone", "Europe/Berlin"]).status.success());
    let spec = |name: &str, partner: &str| {
        let path = dir.path().join(format!("{name}.json"));
        std::fs::write(
            &path,
            format!(r#"{{"name": "{name}", "start": "2025-03-01", "end": "2025-03-14", "partners": [{{"name": "{partner}", "codes": ["{name}10"]}}]}}"#),
        )
        .expect("write");
        path
    };
    let first = spec("Spring", "Jörg Müller");
    assert!(locallift(&db, &["campaign", "create", first.to_str().expect("path")]).status.success());
    let typo = spec("Summer", "Jorg Muller");
    let out = locallift(&db, &["campaign", "create", typo.to_str().expect("path")]);
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!out.status.success() && said.contains("Did you mean “Jörg Müller”?"), "{said}");
    let campaigns: serde_json::Value = serde_json::from_slice(&locallift(&db, &["campaigns"]).stdout).expect("json");
    assert_eq!(campaigns.as_array().map(Vec::len), Some(1), "nothing of the refused campaign is left");
    let partners: serde_json::Value = serde_json::from_slice(&locallift(&db, &["partners"]).stdout).expect("json");
    assert_eq!(partners.as_array().map(Vec::len), Some(1), "no duplicate partner");
    let out = locallift(&db, &["results", "sprng"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Did you mean “Spring”?"));
    let help = String::from_utf8_lossy(&locallift(&db, &["campaign", "create", "--help"]).stdout).to_string();
    for field in ["window_days", "other_costs_minor", "codes", "fee_minor", "gifted_cost_minor", "commission_pct"] {
        assert!(help.contains(field), "--help documents {field}: {help}");
    }
}

/// `results` of the demo's campaigns as text: a walk-in partner is its lift range and ROI range, never a
/// −100% loss, and every campaign ends with its verdict.
#[test]
fn results_text_shows_walk_in_partners_as_a_lift_never_as_a_loss() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("demo.sqlite");
    assert!(locallift(&db, &["demo"]).status.success());
    let mut walk_ins = 0;
    for id in 1..=6 {
        let out = locallift(&db, &["results", &id.to_string()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).expect("utf-8");
        for line in text.lines().filter(|l| l.contains("walk-in partner (no code)")) {
            walk_ins += 1;
            assert!(line.contains("measured by sales lift") && !line.contains("−100%"), "{line}");
        }
        let last = text.lines().last().expect("a verdict");
        assert!(
            ["Yes: ", "No: ", "Not yet: ", "Only its", "Not measurable", "Nothing"].iter().any(|v| last.contains(v)),
            "{text}"
        );
    }
    assert!(walk_ins > 0, "the demo has walk-in partners");
}

/// `shop set --locale --hourly-rate`: one setting for how everything is written; the rate is typed as the
/// locale writes amounts; "system" goes back to the computer's locale; a tag that is not a locale is refused.
#[test]
fn the_shop_locale_and_hourly_rate_are_set_from_the_command_line() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    let set = locallift(
        &db,
        &[
            "shop",
            "set",
            "--currency",
            "EUR",
            "--time-zone",
            "Europe/Berlin",
            "--locale",
            "de_de",
            "--hourly-rate",
            "25,50",
        ],
    );
    assert!(set.status.success(), "{}", String::from_utf8_lossy(&set.stderr));
    let shop: serde_json::Value = serde_json::from_slice(&set.stdout).expect("json");
    assert_eq!(shop["locale"], "de-DE", "stored in its canonical form");
    assert_eq!(shop["hourly_rate_minor"], 2550);
    assert_eq!(shop["format"]["csv_separator"], ";");
    assert_eq!(shop["format"]["first_day_of_week"], 1);

    let fixture = fixture("shopify/orders.csv");
    let set_usd = locallift(&db, &["shop", "set", "--currency", "USD"]);
    assert!(set_usd.status.success());
    assert!(locallift(&db, &["import", fixture.to_str().expect("path")]).status.success());
    let summary = String::from_utf8_lossy(&locallift(&db, &["summary"]).stdout).to_string();
    assert!(summary.contains("1.239,83\u{a0}$"), "amounts the German way: {summary}");

    let bad = locallift(&db, &["shop", "set", "--locale", "not a locale"]);
    assert!(!bad.status.success());
    // Refused in the shop's language: German, as the catalogue writes it.
    let german = locallift::i18n::words("de-DE").text(&locallift::msg!("invalid-locale", value = "not a locale"));
    assert!(!german.contains("is not a locale"), "{german}");
    assert!(String::from_utf8_lossy(&bad.stderr).contains(&german), "{}", String::from_utf8_lossy(&bad.stderr));
    let back = locallift(&db, &["shop", "set", "--locale", "system", "--hourly-rate", "none"]);
    let shop: serde_json::Value = serde_json::from_slice(&back.stdout).expect("json");
    assert!(shop["locale"].is_null() && shop["hourly_rate_minor"].is_null() && shop["format"]["from_system"] == true);
}

/// `dashboard --from --to [--compare]`: the window's Dashboard and its comparison as JSON, the same figures.
#[test]
fn the_dashboard_and_its_comparison_are_printed_as_json() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    assert!(locallift(&db, &["shop", "set", "--currency", "USD", "--time-zone", "America/New_York"]).status.success());
    assert!(locallift(&db, &["import", fixture("shopify/orders.csv").to_str().expect("path")]).status.success());
    let board = locallift(&db, &["dashboard", "--from", "2024-03-01", "--to", "2024-03-31"]);
    assert!(board.status.success(), "{}", String::from_utf8_lossy(&board.stderr));
    let board: serde_json::Value = serde_json::from_slice(&board.stdout).expect("json");
    let compared = locallift(&db, &["dashboard", "--from", "2024-03-01", "--to", "2024-03-31", "--compare"]);
    let compared: serde_json::Value = serde_json::from_slice(&compared.stdout).expect("json");
    assert_eq!(compared["current"]["shop_net_revenue_minor"], board["shop_net_revenue_minor"]);
    assert_eq!(compared["previous"]["from"], "2024-01-30", "31 days, ending the day before");
    assert_eq!(compared["previous"]["to"], "2024-02-29");
    assert_eq!(compared["year_earlier"]["from"], "2023-03-01");
    assert_eq!(compared["since_previous"]["shop_net_revenue"]["ratio"], serde_json::Value::Null, "nothing before");
}

#[test]
fn compare_takes_previous_or_year() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    assert!(locallift(&db, &["shop", "set", "--currency", "USD", "--time-zone", "America/New_York"]).status.success());
    assert!(locallift(&db, &["import", fixture("shopify/orders.csv").to_str().expect("path")]).status.success());
    let args = ["dashboard", "--from", "2024-03-01", "--to", "2024-03-31", "--json", "--compare"];
    let previous = locallift(&db, &[&args[..], &["previous"]].concat());
    assert!(previous.status.success(), "{}", String::from_utf8_lossy(&previous.stderr));
    let previous: serde_json::Value = serde_json::from_slice(&previous.stdout).expect("json");
    assert_eq!(
        (previous["against"].as_str(), previous["other"]["from"].as_str()),
        (Some("previous"), Some("2024-01-30"))
    );
    let year: serde_json::Value =
        serde_json::from_slice(&locallift(&db, &[&args[..], &["year"]].concat()).stdout).expect("json");
    assert_eq!((year["against"].as_str(), year["other"]["to"].as_str()), (Some("year"), Some("2023-03-31")));
    assert!(year["changes"]["shop_net_revenue"].is_object());
}

/// The demo shop's partnership records through the CLI: its leaked code, its agreements due, a payment
/// and the statement it changes.
#[test]
fn leaks_deliverables_and_payments_are_scriptable() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    assert!(locallift(&db, &["demo"]).status.success());
    let leaks: serde_json::Value = serde_json::from_slice(&locallift(&db, &["leaks", "--json"]).stdout).expect("json");
    let first = &leaks.as_array().expect("a list")[0];
    for key in ["code", "signal", "from", "to", "orders"] {
        assert!(!first[key].is_null(), "{key} in {first}");
    }
    assert_eq!(first["code"], "LUCIA10");
    let orders = locallift(
        &db,
        &["leaks", "orders", "lucia10", first["from"].as_str().expect("day"), first["to"].as_str().expect("day")],
    );
    let orders: serde_json::Value = serde_json::from_slice(&orders.stdout).expect("json");
    assert_eq!(orders.as_array().expect("orders").len() as i64, first["orders"].as_i64().expect("count"));

    let due = locallift(&db, &["deliverables", "--due", "--json"]);
    let due: serde_json::Value = serde_json::from_slice(&due.stdout).expect("json");
    assert!(due.as_array().expect("list").iter().any(|d| d["status"] == "missed"), "{due}");
    let text = String::from_utf8(locallift(&db, &["deliverables", "--due"]).stdout).expect("utf-8");
    assert!(text.contains("Flyers at the school fair"), "{text}");

    let statement = |db: &std::path::Path| -> serde_json::Value {
        serde_json::from_slice(&locallift(db, &["payments", "statement", "maya okafor"]).stdout).expect("json")
    };
    let before = statement(&db)["closing_balance_minor"].as_i64().expect("balance");
    let paid = locallift(&db, &["payments", "add", "Maya Okafor", "12.50", "--method", "PayPal"]);
    assert!(paid.status.success(), "{}", String::from_utf8_lossy(&paid.stderr));
    assert_eq!(statement(&db)["closing_balance_minor"].as_i64(), Some(before - 1_250));
    let bad = locallift(&db, &["payments", "add", "Maya Okafor", "twelve"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not an amount"));
    let csv = dir.path().join("statement.csv");
    let pdf = dir.path().join("statement.pdf");
    let files = locallift(
        &db,
        &[
            "payments",
            "statement",
            "Maya Okafor",
            "--csv",
            csv.to_str().expect("path"),
            "--pdf",
            pdf.to_str().expect("path"),
        ],
    );
    assert!(files.status.success(), "{}", String::from_utf8_lossy(&files.stderr));
    assert!(std::fs::read_to_string(&csv).expect("csv").contains("PayPal"));
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF"));
}

#[test]
fn partners_import_says_what_it_did_refuses_a_file_with_problems_and_lists_partners_with_accounts() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    let sheet = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contacts/creators.csv");
    let sheet = sheet.to_str().expect("utf-8 path");
    // A row with a problem: its line on stderr, exit non-zero, nothing written.
    let refused = locallift(&db, &["partners", "import", sheet]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("creators.csv:11: column “Instagram followers”: “lots”"), "{stderr}");
    let listed = locallift(&db, &["partners"]);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&listed.stdout).expect("json"), serde_json::json!([]));
    // The valid rows with --skip-invalid; a second time nothing changes.
    let done = locallift(&db, &["partners", "import", sheet, "--skip-invalid"]);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    let stdout = String::from_utf8_lossy(&done.stdout);
    assert!(stdout.contains("14 new, 0 updated, 0 unchanged, 1 problem"), "{stdout}");
    let again = locallift(&db, &["partners", "import", sheet, "--skip-invalid"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 new, 0 updated, 14 unchanged"));
    let partners: serde_json::Value =
        serde_json::from_slice(&locallift(&db, &["partners", "--search", "maya"]).stdout).expect("json");
    assert_eq!(partners.as_array().map(Vec::len), Some(1));
    let handles: Vec<&str> =
        partners[0]["accounts"].as_array().expect("accounts").iter().filter_map(|a| a["handle"].as_str()).collect();
    assert_eq!(handles, ["maya.makes", "mayamakes"]);
    // Undo by the id the import printed.
    let undone = locallift(&db, &["partners", "undo", "1"]);
    assert!(undone.status.success(), "{}", String::from_utf8_lossy(&undone.stderr));
    let listed = locallift(&db, &["partners"]);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&listed.stdout).expect("json"), serde_json::json!([]));
}

/// A German shop's `summary` and `results` text is German: each line is the message of `locales/de/cli.ftl`
/// the CLI prints, with its counts and amounts written the German way.
#[test]
fn a_german_shop_gets_its_summary_and_results_in_german() {
    use locallift::i18n::Arg;
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("shop.sqlite");
    let set = ["shop", "set", "--currency", "USD", "--time-zone", "America/New_York", "--margin", "50"];
    assert!(locallift(&db, &[&set[..], &["--locale", "de-DE"]].concat()).status.success());
    assert!(locallift(&db, &["import", fixture("shopify/orders.csv").to_str().expect("path")]).status.success());
    let de = locallift::i18n::words("de-DE");
    let money = locallift::format::Numbers::new(Some("USD"), "de-DE");
    let orders = |n: i64| -> Arg { locallift::msg!("cli-orders", count = n).into() };

    let summary = String::from_utf8(locallift(&db, &["summary"]).stdout).expect("utf-8");
    let first = de.get("cli-summary", &[("orders", orders(3)), ("net", money.money(123_983).into())]);
    let english = locallift::i18n::english().get("cli-summary", &[("orders", orders(3)), ("net", "$1,239.83".into())]);
    assert_ne!(first, english, "the German catalogue has its own words");
    assert_eq!(summary.lines().next(), Some(first.as_str()), "{summary}");
    let code = de.get(
        "cli-summary-code",
        &[("code", "MAYA15".into()), ("orders", orders(2)), ("net", money.money(9_583).into())],
    );
    assert!(summary.lines().any(|l| l == format!("  {code}")), "{summary}\n{code}");

    let spec = march_spec(dir.path());
    assert!(locallift(&db, &["campaign", "create", spec.to_str().expect("path")]).status.success());
    let results = String::from_utf8(locallift(&db, &["results", "March"]).stdout).expect("utf-8");
    let day = |d: &str| -> Arg { money.day(d.parse().expect("day")).into() };
    let heading = de.get(
        "cli-results-heading",
        &[
            ("campaign", "March".into()),
            ("start", day("2024-03-01")),
            ("end", day("2024-03-10")),
            ("from", day("2024-03-01")),
            ("to", day("2024-03-24")),
        ],
    );
    assert_eq!(results.lines().next(), Some(heading.as_str()), "{results}");
    assert!(!results.contains("orders counted") && !results.contains("gross profit"), "no English: {results}");
}
