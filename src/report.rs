//! A campaign's charts, drawn once for the Campaign screen and for the PDF summary, so both show the
//! same picture of the same numbers.

use serde::Serialize;
use ts_rs::TS;

use crate::attribution::CampaignResults;
use crate::charts::{self, Theme};
use crate::error::Result;
use crate::format::Numbers;
use crate::i18n::Arg;

/// A campaign's charts as SVG.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CampaignCharts {
    /// Attributed net revenue per partner, largest first.
    pub leaderboard_svg: String,
    pub roi_svg: String,
    /// Attributed gross profit added up day by day against the campaign's cost.
    pub break_even_svg: String,
    /// The window's sales against the usual range.
    pub lift_svg: String,
    /// Repeat purchases at 30/60/90 days, partner-brought customers against the shop's others.
    pub repeat_svg: String,
    /// "Did it pay for itself?" answered in one plain sentence (see [`verdict`]).
    pub verdict: String,
    /// Partners left out of the leaderboard and ROI bars (beyond the [`MAX_BARS`] with the largest
    /// revenue): the table beside them lists everyone.
    pub partners_left_out: usize,
}

/// Bars in a partner chart: more are unreadable on a page or a screen.
pub const MAX_BARS: usize = 20;

/// Draws the charts of results already computed, amounts written as `money` says.
///
/// # Errors
/// [`crate::Error::Corrupt`] when plotters cannot draw one of the charts.
pub fn campaign_charts(results: &CampaignResults, theme: Theme, money: &Numbers) -> Result<CampaignCharts> {
    let mut top: Vec<&crate::attribution::PartnerResult> = results.partners.iter().collect();
    top.sort_by_key(|p| std::cmp::Reverse(p.figures.attributed_net_revenue_minor));
    let partners_left_out = top.len().saturating_sub(MAX_BARS);
    top.truncate(MAX_BARS);
    // Counted sales only: a walk-in partner has none (their lift is an estimate, on the ROI chart as a range).
    let net: Vec<(String, i64)> = top
        .iter()
        .filter(|p| p.method != crate::attribution::Method::Lift)
        .map(|p| (p.name.clone(), p.figures.attributed_net_revenue_minor))
        .collect();
    // In the campaign's own order, as the table.
    let roi: Vec<charts::RoiBar> = results
        .partners
        .iter()
        .filter(|p| top.iter().any(|t| t.campaign_partner_id == p.campaign_partner_id))
        .map(|p| charts::RoiBar {
            name: p.name.clone(),
            roi: p.figures.roi,
            lift_range: p.figures.roi_low.zip(p.figures.roi_high),
        })
        .collect();
    // The days with sales data: the break-even line stops there, never drawn flat into days not lived.
    let last_day = results.window_end - chrono::Duration::days(results.lift.pending_days);
    let profit: Vec<_> = results.daily_profit.iter().map(|d| (d.day, d.gross_profit_minor)).collect();
    Ok(CampaignCharts {
        leaderboard_svg: charts::leaderboard(&net, money, theme)?,
        roi_svg: charts::roi_by_partner(&roi, money, theme)?,
        break_even_svg: charts::break_even(
            &profit,
            results.window_start,
            results.window_end,
            last_day,
            results.totals.figures.cost_minor,
            money,
            theme,
        )?,
        lift_svg: charts::lift_band(&results.lift.days, money, theme)?,
        repeat_svg: charts::repeat_curves(&results.totals.figures.repeat, &results.others_repeat, money, theme)?,
        verdict: verdict(results, money),
        partners_left_out,
    })
}

