//! The campaign summary (for the owner) and the partner report (for one partner: their own numbers only,
//! never the other partners').

use super::layout::{Align, Column, Flow, GOOD, INK, MUTED, prose};
use super::{Numbers, Paper, fonts::Fonts};
use crate::attribution::{CampaignResults, Figures, Method};
use crate::charts::Theme;
use crate::error::Result;
use crate::i18n::Words;
use crate::lift::LiftStatus;
use crate::report::join_sentences;

/// How a partner's orders are counted, as the partners table names it.
fn method(w: &Words, m: Method) -> String {
    match m {
        Method::Code => w.get("report-method-code", &[]),
        Method::Manual => w.get("report-method-manual", &[]),
        Method::CodeAndManual => w.get("report-method-code-and-manual", &[]),
        Method::Survey => w.get("report-method-survey", &[]),
        Method::Lift => w.get("report-method-lift", &[]),
        Method::None => w.get("report-method-none", &[]),
    }
}

fn roi(n: &Numbers, roi: Option<f64>) -> String {
    roi.map_or("—".into(), |r| n.percent(r, true))
}

/// What the lift says, in the owner's words.
fn lift_words(w: &Words, n: &Numbers, r: &CampaignResults) -> String {
    let l = &r.lift;
    match (l.status, l.low_minor, l.high_minor) {
        (LiftStatus::NotEnoughData, ..) | (_, None, _) | (_, _, None) => {
            let notes: Vec<String> = l.notes.iter().map(|m| w.text(m)).collect();
            let notes: Vec<&str> = notes.iter().map(String::as_str).collect();
            w.get("report-lift-no-estimate", &[("note", join_sentences(&notes).into())])
        }
        (status, Some(low), Some(high)) => {
            let range = w.get("report-lift-sentence", &[("range", crate::report::lift_range(n, low, high).into())]);
            let overlap = if status == LiftStatus::Overlap {
                let campaigns = l.overlaps_with.join(", ");
                w.get("report-lift-overlap", &[("campaigns", campaigns.into())])
            } else {
                String::new()
            };
            let notes: Vec<String> = l.notes.iter().map(|m| w.text(m)).collect();
            let mut parts = vec![range.as_str(), overlap.as_str()];
            parts.extend(notes.iter().map(String::as_str));
            join_sentences(&parts)
        }
    }
}

fn header(flow: &mut Flow<'_>, kicker: &str, title: &str, sub: &str) {
    flow.paragraph(kicker, 9.0, false, MUTED);
    flow.paragraph(title, 22.0, true, INK);
    flow.paragraph(sub, 10.0, false, MUTED);
    flow.gap(8.0);
}

/// A row of the partners table: a partner's figures, or the campaign's in total. A walk-in partner (sales
/// lift only) has no counted orders or profit: their share of the lift and the ROI range it gives instead.
fn figures_row(w: &Words, n: &Numbers, name: &str, method: &str, f: &Figures) -> Vec<String> {
    let range = f.roi_low.zip(f.roi_high).map(|(l, h)| crate::report::roi_range(n, l, h));
    if f.counted_partners == 0 && f.walk_in_partners > 0 {
        let lift = f.lift_low_minor.zip(f.lift_high_minor).map_or_else(
            || w.get("report-row-no-estimate", &[]),
            |(l, h)| {
                let (l, h) = crate::format::shown_range(l, h, n.exponent());
                w.get("report-row-lift", &[("low", n.money_whole(l).into()), ("high", n.money_whole(h).into())])
            },
        );
        return vec![
            name.to_string(),
            method.to_string(),
            "—".into(),
            lift,
            "—".into(),
            n.money(f.cost_minor),
            range.unwrap_or_else(|| "—".into()),
            "—".into(),
            n.money(f.commission_owed_minor),
        ];
    }
    let roi = match range {
        Some(range) => w.get("report-row-roi-with-lift", &[("roi", roi(n, f.roi).into()), ("range", range.into())]),
        None => roi(n, f.roi),
    };
    vec![
        name.to_string(),
        method.to_string(),
        n.count(f.attributed_orders),
        n.money(f.attributed_net_revenue_minor),
        n.money(f.gross_profit_minor),
        n.money(f.cost_minor),
        roi,
        n.count(f.new_customers),
        n.money(f.commission_owed_minor),
    ]
}

