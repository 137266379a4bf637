//! What a partner is owed and was paid: fees, commission that became due after the hold period, commission
//! a later refund took back, and payments, each dated, with the running balance.
//!
//! Rules (the README's "Ledger" section says the same):
//! - A campaign's flat fee is owed from its first day. A campaign without commission has no commission lines.
//! - An attributed order's commission is due `hold_days` after its shop-local day (or, for an order imported
//!   later than that, on the day it was imported), on the net revenue known that day: a refund learned
//!   during the hold never becomes owed.
//! - A refund or cancellation an import learns after the commission was due takes its share back on the
//!   import's day ("taken back"); a later import that restores it gives it back ("restored").
//! - Commission is rounded once per campaign, on the running total of the net revenue it is owed on: each
//!   entry is the step of the rounded running total, so the entries add up to commission × the campaign's
//!   net revenue exactly, and the commission due plus the commission still held equals the commission owed
//!   in the campaign's results.
//! - Payments are the owner's records. Balance = owed − paid; below zero, the partner was paid more than
//!   is owed now (a refund after payment), carried against what they earn next.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::commission;
use crate::store::ledger::{LedgerCampaign, Payment, SaleHistory, TypedIn};

/// What a ledger line records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EntryKind {
    /// A campaign's flat fee, owed from its first day.
    Fee,
    /// Commission on an order (or typed-in redemptions) that became due.
    Commission,
    /// Commission given back by a later import (a refund undone).
    Restored,
    /// Commission taken back by a refund or cancellation learned after it was due.
    TakenBack,
    /// Money the owner paid the partner.
    Payment,
}

/// One dated line of a partner's ledger. `amount_minor` is signed: above zero the partner is owed more,
/// below zero less (paid, or taken back).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LedgerEntry {
    pub day: NaiveDate,
    pub kind: EntryKind,
    pub campaign_id: Option<i64>,
    pub campaign: Option<String>,
    /// The order behind a commission or a take-back: its export, its number, its day.
    pub source: Option<String>,
    pub order: Option<String>,
    pub order_day: Option<NaiveDate>,
    /// The net revenue (or its change) the commission is computed on; 0 for fees and payments.
    pub net_revenue_minor: i64,
    pub amount_minor: i64,
    /// The balance after this line.
    pub balance_minor: i64,
    pub payment_id: Option<i64>,
    /// A payment's method and note.
    pub method: String,
    pub note: String,
}

/// Commission of a campaign not due yet (in its hold period).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HeldCommission {
    pub campaign_id: i64,
    pub campaign: String,
    pub orders: i64,
    pub net_revenue_minor: i64,
    pub commission_minor: i64,
    /// When the first of them becomes due.
    pub next_due: NaiveDate,
}

/// Lines added up by what they are: fees, commission (restored included), taken back (a positive amount),
/// paid. The one place a ledger's lines are summed: the period, each year, a campaign's part in its report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub fees_minor: i64,
    pub commission_minor: i64,
    pub taken_back_minor: i64,
    pub paid_minor: i64,
}

impl Totals {
    /// Adds one line.
    pub fn add(&mut self, l: &LedgerEntry) {
        match l.kind {
            EntryKind::Fee => self.fees_minor += l.amount_minor,
            EntryKind::Commission | EntryKind::Restored => self.commission_minor += l.amount_minor,
            EntryKind::TakenBack => self.taken_back_minor -= l.amount_minor,
            EntryKind::Payment => self.paid_minor -= l.amount_minor,
        }
    }

    /// The totals of `lines`.
    pub fn of<'a>(lines: impl IntoIterator<Item = &'a LedgerEntry>) -> Totals {
        let mut t = Totals::default();
        for l in lines {
            t.add(l);
        }
        t
    }
}

/// A calendar year's totals (by the day each line is dated), for the partner's tax forms.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct YearTotals {
    pub year: i32,
    pub fees_minor: i64,
    /// Commission that became due, restored included.
    pub commission_minor: i64,
    /// Commission taken back (a positive amount).
    pub taken_back_minor: i64,
    pub paid_minor: i64,
}

/// A partner's ledger over a period (or all time), as shown on their page, in the CLI and in the statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Ledger {
    pub partner_id: i64,
    pub partner: String,
    pub currency: Option<String>,
    pub hold_days: i64,
    pub today: NaiveDate,
    /// The period of the statement (`None`: from the first line, or to today).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// The balance before the period's first day.
    pub opening_balance_minor: i64,
    pub entries: Vec<LedgerEntry>,
    pub closing_balance_minor: i64,
    /// The period's lines added up (taken back as a positive amount).
    pub fees_minor: i64,
    pub commission_minor: i64,
    pub taken_back_minor: i64,
    pub paid_minor: i64,
    /// Commission not due yet, by campaign, and its total.
    pub held: Vec<HeldCommission>,
    pub held_commission_minor: i64,
    /// Fees of campaigns that have not started.
    pub upcoming_fees_minor: i64,
    /// Every year with a line, oldest first.
    pub years: Vec<YearTotals>,
}

