//! The PDF documents, read back with poppler's tools (as a reader's PDF viewer would) and, for the coupon
//! sheet, rendered to pixels and scanned for QR codes.

use std::path::Path;
use std::process::Command;

use locallift::attribution::{CampaignSpec, PartnerSpec};
use locallift::model::ListQuery;
use locallift::pdf::{Paper, PdfKind};
use locallift::{Store, demo};

use crate::day;

/// Runs a poppler tool (poppler-utils, installed by `scripts/deps.sh`).
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) is needed by this test: {e}"));
    assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

fn pages(pdf: &Path) -> usize {
    let info = poppler("pdfinfo", &[], pdf);
    let line = info.lines().find(|l| l.starts_with("Pages:")).expect("Pages:");
    line["Pages:".len()..].trim().parse().expect("a number")
}

fn demo_shop(dir: &Path) -> Store {
    let mut store = Store::open(dir.join("shop.sqlite")).expect("open");
    demo::generate(&mut store, day("2026-11-23")).expect("demo");
    store
}

fn campaign(store: &Store, name: &str) -> i64 {
    let all = store.list_campaigns(&ListQuery::default()).expect("list");
    all.into_iter().find(|c| c.fields.name == name).map(|c| c.id).expect(name)
}

#[test]
fn a_campaign_summary_has_its_numbers_names_charts_and_embedded_fonts() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = demo_shop(dir.path());
    let id = campaign(&store, "Print week");
    let results = store.campaign_results(id).expect("results");
    let path = dir.path().join("summary.pdf");
    store.export_pdf(PdfKind::Summary { campaign_id: id }, Paper::Letter, None, &path).expect("pdf");

    let fonts = poppler("pdffonts", &[], &path);
    let embedded: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!embedded.is_empty(), "{fonts}");
    for line in &embedded {
        // name type encoding emb sub uni …: every font embedded (a subset) with a Unicode map.
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert!(cols.contains(&"yes") && !cols.contains(&"no"), "a font not embedded or not searchable: {line}");
    }
    let info = poppler("pdfinfo", &[], &path);
    assert!(info.contains("612 x 792 pts (letter)"), "{info}");

    let text = poppler("pdftotext", &[], &path);
    let t = &results.totals.figures;
    let us = locallift::pdf::Numbers::new(Some("USD"), "en-US");
    for expected in [
        "Print week".to_string(),
        "Campaign summary".into(),
        us.money(t.attributed_net_revenue_minor),
        us.money(t.cost_minor),
        us.money(t.gross_profit_minor),
        "Lucía Fernández".into(),
        "Chloé Martin".into(),
        "How the numbers are made".into(),
        format!("Page 1 of {}", pages(&path)),
    ] {
        assert!(text.contains(&expected), "“{expected}” is not in the summary's text:\n{text}");
    }
    // The charts are vectors with their own text: the leaderboard's and the break-even's labels.
    assert!(text.contains("Gross profit so far"), "chart text is selectable");
    assert!(pages(&path) >= 2);
}

#[test]
fn a_long_partner_list_breaks_across_pages_with_the_header_repeated_and_a4_is_a4() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = demo_shop(dir.path());
    let partners: Vec<PartnerSpec> = (1..=60)
        .map(|i| PartnerSpec {
            name: format!("Partner {i:02} Ñandú"),
            codes: vec![format!("LONGLIST{i:02}")],
            fee_minor: 1_000 * i,
            gifted_cost_minor: 0,
            commission_pct: 5.0,
        })
        .collect();
    let id = store
        .create_campaign_from_spec(&CampaignSpec {
            name: "Sixty partners".into(),
            start: day("2026-02-01"),
            end: day("2026-02-14"),
            window_days: 7,
            other_costs_minor: 0,
            partners,
        })
        .expect("campaign");
    let path = dir.path().join("long.pdf");
    store.export_pdf(PdfKind::Summary { campaign_id: id }, Paper::A4, None, &path).expect("pdf");
    assert!(poppler("pdfinfo", &[], &path).contains("595.28 x 841.89 pts (A4)"));
    let per_page: Vec<String> = (1..=pages(&path))
        .map(|p| poppler("pdftotext", &["-f", &p.to_string(), "-l", &p.to_string()], &path))
        .collect();
    // Table rows carry the method ("None yet": no order used these codes); charts do not.
    let with_table: Vec<&String> = per_page.iter().filter(|t| t.contains("None yet")).collect();
    assert!(with_table.len() >= 2, "60 rows do not fit one page");
    for page in &with_table {
        assert!(page.contains("Net revenue") && page.contains("Commission"), "the header is repeated: {page}");
        assert!(page.contains("Orders") && page.contains("Gross profit"), "header words are never cut: {page}");
    }
    let all = per_page.concat();
    for i in 1..=60 {
        assert!(all.contains(&format!("Partner {i:02} Ñandú")), "partner {i} is in the table");
    }
}