/// A campaign's summary for the owner, from its results, the campaign and the shop (loaded by the service),
/// in the language of the locale `n` writes numbers for.
///
/// Long because the PDF is one flow written top to bottom, each section placed where the one before it ended.
#[expect(
    clippy::too_many_lines,
    reason = "the PDF is one flow written top to bottom, each section placed where the one before it ended"
)]
pub(crate) fn campaign_summary(
    results: &CampaignResults,
    campaign: &crate::model::Campaign,
    shop: &crate::model::Shop,
    paper: Paper,
    n: &Numbers,
) -> Result<Vec<u8>> {
    let charts = crate::report::campaign_charts(results, Theme::Light, n)?;
    let fonts = Fonts::get()?;
    let w = crate::i18n::words(n.locale());
    let mut flow = Flow::new(paper, fonts, w.clone());
    let c = &campaign.fields;
    header(
        &mut flow,
        &w.get("report-summary-kicker", &[("shop", shop.settings.name.as_str().into())]),
        &c.name,
        &w.get(
            "report-summary-dates",
            &[
                ("start", n.day(c.start).into()),
                ("end", n.day(c.end).into()),
                ("until", n.day(campaign.counts_until).into()),
                ("count", results.partners.len().into()),
            ],
        ),
    );
    if !c.goal.trim().is_empty() {
        flow.paragraph(&w.get("report-goal", &[("goal", c.goal.trim().into())]), 10.0, false, INK);
        flow.gap(6.0);
    }
    let t = &results.totals.figures;
    summary_cards(&mut flow, &w, n, t);
    partners_table(&mut flow, &w, n, results);
    partners_notes(&mut flow, &w, n, results);

    // Sections only where they say something.
    if t.attributed_net_revenue_minor != 0 {
        flow.heading(&w.get("report-heading-revenue", &[]), flow.chart_height(&charts.leaderboard_svg)? + 14.0);
        if charts.partners_left_out > 0 {
            flow.paragraph(
                &w.get(
                    "report-top-partners",
                    &[("shown", crate::report::MAX_BARS.into()), ("more", charts.partners_left_out.into())],
                ),
                9.0,
                false,
                MUTED,
            );
        }
        flow.chart(&charts.leaderboard_svg)?;
    }
    flow.heading(&w.get("report-heading-paid-back", &[]), flow.chart_height(&charts.break_even_svg)? + 30.0);
    flow.paragraph(&charts.verdict, 11.0, true, INK);
    flow.gap(4.0);
    flow.chart(&charts.break_even_svg)?;
    if results.partners.iter().any(|p| p.figures.roi.is_some() || p.figures.roi_low.is_some()) {
        flow.heading(&w.get("report-heading-roi", &[]), flow.chart_height(&charts.roi_svg)?);
        flow.chart(&charts.roi_svg)?;
    }
    // The lift: for walk-in partners, or when it says something of a code-only campaign too.
    let walk_ins = results.partners.iter().any(|p| p.method == Method::Lift);
    if walk_ins || results.lift.low_minor.is_some() {
        flow.heading(&w.get("report-heading-lift", &[]), flow.chart_height(&charts.lift_svg)? + 30.0);
        flow.paragraph(&prose(&lift_words(&w, n, results)), 10.0, false, INK);
        flow.gap(4.0);
        if results.lift.days.iter().any(|d| d.expected_minor.is_some()) {
            flow.chart(&charts.lift_svg)?;
        }
    }
    if t.repeat.iter().chain(&results.others_repeat).any(|r| r.rate.is_some()) {
        flow.heading(&w.get("report-heading-came-back", &[]), flow.chart_height(&charts.repeat_svg)?);
        flow.chart(&charts.repeat_svg)?;
    }

    if !results.conflicts.is_empty() {
        flow.heading(&w.get("report-heading-conflicts", &[]), 40.0);
        flow.paragraph(&w.get("report-conflicts", &[("count", results.conflicts.len().into())]), 9.0, false, INK);
        for c in results.conflicts.iter().take(30) {
            let line = w.get(
                "report-conflict",
                &[
                    ("order", c.order.as_str().into()),
                    ("source", c.source.as_str().into()),
                    ("codes", c.codes.join(", ").into()),
                    ("partner", c.attributed_to.as_str().into()),
                    ("also", c.also_matched.join(", ").into()),
                ],
            );
            flow.paragraph(&line, 8.5, false, MUTED);
        }
    }
    flow.heading(&w.get("report-heading-how", &[]), 60.0);
    flow.paragraph(&prose(&w.get("report-how", &[])), 8.5, false, MUTED);
    if !c.notes.trim().is_empty() {
        flow.heading(&w.get("report-heading-notes", &[]), 30.0);
        flow.paragraph(c.notes.trim(), 9.5, false, INK);
    }
    let names = [("shop", shop.settings.name.as_str().into()), ("campaign", c.name.as_str().into())];
    let footer = w.get("report-summary-footer", &names);
    flow.finish(&w.get("report-summary-title", &names), &footer)
}

