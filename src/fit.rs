//! The partner fit score: 0–100, from five factors the owner can see one by one, each with its weight
//! (set in Settings). A factor without data is reported as missing and left out of the average, never
//! guessed; with fewer than two factors there is no score.
//!
//! Factors, each scored 0–100:
//! - **Engagement for their size**: the largest account's engagement rate against the typical range of its
//!   tier (community < 1k: 4–8%, nano: 3–6%, micro: 1.5–3.5%, macro: 1–2.5%, mega: 0.5–1.5%). Below the
//!   range scales 0–50, within it 50–90, above it up to 100.
//! - **Local audience**: the share of the audience that is local, as entered (e.g. from the platform's
//!   audience insights): 70% local scores 70.
//! - **Values** and **authenticity**: the owner's 1–5 ratings, 1 → 0, 3 → 50, 5 → 100.
//! - **Past ROI**: over the partner's finished campaigns measured by code or typed-in sales, (gross profit −
//!   cost) ÷ cost: −100% → 0, break-even → 50, +200% or better → 100.
//! - **Kept agreements**: of their deliverables whose due day has come, (done on time + half of those done
//!   late) ÷ (done + missed): all on time → 100, all missed → 0 ([`crate::model::AgreementRecord::kept`]).

use serde::Serialize;
use ts_rs::TS;

use crate::i18n::Message;
use crate::model::Tier;

/// Typical engagement range `[low, high]` in percent for a tier.
pub fn typical_engagement(tier: Tier) -> (f64, f64) {
    match tier {
        Tier::Community => (4.0, 8.0),
        Tier::Nano => (3.0, 6.0),
        Tier::Micro => (1.5, 3.5),
        Tier::Macro => (1.0, 2.5),
        Tier::Mega => (0.5, 1.5),
    }
}

pub fn engagement_score(rate_pct: f64, tier: Tier) -> f64 {
    let (low, high) = typical_engagement(tier);
    if rate_pct <= 0.0 {
        0.0
    } else if rate_pct < low {
        50.0 * rate_pct / low
    } else if rate_pct <= high {
        50.0 + 40.0 * (rate_pct - low) / (high - low)
    } else {
        (90.0 + 10.0 * (rate_pct - high) / high).min(100.0)
    }
}

/// A 1–5 rating on 0–100.
pub fn rating_score(rating: i64) -> f64 {
    (rating.clamp(1, 5) - 1) as f64 * 25.0
}

pub fn roi_score(roi: f64) -> f64 {
    if roi <= -1.0 {
        0.0
    } else if roi < 0.0 {
        50.0 * (1.0 + roi)
    } else {
        (50.0 + 25.0 * roi).min(100.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FitFactorKind {
    Engagement,
    Locality,
    Values,
    Authenticity,
    PastRoi,
    KeptAgreements,
}

/// One factor: what it was computed from, its score and weight, or why it is missing.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FitFactor {
    pub kind: FitFactorKind,
    /// The input in words ("2.8% on Instagram, micro tier: typical 1.5–3.5%"), or what is missing.
    pub basis: Message,
    /// 0–100; `None` when missing.
    pub score: Option<f64>,
    pub weight: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FitScore {
    /// 0–100, the weighted mean of the factors present; `None` with fewer than two.
    pub score: Option<i64>,
    pub factors: Vec<FitFactor>,
    /// The factors without data, in words, to say what to fill in.
    pub missing: Vec<Message>,
}

/// The weighted mean of the present factors (see the module documentation).
pub fn combine(factors: Vec<FitFactor>) -> FitScore {
    let present: Vec<&FitFactor> = factors.iter().filter(|f| f.score.is_some() && f.weight > 0).collect();
    let weight: i64 = present.iter().map(|f| f.weight).sum();
    let score = (present.len() >= 2 && weight > 0).then(|| {
        let sum: f64 = present.iter().map(|f| f.score.unwrap_or(0.0) * f.weight as f64).sum();
        (sum / weight as f64).round() as i64
    });
    let missing = factors.iter().filter(|f| f.score.is_none()).map(|f| f.basis.clone()).collect();
    FitScore { score, factors, missing }
}

/// A platform as people write it.
pub(crate) fn platform_name(id: &str) -> String {
    match id {
        "tiktok" => "TikTok".into(),
        "youtube" => "YouTube".into(),
        other => {
            let mut c = other.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        }
    }
}

pub(crate) fn missing(kind: FitFactorKind, what: Message, weight: i64) -> FitFactor {
    FitFactor { kind, basis: what, score: None, weight }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engagement_is_judged_against_the_tier() {
        assert_eq!(engagement_score(1.5, Tier::Micro), 50.0);
        assert_eq!(engagement_score(3.5, Tier::Micro), 90.0);
        assert_eq!(engagement_score(0.75, Tier::Micro), 25.0);
        assert_eq!(engagement_score(20.0, Tier::Micro), 100.0);
        assert!(
            engagement_score(2.0, Tier::Mega) > engagement_score(2.0, Tier::Nano),
            "2% is great for mega, poor for nano"
        );
    }

    #[test]
    fn ratings_and_roi_map_to_0_100() {
        assert_eq!((rating_score(1), rating_score(3), rating_score(5)), (0.0, 50.0, 100.0));
        assert_eq!(
            (roi_score(-1.5), roi_score(-0.5), roi_score(0.0), roi_score(1.0), roi_score(5.0)),
            (0.0, 25.0, 50.0, 75.0, 100.0)
        );
    }

    #[test]
    fn missing_factors_are_left_out_and_named_never_guessed() {
        let f = |kind, score, weight| FitFactor { kind, basis: Message::text(format!("{kind:?}")), score, weight };
        let s = combine(vec![
            f(FitFactorKind::Engagement, Some(80.0), 25),
            f(FitFactorKind::Locality, Some(40.0), 25),
            f(FitFactorKind::Values, None, 15),
            f(FitFactorKind::Authenticity, None, 15),
            f(FitFactorKind::PastRoi, None, 20),
        ]);
        assert_eq!(s.score, Some(60), "(80·25 + 40·25) / 50");
        assert_eq!(
            s.missing.iter().map(Message::english).collect::<Vec<_>>(),
            vec!["Values", "Authenticity", "PastRoi"]
        );
        let one = combine(vec![f(FitFactorKind::Engagement, Some(80.0), 25), f(FitFactorKind::Locality, None, 25)]);
        assert_eq!(one.score, None, "one factor is not a score");
    }
}
