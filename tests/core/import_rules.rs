//! The import's rules for what real files do, each on the smallest file that shows it: broken quoting,
//! strict amounts, tax the file cannot place, dates the file cannot order, and orders paid later.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use locallift::Store;
use locallift::import::date_order::DateOrderSource;
use locallift::import::preset::SkipKind;
use locallift::import::{DateOrder, ImportOptions, ImportReport, import_file};
use locallift::model::ShopInput;

use crate::{fresh, table_counts};

fn shop(store: &mut Store, currency: &str, zone: &str) {
    store
        .update_shop(&ShopInput {
            name: "Shop".into(),
            currency: Some(currency.into()),
            time_zone: zone.into(),
            default_margin_pct: 50.0,
            locale: None,
            hourly_rate_minor: None,
        })
        .expect("shop");
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn run(store: &mut Store, path: &Path, options: &ImportOptions) -> ImportReport {
    import_file(store, path, options, &|_| {}, &AtomicBool::new(false)).expect("a report")
}

const STRIPE: &str = "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,Customer Email\n";

#[test]
fn broken_quotes_are_row_problems_on_their_lines_and_nothing_is_half_read() {
    let (dir, mut store) = fresh();
    shop(&mut store, "USD", "America/Los_Angeles");
    let before = table_counts(&store);
    // Line 3: text after a closing quote ("12"34 is not 1234). Line 5: a quote that never closes, which
    // would swallow lines 6 and 7 into one field.
    let text = format!(
        "{STRIPE}ch_1,2024-03-01 10:00:00,10.00,0,usd,true,Paid,a@example.com\n\
         ch_2,2024-03-01 11:00:00,\"12\"34,0,usd,true,Paid,b@example.com\n\
         ch_3,2024-03-01 12:00:00,5.00,0,usd,true,Paid,c@example.com\n\
         ch_4,2024-03-01 13:00:00,6.00,0,usd,true,Paid,\"d@example.com\n\
         ch_5,2024-03-01 14:00:00,7.00,0,usd,true,Paid,e@example.com\n\
         ch_6,2024-03-01 15:00:00,8.00,0,usd,true,Paid,f@example.com\n"
    );
    let path = write(dir.path(), "quotes.csv", &text);
    let report = run(&mut store, &path, &ImportOptions::default());
    let lines: Vec<(u64, Option<&str>)> = report.errors.iter().map(|e| (e.line, e.column.as_deref())).collect();
    assert_eq!(lines, [(3, Some("Amount")), (5, Some("Customer Email"))], "{:?}", report.errors);
    assert!(report.errors[0].reason.english().contains("after a closing quote"), "{:?}", report.errors[0]);
    assert!(report.errors[1].reason.english().contains("never closes"), "{:?}", report.errors[1]);
    assert!(!report.written);
    assert_eq!(table_counts(&store), before, "a file with problems writes nothing");
    // A quote that never closes hides the rows after it: even "import the valid orders" imports nothing
    // until it is closed, so no file is half-read.
    let report = run(&mut store, &path, &ImportOptions { skip_invalid: true, ..ImportOptions::default() });
    assert!(report.blocked && !report.written, "{report:?}");
    assert_eq!(table_counts(&store), before);
    // Closed, the file's one other problem (line 3) is skipped and every other row imported.
    let fixed = text.replace("\"d@example.com", "d@example.com");
    let path = write(dir.path(), "fixed.csv", &fixed);
    let report = run(&mut store, &path, &ImportOptions { skip_invalid: true, ..ImportOptions::default() });
    assert_eq!((report.error_count, report.orders_new), (1, 5));
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 3_600);
}

