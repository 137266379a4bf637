//! A partner's payout statement: the ledger of a period (or all time) with its opening and closing balance,
//! what is held, and each year's totals (see [`crate::ledger`] for the rules).

use super::layout::{Align, Column, Flow, INK, MUTED};
use super::{Numbers, Paper, fonts::Fonts};
use crate::error::Result;
use crate::ledger::{EntryKind, Ledger, LedgerEntry};

/// What a ledger line is, in the owner's words.
pub(crate) fn entry_words(e: &LedgerEntry) -> String {
    let campaign = e.campaign.as_deref().unwrap_or("");
    match e.kind {
        EntryKind::Fee => format!("Fee · {campaign}"),
        EntryKind::Commission => match &e.order {
            Some(order) => format!("Commission · {campaign} · order {order}"),
            None => format!("Commission · {campaign} · in store (typed in)"),
        },
        EntryKind::TakenBack => {
            format!("Taken back (refund) · {campaign} · order {}", e.order.as_deref().unwrap_or(""))
        }
        EntryKind::Restored => format!("Restored · {campaign} · order {}", e.order.as_deref().unwrap_or("")),
        EntryKind::Payment => {
            let how =
                [e.method.as_str(), e.note.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>();
            if how.is_empty() { "Payment".into() } else { format!("Payment · {}", how.join(" · ")) }
        }
    }
}

/// The statement of `ledger` for the shop `shop`.
pub(crate) fn payout_statement(
    ledger: &Ledger,
    shop: &crate::model::Shop,
    paper: Paper,
    n: &Numbers,
) -> Result<Vec<u8>> {
    let fonts = Fonts::get()?;
    let mut flow = Flow::new(paper, fonts);
    let period = match (ledger.from, ledger.to) {
        (Some(f), Some(t)) => format!("{} – {}", n.day(f), n.day(t)),
        (Some(f), None) => format!("From {}", n.day(f)),
        (None, Some(t)) => format!("Until {}", n.day(t)),
        (None, None) => format!("All time, until {}", n.day(ledger.today)),
    };
    flow.paragraph(&format!("{} · Payout statement", shop.settings.name), 9.0, false, MUTED);
    flow.paragraph(&ledger.partner, 22.0, true, INK);
    flow.paragraph(
        &format!("{period} · commission due {} days after each order", ledger.hold_days),
        10.0,
        false,
        MUTED,
    );
    flow.gap(8.0);
    let balance = |minor: i64| {
        if minor < 0 { format!("{} (paid ahead)", n.money(-minor)) } else { n.money(minor) }
    };
    flow.cards(
        &[
            ("Opening balance".into(), balance(ledger.opening_balance_minor)),
            ("Fees".into(), n.money(ledger.fees_minor)),
            ("Commission due".into(), n.money(ledger.commission_minor)),
            ("Taken back".into(), n.money(ledger.taken_back_minor)),
            ("Paid".into(), n.money(ledger.paid_minor)),
            ("Closing balance".into(), balance(ledger.closing_balance_minor)),
            ("Commission held".into(), n.money(ledger.held_commission_minor)),
        ],
        4,
    );
    let columns = [
        Column { title: "Day", width: 1.0, align: Align::Left },
        Column { title: "What", width: 3.2, align: Align::Left },
        Column { title: "On net", width: 1.1, align: Align::Right },
        Column { title: "Amount", width: 1.1, align: Align::Right },
        Column { title: "Balance", width: 1.1, align: Align::Right },
    ];
    let rows: Vec<Vec<String>> = ledger
        .entries
        .iter()
        .map(|e| {
            vec![
                n.day(e.day),
                entry_words(e),
                if e.net_revenue_minor == 0 { String::new() } else { n.money(e.net_revenue_minor) },
                n.money(e.amount_minor),
                n.money(e.balance_minor),
            ]
        })
        .collect();
    flow.heading("Lines", 60.0);
    if rows.is_empty() {
        flow.paragraph("Nothing became due and nothing was paid in this period.", 10.0, false, MUTED);
    } else {
        flow.table(&columns, &rows, false);
    }
    held_and_years(&mut flow, ledger, n);
    flow.gap(8.0);
    flow.paragraph(
        "Fees are owed from a campaign's first day. Commission on an order is due once the hold has passed, on \
         its net revenue then (after discounts and refunds); a refund learned later takes its share back. \
         Amounts are rounded once per campaign, on its running total.",
        9.0,
        false,
        MUTED,
    );
    let footer = format!("{} · {} · payout statement", shop.settings.name, ledger.partner);
    flow.finish(&format!("{} — payout statement", ledger.partner), &footer)
}

/// The commission not due yet, by campaign, and the totals of each year.
fn held_and_years(flow: &mut Flow<'_>, ledger: &Ledger, n: &Numbers) {
    if !ledger.held.is_empty() {
        flow.heading("Not due yet", 40.0);
        for h in &ledger.held {
            flow.paragraph(
                &format!(
                    "{}: {} on {} of sales ({} order{}), the first due on {}",
                    h.campaign,
                    n.money(h.commission_minor),
                    n.money(h.net_revenue_minor),
                    h.orders,
                    if h.orders == 1 { "" } else { "s" },
                    n.day(h.next_due)
                ),
                10.0,
                false,
                INK,
            );
        }
    }
    if !ledger.years.is_empty() {
        flow.heading("By year", 40.0);
        let columns = [
            Column { title: "Year", width: 0.8, align: Align::Left },
            Column { title: "Fees", width: 1.2, align: Align::Right },
            Column { title: "Commission", width: 1.2, align: Align::Right },
            Column { title: "Taken back", width: 1.2, align: Align::Right },
            Column { title: "Paid", width: 1.2, align: Align::Right },
        ];
        let rows: Vec<Vec<String>> = ledger
            .years
            .iter()
            .map(|y| {
                vec![
                    y.year.to_string(),
                    n.money(y.fees_minor),
                    n.money(y.commission_minor),
                    n.money(y.taken_back_minor),
                    n.money(y.paid_minor),
                ]
            })
            .collect();
        flow.table(&columns, &rows, false);
    }
}
