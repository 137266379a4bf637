//! Creating a campaign and its partners' terms from a file (`locallift campaign create`).

use std::collections::BTreeMap;

use crate::error::Result;
use crate::msg;
use crate::store::Store;

use crate::model::CampaignSpec;

impl Store {
    /// Creates a campaign and its partners' terms from a spec, creating partners not yet known by name.
    /// All or nothing, in one transaction: if any part is refused, nothing was written.
    ///
    /// # Errors
    /// [`crate::Error::Invalid`] naming the field at fault (`partners[1].codes[0]`…).
    pub fn create_campaign_from_spec(&mut self, spec: &CampaignSpec) -> Result<i64> {
        self.all_or_nothing(|store| store.write_campaign_spec(spec))
    }

    /// The writes of [`Store::create_campaign_from_spec`], in order; the caller makes them one.
    fn write_campaign_spec(&mut self, spec: &CampaignSpec) -> Result<i64> {
        use crate::model::{CampaignInput, CampaignPartnerInput, ListQuery, PartnerInput, Stage};
        let campaign = self.create_campaign(&CampaignInput {
            name: spec.name.clone(),
            goal: String::new(),
            start: spec.start,
            end: spec.end,
            window_days: spec.window_days,
            other_costs_minor: spec.other_costs_minor,
            owner_hours: 0.0,
            notes: String::new(),
        })?;
        {
            let known: BTreeMap<String, i64> = self
                .list_partners(&ListQuery { include_archived: true, ..Default::default() })?
                .into_iter()
                .map(|p| (p.partner.fields.name.to_lowercase(), p.partner.id))
                .collect();
            let names: Vec<String> = self
                .list_partners(&ListQuery { include_archived: true, ..Default::default() })?
                .into_iter()
                .map(|p| p.partner.fields.name)
                .collect();
            for (i, p) in spec.partners.iter().enumerate() {
                let id = match known.get(&p.name.trim().to_lowercase()) {
                    Some(&id) => id,
                    None => {
                        // A known partner's name written without its accents or spacing ("Jorg Muller" for
                        // "Jörg Müller") is that partner mistyped, not a new one: said, with the name meant,
                        // instead of a duplicate. (A merely similar name may be another person: created.)
                        let folded = crate::model::names::fold(&p.name);
                        let near: Vec<String> =
                            names.iter().filter(|n| crate::model::names::fold(n) == folded).cloned().collect();
                        if !near.is_empty() {
                            return Err(crate::error::Error::invalid(
                                format!("partners[{i}].name"),
                                msg!(
                                    "invalid-no-partner-called",
                                    name = p.name.trim(),
                                    suggestions = near.join("”, “"),
                                    count = near.len()
                                ),
                            ));
                        }
                        let created = self
                            .create_partner(
                                &PartnerInput { name: p.name.clone(), stage: Stage::Active, ..Default::default() },
                                &[],
                            )
                            .map_err(|e| prefix(e, &format!("partners[{i}].")))?;
                        created.id
                    }
                };
                self.add_campaign_partner(
                    campaign.id,
                    &CampaignPartnerInput {
                        partner_id: Some(id),
                        fee_minor: p.fee_minor,
                        gifted_cost_minor: p.gifted_cost_minor,
                        commission_pct: p.commission_pct,
                        codes: p.codes.clone(),
                        ..Default::default()
                    },
                )
                .map_err(|e| prefix(e, &format!("partners[{i}].")))?;
            }
        }
        Ok(campaign.id)
    }
}

fn prefix(e: crate::Error, prefix: &str) -> crate::Error {
    match e {
        crate::Error::Invalid(fields) => crate::Error::Invalid(
            fields.into_iter().map(|f| crate::FieldError::new(format!("{prefix}{}", f.field), f.message)).collect(),
        ),
        other => other,
    }
}
