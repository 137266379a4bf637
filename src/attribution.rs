//! Which partnerships paid off: sales attributed to each partner of a campaign, and what they cost.
//!
//! Formulas (shown in the README and the UI):
//! - An order is attributed by **code** when one of its discount codes is a partner's code and it was placed
//!   (shop-local day) from the campaign's first day to its last day + the attribution window. An order is
//!   attributed to one partner only: the first of its codes that is live in any campaign; an order whose
//!   other codes belong to other partners is reported as a conflict, never counted twice.
//! - **Manual** redemptions typed in for a partner add their count and amount, labelled as manual.
//! - Net revenue = gross − discounts − refunds (tax and shipping excluded).
//! - Gross profit = net revenue × the shop's margin, or net − Σ line cost when every line of the order has one.
//! - Cost of a partner = flat fee + gifted products at cost + commission % × attributed net revenue. The
//!   campaign's cost adds its other costs and the owner's hours × hourly rate.
//! - ROI = (gross profit − cost) / cost; ROAS = net revenue / cost; cost per new customer = cost / new customers.
//! - A new customer is one whose first order ever seen is the attributed order.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::lift::{self, Lift, LiftInput};
use crate::store::Store;
use crate::store::analysis_data::{CampaignPeriod, CodeOrderRow, LiveCodeRow, RedemptionDay};

/// How a partner's sales were measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Method {
    Code,
    Manual,
    /// Codes and in-store redemptions both.
    CodeAndManual,
    /// No code or redemption counted, but customers said this partner sent them (see [`Figures::survey_orders`]).
    Survey,
    /// Nothing measurable yet (no code used, nothing typed in): a candidate for a lift estimate.
    None,
    /// No promo code and nothing typed in: measured by the campaign's sales lift.
    Lift,
}

/// Of the new customers whose first order is at least `days` old (so there was time to come back), how
/// many ordered again within `days` of it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct RepeatRate {
    pub days: i64,
    pub customers: i64,
    pub returned: i64,
    pub rate: Option<f64>,
}

/// The horizons repeat purchases are measured at.
pub const REPEAT_DAYS: [i64; 3] = [30, 60, 90];

pub(crate) fn empty_repeat() -> Vec<RepeatRate> {
    REPEAT_DAYS.iter().map(|&days| RepeatRate { days, ..Default::default() }).collect()
}

/// The numbers of one partner (or of the whole campaign, for the totals).
#[derive(Debug, Clone, Default, PartialEq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct Figures {
    pub attributed_orders: i64,
    pub attributed_net_revenue_minor: i64,
    /// Of which typed in as in-store redemptions.
    pub manual_orders: i64,
    pub manual_net_revenue_minor: i64,
    /// Of which "customer said": orders without a counted code whose customer named this partner when asked
    /// how they heard of the shop (the owner read the answer as naming them). No commission is owed on them.
    #[serde(default)]
    pub survey_orders: i64,
    #[serde(default)]
    pub survey_net_revenue_minor: i64,
    pub gross_profit_minor: i64,
    pub cost_minor: i64,
    pub commission_owed_minor: i64,
    pub roi: Option<f64>,
    pub roas: Option<f64>,
    pub new_customers: i64,
    pub cost_per_new_customer_minor: Option<i64>,
    /// How many of those new customers came back, at 30, 60 and 90 days.
    pub repeat: Vec<RepeatRate>,
    /// Partners measured by sales lift (no code, nothing typed in) among these figures, and what they cost
    /// (a part of `cost_minor`). Figures of walk-in partners only have no `roi`: counted sales cannot
    /// measure them, so they are never a −100% loss.
    pub walk_in_partners: i64,
    pub walk_in_cost_minor: i64,
    /// Partners measured by codes or typed-in redemptions (used or not yet) among these figures.
    pub counted_partners: i64,
    /// Their share of the campaigns' sales lift, net revenue, 95% range (written rounded, see
    /// [`crate::format::shown_range`]); `None` while there is no estimate (or no walk-in partner). A campaign's
    /// lift is shared equally by its walk-in partners.
    pub lift_low_minor: Option<i64>,
    pub lift_high_minor: Option<i64>,
    /// That lift's gross profit at the shop's margin, from the exact ends.
    pub lift_gross_profit_low_minor: Option<i64>,
    pub lift_gross_profit_high_minor: Option<i64>,
    /// ROI with the lift's low and high ends added to the counted gross profit:
    /// (gross profit + lift gross profit − cost) / cost.
    pub roi_low: Option<f64>,
    pub roi_high: Option<f64>,
}

fn add_opt(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
    }
}