#[test]
fn a_partner_report_holds_that_partners_numbers_and_no_one_elses() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = demo_shop(dir.path());
    let id = campaign(&store, "Print week");
    let results = store.campaign_results(id).expect("results");
    let lucia = results.partners.iter().find(|p| p.name.starts_with("Lucía")).expect("Lucía");
    let path = dir.path().join("lucia.pdf");
    store
        .export_pdf(PdfKind::PartnerReport { campaign_partner_id: lucia.campaign_partner_id }, Paper::A4, None, &path)
        .expect("pdf");
    let text = poppler("pdftotext", &[], &path);
    let us = locallift::pdf::Numbers::new(Some("USD"), "en-US");
    assert!(text.contains("Lucía Fernández"), "{text}");
    assert!(text.contains(&us.money(lucia.figures.attributed_net_revenue_minor)), "{text}");
    assert!(text.contains(&us.money(lucia.figures.commission_owed_minor)), "{text}");
    for other in results.partners.iter().filter(|p| p.campaign_partner_id != lucia.campaign_partner_id) {
        assert!(!text.contains(&other.name), "another partner's name, {}, is in Lucía's report", other.name);
    }
    // What she agreed (the demo's reel and stories) and her ledger: the campaign's fee, her balance over all.
    let ledger = store.partner_ledger(lucia.partner_id.expect("a partner"), None, None).expect("ledger");
    assert!(text.contains("What we agreed") && text.contains("Reel in the shop"), "{text}");
    assert!(text.contains(&format!("fee {}", us.money(lucia.fee_minor))), "{text}");
    let balance = ledger.closing_balance_minor;
    assert!(text.contains(&us.money(balance.abs())), "balance {balance} in {text}");
    assert_eq!(pages(&path), 1);
    // Her code marked leaked: the report says from when her orders stopped counting.
    store.mark_code_leaked(lucia.campaign_partner_id, "lucia10", Some(day("2026-11-01"))).expect("mark");
    store
        .export_pdf(PdfKind::PartnerReport { campaign_partner_id: lucia.campaign_partner_id }, Paper::A4, None, &path)
        .expect("pdf");
    let text = poppler("pdftotext", &[], &path).replace('\n', " ");
    assert!(text.contains("Your code LUCIA10 was shared") && text.contains(&us.day(day("2026-11-01"))), "{text}");

    // For a German window: amounts with a decimal comma and the symbol after them.
    let de = dir.path().join("lucia-de.pdf");
    store
        .export_pdf(
            PdfKind::PartnerReport { campaign_partner_id: lucia.campaign_partner_id },
            Paper::A4,
            Some("de-DE"),
            &de,
        )
        .expect("pdf");
    let german = locallift::pdf::Numbers::new(Some("USD"), "de-DE").money(lucia.figures.attributed_net_revenue_minor);
    assert!(german.contains(',') && german.ends_with('$'), "{german}");
    // (pdftotext gives the no-break space before the symbol as a plain one)
    let text = poppler("pdftotext", &[], &de).replace('\u{a0}', " ");
    assert!(text.contains(&german.replace('\u{a0}', " ")), "{german} in the German report:\n{text}");
}

