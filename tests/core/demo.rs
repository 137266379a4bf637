use locallift::model::{ListQuery, Tier};
use locallift::{Store, demo};

use crate::day;

#[test]
fn the_demo_shop_is_realistic_and_reproducible() {
    let dir = tempfile::tempdir().expect("dir");
    let mut a = Store::open(dir.path().join("a.sqlite")).expect("open");
    let mut b = Store::open(dir.path().join("b.sqlite")).expect("open");
    let today = day("2026-11-23");
    let sa = demo::generate(&mut a, today).expect("demo");
    let sb = demo::generate(&mut b, today).expect("demo");
    assert_eq!(sa, sb, "same seed, same shop");
    assert_eq!((sa.partners, sa.communities, sa.campaigns), (15, 3, 6));
    assert!(sa.orders > 5_000, "a year of sales: {}", sa.orders);
    assert!(sa.code_orders > 100, "promo-code orders: {}", sa.code_orders);
    assert!(sa.posts >= 10);

    let shop = a.shop().expect("shop");
    assert!(shop.is_demo && shop.set_up);
    let partners = a.list_partners(&ListQuery::default()).expect("list");
    for tier in [Tier::Community, Tier::Nano, Tier::Micro, Tier::Macro] {
        assert!(partners.iter().any(|p| p.partner.tier == Some(tier)), "a {tier:?} partner");
    }
    assert!(
        matches!(demo::generate(&mut a, today), Err(locallift::Error::Invalid(_))),
        "never mixed into existing data"
    );
}

#[test]
fn the_demo_file_appears_whole_or_not_at_all() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("demo-shop.sqlite");
    // A generation killed earlier left a half-built file beside it: it is discarded, not reused.
    std::fs::write(dir.path().join("demo-shop.sqlite.building"), b"half a demo").expect("write");
    let store = demo::open(&path).expect("generated");
    assert!(store.shop().expect("shop").is_demo);
    assert_eq!(store.list_partners(&ListQuery::default()).expect("list").len(), 15);
    drop(store);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("building"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    let again = demo::open(&path).expect("reopened, not regenerated");
    assert_eq!(again.list_partners(&ListQuery::default()).expect("list").len(), 15);
}

/// Every demo sale lists product costs, so gross profit is net − Σ quantity × unit cost, order by order:
/// the campaign totals must equal that sum computed straight from the tables.
#[test]
fn gross_profit_uses_product_costs_when_every_line_has_one() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::open(dir.path().join("demo.sqlite")).expect("open");
    demo::generate(&mut store, day("2026-11-23")).expect("demo");
    let conn = rusqlite::Connection::open(store.path()).expect("second connection");
    let mut checked = 0;
    for c in store.list_campaigns(&ListQuery { include_archived: true, ..Default::default() }).expect("campaigns") {
        let results = store.campaign_results(c.id).expect("results");
        let t = &results.totals.figures;
        let expected: i64 = conn
            .query_row(
                "SELECT coalesce(sum(s.net_minor - (SELECT sum(li.quantity * li.cost_minor) FROM line_items li
                                                   WHERE li.sale_id = s.id)), 0)
                 FROM sales s
                 WHERE s.cancelled = 0 AND s.net_minor > 0 AND s.id IN (
                     SELECT sc.sale_id FROM sale_codes sc
                     JOIN promo_codes pc ON pc.code_norm = sc.code_norm
                     JOIN campaign_partners cp ON cp.id = pc.campaign_partner_id
                     WHERE cp.campaign_id = ?1 AND sc.local_day BETWEEN ?2 AND ?3)",
                rusqlite::params![c.id, results.window_start, results.window_end],
                |r| r.get(0),
            )
            .expect("sum");
        assert_eq!(t.manual_orders, 0, "the demo types in no redemptions");
        assert_eq!(t.gross_profit_minor, expected, "{}", c.fields.name);
        checked += i64::from(t.attributed_orders > 0);
    }
    assert!(checked >= 4, "campaigns with code orders: {checked}");
}