#[test]
fn amounts_follow_a_strict_grammar() {
    let (dir, mut store) = fresh();
    shop(&mut store, "USD", "America/Los_Angeles");
    let text = format!(
        "{STRIPE}ch_1,2024-03-01 10:00:00,\"12,34,56\",0,usd,true,Paid,a@example.com\n\
         ch_2,2024-03-01 11:00:00,,0,usd,true,Paid,b@example.com\n\
         ch_3,2024-03-01 12:00:00,2000000000.00,0,usd,true,Paid,c@example.com\n\
         ch_4,2024-03-01 13:00:00,\"1,234.50\",0,usd,true,Paid,d@example.com\n"
    );
    let path = write(dir.path(), "amounts.csv", &text);
    let report = run(&mut store, &path, &ImportOptions { skip_invalid: true, ..ImportOptions::default() });
    let reasons: Vec<(u64, String)> = report.errors.iter().map(|e| (e.line, e.reason.english())).collect();
    assert_eq!(
        reasons,
        [(2, "not an amount".to_string()), (3, "the amount is empty".into()), (4, "the amount is too large".into())],
        "never 123456, never 0"
    );
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 123_450);
}

#[test]
fn tax_a_file_cannot_place_follows_the_owners_choice_and_the_preview_says_so() {
    let (dir, mut store) = fresh();
    shop(&mut store, "EUR", "Europe/Berlin");
    // A till's export: the price paid and the VAT in it, no total to tell whether it was on top.
    let mapping = locallift::import::Mapping {
        order_id: "Receipt".into(),
        placed_at: "Date".into(),
        date_order: DateOrder::Ymd,
        gross: "Price".into(),
        tax: Some("VAT".into()),
        decimal_comma: true,
        ..locallift::import::Mapping::suggest(&csv::StringRecord::from(vec!["Receipt", "Date", "Price"]))
            .expect("a mapping")
    };
    let path = write(dir.path(), "till.csv", "Receipt;Date;Price;VAT\nR1;2024-05-02 10:00;11,90;1,90\n");
    let options = ImportOptions { mapping: Some(mapping.clone()), dry_run: true, ..ImportOptions::default() };
    let report = run(&mut store, &path, &options);
    assert_eq!((report.notes.tax.undetermined, report.notes.tax_inside_assumed), (1, false));
    assert_eq!(report.sample[0].net_minor, 1_190, "taken as tax on top until the owner says otherwise");
    assert!(report.sentences.iter().any(|s| s.english().contains("cannot place")), "{:?}", report.sentences);
    let options = ImportOptions { prices_include_tax: Some(true), dry_run: false, ..options };
    let report = run(&mut store, &path, &options);
    assert!(report.notes.tax_inside_assumed);
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 1_000, "11.90 − 1.90 VAT inside");
}

#[test]
fn dates_a_file_cannot_order_follow_the_owner_and_a_telling_date_wins() {
    let (dir, mut store) = fresh();
    shop(&mut store, "USD", "America/Los_Angeles");
    let header =
        "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Transaction ID\"\n";
    let path = write(
        dir.path(),
        "paypal.csv",
        &format!(
            "{header}\"03/04/2024\",\"10:00:00\",\"PST\",\"A\",\"Website Payment\",\"Completed\",\"USD\",\"10.00\",\"T1\"\n"
        ),
    );
    let day = |store: &Store| -> String {
        rusqlite::Connection::open(store.path())
            .expect("open")
            .query_row("SELECT local_day FROM sales", [], |r| r.get(0))
            .expect("day")
    };
    let preview = run(&mut store, &path, &ImportOptions { dry_run: true, ..ImportOptions::default() });
    let decision = preview.notes.date_order.expect("decided");
    assert_eq!(
        (decision.order, decision.source),
        (DateOrder::Mdy, DateOrderSource::TimeZone { zone: "America/Los_Angeles".into() }),
        "a shop without a locale: where it is decides"
    );
    let report =
        run(&mut store, &path, &ImportOptions { date_order: Some(DateOrder::Dmy), ..ImportOptions::default() });
    assert_eq!(report.notes.date_order.expect("decided").source, DateOrderSource::Owner);
    assert_eq!(day(&store), "2024-04-03", "3 April, as the owner said");

    // One day above 12 settles the whole file, whatever the owner chose.
    let (dir, mut store) = fresh();
    shop(&mut store, "USD", "America/Los_Angeles");
    let path = write(
        dir.path(),
        "paypal.csv",
        &format!(
            "{header}\"03/04/2024\",\"10:00:00\",\"PST\",\"A\",\"Website Payment\",\"Completed\",\"USD\",\"10.00\",\"T1\"\n\
             \"04/25/2024\",\"10:00:00\",\"PDT\",\"B\",\"Website Payment\",\"Completed\",\"USD\",\"5.00\",\"T2\"\n"
        ),
    );
    let report =
        run(&mut store, &path, &ImportOptions { date_order: Some(DateOrder::Dmy), ..ImportOptions::default() });
    assert_eq!(report.error_count, 0, "{:?}", report.errors);
    let decision = report.notes.date_order.expect("decided");
    assert_eq!(decision.order, DateOrder::Mdy);
    assert_eq!(decision.source, DateOrderSource::File { line: 3, value: "04/25/2024".into() });
}