/// One campaign of the partner with its attributed orders' histories and typed-in redemptions.
#[derive(Debug, Clone)]
pub struct CampaignLedger {
    pub campaign: LedgerCampaign,
    pub orders: Vec<SaleHistory>,
    pub typed_in: Vec<TypedIn>,
}

/// Everything [`compute`] needs.
#[derive(Debug, Clone)]
pub struct LedgerInput {
    pub partner_id: i64,
    pub partner: String,
    pub currency: Option<String>,
    pub hold_days: i64,
    pub today: NaiveDate,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub campaigns: Vec<CampaignLedger>,
    pub payments: Vec<Payment>,
}

/// A change of the net revenue commission is owed on, before rounding.
struct NetChange {
    day: NaiveDate,
    kind: EntryKind,
    source: Option<String>,
    order: Option<String>,
    order_day: Option<NaiveDate>,
    net: i64,
}

/// A line; of `campaign` for a fee or commission, of none for a payment.
fn entry(campaign: Option<&LedgerCampaign>, day: NaiveDate, kind: EntryKind, amount_minor: i64) -> LedgerEntry {
    LedgerEntry {
        day,
        kind,
        campaign_id: campaign.map(|c| c.campaign_id),
        campaign: campaign.map(|c| c.campaign.clone()),
        source: None,
        order: None,
        order_day: None,
        net_revenue_minor: 0,
        amount_minor,
        balance_minor: 0,
        payment_id: None,
        method: String::new(),
        note: String::new(),
    }
}

/// A campaign's commission lines (due by `today`) and what is still held.
fn campaign_lines(c: &CampaignLedger, hold: u64, today: NaiveDate) -> (Vec<LedgerEntry>, Option<HeldCommission>) {
    let mut changes = Vec::new();
    let (mut held_net, mut held_orders, mut next_due) = (0_i64, 0_i64, None::<NaiveDate>);
    for o in &c.orders {
        let Some(&(first_learned, _)) = o.learned.first() else { continue };
        let due = (o.day + Days::new(hold)).max(first_learned);
        if due > today {
            held_net += o.learned.last().map_or(0, |(_, v)| *v);
            held_orders += 1;
            next_due = Some(next_due.map_or(due, |n| n.min(due)));
            continue;
        }
        let at_due = o.learned.iter().take_while(|(d, _)| *d <= due).last().map_or(0, |(_, v)| *v);
        let order = |day, kind, net| NetChange {
            day,
            kind,
            source: Some(o.source.clone()),
            order: Some(o.order.clone()),
            order_day: Some(o.day),
            net,
        };
        if at_due != 0 {
            changes.push(order(due, EntryKind::Commission, at_due));
        }
        let mut prev = at_due;
        for &(day, value) in o.learned.iter().filter(|(d, _)| *d > due && *d <= today) {
            if value != prev {
                let kind = if value < prev { EntryKind::TakenBack } else { EntryKind::Restored };
                changes.push(order(day, kind, value - prev));
                prev = value;
            }
        }
    }
    for t in &c.typed_in {
        let due = (t.day + Days::new(hold)).max(t.entered);
        if due > today {
            held_net += t.amount_minor;
            held_orders += 1;
            next_due = Some(next_due.map_or(due, |n| n.min(due)));
        } else if t.amount_minor != 0 {
            changes.push(NetChange {
                day: due,
                kind: EntryKind::Commission,
                source: None,
                order: None,
                order_day: Some(t.day),
                net: t.amount_minor,
            });
        }
    }
    changes.sort_by(|a, b| (a.day, a.kind, &a.order).cmp(&(b.day, b.kind, &b.order)));
    let pct = c.campaign.commission_pct;
    let (mut running, mut rounded) = (0_i64, 0_i64);
    let mut lines = Vec::new();
    for ch in changes {
        running += ch.net;
        let next = commission(running, pct);
        let mut e = entry(Some(&c.campaign), ch.day, ch.kind, next - rounded);
        rounded = next;
        e.source = ch.source;
        e.order = ch.order;
        e.order_day = ch.order_day;
        e.net_revenue_minor = ch.net;
        lines.push(e);
    }
    let held = next_due.map(|next_due| HeldCommission {
        campaign_id: c.campaign.campaign_id,
        campaign: c.campaign.campaign.clone(),
        orders: held_orders,
        net_revenue_minor: held_net,
        commission_minor: commission(running + held_net, pct) - rounded,
        next_due,
    });
    (lines, held)
}

