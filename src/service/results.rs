//! A campaign's results as every screen, PDF and CLI reads them: from the cache, or computed by
//! [`crate::attribution`] and kept; and the results writes made stale, computed again.

use crate::attribution::{CampaignResults, ParticipationResult};
use crate::error::Result;
use crate::store::Store;

impl Store {
    /// The results of one campaign, by partner, with totals and conflicts.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown campaign.
    pub fn campaign_results(&self, campaign_id: i64) -> Result<CampaignResults> {
        if let Some(results) = self.cached_results(campaign_id)?.and_then(|json| serde_json::from_str(&json).ok()) {
            return Ok(results);
        }
        let results = crate::attribution::compute(&crate::attribution::CampaignData::load(self, campaign_id)?);
        if let Ok(json) = serde_json::to_string(&results) {
            self.save_cached_results(campaign_id, &json);
        }
        Ok(results)
    }

    /// A campaign's results computed from the tables, never from the cache: what the cache is checked
    /// against in tests and benchmarks.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown campaign; [`crate::Error::Corrupt`] when the shop's stored
    /// time zone or analysis settings cannot be read; [`crate::Error::Database`] when SQLite fails.
    pub fn recompute_campaign_results(&self, campaign_id: i64) -> Result<CampaignResults> {
        Ok(crate::attribution::compute(&crate::attribution::CampaignData::load(self, campaign_id)?))
    }

    /// Computes again, at once, the results writes forgot since last asked ([`Store::take_stale_results`]),
    /// so that the next screen never waits. Best effort: the writes are committed already, and a campaign
    /// that fails here fails the same way, with its error, when it is read.
    pub fn refresh_stale_results(&self) {
        for id in self.take_stale_results() {
            let _ = self.campaign_results(id);
        }
    }
}

impl Store {
    /// The results of every campaign a partner (`community: false`) or community took part in, newest
    /// first, with the same numbers the campaign's own page shows.
    ///
    /// # Errors
    /// [`crate::Error::Corrupt`] when the shop's stored time zone or analysis settings cannot be read;
    /// [`crate::Error::Database`] when SQLite fails. An unknown `id` has no campaigns: an empty list, not an
    /// error.
    pub fn member_results(&self, id: i64, community: bool) -> Result<Vec<ParticipationResult>> {
        let filter = if community { "cp.community_id = ?1" } else { "cp.partner_id = ?1" };
        let mut out = Vec::new();
        for p in self.participations(filter, id)? {
            let results = self.campaign_results(p.campaign_id)?;
            if let Some(result) = results.partners.into_iter().find(|r| r.campaign_partner_id == p.campaign_partner_id)
            {
                out.push(ParticipationResult {
                    campaign_id: p.campaign_id,
                    campaign: p.campaign_name,
                    start: p.start,
                    result,
                });
            }
        }
        Ok(out)
    }
}
