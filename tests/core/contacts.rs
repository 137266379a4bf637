//! Partner spreadsheets shaped after real files (`tests/fixtures/contacts/`, sources in its README): each
//! imported into a fresh shop gives the partners, accounts and problems worked out by hand in its
//! `.expected.json`; a second import changes nothing; undo puts the shop back exactly.

use std::path::{Path, PathBuf};

use locallift::Store;
use locallift::import::contacts::{PersonOutcome, import_partners, preview_partners};
use locallift::model::{ContactColumn, ContactMapping, PartnerAccounts, Platform};
use serde_json::Value;

use crate::{day, fresh};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contacts").join(name)
}

fn expected(name: &str) -> Value {
    // `creators.expected.json` for `creators.csv`; the workbooks keep their extension (`creators.xlsx.expected.json`).
    let stem = name.strip_suffix(".csv").unwrap_or(name);
    let path = fixture(&format!("{stem}.expected.json"));
    serde_json::from_slice(&std::fs::read(&path).expect("expected json")).expect("json")
}

/// The partners as the expectations write them, sorted by name, accounts by platform and handle.
fn stored(store: &Store) -> Vec<Value> {
    let today = store.today().expect("today").to_string();
    let mut out: Vec<Value> = store
        .partners_with_accounts()
        .expect("partners")
        .into_iter()
        .map(|PartnerAccounts { partner, accounts }| {
            let f = partner.fields;
            let mut accounts: Vec<Value> = accounts
                .into_iter()
                .map(|a| {
                    serde_json::json!({
                        "platform": a.fields.platform.as_str(),
                        "handle": a.fields.handle,
                        "followers": a.fields.followers,
                        "engagement_pct": a.fields.engagement_pct,
                        // The import's day is the shop's today when the sheet gives none.
                        "as_of": if a.history.is_empty() || a.fields.as_of.to_string() == today { Value::Null } else { a.fields.as_of.to_string().into() },
                    })
                })
                .collect();
            accounts.sort_by_key(|a| (a["platform"].to_string(), a["handle"].to_string()));
            serde_json::json!({
                "name": f.name, "email": f.email, "phone": f.phone, "city": f.city, "neighborhood": f.neighborhood,
                "niches": f.niches, "stage": f.stage.as_str(), "accounts": accounts,
            })
        })
        .collect();
    out.sort_by_key(|p| p["name"].to_string());
    out
}

/// The expectation's partners in the same order, followers of accounts without a count as 0 (stored so).
fn wanted(expected: &Value) -> Vec<Value> {
    let mut out: Vec<Value> = expected["partners"].as_array().expect("partners").clone();
    for p in &mut out {
        let accounts = p["accounts"].as_array_mut().expect("accounts");
        for a in accounts.iter_mut() {
            if a["followers"].is_null() {
                a["followers"] = 0.into();
                a["as_of"] = Value::Null;
            }
        }
        accounts.sort_by_key(|a| (a["platform"].to_string(), a["handle"].to_string()));
    }
    out.sort_by_key(|p| p["name"].to_string());
    out
}

/// Engagement compared to the hundredth (0.034 × 100 is not exactly 3.4), everything else exactly.
fn assert_same(got: &[Value], want: &[Value], file: &str) {
    assert_eq!(got.len(), want.len(), "{file}: partners\n got {got:#?}\nwant {want:#?}");
    for (g, w) in got.iter().zip(want) {
        let mut g = g.clone();
        let mut w = w.clone();
        for (ga, wa) in
            g["accounts"].as_array_mut().expect("a").iter_mut().zip(w["accounts"].as_array_mut().expect("a"))
        {
            let (x, y) = (ga["engagement_pct"].as_f64(), wa["engagement_pct"].as_f64());
            match (x, y) {
                (Some(x), Some(y)) => assert!((x - y).abs() < 0.01, "{file}: {} engagement {x} vs {y}", w["name"]),
                (None, None) => {}
                _ => panic!("{file}: {} engagement {x:?} vs {y:?}", w["name"]),
            }
            ga["engagement_pct"] = Value::Null;
            wa["engagement_pct"] = Value::Null;
        }
        assert_eq!(g, w, "{file}");
    }
}

