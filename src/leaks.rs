//! Has a partner's code leaked? Signals read from the sales themselves, each with the orders behind it.
//! A signal never changes attribution: only the owner marking a code as leaked from a day does
//! ([`crate::store::Store::mark_code_leaked`]).
//!
//! The signals (thresholds chosen so that a partner's ordinary launch, a busy weekend or a post's burst
//! are not flagged; tested both ways in this module and in `tests/core/leaks.rs`):
//! - **after the window**: at least [`AFTER_WINDOW_MIN_ORDERS`] orders with the code more than
//!   [`GRACE_DAYS`] days after its campaign's last counted day, on days no other campaign has it live.
//! - **spike**: a day with at least [`SPIKE_MIN_ORDERS`] orders, at least [`SPIKE_RATIO`] times what the code's
//!   own last [`HISTORY_DAYS`] days predict for that weekday (the code's rate per day, scaled by the shop's
//!   weekday pattern: a shop busier on Saturdays expects its codes to be too), with a Poisson tail
//!   probability under [`SPIKE_P`]; only once the code has [`MIN_HISTORY_DAYS`] days of history, and never in
//!   the three days from one of the partner's posts. Consecutive flagged days make one signal.
//! - **existing customers**: a code meant for first orders whose orders with a known customer are at
//!   least [`MIX_MIN_ORDERS`], and more than half of them by customers who had ordered before.
//!
//! Shipping regions are not in the stored sales, so "orders shipped far from the shop" is not a signal yet.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::store::analysis_data::live_until;
use crate::store::leaks::{DayOrders, LeakCode, LeakData};

/// Days after a code's last counted day during which late orders are ordinary (a customer who saved it).
pub const GRACE_DAYS: u64 = 7;
/// Orders after the window (past the grace days) that make a signal.
pub const AFTER_WINDOW_MIN_ORDERS: i64 = 3;
/// A spike day has at least this many orders…
pub const SPIKE_MIN_ORDERS: i64 = 5;
/// …at least this many times the expected…
pub const SPIKE_RATIO: f64 = 4.0;
/// …and is this unlikely under the code's own pattern (Poisson upper tail).
pub const SPIKE_P: f64 = 1e-4;
/// The days before a day that make a code's own pattern.
pub const HISTORY_DAYS: u64 = 28;
/// A code needs this many days since its first order before a spike can be told from a launch.
pub const MIN_HISTORY_DAYS: u64 = 14;
/// The lowest daily rate assumed for a code (a quiet code's first busy day is still judged by its size).
const FLOOR_RATE: f64 = 0.1;
/// First-order codes: orders with a known customer needed before their mix is judged.
pub const MIX_MIN_ORDERS: i64 = 10;

/// What kind of sign of a leak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Signal {
    AfterWindow,
    Spike,
    ExistingCustomers,
}

/// One sign that a code may have leaked, with the days and orders behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeakSignal {
    pub code: String,
    pub signal: Signal,
    /// First and last shop-local day of the orders behind it.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub orders: i64,
    pub net_revenue_minor: i64,
    /// What the code's own pattern predicted for those days (spikes).
    pub expected_orders: Option<f64>,
    /// Of the first-order code's orders with a known customer, how many were by existing customers.
    pub known_customers: Option<i64>,
    pub campaign_partner_id: i64,
    pub campaign_id: i64,
    pub campaign: String,
    /// The partner or community whose code it is.
    pub member: String,
    pub partner_id: Option<i64>,
    pub community_id: Option<i64>,
    /// The campaign's first day and its last counted day.
    pub window_start: NaiveDate,
    pub window_end: NaiveDate,
}

/// Every signal in the shop's sales, newest first. Days from the day a code was marked leaked on are
/// left out (the owner has acted on them).
pub fn signals(data: &LeakData) -> Vec<LeakSignal> {
    let weekday = weekday_factors(&data.shop_days);
    let periods = Periods::of(&data.codes);
    let empty = BTreeMap::new();
    let mut out = Vec::new();
    for c in &data.codes {
        // This partner's part of the code's life: from its campaign's first day to the next campaign that
        // uses the code again (never beyond today, nor from the day the owner marked it leaked).
        let end = [Some(data.today + Days::new(1)), periods.next_start(c), c.leaked_from]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(c.start);
        let all = data.code_days.get(&c.code_norm).unwrap_or(&empty);
        let days: BTreeMap<NaiveDate, DayOrders> =
            if end > c.start { all.range(c.start..end).map(|(d, o)| (*d, *o)).collect() } else { BTreeMap::new() };
        if let Some(s) = after_window(c, &days, &periods) {
            out.push(s);
        }
        out.extend(spikes(c, &days, &periods, &weekday));
        if let Some(mix) = data.customer_mix.get(&(c.campaign_partner_id, c.code_norm.clone())) {
            let (Some(from), Some(to)) = (mix.first_existing, mix.last_existing) else { continue };
            if mix.known >= MIX_MIN_ORDERS && 2 * mix.existing > mix.known {
                out.push(LeakSignal {
                    orders: mix.existing,
                    net_revenue_minor: mix.existing_net_minor,
                    known_customers: Some(mix.known),
                    ..signal(c, Signal::ExistingCustomers, from, to)
                });
            }
        }
    }
    out.sort_by(|a, b| b.to.cmp(&a.to).then(a.code.cmp(&b.code)));
    out
}