/// "Did it pay for itself?" in one plain sentence, from what the break-even chart shows: yes (and the day
/// gross profit covered the cost), not yet (while the campaign's days are still coming in), or no (and how
/// much of the cost was covered); a campaign with walk-in partners adds the ROI range their sales lift gives.
/// In the language of the locale `n` writes numbers for.
pub fn verdict(results: &CampaignResults, n: &Numbers) -> String {
    let w = crate::i18n::words(n.locale());
    let t = &results.totals.figures;
    let (profit, cost) = (n.money(t.gross_profit_minor), n.money(t.cost_minor));
    let still_counting = results.lift.pending_days > 0;
    let range = t.roi_low.zip(t.roi_high).map(|(l, h)| roi_range(n, l, h));
    let counted_roi = t.roi.map_or("—".into(), |r| n.percent(r, true));
    let money: [(&'static str, Arg); 2] = [("profit", profit.into()), ("cost", cost.into())];
    let with = |more: &[(&'static str, Arg)]| -> Vec<(&'static str, Arg)> {
        money.iter().cloned().chain(more.iter().cloned()).collect()
    };
    let mut words = if t.cost_minor == 0 {
        w.get("report-verdict-free", &[])
    } else if t.counted_partners == 0 && t.walk_in_partners > 0 {
        match &range {
            Some(range) => w.get("report-verdict-lift-only", &[("range", range.into())]),
            None => w.get("report-verdict-not-measurable", &[]),
        }
    } else if t.gross_profit_minor >= t.cost_minor {
        let daily: Vec<_> = results.daily_profit.iter().map(|d| (d.day, d.gross_profit_minor)).collect();
        match charts::paid_back_on(&daily, t.cost_minor) {
            Some(day) => w.get(
                "report-verdict-yes-on",
                &with(&[("day", n.day(day).into()), ("roi", counted_roi.as_str().into())]),
            ),
            None => w.get("report-verdict-yes", &with(&[("roi", counted_roi.as_str().into())])),
        }
    } else if still_counting {
        w.get("report-verdict-not-yet", &with(&[("until", n.day(results.window_end).into())]))
    } else {
        let share = n.percent(t.gross_profit_minor.max(0) as f64 / t.cost_minor as f64, false);
        w.get("report-verdict-no", &with(&[("share", share.into()), ("roi", counted_roi.as_str().into())]))
    };
    if let (Some(range), true) = (range, t.counted_partners > 0) {
        words = join_sentences(&[&words, &w.get("report-verdict-with-lift", &[("range", range.into())])]);
    }
    words
}

/// A sales-lift range (net revenue, 95%) in the words and language of the locale `n` writes for, its ends
/// rounded as [`crate::format::shown_range`] says: "Between $1,200 and $7,900 more than usual (95% range)",
/// "Zwischen 1.200 € und 7.900 € mehr als üblich (95-%-Bereich)"; a range that includes zero says it may
/// be nothing.
pub fn lift_range(n: &Numbers, low_minor: i64, high_minor: i64) -> String {
    let w = crate::i18n::words(n.locale());
    let (low, high) = crate::format::shown_range(low_minor, high_minor, n.exponent());
    let m = |v: i64| n.money_whole(v.abs());
    if low >= 0 {
        w.get("report-lift-more", &[("low", m(low).into()), ("high", m(high).into())])
    } else if high <= 0 {
        w.get("report-lift-less", &[("low", m(high).into()), ("high", m(low).into())])
    } else {
        w.get("report-lift-mixed", &[("less", m(low).into()), ("more", m(high).into())])
    }
}

/// An ROI range from a lift's low and high ends, in the language of the locale `n` writes for:
/// "−30% to +180%", "-30 % bis +180 %".
pub fn roi_range(n: &Numbers, low: f64, high: f64) -> String {
    let (low, high) = (n.percent(low, true), n.percent(high, true));
    crate::i18n::words(n.locale()).get("report-roi-range", &[("low", low.into()), ("high", high.into())])
}

/// Sentences (or a message's lines) one after the other: with a space between them, but none next to a
/// Chinese or Japanese character, which are written without spaces ("…です。次に…"). Empty parts are
/// left out.
pub(crate) fn join_sentences(parts: &[&str]) -> String {
    let wide = |c: Option<char>| c.is_some_and(|c| (c as u32) >= 0x2E80 && !c.is_whitespace());
    let mut out = String::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !out.is_empty() && !wide(out.chars().last()) && !wide(part.chars().next()) {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language's `reports.ftl` parses whole (a message after a syntax error would fall back to
    /// English without a word), and writes the report words in its own language.
    #[test]
    fn the_report_words_parse_in_every_language() {
        for (lang, file, text) in crate::i18n::catalogues().iter().filter(|(_, f, _)| *f == "reports.ftl") {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new((*text).to_string()) {
                panic!("locales/{lang}/{file}: {errors:?}");
            }
        }
        let page =
            |locale: &str| crate::i18n::words(locale).get("report-page", &[("page", 1.into()), ("pages", 12.into())]);
        assert_eq!(page("en-US"), "Page 1 of 12");
        assert_eq!(page("de-DE"), "Seite 1 von 12");
        assert_eq!(page("ja-JP"), "1 / 12 ページ");
    }

    #[test]
    fn ranges_are_written_in_the_locale_and_its_language() {
        let us = Numbers::new(Some("USD"), "en-US");
        assert_eq!(lift_range(&us, 120_637, 787_912), us.lift_range(120_637, 787_912));
        assert_eq!(lift_range(&us, -64_123, -12_345), "Between $120 and $640 less than usual (95% range)");
        assert_eq!(lift_range(&us, -5_049, 20_012), us.lift_range(-5_049, 20_012));
        assert_eq!(roi_range(&us, -0.3, 1.8), "-30% to +180%");
        let de = Numbers::new(Some("EUR"), "de-DE");
        assert_eq!(
            lift_range(&de, 120_637, 787_912),
            "Zwischen 1.200\u{a0}€ und 7.900\u{a0}€ mehr als üblich (95-%-Bereich)"
        );
        assert_eq!(roi_range(&de, -0.3, 1.8), "-30\u{a0}% bis +180\u{a0}%");
        let ja = Numbers::new(Some("JPY"), "ja-JP");
        assert_eq!(roi_range(&ja, -0.3, 1.8), "-30%〜+180%");
    }

    #[test]
    fn sentences_are_joined_with_spaces_but_not_between_japanese_ones() {
        assert_eq!(join_sentences(&["Yes.", "", " With lift. "]), "Yes. With lift.");
        assert_eq!(join_sentences(&["はい。", "ROI +10%。"]), "はい。ROI +10%。");
        assert_eq!(join_sentences(&["注文を", "数えます。"]), "注文を数えます。");
    }

    /// A Japanese walk-in sentence: one partner has no "they share it" sentence (`[1]`), two have.
    #[test]
    fn plural_choices_follow_the_language() {
        let ja = crate::i18n::words("ja-JP");
        assert!(!ja.get("report-walk-ins", &[("count", 1.into())]).contains("均等"));
        assert!(ja.get("report-walk-ins", &[("count", 2.into())]).contains("均等"));
        let en = crate::i18n::english();
        assert!(en.get("report-walk-ins", &[("count", 1.into())]).starts_with("One walk-in partner is"));
        let three = en.get("report-walk-ins", &[("count", 3.into())]).replace('\n', " ");
        assert!(
            three.starts_with("3 walk-in partners are") && three.ends_with("They share the campaign's lift equally.")
        );
        let de = crate::i18n::words("de-DE");
        assert_eq!(
            de.get(
                "report-held-line",
                &[
                    ("campaign", "Frühling".into()),
                    ("commission", "5,00 €".into()),
                    ("sales", "50,00 €".into()),
                    ("orders", 1.into()),
                    ("day", "01.03.2026".into()),
                ]
            ),
            "Frühling: 5,00 € auf 50,00 € Umsatz (1 Bestellung), die erste fällig am 01.03.2026"
        );
    }
}