fn problems(expected: &Value) -> Vec<(u64, Option<String>)> {
    expected["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| (p["line"].as_u64().expect("line"), p["column"].as_str().map(str::to_string)))
        .collect()
}

fn top_influencers_mapping() -> ContactMapping {
    let ig = Some(Platform::Instagram);
    let mut columns = vec![None; 10];
    columns[1] = Some(ContactColumn::Handle { platform: ig });
    columns[4] = Some(ContactColumn::Followers { platform: ig });
    columns[6] = Some(ContactColumn::Engagement { platform: ig });
    ContactMapping { columns }
}

fn check_file(file: &str, mapping: Option<ContactMapping>) {
    let (_dir, mut store) = fresh();
    let want = expected(file);
    let path = fixture(file);
    let preview = preview_partners(&store, &path, mapping.clone()).expect("preview");
    let got: Vec<_> = preview.problems.iter().map(|p| (p.line, p.column.clone())).collect();
    assert_eq!(got, problems(&want), "{file}: problems {:#?}", preview.problems);
    assert_eq!(preview.partners_new, want["new"].as_u64().expect("new"), "{file}: new {:#?}", preview.people);
    // With problems and without "skip invalid", nothing is written.
    if preview.problem_count > 0 {
        assert!(import_partners(&mut store, &path, mapping.clone(), false).is_err());
        assert!(store.partners_with_accounts().expect("partners").is_empty(), "{file}: nothing written");
    }
    let report = import_partners(&mut store, &path, mapping.clone(), true).expect("import");
    assert_eq!(report.partners_new, want["new"].as_u64().expect("new"));
    assert_same(&stored(&store), &wanted(&want), file);
    // A second import of the same file changes nothing and writes no import.
    let again = import_partners(&mut store, &path, mapping, true).expect("again");
    assert_eq!((again.partners_new, again.partners_updated), (0, 0), "{file}: {:#?}", again.people);
    assert_eq!(again.partners_unchanged, report.partners_new, "{file}");
    assert!(again.seen_before && again.import.is_none());
    // Undo leaves the shop as it was.
    let import = report.import.expect("written");
    store.undo_contact_import(import.id).expect("undo");
    assert!(store.partners_with_accounts().expect("partners").is_empty(), "{file}: undone");
}

#[test]
fn each_partner_sheet_imports_as_worked_out_by_hand() {
    for file in [
        "creators.csv",
        "accounts.csv",
        "b8shield-affiliates.csv",
        "uppromote-import.csv",
        "creators.xlsx",
        "creators.ods",
    ] {
        check_file(file, None);
    }
    check_file("top-influencers-shape.csv", Some(top_influencers_mapping()));
}

#[test]
fn a_later_sheet_updates_readings_and_adds_without_duplicating_and_undo_restores() {
    let (_dir, mut store) = fresh();
    import_partners(&mut store, &fixture("creators.csv"), None, true).expect("first");
    let before = stored(&store);
    let maya = store
        .partners_with_accounts()
        .expect("p")
        .into_iter()
        .find(|p| p.partner.fields.name == "Maya Lopez")
        .expect("maya");
    store.set_today(Some(day("2026-06-01")));
    let want = expected("creators-v2.csv");
    let report = import_partners(&mut store, &fixture("creators-v2.csv"), None, true).expect("v2");
    assert_eq!(
        (report.partners_new, report.partners_updated, report.partners_unchanged),
        (1, 4, 10),
        "{:#?}",
        report.people
    );
    assert_eq!(report.problems.iter().map(|p| p.line).collect::<Vec<_>>(), [11]);
    assert_eq!(report.people.iter().filter(|p| p.outcome == PersonOutcome::New).count(), 1);
    // Every partner as the v2 sheet has them, follower counts the latest readings; the first import's
    // readings stay in the history (growth shows).
    let got = stored(&store);
    let mut want_list = wanted(&want);
    for p in &mut want_list {
        for a in p["accounts"].as_array_mut().expect("a") {
            a["as_of"] = Value::Null;
        }
    }
    let mut got_cmp = got.clone();
    for p in &mut got_cmp {
        for a in p["accounts"].as_array_mut().expect("a") {
            a["as_of"] = Value::Null;
        }
    }
    assert_same(&got_cmp, &want_list, "creators-v2.csv");
    let maya_now =
        store.partners_with_accounts().expect("p").into_iter().find(|p| p.partner.id == maya.partner.id).expect("maya");
    let ig = maya_now.accounts.iter().find(|a| a.fields.platform == Platform::Instagram).expect("ig");
    assert_eq!(ig.history.len(), 2, "two readings: {:?}", ig.history);
    // Undo: the shop is as the first import left it.
    let id = report.import.expect("written").id;
    store.undo_contact_import(id).expect("undo");
    store.set_today(Some(day("2026-05-01")));
    assert_eq!(stored(&store), before);
}

#[test]
fn an_import_cannot_be_undone_under_a_later_one_or_once_its_partner_is_in_a_campaign() {
    let (_dir, mut store) = fresh();
    let first = import_partners(&mut store, &fixture("creators.csv"), None, true).expect("first").import.expect("w");
    store.set_today(Some(day("2026-06-01")));
    let second = import_partners(&mut store, &fixture("creators-v2.csv"), None, true).expect("v2").import.expect("w");
    let err = store.undo_contact_import(first.id).expect_err("a later import stands");
    assert!(err.to_string().contains("undo that import first"), "{err}");
    store.undo_contact_import(second.id).expect("the later one first");
    assert!(store.undo_contact_import(second.id).is_err(), "undone already");
    store.undo_contact_import(first.id).expect("then the first");
    assert!(store.list_contact_imports().expect("list").iter().all(|i| i.undone_at.is_some()));
}

#[test]
fn the_mapping_chosen_is_offered_again_for_the_same_header() {
    let (_dir, mut store) = fresh();
    let path = fixture("top-influencers-shape.csv");
    let suggested = preview_partners(&store, &path, None).expect("preview");
    assert_eq!(suggested.mapping_source, locallift::import::contacts::MappingSource::Suggested);
    import_partners(&mut store, &path, Some(top_influencers_mapping()), false).expect("import");
    let again = preview_partners(&store, &path, None).expect("again");
    assert_eq!(again.mapping_source, locallift::import::contacts::MappingSource::Saved);
    assert_eq!(again.mapping, top_influencers_mapping());
    assert_eq!(again.partners_unchanged, 5);
}

#[test]
fn a_community_sheet_makes_communities_with_their_leaders_once_and_undo_takes_them_back() {
    let (_dir, mut store) = fresh();
    import_partners(&mut store, &fixture("creators.csv"), None, true).expect("partners");
    let path = fixture("communities.csv");
    let preview = locallift::import::contacts::preview_communities(&store, &path, None).expect("preview");
    // Line 7 has no name, line 8 "lots" of members; line 6 is Alberta Run Club again (its note is added).
    let problems: Vec<_> = preview.problems.iter().map(|p| (p.line, p.column.clone())).collect();
    assert_eq!(problems, [(7, Some("Group".to_string())), (8, Some("Members".to_string()))], "{preview:#?}");
    assert_eq!(preview.partners_new, 4);
    assert!(preview.notes.iter().any(|n| n.english().contains("Someone Unknown")), "{:?}", preview.notes);
    let report = locallift::import::contacts::import_communities(&mut store, &path, None, true).expect("import");
    let all = store.list_communities(&locallift::model::ListQuery::default()).expect("list");
    assert_eq!(all.len(), 4);
    let alberta = all.iter().find(|c| c.fields.name == "Alberta Run Club").expect("alberta");
    assert_eq!(alberta.fields.kind, locallift::model::CommunityKind::StravaClub);
    assert_eq!(alberta.fields.size, Some(1_240));
    assert_eq!(alberta.leader_name.as_deref(), Some("Maya Lopez"));
    assert_eq!(alberta.fields.notes, "Thursday 6pm runs\nShoe brand sponsor wanted");
    let swap = all.iter().find(|c| c.fields.name == "PDX Plant Swap").expect("swap");
    assert_eq!(swap.fields.kind, locallift::model::CommunityKind::Discord, "from the link");
    assert_eq!(swap.fields.stage, locallift::model::Stage::Negotiating);
    let parents = all.iter().find(|c| c.fields.name == "Sellwood Parents").expect("parents");
    assert_eq!((parents.fields.size, parents.fields.topic.as_deref()), (Some(3_200), Some("parents, kids")));
    // Again: nothing changes.
    let again = locallift::import::contacts::import_communities(&mut store, &path, None, true).expect("again");
    assert_eq!((again.partners_new, again.partners_updated, again.partners_unchanged), (0, 0, 4));
    assert!(again.import.is_none());
    store.undo_contact_import(report.import.expect("written").id).expect("undo");
    assert!(store.list_communities(&locallift::model::ListQuery::default()).expect("list").is_empty());
}
