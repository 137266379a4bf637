//! The campaign summary (for the owner) and the partner report (for one partner: their own numbers only,
//! never the other partners').

use super::layout::{Align, Column, Flow, GOOD, INK, MUTED};
use super::{Numbers, Paper, fonts::Fonts};
use crate::attribution::{CampaignResults, Figures, Method};
use crate::charts::Theme;
use crate::error::Result;
use crate::lift::LiftStatus;

fn method(m: Method) -> &'static str {
    match m {
        Method::Code => "Promo code",
        Method::Manual => "In store (typed in)",
        Method::CodeAndManual => "Code + in store",
        Method::Survey => "Customer said",
        Method::Lift => "Sales lift",
        Method::None => "None yet",
    }
}

fn roi(n: &Numbers, roi: Option<f64>) -> String {
    roi.map_or("—".into(), |r| n.percent(r, true))
}

/// What the lift says, in the owner's words.
fn lift_words(n: &Numbers, r: &CampaignResults) -> String {
    let l = &r.lift;
    match (l.status, l.low_minor, l.high_minor) {
        (LiftStatus::NotEnoughData, ..) | (_, None, _) | (_, _, None) => {
            format!("No sales-lift estimate: {}", l.note)
        }
        (status, Some(low), Some(high)) => {
            let range = format!("{}.", n.lift_range(low, high));
            let overlap = if status == LiftStatus::Overlap {
                format!(" Overlaps {}: this is their joint effect, counted once.", l.overlaps_with.join(", "))
            } else {
                String::new()
            };
            format!("{range}{overlap} {}", l.note).trim().to_string()
        }
    }
}

const HOW: &str = "Orders that used a partner's promo code from the first day \
of the campaign to its last day plus the attribution window (days in the shop's time zone) are counted for \
that partner; an order with codes of two partners counts once, for the first code live. In-store uses typed in \
from the till's log count too, labelled. Net revenue is after discounts and refunds. Gross profit uses the \
products' costs when every line of an order has one, else the shop's margin. Cost = fee + gifted products at \
cost + commission on attributed net revenue, plus the campaign's other costs and the owner's hours at the \
hourly rate. ROI = (gross profit − cost) / cost; ROAS = net revenue / cost. An order counts when it is paid \
and its net revenue is above zero: a fully refunded or free order is no order and makes no new customer. A new \
customer is one whose first order ever is the attributed one. Partners without a code (walk-in partners) are \
measured by the sales lift: the window's daily sales against the same weekdays' usual level and trend over the \
weeks before, other campaigns and unusual days left out, shown as a 95% range (shared equally by the campaign's \
walk-in partners) and never added to counted totals; their ROI is the range the lift's low and high ends give, \
never a loss for want of orders.";

fn header(flow: &mut Flow<'_>, kicker: &str, title: &str, sub: &str) {
    flow.paragraph(kicker, 9.0, false, MUTED);
    flow.paragraph(title, 22.0, true, INK);
    flow.paragraph(sub, 10.0, false, MUTED);
    flow.gap(8.0);
}

