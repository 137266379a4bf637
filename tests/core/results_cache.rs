//! Campaign results are cached and recomputed at write time only for the campaigns a write can reach:
//! after every kind of write the owner can make, every campaign's cached results must equal results
//! computed afresh from the tables.

use std::sync::atomic::AtomicBool;

use chrono::{TimeZone, Utc};
use locallift::attribution::RedemptionInput;
use locallift::import::{ImportOptions, import_file};
use locallift::model::{CampaignPartnerInput, ListQuery, Platform, PostInput};
use locallift::store::holidays::Holiday;
use locallift::store::settings::AnalysisSettings;
use locallift::{Store, demo};

use crate::attribution::orders_mapping;
use crate::campaigns::campaign;
use crate::day;

fn assert_cache_is_fresh(store: &Store, step: &str) {
    let campaigns = store.list_campaigns(&ListQuery { include_archived: true, ..Default::default() }).expect("list");
    assert!(!campaigns.is_empty());
    for c in campaigns {
        let cached = store.campaign_results(c.id).expect("cached");
        let fresh = store.recompute_campaign_results(c.id).expect("fresh");
        assert_eq!(cached, fresh, "after {step}: the cached results of “{}” are stale", c.fields.name);
    }
    // The Dashboard kept from the step before (asked for here, at each step) is never the one given after
    // a write: it equals one computed by another store of the same file, which kept nothing.
    let (from, to) = (day("2025-01-01"), day("2027-12-31"));
    let kept = store.dashboard(from, to).expect("dashboard");
    let other = Store::open_reader(store.path(), Some(store.today().expect("today"))).expect("reader");
    assert_eq!(kept, other.dashboard(from, to).expect("fresh"), "after {step}: the kept Dashboard is stale");
}

fn campaign_id(store: &Store, name: &str) -> i64 {
    let all = store.list_campaigns(&ListQuery { include_archived: true, ..Default::default() }).expect("list");
    all.into_iter().find(|c| c.fields.name == name).map(|c| c.id).expect(name)
}

fn import(store: &mut Store, dir: &std::path::Path, name: &str, rows: &str) -> i64 {
    let path = dir.join(name);
    std::fs::write(&path, format!("id,created,gross,discount,refund,codes,email\n{rows}")).expect("write");
    let options = ImportOptions { mapping: Some(orders_mapping()), ..Default::default() };
    let report = import_file(store, &path, &options, &|_| {}, &AtomicBool::new(false)).expect("import");
    report.batch_id.expect("written")
}

