//! The Dashboard of a period: the campaigns whose orders count in it, their figures by the rule of
//! [`crate::period`], the leaderboard, the tiers, what needs a look, and its charts.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;

use crate::attribution::{Figures, Method};
use crate::dashboard::{
    Attention, AttentionKind, CampaignRow, Dashboard, DashboardCharts, DayTotal, LeaderRow, TierRow, tier_label,
};
use crate::error::Result;
use crate::model::{ListQuery, Phase, Tier};
use crate::msg;
use crate::store::Store;

/// A partner or a community: (partner id, community id), exactly one set.
type Member = (Option<i64>, Option<i64>);

impl Store {
    /// The Dashboard's charts: ROI per campaign, daily net sales with the campaigns' days shaded, and cost
    /// per new customer by tier; amounts on the axes written for `locale` (else the shop's).
    ///
    /// # Errors
    /// [`crate::Error::Corrupt`] when a chart cannot be drawn, or the shop's stored time zone or analysis
    /// settings cannot be read; [`crate::Error::Database`] when SQLite fails.
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
        let words = crate::i18n::words(money.locale());
        let tiers: Vec<(String, Option<i64>)> =
            d.tiers.iter().map(|t| (tier_label(&words, t.tier), t.figures.cost_per_new_customer_minor)).collect();
        Ok(DashboardCharts {
            tiers_svg: crate::charts::cost_per_customer_by_tier(&tiers, &money, theme)?,
            roi_svg: crate::charts::roi_by_campaign(&roi, &money, theme)?,
            sales_svg: crate::charts::daily_sales(&days, &bands, &money, theme)?,
        })
    }

    /// The Dashboard's cards for `from`–`to` beside the previous period of the same length and the same
    /// days a year earlier, each the Dashboard of that period (so every figure is the one the Dashboard
    /// shows for it), with the changes between them.
    ///
    /// # Errors
    /// As [`Store::dashboard`].
    pub fn dashboard_comparison(&self, from: NaiveDate, to: NaiveDate) -> Result<crate::dashboard::Comparison> {
        use crate::dashboard::{Changes, Comparison, PeriodFigures, previous_period, year_earlier};
        let current = PeriodFigures::of(&self.dashboard(from, to)?);
        let (p_from, p_to) = previous_period(from, to);
        let previous = PeriodFigures::of(&self.dashboard(p_from, p_to)?);
        let (y_from, y_to) = year_earlier(from, to);
        let year = PeriodFigures::of(&self.dashboard(y_from, y_to)?);
        Ok(Comparison {
            since_previous: Changes::between(&previous, &current),
            since_year_earlier: Changes::between(&year, &current),
            current,
            previous,
            year_earlier: year,
        })
    }

    /// Computes, before the window asks, what its first screen shows: the Dashboard of the last 365 days
    /// (the window's default range, "this year") with the two periods it is compared with, each kept
    /// while the shop does not change ([`Store::dashboard`]). The shell calls it on a thread of its own when
    /// it opens a shop, while the window loads.
    ///
    /// # Errors
    /// As [`Store::dashboard`].
    pub fn warm_dashboard(&self) -> Result<()> {
        let to = self.today()?;
        self.dashboard_comparison(to - chrono::Days::new(364), to).map(|_| ())
    }

    /// The dashboard of `from` to `to`, shop-local days: the campaigns whose orders count on some of its
    /// days, with their figures in the period (see [`crate::period`]). Computed once while the shop does
    /// not change: the Dashboard's figures, its comparison and its charts all start from it.
    ///
    /// # Errors
    /// Storage errors only.
    pub fn dashboard(&self, from: NaiveDate, to: NaiveDate) -> Result<Dashboard> {
        let today = self.today()?;
        self.memoized(format!("dashboard {from} {to} {today}"), || self.compute_dashboard(from, to, today))
    }

    /// [`Store::dashboard`], computed.
    ///
    /// Long because one pass over the period's campaigns fills five tallies (totals, leaders, tiers, attention, rows).
    ///
    /// # Errors
    /// Storage errors only.
    #[expect(
        clippy::too_many_lines,
        reason = "one pass over the period's campaigns fills five tallies (totals, leaders, tiers, attention, rows)"
    )]
    fn compute_dashboard(&self, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Dashboard> {
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
                        message: msg!(
                            "attention-code-never-used",
                            name = &p.name,
                            codes = p.codes.join(", "),
                            count = p.codes.len()
                        ),
                    });
                }
            }
            if !results.conflicts.is_empty() {
                attention.push(Attention {
                    kind: AttentionKind::Conflicts,
                    campaign_id: c.id,
                    campaign: c.fields.name.clone(),
                    message: msg!("attention-conflicts", count = results.conflicts.len()),
                });
            }
            if c.phase == Phase::Running && (c.fields.end - today).num_days() <= 7 {
                attention.push(Attention {
                    kind: AttentionKind::EndingSoon,
                    campaign_id: c.id,
                    campaign: c.fields.name.clone(),
                    message: msg!("attention-ends-on", day = c.fields.end),
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
        let (shop_orders, shop_net) = self.sales_totals(from, to)?;
        // In-store redemptions typed in for partners of campaigns that count: sales of the till no export has.
        let (typed_in_orders, typed_in_net) = self.typed_in_totals(from, to)?;
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
            daily: self
                .daily_net_totals(from, to)?
                .into_iter()
                .map(|(day, net_minor)| DayTotal { day, net_minor })
                .collect(),
        })
    }
}
