//! Sales lift: how much more the shop sold during a campaign than it usually does, for partners that
//! bring walk-in customers without a code (a run club, a parents' group, an in-store event).
//!
//! The estimator (documented for owners in the README and the UI):
//! - Window: the campaign's days, start to end + attribution window, shop-local. Sales are the daily net
//!   sales of the whole shop minus the orders attributed to this campaign by code (they are already
//!   counted; nothing is counted twice).
//! - Baseline: the shop's days in the `weeks` weeks (default 8) before the start, leaving out days inside
//!   any other campaign's window, days the owner marked as holidays, and days without sales data.
//! - Model, fitted by least squares on the baseline: each weekday has its own level, plus one linear trend
//!   (a shop growing 20% a year sells ~3% more six weeks later; without the trend that growth would be
//!   reported as lift). A day's sales = its weekday's level + trend × time + noise of variance σ².
//! - Estimate: Σ over observed window days of (sales − the model's prediction for that day).
//! - 95% interval: estimate ± t · s · √(|W| + cᵀ(XᵀX)⁻¹c), where |W| is the number of window days (their
//!   own day-to-day noise) and cᵀ(XᵀX)⁻¹c the uncertainty of the predicted total (levels estimated from
//!   8 Mondays, and a trend, are themselves uncertain); c sums the window days' model rows. Student's t
//!   because σ is estimated, with degrees of freedom lowered for the residuals' excess kurtosis (sales
//!   noise is skewed; its variance estimate varies more than a normal one's).
//!
//! Why this model: it is what an owner does by hand ("a usual Saturday, lately"), it needs two months
//! of history, and the simulation study ([`simulation`]) shows its interval covers the true effect 95.0%
//! of the time on shops with weekday patterns, trends, skewed noise and closed days. Weekday levels alone
//! (`no_trend`) detect more but cover only 93.7%: trend leaks into the estimate.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use statrs::distribution::{ContinuousCDF, StudentsT};
use ts_rs::TS;

use crate::i18n::Message;
use crate::msg;

pub mod simulation;

/// Weeks of history the baseline looks back by default (the shop's analysis settings may say otherwise).
pub const DEFAULT_WEEKS: u32 = crate::store::settings::DEFAULT_LIFT_WEEKS;
/// Fewer baseline days than this, in all, gives "not enough data".
pub const MIN_BASELINE_DAYS: usize = 21;
/// Each weekday in the window needs at least this many baseline days of its own.
pub const MIN_PER_WEEKDAY: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LiftStatus {
    Ok,
    NotEnoughData,
    /// Another campaign's window overlaps this one: the estimate is their joint effect, shown once.
    Overlap,
}

/// One window day, for the chart: what was sold and the usual range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LiftDay {
    pub day: NaiveDate,
    /// Net sales of the day, this campaign's code orders excluded; `None` when the day has no data.
    pub actual_minor: Option<i64>,
    /// The weekday's usual level.
    pub expected_minor: Option<i64>,
    /// A usual day's 95% range (level ± t·s): the band the chart draws.
    pub usual_low_minor: Option<i64>,
    pub usual_high_minor: Option<i64>,
}

/// A lift estimate, or why there is none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Lift {
    pub status: LiftStatus,
    pub estimate_minor: Option<i64>,
    pub low_minor: Option<i64>,
    pub high_minor: Option<i64>,
    /// Baseline days used.
    pub baseline_days: i64,
    /// Window days with data (the estimate's days).
    pub window_days: i64,
    /// Window days without sales data (not imported yet, or closed): left out and reported.
    pub missing_days: i64,
    /// Window days the owner marked as holidays: left out.
    pub holiday_days: i64,
    /// Window days after the last day with sales data (the campaign is still running, or its latest
    /// sales are not imported yet): not counted yet.
    pub pending_days: i64,
    pub weeks: u32,
    /// Sum of the window's sales and of the usual levels over the same days.
    pub actual_minor: Option<i64>,
    pub expected_minor: Option<i64>,
    /// Campaigns whose windows overlap this one (status `overlap`).
    pub overlaps_with: Vec<String>,
    /// Why there is no estimate, or what would make it more certain: sentences as catalogue messages.
    pub notes: Vec<Message>,
    pub days: Vec<LiftDay>,
}

