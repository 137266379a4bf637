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

use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::model::{Phase, Tier};
use crate::store::Store;
use crate::store::settings::FitWeights;

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
}

/// One factor: what it was computed from, its score and weight, or why it is missing.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FitFactor {
    pub kind: FitFactorKind,
    /// The input in words ("2.8% on Instagram, micro tier: typical 1.5–3.5%"), or what is missing.
    pub basis: String,
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
    pub missing: Vec<String>,
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

impl Store {
    /// A partner's fit score with its factors, weighted as set in Settings.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown partner.
    pub fn partner_fit(&self, partner_id: i64) -> Result<FitScore> {
        let detail = self.partner_detail(partner_id)?;
        let w: FitWeights = self.analysis_settings()?.fit_weights;
        let p = &detail.partner.fields;
        let main = detail.accounts.iter().max_by_key(|a| a.fields.followers);
        let engagement = match main {
            Some(a) => match a.fields.engagement_pct {
                Some(rate) => {
                    let (low, high) = typical_engagement(a.tier);
                    FitFactor {
                        kind: FitFactorKind::Engagement,
                        basis: format!(
                            "{rate:.1}% on {} ({} tier; typical {low}–{high}%)",
                            platform_name(a.fields.platform.as_str()),
                            a.tier.as_str()
                        ),
                        score: Some(engagement_score(rate, a.tier)),
                        weight: w.engagement,
                    }
                }
                None => missing(FitFactorKind::Engagement, "Engagement rate of their main account", w.engagement),
            },
            None => missing(FitFactorKind::Engagement, "A social account with its engagement rate", w.engagement),
        };
        let locality = match p.audience_locality_pct {
            Some(pct) => FitFactor {
                kind: FitFactorKind::Locality,
                basis: format!("{pct:.0}% of the audience is local"),
                score: Some(pct.clamp(0.0, 100.0)),
                weight: w.locality,
            },
            None => missing(FitFactorKind::Locality, "Share of the audience that is local", w.locality),
        };
        let rating = |kind, value: Option<i64>, what: &str, weight| match value {
            Some(r) => {
                FitFactor { kind, basis: format!("{what}: rated {r} of 5"), score: Some(rating_score(r)), weight }
            }
            None => missing(kind, &format!("Your rating of their {}", what.to_lowercase()), weight),
        };
        let values = rating(FitFactorKind::Values, p.values_alignment, "Values alignment", w.values);
        let authenticity = rating(FitFactorKind::Authenticity, p.authenticity, "Content authenticity", w.authenticity);
        let past_roi = self.past_roi(partner_id, &detail.campaigns, w.past_roi)?;
        Ok(combine(vec![engagement, locality, values, authenticity, past_roi]))
    }

    /// ROI over the partner's finished campaigns with code or typed-in sales.
    fn past_roi(
        &self,
        partner_id: i64,
        campaigns: &[crate::model::ParticipationRow],
        weight: i64,
    ) -> Result<FitFactor> {
        let finished = campaigns.iter().filter(|c| c.phase == Phase::Finished).count();
        let (mut profit, mut cost, mut counted) = (0i64, 0i64, 0usize);
        for r in self.member_results(partner_id, false)? {
            let phase = campaigns.iter().find(|c| c.campaign_id == r.campaign_id).map(|c| c.phase);
            let measured = !matches!(r.result.method, crate::attribution::Method::Lift);
            if phase == Some(Phase::Finished) && measured && r.result.figures.cost_minor > 0 {
                profit += r.result.figures.gross_profit_minor;
                cost += r.result.figures.cost_minor;
                counted += 1;
            }
        }
        if counted == 0 {
            let why = if finished == 0 {
                "A finished campaign with them (past ROI)"
            } else {
                "Past ROI: their finished campaigns had no cost or were measured by lift only"
            };
            return Ok(missing(FitFactorKind::PastRoi, why, weight));
        }
        let roi = (profit - cost) as f64 / cost as f64;
        Ok(FitFactor {
            kind: FitFactorKind::PastRoi,
            basis: format!(
                "ROI {:.0}% over {counted} finished campaign{}",
                roi * 100.0,
                if counted == 1 { "" } else { "s" }
            ),
            score: Some(roi_score(roi)),
            weight,
        })
    }
}

/// A platform as people write it.
fn platform_name(id: &str) -> String {
    match id {
        "tiktok" => "TikTok".into(),
        "youtube" => "YouTube".into(),
        other => {
            let mut c = other.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        }
    }
}

fn missing(kind: FitFactorKind, what: &str, weight: i64) -> FitFactor {
    FitFactor { kind, basis: what.to_string(), score: None, weight }
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
        let f = |kind, score, weight| FitFactor { kind, basis: format!("{kind:?}"), score, weight };
        let s = combine(vec![
            f(FitFactorKind::Engagement, Some(80.0), 25),
            f(FitFactorKind::Locality, Some(40.0), 25),
            f(FitFactorKind::Values, None, 15),
            f(FitFactorKind::Authenticity, None, 15),
            f(FitFactorKind::PastRoi, None, 20),
        ]);
        assert_eq!(s.score, Some(60), "(80·25 + 40·25) / 50");
        assert_eq!(s.missing, vec!["Values", "Authenticity", "PastRoi"]);
        let one = combine(vec![f(FitFactorKind::Engagement, Some(80.0), 25), f(FitFactorKind::Locality, None, 25)]);
        assert_eq!(one.score, None, "one factor is not a score");
    }
}
