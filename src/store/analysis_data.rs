//! What the analysis layer reads, as plain data: the rows behind a campaign's results (its code orders,
//! in-store redemptions, the codes live around it, the shop's daily sales and new customers) and the
//! Dashboard's shop-wide totals. The SQL lives here; attribution, the lift and the Dashboard compute.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::params;

use super::Store;
use crate::error::Result;

/// A promo code live in a non-cancelled campaign: its normalized text, the days it is live (start to end
/// + window, cut short the day before the owner marked it leaked), the campaign partner it belongs to and that partner's (or community's) name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveCodeRow {
    pub code_norm: String,
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub campaign_partner_id: i64,
    pub member: String,
}

/// The last day a code counts for its partner: its campaign's last counted day, or the day before the owner
/// marked it leaked from, whichever comes first (a leaked code's later orders are nobody's).
pub fn live_until(last_counted: NaiveDate, leaked_from: Option<NaiveDate>) -> NaiveDate {
    match leaked_from.and_then(|d| d.pred_opt()) {
        Some(before) if before < last_counted => before,
        _ => last_counted,
    }
}

/// A counted order (paid, net above zero) that used one of some codes, with what attribution needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeOrderRow {
    pub sale_id: i64,
    pub source: String,
    pub external_id: String,
    pub local_day: NaiveDate,
    /// RFC 3339, UTC.
    pub placed_at: String,
    pub net_minor: i64,
    /// Its normalized codes in the order the export listed them.
    pub codes: Vec<String>,
    /// Σ quantity × cost when every line has a cost.
    pub line_cost_minor: Option<i64>,
    /// Whether it is its customer's first order, and the instant of their next one.
    pub is_new: bool,
    pub next_order_at: Option<String>,
}

/// In-store redemptions of one campaign partner on one day, added up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RedemptionDay {
    pub campaign_partner_id: i64,
    pub day: NaiveDate,
    pub count: i64,
    pub amount_minor: i64,
    /// A till tally of what customers said, not uses of a code.
    pub said: bool,
}

/// A non-cancelled campaign's name and days: first day, last day, attribution window in days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignPeriod {
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub window_days: i64,
}

