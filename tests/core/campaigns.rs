use chrono::{TimeZone, Utc};
use locallift::model::{CampaignInput, CampaignPartnerInput, ListQuery, Phase, Platform, PostInput};

use crate::{account, day, fresh, invalid_fields, partner, table_counts};

pub fn campaign(name: &str, start: &str, end: &str) -> CampaignInput {
    CampaignInput {
        name: name.into(),
        goal: String::new(),
        start: day(start),
        end: day(end),
        window_days: 14,
        other_costs_minor: 0,
        owner_hours: 0.0,
        notes: String::new(),
    }
}

fn with_code(partner_id: i64, code: &str) -> CampaignPartnerInput {
    CampaignPartnerInput { partner_id: Some(partner_id), codes: vec![code.into()], ..Default::default() }
}

#[test]
fn a_campaign_that_ends_before_it_starts_is_refused() {
    let (_dir, mut store) = fresh();
    let before = table_counts(&store);
    let bad = CampaignInput {
        window_days: -1,
        other_costs_minor: -100,
        owner_hours: f64::NAN,
        ..campaign("", "2026-04-19", "2026-04-06")
    };
    assert_eq!(
        invalid_fields(store.create_campaign(&bad)),
        ["name", "end", "window_days", "other_costs_minor", "owner_hours"]
    );
    assert_eq!(before, table_counts(&store));
    store.create_campaign(&campaign("One day", "2026-04-06", "2026-04-06")).expect("a one-day campaign is fine");
    assert_eq!(
        invalid_fields(store.create_campaign(&campaign("one DAY", "2026-05-06", "2026-05-06"))),
        ["name"],
        "names are unique"
    );
}

#[test]
fn terms_codes_and_posts_round_trip_with_engagement() {
    let (_dir, mut store) = fresh();
    let maya =
        store.create_partner(&partner("Maya"), &[account(Platform::Instagram, "maya.grows", 8_400)]).expect("partner");
    let c = store
        .create_campaign(&CampaignInput {
            other_costs_minor: 4_500,
            owner_hours: 6.5,
            ..campaign("Spring repotting week", "2026-04-06", "2026-04-19")
        })
        .expect("campaign");
    let cp = store
        .add_campaign_partner(
            c.id,
            &CampaignPartnerInput {
                partner_id: Some(maya.id),
                fee_minor: 15_000,
                gifted_cost_minor: 6_000,
                commission_pct: 10.0,
                codes: vec![" maya15 ".into()],
                tracked_link: Some("https://shop.example/?ref=maya".into()),
                deliverables: "2 posts".into(),
                ..Default::default()
            },
        )
        .expect("terms");
    assert_eq!(cp.fields.codes, ["maya15"]);
    assert_eq!(cp.fields.commission_pct, 10.0);

    let posted_at = Utc.with_ymd_and_hms(2026, 4, 8, 1, 30, 0).single().expect("instant");
    let post = store
        .add_post(
            cp.id,
            &PostInput {
                platform: Platform::Instagram,
                url: Some("https://instagram.com/p/abc".into()),
                posted_at,
                followers_at_post: None,
                reach: None,
                likes: 300,
                comments: 40,
                shares: 10,
                saves: 70,
                clicks: 25,
            },
        )
        .expect("post");
    assert_eq!(post.fields.followers_at_post, Some(8_400), "taken from the account history");
    assert_eq!(post.engagement_pct, Some(5.0), "420 interactions / 8,400 followers");
    assert_eq!(post.fields.posted_at, posted_at);

    let detail = store.campaign_detail(c.id).expect("detail");
    assert_eq!(detail.campaign.fields.owner_hours, 6.5);
    assert_eq!(detail.campaign.codes, ["maya15"]);
    assert_eq!(detail.partners[0].posts.len(), 1);
    assert_eq!(detail.campaign.phase, Phase::Measuring, "ended Apr 19, today May 1 is within 14 days");
    let rows = store.list_posts(&ListQuery { search: Some("spring".into()), ..Default::default() }).expect("posts");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].member_name, "Maya");
}