/// "Łódź Run Club 東京" must not lose 東京 on a computer without a CJK font: the PDFs bundle one (Droid Sans
/// Fallback) and embed only the glyphs they use; a character no font has is reported, not silently lost.
#[test]
fn names_in_the_shipped_scripts_read_back_whole_and_a_character_no_font_has_is_reported() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = demo_shop(dir.path());
    let id = campaign(&store, "Print week");
    let lucia =
        store.campaign_detail(id).expect("detail").partners.into_iter().find(|p| p.member_name.starts_with("Lucía"));
    let partner_id = lucia.as_ref().and_then(|p| p.fields.partner_id).expect("Lucía");
    let mut fields = store.partner(partner_id).expect("partner").fields;
    fields.name = "Łódź Lucía 王芳 東京 Fernández".into();
    store.update_partner(partner_id, &fields).expect("rename");
    let path = dir.path().join("cjk.pdf");
    let cp = lucia.expect("Lucía").id;
    let missing =
        store.export_pdf(PdfKind::PartnerReport { campaign_partner_id: cp }, Paper::A4, None, &path).expect("pdf");
    assert!(missing.is_empty(), "every character has a font: {missing:?}");
    let fonts = poppler("pdffonts", &[], &path);
    assert!(
        fonts.contains("DroidSansFallback"),
        "the bundled CJK fallback is embedded, whatever the computer has:\n{fonts}"
    );
    assert!(poppler("pdftotext", &[], &path).contains("Łódź Lucía 王芳 東京 Fernández"), "the name reads back whole");
    // Only the glyphs used are embedded: a 4 MB font adds a few kilobytes.
    let size = std::fs::metadata(&path).expect("size").len();
    assert!(size < 400_000, "the fallback is a subset: {size} bytes");

    // A character no font has (a private-use code point) is a box, and the owner is told which.
    fields.name = "Lucía \u{E000} Fernández".into();
    store.update_partner(partner_id, &fields).expect("rename");
    let missing =
        store.export_pdf(PdfKind::PartnerReport { campaign_partner_id: cp }, Paper::A4, None, &path).expect("pdf");
    assert_eq!(missing, vec!['\u{E000}']);
}

/// Reads a binary PGM (what `pdftoppm -gray` writes) as (width, height, pixels).
fn read_pgm(path: &Path) -> (usize, usize, Vec<u8>) {
    let bytes = std::fs::read(path).expect("pgm");
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let (w, h): (usize, usize) = (fields[1].parse().expect("w"), fields[2].parse().expect("h"));
    (w, h, bytes[at + 1..].to_vec())
}

#[test]
fn every_coupon_qr_code_scans_back_to_its_code() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = demo_shop(dir.path());
    let mut expected = Vec::new();
    let mut scanned = Vec::new();
    for name in ["Print week", "Spring repotting week"] {
        let id = campaign(&store, name);
        let detail = store.campaign_detail(id).expect("detail");
        expected.extend(detail.partners.iter().flat_map(|p| p.fields.codes.clone()));
        let path = dir.path().join(format!("{id}.pdf"));
        store.export_pdf(PdfKind::Coupons { campaign_id: id }, Paper::Letter, None, &path).expect("pdf");
        let text = poppler("pdftotext", &[], &path);
        let prefix = dir.path().join(format!("page-{id}"));
        let status = Command::new("pdftoppm")
            .args(["-gray", "-r", "150"])
            .arg(&path)
            .arg(&prefix)
            .status()
            .expect("pdftoppm (poppler-utils)");
        assert!(status.success());
        for entry in std::fs::read_dir(dir.path()).expect("dir") {
            let file = entry.expect("entry").path();
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            if !name.starts_with(&format!("page-{id}")) {
                continue;
            }
            let (w, h, pixels) = read_pgm(&file);
            let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
            for grid in image.detect_grids() {
                let (_, content) = grid.decode().expect("a QR code that decodes");
                assert!(text.contains(&content), "the code {content} is also printed as text");
                scanned.push(content);
            }
        }
    }
    expected.sort();
    scanned.sort();
    assert_eq!(scanned, expected, "one scannable QR code per promo code, reading back the code");
}