impl Figures {
    /// Adds another partner's (or campaign's) counts and money; the ratios are computed by `finish`.
    pub(crate) fn add(&mut self, f: &Figures) {
        self.attributed_orders += f.attributed_orders;
        self.attributed_net_revenue_minor += f.attributed_net_revenue_minor;
        self.manual_orders += f.manual_orders;
        self.manual_net_revenue_minor += f.manual_net_revenue_minor;
        self.survey_orders += f.survey_orders;
        self.survey_net_revenue_minor += f.survey_net_revenue_minor;
        self.gross_profit_minor += f.gross_profit_minor;
        self.cost_minor += f.cost_minor;
        self.commission_owed_minor += f.commission_owed_minor;
        self.new_customers += f.new_customers;
        self.walk_in_partners += f.walk_in_partners;
        self.counted_partners += f.counted_partners;
        self.walk_in_cost_minor += f.walk_in_cost_minor;
        self.lift_low_minor = add_opt(self.lift_low_minor, f.lift_low_minor);
        self.lift_high_minor = add_opt(self.lift_high_minor, f.lift_high_minor);
        self.lift_gross_profit_low_minor = add_opt(self.lift_gross_profit_low_minor, f.lift_gross_profit_low_minor);
        self.lift_gross_profit_high_minor = add_opt(self.lift_gross_profit_high_minor, f.lift_gross_profit_high_minor);
        if self.repeat.is_empty() {
            self.repeat = empty_repeat();
        }
        for (mine, theirs) in self.repeat.iter_mut().zip(&f.repeat) {
            mine.customers += theirs.customers;
            mine.returned += theirs.returned;
        }
    }

