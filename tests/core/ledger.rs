//! A partner's ledger on a real shop file, worked by hand: commission due after the hold period (crossing
//! a month end in the shop's time zone), paid, then partly taken back by a refund a later import brought.

use std::sync::atomic::AtomicBool;

use locallift::attribution::{CampaignSpec, PartnerSpec};
use locallift::import::{ImportOptions, import_file};
use locallift::ledger::EntryKind;
use locallift::store::ledger::PaymentInput;

use crate::attribution::orders_mapping;
use crate::{day, fresh, usd_shop};

// America/New_York. W2 is placed at 23:30 on 31 January local time (04:30 UTC on 1 February): its day is
// 31 January, so with the 30-day hold its commission is due on 2 March (2026 is no leap year).
const FIRST: &str = "\
id,created,gross,discount,refund,codes,email
W1,2026-01-10T15:00:00-05:00,120.00,0,0,MAYA10,a@example.com
W2,2026-01-31T23:30:00-05:00,33.33,0,0,MAYA10,b@example.com
W3,2026-01-12T10:00:00-05:00,80.00,0,0,,c@example.com
";

// W1 re-exported with a 45.00 refund.
const LATER: &str = "\
id,created,gross,discount,refund,codes,email
W1,2026-01-10T15:00:00-05:00,120.00,0,45.00,MAYA10,a@example.com
";

fn import(store: &mut locallift::Store, dir: &std::path::Path, name: &str, csv: &str, at: &str) {
    let path = dir.join(name);
    std::fs::write(&path, csv).expect("write");
    let options = ImportOptions { mapping: Some(orders_mapping()), ..Default::default() };
    let report = import_file(store, &path, &options, &|_| {}, &AtomicBool::new(false)).expect("import");
    // The import happened on `at` (the clock of a test is today's).
    rusqlite::Connection::open(store.path())
        .expect("open")
        .execute("UPDATE import_batches SET started_at = ?2 WHERE id = ?1", rusqlite::params![report.batch_id, at])
        .expect("date the import");
}

#[test]
fn commission_due_paid_and_partly_taken_back_after_payment() {
    let (dir, mut store) = fresh();
    usd_shop(&mut store, "America/New_York");
    let winter = store
        .create_campaign_from_spec(&CampaignSpec {
            name: "Winter".into(),
            start: day("2026-01-05"),
            end: day("2026-01-25"),
            window_days: 7,
            other_costs_minor: 0,
            partners: vec![PartnerSpec {
                name: "Maya".into(),
                codes: vec!["MAYA10".into()],
                fee_minor: 10_000,
                gifted_cost_minor: 0,
                commission_pct: 10.0,
            }],
        })
        .expect("campaign");
    let maya = store.campaign_detail(winter).expect("detail").partners[0].fields.partner_id.expect("partner");
    store.set_today(Some(day("2026-02-01")));
    import(&mut store, dir.path(), "january.csv", FIRST, "2026-02-01T12:00:00Z");
    store.set_today(Some(day("2026-02-12")));
    // Fee 100.00 + W1's commission 12.00, due 9 February, paid on 12 February.
    store
        .add_payment(&PaymentInput {
            partner_id: maya,
            day: day("2026-02-12"),
            amount_minor: 11_200,
            method: "bank transfer".into(),
            note: "January".into(),
        })
        .expect("payment");
    store.set_today(Some(day("2026-02-20")));
    import(&mut store, dir.path(), "january-again.csv", LATER, "2026-02-20T17:00:00Z");

    store.set_today(Some(day("2026-03-01")));
    let l = store.partner_ledger(maya, None, None).expect("ledger");
    let lines: Vec<_> =
        l.entries.iter().map(|e| (e.day, e.kind, e.order.clone(), e.amount_minor, e.balance_minor)).collect();
    assert_eq!(
        lines,
        vec![
            (day("2026-01-05"), EntryKind::Fee, None, 10_000, 10_000),
            (day("2026-02-09"), EntryKind::Commission, Some("W1".into()), 1_200, 11_200),
            (day("2026-02-12"), EntryKind::Payment, None, -11_200, 0),
            // 10 % of the 45.00 refund, learned on 20 February, after payment.
            (day("2026-02-20"), EntryKind::TakenBack, Some("W1".into()), -450, -450),
        ]
    );
    // W2 is held until 2 March: commission on 75.00 + 33.33 is 10.83, of which 7.50 is due: 3.33 held.
    assert_eq!(l.held.len(), 1);
    assert_eq!((l.held[0].next_due, l.held[0].orders, l.held[0].commission_minor), (day("2026-03-02"), 1, 333));
    // Never a contradiction: due + held = the commission owed in the campaign's results.
    let results = store.campaign_results(winter).expect("results");
    let due: i64 = l.commission_minor - l.taken_back_minor;
    assert_eq!(due + l.held_commission_minor, results.partners[0].figures.commission_owed_minor);
    assert_eq!(results.partners[0].figures.commission_owed_minor, 1_083);

    store.set_today(Some(day("2026-03-02")));
    let l = store.partner_ledger(maya, Some(day("2026-03-01")), Some(day("2026-03-31"))).expect("statement");
    assert_eq!(l.opening_balance_minor, -450);
    assert_eq!(l.entries.len(), 1);
    assert_eq!(
        (l.entries[0].kind, l.entries[0].order.as_deref(), l.entries[0].amount_minor),
        (EntryKind::Commission, Some("W2"), 333)
    );
    assert_eq!((l.closing_balance_minor, l.held_commission_minor), (-117, 0));

    // A payment that is not one is refused; a mistaken one can be deleted.
    let bad = PaymentInput {
        partner_id: maya,
        day: day("2026-03-01"),
        amount_minor: 0,
        method: String::new(),
        note: String::new(),
    };
    assert!(matches!(store.add_payment(&bad), Err(locallift::Error::Invalid(_))));
    let later = PaymentInput { day: day("2026-03-03"), amount_minor: 100, ..bad.clone() };
    assert!(matches!(store.add_payment(&later), Err(locallift::Error::Invalid(_))), "after today");
    let id = store.payments_of(maya).expect("payments")[0].id;
    store.delete_payment(id).expect("delete");
    assert_eq!(store.partner_ledger(maya, None, None).expect("ledger").closing_balance_minor, 11_083);
}