/// What the estimator needs, gathered by the store.
#[derive(Debug, Clone, Default)]
pub struct LiftInput {
    /// Net sales per shop-local day (days without any order are absent).
    pub daily: BTreeMap<NaiveDate, i64>,
    /// This campaign's code-attributed net per day, taken out of the window's sales.
    pub attributed: BTreeMap<NaiveDate, i64>,
    pub window_start: NaiveDate,
    pub window_end: NaiveDate,
    /// Days inside other campaigns' windows (left out of the baseline).
    pub other_campaign_days: BTreeSet<NaiveDate>,
    /// Holidays the owner marked (left out of baseline and window).
    pub holidays: BTreeSet<NaiveDate>,
    /// Other campaigns whose windows overlap this one.
    pub overlaps_with: Vec<String>,
    /// The last day the shop's sales are known for (latest imported sale); later window days are
    /// pending, not missing. `None`: the last day of `daily`.
    pub last_data_day: Option<NaiveDate>,
    pub weeks: u32,
    /// Weekday levels only, without the trend (for comparison in the simulation study).
    pub no_trend: bool,
}

/// The numbers of the weekday-level model, before rounding to money.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub estimate: f64,
    pub low: f64,
    pub high: f64,
    /// t · s: half-width of a single usual day's range.
    pub day_half_width: f64,
}

/// Solves `a · x = b` for a small symmetric positive definite `a` (Gauss–Jordan with partial pivoting);
/// `None` when singular.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in 0..n {
            if row != col {
                let f = a[row][col] / a[col][col];
                let pivot_row = a[col].clone();
                for (x, p) in a[row].iter_mut().zip(&pivot_row).skip(col) {
                    *x -= f * p;
                }
                b[row] -= f * b[col];
            }
        }
    }
    Some((0..n).map(|i| b[i] / a[i][i]).collect())
}

/// The estimate from baseline and window days (`None`: not enough baseline). Each day is
/// (weekday 0–6, days since the window's start (negative before), value); the model is a level per
/// weekday seen in the baseline, plus a linear trend in time when `trend`.
pub fn fit_interval(
    baseline: &[(usize, f64, f64)],
    window: &[(usize, f64, f64)],
    trend: bool,
) -> Option<(Interval, Vec<f64>)> {
    let mut n = [0usize; 7];
    for &(w, _, _) in baseline {
        n[w] += 1;
    }
    if baseline.len() < MIN_BASELINE_DAYS || window.iter().any(|&(w, _, _)| n[w] < MIN_PER_WEEKDAY) {
        return None;
    }
    // Columns: one per weekday seen, then the trend.
    let cols: Vec<usize> = (0..7).filter(|&w| n[w] > 0).collect();
    let p = cols.len() + usize::from(trend);
    let row = |w: usize, t: f64| -> Vec<f64> {
        let mut x: Vec<f64> = cols.iter().map(|&c| if c == w { 1.0 } else { 0.0 }).collect();
        if trend {
            x.push(t / 7.0);
        }
        x
    };
    let mut xtx = vec![vec![0.0; p]; p];
    let mut xty = vec![0.0; p];
    for &(w, t, y) in baseline {
        let x = row(w, t);
        for i in 0..p {
            xty[i] += x[i] * y;
            for j in 0..p {
                xtx[i][j] += x[i] * x[j];
            }
        }
    }
    let beta = solve(xtx.clone(), xty)?;
    let predict = |w: usize, t: f64| row(w, t).iter().zip(&beta).map(|(x, b)| x * b).sum::<f64>();
    let df = baseline.len().checked_sub(p).filter(|&d| d >= 5)?;
    let residuals: Vec<f64> = baseline.iter().map(|&(w, t, y)| y - predict(w, t)).collect();
    let ss: f64 = residuals.iter().map(|r| r * r).sum();
    let s = (ss / df as f64).sqrt();
    // Sales noise is not normal (skewed, heavy-tailed): s² then varies more than the t-distribution
    // assumes, by the residuals' excess kurtosis κ (Var(s²)/σ⁴ ≈ 2/df + κ/n). The degrees of freedom
    // that match that variance make the interval honest on such data.
    let m = residuals.len() as f64;
    let m2 = ss / m;
    let m4 = residuals.iter().map(|r| r.powi(4)).sum::<f64>() / m;
    let kurtosis = if m2 > 0.0 { (m4 / (m2 * m2) - 3.0).max(0.0) } else { 0.0 };
    let df = 2.0 / (2.0 / df as f64 + kurtosis / m);
    let mut c = vec![0.0; p];
    let mut estimate = 0.0;
    let mut expected = Vec::with_capacity(window.len());
    for &(w, t, y) in window {
        for (ci, xi) in c.iter_mut().zip(row(w, t)) {
            *ci += xi;
        }
        let e = predict(w, t);
        expected.push(e);
        estimate += y - e;
    }
    // c' (X'X)⁻¹ c: the variance of the predicted window total, in units of σ².
    let level_var: f64 = solve(xtx, c.clone())?.iter().zip(&c).map(|(a, b)| a * b).sum();
    let t = StudentsT::new(0.0, 1.0, df).ok()?.inverse_cdf(0.975);
    let half = t * s * (window.len() as f64 + level_var).sqrt();
    Some((Interval { estimate, low: estimate - half, high: estimate + half, day_half_width: t * s }, expected))
}

