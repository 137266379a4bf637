//! The import's rules for what real files do, each on the smallest file that shows it: broken quoting,
//! strict amounts, tax the file cannot place, dates the file cannot order, and orders paid later.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use locallift::Store;
use locallift::import::date_order::DateOrderSource;
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
    assert!(report.errors[0].reason.contains("after a closing quote"), "{:?}", report.errors[0]);
    assert!(report.errors[1].reason.contains("never closes"), "{:?}", report.errors[1]);
    assert!(!report.written);
    assert_eq!(table_counts(&store), before, "a file with problems writes nothing");
    // Importing the valid orders takes the two before the broken rows: the swallowed rows are not read
    // as anything.
    let report = run(&mut store, &path, &ImportOptions { skip_invalid: true, ..ImportOptions::default() });
    assert_eq!(report.orders_new, 2);
    assert_eq!(store.sales_summary().expect("summary").net_revenue_minor, 1_500);
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
    let reasons: Vec<(u64, &str)> = report.errors.iter().map(|e| (e.line, e.reason.as_str())).collect();
    assert_eq!(
        reasons,
        [(2, "not an amount"), (3, "the amount is empty"), (4, "the amount is too large")],
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
    assert!(report.sentences.iter().any(|s| s.contains("cannot place")), "{:?}", report.sentences);
    let options = ImportOptions { prices_include_tax: Some(true), dry_run: false, ..options };
    let report = run(&mut store, &path, &options);
    assert_eq!(report.notes.tax_inside_assumed, true);
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
    assert_eq!((decision.order, decision.source), (DateOrder::Mdy, DateOrderSource::Default));
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
    assert!(report.sentences.iter().any(|s| s.contains("not yet paid")), "{:?}", report.sentences);
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
