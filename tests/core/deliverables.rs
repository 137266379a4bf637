//! Deliverables: filled by posts as they are logged, missed from the shop's local midnight after the due day,
//! and the partner's record of keeping agreements in their fit score.

use chrono::{DateTime, Utc};
use locallift::attribution::{CampaignSpec, PartnerSpec};
use locallift::fit::FitFactorKind;
use locallift::model::{DeliverableInput, DeliverableKind, DeliverableStatus, Platform, PostInput};

use crate::{day, fresh, usd_shop};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("instant")
}

fn post(posted_at: &str) -> PostInput {
    PostInput {
        platform: Platform::Instagram,
        url: Some("https://instagram.com/p/abc".into()),
        posted_at: at(posted_at),
        followers_at_post: Some(5_000),
        reach: Some(2_000),
        likes: 100,
        comments: 10,
        shares: 2,
        saves: 3,
        clicks: 0,
    }
}

#[test]
fn deliverables_are_filled_by_posts_and_missed_from_local_midnight() {
    let (_dir, mut store) = fresh();
    usd_shop(&mut store, "America/New_York");
    let spring = store
        .create_campaign_from_spec(&CampaignSpec {
            name: "Spring".into(),
            start: day("2026-03-01"),
            end: day("2026-03-31"),
            window_days: 7,
            other_costs_minor: 0,
            partners: vec![PartnerSpec {
                name: "Maya".into(),
                codes: vec!["MAYA10".into()],
                fee_minor: 0,
                gifted_cost_minor: 0,
                commission_pct: 0.0,
            }],
        })
        .expect("campaign");
    let cp = store.campaign_detail(spring).expect("detail").partners[0].clone();
    let maya = cp.fields.partner_id.expect("partner");
    store.set_today(Some(day("2026-03-01")));
    let item =
        |kind, due: &str, description: &str| DeliverableInput { kind, description: description.into(), due: day(due) };
    let reel =
        store.add_deliverable(cp.id, &item(DeliverableKind::Reel, "2026-03-10", "Reel in the shop")).expect("reel");
    let story = store.add_deliverable(cp.id, &item(DeliverableKind::Story, "2026-03-20", "2 stories")).expect("story");
    let market = store
        .add_deliverable(cp.id, &item(DeliverableKind::MarketTable, "2026-03-14", "Table at the market"))
        .expect("market");
    assert_eq!(store.deliverable(reel.id).expect("reel").status, DeliverableStatus::Planned);

    // 23:59 on 10 March in New York, on summer time since the 8th (03:59 UTC on the 11th): the reel is due,
    // not missed.
    store.set_clock(at("2026-03-11T03:59:00Z")).expect("clock");
    assert_eq!(store.deliverable(reel.id).expect("reel").status, DeliverableStatus::Due);
    let due: Vec<i64> = store.deliverables_due().expect("due").iter().map(|d| d.id).collect();
    assert_eq!(due, vec![reel.id, market.id], "due within the week, by due day");
    // Midnight in New York: missed.
    store.set_clock(at("2026-03-11T04:00:00Z")).expect("clock");
    assert_eq!(store.deliverable(reel.id).expect("reel").status, DeliverableStatus::Missed);

    // A post logged on 12 March (local) fills the content deliverable due first: the reel, late. The market
    // table is never filled by a post.
    let p = store.add_post(cp.id, &post("2026-03-12T22:00:00Z")).expect("post");
    let reel = store.deliverable(reel.id).expect("reel");
    assert_eq!(
        (reel.status, reel.post_id, reel.done, reel.on_time),
        (DeliverableStatus::Done, Some(p.id), Some(day("2026-03-12")), Some(false))
    );
    assert_eq!(store.deliverable(story.id).expect("story").post_id, None);
    // The owner marks the market table done on the day; the stories are missed after the 20th.
    store.set_today(Some(day("2026-03-14")));
    store.set_deliverable_done(market.id, Some(day("2026-03-14"))).expect("done");
    assert!(matches!(store.set_deliverable_done(story.id, Some(day("2026-03-15"))), Err(locallift::Error::Invalid(_))));
    store.set_today(Some(day("2026-03-21")));
    let record = store.agreement_record(maya).expect("record");
    assert_eq!((record.on_time, record.late, record.missed, record.open), (1, 1, 1, 0));
    // Kept: (1 + 0.5) / 3 = 50.
    let fit = store.partner_fit(maya).expect("fit");
    let kept = fit.factors.iter().find(|f| f.kind == FitFactorKind::KeptAgreements).expect("factor");
    assert_eq!(kept.score, Some(50.0));

    // Deleting the post opens the reel again.
    store.delete_post(p.id).expect("delete post");
    assert_eq!(store.deliverable(reel.id).expect("reel").status, DeliverableStatus::Missed);
    // A deliverable added after a post was logged takes that post.
    let p2 = store.add_post(cp.id, &post("2026-03-18T15:00:00Z")).expect("post");
    assert_eq!(store.deliverable(reel.id).expect("reel").post_id, Some(p2.id), "the open reel, due first");
    let extra = store.add_deliverable(cp.id, &item(DeliverableKind::Post, "2026-03-25", "Feed post")).expect("extra");
    assert_eq!(extra.post_id, None, "the only post already fills the reel");
    store.delete_deliverable(extra.id).expect("delete");
    assert!(matches!(store.deliverable(extra.id), Err(locallift::Error::NotFound { .. })));
}