/// A row of the partners table: a partner's figures, or the campaign's in total. A walk-in partner (sales
/// lift only) has no counted orders or profit: their share of the lift and the ROI range it gives instead.
fn figures_row(n: &Numbers, name: &str, method: &str, f: &Figures) -> Vec<String> {
    let range = f.roi_low.zip(f.roi_high).map(|(l, h)| n.roi_range(l, h));
    if f.counted_partners == 0 && f.walk_in_partners > 0 {
        let lift = f.lift_low_minor.zip(f.lift_high_minor).map_or("no estimate yet".into(), |(l, h)| {
            let (l, h) = crate::format::shown_range(l, h, n.exponent());
            format!("{} to {} (lift)", n.money_whole(l), n.money_whole(h))
        });
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
        Some(range) => format!("{} ({range} with lift)", roi(n, f.roi)),
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

/// A campaign's summary for the owner, from its results, the campaign and the shop (loaded by the service).
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
    let mut flow = Flow::new(paper, fonts);
    let c = &campaign.fields;
    header(
        &mut flow,
        &format!("{} · Campaign summary", shop.settings.name),
        &c.name,
        &format!(
            "{} – {}, orders counted until {} · {} partner{}",
            n.day(c.start),
            n.day(c.end),
            n.day(campaign.counts_until),
            results.partners.len(),
            if results.partners.len() == 1 { "" } else { "s" }
        ),
    );
    if !c.goal.trim().is_empty() {
        flow.paragraph(&format!("Goal: {}", c.goal.trim()), 10.0, false, INK);
        flow.gap(6.0);
    }
    let t = &results.totals.figures;
    flow.cards(
        &[
            ("Attributed net revenue".into(), n.money(t.attributed_net_revenue_minor)),
            ("Gross profit".into(), n.money(t.gross_profit_minor)),
            ("Cost".into(), n.money(t.cost_minor)),
            (if t.walk_in_partners > 0 { "ROI (counted sales)".into() } else { "ROI".into() }, roi(n, t.roi)),
            ("Attributed orders".into(), n.count(t.attributed_orders)),
            ("New customers".into(), n.count(t.new_customers)),
            ("Cost per new customer".into(), t.cost_per_new_customer_minor.map_or("—".into(), |c| n.money(c))),
            ("ROAS".into(), t.roas.map_or("—".into(), |r| n.times(r))),
        ],
        4,
    );

    let columns = [
        Column { title: "Partner", width: 1.55, align: Align::Left },
        Column { title: "Method", width: 1.1, align: Align::Left },
        Column { title: "Orders", width: 0.8, align: Align::Right },
        Column { title: "Net revenue", width: 1.35, align: Align::Right },
        Column { title: "Gross profit", width: 1.25, align: Align::Right },
        Column { title: "Cost", width: 1.0, align: Align::Right },
        Column { title: "ROI", width: 1.1, align: Align::Right },
        Column { title: "New", width: 0.55, align: Align::Right },
        Column { title: "Commission", width: 1.35, align: Align::Right },
    ];
    let label = |p: &crate::attribution::PartnerResult| -> String {
        match p.method {
            Method::Survey => method(p.method).to_string(),
            m if p.figures.survey_orders > 0 => format!("{} + customer said", method(m)),
            m => method(m).to_string(),
        }
    };
    let mut rows: Vec<Vec<String>> =
        results.partners.iter().map(|p| figures_row(n, &p.name, &label(p), &p.figures)).collect();
    rows.push(figures_row(n, "Total", "", t));
    flow.heading("Partners", 60.0);
    flow.table(&columns, &rows, true);
    if t.survey_orders > 0 {
        flow.paragraph(
            &format!(
                "{} of the {} counted orders ({}) rest on what customers said when asked how they heard of the \
                 shop, not on a code: no commission is owed on them.",
                n.count(t.survey_orders),
                n.count(t.attributed_orders),
                n.percent(t.survey_orders as f64 / t.attributed_orders.max(1) as f64, false)
            ),
            8.5,
            false,
            MUTED,
        );
    }
    let walk_ins = results.partners.iter().filter(|p| p.method == Method::Lift).count();
    if walk_ins > 0 {
        flow.paragraph(
            &format!(
                "{} measured by the campaign's sales lift (no code): an estimate with its 95% range, never added \
                 to the counted totals; its ROI is the range the lift gives.{}",
                if walk_ins == 1 {
                    "One walk-in partner is".to_string()
                } else {
                    format!("{walk_ins} walk-in partners are")
                },
                if walk_ins > 1 { " They share the campaign's lift equally." } else { "" }
            ),
            8.5,
            false,
            MUTED,
        );
    }
    let extra = results.totals.other_costs_minor + results.totals.owner_time_cost_minor;
    if extra > 0 {
        flow.paragraph(
            &format!(
                "The total cost includes other costs of {} and the owner's time, {}.",
                n.money(results.totals.other_costs_minor),
                n.money(results.totals.owner_time_cost_minor)
            ),
            8.5,
            false,
            MUTED,
        );
    }

    // Sections only where they say something.
    if t.attributed_net_revenue_minor != 0 {
        flow.heading("Revenue by partner", flow.chart_height(&charts.leaderboard_svg)? + 14.0);
        if charts.partners_left_out > 0 {
            flow.paragraph(
                &format!(
                    "The {} partners with the most revenue; {} more are in the table above.",
                    crate::report::MAX_BARS,
                    charts.partners_left_out
                ),
                9.0,
                false,
                MUTED,
            );
        }
        flow.chart(&charts.leaderboard_svg)?;
    }
    flow.heading("Did it pay for itself?", flow.chart_height(&charts.break_even_svg)? + 30.0);
    flow.paragraph(&charts.verdict, 11.0, true, INK);
    flow.gap(4.0);
    flow.chart(&charts.break_even_svg)?;
    if results.partners.iter().any(|p| p.figures.roi.is_some() || p.figures.roi_low.is_some()) {
        flow.heading("ROI by partner", flow.chart_height(&charts.roi_svg)?);
        flow.chart(&charts.roi_svg)?;
    }
    // The lift: for walk-in partners, or when it says something of a code-only campaign too.
    if walk_ins > 0 || results.lift.low_minor.is_some() {
        flow.heading("Sales lift", flow.chart_height(&charts.lift_svg)? + 30.0);
        flow.paragraph(&lift_words(n, results), 10.0, false, INK);
        flow.gap(4.0);
        if results.lift.days.iter().any(|d| d.expected_minor.is_some()) {
            flow.chart(&charts.lift_svg)?;
        }
    }
    if t.repeat.iter().chain(&results.others_repeat).any(|r| r.rate.is_some()) {
        flow.heading("Did they come back?", flow.chart_height(&charts.repeat_svg)?);
        flow.chart(&charts.repeat_svg)?;
    }

    if !results.conflicts.is_empty() {
        flow.heading("Orders with codes of two partners", 40.0);
        flow.paragraph(
            &format!("{} orders; each counted once, for the first code live:", results.conflicts.len()),
            9.0,
            false,
            INK,
        );
        for c in results.conflicts.iter().take(30) {
            flow.paragraph(
                &format!(
                    "Order {} ({}): {} → {}, also {}",
                    c.order,
                    c.source,
                    c.codes.join(", "),
                    c.attributed_to,
                    c.also_matched.join(", ")
                ),
                8.5,
                false,
                MUTED,
            );
        }
    }
    flow.heading("How the numbers are made", 60.0);
    flow.paragraph(HOW, 8.5, false, MUTED);
    if !c.notes.trim().is_empty() {
        flow.heading("Notes", 30.0);
        flow.paragraph(c.notes.trim(), 9.5, false, INK);
    }
    let footer = format!("{} · {} · made with LocalLift", shop.settings.name, c.name);
    flow.finish(&format!("{} — campaign summary", c.name), &footer)
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
fn paid_and_owed(flow: &mut Flow<'_>, ledger: &crate::ledger::Ledger, campaign_id: i64, n: &Numbers) {
    let ours = crate::ledger::Totals::of(ledger.entries.iter().filter(|e| e.campaign_id == Some(campaign_id)));
    let (fee, commission, taken_back) = (ours.fees_minor, ours.commission_minor, ours.taken_back_minor);
    let held = ledger.held.iter().find(|h| h.campaign_id == campaign_id);
    flow.heading("Paid and owed", 60.0);
    let mut lines = vec![format!(
        "For this campaign so far: fee {}, commission due {}{}.",
        n.money(fee),
        n.money(commission),
        if taken_back > 0 { format!(", taken back by refunds {}", n.money(taken_back)) } else { String::new() }
    )];
    if let Some(h) = held {
        lines.push(format!(
            "Commission not due yet: {} on {} order{}, the first due on {} ({} days after each order, so a refund \
             in that time never becomes owed).",
            n.money(h.commission_minor),
            n.count(h.orders),
            if h.orders == 1 { "" } else { "s" },
            n.day(h.next_due),
            ledger.hold_days
        ));
    }
    let balance = ledger.closing_balance_minor;
    lines.push(if balance >= 0 {
        format!(
            "Paid to you in all: {}. Owed to you now, all campaigns: {}.",
            n.money(ledger.paid_minor),
            n.money(balance)
        )
    } else {
        format!(
            "Paid to you in all: {}. Paid ahead by {}: it is set against what you earn next.",
            n.money(ledger.paid_minor),
            n.money(-balance)
        )
    });
    for line in lines {
        flow.paragraph(&line, 10.5, false, INK);
    }
}

/// What the partner agreed to deliver in this campaign and whether it was.
fn agreed(flow: &mut Flow<'_>, deliverables: &[crate::model::Deliverable], n: &Numbers) {
    use crate::model::DeliverableStatus;
    if deliverables.is_empty() {
        return;
    }
    flow.heading("What we agreed", 40.0);
    for d in deliverables {
        let what = if d.fields.description.is_empty() {
            d.fields.kind.as_str().replace('_', " ")
        } else {
            d.fields.description.clone()
        };
        let state = match (d.status, d.done, d.on_time) {
            (DeliverableStatus::Done, Some(day), Some(true)) => format!("done {}, on time", n.day(day)),
            (DeliverableStatus::Done, Some(day), _) => format!("done {}", n.day(day)),
            (DeliverableStatus::Missed, ..) => "not done".into(),
            _ => "to come".into(),
        };
        flow.paragraph(&format!("{what} — due {} — {state}", n.day(d.fields.due)), 10.5, false, INK);
    }
}

/// One partner's report of a campaign (their own numbers only), from the campaign's results.
///
/// Long because the report is one flow written top to bottom: cards, earnings, lift, method, each after the last.
#[expect(
    clippy::too_many_lines,
    reason = "the report is one flow written top to bottom: cards, earnings, lift, method, each after the last"
)]
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
    let mut flow = Flow::new(paper, fonts);
    let c = &campaign.fields;
    header(
        &mut flow,
        &format!("{} · Partner report", shop.settings.name),
        &format!("{} × {}", p.name, shop.settings.name),
        &format!(
            "{}: {} – {}, orders counted until {}",
            c.name,
            n.day(c.start),
            n.day(c.end),
            n.day(campaign.counts_until)
        ),
    );
    flow.paragraph(
        &format!(
            "Thank you for taking part in {}. Here is what your followers did, counted the way every partner \
             of the shop is counted.",
            c.name
        ),
        10.5,
        false,
        INK,
    );
    flow.gap(8.0);
    let f = &p.figures;
    let mut cards: Vec<(String, String)> = if p.method == Method::Lift {
        // Walk-ins: no code, so no counted orders; the campaign's sales lift measures them.
        vec![("Measured by".into(), "Sales lift (no code)".into())]
    } else {
        vec![
            ("Your codes".into(), if p.codes.is_empty() { "—".into() } else { p.codes.join(", ") }),
            ("Orders".into(), n.count(f.attributed_orders)),
            ("Sales (net)".into(), n.money(f.attributed_net_revenue_minor)),
            ("New customers".into(), n.count(f.new_customers)),
        ]
    };
    if f.manual_orders > 0 {
        cards.push(("Of which in store".into(), n.count(f.manual_orders)));
    }
    if f.survey_orders > 0 {
        cards.push(("Of which customer said".into(), n.count(f.survey_orders)));
    }
    if let Some(rate) = f.repeat.iter().rev().find_map(|r| r.rate.map(|v| (r.days, v))) {
        cards.push((format!("Came back within {} days", rate.0), n.percent(rate.1, false)));
    }
    if p.posts > 0 {
        cards.push(("Posts".into(), n.count(p.posts)));
        if let Some(e) = p.engagement_pct {
            cards.push(("Engagement (median)".into(), format!("{e:.1}%")));
        }
    }
    flow.cards(&cards, 4);
    flow.heading("What you earn", 60.0);
    let mut lines = Vec::new();
    if p.fee_minor > 0 {
        lines.push(format!("Fee: {}", n.money(p.fee_minor)));
    }
    if p.gifted_cost_minor > 0 {
        lines.push(format!("Products gifted: {} (at the shop's cost)", n.money(p.gifted_cost_minor)));
    }
    if p.commission_pct > 0.0 {
        lines.push(format!(
            "Commission: {}% of {} = {} owed",
            p.commission_pct,
            n.money(f.attributed_net_revenue_minor),
            n.money(f.commission_owed_minor)
        ));
    }
    if lines.is_empty() {
        lines.push("No fee or commission was agreed for this campaign.".into());
    }
    for line in lines {
        flow.paragraph(&line, 11.0, false, INK);
    }
    for l in extras.leaked {
        flow.paragraph(
            &format!(
                "Your code {} was shared where you did not post it: orders with it from {} on are not counted for \
                 you.",
                l.code,
                n.day(l.from)
            ),
            10.0,
            false,
            MUTED,
        );
    }
    if let Some(ledger) = extras.ledger {
        paid_and_owed(&mut flow, ledger, campaign.id, n);
    }
    agreed(&mut flow, extras.deliverables, n);
    if p.method == Method::Lift {
        flow.heading("Sales lift", 40.0);
        let shared = results.partners.iter().filter(|x| x.method == Method::Lift).count();
        let share = match (f.lift_low_minor, f.lift_high_minor, shared > 1) {
            (Some(l), Some(h), true) => format!(
                " Shared equally with the campaign's {} other walk-in partner{}, your part: {}.",
                shared - 1,
                if shared == 2 { "" } else { "s" },
                n.lift_range(l, h)
            ),
            _ => String::new(),
        };
        flow.paragraph(
            &format!(
                "You had no promo code: the shop measures the campaign by its sales lift. {}{share}",
                lift_words(n, results)
            ),
            10.0,
            false,
            INK,
        );
    }
    flow.heading("How it is counted", 40.0);
    flow.paragraph(
        "An order counts for you when it used your code from the campaign's first day to the day orders are \
         counted until, in the shop's time zone; refunds and discounts are taken off. If an order carried codes \
         of two partners, it counts once, for the first code. A new customer is someone whose first order ever \
         was with your code.",
        9.0,
        false,
        MUTED,
    );
    flow.gap(10.0);
    flow.paragraph(&format!("— {}", shop.settings.name), 11.0, true, GOOD);
    let footer = format!("{} · {} · {}", shop.settings.name, c.name, p.name);
    flow.finish(&format!("{} — {} partner report", c.name, p.name), &footer)
}
