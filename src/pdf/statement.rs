//! A partner's payout statement: the ledger of a period (or all time) with its opening and closing balance,
//! what is held, and each year's totals (see [`crate::ledger`] for the rules).

use super::layout::{Align, Column, Flow, INK, MUTED, prose};
use super::{Numbers, Paper, fonts::Fonts};
use crate::error::Result;
use crate::i18n::Words;
use crate::ledger::{EntryKind, Ledger, LedgerEntry};

/// What a ledger line is, in the owner's words and language.
pub(crate) fn entry_words(w: &Words, e: &LedgerEntry) -> String {
    let campaign = e.campaign.as_deref().unwrap_or("");
    let order = e.order.as_deref().unwrap_or("");
    let of = [("campaign", campaign.into()), ("order", order.into())];
    match e.kind {
        EntryKind::Fee => w.get("report-entry-fee", &of),
        EntryKind::Commission if e.order.is_some() => w.get("report-entry-commission", &of),
        EntryKind::Commission => w.get("report-entry-commission-in-store", &of),
        EntryKind::TakenBack => w.get("report-entry-taken-back", &of),
        EntryKind::Restored => w.get("report-entry-restored", &of),
        EntryKind::Payment => {
            let how =
                [e.method.as_str(), e.note.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>();
            if how.is_empty() {
                w.get("report-entry-payment", &[])
            } else {
                w.get("report-entry-payment-how", &[("how", how.join(" · ").into())])
            }
        }
    }
}

/// The statement of `ledger` for the shop `shop`, in the language of the locale `n` writes numbers for.
pub(crate) fn payout_statement(
    ledger: &Ledger,
    shop: &crate::model::Shop,
    paper: Paper,
    n: &Numbers,
) -> Result<Vec<u8>> {
    let fonts = Fonts::get()?;
    let w = crate::i18n::words(n.locale());
    let mut flow = Flow::new(paper, fonts, w.clone());
    let period = match (ledger.from, ledger.to) {
        (Some(f), Some(t)) => w.get("report-period", &[("from", n.day(f).into()), ("to", n.day(t).into())]),
        (Some(f), None) => w.get("report-period-from", &[("from", n.day(f).into())]),
        (None, Some(t)) => w.get("report-period-until", &[("to", n.day(t).into())]),
        (None, None) => w.get("report-period-all", &[("today", n.day(ledger.today).into())]),
    };
    let names = [("shop", shop.settings.name.as_str().into()), ("partner", ledger.partner.as_str().into())];
    flow.paragraph(&w.get("report-statement-kicker", &names), 9.0, false, MUTED);
    flow.paragraph(&ledger.partner, 22.0, true, INK);
    flow.paragraph(
        &w.get("report-statement-period", &[("period", period.into()), ("days", ledger.hold_days.into())]),
        10.0,
        false,
        MUTED,
    );
    flow.gap(8.0);
    let balance = |minor: i64| {
        if minor < 0 { w.get("report-paid-ahead", &[("amount", n.money(-minor).into())]) } else { n.money(minor) }
    };
    flow.cards(
        &[
            (w.get("report-card-opening", &[]), balance(ledger.opening_balance_minor)),
            (w.get("report-card-fees", &[]), n.money(ledger.fees_minor)),
            (w.get("report-card-commission-due", &[]), n.money(ledger.commission_minor)),
            (w.get("report-card-taken-back", &[]), n.money(ledger.taken_back_minor)),
            (w.get("report-card-paid", &[]), n.money(ledger.paid_minor)),
            (w.get("report-card-closing", &[]), balance(ledger.closing_balance_minor)),
            (w.get("report-card-held", &[]), n.money(ledger.held_commission_minor)),
        ],
        4,
    );
    let column = |id: &str, width: f32, align: Align| Column::titled(&w, id, width, align);
    let columns = [
        column("report-col-day", 1.0, Align::Left),
        column("report-col-what", 3.2, Align::Left),
        column("report-col-on-net", 1.1, Align::Right),
        column("report-col-amount", 1.1, Align::Right),
        column("report-col-balance", 1.1, Align::Right),
    ];
    let rows: Vec<Vec<String>> = ledger
        .entries
        .iter()
        .map(|e| {
            vec![
                n.day(e.day),
                entry_words(&w, e),
                if e.net_revenue_minor == 0 { String::new() } else { n.money(e.net_revenue_minor) },
                n.money(e.amount_minor),
                n.money(e.balance_minor),
            ]
        })
        .collect();
    flow.heading(&w.get("report-heading-lines", &[]), 60.0);
    if rows.is_empty() {
        flow.paragraph(&w.get("report-statement-empty", &[]), 10.0, false, MUTED);
    } else {
        flow.table(&columns, &rows, false);
    }
    held_and_years(&mut flow, &w, ledger, n);
    flow.gap(8.0);
    flow.paragraph(&prose(&w.get("report-statement-rules", &[])), 9.0, false, MUTED);
    let footer = w.get("report-statement-footer", &names);
    flow.finish(&w.get("report-statement-title", &names), &footer)
}

/// The commission not due yet, by campaign, and the totals of each year.
fn held_and_years(flow: &mut Flow<'_>, w: &Words, ledger: &Ledger, n: &Numbers) {
    if !ledger.held.is_empty() {
        flow.heading(&w.get("report-heading-not-due", &[]), 40.0);
        for h in &ledger.held {
            let line = w.get(
                "report-held-line",
                &[
                    ("campaign", h.campaign.as_str().into()),
                    ("commission", n.money(h.commission_minor).into()),
                    ("sales", n.money(h.net_revenue_minor).into()),
                    ("orders", h.orders.into()),
                    ("day", n.day(h.next_due).into()),
                ],
            );
            flow.paragraph(&line, 10.0, false, INK);
        }
    }
    if !ledger.years.is_empty() {
        flow.heading(&w.get("report-heading-by-year", &[]), 40.0);
        let column = |id: &str, width: f32, align: Align| Column::titled(w, id, width, align);
        let columns = [
            column("report-col-year", 0.8, Align::Left),
            column("report-col-fees", 1.2, Align::Right),
            column("report-col-commission", 1.2, Align::Right),
            column("report-col-taken-back", 1.2, Align::Right),
            column("report-col-paid", 1.2, Align::Right),
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
