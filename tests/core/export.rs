//! CSV exports read back as a spreadsheet would: every row there, names intact (accents, CJK), text that
//! looks like a formula neutralized, amounts as plain numbers.

use locallift::export::ExportKind;
use locallift::model::{CampaignInput, CampaignPartnerInput};

use crate::{day, fresh, partner};

fn read(path: &std::path::Path) -> (String, Vec<Vec<String>>) {
    let bytes = std::fs::read(path).expect("read");
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let text = String::from_utf8(bytes[if bom { 3 } else { 0 }..].to_vec()).expect("utf-8");
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    let rows = r.records().map(|x| x.expect("row").iter().map(str::to_string).collect()).collect();
    (if bom { "bom".into() } else { "none".into() }, rows)
}

#[test]
fn partners_campaigns_and_results_export_safely_and_read_back() {
    let (dir, mut store) = fresh();
    let evil = store.create_partner(&partner("=HYPERLINK(\"http://evil.example\",\"click\")"), &[]).expect("partner");
    let zoe = store.create_partner(&partner("Zoë 生日 Adler"), &[]).expect("partner");
    let c = store
        .create_campaign(&CampaignInput {
            name: "+Spring, \"quoted\"".into(),
            start: day("2026-03-01"),
            end: day("2026-03-14"),
            goal: String::new(),
            window_days: 7,
            other_costs_minor: 1_250,
            owner_hours: 0.0,
            notes: String::new(),
        })
        .expect("campaign");
    store
        .add_campaign_partner(
            c.id,
            &CampaignPartnerInput {
                partner_id: Some(zoe.id),
                fee_minor: 4_000,
                codes: vec!["ZOE10".into()],
                ..Default::default()
            },
        )
        .expect("terms");

    let path = dir.path().join("partners.csv");
    assert_eq!(store.export_csv(ExportKind::Partners, &path, true).expect("export"), 2);
    let (bom, rows) = read(&path);
    assert_eq!(bom, "bom", "Excel needs the byte-order mark");
    assert_eq!(rows[0][0], "name");
    let names: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert!(names.contains(&"'=HYPERLINK(\"http://evil.example\",\"click\")"), "{names:?}");
    assert!(names.contains(&"Zoë 生日 Adler"));
    assert!(store.partner(evil.id).expect("stored").fields.name.starts_with('='), "the stored name is unchanged");

    let path = dir.path().join("campaigns.csv");
    store.export_csv(ExportKind::Campaigns, &path, false).expect("export");
    let (bom, rows) = read(&path);
    assert_eq!(bom, "none");
    assert_eq!(rows[1][0], "'+Spring, \"quoted\"");
    assert_eq!(rows[1][2..4], ["2026-03-01".to_string(), "2026-03-14".to_string()]);
    assert_eq!(rows[1][9], "12.50", "money in major units, a plain number");

    // A German shop's spreadsheet splits on ";" and reads "12,50" as a number.
    let mut settings = store.shop().expect("shop").settings;
    settings.name = "Blumen Adler".into();
    settings.locale = Some("de-DE".into());
    store.update_shop(&settings).expect("German");
    let path = dir.path().join("kampagnen.csv");
    store.export_csv(ExportKind::Campaigns, &path, false).expect("export");
    let text = std::fs::read_to_string(&path).expect("read");
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(b';')
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("row").iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows[1][0], "'+Spring, \"quoted\"", "a comma inside a name stays inside its field");
    assert_eq!(rows[1][9], "12,50", "a decimal comma");
    assert!(text.lines().next().expect("header").contains(';'));
    // Its header row in German, as the catalogue writes it.
    let german = locallift::i18n::words("de-DE");
    assert_eq!(rows[0][0], german.get("export-campaigns-name", &[]));
    assert_eq!(rows[0][4], german.get("export-campaigns-attribution-window-days", &[]));
    assert_ne!(rows[0][4], "attribution window (days)");
    settings.locale = Some("en-US".into());
    store.update_shop(&settings).expect("back to US English");

    let path = dir.path().join("results.csv");
    store.export_csv(ExportKind::Results { campaign_id: c.id }, &path, true).expect("export");
    let (_, rows) = read(&path);
    assert_eq!(rows.len(), 3, "header, Zoë, the campaign total");
    assert_eq!(rows[1][1], "Zoë 生日 Adler");
    assert_eq!(rows[1][8], "40.00", "cost = fee");
    assert_eq!(rows[1][10], "-100.0", "ROI −100% stays a number (no quote)");
    assert_eq!(rows[2][1], "(campaign total)");
    assert!(matches!(
        store.export_csv(ExportKind::Results { campaign_id: 999 }, &path, true),
        Err(locallift::Error::NotFound { .. })
    ));
}
