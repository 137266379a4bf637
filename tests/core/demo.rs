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
