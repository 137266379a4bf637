//! Posts from the platforms' exports (`tests/fixtures/contacts/`: Meta Business Suite, TikTok Studio, YouTube
//! Studio, shaped after public files; numbers worked out by hand in its README): each post to its partner's
//! campaign of that day, numbers updated by a later export, nothing twice, undo exact.

use std::path::{Path, PathBuf};

use locallift::Store;
use locallift::import::contacts::import_partners;
use locallift::import::posts::{import_posts, preview_posts};
use locallift::model::{CampaignPartnerInput, ListQuery, Platform, PostRow};

use crate::campaigns::campaign;
use crate::{fresh, usd_shop};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contacts").join(name)
}

/// A shop with the creators sheet's partners and Maya Lopez in a campaign from `start` to `end`.
fn shop_with_maya(start: &str, end: &str) -> (tempfile::TempDir, Store, i64) {
    let (dir, mut store) = fresh();
    usd_shop(&mut store, "America/Los_Angeles");
    import_partners(&mut store, &fixture("creators.csv"), None, true).expect("partners");
    let maya = store.find_partner("Maya Lopez").expect("maya").id;
    let c = store.create_campaign(&campaign("Spring box", start, end)).expect("campaign");
    let input = CampaignPartnerInput { partner_id: Some(maya), codes: vec!["MAYA10".into()], ..Default::default() };
    store.add_campaign_partner(c.id, &input).expect("maya in it");
    (dir, store, maya)
}

fn posts(store: &Store) -> Vec<PostRow> {
    store.list_posts(&ListQuery::default()).expect("posts")
}

/// (reach, likes, comments, shares, saves) summed over the posts of `platform`.
fn sums(store: &Store, platform: Platform) -> (i64, i64, i64, i64, i64) {
    posts(store).iter().filter(|p| p.post.fields.platform == platform).fold((0, 0, 0, 0, 0), |s, p| {
        let f = &p.post.fields;
        (s.0 + f.reach.unwrap_or(0), s.1 + f.likes, s.2 + f.comments, s.3 + f.shares, s.4 + f.saves)
    })
}

#[test]
fn a_meta_content_export_becomes_the_partners_posts_and_a_later_one_updates_them() {
    let (dir, mut store, _) = shop_with_maya("2026-03-01", "2026-03-31");
    let path = fixture("meta-content.csv");
    let report = import_posts(&mut store, &path, None, false).expect("import");
    assert_eq!((report.posts_new, report.posts_updated, report.posts_unchanged), (5, 0, 0), "{report:#?}");
    assert_eq!(report.format, "Meta Business Suite content export");
    // The README's sums: reach 38140, likes 2722, comments 250, shares 433, saves 1078.
    assert_eq!(sums(&store, Platform::Instagram), (38_140, 2_722, 250, 433, 1_078));
    // 03/20/2026 20:10 in Portland is 2026-03-21 03:10 UTC (PDT from 8 March).
    let last = posts(&store).into_iter().max_by_key(|p| p.post.fields.posted_at).expect("a post");
    assert_eq!(last.post.fields.posted_at.to_rfc3339(), "2026-03-21T03:10:00+00:00");
    assert_eq!(last.post.fields.url.as_deref(), Some("https://www.instagram.com/reel/DFakeAAA05/"));
    // The same file again: nothing changes, nothing is written.
    let again = import_posts(&mut store, &path, None, false).expect("again");
    assert_eq!((again.posts_new, again.posts_updated, again.posts_unchanged), (0, 0, 5));
    assert!(again.seen_before && again.import.is_none());
    // A later export with newer numbers for one post updates it.
    let later = dir.path().join("meta-later.csv");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&later, text.replacen(",3200,2750,240,12,3,18,95", ",3900,3300,301,15,4,22,120", 1)).expect("write");
    let update = import_posts(&mut store, &later, None, false).expect("later");
    assert_eq!((update.posts_new, update.posts_updated, update.posts_unchanged), (0, 1, 4));
    assert_eq!(sums(&store, Platform::Instagram), (38_140 - 2_750 + 3_300, 2_722 - 240 + 301, 254, 436, 1_103));
    assert_eq!(posts(&store).len(), 5);
    // Undo puts the numbers back, then the posts go.
    store.undo_contact_import(update.import.expect("written").id).expect("undo update");
    assert_eq!(sums(&store, Platform::Instagram), (38_140, 2_722, 250, 433, 1_078));
    store.undo_contact_import(report.import.expect("written").id).expect("undo import");
    assert!(posts(&store).is_empty());
}

#[test]
fn tiktok_dates_without_a_year_and_posts_outside_the_campaign() {
    let (_dir, mut store, _) = shop_with_maya("2026-03-01", "2026-03-10");
    // TikTok: "2 de marzo" is 2026-03-02 (the latest such day before 1 May 2026); the handle is in the link.
    let tiktok = import_posts(&mut store, &fixture("tiktok-content.csv"), None, false).expect("tiktok");
    assert_eq!((tiktok.posts_new, tiktok.posts_outside_campaigns), (3, 2), "{tiktok:#?}");
    assert_eq!(sums(&store, Platform::Tiktok), (0, 1_310 + 302 + 655, 42 + 11 + 23, 57 + 9 + 31, 0));
    assert!(
        tiktok.notes.iter().any(|n| n.english().contains("2 posts are on days outside every campaign")),
        "{:?}",
        tiktok.notes
    );
}

#[test]
fn a_youtube_table_needs_its_partner_and_leaves_out_the_total_and_undated_rows() {
    let (_dir, mut store, maya) = shop_with_maya("2026-03-01", "2026-03-31");
    let path = fixture("youtube-table.csv");
    let preview = preview_posts(&store, &path, None).expect("preview");
    assert!(preview.needs_partner);
    assert!(import_posts(&mut store, &path, None, false).is_err(), "no partner chosen");
    assert!(posts(&store).is_empty());
    let report = import_posts(&mut store, &path, Some(maya), false).expect("import");
    assert_eq!(report.posts_new, 4, "{report:#?}");
    assert_eq!(report.notes.len(), 2, "the total row and the members' video: {:?}", report.notes);
    // Likes 210 + 95 + 58 + 131, shares 12 + 7 + 3 + 11; the id with a leading space is trimmed.
    assert_eq!(sums(&store, Platform::Youtube), (0, 494, 0, 33, 0));
    assert!(
        posts(&store)
            .iter()
            .any(|p| p.post.fields.url.as_deref() == Some("https://www.youtube.com/watch?v=-Hq3Zp0Lw9E"))
    );
}

#[test]
fn an_account_no_partner_has_is_named_and_nothing_is_written() {
    let (_dir, mut store, _) = shop_with_maya("2026-03-01", "2026-03-31");
    let path = fixture("meta-content-es.csv");
    let preview = preview_posts(&store, &path, None).expect("preview");
    assert_eq!(preview.unknown_accounts, ["Instagram @ana.bordados"]);
    let err = import_posts(&mut store, &path, None, false).expect_err("unknown account");
    assert!(err.to_string().contains("@ana.bordados"), "{err}");
    assert!(posts(&store).is_empty());
}
