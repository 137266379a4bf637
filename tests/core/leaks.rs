//! Leaked-code signals on a real shop file, worked by hand, and what marking a code as leaked changes.
//!
//! The shop (UTC, USD, margin 50 %) sells 40 orders a weekday and 100 a weekend day without codes,
//! 1 March to 31 May 2026. "Spring" runs 1–24 March with a 7-day window (orders count through 31 March):
//! - MAYA10 (Maya, 10 % commission) is used 2 times a weekday and 5 times a weekend day in March (the shop's
//!   own weekend rise), then nothing, then 20 times a day on 8–10 April, a week after the window: flagged.
//! - RUN5 (Run Club) follows the same weekday/weekend pattern in March and nothing after: never flagged.
//! - WELCOME (Ana, meant for first orders) is used 12 times, 8 of them by customers who had ordered before.

use std::fmt::Write as _;
use std::sync::atomic::AtomicBool;

use chrono::{Datelike, NaiveDate};
use locallift::attribution::{CampaignSpec, PartnerSpec};
use locallift::import::{ImportOptions, import_file};
use locallift::leaks::Signal;
use locallift::model::CampaignPartnerInput;

use crate::attribution::orders_mapping;
use crate::{day, fresh, usd_shop};

fn weekend(d: NaiveDate) -> bool {
    d.weekday().num_days_from_monday() >= 5
}

fn orders_csv() -> String {
    let mut csv = String::from("id,created,gross,discount,refund,codes,email\n");
    let mut n = 0;
    let mut row = |csv: &mut String, d: NaiveDate, code: &str, email: String| {
        n += 1;
        writeln!(csv, "O{n},{d}T12:00:00Z,30.00,0,0,{code},{email}").expect("write");
    };
    for d in day("2026-03-01").iter_days().take_while(|d| *d <= day("2026-05-31")) {
        for i in 0..(if weekend(d) { 100 } else { 40 }) {
            row(&mut csv, d, "", format!("shop{}@example.com", i % 500));
        }
        let coded = if weekend(d) { 5 } else { 2 };
        if d <= day("2026-03-31") {
            for i in 0..coded {
                row(&mut csv, d, "MAYA10", format!("maya-{d}-{i}@example.com"));
                row(&mut csv, d, "RUN5", format!("run-{d}-{i}@example.com"));
            }
        }
        if (day("2026-04-08")..=day("2026-04-10")).contains(&d) {
            for i in 0..20 {
                row(&mut csv, d, "MAYA10", format!("coupon-{d}-{i}@example.com"));
            }
        }
    }
    // WELCOME on 2–13 March: the first 8 by shop customers seen on 1 March, 4 by new ones.
    for (i, d) in day("2026-03-02").iter_days().take(12).enumerate() {
        let email = if i < 8 { format!("shop{i}@example.com") } else { format!("new{i}@example.com") };
        row(&mut csv, d, "WELCOME", email);
    }
    csv
}

fn shop() -> (tempfile::TempDir, locallift::Store, i64) {
    let (dir, mut store) = fresh();
    store.set_today(Some(day("2026-05-31")));
    usd_shop(&mut store, "UTC");
    let partner = |name: &str, code: &str, commission_pct: f64| PartnerSpec {
        name: name.into(),
        codes: vec![code.into()],
        fee_minor: 0,
        gifted_cost_minor: 0,
        commission_pct,
    };
    let spring = store
        .create_campaign_from_spec(&CampaignSpec {
            name: "Spring".into(),
            start: day("2026-03-01"),
            end: day("2026-03-24"),
            window_days: 7,
            other_costs_minor: 0,
            partners: vec![
                partner("Maya", "MAYA10", 10.0),
                partner("Run Club", "RUN5", 0.0),
                partner("Ana", "WELCOME", 0.0),
            ],
        })
        .expect("campaign");
    let ana = store.campaign_detail(spring).expect("detail").partners[2].clone();
    store
        .update_campaign_partner(ana.id, &CampaignPartnerInput { new_customers_only: true, ..ana.fields })
        .expect("first-order code");
    let path = dir.path().join("orders.csv");
    std::fs::write(&path, orders_csv()).expect("write");
    let options = ImportOptions { mapping: Some(orders_mapping()), ..Default::default() };
    import_file(&mut store, &path, &options, &|_| {}, &AtomicBool::new(false)).expect("import");
    (dir, store, spring)
}