impl Store {
    /// Every promo code live at some point of `[from, to]` in a non-cancelled campaign.
    ///
    /// # Errors
    /// Storage errors only.
    pub fn live_code_rows(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<LiveCodeRow>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT pc.code_norm, c.start_day, c.end_day, c.window_days, cp.id, coalesce(p.name, m.name), lc.from_day
             FROM promo_codes pc
             JOIN campaign_partners cp ON cp.id = pc.campaign_partner_id
             JOIN campaigns c ON c.id = cp.campaign_id
             LEFT JOIN partners p ON p.id = cp.partner_id
             LEFT JOIN communities m ON m.id = cp.community_id
             LEFT JOIN leaked_codes lc ON lc.campaign_partner_id = cp.id AND lc.code_norm = pc.code_norm
             WHERE c.cancelled = 0 AND c.start_day <= ?2 AND date(c.end_day, '+' || c.window_days || ' days') >= ?1",
        )?;
        let rows = stmt.query_map(params![from, to], |r| {
            let end: NaiveDate = r.get(2)?;
            let window: i64 = r.get(3)?;
            let leaked_from: Option<NaiveDate> = r.get(6)?;
            Ok(LiveCodeRow {
                code_norm: r.get(0)?,
                from: r.get(1)?,
                until: live_until(crate::model::last_counted_day(end, window), leaked_from),
                campaign_partner_id: r.get(4)?,
                member: r.get(5)?,
            })
        })?;
        // A code marked leaked from before its campaign's first day is live on no day.
        Ok(rows.filter(|r| r.as_ref().map_or(true, |r| r.from <= r.until)).collect::<rusqlite::Result<_>>()?)
    }

    /// The counted orders (paid, net revenue above zero) placed from `from` to `to` (shop-local days)
    /// that used one of `codes` (normalized).
    ///
    /// # Errors
    /// Storage errors only.
    pub fn code_orders(&self, codes: &[String], from: NaiveDate, to: NaiveDate) -> Result<Vec<CodeOrderRow>> {
        self.code_sales(codes, from, to, true)
    }

    /// [`Store::code_orders`], or with `counted_only` false every sale that used one of `codes`, cancelled
    /// and refunded ones too (the ledger takes back the commission of an order refunded after it was due),
    /// without their product costs and customers (`line_cost_minor`, `next_order_at` `None`, `is_new` false).
    ///
    /// # Errors
    /// Storage errors only.
    pub fn code_sales(
        &self,
        codes: &[String],
        from: NaiveDate,
        to: NaiveDate,
        counted_only: bool,
    ) -> Result<Vec<CodeOrderRow>> {
        if codes.is_empty() {
            return Ok(Vec::new());
        }
        let placeholders = vec!["?"; codes.len()].join(",");
        let sql = format!(
            "SELECT s.id, s.source, s.external_id, s.local_day, s.placed_at, s.net_minor,
                    (SELECT group_concat(code_norm, char(31)) FROM (SELECT code_norm FROM sale_codes x
                            WHERE x.sale_id = s.id ORDER BY x.rowid)) AS codes,
                    {details}
             WHERE {counted}
               AND s.id IN (SELECT sale_id FROM sale_codes WHERE code_norm IN ({placeholders})
                            AND local_day BETWEEN ? AND ?)",
            counted = if counted_only { "s.cancelled = 0 AND s.net_minor > 0" } else { "1" },
            // What results need beyond who the order is attributed to (the ledger needs only that).
            details = if counted_only {
                "(SELECT CASE WHEN count(*) > 0 AND count(*) = count(li.cost_minor)
                         THEN sum(li.quantity * li.cost_minor) END
                  FROM line_items li WHERE li.sale_id = s.id) AS line_cost,
                 c.first_sale_id = s.id AS is_new, c.second_at
                 FROM sales s LEFT JOIN customers c ON c.customer_key = s.customer_key"
            } else {
                "NULL, NULL, NULL FROM sales s"
            }
        );
        let mut values: Vec<rusqlite::types::Value> =
            codes.iter().map(|k| rusqlite::types::Value::from(k.clone())).collect();
        values.extend([from.to_string().into(), to.to_string().into()]);
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| {
            Ok(CodeOrderRow {
                sale_id: r.get(0)?,
                source: r.get(1)?,
                external_id: r.get(2)?,
                local_day: r.get(3)?,
                placed_at: r.get(4)?,
                net_minor: r.get(5)?,
                codes: r.get::<_, Option<String>>(6)?.unwrap_or_default().split('\u{1f}').map(str::to_string).collect(),
                line_cost_minor: r.get(7)?,
                is_new: r.get::<_, Option<bool>>(8)?.unwrap_or(false),
                next_order_at: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Counted orders of `from`..=`to` (shop-local days) whose customer's answer to "how did you hear about
    /// us?" the owner read as naming one of `partners`, with that partner: (partner id, order). Their codes are
    /// listed so that attribution can leave out the orders a code already counts.
    ///
    /// # Errors
    /// Storage errors only.
    pub fn said_orders(&self, partners: &[i64], from: NaiveDate, to: NaiveDate) -> Result<Vec<(i64, CodeOrderRow)>> {
        if partners.is_empty() {
            return Ok(Vec::new());
        }
        let placeholders = vec!["?"; partners.len()].join(",");
        let sql = format!(
            "SELECT a.partner_id, s.id, s.source, s.external_id, s.local_day, s.placed_at, s.net_minor,
                    (SELECT group_concat(code_norm, char(31)) FROM (SELECT code_norm FROM sale_codes x
                            WHERE x.sale_id = s.id ORDER BY x.rowid)) AS codes,
                    (SELECT CASE WHEN count(*) > 0 AND count(*) = count(li.cost_minor)
                             THEN sum(li.quantity * li.cost_minor) END
                      FROM line_items li WHERE li.sale_id = s.id) AS line_cost,
                    c.first_sale_id = s.id AS is_new, c.second_at
             FROM sales s
             JOIN survey_answers a ON a.answer_norm = s.said_norm
             LEFT JOIN customers c ON c.customer_key = s.customer_key
             WHERE s.said_norm IS NOT NULL AND s.local_day BETWEEN ? AND ?
               AND s.cancelled = 0 AND s.net_minor > 0
               AND a.partner_id IN ({placeholders})
             ORDER BY s.placed_at, s.id"
        );
        let mut values: Vec<rusqlite::types::Value> = vec![from.to_string().into(), to.to_string().into()];
        values.extend(partners.iter().map(|&p| rusqlite::types::Value::from(p)));
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| {
            Ok((
                r.get(0)?,
                CodeOrderRow {
                    sale_id: r.get(1)?,
                    source: r.get(2)?,
                    external_id: r.get(3)?,
                    local_day: r.get(4)?,
                    placed_at: r.get(5)?,
                    net_minor: r.get(6)?,
                    codes: r
                        .get::<_, Option<String>>(7)?
                        .unwrap_or_default()
                        .split('\u{1f}')
                        .filter(|c| !c.is_empty())
                        .map(str::to_string)
                        .collect(),
                    line_cost_minor: r.get(8)?,
                    is_new: r.get::<_, Option<bool>>(9)?.unwrap_or(false),
                    next_order_at: r.get(10)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A campaign's in-store redemptions, by campaign partner and day.
    ///
    /// # Errors
    /// Storage errors only.
    pub fn redemption_days(&self, campaign_id: i64) -> Result<Vec<RedemptionDay>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT campaign_partner_id, day, sum(count), sum(amount_minor), said FROM manual_redemptions
             WHERE campaign_partner_id IN (SELECT id FROM campaign_partners WHERE campaign_id = ?1)
             GROUP BY campaign_partner_id, day, said",
        )?;
        let rows = stmt.query_map([campaign_id], |r| {
            Ok(RedemptionDay {
                campaign_partner_id: r.get(0)?,
                day: r.get(1)?,
                count: r.get(2)?,
                amount_minor: r.get(3)?,
                said: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The shop's net sales per shop-local day with at least one counted order, `from` to `to`.
    ///
    /// # Errors
    /// Storage errors only.
    pub fn daily_net_sales(&self, from: NaiveDate, to: NaiveDate) -> Result<BTreeMap<NaiveDate, i64>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT day, sum(net_minor) FROM daily_sales WHERE day BETWEEN ?1 AND ?2 AND orders > 0 GROUP BY day",
        )?;
        let rows = stmt.query_map(params![from, to], |r| Ok((r.get::<_, NaiveDate>(0)?, r.get::<_, i64>(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The shop's net sales per shop-local day with any sales row, `from` to `to`, in order (for the
    /// Dashboard's chart).
    ///
    /// # Errors
    /// Storage errors only.
    pub fn daily_net_totals(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<(NaiveDate, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT day, sum(net_minor) FROM daily_sales WHERE day BETWEEN ?1 AND ?2 GROUP BY day ORDER BY day",
        )?;
        let rows = stmt.query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Counted orders and their net revenue, `from` to `to` (shop-local days), from the daily aggregates.
    ///
    /// # Errors
    /// Storage errors only.
    pub fn sales_totals(&self, from: NaiveDate, to: NaiveDate) -> Result<(i64, i64)> {
        Ok(self.conn().query_row(
            "SELECT coalesce(sum(orders), 0), coalesce(sum(net_minor), 0) FROM daily_sales WHERE day BETWEEN ?1 AND ?2",
            params![from, to],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// In-store redemptions typed in for partners of non-cancelled campaigns, `from` to `to`: (count,
    /// amount).
    ///
    /// # Errors
    /// Storage errors only.
    pub fn typed_in_totals(&self, from: NaiveDate, to: NaiveDate) -> Result<(i64, i64)> {
        Ok(self.conn().query_row(
            "SELECT coalesce(sum(mr.count), 0), coalesce(sum(mr.amount_minor), 0) FROM manual_redemptions mr
             JOIN campaign_partners cp ON cp.id = mr.campaign_partner_id
             JOIN campaigns c ON c.id = cp.campaign_id
             WHERE c.cancelled = 0 AND mr.day BETWEEN ?1 AND ?2",
            params![from, to],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// Non-cancelled campaigns other than `campaign_id` that start by `to` and end after a year before
    /// `from` (those whose days may fall in a lift's baseline or window).
    ///
    /// # Errors
    /// Storage errors only.
    pub fn campaign_periods_near(
        &self,
        campaign_id: i64,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<CampaignPeriod>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT name, start_day, end_day, window_days FROM campaigns
             WHERE id <> ?1 AND cancelled = 0 AND start_day <= ?3 AND end_day >= date(?2, '-365 days')",
        )?;
        let rows = stmt.query_map(params![campaign_id, from, to], |r| {
            Ok(CampaignPeriod { name: r.get(0)?, start: r.get(1)?, end: r.get(2)?, window_days: r.get(3)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The last shop-local day with a counted order, if any.
    ///
    /// # Errors
    /// Storage errors only.
    pub fn last_data_day(&self) -> Result<Option<NaiveDate>> {
        super::results_cache::last_data_day(self.conn())
    }

    /// The customers whose first order was placed `from` to `to`: (first order's sale id, its instant,
    /// the next order's instant).
    ///
    /// # Errors
    /// Storage errors only.
    pub fn first_orders_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<(i64, String, Option<String>)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT first_sale_id, first_at, second_at FROM customers WHERE first_day BETWEEN ?1 AND ?2",
        )?;
        let rows = stmt.query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether the file holds any partner, sale or campaign (the demo only fills an empty one).
    ///
    /// # Errors
    /// Storage errors only.
    pub fn holds_data(&self) -> Result<bool> {
        let n: i64 = self.conn().query_row(
            "SELECT (SELECT count(*) FROM partners) + (SELECT count(*) FROM sales) + (SELECT count(*) FROM campaigns)",
            [],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    /// Marks the shop as the generated demo shop.
    ///
    /// # Errors
    /// Storage errors only.
    pub fn mark_demo(&mut self) -> Result<()> {
        self.write(|tx| {
            tx.execute("UPDATE shop SET is_demo = 1 WHERE id = 1", [])?;
            Ok(())
        })
    }
}
