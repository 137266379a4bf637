//! A partner's fit score: their accounts, ratings and past campaigns' results, weighed by
//! [`crate::fit`] with the owner's weights.

use crate::error::Result;
use crate::fit::{
    FitFactor, FitFactorKind, FitScore, combine, engagement_score, missing, platform_name, rating_score, roi_score,
    typical_engagement,
};
use crate::model::Phase;
use crate::store::Store;
use crate::store::settings::FitWeights;

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
        let record = self.agreement_record(partner_id)?;
        let kept = match record.kept() {
            Some(share) => FitFactor {
                kind: FitFactorKind::KeptAgreements,
                basis: format!(
                    "{} of {} deliverables on time, {} late, {} missed",
                    record.on_time,
                    record.on_time + record.late + record.missed,
                    record.late,
                    record.missed
                ),
                score: Some(share * 100.0),
                weight: w.kept_agreements,
            },
            None => missing(
                FitFactorKind::KeptAgreements,
                "A deliverable with a due day that has come (kept agreements)",
                w.kept_agreements,
            ),
        };
        Ok(combine(vec![engagement, locality, values, authenticity, past_roi, kept]))
    }

    /// How the partner `partner_id` kept their agreements over every campaign.
    ///
    /// # Errors
    /// [`crate::Error::Database`] when SQLite fails; [`crate::Error::Corrupt`] when the shop's stored time zone
    /// is unknown.
    pub fn agreement_record(&self, partner_id: i64) -> Result<crate::model::AgreementRecord> {
        let mut record = crate::model::AgreementRecord::default();
        let q = crate::store::DeliverableQuery { partner_id: Some(partner_id), ..Default::default() };
        for d in self.deliverables(&q)? {
            record.add(&d);
        }
        Ok(record)
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