fn signal(c: &LeakCode, signal: Signal, from: NaiveDate, to: NaiveDate) -> LeakSignal {
    LeakSignal {
        code: c.code.clone(),
        signal,
        from,
        to,
        orders: 0,
        net_revenue_minor: 0,
        expected_orders: None,
        known_customers: None,
        campaign_partner_id: c.campaign_partner_id,
        campaign_id: c.campaign_id,
        campaign: c.campaign.clone(),
        member: c.member.clone(),
        partner_id: c.partner_id,
        community_id: c.community_id,
        window_start: c.start,
        window_end: c.until,
    }
}

/// The live periods of each code (normalized), by first day: "is it live elsewhere on this day" is a look-up
/// among the code's own periods, not a pass over every code of the shop (which took 0.7 s on 200 campaigns).
struct Periods<'a>(std::collections::HashMap<&'a str, Vec<(NaiveDate, NaiveDate, i64)>>);

impl<'a> Periods<'a> {
    fn of(codes: &'a [LeakCode]) -> Periods<'a> {
        let mut map: std::collections::HashMap<&str, Vec<(NaiveDate, NaiveDate, i64)>> = Default::default();
        for c in codes {
            map.entry(c.code_norm.as_str()).or_default().push((
                c.start,
                live_until(c.until, c.leaked_from),
                c.campaign_partner_id,
            ));
        }
        for list in map.values_mut() {
            list.sort_unstable();
        }
        Periods(map)
    }

    /// Whether another partner's (or campaign's) use of the same code makes `day` ordinary.
    fn live_elsewhere(&self, c: &LeakCode, day: NaiveDate) -> bool {
        let Some(list) = self.0.get(c.code_norm.as_str()) else { return false };
        let started = list.partition_point(|p| p.0 <= day);
        list[..started].iter().any(|&(_, until, cp)| cp != c.campaign_partner_id && day <= until)
    }

    /// The first day another campaign uses the code again after `c`'s period.
    fn next_start(&self, c: &LeakCode) -> Option<NaiveDate> {
        let list = self.0.get(c.code_norm.as_str())?;
        let after = list.partition_point(|p| p.0 <= c.until);
        list[after..].iter().find(|p| p.2 != c.campaign_partner_id).map(|p| p.0)
    }
}

/// The code's orders past its window and the grace days, up to the next campaign that uses it again.
fn after_window(c: &LeakCode, days: &BTreeMap<NaiveDate, DayOrders>, periods: &Periods<'_>) -> Option<LeakSignal> {
    let after = c.until + Days::new(GRACE_DAYS);
    let late: Vec<(&NaiveDate, &DayOrders)> =
        days.iter().filter(|(d, _)| **d > after && !periods.live_elsewhere(c, **d)).collect();
    let orders: i64 = late.iter().map(|(_, o)| o.orders).sum();
    if orders < AFTER_WINDOW_MIN_ORDERS {
        return None;
    }
    Some(LeakSignal {
        orders,
        net_revenue_minor: late.iter().map(|(_, o)| o.net_minor).sum(),
        ..signal(c, Signal::AfterWindow, *late[0].0, *late[late.len() - 1].0)
    })
}

/// The shop's orders on each weekday relative to its average day (1.0 everywhere without sales).
fn weekday_factors(shop: &BTreeMap<NaiveDate, i64>) -> [f64; 7] {
    let (Some(first), Some(last)) = (shop.keys().next(), shop.keys().next_back()) else { return [1.0; 7] };
    let mut sums = [0.0_f64; 7];
    let mut counts = [0.0_f64; 7];
    for day in first.iter_days().take_while(|d| d <= last) {
        let i = day.weekday().num_days_from_monday() as usize;
        sums[i] += shop.get(&day).copied().unwrap_or(0) as f64;
        counts[i] += 1.0;
    }
    let total: f64 = sums.iter().sum::<f64>() / counts.iter().sum::<f64>();
    let mut out = [1.0; 7];
    for i in 0..7 {
        if counts[i] > 0.0 && total > 0.0 {
            out[i] = (sums[i] / counts[i] / total).max(0.05);
        }
    }
    out
}

/// P(X ≥ k) for X ~ Poisson(λ).
fn poisson_upper_tail(k: i64, lambda: f64) -> f64 {
    let mut term = (-lambda).exp();
    let mut below = 0.0;
    for i in 0..k {
        below += term;
        term *= lambda / (i + 1) as f64;
    }
    (1.0 - below).max(0.0)
}

/// Days far above the code's own pattern, merged into runs of consecutive days.
fn spikes(
    c: &LeakCode,
    days: &BTreeMap<NaiveDate, DayOrders>,
    periods: &Periods<'_>,
    weekday: &[f64; 7],
) -> Vec<LeakSignal> {
    let Some(first_use) = days.keys().next().copied() else { return Vec::new() };
    let factor = |d: NaiveDate| weekday[d.weekday().num_days_from_monday() as usize];
    let after_post = |d: NaiveDate| c.post_days.iter().any(|p| *p <= d && d <= *p + Days::new(2));
    let mut flagged: Vec<(NaiveDate, DayOrders, f64)> = Vec::new();
    for (&day, &o) in days {
        // Only this partner's part of the code's life: from its campaign's start, not once another uses it.
        if day < c.start || day < first_use + Days::new(MIN_HISTORY_DAYS) || o.orders < SPIKE_MIN_ORDERS {
            continue;
        }
        if after_post(day) || periods.live_elsewhere(c, day) {
            continue;
        }
        let from = (day - Days::new(HISTORY_DAYS)).max(first_use);
        let (mut seen, mut exposure) = (0_i64, 0.0_f64);
        for d in from.iter_days().take_while(|d| *d < day) {
            seen += days.get(&d).map_or(0, |x| x.orders);
            exposure += factor(d);
        }
        let expected = (seen as f64 / exposure.max(1.0)).max(FLOOR_RATE) * factor(day);
        if o.orders as f64 >= SPIKE_RATIO * expected && poisson_upper_tail(o.orders, expected) < SPIKE_P {
            flagged.push((day, o, expected));
        }
    }
    let mut out: Vec<LeakSignal> = Vec::new();
    for (day, o, expected) in flagged {
        match out.last_mut() {
            Some(s) if s.to + Days::new(1) == day => {
                s.to = day;
                s.orders += o.orders;
                s.net_revenue_minor += o.net_minor;
                s.expected_orders = Some(s.expected_orders.unwrap_or(0.0) + expected);
            }
            _ => out.push(LeakSignal {
                orders: o.orders,
                net_revenue_minor: o.net_minor,
                expected_orders: Some(expected),
                ..signal(c, Signal::Spike, day, day)
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("day")
    }

    fn code(code: &str, start: &str, until: &str) -> LeakCode {
        LeakCode {
            campaign_partner_id: 1,
            campaign_id: 1,
            campaign: "Spring".into(),
            member: "Maya".into(),
            partner_id: Some(1),
            community_id: None,
            code: code.into(),
            code_norm: code.into(),
            start: day(start),
            until: day(until),
            leaked_from: None,
            new_customers_only: false,
            post_days: Vec::new(),
        }
    }

    /// A shop with 40 orders on weekdays and 100 on Saturdays and Sundays, March to May 2026.
    fn shop() -> BTreeMap<NaiveDate, i64> {
        day("2026-03-01")
            .iter_days()
            .take_while(|d| *d <= day("2026-05-31"))
            .map(|d| (d, if d.weekday().num_days_from_monday() >= 5 { 100 } else { 40 }))
            .collect()
    }

    fn data(codes: Vec<LeakCode>, code_days: HashMap<String, BTreeMap<NaiveDate, DayOrders>>) -> LeakData {
        LeakData { codes, code_days, shop_days: shop(), customer_mix: HashMap::new(), today: day("2026-05-31") }
    }

    fn orders(n: i64) -> DayOrders {
        DayOrders { orders: n, net_minor: n * 3000 }
    }

    #[test]
    fn poisson_tail_matches_hand_values() {
        // P(X ≥ 1 | λ = 1) = 1 − e^-1; P(X ≥ 5 | λ = 0.5) ≈ 1.72e-4.
        assert!((poisson_upper_tail(1, 1.0) - (1.0 - (-1.0_f64).exp())).abs() < 1e-12);
        assert!((poisson_upper_tail(5, 0.5) - 1.7212e-4).abs() < 1e-7);
        assert!((poisson_upper_tail(0, 3.0) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn weekend_rise_that_matches_the_shop_is_not_a_spike_a_tenfold_jump_is() {
        // Both codes live 1–31 March (window included). WEEKEND follows the shop: 2 a weekday, 5 a weekend
        // day. LEAKY does the same, then, a week after its window, 20 a day for three days.
        let mut days = HashMap::new();
        let pattern = |d: NaiveDate| if d.weekday().num_days_from_monday() >= 5 { 5 } else { 2 };
        let march: BTreeMap<_, _> = day("2026-03-01")
            .iter_days()
            .take_while(|d| *d <= day("2026-03-31"))
            .map(|d| (d, orders(pattern(d))))
            .collect();
        days.insert("WEEKEND".to_string(), march.clone());
        let mut leaky = march;
        for d in ["2026-04-08", "2026-04-09", "2026-04-10"] {
            leaky.insert(day(d), orders(20));
        }
        days.insert("LEAKY".to_string(), leaky);
        let mut other = code("WEEKEND", "2026-03-01", "2026-03-31");
        other.campaign_partner_id = 2;
        let found = signals(&data(vec![code("LEAKY", "2026-03-01", "2026-03-31"), other], days));
        assert!(found.iter().all(|s| s.code == "LEAKY"), "{found:#?}");
        let spike = found.iter().find(|s| s.signal == Signal::Spike).expect("a spike");
        assert_eq!((spike.from, spike.to, spike.orders), (day("2026-04-08"), day("2026-04-10"), 60));
        let late = found.iter().find(|s| s.signal == Signal::AfterWindow).expect("after the window");
        // Past 31 March + 7 grace days: 8–10 April.
        assert_eq!(
            (late.from, late.to, late.orders, late.net_revenue_minor),
            (day("2026-04-08"), day("2026-04-10"), 60, 180_000)
        );
    }

    #[test]
    fn late_orders_within_the_grace_days_or_too_few_are_not_flagged() {
        let mut days = HashMap::new();
        let mut d: BTreeMap<_, _> = BTreeMap::new();
        d.insert(day("2026-03-10"), orders(3));
        d.insert(day("2026-04-07"), orders(4)); // 31 March + 7: still grace
        d.insert(day("2026-04-20"), orders(2)); // two after: fewer than 3
        days.insert("LATE".to_string(), d);
        assert!(signals(&data(vec![code("LATE", "2026-03-01", "2026-03-31")], days)).is_empty());
    }

    #[test]
    fn the_day_after_a_post_is_not_a_spike_and_a_marked_code_is_left_alone() {
        let mut days = HashMap::new();
        let mut d: BTreeMap<_, _> =
            day("2026-03-01").iter_days().take_while(|d| *d <= day("2026-03-31")).map(|d| (d, orders(1))).collect();
        d.insert(day("2026-03-21"), orders(25));
        days.insert("POSTED".to_string(), d);
        let mut c = code("POSTED", "2026-03-01", "2026-04-30");
        c.post_days = vec![day("2026-03-20")];
        assert!(signals(&data(vec![c.clone()], days.clone())).is_empty());
        c.post_days.clear();
        assert_eq!(signals(&data(vec![c.clone()], days.clone())).len(), 1);
        c.leaked_from = Some(day("2026-03-21"));
        assert!(signals(&data(vec![c], days)).is_empty());
    }

    #[test]
    fn a_first_order_code_used_mostly_by_existing_customers_is_flagged() {
        let mut c = code("WELCOME", "2026-03-01", "2026-03-31");
        c.new_customers_only = true;
        let mix = |known, existing| crate::store::leaks::CustomerMix {
            known,
            existing,
            existing_net_minor: existing * 1000,
            first_existing: Some(day("2026-03-03")),
            last_existing: Some(day("2026-03-29")),
        };
        let mut d = data(vec![c], HashMap::new());
        d.customer_mix.insert((1, "WELCOME".into()), mix(12, 7));
        let found = signals(&d);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].signal, found[0].orders, found[0].known_customers),
            (Signal::ExistingCustomers, 7, Some(12))
        );
        d.customer_mix.insert((1, "WELCOME".into()), mix(12, 6)); // half: not more than half
        assert!(signals(&d).is_empty());
        d.customer_mix.insert((1, "WELCOME".into()), mix(9, 9)); // too few to judge
        assert!(signals(&d).is_empty());
    }
}