    /// ROI, ROAS and cost per new customer from the sums. Figures with walk-in partners and no partner
    /// measured by counted sales have no ROI or ROAS (their lift's ROI range says what they did).
    pub(crate) fn finish(&mut self) {
        let cost = self.cost_minor as f64;
        let counted = self.cost_minor > 0 && (self.walk_in_partners == 0 || self.counted_partners > 0);
        self.roi = counted.then(|| (self.gross_profit_minor as f64 - cost) / cost);
        self.roas = counted.then(|| self.attributed_net_revenue_minor as f64 / cost);
        let with_lift = |lift: Option<i64>| {
            lift.filter(|_| self.cost_minor > 0).map(|l| (self.gross_profit_minor as f64 + l as f64 - cost) / cost)
        };
        self.roi_low = with_lift(self.lift_gross_profit_low_minor);
        self.roi_high = with_lift(self.lift_gross_profit_high_minor);
        self.cost_per_new_customer_minor =
            (self.new_customers > 0).then(|| div_round(self.cost_minor, self.new_customers));
        if self.repeat.is_empty() {
            self.repeat = empty_repeat();
        }
        for r in &mut self.repeat {
            r.rate = (r.customers > 0).then(|| r.returned as f64 / r.customers as f64);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct PartnerResult {
    pub campaign_partner_id: i64,
    /// The partner or the community (one of the two).
    pub partner_id: Option<i64>,
    pub community_id: Option<i64>,
    pub name: String,
    pub is_community: bool,
    pub codes: Vec<String>,
    pub method: Method,
    pub fee_minor: i64,
    pub gifted_cost_minor: i64,
    pub commission_pct: f64,
    /// Audience tier of the partner (largest account) or community (size).
    pub tier: Option<crate::model::Tier>,
    pub posts: i64,
    /// Likes + comments + shares + saves of the partner's posts in this campaign.
    pub interactions: i64,
    /// Median engagement rate of those posts, in percent.
    pub engagement_pct: Option<f64>,
    /// Cost ÷ interactions.
    pub cost_per_engagement_minor: Option<i64>,
    #[serde(flatten)]
    pub figures: Figures,
    /// The counted figures day by day (shop-local days with any), so that a period takes exactly its days
    /// (see [`crate::period`]).
    pub days: Vec<PartnerDay>,
    /// For a partner measured by lift: the campaign's lift (shared by every such partner of the campaign,
    /// never added to code figures), without its daily detail.
    pub lift: Option<Lift>,
}

/// One shop-local day of a partner's counted figures. The days add up to the partner's figures: gross profit
/// valued at the margin is rounded once on the partner's running total and each day gets its step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct PartnerDay {
    pub day: NaiveDate,
    /// Code orders, typed-in redemptions and "customer said" orders.
    pub orders: i64,
    pub net_revenue_minor: i64,
    pub manual_orders: i64,
    pub manual_net_revenue_minor: i64,
    #[serde(default)]
    pub survey_orders: i64,
    #[serde(default)]
    pub survey_net_revenue_minor: i64,
    pub gross_profit_minor: i64,
    pub new_customers: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct Totals {
    #[serde(flatten)]
    pub figures: Figures,
    pub other_costs_minor: i64,
    /// The owner's hours × hourly rate (0 when no rate is set).
    pub owner_time_cost_minor: i64,
}

/// An order whose codes belong to more than one partner: counted once, for `attributed_to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct Conflict {
    pub order: String,
    pub source: String,
    pub codes: Vec<String>,
    pub attributed_to: String,
    pub also_matched: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct CampaignResults {
    pub campaign: String,
    pub campaign_id: i64,
    /// First and last shop-local day an order counts (end + attribution window).
    pub window_start: NaiveDate,
    pub window_end: NaiveDate,
    pub currency: Option<String>,
    pub margin_pct: f64,
    pub partners: Vec<PartnerResult>,
    pub totals: Totals,
    pub conflicts: Vec<Conflict>,
    /// The shop's other new customers of the same period (first order in the window, not attributed to
    /// this campaign), to compare how often partner-brought customers come back.
    pub others_repeat: Vec<RepeatRate>,
    /// The campaign's sales lift: the shop's sales in the window against its usual sales, code orders of
    /// this campaign taken out (see [`crate::lift`]).
    pub lift: Lift,
    /// Attributed gross profit per shop-local day (code orders and in-store redemptions), for the
    /// break-even chart.
    pub daily_profit: Vec<DayProfit>,
}

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct DayProfit {
    pub day: NaiveDate,
    pub gross_profit_minor: i64,
}

/// A code live in some campaign during `[from, until]`, for deciding which partner an order belongs to.
struct LiveCode {
    code_norm: String,
    from: NaiveDate,
    until: NaiveDate,
    campaign_partner_id: i64,
    member: String,
}

pub(crate) use crate::model::commission;

fn div_round(a: i64, b: i64) -> i64 {
    // Half away from zero, in integers: money never goes through a float.
    let (q, r) = (a / b, a % b);
    if 2 * r.abs() >= b.abs() { q + a.signum() * b.signum() } else { q }
}

/// Everything a campaign's results are computed from, as the store loads it ([`CampaignData::load`]):
/// [`compute`] is a pure function of it.
#[derive(Debug, Clone)]
pub struct CampaignData {
    pub detail: crate::model::CampaignDetail,
    pub currency: Option<String>,
    pub margin_pct: f64,
    pub hourly_rate_minor: Option<i64>,
    /// Codes live at some point of the campaign's counting days, in any campaign.
    pub live_codes: Vec<LiveCodeRow>,
    /// Counted orders of those days that used one of this campaign's live codes.
    pub code_orders: Vec<CodeOrderRow>,
    /// Counted orders of the counting days whose customer's answer names a partner of this campaign, with
    /// that partner's id (see [`Store::said_orders`]).
    pub said_orders: Vec<(i64, CodeOrderRow)>,
    pub redemptions: Vec<RedemptionDay>,
    /// The lift's inputs: weeks of baseline, the shop's net sales per day from the baseline's first day
    /// to the window's last, other campaigns' periods, the owner's unusual days, the last day with data.
    pub lift_weeks: u32,
    pub daily_net: BTreeMap<NaiveDate, i64>,
    pub other_campaigns: Vec<CampaignPeriod>,
    pub holidays: std::collections::BTreeSet<NaiveDate>,
    pub last_data_day: Option<NaiveDate>,
    /// The latest sale's instant (RFC 3339): how far repeat purchases can be seen.
    pub last_sale_at: Option<String>,
    /// Customers whose first order falls in the window: (sale id, its instant, the next order's).
    pub first_orders: Vec<(i64, String, Option<String>)>,
}

impl CampaignData {
    /// Loads what [`compute`] needs for one campaign.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown campaign; storage errors.
    pub fn load(store: &Store, campaign_id: i64) -> Result<CampaignData> {
        store.ensure_customers()?;
        let detail = store.campaign_detail(campaign_id)?;
        let shop = store.shop()?;
        let (window_start, window_end) = (detail.campaign.fields.start, detail.campaign.counts_until);
        let live_codes = store.live_code_rows(window_start, window_end)?;
        let ours: Vec<String> = live_codes
            .iter()
            .filter(|l| detail.partners.iter().any(|p| p.id == l.campaign_partner_id))
            .map(|l| l.code_norm.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let code_orders =
            if detail.campaign.cancelled { Vec::new() } else { store.code_orders(&ours, window_start, window_end)? };
        let partner_ids: Vec<i64> = detail.partners.iter().filter_map(|p| p.fields.partner_id).collect();
        let said_orders = if detail.campaign.cancelled {
            Vec::new()
        } else {
            store.said_orders(&partner_ids, window_start, window_end)?
        };
        let lift_weeks = store.analysis_settings()?.lift_weeks;
        let baseline_start = window_start - chrono::Duration::days(7 * i64::from(lift_weeks));
        Ok(CampaignData {
            currency: shop.settings.currency,
            margin_pct: shop.settings.default_margin_pct,
            hourly_rate_minor: shop.settings.hourly_rate_minor,
            code_orders,
            said_orders,
            redemptions: store.redemption_days(campaign_id)?,
            lift_weeks,
            daily_net: store.daily_net_sales(baseline_start, window_end)?,
            other_campaigns: store.campaign_periods_near(campaign_id, baseline_start, window_end)?,
            holidays: store.holidays()?.into_iter().map(|h| h.day).collect(),
            last_data_day: store.last_data_day()?,
            last_sale_at: store.last_sale_at()?,
            first_orders: store.first_orders_between(window_start, window_end)?,
            live_codes,
            detail,
        })
    }
}

/// A campaign's results from its loaded data (see the module documentation for the formulas).
///
/// Long because the counting is Tally's; the rest builds each partner's result from one lift, adding to the totals.
#[expect(
    clippy::too_many_lines,
    reason = "the counting is Tally's; the rest builds each partner's result from one lift, adding to the totals"
)]
pub fn compute(data: &CampaignData) -> CampaignResults {
    let detail = &data.detail;
    let campaign_id = detail.campaign.id;
    let margin_bp = crate::model::pct_to_bp(data.margin_pct);
    let c = &detail.campaign;
    let window_start = c.fields.start;
    let window_end = c.counts_until;

    let live = live_codes(&data.live_codes);
    let ours: HashMap<String, i64> = live
        .iter()
        .filter(|l| detail.partners.iter().any(|p| p.id == l.campaign_partner_id))
        .map(|l| (l.code_norm.clone(), l.campaign_partner_id))
        .collect();

    let mut t = Tally::default();
    if !ours.is_empty() && !c.cancelled {
        t.count_code_orders(data, &live, &ours);
    }
    t.count_said_orders(data, &live);
    t.count_redemptions(data);
    t.value_at_margin(margin_bp);
    let Tally {
        mut by_partner,
        conflicts,
        newcomers,
        attributed_ids,
        attributed_daily,
        profit_daily,
        mut partner_days,
        ..
    } = t;

    let lift = if c.cancelled {
        lift::estimate(&LiftInput { window_start, window_end, ..Default::default() })
    } else {
        lift::estimate(&lift_input(data, window_start, window_end, attributed_daily))
    };
    // Walk-in partners: no code and nothing typed in. They share the campaign's lift equally.
    let walk_ins: Vec<i64> = detail
        .partners
        .iter()
        .filter(|p| p.fields.codes.is_empty() && by_partner.get(&p.id).is_none_or(|f| f.attributed_orders == 0))
        .map(|p| p.id)
        .collect();
    let share = |value: i64, i: usize| -> i64 {
        let k = walk_ins.len() as i64;
        value.div_euclid(k) + i64::from((i as i64) < value.rem_euclid(k))
    };
    let profit = |net: i64| crate::model::div_round_half_even(i128::from(net) * i128::from(margin_bp), 10_000);

    let last_sale = data.last_sale_at.clone();
    let mut totals = Figures::default();
    let mut partners = Vec::new();
    for p in &detail.partners {
        let mut f = by_partner.remove(&p.id).unwrap_or_default();
        if let Some(i) = walk_ins.iter().position(|&id| id == p.id) {
            f.walk_in_partners = 1;
            f.walk_in_cost_minor = p.fields.fee_minor + p.fields.gifted_cost_minor;
            if let (Some(low), Some(high)) = (lift.low_minor, lift.high_minor) {
                let (low, high) = (share(low, i), share(high, i));
                f.lift_low_minor = Some(low);
                f.lift_high_minor = Some(high);
                f.lift_gross_profit_low_minor = Some(profit(low));
                f.lift_gross_profit_high_minor = Some(profit(high));
            }
        } else {
            f.counted_partners = 1;
        }
        f.repeat = repeat_rates(newcomers.get(&p.id).map_or(&[][..], |v| v.as_slice()), last_sale.as_deref());
        // Commission is owed on tracked sales (codes, typed-in redemptions), not on what customers said.
        f.commission_owed_minor =
            commission(f.attributed_net_revenue_minor - f.survey_net_revenue_minor, p.fields.commission_pct);
        f.cost_minor = p.fields.fee_minor + p.fields.gifted_cost_minor + f.commission_owed_minor;
        f.finish();
        let coded = f.attributed_orders - f.manual_orders - f.survey_orders;
        let method = match (coded > 0, f.manual_orders > 0) {
            (true, true) => Method::CodeAndManual,
            (true, false) => Method::Code,
            (false, true) => Method::Manual,
            (false, false) if f.survey_orders > 0 => Method::Survey,
            (false, false) if p.fields.codes.is_empty() => Method::Lift,
            (false, false) => Method::None,
        };
        totals.add(&f);
        let interactions: i64 =
            p.posts.iter().map(|x| x.fields.likes + x.fields.comments + x.fields.shares + x.fields.saves).sum();
        let mut rates: Vec<f64> = p.posts.iter().filter_map(|x| x.engagement_pct).collect();
        rates.sort_by(f64::total_cmp);
        let engagement_pct = match rates.len() {
            0 => None,
            n if n % 2 == 1 => Some(rates[n / 2]),
            n => Some((rates[n / 2 - 1] + rates[n / 2]) / 2.0),
        };
        partners.push(PartnerResult {
            campaign_partner_id: p.id,
            partner_id: p.fields.partner_id,
            community_id: p.fields.community_id,
            name: p.member_name.clone(),
            is_community: p.fields.community_id.is_some(),
            codes: p.fields.codes.clone(),
            method,
            fee_minor: p.fields.fee_minor,
            gifted_cost_minor: p.fields.gifted_cost_minor,
            commission_pct: p.fields.commission_pct,
            tier: p.tier,
            posts: p.posts.len() as i64,
            interactions,
            engagement_pct,
            cost_per_engagement_minor: (interactions > 0).then(|| div_round(f.cost_minor, interactions)),
            figures: f,
            days: partner_days.remove(&p.id).map(|d| d.into_values().collect()).unwrap_or_default(),
            lift: None,
        });
    }
    let owner_minutes = (c.fields.owner_hours * 60.0).round() as i64;
    let owner_time_cost_minor = data.hourly_rate_minor.map_or(0, |rate| div_round(rate * owner_minutes, 60));
    totals.cost_minor += c.fields.other_costs_minor + owner_time_cost_minor;
    totals.finish();
    for p in partners.iter_mut().filter(|p| p.method == Method::Lift) {
        p.lift = Some(Lift { days: Vec::new(), ..lift.clone() });
    }
    CampaignResults {
        campaign: c.fields.name.clone(),
        campaign_id,
        window_start,
        window_end,
        currency: data.currency.clone(),
        margin_pct: data.margin_pct,
        partners,
        totals: Totals { figures: totals, other_costs_minor: c.fields.other_costs_minor, owner_time_cost_minor },
        conflicts,
        others_repeat: {
            let others = other_new_customers(&data.first_orders, &attributed_ids);
            repeat_rates(&others, last_sale.as_deref())
        },
        lift,
        daily_profit: profit_daily
            .into_iter()
            .map(|(day, gross_profit_minor)| DayProfit { day, gross_profit_minor })
            .collect(),
    }
}

/// What a campaign's code orders and redemptions add up to, partner by partner and day by day, before
/// costs: the working state of [`compute`].
#[derive(Default)]
struct Tally {
    by_partner: HashMap<i64, Figures>,
    conflicts: Vec<Conflict>,
    /// New customers' first orders (placed at, their next order's) by campaign partner, for repeat rates.
    newcomers: HashMap<i64, Vec<(String, Option<String>)>>,
    attributed_ids: Vec<i64>,
    /// This campaign's code-attributed net per day, taken out of the lift's window.
    attributed_daily: BTreeMap<NaiveDate, i64>,
    profit_daily: BTreeMap<NaiveDate, i64>,
    /// Net revenue valued at the shop's margin, by partner and day (orders without product costs, till uses).
    margin_net: HashMap<i64, BTreeMap<NaiveDate, i64>>,
    partner_days: HashMap<i64, BTreeMap<NaiveDate, PartnerDay>>,
}

/// A partner's day in `days`, created empty when new.
fn day_of(days: &mut HashMap<i64, BTreeMap<NaiveDate, PartnerDay>>, cp: i64, day: NaiveDate) -> &mut PartnerDay {
    days.entry(cp).or_default().entry(day).or_insert_with(|| PartnerDay { day, ..Default::default() })
}

impl Tally {
    /// Every order of the window that used one of this campaign's codes (`ours`), attributed to the partner
    /// whose code comes first among its live codes; an order matching several partners is a conflict.
    fn count_code_orders(&mut self, data: &CampaignData, live: &[LiveCode], ours: &HashMap<String, i64>) {
        for r in data.code_orders.iter().filter(|o| o.codes.iter().any(|k| ours.contains_key(k))) {
            let (id, day, codes) = (r.sale_id, r.local_day, &r.codes);
            let matches = matching(live, codes, day);
            let Some(winner) = matches.first() else { continue };
            let others: Vec<String> = matches[1..]
                .iter()
                .filter(|m| m.campaign_partner_id != winner.campaign_partner_id)
                .map(|m| m.member.clone())
                .collect();
            if !others.is_empty() {
                self.conflicts.push(Conflict {
                    order: r.external_id.clone(),
                    source: r.source.clone(),
                    codes: codes.clone(),
                    attributed_to: winner.member.clone(),
                    also_matched: others,
                });
            }
            if !data.detail.partners.iter().any(|p| p.id == winner.campaign_partner_id) {
                continue; // the order belongs to another campaign's partner
            }
            let net = r.net_minor;
            // Product costs when every line of the order has one, else the shop's margin.
            let line_cost = r.line_cost_minor;
            let is_new = r.is_new;
            self.attributed_ids.push(id);
            *self.attributed_daily.entry(day).or_default() += net;
            let d = day_of(&mut self.partner_days, winner.campaign_partner_id, day);
            d.orders += 1;
            d.net_revenue_minor += net;
            d.new_customers += i64::from(is_new);
            match line_cost {
                // Exact: no rounding.
                Some(cost) => {
                    *self.profit_daily.entry(day).or_default() += net - cost;
                    d.gross_profit_minor += net - cost;
                    self.by_partner.entry(winner.campaign_partner_id).or_default().gross_profit_minor += net - cost;
                }
                // From the margin: on the partner's sum, rounded once (below).
                None => *self.margin_net.entry(winner.campaign_partner_id).or_default().entry(day).or_default() += net,
            }
            let f = self.by_partner.entry(winner.campaign_partner_id).or_default();
            f.attributed_orders += 1;
            f.attributed_net_revenue_minor += net;
            f.new_customers += i64::from(is_new);
            if is_new {
                self.newcomers
                    .entry(winner.campaign_partner_id)
                    .or_default()
                    .push((r.placed_at.clone(), r.next_order_at.clone()));
            }
        }
    }

    /// Orders whose customer named a partner of this campaign ("customer said"): counted for that partner
    /// after codes and never twice: an order a code counts (for any partner, in any campaign: its codes are
    /// live on its day) is left to the code. Valued like code orders (product costs, else the margin).
    fn count_said_orders(&mut self, data: &CampaignData, live: &[LiveCode]) {
        let counted: std::collections::HashSet<i64> = self.attributed_ids.iter().copied().collect();
        for (partner_id, r) in &data.said_orders {
            if counted.contains(&r.sale_id) || !matching(live, &r.codes, r.local_day).is_empty() {
                continue;
            }
            let Some(cp) = data.detail.partners.iter().find(|p| p.fields.partner_id == Some(*partner_id)) else {
                continue;
            };
            let (cp, day, net) = (cp.id, r.local_day, r.net_minor);
            self.attributed_ids.push(r.sale_id);
            *self.attributed_daily.entry(day).or_default() += net;
            let d = day_of(&mut self.partner_days, cp, day);
            d.orders += 1;
            d.net_revenue_minor += net;
            d.survey_orders += 1;
            d.survey_net_revenue_minor += net;
            d.new_customers += i64::from(r.is_new);
            match r.line_cost_minor {
                Some(cost) => {
                    *self.profit_daily.entry(day).or_default() += net - cost;
                    d.gross_profit_minor += net - cost;
                    self.by_partner.entry(cp).or_default().gross_profit_minor += net - cost;
                }
                None => *self.margin_net.entry(cp).or_default().entry(day).or_default() += net,
            }
            let f = self.by_partner.entry(cp).or_default();
            f.attributed_orders += 1;
            f.attributed_net_revenue_minor += net;
            f.survey_orders += 1;
            f.survey_net_revenue_minor += net;
            f.new_customers += i64::from(r.is_new);
            if r.is_new {
                self.newcomers.entry(cp).or_default().push((r.placed_at.clone(), r.next_order_at.clone()));
            }
        }
    }

    /// In-store redemptions typed in from the till's log, day by day (a tally of what customers said apart).
    fn count_redemptions(&mut self, data: &CampaignData) {
        for r in &data.redemptions {
            let (cp, day, count, amount) = (r.campaign_partner_id, r.day, r.count, r.amount_minor);
            let f = self.by_partner.entry(cp).or_default();
            // A till tally of what customers said counts as "customer said", not as code uses.
            let (orders, net) = if r.said {
                (&mut f.survey_orders, &mut f.survey_net_revenue_minor)
            } else {
                (&mut f.manual_orders, &mut f.manual_net_revenue_minor)
            };
            *orders += count;
            *net += amount;
            f.attributed_orders += count;
            f.attributed_net_revenue_minor += amount;
            *self.margin_net.entry(cp).or_default().entry(day).or_default() += amount;
            let d = day_of(&mut self.partner_days, cp, day);
            d.orders += count;
            d.net_revenue_minor += amount;
            let (orders, net) = if r.said {
                (&mut d.survey_orders, &mut d.survey_net_revenue_minor)
            } else {
                (&mut d.manual_orders, &mut d.manual_net_revenue_minor)
            };
            *orders += count;
            *net += amount;
        }
    }

    /// Gross profit from the margin: each partner's net revenue × margin, rounded half to even once on the
    /// partner's sum (never order by order, which biased it upward by up to half a cent an order). The
    /// days get the steps of the partner's rounded running total, so that the break-even line ends on
    /// the partner's figure and the partners add up to the campaign's.
    fn value_at_margin(&mut self, margin_bp: i64) {
        let margin_net = std::mem::take(&mut self.margin_net);
        for (cp, days) in &margin_net {
            let (mut running, mut rounded) = (0_i128, 0_i64);
            for (day, net) in days {
                running += i128::from(*net);
                let next = crate::model::div_round_half_even(running * i128::from(margin_bp), 10_000);
                *self.profit_daily.entry(*day).or_default() += next - rounded;
                day_of(&mut self.partner_days, *cp, *day).gross_profit_minor += next - rounded;
                rounded = next;
            }
            self.by_partner.entry(*cp).or_default().gross_profit_minor += rounded;
        }
    }
}

/// The live codes an order's codes match on its day, in the order the export listed them: the first is the
/// partner the order is attributed to.
fn matching<'a>(live: &'a [LiveCode], codes: &[String], day: NaiveDate) -> Vec<&'a LiveCode> {
    codes
        .iter()
        .filter_map(|code| live.iter().find(|l| &l.code_norm == code && l.from <= day && day <= l.until))
        .collect()
}

