//! The Dashboard: what partnerships brought over a period, who brought most, and what needs a look.
//! It takes the campaign results the Campaign page shows through the one rule of [`crate::period`]: the
//! orders placed on the period's days, costs spread over a campaign's days. So attributed sales are a part
//! of the period's sales, and a period containing a campaign's days gives the Campaign page's figures.
//! Shop-wide sales come from the daily aggregates, never from a scan of all sales.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;
use ts_rs::TS;

use crate::attribution::{Figures, Method};
use crate::error::Result;
use crate::model::{ListQuery, Phase, Tier};

/// A partner or a community: (partner id, community id), exactly one set.
type Member = (Option<i64>, Option<i64>);
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LeaderRow {
    pub name: String,
    pub partner_id: Option<i64>,
    pub community_id: Option<i64>,
    pub campaigns: i64,
    /// Measured by sales lift only (walk-in partners): listed after the ranked rows, never ranked as a loss.
    pub measured_by_lift: bool,
    #[serde(flatten)]
    pub figures: Figures,
}

/// The partners of one audience tier, added up: which size of partner brings customers cheapest.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TierRow {
    /// `None`: partners without any audience numbers yet.
    pub tier: Option<Tier>,
    pub partners: i64,
    #[serde(flatten)]
    pub figures: Figures,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AttentionKind {
    /// A partner's code has not been used once since the campaign started.
    CodeNeverUsed,
    /// Orders used codes of two partners.
    Conflicts,
    /// A running campaign ends within a week.
    EndingSoon,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Attention {
    pub kind: AttentionKind,
    pub campaign_id: i64,
    pub campaign: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Dashboard {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub currency: Option<String>,
    /// Campaigns with days in the period (first day to end + attribution window).
    pub campaigns: i64,
    /// Their figures in the period (see [`crate::period`]), other costs and the owner's time included.
    #[serde(flatten)]
    pub figures: Figures,
    /// All sales of the period, for scale: imported orders and in-store redemptions typed in (sales no
    /// export holds). The attributed figures are a part of these.
    pub shop_orders: i64,
    pub shop_net_revenue_minor: i64,
    /// Of which typed in.
    pub typed_in_orders: i64,
    pub typed_in_net_revenue_minor: i64,
    /// Ranked by attributed net revenue (counted sales); walk-in partners (sales lift only) after them,
    /// by the middle of their lift's range.
    pub leaderboard: Vec<LeaderRow>,
    /// By audience tier, smallest first (cost per new customer compares them).
    pub tiers: Vec<TierRow>,
    pub attention: Vec<Attention>,
    /// Each campaign of the period with its totals, oldest first (the ROI chart and its table).
    pub campaign_rows: Vec<CampaignRow>,
    /// Net sales of each day of the period that had sales (the sales chart).
    pub daily: Vec<DayTotal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CampaignRow {
    pub campaign_id: i64,
    pub name: String,
    pub start: NaiveDate,
    /// Last day orders count (end + attribution window).
    pub counts_until: NaiveDate,
    #[serde(flatten)]
    pub figures: Figures,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DayTotal {
    pub day: NaiveDate,
    pub net_minor: i64,
}

/// The Dashboard's charts as SVG.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DashboardCharts {
    pub roi_svg: String,
    pub sales_svg: String,
    /// Cost per new customer by audience tier.
    pub tiers_svg: String,
}

/// A tier as the owner reads it.
fn tier_label(tier: Tier) -> &'static str {
    match tier {
        Tier::Community => "Community (< 1k)",
        Tier::Nano => "Nano (1k–10k)",
        Tier::Micro => "Micro (10k–100k)",
        Tier::Macro => "Macro (100k–1M)",
        Tier::Mega => "Mega (1M+)",
    }
}

impl Store {
    /// The Dashboard's charts: ROI per campaign, daily net sales with the campaigns' days shaded, and cost
    /// per new customer by tier; amounts on the axes written for `locale` (else the shop's).
    pub fn dashboard_charts(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        theme: crate::charts::Theme,
        locale: Option<&str>,
    ) -> Result<DashboardCharts> {
        let d = self.dashboard(from, to)?;
        let money = self.numbers(locale)?;
        let roi: Vec<crate::charts::RoiBar> = d
            .campaign_rows
            .iter()
            .map(|c| crate::charts::RoiBar {
                name: c.name.clone(),
                roi: c.figures.roi,
                lift_range: c.figures.roi_low.zip(c.figures.roi_high),
            })
            .collect();
        let days: Vec<(NaiveDate, i64)> = d.daily.iter().map(|t| (t.day, t.net_minor)).collect();
        let bands: Vec<crate::charts::Band> = d
            .campaign_rows
            .iter()
            .map(|c| crate::charts::Band { name: c.name.clone(), from: c.start, to: c.counts_until })
            .collect();
        let tiers: Vec<(String, Option<i64>)> = d
            .tiers
            .iter()
            .map(|t| {
                (t.tier.map_or("No audience numbers", tier_label).to_string(), t.figures.cost_per_new_customer_minor)
            })
            .collect();
        Ok(DashboardCharts {
            tiers_svg: crate::charts::cost_per_customer_by_tier(&tiers, &money, theme)?,
            roi_svg: crate::charts::roi_by_campaign(&roi, theme)?,
            sales_svg: crate::charts::daily_sales(&days, &bands, &money, theme)?,
        })
    }

    /// The dashboard of `from` to `to`, shop-local days: the campaigns whose orders count on some of its
    /// days, with their figures in the period (see [`crate::period`]).
    ///
    /// # Errors
    /// Storage errors only.
    pub fn dashboard(&self, from: NaiveDate, to: NaiveDate) -> Result<Dashboard> {
        let today = self.today()?;
        let campaigns: Vec<_> = self
            .list_campaigns(&ListQuery { include_archived: true, ..Default::default() })?
            .into_iter()
            .filter(|c| !c.cancelled && c.fields.start <= to && c.counts_until >= from)
            .collect();
        let mut total = Figures::default();
        let mut leaders: HashMap<Member, LeaderRow> = HashMap::new();
        let mut tiers: BTreeMap<Option<Tier>, (BTreeSet<Member>, Figures)> = BTreeMap::new();
        let mut attention = Vec::new();
        let mut campaign_rows = Vec::new();
        for c in &campaigns {
            let results = self.campaign_results(c.id)?;
            let Some((partner_figures, t)) = crate::period::campaign_figures(&results, from, to) else { continue };
            total.add(&t);
            campaign_rows.push(CampaignRow {
                campaign_id: c.id,
                name: c.fields.name.clone(),
                start: c.fields.start,
                counts_until: c.counts_until,
                figures: t,
            });
            for (p, figures) in results.partners.iter().zip(&partner_figures) {
                let key = (p.partner_id, p.community_id);
                let row = leaders.entry(key).or_insert_with(|| LeaderRow {
                    name: p.name.clone(),
                    partner_id: key.0,
                    community_id: key.1,
                    campaigns: 0,
                    measured_by_lift: false,
                    figures: Figures::default(),
                });
                row.campaigns += 1;
                row.figures.add(figures);
                let tier = tiers.entry(p.tier).or_default();
                tier.0.insert(key);
                tier.1.add(figures);
                if !p.codes.is_empty() && matches!(p.method, Method::None | Method::Manual) && today >= c.fields.start {
                    attention.push(Attention {
                        kind: AttentionKind::CodeNeverUsed,
                        campaign_id: c.id,
                        campaign: c.fields.name.clone(),
                        message: format!("{}'s code {} has not been used once", p.name, p.codes.join(", ")),
                    });
                }
            }
            if !results.conflicts.is_empty() {
                attention.push(Attention {
                    kind: AttentionKind::Conflicts,
                    campaign_id: c.id,
                    campaign: c.fields.name.clone(),
                    message: format!("{} orders used codes of two partners; each counts once", results.conflicts.len()),
                });
            }
            if c.phase == Phase::Running && (c.fields.end - today).num_days() <= 7 {
                attention.push(Attention {
                    kind: AttentionKind::EndingSoon,
                    campaign_id: c.id,
                    campaign: c.fields.name.clone(),
                    message: format!("ends on {}", c.fields.end),
                });
            }
        }
        total.finish();
        let mut leaderboard: Vec<LeaderRow> = leaders
            .into_values()
            .map(|mut r| {
                r.figures.finish();
                r.measured_by_lift = r.figures.counted_partners == 0 && r.figures.walk_in_partners > 0;
                r
            })
            .collect();
        // Counted sales first, by attributed net revenue; walk-in partners after, by their lift's middle
        // (an estimate is never ranked against counted sales, nor as a loss).
        let middle = |f: &Figures| f.lift_low_minor.zip(f.lift_high_minor).map(|(l, h)| l + h);
        leaderboard.sort_by(|a, b| {
            a.measured_by_lift
                .cmp(&b.measured_by_lift)
                .then(b.figures.attributed_net_revenue_minor.cmp(&a.figures.attributed_net_revenue_minor))
                .then(middle(&b.figures).cmp(&middle(&a.figures)))
                .then(a.name.cmp(&b.name))
        });
        let tiers = tiers
            .into_iter()
            .map(|(tier, (members, mut figures))| {
                figures.finish();
                TierRow { tier, partners: members.len() as i64, figures }
            })
            .collect();
        let (shop_orders, shop_net): (i64, i64) = self.conn().query_row(
            "SELECT coalesce(sum(orders), 0), coalesce(sum(net_minor), 0) FROM daily_sales WHERE day BETWEEN ?1 AND ?2",
            params![from, to],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        // In-store redemptions typed in for partners of campaigns that count: sales of the till no export has.
        let (typed_in_orders, typed_in_net): (i64, i64) = self.conn().query_row(
            "SELECT coalesce(sum(mr.count), 0), coalesce(sum(mr.amount_minor), 0) FROM manual_redemptions mr
             JOIN campaign_partners cp ON cp.id = mr.campaign_partner_id
             JOIN campaigns c ON c.id = cp.campaign_id
             WHERE c.cancelled = 0 AND mr.day BETWEEN ?1 AND ?2",
            params![from, to],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Dashboard {
            from,
            to,
            currency: self.shop()?.settings.currency,
            campaigns: campaigns.len() as i64,
            figures: total,
            shop_orders: shop_orders + typed_in_orders,
            shop_net_revenue_minor: shop_net + typed_in_net,
            typed_in_orders,
            typed_in_net_revenue_minor: typed_in_net,
            leaderboard,
            tiers,
            attention,
            campaign_rows: {
                campaign_rows.sort_by(|a, b| a.start.cmp(&b.start).then(a.name.cmp(&b.name)));
                campaign_rows
            },
            daily: {
                let mut stmt = self.conn().prepare_cached(
                    "SELECT day, sum(net_minor) FROM daily_sales WHERE day BETWEEN ?1 AND ?2 GROUP BY day ORDER BY day",
                )?;
                let rows =
                    stmt.query_map(params![from, to], |r| Ok(DayTotal { day: r.get(0)?, net_minor: r.get(1)? }))?;
                rows.collect::<rusqlite::Result<_>>()?
            },
        })
    }
}