#[test]
fn a_code_that_jumps_after_its_window_is_flagged_one_that_follows_the_shop_is_not() {
    let (_dir, store, _) = shop();
    let signals = store.leak_signals().expect("signals");
    assert!(signals.iter().all(|s| s.code != "RUN5"), "RUN5's weekends are the shop's: {signals:#?}");
    let maya: Vec<_> = signals.iter().filter(|s| s.code == "MAYA10").collect();
    // After the window: 31 March + 7 grace days → 8, 9, 10 April, 60 orders of 30.00.
    let late = maya.iter().find(|s| s.signal == Signal::AfterWindow).expect("after the window");
    assert_eq!(
        (late.from, late.to, late.orders, late.net_revenue_minor),
        (day("2026-04-08"), day("2026-04-10"), 60, 180_000)
    );
    assert_eq!((late.member.as_str(), late.campaign.as_str()), ("Maya", "Spring"));
    // The same three days are ten times the code's own pattern (about 2 a day in the 28 days before).
    let spike = maya.iter().find(|s| s.signal == Signal::Spike).expect("a spike");
    assert_eq!((spike.from, spike.to, spike.orders), (day("2026-04-08"), day("2026-04-10"), 60));
    assert!(spike.expected_orders.expect("expected") < 10.0, "{spike:?}");
    // The orders behind a signal, each with its customer.
    let orders = store.leak_orders("maya10", late.from, late.to).expect("orders");
    assert_eq!(orders.len(), 60);
    assert!(orders.iter().all(|o| o.new_customer == Some(true) && o.net_revenue_minor == 3_000));

    // WELCOME: 12 orders with a known customer, 8 by customers whose first order was on 1 March.
    let welcome = signals.iter().find(|s| s.code == "WELCOME").expect("first-order code");
    assert_eq!(welcome.signal, Signal::ExistingCustomers);
    assert_eq!((welcome.orders, welcome.known_customers), (8, Some(12)));
    assert_eq!((welcome.from, welcome.to), (day("2026-03-02"), day("2026-03-09")));
}

#[test]
fn a_code_marked_leaked_stops_counting_for_its_partner_from_that_day() {
    let (_dir, mut store, spring) = shop();
    let before = store.campaign_results(spring).expect("results");
    let maya = &before.partners[0];
    // March: 9 weekend days × 5 + 22 weekdays × 2 = 89 orders of 30.00; commission 10 % = 267.00.
    assert_eq!(
        (maya.figures.attributed_orders, maya.figures.attributed_net_revenue_minor, maya.figures.commission_owed_minor),
        (89, 267_000, 26_700)
    );
    let cp = maya.campaign_partner_id;
    store.mark_code_leaked(cp, "maya10", Some(day("2026-03-20"))).expect("mark");
    // 1–19 March: weekends 1, 7, 8, 14, 15 × 5 + 14 weekdays × 2 = 53 orders; commission 159.00.
    let after = store.campaign_results(spring).expect("results");
    let maya = &after.partners[0];
    assert_eq!(
        (maya.figures.attributed_orders, maya.figures.attributed_net_revenue_minor, maya.figures.commission_owed_minor),
        (53, 159_000, 15_900)
    );
    let detail = store.campaign_detail(spring).expect("detail");
    assert_eq!(detail.partners[0].leaked[0].code, "MAYA10");
    assert_eq!(detail.partners[0].leaked[0].from, day("2026-03-20"));
    // The owner acted: the signals of later days are gone.
    assert!(store.leak_signals().expect("signals").iter().all(|s| s.code != "MAYA10"));
    // Editing the partner's terms keeps the mark; taking it off restores the numbers.
    let fields = detail.partners[0].fields.clone();
    store.update_campaign_partner(cp, &CampaignPartnerInput { fee_minor: 5_000, ..fields }).expect("edit");
    assert_eq!(store.campaign_results(spring).expect("results").partners[0].figures.attributed_orders, 53);
    store.mark_code_leaked(cp, "MAYA10", None).expect("unmark");
    assert_eq!(store.campaign_results(spring).expect("results").partners[0].figures.attributed_orders, 89);
    assert!(matches!(
        store.mark_code_leaked(cp, "NOPE", Some(day("2026-03-01"))),
        Err(locallift::Error::NotFound { .. })
    ));
}