/// The summary's cards: the campaign's totals.
fn summary_cards(flow: &mut Flow<'_>, w: &Words, n: &Numbers, t: &Figures) {
    let roi_label = if t.walk_in_partners > 0 { "report-card-roi-counted" } else { "report-card-roi" };
    flow.cards(
        &[
            (w.get("report-card-net-revenue", &[]), n.money(t.attributed_net_revenue_minor)),
            (w.get("report-card-gross-profit", &[]), n.money(t.gross_profit_minor)),
            (w.get("report-card-cost", &[]), n.money(t.cost_minor)),
            (w.get(roi_label, &[]), roi(n, t.roi)),
            (w.get("report-card-orders", &[]), n.count(t.attributed_orders)),
            (w.get("report-card-new-customers", &[]), n.count(t.new_customers)),
            (
                w.get("report-card-cost-per-new-customer", &[]),
                t.cost_per_new_customer_minor.map_or("—".into(), |c| n.money(c)),
            ),
            (w.get("report-card-roas", &[]), t.roas.map_or("—".into(), |r| n.times(r))),
        ],
        4,
    );
}

/// The partners table: each partner's figures and the campaign's total.
fn partners_table(flow: &mut Flow<'_>, w: &Words, n: &Numbers, results: &CampaignResults) {
    let column = |id: &str, width: f32, align: Align| Column::titled(w, id, width, align);
    let columns = [
        column("report-col-partner", 1.55, Align::Left),
        column("report-col-method", 1.1, Align::Left),
        column("report-col-orders", 0.8, Align::Right),
        column("report-col-net-revenue", 1.35, Align::Right),
        column("report-col-gross-profit", 1.25, Align::Right),
        column("report-col-cost", 1.0, Align::Right),
        column("report-col-roi", 1.1, Align::Right),
        column("report-col-new", 0.55, Align::Right),
        column("report-col-commission", 1.35, Align::Right),
    ];
    let label = |p: &crate::attribution::PartnerResult| -> String {
        match p.method {
            Method::Survey => method(w, p.method),
            m if p.figures.survey_orders > 0 => w.get("report-method-and-survey", &[("method", method(w, m).into())]),
            m => method(w, m),
        }
    };
    let mut rows: Vec<Vec<String>> =
        results.partners.iter().map(|p| figures_row(w, n, &p.name, &label(p), &p.figures)).collect();
    rows.push(figures_row(w, n, &w.get("report-row-total", &[]), "", &results.totals.figures));
    flow.heading(&w.get("report-heading-partners", &[]), 60.0);
    flow.table(&columns, &rows, true);
}