// Long because it is one scenario: each write builds on the ones before it, and the cache is checked after each.
#[test]
#[expect(
    clippy::too_many_lines,
    reason = "it is one scenario: each write builds on the ones before it, and the cache is checked after each"
)]
fn cached_results_equal_fresh_ones_after_every_kind_of_write() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::open(dir.path().join("shop.sqlite")).expect("open");
    demo::generate(&mut store, day("2026-11-23")).expect("demo");
    assert_cache_is_fresh(&store, "the demo");
    let print_week = campaign_id(&store, "Print week");
    let repotting = campaign_id(&store, "Spring repotting week");
    let swap = campaign_id(&store, "Summer swap nights");
    let run_club = campaign_id(&store, "Run club spring");

    // Sales: an old order with a code (a new customer), a conflict between two codes, then a day after
    // the latest data (the ongoing campaign's days stop waiting, repeat horizons move), then undone.
    let old = import(
        &mut store,
        dir.path(),
        "old.csv",
        "X1,2026-03-10T12:00:00-07:00,80.00,8.00,0,LUCIA10,new@example.com\n\
         X2,2026-07-28T12:00:00-07:00,50.00,5.00,0,\"AISHA10, MAYA15\",c2@example.com\n",
    );
    assert_cache_is_fresh(&store, "an import of old orders");
    let latest =
        import(&mut store, dir.path(), "latest.csv", "Y1,2026-11-23T10:00:00-08:00,40.00,0,0,,y@example.com\n");
    assert_cache_is_fresh(&store, "an import of the latest day");
    // Months later: the ongoing campaign's days that waited for data become days without data.
    let later = import(&mut store, dir.path(), "later.csv", "Z1,2027-04-01T10:00:00-07:00,40.00,0,0,,z@example.com\n");
    assert_cache_is_fresh(&store, "an import months after the latest day");
    store.undo_import(later).expect("undo");
    assert_cache_is_fresh(&store, "undoing it");
    store.undo_import(latest).expect("undo");
    assert_cache_is_fresh(&store, "undoing the latest day");
    store.undo_import(old).expect("undo");
    assert_cache_is_fresh(&store, "undoing the old orders");

    // An unusual day in a lift baseline, and unmarked again.
    store.set_holiday(&Holiday { day: day("2026-07-01"), name: "Street fair".into() }).expect("holiday");
    assert_cache_is_fresh(&store, "marking a day in a baseline");
    store.remove_holiday(day("2026-07-01")).expect("unmark");
    assert_cache_is_fresh(&store, "unmarking it");

    // A campaign moved into another's baseline, cancelled and reinstated.
    let mut fields = store.campaign(print_week).expect("campaign").fields;
    (fields.start, fields.end) = (day("2026-07-05"), day("2026-07-11"));
    store.update_campaign(print_week, &fields).expect("move");
    assert_cache_is_fresh(&store, "moving a campaign");
    store.set_campaign_cancelled(swap, true).expect("cancel");
    assert_cache_is_fresh(&store, "cancelling a campaign");
    store.set_campaign_cancelled(swap, false).expect("reinstate");
    assert_cache_is_fresh(&store, "reinstating it");

    // A partner in two campaigns renamed; partners and codes added to, changed in and taken out of one.
    let repotting_detail = store.campaign_detail(repotting).expect("detail");
    let maya = repotting_detail.partners[0].fields.partner_id.expect("a partner");
    let mut p = store.partner(maya).expect("partner").fields;
    p.name = "Maya O.".into();
    store.update_partner(maya, &p).expect("rename");
    assert_cache_is_fresh(&store, "renaming a partner");
    let added = store
        .add_campaign_partner(
            run_club,
            &CampaignPartnerInput { partner_id: Some(maya), codes: vec!["MAYA15".into()], ..Default::default() },
        )
        .expect("add");
    assert_cache_is_fresh(&store, "adding a partner with a code");
    let mut terms = added.fields.clone();
    terms.fee_minor = 12_000;
    store.update_campaign_partner(added.id, &terms).expect("terms");
    assert_cache_is_fresh(&store, "changing a partner's terms");

    // Rows only one campaign reads.
    store
        .add_manual_redemption(
            added.id,
            &RedemptionInput {
                day: day("2026-05-20"),
                count: 3,
                amount_minor: 4_500,
                note: String::new(),
                said: false,
            },
        )
        .expect("redemption");
    assert_cache_is_fresh(&store, "an in-store redemption");
    let post = PostInput {
        platform: Platform::Instagram,
        url: None,
        posted_at: Utc.with_ymd_and_hms(2026, 5, 18, 17, 0, 0).single().expect("instant"),
        followers_at_post: Some(5_000),
        reach: None,
        likes: 400,
        comments: 20,
        shares: 5,
        saves: 10,
        clicks: 0,
    };
    let post = store.add_post(added.id, &post).expect("post");
    assert_cache_is_fresh(&store, "logging a post");
    store.delete_post(post.id).expect("delete post");
    assert_cache_is_fresh(&store, "deleting it");

    // Archiving, a community renamed.
    store.set_campaign_archived(run_club, true).expect("archive");
    assert_cache_is_fresh(&store, "archiving a campaign");
    let community = repotting_detail.partners.iter().find_map(|p| p.fields.community_id).expect("a community");
    let mut c = store.community(community).expect("community").fields;
    c.name = "Sellwood Parents".into();
    store.update_community(community, &c).expect("rename");
    assert_cache_is_fresh(&store, "renaming a community");

    // A new campaign in another's baseline, then deleted.
    let new = store.create_campaign(&campaign("Pop-up", "2026-09-01", "2026-09-07")).expect("create");
    assert_cache_is_fresh(&store, "creating a campaign");
    store.delete_campaign(new.id).expect("delete");
    assert_cache_is_fresh(&store, "deleting it");

    // Settings every campaign reads.
    store.update_analysis_settings(&AnalysisSettings { lift_weeks: 12, ..Default::default() }).expect("weeks");
    assert_cache_is_fresh(&store, "a longer baseline");
    let mut shop = store.shop().expect("shop").settings;
    shop.default_margin_pct = 35.0;
    store.update_shop(&shop).expect("margin");
    assert_cache_is_fresh(&store, "a new margin");
}