/// The orders among `orders` attributed to partners of the campaign partners `ours`, by the same rule as
/// [`compute`] (the first of an order's codes live on its day wins), as (campaign partner, sale id). Orders
/// are taken as given: the ledger passes refunded and cancelled ones too, whose commission was taken back.
pub fn attributed_sales(live_rows: &[LiveCodeRow], ours: &[i64], orders: &[CodeOrderRow]) -> Vec<(i64, i64)> {
    let live = live_codes(live_rows);
    orders
        .iter()
        .filter_map(|o| matching(&live, &o.codes, o.local_day).first().map(|w| (w.campaign_partner_id, o.sale_id)))
        .filter(|(cp, _)| ours.contains(cp))
        .collect()
}

/// What the lift estimator needs for a campaign: daily net sales from the aggregates (the baseline's
/// weeks and the window), the other campaigns' windows and the owner's holidays.
fn lift_input(
    data: &CampaignData,
    window_start: NaiveDate,
    window_end: NaiveDate,
    attributed: BTreeMap<NaiveDate, i64>,
) -> LiftInput {
    let weeks = data.lift_weeks;
    let from = window_start - chrono::Duration::days(7 * i64::from(weeks));
    let mut other_campaign_days = std::collections::BTreeSet::new();
    let mut overlaps_with = Vec::new();
    for other in &data.other_campaigns {
        let (start, end, window) = (other.start, other.end, other.window_days);
        let until = crate::model::last_counted_day(end, window);
        if until < from {
            continue;
        }
        other_campaign_days.extend(start.iter_days().take_while(|d| *d <= until && *d <= window_end));
        if start <= window_end && until >= window_start {
            overlaps_with.push(other.name.clone());
        }
    }
    LiftInput {
        daily: data.daily_net.clone(),
        attributed,
        window_start,
        window_end,
        other_campaign_days,
        holidays: data.holidays.clone(),
        overlaps_with,
        last_data_day: data.last_data_day,
        weeks,
        no_trend: false,
    }
}