/// The notes under the partners table: orders resting on what customers said, walk-in partners, and the
/// costs beyond the partners'.
fn partners_notes(flow: &mut Flow<'_>, w: &Words, n: &Numbers, results: &CampaignResults) {
    let t = &results.totals.figures;
    if t.survey_orders > 0 {
        let share = n.percent(t.survey_orders as f64 / t.attributed_orders.max(1) as f64, false);
        let text = w.get(
            "report-survey-orders",
            &[("said", t.survey_orders.into()), ("orders", t.attributed_orders.into()), ("share", share.into())],
        );
        flow.paragraph(&prose(&text), 8.5, false, MUTED);
    }
    let walk_ins = results.partners.iter().filter(|p| p.method == Method::Lift).count();
    if walk_ins > 0 {
        flow.paragraph(&prose(&w.get("report-walk-ins", &[("count", walk_ins.into())])), 8.5, false, MUTED);
    }
    let extra = results.totals.other_costs_minor + results.totals.owner_time_cost_minor;
    if extra > 0 {
        let text = w.get(
            "report-extra-costs",
            &[
                ("other", n.money(results.totals.other_costs_minor).into()),
                ("time", n.money(results.totals.owner_time_cost_minor).into()),
            ],
        );
        flow.paragraph(&text, 8.5, false, MUTED);
    }
}

/// What a partner report shows beside the campaign's results: which partner, what they agreed to deliver in
/// this campaign, and their ledger (a partner's, not a community's).
pub(crate) struct PartnerExtras<'a> {
    pub campaign_partner_id: i64,
    pub deliverables: &'a [crate::model::Deliverable],
    pub ledger: Option<&'a crate::ledger::Ledger>,
    /// Their codes the owner marked as leaked in this campaign.
    pub leaked: &'a [crate::model::LeakedCode],
}

/// This campaign's share of the partner's ledger, and their balance over every campaign.
fn paid_and_owed(flow: &mut Flow<'_>, w: &Words, ledger: &crate::ledger::Ledger, campaign_id: i64, n: &Numbers) {
    let ours = crate::ledger::Totals::of(ledger.entries.iter().filter(|e| e.campaign_id == Some(campaign_id)));
    let (fee, commission, taken_back) = (ours.fees_minor, ours.commission_minor, ours.taken_back_minor);
    let held = ledger.held.iter().find(|h| h.campaign_id == campaign_id);
    flow.heading(&w.get("report-heading-paid-and-owed", &[]), 60.0);
    let mut lines = vec![if taken_back > 0 {
        w.get(
            "report-so-far-taken-back",
            &[
                ("fee", n.money(fee).into()),
                ("commission", n.money(commission).into()),
                ("taken", n.money(taken_back).into()),
            ],
        )
    } else {
        w.get("report-so-far", &[("fee", n.money(fee).into()), ("commission", n.money(commission).into())])
    }];
    if let Some(h) = held {
        lines.push(w.get(
            "report-held",
            &[
                ("amount", n.money(h.commission_minor).into()),
                ("orders", h.orders.into()),
                ("day", n.day(h.next_due).into()),
                ("days", ledger.hold_days.into()),
            ],
        ));
    }
    let balance = ledger.closing_balance_minor;
    let paid = n.money(ledger.paid_minor);
    lines.push(if balance >= 0 {
        w.get("report-balance-owed", &[("paid", paid.into()), ("balance", n.money(balance).into())])
    } else {
        w.get("report-balance-ahead", &[("paid", paid.into()), ("ahead", n.money(-balance).into())])
    });
    for line in lines {
        flow.paragraph(&prose(&line), 10.5, false, INK);
    }
}

