//! What the leaked-code signals read (every partner code with its campaign's days, the code's and the
//! shop's orders per day, who used a first-order code) and the owner's marks on leaked codes.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Store, Touches, now_text};
use crate::error::{Error, Result};
use crate::model::{LeakedCode, last_counted_day};
use crate::validate::normalize_code;

/// A promo code of a partner (or community) in a non-cancelled campaign, with what the leak signals need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeakCode {
    pub campaign_partner_id: i64,
    pub campaign_id: i64,
    pub campaign: String,
    pub member: String,
    pub partner_id: Option<i64>,
    pub community_id: Option<i64>,
    /// As the owner typed it, and as exports are matched.
    pub code: String,
    pub code_norm: String,
    /// The campaign's first day and its last counted day (end + attribution window), shop-local.
    pub start: NaiveDate,
    pub until: NaiveDate,
    /// The day the owner marked it leaked from, if they did.
    pub leaked_from: Option<NaiveDate>,
    /// Meant for a customer's first order.
    pub new_customers_only: bool,
    /// Shop-local days of the partner's posts in the campaign (a burst of orders after a post is expected).
    pub post_days: Vec<NaiveDate>,
}

/// Who used a first-order code in its counted days: orders whose customer is known, of which by customers
/// who had ordered before, and the first and last day of those.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CustomerMix {
    pub known: i64,
    pub existing: i64,
    pub existing_net_minor: i64,
    pub first_existing: Option<NaiveDate>,
    pub last_existing: Option<NaiveDate>,
}

/// Orders and net revenue of one shop-local day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayOrders {
    pub orders: i64,
    pub net_minor: i64,
}

/// Everything [`crate::leaks::signals`] computes from.
#[derive(Debug, Clone, Default)]
pub struct LeakData {
    pub codes: Vec<LeakCode>,
    /// Counted orders per shop-local day of each code (normalized).
    pub code_days: HashMap<String, BTreeMap<NaiveDate, DayOrders>>,
    /// The shop's counted orders per shop-local day, every channel.
    pub shop_days: BTreeMap<NaiveDate, i64>,
    /// For each first-order code, by (campaign partner, normalized code).
    pub customer_mix: HashMap<(i64, String), CustomerMix>,
    /// Today, shop-local.
    pub today: NaiveDate,
}

/// An order behind a leak signal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeakOrder {
    pub source: String,
    /// The order's number or id in its export.
    pub order: String,
    pub day: NaiveDate,
    pub net_revenue_minor: i64,
    /// Its customer's first order (`None` when the export names no customer).
    pub new_customer: Option<bool>,
}

