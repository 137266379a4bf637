//! "How did you hear about us?" (`tests/fixtures/survey/`, a Shopify export with answers in Note Attributes
//! and Notes, worked out by hand in its README): answers read out of the export, mapped to partners by the
//! owner, counted as "customer said" after codes and never twice, without commission.

use std::path::{Path, PathBuf};

use locallift::Store;
use locallift::attribution::Method;
use locallift::model::CampaignPartnerInput;
use proptest::prelude::*;

use crate::campaigns::campaign;
use crate::{fresh, partner, usd_shop};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/survey").join(name)
}

const MAYA_ANSWERS: [&str; 6] = ["Maya", "maya's post", "insta maya", "MAYA OKAFOR", "Instagram - Maya", "maya okafr"];

/// The fixture's shop: its orders, Maya Okafor (code MAYA15, 10 % commission) and Lucia Ferreira (no code) in
/// a March 2024 campaign.
fn shop() -> (tempfile::TempDir, Store, i64, i64, i64) {
    let (dir, mut store) = fresh();
    usd_shop(&mut store, "America/New_York");
    crate::import::import(&mut store, &fixture("shopify-orders.csv")).expect("import");
    let maya = store.create_partner(&partner("Maya Okafor"), &[]).expect("maya").id;
    let lucia = store.create_partner(&partner("Lucia Ferreira"), &[]).expect("lucia").id;
    let c = store.create_campaign(&campaign("March", "2024-03-01", "2024-03-31")).expect("campaign").id;
    let with_code = CampaignPartnerInput {
        partner_id: Some(maya),
        codes: vec!["MAYA15".into()],
        commission_pct: 10.0,
        ..Default::default()
    };
    store.add_campaign_partner(c, &with_code).expect("maya");
    store
        .add_campaign_partner(c, &CampaignPartnerInput { partner_id: Some(lucia), ..Default::default() })
        .expect("lucia");
    (dir, store, c, maya, lucia)
}

#[test]
fn answers_are_read_out_of_the_export_and_suggested_for_their_partner() {
    let (_dir, store, _, maya, _) = shop();
    let answers = store.survey_answers().expect("answers");
    // The README: 10 distinct answers on 12 paid orders ("maya" twice: the cancelled order does not count).
    assert_eq!(answers.len(), 10, "{answers:#?}");
    assert_eq!(answers.iter().map(|a| a.orders).sum::<i64>(), 12);
    let maya_answer = answers.iter().find(|a| a.answer_norm == "maya").expect("maya");
    assert_eq!((maya_answer.orders, maya_answer.net_minor, maya_answer.answer.as_str()), (2, 2_500 + 5_100, "Maya"));
    let run_club = answers.iter().find(|a| a.answer_norm == "saturday run club").expect("run club");
    assert_eq!(run_club.orders, 2, "two spellings, one answer");
    for text in MAYA_ANSWERS {
        let a = answers.iter().find(|a| a.answer_norm == locallift::model::survey_norm(text)).expect(text);
        assert_eq!(a.suggested_id, Some(maya), "{text}");
    }
    for text in ["google", "walked by", "please gift wrap", "saturday run club"] {
        let a = answers.iter().find(|a| a.answer_norm == text).expect(text);
        assert_eq!(a.suggested_id, None, "{text}");
    }
}

