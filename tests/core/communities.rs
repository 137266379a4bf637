use locallift::Error;
use locallift::model::{
    CampaignPartnerInput, CommunityInput, CommunityKind, FeedbackInput, FeedbackQuery, ListQuery, Sentiment, Tier,
};

use crate::{day, fresh, invalid_fields, partner};

fn community(name: &str, size: i64) -> CommunityInput {
    CommunityInput {
        name: name.into(),
        kind: CommunityKind::FacebookGroup,
        size: Some(size),
        city: Some("Portland".into()),
        ..Default::default()
    }
}

fn note(sentiment: Sentiment, text: &str, tags: &[&str], on: &str) -> FeedbackInput {
    FeedbackInput {
        day: day(on),
        source: "group post".into(),
        sentiment,
        text: text.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
    }
}

#[test]
fn a_community_with_a_leader_and_a_feedback_log() {
    let (_dir, mut store) = fresh();
    let leader = store.create_partner(&partner("Tomás"), &[]).expect("leader");
    let c = store
        .create_community(&CommunityInput {
            leader_partner_id: Some(leader.id),
            topic: Some("parents".into()),
            ..community("Sellwood Parents", 2_300)
        })
        .expect("community");
    assert_eq!(c.tier, Some(Tier::Nano), "tier from the size");
    assert_eq!(c.leader_name.as_deref(), Some("Tomás"));

    store
        .add_feedback(c.id, &note(Sentiment::Negative, "Pots too pricey for kids", &["price", "kids"], "2026-03-01"))
        .expect("add");
    store
        .add_feedback(c.id, &note(Sentiment::Positive, "Loved the repotting morning", &["event", "kids"], "2026-04-12"))
        .expect("add");
    store.add_feedback(c.id, &note(Sentiment::Neutral, "Label pet-safe plants", &["pets"], "2026-04-20")).expect("add");

    let all = store.list_feedback(c.id, &FeedbackQuery::default()).expect("list");
    assert_eq!(
        all.iter().map(|f| f.fields.day.to_string()).collect::<Vec<_>>(),
        ["2026-04-20", "2026-04-12", "2026-03-01"],
        "newest first"
    );
    let negative =
        store.list_feedback(c.id, &FeedbackQuery { sentiment: Some(Sentiment::Negative), tag: None }).expect("list");
    assert_eq!(negative.len(), 1);
    let kids = store.list_feedback(c.id, &FeedbackQuery { sentiment: None, tag: Some("KIDS".into()) }).expect("list");
    assert_eq!(kids.len(), 2, "tags match case-insensitively");
    let detail = store.community_detail(c.id).expect("detail");
    assert_eq!(detail.feedback_tags[0], "kids", "most used tag first");
    assert_eq!(detail.community.feedback_count, 3);

    assert_eq!(
        invalid_fields(store.add_feedback(c.id, &note(Sentiment::Positive, "   ", &[], "2026-04-21"))),
        ["text"]
    );
}

#[test]
fn community_validation_and_archive_instead_of_delete() {
    let (_dir, mut store) = fresh();
    let bad = CommunityInput {
        url: Some("ftp://x".into()),
        size: Some(-3),
        leader_partner_id: Some(999),
        ..community("", 1)
    };
    assert_eq!(invalid_fields(store.create_community(&bad)), ["name", "url", "size", "leader_partner_id"]);

    let club = store.create_community(&community("Run club", 600)).expect("create");
    let c = store.create_campaign(&crate::campaigns::campaign("Spring", "2026-04-01", "2026-04-30")).expect("campaign");
    store
        .add_campaign_partner(c.id, &CampaignPartnerInput { community_id: Some(club.id), ..Default::default() })
        .expect("join");
    assert!(matches!(store.delete_community(club.id), Err(Error::InUse { .. })));
    store.set_community_archived(club.id, true).expect("archive");
    assert!(store.list_communities(&ListQuery::default()).expect("list").is_empty());
    assert_eq!(
        store.list_communities(&ListQuery { include_archived: true, ..Default::default() }).expect("list").len(),
        1
    );
}
