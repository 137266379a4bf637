//! A partner's ledger: what became owed (fees, commission after the hold period), what refunds took back,
//! what was paid (see [`crate::ledger`]). Attribution decides which orders are the partner's, with the same
//! rule as the campaign's results.

use chrono::NaiveDate;

use crate::error::Result;
use crate::ledger::{CampaignLedger, Ledger, LedgerInput};
use crate::store::Store;

impl Store {
    /// Partner `partner_id`'s ledger from `from` to `to` (shop-local days, both optional: all time), with
    /// the commission still held and the totals of every year.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown partner; [`crate::Error::Corrupt`] when the shop's time zone
    /// or analysis settings cannot be read; [`crate::Error::Database`] when SQLite fails.
    pub fn partner_ledger(&self, partner_id: i64, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Ledger> {
        let partner = self.partner(partner_id)?;
        let mut campaigns = Vec::new();
        for c in self.ledger_campaigns(partner_id)? {
            let live = self.live_code_rows(c.start, c.until)?;
            let mut codes: Vec<String> = live
                .iter()
                .filter(|l| l.campaign_partner_id == c.campaign_partner_id)
                .map(|l| l.code_norm.clone())
                .collect();
            codes.sort();
            codes.dedup();
            let sales = self.code_sales(&codes, c.start, c.until, false)?;
            let ids: Vec<i64> = crate::attribution::attributed_sales(&live, &[c.campaign_partner_id], &sales)
                .into_iter()
                .map(|(_, id)| id)
                .collect();
            let mut orders: Vec<_> = self.sale_histories(&ids)?.into_values().collect();
            orders.sort_by(|a, b| (a.day, &a.order).cmp(&(b.day, &b.order)));
            campaigns.push(CampaignLedger {
                typed_in: self.typed_in_redemptions(c.campaign_partner_id)?,
                orders,
                campaign: c,
            });
        }
        Ok(crate::ledger::compute(&LedgerInput {
            partner_id,
            partner: partner.fields.name,
            currency: self.shop()?.settings.currency,
            hold_days: self.analysis_settings()?.commission_hold_days,
            today: self.today()?,
            from,
            to,
            campaigns,
            payments: self.payments_of(partner_id)?,
        }))
    }
}