/// The one rule for "in this period" (`locallift::period`): on random periods of the demo shop, with an
/// in-store redemption typed in, what partners brought is a part of the period's sales, the leaderboard
/// and the tiers add up to the KPIs, and a walk-in partner is never a loss; a period holding every
/// campaign's days gives each campaign's own page's figures.
#[test]
fn a_periods_attributed_sales_are_a_part_of_its_sales_on_random_periods() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::open(dir.path().join("demo.sqlite")).expect("open");
    let today = day("2026-11-23");
    demo::generate(&mut store, today).expect("demo");
    let campaigns = store.list_campaigns(&ListQuery { include_archived: true, ..Default::default() }).expect("list");
    let c = campaigns.iter().find(|c| c.counts_until < today).expect("a finished campaign");
    let results = store.campaign_results(c.id).expect("results");
    let coded = results.partners.iter().find(|p| !p.codes.is_empty()).expect("a code partner");
    store
        .add_manual_redemption(
            coded.campaign_partner_id,
            &locallift::attribution::RedemptionInput {
                day: c.fields.start + chrono::Duration::days(2),
                count: 3,
                amount_minor: 12_345,
                note: "till log".into(),
                said: false,
            },
        )
        .expect("typed in");
    let mut rng = fastrand::Rng::with_seed(14);
    let mut checked_walk_ins = 0;
    for i in 0..80 {
        let from = today - chrono::Duration::days(rng.i64(0..420));
        let to = from + chrono::Duration::days(rng.i64(0..150));
        let d = store.dashboard(from, to).expect("dashboard");
        let f = &d.figures;
        let period = format!("#{i}: {from} to {to}");
        assert!(f.attributed_net_revenue_minor <= d.shop_net_revenue_minor, "{period}: {f:?} of {d:?}");
        assert!(f.attributed_orders <= d.shop_orders, "{period}");
        assert!(f.manual_net_revenue_minor <= d.typed_in_net_revenue_minor, "{period}");
        let board: i64 = d.leaderboard.iter().map(|r| r.figures.attributed_net_revenue_minor).sum();
        let tiers: i64 = d.tiers.iter().map(|r| r.figures.attributed_net_revenue_minor).sum();
        let rows: i64 = d.campaign_rows.iter().map(|r| r.figures.attributed_net_revenue_minor).sum();
        assert_eq!((board, tiers, rows), (f.attributed_net_revenue_minor, f.attributed_net_revenue_minor, rows));
        assert_eq!(rows, f.attributed_net_revenue_minor, "{period}");
        let cost: i64 = d.campaign_rows.iter().map(|r| r.figures.cost_minor).sum();
        assert_eq!(cost, f.cost_minor, "{period}");
        for r in &d.leaderboard {
            if r.measured_by_lift {
                checked_walk_ins += 1;
                assert_eq!(r.figures.roi, None, "{period}: {} is measured by lift, not a loss", r.name);
            }
        }
        let ranked: Vec<bool> = d.leaderboard.iter().map(|r| r.measured_by_lift).collect();
        assert!(ranked.windows(2).all(|w| w[0] <= w[1]), "{period}: walk-in partners listed after the ranked");
    }
    assert!(checked_walk_ins > 0, "the demo's walk-in communities were met");
    // Every campaign's days: the Dashboard's campaign rows are the campaigns' own totals.
    let all = store.dashboard(today - chrono::Duration::days(800), today + chrono::Duration::days(200)).expect("all");
    assert_eq!(all.campaign_rows.len(), campaigns.iter().filter(|c| !c.cancelled).count());
    for row in &all.campaign_rows {
        let results = store.campaign_results(row.campaign_id).expect("results");
        assert_eq!(row.figures, results.totals.figures, "{}", row.name);
    }
}

/// The demo shop made on 23 November 2026, with "today" pinned to that day.
fn demo_on_its_day() -> (tempfile::TempDir, Store, chrono::NaiveDate) {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::open(dir.path().join("demo.sqlite")).expect("open");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("day");
    locallift::demo::generate(&mut store, today).expect("demo");
    store.set_today(Some(today));
    (dir, store, today)
}

/// The Dashboard computed ahead of the window (the shell does it when it opens a shop) is the one the
/// window then gets: the last 365 days, equal to what a store that kept nothing computes.
#[test]
fn the_first_dashboard_computed_ahead_is_the_one_the_window_gets() {
    let (dir, store, today) = demo_on_its_day();
    store.warm_dashboard().expect("computed ahead");
    let (from, to) = (today - chrono::Duration::days(364), today);
    let other = Store::open_reader(store.path(), Some(today)).expect("reader");
    assert_eq!(store.dashboard(from, to).expect("kept"), other.dashboard(from, to).expect("fresh"));
    assert_eq!(
        store.dashboard_comparison(from, to).expect("kept"),
        other.dashboard_comparison(from, to).expect("fresh")
    );
    // An empty shop too.
    let empty = Store::open(dir.path().join("empty.sqlite")).expect("open");
    empty.warm_dashboard().expect("nothing to compute, no error");
}

/// A period against the previous one and the same days a year earlier: each side is exactly the Dashboard
/// of its own period (one rule, no second way of counting), and the changes are their differences.
#[test]
fn a_period_is_compared_with_the_previous_one_and_a_year_earlier_by_the_dashboards_own_figures() {
    let (_dir, store, today) = demo_on_its_day();
    let (from, to) = (today - chrono::Duration::days(89), today);
    let c = store.dashboard_comparison(from, to).expect("comparison");
    for (side, (f, t)) in [
        (&c.current, (from, to)),
        (&c.previous, (from - chrono::Duration::days(90), from - chrono::Duration::days(1))),
        (&c.year_earlier, (from - chrono::Duration::days(365), to - chrono::Duration::days(365))),
    ] {
        assert_eq!((side.from, side.to), (f, t));
        let d = store.dashboard(f, t).expect("dashboard");
        assert_eq!(side.attributed_net_revenue_minor, d.figures.attributed_net_revenue_minor);
        assert_eq!(side.cost_minor, d.figures.cost_minor);
        assert_eq!(side.shop_net_revenue_minor, d.shop_net_revenue_minor);
        assert_eq!(side.new_customers, d.figures.new_customers);
    }
    let moved = &c.since_previous.attributed_net_revenue;
    assert_eq!(moved.difference, c.current.attributed_net_revenue_minor - c.previous.attributed_net_revenue_minor);
    assert!(
        c.current.shop_net_revenue_minor > 0 && c.previous.shop_net_revenue_minor > 0,
        "the demo sells every month"
    );
    let ratio = c.since_year_earlier.shop_net_revenue.ratio;
    if c.year_earlier.shop_net_revenue_minor == 0 {
        assert!(ratio.is_none(), "nothing a year earlier: no percentage");
    } else {
        assert!(ratio.is_some());
    }
}