/// The ledger of [`LedgerInput`] (see the module documentation for the rules).
pub fn compute(input: &LedgerInput) -> Ledger {
    let hold = u64::try_from(input.hold_days.max(0)).unwrap_or(0);
    let mut lines = Vec::new();
    let mut held = Vec::new();
    let mut upcoming_fees_minor = 0;
    for c in &input.campaigns {
        let campaign = &c.campaign;
        if campaign.fee_minor > 0 {
            if campaign.start <= input.today {
                lines.push(entry(Some(campaign), campaign.start, EntryKind::Fee, campaign.fee_minor));
            } else {
                upcoming_fees_minor += campaign.fee_minor;
            }
        }
        if campaign.commission_pct > 0.0 {
            let (commission_lines, h) = campaign_lines(c, hold, input.today);
            lines.extend(commission_lines);
            held.extend(h);
        }
    }
    for p in &input.payments {
        let mut e = entry(None, p.fields.day, EntryKind::Payment, -p.fields.amount_minor);
        e.payment_id = Some(p.id);
        e.method = p.fields.method.clone();
        e.note = p.fields.note.clone();
        lines.push(e);
    }
    // Stable: a campaign's lines keep their rounding order within a day.
    lines.sort_by_key(|l| (l.day, l.kind));
    let mut balance = 0;
    let mut years: BTreeMap<i32, Totals> = BTreeMap::new();
    for l in &mut lines {
        balance += l.amount_minor;
        l.balance_minor = balance;
        years.entry(l.day.year()).or_default().add(l);
    }
    let in_period = |d: NaiveDate| input.from.is_none_or(|f| d >= f) && input.to.is_none_or(|t| d <= t);
    let opening_balance_minor: i64 =
        lines.iter().filter(|l| input.from.is_some_and(|f| l.day < f)).map(|l| l.amount_minor).sum();
    let entries: Vec<LedgerEntry> = lines.into_iter().filter(|l| in_period(l.day)).collect();
    let period = Totals::of(&entries);
    Ledger {
        partner_id: input.partner_id,
        partner: input.partner.clone(),
        currency: input.currency.clone(),
        hold_days: input.hold_days,
        today: input.today,
        from: input.from,
        to: input.to,
        opening_balance_minor,
        closing_balance_minor: opening_balance_minor + entries.iter().map(|l| l.amount_minor).sum::<i64>(),
        entries,
        fees_minor: period.fees_minor,
        commission_minor: period.commission_minor,
        taken_back_minor: period.taken_back_minor,
        paid_minor: period.paid_minor,
        held_commission_minor: held.iter().map(|h| h.commission_minor).sum(),
        held,
        upcoming_fees_minor,
        years: years
            .into_iter()
            .map(|(year, t)| YearTotals {
                year,
                fees_minor: t.fees_minor,
                commission_minor: t.commission_minor,
                taken_back_minor: t.taken_back_minor,
                paid_minor: t.paid_minor,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::ledger::PaymentInput;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("day")
    }

    fn campaign(fee: i64, pct: f64) -> LedgerCampaign {
        LedgerCampaign {
            campaign_partner_id: 1,
            campaign_id: 7,
            campaign: "Spring".into(),
            start: day("2026-01-05"),
            until: day("2026-01-31"),
            fee_minor: fee,
            commission_pct: pct,
        }
    }

    fn order(n: &str, on: &str, learned: &[(&str, i64)]) -> SaleHistory {
        SaleHistory {
            sale_id: 0,
            source: "shopify".into(),
            order: n.into(),
            day: day(on),
            learned: learned.iter().map(|(d, v)| (day(d), *v)).collect(),
        }
    }

    fn input(today: &str, orders: Vec<SaleHistory>, payments: Vec<(&str, i64)>) -> LedgerInput {
        LedgerInput {
            partner_id: 1,
            partner: "Maya".into(),
            currency: Some("EUR".into()),
            hold_days: 30,
            today: day(today),
            from: None,
            to: None,
            campaigns: vec![CampaignLedger { campaign: campaign(10_000, 10.0), orders, typed_in: Vec::new() }],
            payments: payments
                .into_iter()
                .enumerate()
                .map(|(i, (d, amount))| Payment {
                    id: i as i64 + 1,
                    fields: PaymentInput {
                        partner_id: 1,
                        day: day(d),
                        amount_minor: amount,
                        method: "bank transfer".into(),
                        note: String::new(),
                    },
                })
                .collect(),
        }
    }

    #[test]
    fn commission_paid_then_partly_taken_back_by_a_refund_after_payment() {
        // Order #1001 on 10 January, 120.00 net, imported the next day: 10 % = 12.00, due 9 February
        // (30 days). Fee 100.00 from 5 January. Paid 112.00 on 12 February. On 20 February an import learns
        // a 45.00 refund: 4.50 taken back; the partner was paid 4.50 more than is owed now.
        let o = order("#1001", "2026-01-10", &[("2026-01-11", 12_000), ("2026-02-20", 7_500)]);
        let l = compute(&input("2026-02-28", vec![o], vec![("2026-02-12", 11_200)]));
        let lines: Vec<(NaiveDate, EntryKind, i64, i64)> =
            l.entries.iter().map(|e| (e.day, e.kind, e.amount_minor, e.balance_minor)).collect();
        assert_eq!(
            lines,
            vec![
                (day("2026-01-05"), EntryKind::Fee, 10_000, 10_000),
                (day("2026-02-09"), EntryKind::Commission, 1_200, 11_200),
                (day("2026-02-12"), EntryKind::Payment, -11_200, 0),
                (day("2026-02-20"), EntryKind::TakenBack, -450, -450),
            ]
        );
        assert_eq!(l.entries[3].net_revenue_minor, -4_500);
        assert_eq!((l.fees_minor, l.commission_minor, l.taken_back_minor, l.paid_minor), (10_000, 1_200, 450, 11_200));
        assert_eq!(l.closing_balance_minor, -450);
        assert_eq!(
            l.years,
            vec![YearTotals {
                year: 2026,
                fees_minor: 10_000,
                commission_minor: 1_200,
                taken_back_minor: 450,
                paid_minor: 11_200
            }]
        );
    }

    #[test]
    fn a_refund_learned_during_the_hold_is_never_owed() {
        let o = order("#1002", "2026-01-10", &[("2026-01-11", 12_000), ("2026-01-25", 7_500)]);
        let l = compute(&input("2026-02-28", vec![o], vec![]));
        assert_eq!(l.entries[1].kind, EntryKind::Commission);
        assert_eq!(l.entries[1].amount_minor, 750);
        assert!(l.entries.iter().all(|e| e.kind != EntryKind::TakenBack));
    }

    #[test]
    fn the_hold_crosses_a_month_end_and_what_is_not_due_is_held() {
        // 31 January + 30 days = 2 March (2026 is not a leap year): held on 1 March, due on 2 March.
        let o = order("#1003", "2026-01-31", &[("2026-01-31", 3_333)]);
        let held = compute(&input("2026-03-01", vec![o.clone()], vec![]));
        assert!(held.entries.iter().all(|e| e.kind != EntryKind::Commission));
        assert_eq!(held.held.len(), 1);
        assert_eq!((held.held[0].next_due, held.held[0].commission_minor), (day("2026-03-02"), 333));
        let due = compute(&input("2026-03-02", vec![o], vec![]));
        assert_eq!(due.held_commission_minor, 0);
        assert_eq!(due.entries[1].day, day("2026-03-02"));
        assert_eq!(due.entries[1].amount_minor, 333);
    }

    #[test]
    fn commission_is_rounded_once_on_the_running_total() {
        // Three orders of 0.15 at 10 %: 0.015 each, 0.045 in all → 0.05 (half away from zero), never 3 × 0.02.
        let orders = vec![
            order("#1", "2026-01-06", &[("2026-01-06", 15)]),
            order("#2", "2026-01-07", &[("2026-01-07", 15)]),
            order("#3", "2026-01-08", &[("2026-01-08", 15)]),
        ];
        let l = compute(&input("2026-03-01", orders, vec![]));
        let amounts: Vec<i64> =
            l.entries.iter().filter(|e| e.kind == EntryKind::Commission).map(|e| e.amount_minor).collect();
        assert_eq!(amounts, vec![2, 1, 2], "steps of 2, 3, 5 (0.015 → 0.02, 0.03 → 0.03, 0.045 → 0.05)");
        assert_eq!(l.commission_minor, commission(45, 10.0));
    }

    #[test]
    fn a_statement_period_opens_with_the_balance_before_it() {
        let o = order("#1001", "2026-01-10", &[("2026-01-11", 12_000)]);
        let mut i = input("2026-03-31", vec![o], vec![("2026-03-03", 5_000)]);
        i.from = Some(day("2026-02-01"));
        i.to = Some(day("2026-02-28"));
        let l = compute(&i);
        assert_eq!(l.opening_balance_minor, 10_000, "the fee of 5 January");
        assert_eq!(l.entries.len(), 1);
        assert_eq!((l.commission_minor, l.paid_minor, l.closing_balance_minor), (1_200, 0, 11_200));
    }
}