/// Repeat rates of customers given by their first order's instant and their next order's, if any.
fn repeat_rates(firsts: &[(String, Option<String>)], last_sale: Option<&str>) -> Vec<RepeatRate> {
    let mut out = empty_repeat();
    let Some(last) = last_sale.and_then(|l| chrono::DateTime::parse_from_rfc3339(l).ok()) else {
        return out;
    };
    for (placed_at, next) in firsts {
        let Ok(first) = chrono::DateTime::parse_from_rfc3339(placed_at) else { continue };
        let again = next.as_deref().and_then(|a| chrono::DateTime::parse_from_rfc3339(a).ok());
        for r in &mut out {
            let horizon = first + chrono::Duration::days(r.days);
            if horizon <= last {
                r.customers += 1;
                r.returned += i64::from(again.is_some_and(|a| a <= horizon));
            }
        }
    }
    for r in &mut out {
        r.rate = (r.customers > 0).then(|| r.returned as f64 / r.customers as f64);
    }
    out
}

/// The shop's customers whose first order was placed in the window and is not among `attributed`
/// (sale ids), as (first order's instant, next order's).
fn other_new_customers(
    first_orders: &[(i64, String, Option<String>)],
    attributed: &[i64],
) -> Vec<(String, Option<String>)> {
    let attributed: std::collections::HashSet<i64> = attributed.iter().copied().collect();
    first_orders
        .iter()
        .filter(|(id, ..)| !attributed.contains(id))
        .map(|(_, first, next)| (first.clone(), next.clone()))
        .collect()
}

