//! Every preset on a fixture written by hand from FORMATS.md, with its totals worked out by hand.

use locallift::model::ShopInput;

use crate::fresh;
use crate::import::{fixture, import};

fn shop(store: &mut locallift::Store, currency: Option<&str>, zone: &str) {
    store
        .update_shop(&ShopInput {
            name: "Shop".into(),
            currency: currency.map(str::to_string),
            time_zone: zone.into(),
            default_margin_pct: 50.0,
            locale: None,
            hourly_rate_minor: None,
        })
        .expect("shop");
}

fn totals(store: &locallift::Store) -> (i64, i64, Vec<(String, i64, i64)>) {
    let s = store.sales_summary().expect("summary");
    (s.orders, s.net_revenue_minor, s.by_code.into_iter().map(|(k, v)| (k, v.orders, v.net_revenue_minor)).collect())
}

fn placed_at(store: &locallift::Store, id: &str) -> (String, String) {
    let conn = rusqlite::Connection::open(store.path()).expect("open");
    conn.query_row("SELECT placed_at, local_day FROM sales WHERE external_id = ?1", [id], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .expect("sale")
}

#[test]
fn woocommerce_orders_with_repeated_order_columns_count_once() {
    let (_dir, mut store) = fresh();
    shop(&mut store, Some("EUR"), "Europe/Berlin");
    let report = import(&mut store, &fixture("woocommerce/orders.csv")).expect("imports");
    assert_eq!((report.preset.as_str(), report.orders_new, report.orders_cancelled), ("woocommerce", 5, 1));
    // 1203: 26.00 − 2.60 = 23.40 (4 × 3.5 + 12; order columns repeat on its 2 rows, counted once)
    // 1198: Refunded: 24.50 − 24.50 = 0     1190: 30.00 − 10.00 (partial refund) = 20.00
    // 1185: Cancelled, not a sale           1180: 2 × 4.5 − 0.90 = 8.10 ("MAYA10", spelled otherwise than 1203's)
    // Total 23.40 + 0 + 20.00 + 8.10 = 51.50
    assert_eq!(
        totals(&store),
        // Three orders: 1198, refunded in full, is none.
        (3, 5_150, vec![("MAYA10".into(), 1, 810), ("maya10".into(), 1, 2_340)]),
        "codes are summed as each export names them"
    );
    // 02:30 on 27 Oct 2024 happened twice in Berlin; the first (CEST, UTC+2) is taken.
    assert_eq!(placed_at(&store, "1180"), ("2024-10-27T00:30:00Z".into(), "2024-10-27".into()));
    let conn = rusqlite::Connection::open(store.path()).expect("open");
    let items: i64 = conn.query_row("SELECT count(*) FROM line_items", [], |r| r.get(0)).expect("items");
    assert_eq!(items, 6);
}

#[test]
fn woocommerce_needs_the_shop_currency_because_the_file_has_none() {
    let (_dir, mut store) = fresh();
    shop(&mut store, None, "Europe/Berlin");
    let err = import(&mut store, &fixture("woocommerce/orders.csv")).expect_err("refused");
    assert!(err.to_string().contains("currency"), "{err}");
}

#[test]
fn stripe_payments_in_both_locales_skip_declined_attempts() {
    for (file, currency) in [("stripe/payments.csv", "USD"), ("stripe/payments-eu.csv", "EUR")] {
        let (_dir, mut store) = fresh();
        shop(&mut store, None, "UTC");
        let report = import(&mut store, &fixture(file)).expect("imports");
        assert_eq!(
            (report.preset.as_str(), report.orders_new),
            ("stripe", 4),
            "{file}: the declined attempt is skipped"
        );
        assert_eq!(report.currency.as_deref(), Some(currency));
        // 1005: 59.00 · 1004: 20.00 − 20.00 · 1003: 100.00 − 25.50 · ch_1 (no order id): 1,149.00
        // 1004, refunded in full, is no order.
        assert_eq!(totals(&store), (3, 128_250, vec![("MAYA10".into(), 1, 5_900)]), "{file}");
    }
}

#[test]
fn paypal_activity_in_both_locales_applies_refund_rows_once() {
    for (file, placed, day) in [
        ("paypal/activity.csv", "2024-01-05T18:00:00Z", "2024-01-05"),
        ("paypal/activity-eu.csv", "2024-01-05T09:00:00Z", "2024-01-05"),
    ] {
        let (_dir, mut store) = fresh();
        shop(&mut store, None, "America/Los_Angeles");
        let report = import(&mut store, &fixture(file)).expect("imports");
        assert_eq!((report.preset.as_str(), report.orders_new, report.refunds_applied), ("paypal", 2, 2), "{file}");
        // 1AA: 1,149.00 − 10.00 shipping − 74.00 tax = 1,065.00 of goods, refunded in full (the refund of
        //      1,149.00 also returns shipping and tax, which are not revenue) = 0
        // 2BB: 45.00 − 5.00 shipping = 40.00, refunded 20.00 = 20.00 · the withdrawal is not a sale
        // 1AA, refunded in full, is no order.
        assert_eq!(totals(&store), (1, 2_000, vec![]), "{file}");
        assert_eq!(placed_at(&store, "1AA"), (placed.into(), day.into()), "{file}: PST/CET in effect");

        let again = import(&mut store, &fixture(file)).expect("again");
        assert!(!again.written, "{file}: nothing new the second time");
        assert_eq!((again.orders_unchanged, again.refunds_applied), (2, 0));
        assert_eq!(totals(&store).1, 2_000, "{file}: refunds are not applied twice");
    }
}

#[test]
fn square_transactions_and_items_describe_the_same_payments_once() {
    // P3: 1,149.00 − 114.90 (MAYA10) = 1,034.10 · P2: 27.00, refunded 9.00 by a refund row = 18.00
    // P1: 8.00 − 0.80 (RUN10) = 7.20 · total 1,059.30
    for order in [["square/transactions.csv", "square/items.csv"], ["square/items.csv", "square/transactions.csv"]] {
        let (_dir, mut store) = fresh();
        shop(&mut store, Some("USD"), "America/Los_Angeles");
        let first = import(&mut store, &fixture(order[0])).expect("first export");
        assert_eq!((first.orders_new, first.refunds_applied), (3, 1), "{order:?}");
        let second = import(&mut store, &fixture(order[1])).expect("second export");
        assert_eq!(second.orders_new, 0, "{order:?}: the same payments, not new sales");
        assert_eq!(second.refunds_applied, 0, "{order:?}: the refund R1 counts once");
        assert_eq!(
            totals(&store),
            (3, 105_930, vec![("MAYA10".into(), 1, 103_410), ("RUN10".into(), 1, 720)]),
            "{order:?}: codes from the transactions, whichever came first"
        );
        let conn = rusqlite::Connection::open(store.path()).expect("open");
        let items: i64 = conn.query_row("SELECT count(*) FROM line_items", [], |r| r.get(0)).expect("items");
        assert_eq!(items, 4, "{order:?}: line items from the item export");
        // 02:30 on 10 March 2024 did not exist in Los Angeles (clocks jumped to 03:00): read as 03:30 PDT.
        assert_eq!(placed_at(&store, "P2"), ("2024-03-10T10:30:00Z".into(), "2024-03-10".into()));
        let online: String =
            conn.query_row("SELECT channel FROM sales WHERE external_id = 'P2'", [], |r| r.get(0)).expect("q");
        assert_eq!(online, "online", "Square Online");
    }
}

#[test]
fn etsy_orders_carry_refunds_and_items_never_erase_them() {
    // 3003: 28.00 − 2.80 (MAYA10, written once per listing) = 25.20 · 3002: Canceled, not a sale
    // 3001: 60.00, refunded 63.75 − 48.75 = 15.00 → 45.00 · total 70.20 in 2 orders
    let (_dir, mut store) = fresh();
    shop(&mut store, None, "America/New_York");
    let orders = import(&mut store, &fixture("etsy/orders.csv")).expect("orders");
    assert_eq!(orders.orders_cancelled, 1);
    assert_eq!(totals(&store), (2, 7_020, vec![("MAYA10".into(), 1, 2_520)]));
    let items = import(&mut store, &fixture("etsy/items.csv")).expect("items");
    assert_eq!((items.orders_new, items.orders_updated), (0, 3), "line items added to the same orders");
    assert_eq!(totals(&store), (2, 7_020, vec![("MAYA10".into(), 1, 2_520)]), "refunds and the cancellation kept");
    assert_eq!(placed_at(&store, "3001").1, "2024-03-01", "a date without time keeps its day");

    // The item export alone cannot see refunds: 25.20 + 45.00 + 60.00.
    let (_dir, mut alone) = fresh();
    shop(&mut alone, Some("USD"), "America/New_York");
    import(&mut alone, &fixture("etsy/items.csv")).expect("items");
    assert_eq!(totals(&alone), (3, 13_020, vec![("MAYA10".into(), 1, 2_520)]));
}

#[test]
fn any_other_csv_imports_with_a_column_mapping_that_is_remembered() {
    use locallift::import::{DateOrder, ImportOptions, Mapping, import_file, inspect_header};
    use std::sync::atomic::AtomicBool;

    let (dir, mut store) = fresh();
    shop(&mut store, Some("EUR"), "Europe/Berlin");
    let file = fixture("generic/till.csv");
    match import(&mut store, &file) {
        Err(e @ locallift::Error::UnknownFormat { .. }) => assert_eq!(e.kind(), "unknown_format"),
        other => panic!("expected an unknown format, got {other:?}"),
    }
    let header = inspect_header(&store, &file).expect("header");
    assert_eq!(header.columns, ["Receipt No", "Sold At", "Total", "Coupon", "Customer email", "Till"]);
    assert!(header.saved.is_none());
    let suggested = header.suggestion.expect("a suggestion");
    assert_eq!((suggested.order_id.as_str(), suggested.gross.as_str()), ("Receipt No", "Total"));

    let mapping =
        Mapping { date_order: DateOrder::Dmy, decimal_comma: true, channel: Some("Till".into()), ..suggested };
    let options = ImportOptions { mapping: Some(mapping.clone()), ..Default::default() };
    let report = import_file(&mut store, &file, &options, &|_| {}, &AtomicBool::new(false)).expect("imports");
    assert_eq!((report.preset.as_str(), report.orders_new), ("csv", 3));
    // 12,50 + 1.149,00 + 8,00 = 1,169.50; "MAYA10" and "maya10" are two spellings in the file.
    assert_eq!(totals(&store), (3, 116_950, vec![("MAYA10".into(), 1, 114_900), ("maya10".into(), 1, 800)]));
    assert_eq!(placed_at(&store, "R-0002"), ("2024-03-05T09:02:00Z".into(), "2024-03-05".into()), "05.03. is 5 March");
    let conn = rusqlite::Connection::open(store.path()).expect("open");
    let till: String =
        conn.query_row("SELECT channel FROM sales WHERE external_id = 'R-0003'", [], |r| r.get(0)).expect("q");
    assert_eq!(till, "in_store");

    // The next file with the same columns is read with the saved mapping, no questions asked.
    assert_eq!(inspect_header(&store, &file).expect("header").saved, Some(mapping));
    let later = dir.path().join("till-later.csv");
    std::fs::write(
        &later,
        "Receipt No;Sold At;Total;Coupon;Customer email;Till\nR-0004;06.03.2024 11:00;20,00;;;Shop till\n",
    )
    .expect("write");
    let again = import(&mut store, &later).expect("saved mapping used");
    assert_eq!((again.preset.as_str(), again.orders_new), ("csv", 1));
}