#[test]
fn an_order_not_yet_paid_counts_once_a_later_export_says_it_was_paid() {
    let (dir, mut store) = fresh();
    shop(&mut store, "USD", "America/Los_Angeles");
    let pending = write(
        dir.path(),
        "a.csv",
        &format!("{STRIPE}py_1,2026-01-03 17:52:30,225.00,0.00,usd,true,Pending,m@example.edu\n"),
    );
    let report = run(&mut store, &pending, &ImportOptions::default());
    assert_eq!((report.orders_unpaid, report.orders_cancelled, report.orders_new), (1, 0, 1));
    assert!(report.sentences.iter().any(|s| s.english().contains("not yet paid")), "{:?}", report.sentences);
    assert_eq!(store.sales_summary().expect("summary").orders, 0);
    let paid = write(
        dir.path(),
        "b.csv",
        &format!("{STRIPE}py_1,2026-01-03 17:52:30,225.00,0.00,usd,true,Paid,m@example.edu\n"),
    );
    let report = run(&mut store, &paid, &ImportOptions::default());
    assert_eq!((report.orders_new, report.orders_updated), (0, 1));
    let summary = store.sales_summary().expect("summary");
    assert_eq!((summary.orders, summary.net_revenue_minor), (1, 22_500));
    crate::assert_aggregates_match(&store);
}

#[test]
fn an_older_export_imported_after_a_newer_one_takes_nothing_back() {
    let (dir, mut store) = fresh();
    shop(&mut store, "USD", "America/Los_Angeles");
    // Newer: py_1 paid and refunded 5.00, py_2 cancelled. Older: both still pending, no refund.
    let newer = write(
        dir.path(),
        "newer.csv",
        &format!(
            "{STRIPE}py_1,2026-01-03 17:52:30,20.00,5.00,usd,true,Paid,a@example.com\n\
             py_2,2026-01-04 10:00:00,30.00,0.00,usd,true,Canceled,b@example.com\n"
        ),
    );
    let older = write(
        dir.path(),
        "older.csv",
        &format!(
            "{STRIPE}py_1,2026-01-03 17:52:30,20.00,0.00,usd,true,Pending,a@example.com\n\
             py_2,2026-01-04 10:00:00,30.00,0.00,usd,true,Pending,b@example.com\n"
        ),
    );
    run(&mut store, &newer, &ImportOptions::default());
    let before = store.sales_summary().expect("summary");
    assert_eq!((before.orders, before.net_revenue_minor), (1, 1_500));
    let report = run(&mut store, &older, &ImportOptions::default());
    assert_eq!(report.orders_updated, 0, "{report:?}");
    assert_eq!(store.sales_summary().expect("summary"), before, "paid stays paid, a refund never shrinks");
}