impl Store {
    /// What the leak signals read: every code of a non-cancelled campaign with its days, the codes' and
    /// the shop's orders per day, and who used each first-order code.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown.
    pub fn leak_data(&self) -> Result<LeakData> {
        self.ensure_customers()?;
        let tz = self.time_zone()?;
        let mut stmt = self.conn().prepare(
            "SELECT cp.id, c.id, c.name, coalesce(p.name, m.name), cp.partner_id, cp.community_id, pc.code,
                    pc.code_norm, c.start_day, c.end_day, c.window_days, lc.from_day, cp.new_customers_only
             FROM promo_codes pc
             JOIN campaign_partners cp ON cp.id = pc.campaign_partner_id
             JOIN campaigns c ON c.id = cp.campaign_id
             LEFT JOIN partners p ON p.id = cp.partner_id
             LEFT JOIN communities m ON m.id = cp.community_id
             LEFT JOIN leaked_codes lc ON lc.campaign_partner_id = cp.id AND lc.code_norm = pc.code_norm
             WHERE c.cancelled = 0 ORDER BY c.start_day, cp.id, pc.id",
        )?;
        let mut codes = stmt
            .query_map([], |r| {
                let (end, window): (NaiveDate, i64) = (r.get(9)?, r.get(10)?);
                Ok(LeakCode {
                    campaign_partner_id: r.get(0)?,
                    campaign_id: r.get(1)?,
                    campaign: r.get(2)?,
                    member: r.get(3)?,
                    partner_id: r.get(4)?,
                    community_id: r.get(5)?,
                    code: r.get(6)?,
                    code_norm: r.get(7)?,
                    start: r.get(8)?,
                    until: last_counted_day(end, window),
                    leaked_from: r.get(11)?,
                    new_customers_only: r.get(12)?,
                    post_days: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut posts = self.conn().prepare_cached("SELECT posted_at FROM posts WHERE campaign_partner_id = ?1")?;
        let mut days_of = self.conn().prepare_cached(
            "SELECT day, orders, net_minor FROM daily_code_sales WHERE code_norm = ?1 AND orders > 0 ORDER BY day",
        )?;
        let mut code_days = HashMap::new();
        let mut customer_mix = HashMap::new();
        for c in &mut codes {
            c.post_days = posts
                .query_map([c.campaign_partner_id], |r| r.get::<_, String>(0))?
                .filter_map(|t| t.ok())
                .filter_map(|t| chrono::DateTime::parse_from_rfc3339(&t).ok())
                .map(|t| t.with_timezone(&tz).date_naive())
                .collect();
            if !code_days.contains_key(&c.code_norm) {
                let days = days_of
                    .query_map([&c.code_norm], |r| {
                        Ok((r.get::<_, NaiveDate>(0)?, DayOrders { orders: r.get(1)?, net_minor: r.get(2)? }))
                    })?
                    .collect::<rusqlite::Result<BTreeMap<_, _>>>()?;
                code_days.insert(c.code_norm.clone(), days);
            }
            if c.new_customers_only {
                let until = crate::store::analysis_data::live_until(c.until, c.leaked_from);
                customer_mix.insert((c.campaign_partner_id, c.code_norm.clone()), self.customer_mix(c, until)?);
            }
        }
        let shop_days = self
            .conn()
            .prepare_cached("SELECT day, sum(orders) FROM daily_sales GROUP BY day HAVING sum(orders) > 0")?
            .query_map([], |r| Ok((r.get::<_, NaiveDate>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(LeakData { codes, code_days, shop_days, customer_mix, today: self.today()? })
    }

    fn customer_mix(&self, c: &LeakCode, until: NaiveDate) -> Result<CustomerMix> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT count(*), coalesce(sum(cu.first_sale_id <> s.id), 0),
                    coalesce(sum(CASE WHEN cu.first_sale_id <> s.id THEN s.net_minor END), 0),
                    min(CASE WHEN cu.first_sale_id <> s.id THEN s.local_day END),
                    max(CASE WHEN cu.first_sale_id <> s.id THEN s.local_day END)
             FROM sale_codes x JOIN sales s ON s.id = x.sale_id
             JOIN customers cu ON cu.customer_key = s.customer_key
             WHERE x.code_norm = ?1 AND x.local_day BETWEEN ?2 AND ?3 AND s.cancelled = 0 AND s.net_minor > 0",
            )?
            .query_row(params![c.code_norm, c.start, until], |r| {
                Ok(CustomerMix {
                    known: r.get(0)?,
                    existing: r.get(1)?,
                    existing_net_minor: r.get(2)?,
                    first_existing: r.get(3)?,
                    last_existing: r.get(4)?,
                })
            })?)
    }

    /// The counted orders that used `code` (any case) from `from` to `to` (shop-local days), oldest first:
    /// the orders behind a leak signal.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn leak_orders(&self, code: &str, from: NaiveDate, to: NaiveDate) -> Result<Vec<LeakOrder>> {
        self.ensure_customers()?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT s.source, s.external_id, s.local_day, s.net_minor,
                    CASE WHEN cu.customer_key IS NULL THEN NULL ELSE cu.first_sale_id = s.id END
             FROM sale_codes x JOIN sales s ON s.id = x.sale_id
             LEFT JOIN customers cu ON cu.customer_key = s.customer_key
             WHERE x.code_norm = ?1 AND x.local_day BETWEEN ?2 AND ?3 AND s.cancelled = 0 AND s.net_minor > 0
             ORDER BY s.placed_at, s.id",
        )?;
        let rows = stmt.query_map(params![normalize_code(code), from, to], |r| {
            Ok(LeakOrder {
                source: r.get(0)?,
                order: r.get(1)?,
                day: r.get(2)?,
                net_revenue_minor: r.get(3)?,
                new_customer: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks `code` of the campaign partner `campaign_partner_id` as leaked from the shop-local day `from`
    /// (its orders from that day on are nobody's: not the partner's, not owed commission), or, with `None`,
    /// takes the mark off. The campaign's results follow at once.
    ///
    /// # Errors
    /// [`Error::NotFound`] when the campaign partner has no such code; [`Error::Database`] when SQLite fails.
    pub fn mark_code_leaked(&mut self, campaign_partner_id: i64, code: &str, from: Option<NaiveDate>) -> Result<()> {
        let norm = normalize_code(code);
        let campaign_id: i64 = self
            .conn()
            .query_row(
                "SELECT cp.campaign_id FROM promo_codes pc JOIN campaign_partners cp ON cp.id = pc.campaign_partner_id
                 WHERE pc.campaign_partner_id = ?1 AND pc.code_norm = ?2",
                params![campaign_partner_id, norm],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound { entity: "promo code of campaign partner", id: campaign_partner_id })?;
        self.write_touching(Touches::Campaign(campaign_id), |tx| {
            match from {
                Some(day) => tx.execute(
                    "INSERT INTO leaked_codes (campaign_partner_id, code_norm, from_day, marked_at)
                     VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (campaign_partner_id, code_norm) DO UPDATE SET from_day = ?3, marked_at = ?4",
                    params![campaign_partner_id, norm, day, now_text()],
                )?,
                None => tx.execute(
                    "DELETE FROM leaked_codes WHERE campaign_partner_id = ?1 AND code_norm = ?2",
                    params![campaign_partner_id, norm],
                )?,
            };
            tx.execute("UPDATE campaigns SET updated_at = ?2 WHERE id = ?1", params![campaign_id, now_text()])?;
            Ok(())
        })
    }

    /// The codes of the campaign partner `campaign_partner_id` marked as leaked, as the owner typed them.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn leaked_codes_of(&self, campaign_partner_id: i64) -> Result<Vec<LeakedCode>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT pc.code, lc.from_day FROM leaked_codes lc
             JOIN promo_codes pc ON pc.campaign_partner_id = lc.campaign_partner_id AND pc.code_norm = lc.code_norm
             WHERE lc.campaign_partner_id = ?1 ORDER BY pc.id",
        )?;
        let rows = stmt.query_map([campaign_partner_id], |r| Ok(LeakedCode { code: r.get(0)?, from: r.get(1)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