/// What the partner agreed to deliver in this campaign and whether it was.
fn agreed(flow: &mut Flow<'_>, w: &Words, deliverables: &[crate::model::Deliverable], n: &Numbers) {
    use crate::model::DeliverableStatus;
    if deliverables.is_empty() {
        return;
    }
    flow.heading(&w.get("report-heading-agreed", &[]), 40.0);
    for d in deliverables {
        let what = if d.fields.description.is_empty() {
            w.get("report-deliverable-kind", &[("kind", d.fields.kind.as_str().into())])
        } else {
            d.fields.description.clone()
        };
        let (what, due) = (what.into(), n.day(d.fields.due).into());
        let line = match (d.status, d.done, d.on_time) {
            (DeliverableStatus::Done, Some(day), Some(true)) => {
                w.get("report-deliverable-on-time", &[("what", what), ("due", due), ("day", n.day(day).into())])
            }
            (DeliverableStatus::Done, Some(day), _) => {
                w.get("report-deliverable-done", &[("what", what), ("due", due), ("day", n.day(day).into())])
            }
            (DeliverableStatus::Missed, ..) => w.get("report-deliverable-missed", &[("what", what), ("due", due)]),
            _ => w.get("report-deliverable-to-come", &[("what", what), ("due", due)]),
        };
        flow.paragraph(&line, 10.5, false, INK);
    }
}

/// The cards of a partner report: their codes and what came of them.
fn partner_cards(w: &Words, n: &Numbers, p: &crate::attribution::PartnerResult) -> Vec<(String, String)> {
    let f = &p.figures;
    let mut cards: Vec<(String, String)> = if p.method == Method::Lift {
        // Walk-ins: no code, so no counted orders; the campaign's sales lift measures them.
        vec![(w.get("report-card-measured-by", &[]), w.get("report-card-lift-no-code", &[]))]
    } else {
        vec![
            (w.get("report-card-your-codes", &[]), if p.codes.is_empty() { "—".into() } else { p.codes.join(", ") }),
            (w.get("report-card-your-orders", &[]), n.count(f.attributed_orders)),
            (w.get("report-card-sales-net", &[]), n.money(f.attributed_net_revenue_minor)),
            (w.get("report-card-new-customers", &[]), n.count(f.new_customers)),
        ]
    };
    if f.manual_orders > 0 {
        cards.push((w.get("report-card-in-store", &[]), n.count(f.manual_orders)));
    }
    if f.survey_orders > 0 {
        cards.push((w.get("report-card-customer-said", &[]), n.count(f.survey_orders)));
    }
    if let Some((days, rate)) = f.repeat.iter().rev().find_map(|r| r.rate.map(|v| (r.days, v))) {
        cards.push((w.get("report-card-came-back", &[("days", days.into())]), n.percent(rate, false)));
    }
    if p.posts > 0 {
        cards.push((w.get("report-card-posts", &[]), n.count(p.posts)));
        if let Some(e) = p.engagement_pct {
            cards.push((w.get("report-card-engagement", &[]), n.percent_points(e, 1, false)));
        }
    }
    cards
}

/// What the partner earns in the campaign, a line each: fee, gifts, commission.
fn earnings(w: &Words, n: &Numbers, p: &crate::attribution::PartnerResult) -> Vec<String> {
    let mut lines = Vec::new();
    if p.fee_minor > 0 {
        lines.push(w.get("report-earn-fee", &[("amount", n.money(p.fee_minor).into())]));
    }
    if p.gifted_cost_minor > 0 {
        lines.push(w.get("report-earn-gifted", &[("amount", n.money(p.gifted_cost_minor).into())]));
    }
    if p.commission_pct > 0.0 {
        lines.push(w.get(
            "report-earn-commission",
            &[
                ("percent", n.percent_points(p.commission_pct, 2, true).into()),
                ("sales", n.money(p.figures.attributed_net_revenue_minor).into()),
                ("owed", n.money(p.figures.commission_owed_minor).into()),
            ],
        ));
    }
    if lines.is_empty() {
        lines.push(w.get("report-earn-nothing", &[]));
    }
    lines
}