/// Every promo code live at some point of `[from, to]`, with the period it is live in (start to end +
/// window), for non-cancelled campaigns.
fn live_codes(rows: &[LiveCodeRow]) -> Vec<LiveCode> {
    rows.iter()
        .map(|r| LiveCode {
            code_norm: r.code_norm.clone(),
            from: r.from,
            until: r.until,
            campaign_partner_id: r.campaign_partner_id,
            member: r.member.clone(),
        })
        .collect()
}

/// A partner's or community's results in one campaign, for their page.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ParticipationResult {
    pub campaign_id: i64,
    pub campaign: String,
    pub start: NaiveDate,
    pub result: PartnerResult,
}

pub use crate::model::RedemptionInput;

pub use crate::model::{CampaignSpec, PartnerSpec};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Campaign, CampaignDetail, CampaignInput, CampaignPartner, CampaignPartnerInput, Phase};

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn member(id: i64, name: &str, terms: CampaignPartnerInput) -> CampaignPartner {
        CampaignPartner {
            id,
            campaign_id: 1,
            fields: CampaignPartnerInput { partner_id: Some(id), ..terms },
            member_name: name.into(),
            member_archived: false,
            tier: None,
            posts: Vec::new(),
            leaked: Vec::new(),
        }
    }

    fn order(id: i64, day_text: &str, net: i64, line_cost: Option<i64>, new: bool) -> CodeOrderRow {
        CodeOrderRow {
            sale_id: id,
            source: "shopify".into(),
            external_id: format!("#{id}"),
            local_day: day(day_text),
            placed_at: format!("{day_text}T15:00:00Z"),
            net_minor: net,
            codes: vec!["MAYA15".into()],
            line_cost_minor: line_cost,
            is_new: new,
            next_order_at: None,
        }
    }

    /// The results of a campaign from data built by hand, without SQLite: a code partner with two orders
    /// (one at the margin, one at its products' cost) and a walk-in partner, who is never a −100% loss.
    #[test]
    fn results_are_computed_from_loaded_data_alone() {
        let (start, end) = (day("2026-03-02"), day("2026-03-08"));
        let data = CampaignData {
            detail: CampaignDetail {
                campaign: Campaign {
                    id: 1,
                    fields: CampaignInput {
                        name: "Spring".into(),
                        goal: String::new(),
                        start,
                        end,
                        window_days: 0,
                        other_costs_minor: 0,
                        owner_hours: 0.0,
                        notes: String::new(),
                    },
                    cancelled: false,
                    phase: Phase::Finished,
                    counts_until: end,
                    archived: false,
                    partner_count: 2,
                    codes: vec!["MAYA15".into()],
                    created_at: String::new(),
                    updated_at: String::new(),
                },
                partners: vec![
                    member(
                        10,
                        "Maya",
                        CampaignPartnerInput {
                            fee_minor: 1_000,
                            commission_pct: 10.0,
                            codes: vec!["MAYA15".into()],
                            ..Default::default()
                        },
                    ),
                    member(11, "Run club", CampaignPartnerInput { fee_minor: 3_000, ..Default::default() }),
                ],
            },
            currency: Some("USD".into()),
            margin_pct: 50.0,
            hourly_rate_minor: None,
            live_codes: vec![LiveCodeRow {
                code_norm: "MAYA15".into(),
                from: start,
                until: end,
                campaign_partner_id: 10,
                member: "Maya".into(),
            }],
            code_orders: vec![
                order(1, "2026-03-03", 10_000, None, true),
                order(2, "2026-03-05", 5_000, Some(2_000), false),
            ],
            said_orders: Vec::new(),
            redemptions: Vec::new(),
            lift_weeks: 8,
            daily_net: BTreeMap::new(),
            other_campaigns: Vec::new(),
            holidays: Default::default(),
            last_data_day: Some(end),
            last_sale_at: Some("2026-03-08T12:00:00Z".into()),
            first_orders: Vec::new(),
        };
        let r = compute(&data);
        let (maya, club) = (&r.partners[0], &r.partners[1]);
        // Gross profit: 10,000 × 50% + (5,000 − 2,000) = 8,000; cost 1,000 + 10% × 15,000 = 2,500.
        assert_eq!(maya.method, Method::Code);
        let f = &maya.figures;
        assert_eq!((f.attributed_orders, f.attributed_net_revenue_minor, f.gross_profit_minor), (2, 15_000, 8_000));
        assert_eq!((f.cost_minor, f.new_customers), (2_500, 1));
        assert!((f.roi.expect("roi") - 2.2).abs() < 1e-9);
        // The walk-in partner: measured by the lift (none yet: no history), never a loss.
        assert_eq!(club.method, Method::Lift);
        assert_eq!((club.figures.roi, club.figures.walk_in_partners, club.figures.cost_minor), (None, 1, 3_000));
        // The campaign counts every cost against its counted sales: (8,000 − 5,500) ÷ 5,500.
        assert!((r.totals.figures.roi.expect("roi") - 2_500.0 / 5_500.0).abs() < 1e-9);
        assert_eq!(r.daily_profit.iter().map(|d| d.gross_profit_minor).sum::<i64>(), 8_000, "the days add up");
    }

    #[test]
    fn integer_rounding_is_half_away_from_zero() {
        assert_eq!(div_round(25, 10), 3);
        assert_eq!(div_round(24, 10), 2);
        assert_eq!(div_round(-25, 10), -3);
        assert_eq!(div_round(12_345, 100), 123);
    }
}
