//! A campaign's charts, drawn once for the Campaign screen and for the PDF summary, so both show the
//! same picture of the same numbers.

use serde::Serialize;
use ts_rs::TS;

use crate::attribution::CampaignResults;
use crate::charts::{self, Theme};
use crate::error::Result;
use crate::format::Numbers;

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
pub fn verdict(results: &CampaignResults, n: &Numbers) -> String {
    let t = &results.totals.figures;
    let (profit, cost) = (n.money(t.gross_profit_minor), n.money(t.cost_minor));
    let still_counting = results.lift.pending_days > 0;
    let range = t.roi_low.zip(t.roi_high).map(|(l, h)| n.roi_range(l, h));
    let counted_roi = t.roi.map_or("—".into(), |r| n.percent(r, true));
    let mut words = if t.cost_minor == 0 {
        "Nothing was spent on it: what it brought is all gain.".to_string()
    } else if t.counted_partners == 0 && t.walk_in_partners > 0 {
        match &range {
            Some(range) => format!("Only its sales lift can tell: ROI {range} (an estimate, 95% range)."),
            None => "Not measurable yet: its partners bring walk-ins, measured by the sales lift, and there is no \
                     estimate yet."
                .to_string(),
        }
    } else if t.gross_profit_minor >= t.cost_minor {
        let daily: Vec<_> = results.daily_profit.iter().map(|d| (d.day, d.gross_profit_minor)).collect();
        match charts::paid_back_on(&daily, t.cost_minor) {
            Some(day) => format!(
                "Yes: gross profit of {profit} covered its cost of {cost} on {} (ROI {counted_roi}).",
                n.day(day)
            ),
            None => format!("Yes: gross profit of {profit} covered its cost of {cost} (ROI {counted_roi})."),
        }
    } else if still_counting {
        format!(
            "Not yet: gross profit of {profit} so far against its cost of {cost}; orders count until {}.",
            n.day(results.window_end)
        )
    } else {
        format!(
            "No: gross profit of {profit} covered {} of its cost of {cost} (ROI {counted_roi}).",
            n.percent(t.gross_profit_minor.max(0) as f64 / t.cost_minor as f64, false)
        )
    };
    if let (Some(range), true) = (range, t.counted_partners > 0) {
        words.push_str(&format!(" With the walk-in partners' sales lift, ROI {range}."));
    }
    words
}
