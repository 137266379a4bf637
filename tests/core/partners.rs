use locallift::Error;
use locallift::model::{ListQuery, PartnerInput, Platform, SortBy, Stage, Tier};

use crate::{account, day, fresh, invalid_fields, partner, table_counts};

#[test]
fn a_partner_with_two_accounts_round_trips() {
    let (_dir, mut store) = fresh();
    let input = PartnerInput {
        email: Some("maya@example.com".into()),
        city: Some("Portland".into()),
        niches: vec!["plants".into(), " Plants ".into(), "interiors".into()],
        stage: Stage::Active,
        values_alignment: Some(5),
        audience_locality_pct: Some(72.5),
        ..partner("  Maya Okafor ")
    };
    let created = store
        .create_partner(
            &input,
            &[account(Platform::Instagram, "@maya.grows", 8_400), account(Platform::Tiktok, "mayagrows", 2_100)],
        )
        .expect("valid partner");
    let detail = store.partner_detail(created.id).expect("detail");
    assert_eq!(detail.partner.fields.name, "Maya Okafor", "names are trimmed");
    assert_eq!(detail.partner.fields.niches, ["plants", "interiors"], "duplicate niches dropped");
    assert_eq!(detail.partner.fields.audience_locality_pct, Some(72.5));
    assert_eq!(detail.partner.tier, Some(Tier::Nano), "tier from the largest account");
    assert_eq!(detail.partner.max_followers, Some(8_400));
    assert_eq!(detail.accounts.len(), 2);
    assert_eq!(detail.accounts[0].fields.handle, "maya.grows", "the @ is not part of a handle");
    assert_eq!(detail.accounts[0].history.len(), 1);

    let edited = store
        .update_partner(created.id, &PartnerInput { notes: "Prefers DMs".into(), ..detail.partner.fields.clone() })
        .expect("update");
    assert_eq!(edited.fields.notes, "Prefers DMs");
}

#[test]
fn tier_is_derived_at_the_boundaries_and_follows_new_readings() {
    let (_dir, mut store) = fresh();
    for (followers, tier) in [
        (999, Tier::Community),
        (1_000, Tier::Nano),
        (10_000, Tier::Micro),
        (100_000, Tier::Macro),
        (1_000_000, Tier::Mega),
    ] {
        let p = store
            .create_partner(&partner(&format!("P{followers}")), &[account(Platform::Instagram, "h", followers)])
            .expect("create");
        assert_eq!(p.tier, Some(tier), "{followers} followers");
    }
    let none = store.create_partner(&partner("No accounts"), &[]).expect("create");
    assert_eq!(none.tier, None);

    // A later reading that crosses 10K moves the partner to micro; an older reading does not override it.
    let p = store.create_partner(&partner("Grower"), &[account(Platform::Instagram, "grower", 9_500)]).expect("create");
    let acc = store.partner_detail(p.id).expect("detail").accounts[0].clone();
    let newer =
        locallift::model::SocialAccountInput { followers: 10_400, as_of: day("2026-04-01"), ..acc.fields.clone() };
    let updated = store.update_account(acc.id, &newer).expect("new reading");
    assert_eq!(updated.history.len(), 2);
    assert_eq!(updated.fields.followers, 10_400);
    assert!(updated.growth_pct.expect("growth") > 9.4 && updated.growth_pct.expect("growth") < 9.5);
    let older =
        locallift::model::SocialAccountInput { followers: 7_000, as_of: day("2026-01-01"), ..acc.fields.clone() };
    let after_old = store.update_account(acc.id, &older).expect("older reading");
    assert_eq!(after_old.fields.followers, 10_400, "the account shows its latest reading");
    assert_eq!(after_old.history.len(), 3);
    assert_eq!(store.partner(p.id).expect("partner").tier, Some(Tier::Micro));
}

#[test]
fn every_validation_rule_names_its_field_and_writes_nothing() {
    let (_dir, mut store) = fresh();
    let before = table_counts(&store);
    let bad = PartnerInput {
        email: Some("maya-at-example".into()),
        values_alignment: Some(6),
        authenticity: Some(0),
        audience_locality_pct: Some(101.0),
        distance_km: Some(-1.0),
        ..partner("   ")
    };
    let mut negative = account(Platform::Instagram, "ok", -5);
    negative.engagement_pct = Some(140.0);
    let mut bad_url = account(Platform::Tiktok, "x", 10);
    bad_url.url = Some("javascript:alert(1)".into());
    let fields = invalid_fields(store.create_partner(&bad, &[negative, bad_url]));
    for field in [
        "name",
        "email",
        "distance_km",
        "values_alignment",
        "authenticity",
        "audience_locality_pct",
        "accounts[0].followers",
        "accounts[0].engagement_pct",
        "accounts[1].url",
    ] {
        assert!(fields.contains(&field.to_string()), "{field} not reported in {fields:?}");
    }
    assert_eq!(before, table_counts(&store), "a refused partner writes nothing");

    let dup = store.create_partner(
        &partner("Dup"),
        &[account(Platform::Instagram, "same", 1), account(Platform::Instagram, "SAME", 2)],
    );
    assert_eq!(invalid_fields(dup), ["accounts[1].handle"]);
}

