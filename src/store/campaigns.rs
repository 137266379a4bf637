//! Campaigns, the partners and communities taking part with their terms, and promo codes.
//!
//! A promo code identifies the partner an order came from, so the same code may not be live in two
//! campaigns at once: "live" is from a campaign's start to the end of its attribution window, and
//! cancelled campaigns do not count.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::archive::Archivable;
use super::sql::{day, like_pattern};
use super::{Store, Touches, now_text};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::{
    Campaign, CampaignDetail, CampaignInput, CampaignPartner, CampaignPartnerInput, ListQuery, Phase, SortBy, Tier,
    bp_to_pct, last_counted_day, pct_to_bp,
};
use crate::msg;
use crate::validate::{Checks, clean_opt, normalize_code};

const CAMPAIGN_SELECT: &str = "
    SELECT c.*, (SELECT count(*) FROM campaign_partners cp WHERE cp.campaign_id = c.id) AS partner_count
    FROM campaigns c";

fn campaign_from_row(r: &Row<'_>, today: NaiveDate) -> rusqlite::Result<Campaign> {
    let start = day(r, "start_day")?;
    let end = day(r, "end_day")?;
    let window_days: i64 = r.get("window_days")?;
    let cancelled: bool = r.get("cancelled")?;
    Ok(Campaign {
        id: r.get("id")?,
        fields: CampaignInput {
            name: r.get("name")?,
            goal: r.get("goal")?,
            start,
            end,
            window_days,
            other_costs_minor: r.get("other_costs_minor")?,
            owner_hours: r.get::<_, i64>("owner_minutes")? as f64 / 60.0,
            notes: r.get("notes")?,
        },
        cancelled,
        phase: Phase::of(start, end, window_days, cancelled, today),
        counts_until: last_counted_day(end, window_days),
        archived: r.get::<_, Option<String>>("archived_at")?.is_some(),
        partner_count: r.get("partner_count")?,
        codes: Vec::new(),
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

impl Store {
    fn check_campaign(&self, input: &CampaignInput, id: Option<i64>) -> Result<CampaignInput> {
        let clean = CampaignInput {
            name: input.name.trim().to_string(),
            goal: input.goal.trim().to_string(),
            notes: input.notes.clone(),
            ..input.clone()
        };
        let mut c = Checks::new();
        c.required_line("name", "field-name", &clean.name);
        c.text("goal", "field-goal", &clean.goal);
        c.text("notes", "field-notes", &clean.notes);
        if clean.end < clean.start {
            c.fail("end", Message::new("invalid-campaign-ends-before-start"));
        }
        if !(0..=365).contains(&clean.window_days) {
            c.fail("window_days", Message::new("invalid-window-days"));
        }
        c.non_negative("other_costs_minor", "field-other-costs", clean.other_costs_minor);
        if !clean.owner_hours.is_finite() || clean.owner_hours < 0.0 || clean.owner_hours > 10_000.0 {
            c.fail("owner_hours", Message::new("invalid-owner-hours"));
        }
        let dup: Option<i64> = self
            .conn()
            .query_row(
                "SELECT id FROM campaigns WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2",
                params![clean.name, id],
                |r| r.get(0),
            )
            .optional()?;
        if dup.is_some() {
            c.fail("name", msg!("invalid-campaign-name-taken", name = &clean.name));
        }
        c.finish()?;
        Ok(clean)
    }

    /// Fails with a field error per code that another campaign live in `period` (`[start, end + window]`)
    /// already uses, and, with `within`, per code another partner of this campaign (not `except_cp`) has.
    #[allow(clippy::too_many_arguments)]
    fn check_codes(
        &self,
        c: &mut Checks,
        campaign_id: i64,
        within: bool,
        except_cp: Option<i64>,
        codes: &[String],
        field: impl Fn(usize) -> String,
        period: (NaiveDate, NaiveDate),
    ) -> Result<()> {
        let mut stmt = self.conn().prepare(
            "SELECT c.id, c.name, c.start_day, c.end_day, c.window_days, coalesce(p.name, m.name) AS member
             FROM promo_codes pc
             JOIN campaign_partners cp ON cp.id = pc.campaign_partner_id
             JOIN campaigns c ON c.id = cp.campaign_id
             LEFT JOIN partners p ON p.id = cp.partner_id
             LEFT JOIN communities m ON m.id = cp.community_id
             WHERE pc.code_norm = ?1 AND c.cancelled = 0 AND cp.id IS NOT ?2",
        )?;
        for (i, code) in codes.iter().enumerate() {
            let norm = normalize_code(code);
            if codes[..i].iter().any(|other| normalize_code(other) == norm) {
                c.fail(field(i), msg!("invalid-code-twice", code = code));
                continue;
            }
            let clashes = stmt
                .query_map(params![norm, except_cp], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        day(r, "start_day")?,
                        day(r, "end_day")?,
                        r.get::<_, i64>(4)?,
                        r.get::<_, String>(5)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (cid, name, start, end, window, member) in clashes {
                let overlaps = start <= period.1 && period.0 <= last_counted_day(end, window);
                if cid == campaign_id {
                    if within {
                        c.fail(field(i), msg!("invalid-code-given", code = code, member = member));
                        break;
                    }
                } else if overlaps {
                    c.fail(
                        field(i),
                        msg!(
                            "invalid-code-used",
                            code = code,
                            campaign = name,
                            start = start,
                            end = last_counted_day(end, window)
                        ),
                    );
                    break;
                }
            }
        }
        Ok(())
    }

    /// The campaigns `q` asks for (a search in names, goals, notes, codes and member names; one partner's;
    /// one phase; archived ones only with `include_archived`), sorted as it says, each with its codes.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown
    /// (a campaign's phase depends on today).
    pub fn list_campaigns(&self, q: &ListQuery) -> Result<Vec<Campaign>> {
        let today = self.today()?;
        let order = match q.sort {
            SortBy::Name => "c.name COLLATE NOCASE",
            SortBy::Updated => "c.updated_at",
            _ => "c.start_day",
        };
        let dir = if q.descending { "DESC" } else { "ASC" };
        let sql = format!(
            "{CAMPAIGN_SELECT}
             WHERE (?1 OR c.archived_at IS NULL)
               AND (?2 IS NULL OR c.name LIKE ?2 ESCAPE '\\' OR c.goal LIKE ?2 ESCAPE '\\'
                    OR c.notes LIKE ?2 ESCAPE '\\'
                    OR EXISTS (SELECT 1 FROM campaign_partners cp JOIN promo_codes pc ON pc.campaign_partner_id = cp.id
                               WHERE cp.campaign_id = c.id AND pc.code LIKE ?2 ESCAPE '\\')
                    OR EXISTS (SELECT 1 FROM campaign_partners cp
                               LEFT JOIN partners p ON p.id = cp.partner_id
                               LEFT JOIN communities m ON m.id = cp.community_id
                               WHERE cp.campaign_id = c.id AND coalesce(p.name, m.name) LIKE ?2 ESCAPE '\\'))
               AND (?3 IS NULL OR EXISTS (SELECT 1 FROM campaign_partners cp
                                          WHERE cp.campaign_id = c.id AND cp.partner_id = ?3))
             ORDER BY {order} {dir}, c.id {dir}"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt
            .query_map(
                params![q.include_archived, clean_opt(&q.search).map(|s| like_pattern(&s)), q.partner_id],
                |r| campaign_from_row(r, today),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .filter(|c| q.phase.is_none_or(|p| c.phase == p))
            .map(|mut c| {
                c.codes = self.codes_of_campaign(c.id)?;
                Ok(c)
            })
            .collect()
    }

    fn codes_of_campaign(&self, id: i64) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT pc.code FROM promo_codes pc JOIN campaign_partners cp ON cp.id = pc.campaign_partner_id
             WHERE cp.campaign_id = ?1 ORDER BY cp.id, pc.id",
        )?;
        Ok(stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?)
    }

    /// The campaign `id`, with its codes and its phase today.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no campaign has `id`; [`Error::Database`] when SQLite fails;
    /// [`Error::Corrupt`] when the shop's stored time zone is unknown (a campaign's phase depends on today).
    pub fn campaign(&self, id: i64) -> Result<Campaign> {
        let today = self.today()?;
        let mut c = self
            .conn()
            .query_row(&format!("{CAMPAIGN_SELECT} WHERE c.id = ?1"), [id], |r| campaign_from_row(r, today))
            .optional()?
            .ok_or(Error::NotFound { entity: "campaign", id })?;
        c.codes = self.codes_of_campaign(id)?;
        Ok(c)
    }

    /// Finds a campaign by id (all digits) or exact name, case-insensitively.
    ///
    /// # Errors
    /// [`Error::NotFound`] when `id_or_name` is a number no campaign has; [`Error::Invalid`] when no campaign
    /// has that name (the message names the nearest ones); [`Error::Database`] when SQLite fails;
    /// [`Error::Corrupt`] when the shop's stored time zone is unknown (a campaign's phase depends on today).
    pub fn find_campaign(&self, id_or_name: &str) -> Result<Campaign> {
        if let Ok(id) = id_or_name.trim().parse::<i64>() {
            return self.campaign(id);
        }
        let id: Option<i64> = self
            .conn()
            .query_row("SELECT id FROM campaigns WHERE name = ?1 COLLATE NOCASE", [id_or_name.trim()], |r| r.get(0))
            .optional()?;
        let Some(id) = id else {
            let names: Vec<String> = self
                .conn()
                .prepare("SELECT name FROM campaigns")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let near = crate::model::names::nearest(id_or_name, names.iter().map(String::as_str));
            return Err(Error::invalid(
                "campaign",
                msg!(
                    "invalid-no-campaign-called",
                    name = id_or_name.trim(),
                    suggestions = near.join("”, “"),
                    count = near.len()
                ),
            ));
        };
        self.campaign(id)
    }

    /// The campaign `id` with each partner or community taking part: their terms, codes and logged posts, in
    /// the order they were added.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no campaign has `id`; [`Error::Database`] when SQLite fails;
    /// [`Error::Corrupt`] when the shop's stored time zone is unknown (a campaign's phase depends on today).
    pub fn campaign_detail(&self, id: i64) -> Result<CampaignDetail> {
        let campaign = self.campaign(id)?;
        let mut stmt = self.conn().prepare(
            "SELECT cp.*, coalesce(p.name, m.name) AS member_name,
                    coalesce(p.archived_at, m.archived_at) IS NOT NULL AS member_archived,
                    CASE WHEN cp.partner_id IS NOT NULL
                         THEN (SELECT max(followers) FROM social_accounts s WHERE s.partner_id = cp.partner_id)
                         ELSE m.size END AS audience
             FROM campaign_partners cp
             LEFT JOIN partners p ON p.id = cp.partner_id
             LEFT JOIN communities m ON m.id = cp.community_id
             WHERE cp.campaign_id = ?1 ORDER BY cp.id",
        )?;
        let mut partners = stmt
            .query_map([id], |r| {
                Ok(CampaignPartner {
                    id: r.get("id")?,
                    campaign_id: r.get("campaign_id")?,
                    fields: CampaignPartnerInput {
                        partner_id: r.get("partner_id")?,
                        community_id: r.get("community_id")?,
                        fee_minor: r.get("fee_minor")?,
                        gifted_cost_minor: r.get("gifted_cost_minor")?,
                        commission_pct: bp_to_pct(r.get("commission_bp")?),
                        codes: Vec::new(),
                        tracked_link: r.get("tracked_link")?,
                        deliverables: r.get("deliverables")?,
                        new_customers_only: r.get("new_customers_only")?,
                    },
                    member_name: r.get("member_name")?,
                    member_archived: r.get("member_archived")?,
                    tier: r.get::<_, Option<i64>>("audience")?.map(Tier::from_followers),
                    posts: Vec::new(),
                    leaked: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut codes =
            self.conn().prepare("SELECT code FROM promo_codes WHERE campaign_partner_id = ?1 ORDER BY id")?;
        for cp in &mut partners {
            cp.fields.codes = codes.query_map([cp.id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            cp.posts = self.posts_of(cp.id)?;
            cp.leaked = self.leaked_codes_of(cp.id)?;
        }
        Ok(CampaignDetail { campaign, partners })
    }

    /// Creates a campaign from `input` (trimmed and checked) and returns it as stored.
    ///
    /// # Errors
    /// [`Error::Invalid`] for a missing or too long name, a name another campaign has, an end before the
    /// start, a window outside 0–365 days, negative other costs, or owner hours outside 0–10,000;
    /// [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored time zone is unknown
    /// (a campaign's phase depends on today).
    pub fn create_campaign(&mut self, input: &CampaignInput) -> Result<Campaign> {
        let clean = self.check_campaign(input, None)?;
        let id = self.write_created(Touches::Campaign, |tx| {
            tx.execute(
                "INSERT INTO campaigns (name, goal, start_day, end_day, window_days, other_costs_minor, owner_minutes,
                     notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![
                    clean.name,
                    clean.goal,
                    clean.start,
                    clean.end,
                    clean.window_days,
                    clean.other_costs_minor,
                    (clean.owner_hours * 60.0).round() as i64,
                    clean.notes,
                    now_text()
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.campaign(id)
    }

    /// Changes a campaign. New dates are refused when they would make one of its codes clash with
    /// another campaign's.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no campaign has `id`; [`Error::Invalid`] for the input
    /// [`Store::create_campaign`] refuses, or for new dates that make one of its codes clash with a code live
    /// in another campaign; [`Error::Database`] when SQLite fails; [`Error::Corrupt`] when the shop's stored
    /// time zone is unknown (a campaign's phase depends on today).
    pub fn update_campaign(&mut self, id: i64, input: &CampaignInput) -> Result<Campaign> {
        let current = self.campaign(id)?;
        let clean = self.check_campaign(input, Some(id))?;
        if !current.cancelled {
            let mut c = Checks::new();
            let period = (clean.start, last_counted_day(clean.end, clean.window_days));
            for code in &self.codes_of_campaign(id)? {
                self.check_codes(&mut c, id, false, None, std::slice::from_ref(code), |_| "end".into(), period)?;
            }
            c.finish()?;
        }
        self.write_touching(Touches::Campaign(id), |tx| {
            tx.execute(
                "UPDATE campaigns SET name = ?2, goal = ?3, start_day = ?4, end_day = ?5, window_days = ?6,
                     other_costs_minor = ?7, owner_minutes = ?8, notes = ?9, updated_at = ?10
                 WHERE id = ?1",
                params![
                    id,
                    clean.name,
                    clean.goal,
                    clean.start,
                    clean.end,
                    clean.window_days,
                    clean.other_costs_minor,
                    (clean.owner_hours * 60.0).round() as i64,
                    clean.notes,
                    now_text()
                ],
            )?;
            Ok(())
        })?;
        self.campaign(id)
    }

    /// Cancels (its codes stop counting and become free for other campaigns) or reinstates a campaign.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no campaign has `id`; [`Error::Invalid`] when reinstating it would make one
    /// of its codes clash with another campaign live at the same time; [`Error::Database`] when SQLite fails;
    /// [`Error::Corrupt`] when the shop's stored time zone is unknown (a campaign's phase depends on today).
    pub fn set_campaign_cancelled(&mut self, id: i64, cancelled: bool) -> Result<Campaign> {
        let current = self.campaign(id)?;
        if !cancelled && current.cancelled {
            let mut c = Checks::new();
            let codes = self.codes_of_campaign(id)?;
            let period = (current.fields.start, last_counted_day(current.fields.end, current.fields.window_days));
            for code in &codes {
                self.check_codes(&mut c, id, false, None, std::slice::from_ref(code), |_| "cancelled".into(), period)?;
            }
            c.finish()?;
        }
        self.write_touching(Touches::Campaign(id), |tx| {
            tx.execute(
                "UPDATE campaigns SET cancelled = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, cancelled, now_text()],
            )?;
            Ok(())
        })?;
        self.campaign(id)
    }

    /// Archives (hidden from lists, its history kept) or restores the campaign `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no campaign has `id`; [`Error::Database`] when SQLite fails;
    /// [`Error::Corrupt`] when the shop's stored time zone is unknown (a campaign's phase depends on today).
    pub fn set_campaign_archived(&mut self, id: i64, archived: bool) -> Result<Campaign> {
        self.campaign(id)?;
        self.set_archived(Archivable::Campaigns, id, archived)?;
        self.campaign(id)
    }

    /// Deletes a campaign with its terms, codes and posts.
    ///
    /// # Errors
    /// [`Error::InUse`] when in-store redemptions were typed in for it: those are sales records.
    pub fn delete_campaign(&mut self, id: i64) -> Result<()> {
        let campaign = self.campaign(id)?;
        let redemptions: i64 = self.conn().query_row(
            "SELECT count(*) FROM manual_redemptions mr JOIN campaign_partners cp ON cp.id = mr.campaign_partner_id
             WHERE cp.campaign_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        if redemptions > 0 {
            return Err(Error::InUse {
                message: msg!("in-use-campaign-redemptions", campaign = &campaign.fields.name, count = redemptions),
                campaigns: vec![campaign.fields.name],
            });
        }
        self.write_touching(Touches::Campaign(id), |tx| {
            tx.execute("DELETE FROM campaigns WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    fn check_campaign_partner(
        &self,
        campaign: &Campaign,
        except_cp: Option<i64>,
        input: &CampaignPartnerInput,
    ) -> Result<CampaignPartnerInput> {
        let clean = CampaignPartnerInput {
            codes: input.codes.iter().map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect(),
            tracked_link: clean_opt(&input.tracked_link),
            deliverables: input.deliverables.trim().to_string(),
            ..input.clone()
        };
        let mut c = Checks::new();
        match (clean.partner_id, clean.community_id) {
            (Some(_), Some(_)) | (None, None) => c.fail("partner_id", Message::new("invalid-partner-or-community")),
            (Some(pid), None) => {
                let found =
                    self.conn().query_row("SELECT 1 FROM partners WHERE id = ?1", [pid], |_| Ok(())).optional()?;
                if found.is_none() {
                    c.fail("partner_id", Message::new("invalid-no-such-partner"));
                } else if self
                    .conn()
                    .query_row(
                        "SELECT 1 FROM campaign_partners WHERE campaign_id = ?1 AND partner_id = ?2 AND id IS NOT ?3",
                        params![campaign.id, pid, except_cp],
                        |_| Ok(()),
                    )
                    .optional()?
                    .is_some()
                {
                    c.fail("partner_id", Message::new("invalid-partner-in-campaign"));
                }
            }
            (None, Some(mid)) => {
                let found =
                    self.conn().query_row("SELECT 1 FROM communities WHERE id = ?1", [mid], |_| Ok(())).optional()?;
                if found.is_none() {
                    c.fail("community_id", Message::new("invalid-no-such-community"));
                } else if self
                    .conn()
                    .query_row(
                        "SELECT 1 FROM campaign_partners WHERE campaign_id = ?1 AND community_id = ?2 AND id IS NOT ?3",
                        params![campaign.id, mid, except_cp],
                        |_| Ok(()),
                    )
                    .optional()?
                    .is_some()
                {
                    c.fail("community_id", Message::new("invalid-community-in-campaign"));
                }
            }
        }
        c.non_negative("fee_minor", "field-fee", clean.fee_minor);
        c.non_negative("gifted_cost_minor", "field-gifted-products", clean.gifted_cost_minor);
        c.percent("commission_pct", "field-commission", clean.commission_pct);
        c.url("tracked_link", &clean.tracked_link);
        c.text("deliverables", "field-deliverables", &clean.deliverables);
        for (i, code) in clean.codes.iter().enumerate() {
            c.line(&format!("codes[{i}]"), "field-a-code", code);
            if code.chars().any(char::is_whitespace) {
                c.fail(format!("codes[{i}]"), msg!("invalid-code-space", code = code));
            }
        }
        if !campaign.cancelled {
            let period = (campaign.fields.start, last_counted_day(campaign.fields.end, campaign.fields.window_days));
            self.check_codes(&mut c, campaign.id, true, except_cp, &clean.codes, |i| format!("codes[{i}]"), period)?;
        }
        c.finish()?;
        Ok(clean)
    }

    /// Adds a partner or a community to a campaign with their terms and codes.
    ///
    /// # Errors
    /// [`Error::Invalid`], among others when a code is live in another campaign at the same time.
    pub fn add_campaign_partner(&mut self, campaign_id: i64, input: &CampaignPartnerInput) -> Result<CampaignPartner> {
        let campaign = self.campaign(campaign_id)?;
        let clean = self.check_campaign_partner(&campaign, None, input)?;
        let id = self.write_touching(Touches::Campaign(campaign_id), |tx| {
            tx.execute(
                "INSERT INTO campaign_partners (campaign_id, partner_id, community_id, fee_minor, gifted_cost_minor,
                     commission_bp, tracked_link, deliverables, new_customers_only)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    campaign_id,
                    clean.partner_id,
                    clean.community_id,
                    clean.fee_minor,
                    clean.gifted_cost_minor,
                    pct_to_bp(clean.commission_pct),
                    clean.tracked_link,
                    clean.deliverables,
                    clean.new_customers_only
                ],
            )?;
            let id = tx.last_insert_rowid();
            replace_codes(tx, id, &clean.codes)?;
            touch_campaign(tx, campaign_id)?;
            Ok(id)
        })?;
        self.campaign_partner(id)
    }

    /// Changes the member, terms and codes of the campaign partner `id` (a partner or community in a
    /// campaign).
    ///
    /// # Errors
    /// [`Error::NotFound`] when no campaign partner has `id`; [`Error::Invalid`] for no member or both a
    /// partner and a community, an unknown member or one already in the campaign, a negative fee or gifted
    /// cost, a commission outside 0–100 %, a tracked link that is not http(s), a code with a space, listed
    /// twice or live in another campaign at the same time; [`Error::Database`] when SQLite fails;
    /// [`Error::Corrupt`] when the shop's stored time zone is unknown (a campaign's phase depends on today).
    pub fn update_campaign_partner(&mut self, id: i64, input: &CampaignPartnerInput) -> Result<CampaignPartner> {
        let current = self.campaign_partner(id)?;
        let campaign = self.campaign(current.campaign_id)?;
        let clean = self.check_campaign_partner(&campaign, Some(id), input)?;
        self.write_touching(Touches::Campaign(campaign.id), |tx| {
            tx.execute(
                "UPDATE campaign_partners SET partner_id = ?2, community_id = ?3, fee_minor = ?4,
                     gifted_cost_minor = ?5, commission_bp = ?6, tracked_link = ?7, deliverables = ?8,
                     new_customers_only = ?9
                 WHERE id = ?1",
                params![
                    id,
                    clean.partner_id,
                    clean.community_id,
                    clean.fee_minor,
                    clean.gifted_cost_minor,
                    pct_to_bp(clean.commission_pct),
                    clean.tracked_link,
                    clean.deliverables,
                    clean.new_customers_only
                ],
            )?;
            replace_codes(tx, id, &clean.codes)?;
            touch_campaign(tx, campaign.id)?;
            Ok(())
        })?;
        self.campaign_partner(id)
    }

    /// Takes a partner out of a campaign (with their codes and logged posts).
    ///
    /// # Errors
    /// [`Error::InUse`] when in-store redemptions were typed in for them.
    pub fn remove_campaign_partner(&mut self, id: i64) -> Result<()> {
        let cp = self.campaign_partner(id)?;
        let redemptions: i64 = self.conn().query_row(
            "SELECT count(*) FROM manual_redemptions WHERE campaign_partner_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        if redemptions > 0 {
            return Err(Error::InUse {
                message: msg!("in-use-member-redemptions", name = &cp.member_name, count = redemptions),
                campaigns: vec![],
            });
        }
        self.write_touching(Touches::Campaign(cp.campaign_id), |tx| {
            tx.execute("DELETE FROM campaign_partners WHERE id = ?1", [id])?;
            touch_campaign(tx, cp.campaign_id)?;
            Ok(())
        })
    }

    /// The campaign partner `id` (a partner or community in a campaign) with their terms, codes and logged
    /// posts.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no campaign partner has `id`; [`Error::Database`] when SQLite fails;
    /// [`Error::Corrupt`] when the shop's stored time zone is unknown (a campaign's phase depends on today).
    pub fn campaign_partner(&self, id: i64) -> Result<CampaignPartner> {
        let campaign_id: i64 = self
            .conn()
            .query_row("SELECT campaign_id FROM campaign_partners WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: "campaign partner", id })?;
        self.campaign_detail(campaign_id)?
            .partners
            .into_iter()
            .find(|cp| cp.id == id)
            .ok_or(Error::NotFound { entity: "campaign partner", id })
    }
}

fn replace_codes(tx: &Connection, cp_id: i64, codes: &[String]) -> Result<()> {
    tx.execute("DELETE FROM promo_codes WHERE campaign_partner_id = ?1", [cp_id])?;
    let mut stmt = tx.prepare("INSERT INTO promo_codes (campaign_partner_id, code, code_norm) VALUES (?1, ?2, ?3)")?;
    for code in codes {
        stmt.execute(params![cp_id, code, normalize_code(code)])?;
    }
    Ok(())
}

fn touch_campaign(tx: &Connection, id: i64) -> Result<()> {
    tx.execute("UPDATE campaigns SET updated_at = ?2 WHERE id = ?1", params![id, now_text()])?;
    Ok(())
}

impl Store {
    /// Records in-store uses of a partner's code on one day.
    ///
    /// # Errors
    /// [`crate::Error::Invalid`] for a count below 1, a negative amount, or a day outside the campaign's
    /// period (start to end + window).
    pub fn add_manual_redemption(
        &mut self,
        campaign_partner_id: i64,
        input: &crate::model::RedemptionInput,
    ) -> Result<i64> {
        let cp = self.campaign_partner(campaign_partner_id)?;
        let c = self.campaign(cp.campaign_id)?;
        let until = c.counts_until;
        let mut checks = crate::validate::Checks::new();
        if input.count < 1 {
            checks.fail("count", Message::new("invalid-redemption-count"));
        }
        checks.non_negative("amount_minor", "field-amount", input.amount_minor);
        if input.day < c.fields.start || input.day > until {
            checks.fail("day", msg!("invalid-redemption-day", start = c.fields.start, end = until));
        }
        checks.text("note", "field-note", &input.note);
        checks.finish()?;
        self.write_touching(super::Touches::CampaignOnly(cp.campaign_id), |tx| {
            tx.execute(
                "INSERT INTO manual_redemptions (campaign_partner_id, day, count, amount_minor, note, created_at, said)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    campaign_partner_id,
                    input.day,
                    input.count,
                    input.amount_minor,
                    input.note,
                    super::now_text(),
                    input.said
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }
}
