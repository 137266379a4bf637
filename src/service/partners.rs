//! A partner's fit score: their accounts, ratings and past campaigns' results, weighed by
//! [`crate::fit`] with the owner's weights.

use crate::error::Result;
use crate::fit::{
    FitFactor, FitFactorKind, FitScore, combine, engagement_score, missing, platform_name, rating_score, roi_score,
    typical_engagement,
};
use crate::i18n::Message;
use crate::model::Phase;
use crate::msg;
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
                        basis: msg!(
                            "fit-engagement",
                            rate = (rate * 10.0).round() / 10.0,
                            platform = platform_name(a.fields.platform.as_str()),
                            tier = a.tier.as_str(),
                            low = low,
                            high = high
                        ),
                        score: Some(engagement_score(rate, a.tier)),
                        weight: w.engagement,
                    }
                }
                None => missing(FitFactorKind::Engagement, Message::new("fit-missing-engagement-rate"), w.engagement),
            },
            None => missing(FitFactorKind::Engagement, Message::new("fit-missing-account"), w.engagement),
        };
        let locality = match p.audience_locality_pct {
            Some(pct) => FitFactor {
                kind: FitFactorKind::Locality,
                basis: msg!("fit-locality", pct = pct.round()),
                score: Some(pct.clamp(0.0, 100.0)),
                weight: w.locality,
            },
            None => missing(FitFactorKind::Locality, Message::new("fit-missing-locality"), w.locality),
        };
        // `what`: "values" or "authenticity", a key of the fit messages.
        let rating = |kind, value: Option<i64>, what: &str, weight| match value {
            Some(r) => FitFactor {
                kind,
                basis: msg!("fit-rated", what = what, rating = r),
                score: Some(rating_score(r)),
                weight,
            },
            None => missing(kind, msg!("fit-missing-rating", what = what), weight),
        };
        let values = rating(FitFactorKind::Values, p.values_alignment, "values", w.values);
        let authenticity = rating(FitFactorKind::Authenticity, p.authenticity, "authenticity", w.authenticity);
        let past_roi = self.past_roi(partner_id, &detail.campaigns, w.past_roi)?;
        let record = self.agreement_record(partner_id)?;
        let kept = match record.kept() {
            Some(share) => FitFactor {
                kind: FitFactorKind::KeptAgreements,
                basis: msg!(
                    "fit-kept",
                    on_time = record.on_time,
                    total = record.on_time + record.late + record.missed,
                    late = record.late,
                    missed = record.missed
                ),
                score: Some(share * 100.0),
                weight: w.kept_agreements,
            },
            None => missing(FitFactorKind::KeptAgreements, Message::new("fit-missing-kept"), w.kept_agreements),
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
            let why = if finished == 0 { "fit-missing-roi" } else { "fit-missing-roi-measured" };
            return Ok(missing(FitFactorKind::PastRoi, Message::new(why), weight));
        }
        let roi = (profit - cost) as f64 / cost as f64;
        Ok(FitFactor {
            kind: FitFactorKind::PastRoi,
            basis: msg!("fit-roi", roi = (roi * 100.0).round(), count = counted),
            score: Some(roi_score(roi)),
            weight,
        })
    }
}
