//! The simulation study behind the lift estimator: synthetic shops whose true uplift is known, run
//! through [`super::estimate`], to measure how often the 95% interval contains the truth (coverage),
//! the bias, and how often a campaign that did nothing is reported as having done something.
//!
//! A shop: a daily level between 200 and 3,000 (in currency units), a weekday pattern (weekends busier,
//! each shop's own ±15%), a trend of −15% to +25% a year, day-to-day noise of 10–35% (log-normal,
//! multiplicative: busy days vary more), and 2% of days closed (no data). A campaign window of 7 to 42
//! days after 8 weeks of history, with an injected uplift of 0%, 5% or 20% of the window's usual sales,
//! spread over its days in proportion to each day's usual level.
//!
//! Run small by `cargo test`, large by `locallift lift-study --shops 20000` (numbers in the README).

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::{LiftInput, LiftStatus, estimate, weekday};

#[derive(Debug, Clone, Copy)]
pub struct StudyConfig {
    pub shops: usize,
    pub seed: u64,
    /// Study the weekday-levels-only model instead.
    pub no_trend: bool,
}

/// Results for one injected uplift (as a share of the window's usual sales).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scenario {
    pub uplift_pct: f64,
    pub runs: usize,
    pub not_enough_data: usize,
    /// Share of runs whose interval contains the true uplift.
    pub coverage: f64,
    /// Mean of (estimate − truth) ÷ the window's usual sales, in percent.
    pub bias_pct: f64,
    /// Share of runs whose interval lies wholly above zero.
    pub detected: f64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct StudyReport {
    pub shops: usize,
    pub seed: u64,
    pub coverage: f64,
    pub bias_pct: f64,
    /// With no uplift: share of intervals wholly above zero, a lift claimed where there was none.
    pub false_positive_rate: f64,
    /// With no uplift: share of intervals that exclude zero on either side (5% for an exact interval).
    pub excludes_zero_rate: f64,
    pub scenarios: Vec<Scenario>,
}

const UPLIFTS: [f64; 3] = [0.0, 0.05, 0.20];
const PATTERN: [f64; 7] = [0.8, 0.85, 0.9, 1.0, 1.2, 1.6, 1.1];

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut fastrand::Rng) -> f64 {
    let u1 = rng.f64().max(f64::MIN_POSITIVE);
    let u2 = rng.f64();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

struct Outcome {
    scenario: usize,
    status: LiftStatus,
    covered: bool,
    error_share: f64,
    above_zero: bool,
    excludes_zero: bool,
}

fn one_shop(seed: u64, scenario: usize, no_trend: bool) -> Outcome {
    let mut rng = fastrand::Rng::with_seed(seed);
    let level = 200.0 + rng.f64() * 2_800.0;
    let pattern: [f64; 7] = std::array::from_fn(|w| PATTERN[w] * (0.85 + 0.3 * rng.f64()));
    let growth = -0.15 + 0.40 * rng.f64();
    let sigma = 0.10 + 0.25 * rng.f64();
    let window_len = 7 + rng.i64(0..=35);
    let start = NaiveDate::from_ymd_opt(2025, 3, 3).expect("date") + Duration::days(rng.i64(0..7));
    let history = start - Duration::days(7 * 8);
    let end = start + Duration::days(window_len - 1);
    let usual = |d: NaiveDate| {
        let t = (d - history).num_days() as f64;
        level * pattern[weekday(d)] * (1.0 + growth).powf(t / 365.0)
    };
    let window_usual: f64 = start.iter_days().take(window_len as usize).map(usual).sum();
    let uplift_total = UPLIFTS[scenario] * window_usual;
    let mut daily = BTreeMap::new();
    let mut truth = 0.0;
    for d in history.iter_days().take_while(|d| *d <= end) {
        let noise = (sigma * normal(&mut rng) - sigma * sigma / 2.0).exp();
        if rng.f64() < 0.02 {
            continue; // closed, or not imported
        }
        let extra = if d >= start { uplift_total * usual(d) / window_usual } else { 0.0 };
        truth += extra;
        // Minor units: the estimator sees what the shop's export would say.
        daily.insert(d, ((usual(d) * noise + extra) * 100.0).round() as i64);
    }
    let truth = truth * 100.0;
    let lift =
        estimate(&LiftInput { daily, window_start: start, window_end: end, weeks: 8, no_trend, ..Default::default() });
    let (low, high, est) = (
        lift.low_minor.unwrap_or(0) as f64,
        lift.high_minor.unwrap_or(0) as f64,
        lift.estimate_minor.unwrap_or(0) as f64,
    );
    Outcome {
        scenario,
        status: lift.status,
        covered: low <= truth && truth <= high,
        error_share: (est - truth) / (window_usual * 100.0),
        above_zero: low > 0.0,
        excludes_zero: low > 0.0 || high < 0.0,
    }
}

/// Runs the study: `shops` synthetic shops, the uplift scenarios taking turns.
pub fn run(config: StudyConfig) -> StudyReport {
    let outcomes: Vec<Outcome> = (0..config.shops)
        .map(|i| one_shop(config.seed.wrapping_add(i as u64), i % UPLIFTS.len(), config.no_trend))
        .collect();
    let summarize = |of: &[&Outcome]| -> (usize, f64, f64, f64, f64) {
        let ok: Vec<&&Outcome> = of.iter().filter(|o| o.status == LiftStatus::Ok).collect();
        let n = ok.len().max(1) as f64;
        (
            of.len() - ok.len(),
            ok.iter().filter(|o| o.covered).count() as f64 / n,
            100.0 * ok.iter().map(|o| o.error_share).sum::<f64>() / n,
            ok.iter().filter(|o| o.above_zero).count() as f64 / n,
            ok.iter().filter(|o| o.excludes_zero).count() as f64 / n,
        )
    };
    let all: Vec<&Outcome> = outcomes.iter().collect();
    let (_, coverage, bias_pct, _, _) = summarize(&all);
    let mut report = StudyReport { shops: config.shops, seed: config.seed, coverage, bias_pct, ..Default::default() };
    for (s, &uplift) in UPLIFTS.iter().enumerate() {
        let of: Vec<&Outcome> = outcomes.iter().filter(|o| o.scenario == s).collect();
        let (not_enough_data, coverage, bias_pct, detected, excludes_zero) = summarize(&of);
        if uplift == 0.0 {
            report.false_positive_rate = detected;
            report.excludes_zero_rate = excludes_zero;
        }
        report.scenarios.push(Scenario {
            uplift_pct: uplift * 100.0,
            runs: of.len(),
            not_enough_data,
            coverage,
            bias_pct,
            detected,
        });
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The small budget of the study (the large one is in the README): 3,000 shops, fixed seeds. A true
    /// 95% coverage is seen within ±0.8 points of 95% nineteen times in twenty at this size, so the bounds
    /// below are the targets (93–97%, false positives ≤ 5%) and not wider.
    #[test]
    fn the_interval_covers_the_truth_95_percent_of_the_time_without_false_alarms() {
        let report = run(StudyConfig { shops: 3_000, seed: 20_261_123, no_trend: false });
        assert!((0.93..=0.97).contains(&report.coverage), "{report:#?}");
        assert!(report.false_positive_rate <= 0.05, "{report:#?}");
        assert!(report.bias_pct.abs() < 0.5, "{report:#?}");
        let strong = &report.scenarios[2];
        assert!(strong.detected > 0.4, "a 20% uplift is detected often: {strong:#?}");
        assert!(report.scenarios.iter().all(|s| s.not_enough_data == 0), "8 weeks of history always suffice");
    }
}