#[test]
fn a_refund_of_an_order_not_imported_yet_is_applied_when_the_order_arrives() {
    let (dir, mut store) = fresh();
    shop(&mut store, "USD", "America/Los_Angeles");
    let header = "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Transaction ID\",\"Reference Txn ID\"\n";
    let february = write(
        dir.path(),
        "feb.csv",
        &format!(
            "{header}\"02/03/2024\",\"10:00:00\",\"PST\",\"A\",\"Payment Refund\",\"Completed\",\"USD\",\"-25.00\",\"R1\",\"J1\"\n\
             \"02/14/2024\",\"10:00:00\",\"PST\",\"B\",\"Website Payment\",\"Completed\",\"USD\",\"15.00\",\"F1\",\"\"\n"
        ),
    );
    let january = write(
        dir.path(),
        "jan.csv",
        &format!(
            "{header}\"01/20/2024\",\"10:00:00\",\"PST\",\"A\",\"Website Payment\",\"Completed\",\"USD\",\"80.00\",\"J1\",\"\"\n"
        ),
    );
    let report = run(&mut store, &february, &ImportOptions::default());
    assert_eq!((report.refunds_applied, report.refunds_pending), (0, 1));
    assert!(
        report.sentences.iter().any(|s| s.english().contains("applied when its order is imported")),
        "{:?}",
        report.sentences
    );
    let report = run(&mut store, &january, &ImportOptions::default());
    assert_eq!((report.orders_new, report.refunds_applied), (1, 1));
    let summary = store.sales_summary().expect("summary");
    assert_eq!((summary.orders, summary.net_revenue_minor), (2, 7_000), "80.00 − 25.00 + 15.00");
    // Importing either again changes nothing; undoing January's import takes the refund with its order.
    assert!(!run(&mut store, &february, &ImportOptions::default()).written);
    assert!(!run(&mut store, &january, &ImportOptions::default()).written);
    store.undo_import(report.batch_id.expect("batch")).expect("undo");
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 1_500);
    let again = run(&mut store, &january, &ImportOptions::default());
    assert_eq!(again.refunds_applied, 1, "the kept refund applies again");
    crate::assert_aggregates_match(&store);
    // Undoing February's import, which brought the refund, takes it back from January's order.
    let feb = store.list_imports().expect("imports").into_iter().find(|b| b.file_name == "feb.csv").expect("feb");
    store.undo_import(feb.id).expect("undo February");
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 8_000);
    crate::assert_aggregates_match(&store);
}

#[test]
fn lines_are_the_files_own_with_crlf_line_ends() {
    let (dir, mut store) = fresh();
    shop(&mut store, "USD", "America/Los_Angeles");
    let text = format!(
        "{STRIPE}ch_1,2024-03-01 10:00:00,abc,0,usd,true,Paid,a@example.com\n\
         ch_2,2024-03-01 11:00:00,\"multi\nline\",0,usd,true,Paid,b@example.com\n\
         ch_3,2024-03-01 12:00:00,xyz,0,usd,true,Paid,c@example.com\n"
    )
    .replace('\n', "\r\n");
    let path = write(dir.path(), "crlf.csv", &text);
    let report = run(&mut store, &path, &ImportOptions::default());
    let lines: Vec<u64> = report.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 3, 5], "{:?}", report.errors);
}

#[test]
fn an_orders_rows_are_added_up_when_each_is_an_item_and_never_silently_dropped() {
    let (dir, mut store) = fresh();
    shop(&mut store, "EUR", "Europe/Berlin");
    let path = write(
        dir.path(),
        "till.csv",
        "Receipt,Date,Item,Amount\nR1,2024-05-02 10:00,Coffee,7.00\nR1,2024-05-02 10:00,Cake,4.50\nR2,2024-05-02 11:00,Tea,3.00\n",
    );
    let mapping = locallift::import::Mapping {
        order_id: "Receipt".into(),
        placed_at: "Date".into(),
        gross: "Amount".into(),
        item_name: Some("Item".into()),
        ..locallift::import::Mapping::suggest(&csv::StringRecord::from(vec!["Receipt", "Date", "Amount"]))
            .expect("a mapping")
    };
    let report = run(
        &mut store,
        &path,
        &ImportOptions { mapping: Some(mapping.clone()), dry_run: true, ..ImportOptions::default() },
    );
    assert_eq!(
        report.errors.iter().map(|e| e.line).collect::<Vec<_>>(),
        [3],
        "R1's second amount is not R1's: {:?}",
        report.errors
    );
    let per_row = locallift::import::Mapping { amounts_per_row: true, ..mapping };
    let report = run(&mut store, &path, &ImportOptions { mapping: Some(per_row), ..ImportOptions::default() });
    assert_eq!((report.error_count, report.orders_new), (0, 2));
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 1_450, "7.00 + 4.50 + 3.00");
}