#[test]
fn customer_said_counts_after_codes_never_twice_and_owes_no_commission() {
    let (dir, mut store, c, maya, lucia) = shop();
    let before = store.campaign_results(c).expect("results");
    let m = before.partners.iter().find(|p| p.partner_id == Some(maya)).expect("maya");
    assert_eq!((m.figures.attributed_orders, m.figures.attributed_net_revenue_minor), (2, 8_500), "codes only");
    for text in MAYA_ANSWERS {
        store.read_survey_answer(text, Some(maya)).expect("map");
    }
    store.read_survey_answer("Saturday run club", Some(lucia)).expect("map");
    store.read_survey_answer("google", None).expect("ignore");
    let results = store.campaign_results(c).expect("results");
    let m = results.partners.iter().find(|p| p.partner_id == Some(maya)).expect("maya");
    // Codes: #2001 and #2005 (which also answered "Maya": counted once, by its code); customer said: six
    // orders, 202.00 (#2009, cancelled, never counts).
    assert_eq!((m.figures.attributed_orders, m.figures.attributed_net_revenue_minor), (8, 28_700));
    assert_eq!((m.figures.survey_orders, m.figures.survey_net_revenue_minor), (6, 20_200));
    assert_eq!(m.method, Method::Code);
    assert_eq!(m.figures.commission_owed_minor, 850, "10 % of the code orders' 85.00 only");
    let l = results.partners.iter().find(|p| p.partner_id == Some(lucia)).expect("lucia");
    assert_eq!(l.method, Method::Survey, "no code: measured by what customers said, not by lift");
    assert_eq!((l.figures.survey_orders, l.figures.survey_net_revenue_minor), (2, 5_000));
    assert_eq!(results.totals.figures.survey_orders, 8);
    // The days add up to the figures (periods and the Dashboard read them).
    let days: i64 = m.days.iter().map(|d| d.survey_orders).sum();
    assert_eq!(days, 6);
    // The CLI's JSON says so, and its text gives the share.
    drop(store);
    let db = dir.path().join("shop.sqlite");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_locallift"))
        .arg("--db")
        .arg(&db)
        .args(["results", "March", "--json"])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let lucia_json =
        json["partners"].as_array().expect("partners").iter().find(|p| p["name"] == "Lucia Ferreira").expect("lucia");
    assert_eq!(lucia_json["method"], "survey");
    assert_eq!(lucia_json["survey_orders"], 2);
    let text = std::process::Command::new(env!("CARGO_BIN_EXE_locallift"))
        .arg("--db")
        .arg(&db)
        .args(["results", "March"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("8 orders (of which 6 customer said, $202.00)"), "{text}");
}

#[test]
fn undoing_the_import_takes_the_answers_with_it() {
    let (_dir, mut store, _, _, _) = shop();
    let batch = store.list_imports().expect("imports")[0].id;
    store.undo_import(batch).expect("undo");
    assert!(store.survey_answers().expect("answers").is_empty());
}

/// One order of a generated till export: whether it used Maya's code, what the customer said, and whether
/// it was paid.
#[derive(Debug, Clone)]
struct Order {
    code: bool,
    said: Option<&'static str>,
    paid: bool,
    cents: i64,
    day: u32,
}

fn order() -> impl Strategy<Value = Order> {
    (
        any::<bool>(),
        prop_oneof![Just(None), Just(Some("maya")), Just(Some("Insta Maya")), Just(Some("google"))],
        any::<bool>(),
        100..10_000_i64,
        1..=28_u32,
    )
        .prop_map(|(code, said, paid, cents, day)| Order { code, said, paid, cents, day })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Code + customer said never exceed the campaign's counted orders, and an order is counted once: by
    /// its code when it has one, else by what the customer said.
    #[test]
    fn code_and_survey_shares_never_exceed_the_campaigns_orders(orders in prop::collection::vec(order(), 1..30)) {
        let (dir, mut store) = fresh();
        usd_shop(&mut store, "America/New_York");
        let mut csv = String::from("Order,Date,Total,Code,Status,How did you hear about us\n");
        for (i, o) in orders.iter().enumerate() {
            csv.push_str(&format!(
                "T{i},2024-02-{:02} 12:00,{}.{:02},{},{},{}\n",
                o.day,
                o.cents / 100,
                o.cents % 100,
                if o.code { "MAYA15" } else { "" },
                if o.paid { "paid" } else { "cancelled" },
                o.said.unwrap_or("")
            ));
        }
        let path = dir.path().join("till.csv");
        std::fs::write(&path, csv).expect("write");
        let mapping = locallift::import::Mapping {
            code: Some("Code".into()),
            status: Some("Status".into()),
            said: Some("How did you hear about us".into()),
            ..locallift::import::Mapping::of("Order", "Date", "Total")
        };
        let options = locallift::import::ImportOptions { mapping: Some(mapping), ..Default::default() };
        locallift::import::import_file(&mut store, &path, &options, &|_| {}, &std::sync::atomic::AtomicBool::new(false)).expect("import");
        let maya = store.create_partner(&partner("Maya Okafor"), &[]).expect("maya").id;
        let c = store.create_campaign(&campaign("February", "2024-02-01", "2024-02-28")).expect("campaign").id;
        let cp = CampaignPartnerInput { partner_id: Some(maya), codes: vec!["MAYA15".into()], ..Default::default() };
        store.add_campaign_partner(c, &cp).expect("maya");
        store.read_survey_answer("maya", Some(maya)).expect("map");
        store.read_survey_answer("insta maya", Some(maya)).expect("map");
        let f = store.campaign_results(c).expect("results").totals.figures;
        let paid: Vec<&Order> = orders.iter().filter(|o| o.paid).collect();
        let coded = paid.iter().filter(|o| o.code).count() as i64;
        let said = paid.iter().filter(|o| !o.code && matches!(o.said, Some("maya" | "Insta Maya"))).count() as i64;
        prop_assert_eq!(f.attributed_orders - f.survey_orders, coded);
        prop_assert_eq!(f.survey_orders, said);
        prop_assert!(f.attributed_orders <= paid.len() as i64);
        let said_net: i64 = paid.iter().filter(|o| !o.code && matches!(o.said, Some("maya" | "Insta Maya"))).map(|o| o.cents).sum();
        prop_assert_eq!(f.survey_net_revenue_minor, said_net);
    }
}

#[test]
fn a_till_tally_of_what_customers_said_counts_as_customer_said_and_owes_no_commission() {
    let (_dir, mut store, c, _, lucia) = shop();
    let detail = store.campaign_detail(c).expect("detail");
    let cp = detail.partners.iter().find(|p| p.fields.partner_id == Some(lucia)).expect("lucia").id;
    let mut terms = detail.partners.iter().find(|p| p.id == cp).expect("lucia").fields.clone();
    terms.commission_pct = 10.0;
    store.update_campaign_partner(cp, &terms).expect("commission");
    let tally = locallift::model::RedemptionInput {
        day: crate::day("2024-03-16"),
        count: 3,
        amount_minor: 4_500,
        note: "market stall".into(),
        said: true,
    };
    store.add_manual_redemption(cp, &tally).expect("tally");
    let results = store.campaign_results(c).expect("results");
    let l = results.partners.iter().find(|p| p.partner_id == Some(lucia)).expect("lucia");
    assert_eq!(l.method, Method::Survey);
    assert_eq!(
        (l.figures.survey_orders, l.figures.manual_orders, l.figures.attributed_net_revenue_minor),
        (3, 0, 4_500)
    );
    assert_eq!(l.figures.commission_owed_minor, 0);
    let ledger = store.partner_ledger(lucia, None, None).expect("ledger");
    assert_eq!(ledger.commission_minor + ledger.held_commission_minor, 0, "nothing owed on what customers said");
}

#[test]
fn a_square_item_note_is_the_orders_answer() {
    let (dir, mut store) = fresh();
    crate::usd_shop(&mut store, "Australia/Sydney");
    // Square's Item Sales export (tests/fixtures/real/square_items): its per-item Notes, where a cashier writes
    // what the customer said.
    let real =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real/square_items/au-gst-inclusive-items.csv");
    let text = std::fs::read_to_string(real).expect("fixture");
    let header = text.lines().next().expect("header");
    let row = "2024-07-05,16:40:10,Sydney,Art,Art print A3,1.0,Regular,PR-A3,\"\",$44.00,-$4.40,$36.00,$3.60,\
               AUT2dddddddddddddddddddddddd,AUP2dddddddddddddddddddddddd,Counter iPad,Insta Maya,\"\",Payment,\
               Newtown Shop,\"\",CUSTAU2,Customer 2,\"\",ea,1,\"\",Physical Good,$0.00,\"\",\"\",Newtown Shop,\"\",\
               MasterCard,2222";
    let path = dir.path().join("items.csv");
    std::fs::write(&path, format!("{header}\n{row}\n")).expect("write");
    let mut settings = store.shop().expect("shop").settings;
    settings.currency = Some("AUD".into());
    store.update_shop(&settings).expect("AUD");
    crate::import::import(&mut store, &path).expect("import");
    let answers = store.survey_answers().expect("answers");
    assert_eq!(answers.iter().map(|a| a.answer.as_str()).collect::<Vec<_>>(), ["Insta Maya"]);
}