#[test]
fn a_campaign_without_codes_has_no_coupon_sheet_and_the_cli_writes_a_summary() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = demo_shop(dir.path());
    let id = store
        .create_campaign_from_spec(&CampaignSpec {
            name: "Walk-ins only".into(),
            start: day("2026-10-01"),
            end: day("2026-10-05"),
            window_days: 0,
            other_costs_minor: 0,
            partners: vec![PartnerSpec {
                name: "Riverside Runners".into(),
                codes: vec![],
                fee_minor: 0,
                gifted_cost_minor: 0,
                commission_pct: 0.0,
            }],
        })
        .expect("campaign");
    let path = dir.path().join("none.pdf");
    let refused = store.export_pdf(PdfKind::Coupons { campaign_id: id }, Paper::A4, None, &path);
    assert!(matches!(refused, Err(locallift::Error::Invalid(_))), "{refused:?}");
    assert!(!path.exists(), "nothing written");
    drop(store);

    let out = dir.path().join("cli.pdf");
    let db = dir.path().join("shop.sqlite");
    let run = Command::new(env!("CARGO_BIN_EXE_locallift"))
        .arg("--db")
        .arg(&db)
        .args(["report", "Spring repotting week", "--pdf"])
        .arg(&out)
        .output()
        .expect("runs");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(poppler("pdftotext", &[], &out).contains("Spring repotting week"));
    let run = Command::new(env!("CARGO_BIN_EXE_locallift"))
        .arg("--db")
        .arg(&db)
        .args(["report", "Spring repotting week", "--partner", "Nobody", "--pdf"])
        .arg(dir.path().join("x.pdf"))
        .output()
        .expect("runs");
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("is not a partner"), "a clear error");
}

/// Every campaign summary of the demo shop: a walk-in partner is its lift and ROI range, never a −100%
/// loss; "Did it pay for itself?" is answered in a sentence; a section stands only where it applies (no
/// "Sales lift" for a code-only campaign without an estimate, no "ROI by partner" without an ROI); a
/// heading is never the last thing on a page.
#[test]
fn demo_summaries_show_walk_ins_as_ranges_answer_the_question_and_keep_headings_with_their_content() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = demo_shop(dir.path());
    let mut walk_in_seen = false;
    for c in store.list_campaigns(&ListQuery::default()).expect("list") {
        let results = store.campaign_results(c.id).expect("results");
        let path = dir.path().join(format!("{}.pdf", c.id));
        store.export_pdf(PdfKind::Summary { campaign_id: c.id }, Paper::Letter, None, &path).expect("pdf");
        let text = poppler("pdftotext", &["-layout"], &path);
        let name = &c.fields.name;
        assert!(
            ["Yes: ", "No: ", "Not yet: ", "Only its sales lift can tell", "Not measurable yet", "Nothing was spent"]
                .iter()
                .any(|v| text.contains(v)),
            "{name}: a verdict under 'Did it pay for itself?'"
        );
        for p in results.partners.iter().filter(|p| p.method == locallift::attribution::Method::Lift) {
            walk_in_seen = true;
            let row = text.lines().find(|l| l.contains(&p.name[..10])).expect("the walk-in partner's row");
            assert!(!row.contains("−100%"), "{name}: {} is no loss: {row}", p.name);
            assert!(row.contains("Sales lift"), "{name}: {row}");
        }
        let has_lift = results.partners.iter().any(|p| p.method == locallift::attribution::Method::Lift)
            || results.lift.low_minor.is_some();
        let section = text.lines().any(|l| l.trim() == "Sales lift");
        assert_eq!(section, has_lift, "{name}: the lift section only where it applies");
        // A heading alone at a page's foot: the last text line of a page (before the footer) is a heading.
        for page in text.split('\u{c}').filter(|p| !p.trim().is_empty()) {
            let lines: Vec<&str> = page.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            let before_footer = lines.iter().rev().nth(1).copied().unwrap_or("");
            for heading in ["Partners", "Revenue by partner", "Did it pay for itself?", "ROI by partner", "Sales lift"]
            {
                assert_ne!(before_footer, heading, "{name}: '{heading}' left alone at a page's foot");
            }
        }
    }
    assert!(walk_in_seen, "the demo has walk-in partners");
}