/// A walk-in partner's sales lift: the campaign's, and their equal part of it when they share it.
fn partner_lift(w: &Words, n: &Numbers, results: &CampaignResults, p: &crate::attribution::PartnerResult) -> String {
    let f = &p.figures;
    let shared = results.partners.iter().filter(|x| x.method == Method::Lift).count();
    let share = match (f.lift_low_minor, f.lift_high_minor, shared > 1) {
        (Some(l), Some(h), true) => w.get(
            "report-partner-lift-share",
            &[("others", (shared - 1).into()), ("range", crate::report::lift_range(n, l, h).into())],
        ),
        _ => String::new(),
    };
    join_sentences(&[&w.get("report-partner-lift", &[]), &lift_words(w, n, results), &share])
}

/// One partner's report of a campaign (their own numbers only), from the campaign's results, in the
/// language of the locale `n` writes numbers for.
pub(crate) fn partner_report(
    results: &CampaignResults,
    campaign: &crate::model::Campaign,
    shop: &crate::model::Shop,
    extras: &PartnerExtras<'_>,
    paper: Paper,
    n: &Numbers,
) -> Result<Vec<u8>> {
    let campaign_partner_id = extras.campaign_partner_id;
    let p = results
        .partners
        .iter()
        .find(|p| p.campaign_partner_id == campaign_partner_id)
        .ok_or(crate::Error::NotFound { entity: "campaign partner", id: campaign_partner_id })?;
    let fonts = Fonts::get()?;
    let w = crate::i18n::words(n.locale());
    let mut flow = Flow::new(paper, fonts, w.clone());
    let c = &campaign.fields;
    let shop_name = || shop.settings.name.as_str().into();
    header(
        &mut flow,
        &w.get("report-partner-kicker", &[("shop", shop_name())]),
        &format!("{} × {}", p.name, shop.settings.name),
        &w.get(
            "report-partner-dates",
            &[
                ("campaign", c.name.as_str().into()),
                ("start", n.day(c.start).into()),
                ("end", n.day(c.end).into()),
                ("until", n.day(campaign.counts_until).into()),
            ],
        ),
    );
    flow.paragraph(&prose(&w.get("report-thanks", &[("campaign", c.name.as_str().into())])), 10.5, false, INK);
    flow.gap(8.0);
    flow.cards(&partner_cards(&w, n, p), 4);
    flow.heading(&w.get("report-heading-earn", &[]), 60.0);
    for line in earnings(&w, n, p) {
        flow.paragraph(&line, 11.0, false, INK);
    }
    for l in extras.leaked {
        let text = w.get("report-leaked", &[("code", l.code.as_str().into()), ("day", n.day(l.from).into())]);
        flow.paragraph(&prose(&text), 10.0, false, MUTED);
    }
    if let Some(ledger) = extras.ledger {
        paid_and_owed(&mut flow, &w, ledger, campaign.id, n);
    }
    agreed(&mut flow, &w, extras.deliverables, n);
    if p.method == Method::Lift {
        flow.heading(&w.get("report-heading-lift", &[]), 40.0);
        flow.paragraph(&prose(&partner_lift(&w, n, results, p)), 10.0, false, INK);
    }
    flow.heading(&w.get("report-heading-how-counted", &[]), 40.0);
    flow.paragraph(&prose(&w.get("report-partner-how", &[])), 9.0, false, MUTED);
    flow.gap(10.0);
    flow.paragraph(&format!("— {}", shop.settings.name), 11.0, true, GOOD);
    let footer = format!("{} · {} · {}", shop.settings.name, c.name, p.name);
    let title =
        w.get("report-partner-title", &[("campaign", c.name.as_str().into()), ("partner", p.name.as_str().into())]);
    flow.finish(&title, &footer)
}