#[test]
fn a_paypal_payment_in_another_currency_counts_at_paypals_own_conversion() {
    let (dir, mut store) = fresh();
    shop(&mut store, "EUR", "Europe/Berlin");
    // U1: 100.00 USD received, fee 3.20, net 96.80, which PayPal converted (C1, C2 refer to U1) into 88.57
    // EUR: the rate is 88.57 / 96.80, so the 100.00 paid is 91.4979… → 91.50 EUR. U2 (USD) has no
    // conversion in the file: left out and counted, never a refusal of the whole file.
    let header = "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Fee\",\"Net\",\"Transaction ID\",\"Reference Txn ID\"\n";
    let path = write(
        dir.path(),
        "pp.csv",
        &format!(
            "{header}\"15.01.2024\",\"10:00:00\",\"MEZ\",\"A\",\"Express Checkout Payment\",\"Completed\",\"EUR\",\"50.00\",\"-1.80\",\"48.20\",\"E1\",\"\"\n\
             \"16.01.2024\",\"10:00:00\",\"MEZ\",\"B\",\"Express Checkout Payment\",\"Completed\",\"USD\",\"100.00\",\"-3.20\",\"96.80\",\"U1\",\"\"\n\
             \"16.01.2024\",\"10:00:00\",\"MEZ\",\"\",\"General Currency Conversion\",\"Completed\",\"USD\",\"-96.80\",\"0.00\",\"-96.80\",\"C1\",\"U1\"\n\
             \"16.01.2024\",\"10:00:00\",\"MEZ\",\"\",\"General Currency Conversion\",\"Completed\",\"EUR\",\"88.57\",\"0.00\",\"88.57\",\"C2\",\"U1\"\n\
             \"17.01.2024\",\"10:00:00\",\"MEZ\",\"C\",\"Express Checkout Payment\",\"Completed\",\"USD\",\"20.00\",\"-0.90\",\"19.10\",\"U2\",\"\"\n"
        ),
    );
    let report = run(&mut store, &path, &ImportOptions::default());
    assert_eq!((report.error_count, report.orders_new), (0, 2), "{:?}", report.errors);
    let summary = store.sales_summary().expect("summary");
    assert_eq!((summary.orders, summary.net_revenue_minor, summary.currency.as_deref()), (2, 14_150, Some("EUR")));
    assert!(
        report.sentences.iter().any(|s| s.english().contains("1 payment in another currency")),
        "{:?}",
        report.sentences
    );
}

#[test]
fn one_woocommerce_refund_from_the_order_export_and_the_analytics_download_counts_once() {
    // 7001: 3 lamps, 60.00; a refund of one lamp, 20.00 of goods (21.60 given back with its tax), on 6 May:
    // on the order row (Order Refund Amount), as a row of the order export, and as an Analytics row.
    let analytics = "Date,\"Order #\",Status,Customer,\"Customer type\",Product(s),\"Items sold\",Coupon(s),\"Net sales\"\n\
        \"2024-05-06 09:15:00\",7001,completed,\"Customer 1\",new,\"1× Ceramic lamp\",-1,,-20\n\
        \"2024-05-03 16:40:00\",7002,completed,\"Customer 2\",new,\"3× Goat milk soap\",3,,15\n\
        \"2024-05-01 20:05:00\",7001,completed,\"Customer 1\",new,\"3× Ceramic lamp\",3,,60\n";
    let plugin = crate::import::fixture("real/woocommerce/us-refund-as-own-row.csv");
    for first_plugin in [true, false] {
        let (dir, mut store) = fresh();
        shop(&mut store, "USD", "America/New_York");
        let analytics = write(dir.path(), "analytics.csv", analytics);
        let files = if first_plugin { [plugin.clone(), analytics] } else { [analytics, plugin.clone()] };
        for f in &files {
            let report = run(&mut store, f, &ImportOptions::default());
            assert_eq!(report.error_count, 0, "{:?}", report.errors);
        }
        let summary = store.sales_summary().expect("summary");
        assert_eq!(
            (summary.orders, summary.net_revenue_minor),
            (2, 5_500),
            "60 − 20 + 15, plugin first: {first_plugin}"
        );
        crate::assert_aggregates_match(&store);
    }
}