/// The documents in the owner's language: a German campaign summary has German headings, cards, verdict and
/// page numbers, German money ("1.234,56 $") and German words in its charts; a German statement and coupon
/// sheet too; a Japanese summary reads back in Japanese with every character in a font.
#[test]
fn documents_speak_the_language_of_their_locale() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = demo_shop(dir.path());
    let id = campaign(&store, "Print week");
    let results = store.campaign_results(id).expect("results");
    let path = dir.path().join("zusammenfassung.pdf");
    let missing = store.export_pdf(PdfKind::Summary { campaign_id: id }, Paper::A4, Some("de-DE"), &path).expect("pdf");
    assert!(missing.is_empty(), "{missing:?}");
    // (pdftotext gives a no-break space as a plain one)
    let text = poppler("pdftotext", &[], &path).replace('\u{a0}', " ");
    let t = &results.totals.figures;
    let de = locallift::pdf::Numbers::new(Some("USD"), "de-DE");
    let money = |minor: i64| de.money(minor).replace('\u{a0}', " ");
    for expected in [
        "Print week".to_string(),
        "Zusammenfassung der Kampagne".into(),
        "Zugeordneter Nettoumsatz".into(),
        "Rohertrag".into(),
        "Nettoumsatz".into(),
        "Provision".into(),
        "Hat sich die Kampagne bezahlt gemacht?".into(),
        "So entstehen die Zahlen".into(),
        money(t.attributed_net_revenue_minor),
        money(t.cost_minor),
        money(t.gross_profit_minor),
        format!("Seite 1 von {}", pages(&path)),
        // The charts' own words: the break-even legend.
        "Rohertrag bisher".into(),
    ] {
        assert!(text.contains(&expected), "“{expected}” is not in the German summary:\n{text}");
    }
    assert!(money(t.cost_minor).ends_with(" $") && money(t.cost_minor).contains(','), "German money");
    assert!(
        ["Ja: ", "Nein: ", "Noch nicht: ", "Das kann nur das Umsatzplus", "Noch nicht messbar", "Dafür wurde nichts"]
            .iter()
            .any(|v| text.contains(v)),
        "a German verdict:\n{text}"
    );
    for english in
        ["Campaign summary", "How the numbers are made", "Did it pay for itself?", "Page 1 of", "Gross profit"]
    {
        assert!(!text.contains(english), "“{english}” is left in English:\n{text}");
    }

    let detail = store.campaign_detail(id).expect("detail");
    let coupons = dir.path().join("gutscheine.pdf");
    store.export_pdf(PdfKind::Coupons { campaign_id: id }, Paper::A4, Some("de-DE"), &coupons).expect("pdf");
    let text = poppler("pdftotext", &[], &coupons);
    assert!(text.contains("Zeigen Sie diesen Code an der Kasse") && text.contains("Gültig"), "{text}");
    let partner = detail.partners.iter().find_map(|p| p.fields.partner_id).expect("a partner");
    let statement = dir.path().join("abrechnung.pdf");
    store
        .export_pdf(
            PdfKind::Statement { partner_id: partner, from: None, to: None },
            Paper::A4,
            Some("de-DE"),
            &statement,
        )
        .expect("pdf");
    let text = poppler("pdftotext", &[], &statement);
    for expected in ["Abrechnung", "Anfangssaldo", "Schlusssaldo", "Buchungen", "Honorare"] {
        assert!(text.contains(expected), "“{expected}” is not in the German statement:\n{text}");
    }

    let ja = dir.path().join("matome.pdf");
    let missing = store.export_pdf(PdfKind::Summary { campaign_id: id }, Paper::A4, Some("ja-JP"), &ja).expect("pdf");
    assert!(missing.is_empty(), "every Japanese character has a font: {missing:?}");
    let text = poppler("pdftotext", &[], &ja);
    // The headings as the Japanese catalogue writes them.
    let ja_words = locallift::i18n::words("ja-JP");
    let how = ja_words.get("report-heading-how", &[]);
    let kicker = ja_words.get("report-summary-kicker", &[("shop", "X".into())]);
    let kicker = kicker.trim_start_matches('X').trim_start_matches([' ', '·']);
    assert!(text.contains(kicker) && text.contains(&how), "{kicker} / {how}: {text}");
}