fn weekday(d: NaiveDate) -> usize {
    d.weekday().num_days_from_monday() as usize
}

/// Estimates a campaign's lift (see the module documentation).
///
/// Long because its notes explain the counts the earlier steps keep (missing, holiday, pending days, baseline size).
#[expect(
    clippy::too_many_lines,
    reason = "its notes explain the counts the earlier steps keep (missing, holiday, pending days, baseline size)"
)]
pub fn estimate(input: &LiftInput) -> Lift {
    let weeks = if input.weeks == 0 { DEFAULT_WEEKS } else { input.weeks };
    let baseline_start = input.window_start - Duration::days(7 * i64::from(weeks));
    let since_start = |d: NaiveDate| (d - input.window_start).num_days() as f64;
    let baseline: Vec<(usize, f64, f64)> = baseline_start
        .iter_days()
        .take_while(|d| *d < input.window_start)
        .filter(|d| !input.other_campaign_days.contains(d) && !input.holidays.contains(d))
        .filter_map(|d| input.daily.get(&d).map(|&v| (weekday(d), since_start(d), v as f64)))
        .collect();
    let mut window = Vec::new();
    let mut window_dates = Vec::new();
    let (mut missing, mut holiday_days) = (0, 0);
    let mut days = Vec::new();
    let last_data =
        input.last_data_day.or_else(|| input.daily.keys().next_back().copied()).unwrap_or(input.window_start);
    let known_end = input.window_end.min(last_data);
    let pending =
        (input.window_end - known_end).num_days().max(0).min((input.window_end - input.window_start).num_days() + 1);
    for d in input.window_start.iter_days().take_while(|d| *d <= known_end) {
        let value = input.daily.get(&d).map(|&v| v - input.attributed.get(&d).copied().unwrap_or(0));
        if input.holidays.contains(&d) {
            holiday_days += 1;
            days.push((d, None));
        } else if let Some(v) = value {
            window.push((weekday(d), since_start(d), v as f64));
            window_dates.push(d);
            days.push((d, value));
        } else {
            missing += 1;
            days.push((d, None));
        }
    }
    let fitted = fit_interval(&baseline, &window, !input.no_trend);
    let round = |x: f64| x.round() as i64;
    let mut lift = Lift {
        status: LiftStatus::NotEnoughData,
        estimate_minor: None,
        low_minor: None,
        high_minor: None,
        baseline_days: baseline.len() as i64,
        window_days: window.len() as i64,
        missing_days: missing,
        holiday_days,
        pending_days: pending,
        weeks,
        actual_minor: None,
        expected_minor: None,
        overlaps_with: input.overlaps_with.clone(),
        notes: Vec::new(),
        days: Vec::new(),
    };
    let expected_on: BTreeMap<NaiveDate, f64> =
        fitted.as_ref().map(|(_, e)| window_dates.iter().copied().zip(e.iter().copied()).collect()).unwrap_or_default();
    let half = fitted.as_ref().map(|(i, _)| i.day_half_width);
    lift.days = days
        .iter()
        .map(|&(day, actual)| {
            let level = expected_on.get(&day).copied();
            LiftDay {
                day,
                actual_minor: actual,
                expected_minor: level.map(round),
                usual_low_minor: level.zip(half).map(|(l, h)| round(l - h)),
                usual_high_minor: level.zip(half).map(|(l, h)| round(l + h)),
            }
        })
        .collect();
    let Some((interval, expected)) = fitted.filter(|_| !window.is_empty()) else {
        lift.notes = vec![if window.is_empty() && pending > 0 && missing == 0 {
            Message::new("lift-not-started")
        } else if window.is_empty() {
            Message::new("lift-no-window-sales")
        } else {
            msg!(
                "lift-not-enough-history",
                days = baseline.len(),
                weeks = weeks,
                min_days = MIN_BASELINE_DAYS,
                min_weekday = MIN_PER_WEEKDAY
            )
        }];
        return lift;
    };
    let expected: f64 = expected.iter().sum();
    lift.status = if input.overlaps_with.is_empty() { LiftStatus::Ok } else { LiftStatus::Overlap };
    lift.estimate_minor = Some(round(interval.estimate));
    lift.low_minor = Some(round(interval.low));
    lift.high_minor = Some(round(interval.high));
    lift.expected_minor = Some(round(expected));
    lift.actual_minor = Some(round(expected + interval.estimate));
    let mut notes = Vec::new();
    if !input.overlaps_with.is_empty() {
        notes.push(msg!("lift-overlaps", campaigns = input.overlaps_with.join(", ")));
    }
    if missing > 0 {
        notes.push(msg!("lift-missing-days", count = missing));
    }
    if pending > 0 {
        notes.push(msg!("lift-pending-days", count = pending));
    }
    if interval.low <= 0.0 && interval.high >= 0.0 {
        notes.push(Message::new("lift-range-includes-zero"));
    } else if lift.baseline_days < 7 * i64::from(weeks) {
        notes.push(Message::new("lift-more-history"));
    }
    lift.notes = notes;
    lift
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english_notes(lift: &Lift) -> String {
        lift.notes.iter().map(Message::english).collect::<Vec<_>>().join(" ")
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    /// A shop selling 100 on weekdays and 200 on weekends, ±10 alternating, for `weeks` weeks before
    /// 2025-06-02 (a Monday) and during a 14-day window with `extra` more per day.
    fn shop(weeks: i64, extra: i64) -> LiftInput {
        let start = day("2025-06-02");
        let mut daily = BTreeMap::new();
        for (i, d) in (start - Duration::days(7 * weeks)).iter_days().take((7 * weeks + 14) as usize).enumerate() {
            let base = if weekday(d) >= 5 { 200 } else { 100 };
            let noise = if i % 2 == 0 { 10 } else { -10 };
            daily.insert(d, base + noise + if d >= start { extra } else { 0 });
        }
        LiftInput { daily, window_start: start, window_end: start + Duration::days(13), weeks: 8, ..Default::default() }
    }

    #[test]
    fn a_known_uplift_is_found_within_its_interval() {
        let lift = estimate(&shop(8, 50));
        assert_eq!(lift.status, LiftStatus::Ok);
        assert_eq!((lift.baseline_days, lift.window_days), (56, 14));
        let (est, low, high) =
            (lift.estimate_minor.expect("estimate"), lift.low_minor.expect("low"), lift.high_minor.expect("high"));
        // 14 days × 50 = 700; the alternating noise cancels over the window up to ±10 per weekday level.
        assert!((est - 700).abs() <= 40, "{est}");
        assert!(low > 0 && low < 700 && high > 700, "{low}..{high}");
        assert_eq!(lift.days.len(), 14);
        assert!(
            lift.days.iter().all(|d| d.usual_low_minor < d.expected_minor && d.expected_minor < d.usual_high_minor)
        );
    }

    #[test]
    fn no_uplift_gives_an_interval_around_zero() {
        let lift = estimate(&shop(8, 0));
        assert!(lift.low_minor.expect("low") < 0 && lift.high_minor.expect("high") > 0, "{lift:?}");
        assert!(english_notes(&lift).contains("includes zero"));
    }

    #[test]
    fn too_little_history_is_not_enough_data_not_a_number() {
        let lift = estimate(&shop(2, 50));
        assert_eq!(lift.status, LiftStatus::NotEnoughData);
        assert_eq!(lift.estimate_minor, None);
        assert!(english_notes(&lift).contains("Not enough history"), "{}", english_notes(&lift));
    }

    #[test]
    fn other_campaigns_and_holidays_leave_the_baseline_and_missing_days_are_reported() {
        let mut input = shop(8, 50);
        let start = input.window_start;
        // Another campaign over the two weeks before: those 14 days leave the baseline.
        input.other_campaign_days = (start - Duration::days(14)).iter_days().take(14).collect();
        input.holidays.insert(start - Duration::days(30));
        // Three window days without data.
        for d in start.iter_days().skip(10).take(3) {
            input.daily.remove(&d);
        }
        let lift = estimate(&input);
        assert_eq!(lift.baseline_days, 56 - 14 - 1);
        assert_eq!((lift.window_days, lift.missing_days), (11, 3));
        assert!(english_notes(&lift).contains("No sales data for 3 days"), "{}", english_notes(&lift));
    }

    #[test]
    fn overlapping_campaigns_are_flagged_and_named() {
        let mut input = shop(8, 50);
        input.overlaps_with = vec!["Spring run".into()];
        let lift = estimate(&input);
        assert_eq!(lift.status, LiftStatus::Overlap);
        assert!(english_notes(&lift).contains("Spring run"));
    }

    #[test]
    fn code_orders_of_the_campaign_are_taken_out_of_the_window() {
        let mut input = shop(8, 50);
        for d in input.window_start.iter_days().take(14) {
            input.attributed.insert(d, 50);
        }
        let lift = estimate(&input);
        assert!(lift.estimate_minor.expect("estimate").abs() <= 40, "the code orders were the whole uplift: {lift:?}");
    }
}