#[test]
fn a_partner_in_a_campaign_is_archived_not_deleted() {
    let (_dir, mut store) = fresh();
    let p = store.create_partner(&partner("Dev Raman"), &[account(Platform::Strava, "dev", 600)]).expect("create");
    let lonely = store.create_partner(&partner("Never in a campaign"), &[]).expect("create");
    let c = store
        .create_campaign(&crate::campaigns::campaign("Run club spring", "2026-04-01", "2026-04-30"))
        .expect("campaign");
    store
        .add_campaign_partner(
            c.id,
            &locallift::model::CampaignPartnerInput {
                partner_id: Some(p.id),
                codes: vec!["RUN10".into()],
                ..Default::default()
            },
        )
        .expect("join");

    match store.delete_partner(p.id) {
        Err(Error::InUse { campaigns, .. }) => assert_eq!(campaigns, ["Run club spring"]),
        other => panic!("expected InUse, got {other:?}"),
    }
    assert!(store.partner(p.id).is_ok(), "still there");
    let archived = store.set_partner_archived(p.id, true).expect("archive");
    assert!(archived.archived);
    let listed = store.list_partners(&ListQuery::default()).expect("list");
    assert!(listed.iter().all(|r| r.partner.id != p.id), "archived partners leave the list");
    let all = store.list_partners(&ListQuery { include_archived: true, ..Default::default() }).expect("list");
    assert!(all.iter().any(|r| r.partner.id == p.id));
    assert_eq!(store.campaign_detail(c.id).expect("campaign").partners[0].member_name, "Dev Raman", "history kept");

    store.delete_partner(lonely.id).expect("a partner without campaigns can be deleted");
    assert!(matches!(store.partner(lonely.id), Err(Error::NotFound { .. })));
}

#[test]
fn lists_filter_search_and_sort() {
    let (_dir, mut store) = fresh();
    let mk = |store: &mut locallift::Store,
              name: &str,
              city: &str,
              niche: &str,
              stage: Stage,
              followers: i64,
              handle: &str| {
        store
            .create_partner(
                &PartnerInput { city: Some(city.into()), niches: vec![niche.into()], stage, ..partner(name) },
                &[account(Platform::Instagram, handle, followers)],
            )
            .expect("create")
    };
    mk(&mut store, "Ana", "Portland", "plants", Stage::Active, 15_000, "ana_plants");
    mk(&mut store, "Ben", "Portland", "running", Stage::Active, 3_000, "benruns");
    mk(&mut store, "Cleo", "Seattle", "plants", Stage::Prospect, 40_000, "cleo");
    mk(&mut store, "Dora 100%", "portland", "plants", Stage::Active, 12_000, "dora");

    let names = |q: ListQuery, store: &locallift::Store| -> Vec<String> {
        store.list_partners(&q).expect("list").into_iter().map(|r| r.partner.fields.name).collect()
    };
    assert_eq!(
        names(
            ListQuery {
                tier: Some(Tier::Micro),
                stage: Some(Stage::Active),
                city: Some("PORTLAND".into()),
                ..Default::default()
            },
            &store
        ),
        ["Ana", "Dora 100%"],
        "micro, active, in the city (case-insensitive)"
    );
    assert_eq!(
        names(ListQuery { niche: Some("Plants".into()), ..Default::default() }, &store),
        ["Ana", "Cleo", "Dora 100%"]
    );
    assert_eq!(
        names(ListQuery { search: Some("@benr".into()), ..Default::default() }, &store),
        ["Ben"],
        "search by handle"
    );
    assert_eq!(
        names(ListQuery { search: Some("100%".into()), ..Default::default() }, &store),
        ["Dora 100%"],
        "% is literal"
    );
    assert_eq!(
        names(ListQuery { sort: SortBy::Followers, descending: true, ..Default::default() }, &store),
        ["Cleo", "Ana", "Dora 100%", "Ben"]
    );
}

#[test]
fn the_fit_score_weighs_the_factors_it_has_names_the_missing_and_follows_the_settings() {
    let (_dir, mut store) = fresh();
    let mut input = partner("Maya");
    input.audience_locality_pct = Some(60.0);
    input.values_alignment = Some(4);
    let mut insta = account(Platform::Instagram, "maya", 20_000);
    insta.engagement_pct = Some(2.5);
    let maya = store.create_partner(&input, &[insta]).expect("partner");

    // Micro tier, 2.5% in the typical 1.5–3.5% → 70; 60% local → 60; values 4/5 → 75.
    // (70·25 + 60·25 + 75·15) / 65 = 67.3.
    let fit = store.partner_fit(maya.id).expect("fit");
    assert_eq!(fit.score, Some(67));
    let scores: Vec<Option<f64>> = fit.factors.iter().map(|f| f.score).collect();
    assert_eq!(scores, vec![Some(70.0), Some(60.0), Some(75.0), None, None, None]);
    assert_eq!(fit.missing.len(), 3, "authenticity, past ROI and kept agreements are missing: {:?}", fit.missing);
    assert!(fit.factors[0].basis.english().contains("micro tier"), "{}", fit.factors[0].basis);

    // Only engagement counts now: the score is its factor's.
    let mut settings = store.analysis_settings().expect("settings");
    settings.fit_weights = locallift::store::settings::FitWeights {
        engagement: 100,
        locality: 0,
        values: 0,
        authenticity: 0,
        past_roi: 0,
        kept_agreements: 0,
    };
    store.update_analysis_settings(&settings).expect("weights");
    assert_eq!(store.partner_fit(maya.id).expect("fit").score, None, "one weighted factor is not a score");
    settings.fit_weights.locality = 100;
    store.update_analysis_settings(&settings).expect("weights");
    assert_eq!(store.partner_fit(maya.id).expect("fit").score, Some(65));

    settings.fit_weights = locallift::store::settings::FitWeights {
        engagement: 0,
        locality: 0,
        values: 0,
        authenticity: 0,
        past_roi: 0,
        kept_agreements: 0,
    };
    settings.lift_weeks = 2;
    settings.commission_hold_days = 91;
    assert_eq!(
        invalid_fields(store.update_analysis_settings(&settings)),
        vec!["lift_weeks", "engagement", "commission_hold_days"]
    );
}