#[test]
fn mapped_refund_rows_and_statuses_say_what_happened() {
    let (dir, mut store) = fresh();
    shop(&mut store, "EUR", "Europe/Berlin");
    let base = locallift::import::Mapping::suggest(&csv::StringRecord::from(vec!["Order", "Date", "Amount"]))
        .expect("mapping");
    // Two refunds of 5.00 on the same day are two refunds; "Refunded" with no refund column refunds all.
    let path = write(
        dir.path(),
        "till.csv",
        "Order,Date,Amount,Status\nA1,2025-02-03,40.00,Paid\nA1,2025-02-04,-5.00,Paid\nA1,2025-02-04,-5.00,Paid\n\
         A2,2025-02-03,30.00,Refunded\nA3,2025-02-04,20.00,Pending\nA4,2025-02-04,10.00,Cancelled\nA5,2025-02-05,7.00,Bezahlt\n",
    );
    let mapping = locallift::import::Mapping { status: Some("Status".into()), total: None, ..base };
    let report = run(&mut store, &path, &ImportOptions { mapping: Some(mapping.clone()), ..ImportOptions::default() });
    assert_eq!((report.error_count, report.orders_unpaid, report.orders_cancelled), (0, 1, 1), "{:?}", report.errors);
    let summary = store.sales_summary().expect("summary");
    assert_eq!(
        (summary.orders, summary.net_revenue_minor),
        (2, 3_700),
        "40 − 5 − 5 and 7 (“Bezahlt”); A2's 30 − 30 is no order"
    );
    assert!(!run(&mut store, &path, &ImportOptions { mapping: Some(mapping), ..ImportOptions::default() }).written);
}

#[test]
fn a_canceled_stripe_charge_is_an_attempt_beside_a_paid_one_and_a_cancelled_order_alone() {
    let (dir, mut store) = fresh();
    shop(&mut store, "USD", "America/New_York");
    let header =
        "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,Customer Email,order_id (metadata)\n";
    let path = write(
        dir.path(),
        "stripe.csv",
        &format!(
            "{header}ch_2,2024-06-02 10:00:00,50.00,0.00,usd,true,Paid,a@example.com,1008\n\
             ch_1,2024-06-01 10:00:00,50.00,0.00,usd,false,Canceled,a@example.com,1008\n\
             ch_3,2024-06-03 10:00:00,30.00,0.00,usd,false,Canceled,b@example.com,1010\n\
             ch_4,2024-06-03 11:00:00,12.00,0.00,eur,true,Paid,c@example.com,1011\n"
        ),
    );
    let report = run(&mut store, &path, &ImportOptions::default());
    assert_eq!((report.error_count, report.orders_new, report.orders_cancelled), (0, 2, 1), "{:?}", report.errors);
    let skipped: Vec<(SkipKind, u64)> = report.notes.skipped.iter().map(|s| (s.kind, s.count)).collect();
    assert_eq!(
        skipped,
        [(SkipKind::ForeignCurrency, 1), (SkipKind::Declined, 1)],
        "the EUR charge is left out, not a refusal"
    );
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 5_000);
}

#[test]
fn a_refund_row_of_an_order_whose_prices_include_tax_refunds_its_goods_part() {
    let (dir, mut store) = fresh();
    shop(&mut store, "EUR", "Europe/Berlin");
    // B2: 24.00 with 4.00 VAT inside (its total says so): net 20.00. Half of it refunded two days later,
    // 12.00 back, of which 2.00 VAT: net 10.00.
    let path = write(
        dir.path(),
        "till.csv",
        "Receipt;Date;Amount;VAT;Total\nB2;04.02.2025 11:00;24,00;4,00;24,00\nB2;06.02.2025 09:00;-12,00;-2,00;-12,00\n",
    );
    let mapping = locallift::import::Mapping {
        date_order: DateOrder::Dmy,
        tax: Some("VAT".into()),
        total: Some("Total".into()),
        decimal_comma: true,
        ..locallift::import::Mapping::suggest(&csv::StringRecord::from(vec!["Receipt", "Date", "Amount"]))
            .expect("a mapping")
    };
    let report = run(&mut store, &path, &ImportOptions { mapping: Some(mapping), ..ImportOptions::default() });
    assert_eq!((report.error_count, report.refunds_applied, report.notes.tax.inside), (0, 1, 1), "{:?}", report.errors);
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 1_000);
}