#[test]
fn a_code_cannot_be_live_in_two_campaigns_at_once() {
    let (_dir, mut store) = fresh();
    let a = store.create_partner(&partner("A"), &[]).expect("partner");
    let b = store.create_partner(&partner("B"), &[]).expect("partner");
    let spring = store.create_campaign(&campaign("Spring", "2026-04-06", "2026-04-19")).expect("campaign");
    store.add_campaign_partner(spring.id, &with_code(a.id, "MAYA15")).expect("first use");

    // Same campaign, another partner: refused.
    assert_eq!(invalid_fields(store.add_campaign_partner(spring.id, &with_code(b.id, "maya15"))), ["codes[0]"]);

    // Starts inside Spring's attribution window (Apr 19 + 14 days = May 3): refused, case-insensitively.
    let overlapping = store.create_campaign(&campaign("May", "2026-05-02", "2026-05-20")).expect("campaign");
    let before = table_counts(&store);
    assert_eq!(invalid_fields(store.add_campaign_partner(overlapping.id, &with_code(b.id, "Maya15"))), ["codes[0]"]);
    assert_eq!(before, table_counts(&store));

    // After the window: allowed.
    let later = store.create_campaign(&campaign("Summer", "2026-05-04", "2026-05-20")).expect("campaign");
    store.add_campaign_partner(later.id, &with_code(b.id, "MAYA15")).expect("reuse after the window");

    // Moving Summer's dates back into Spring's window is refused on the date field.
    let moved = CampaignInput { start: day("2026-04-25"), ..later.fields.clone() };
    assert_eq!(invalid_fields(store.update_campaign(later.id, &moved)), ["end"]);

    // A cancelled campaign frees its codes; reinstating it is refused while another uses the code.
    store.set_campaign_cancelled(spring.id, true).expect("cancel");
    let redo = store.create_campaign(&campaign("April redo", "2026-04-01", "2026-04-15")).expect("campaign");
    store.add_campaign_partner(redo.id, &with_code(b.id, "MAYA15")).expect("free once Spring is cancelled");
    assert_eq!(invalid_fields(store.set_campaign_cancelled(spring.id, false)), ["cancelled"]);
}

#[test]
fn phases_follow_the_shop_local_today() {
    let (_dir, mut store) = fresh();
    let c = store.create_campaign(&campaign("Week", "2026-05-01", "2026-05-07")).expect("campaign");
    for (today, phase) in [
        ("2026-04-30", Phase::Upcoming),
        ("2026-05-01", Phase::Running),
        ("2026-05-07", Phase::Running),
        ("2026-05-21", Phase::Measuring),
        ("2026-05-22", Phase::Finished),
    ] {
        store.set_today(Some(day(today)));
        assert_eq!(store.campaign(c.id).expect("campaign").phase, phase, "on {today}");
    }
    let running =
        store.list_campaigns(&ListQuery { phase: Some(Phase::Finished), ..Default::default() }).expect("list");
    assert_eq!(running.len(), 1);
}

#[test]
fn deleting_a_campaign_takes_its_terms_and_posts_but_never_a_partner() {
    let (_dir, mut store) = fresh();
    let a = store.create_partner(&partner("A"), &[]).expect("partner");
    let c = store.create_campaign(&campaign("Gone", "2026-04-06", "2026-04-19")).expect("campaign");
    store.add_campaign_partner(c.id, &with_code(a.id, "GONE10")).expect("terms");
    store.delete_campaign(c.id).expect("delete");
    assert!(store.partner(a.id).is_ok());
    let counts = table_counts(&store);
    assert!(
        counts.contains(&("campaign_partners".into(), 0)) && counts.contains(&("promo_codes".into(), 0)),
        "{counts:?}"
    );
}
