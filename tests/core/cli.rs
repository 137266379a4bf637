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
    let set = locallift(&db, &["shop", "set", "--currency", "USD", "--time-zone", "America/New_York", "--margin", "55"]);
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
            "orders": 4,
            "net_revenue_minor": 123942,
            "currency": "USD",
            "by_code": {"MAYA15": {"orders": 2, "net_revenue_minor": 9542}}
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
