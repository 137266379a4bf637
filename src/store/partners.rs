//! Partners and their social accounts (with follower history).

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::archive::Archivable;
use super::sql::{day, json_list, like_pattern, opt_pct, to_json_list};
use super::{Store, Touches, now_text};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::{
    CommunityRef, FollowerPoint, ListQuery, ParticipationRow, Partner, PartnerAccounts, PartnerDetail, PartnerInput,
    PartnerRow, SocialAccount, SocialAccountInput, SortBy, Tier, pct_to_bp,
};
use crate::msg;
use crate::validate::{Checks, clean_opt, clean_tags};

/// The partner columns plus their largest account, shared by the list and the detail queries.
pub(super) const PARTNER_SELECT: &str = "
    SELECT p.*, a.followers AS max_followers, a.handle AS main_handle, a.platform AS main_platform,
           a.engagement_bp AS main_engagement_bp,
           (SELECT count(*) FROM campaign_partners cp WHERE cp.partner_id = p.id) AS campaign_count
    FROM partners p
    LEFT JOIN social_accounts a ON a.id = (
        SELECT s.id FROM social_accounts s WHERE s.partner_id = p.id ORDER BY s.followers DESC, s.id LIMIT 1)";

pub(super) fn partner_from_row(r: &Row<'_>) -> rusqlite::Result<PartnerRow> {
    let max_followers: Option<i64> = r.get("max_followers")?;
    Ok(PartnerRow {
        partner: Partner {
            id: r.get("id")?,
            fields: PartnerInput {
                name: r.get("name")?,
                email: r.get("email")?,
                phone: r.get("phone")?,
                neighborhood: r.get("neighborhood")?,
                city: r.get("city")?,
                distance_km: r.get("distance_km")?,
                niches: json_list(r, "niches")?,
                notes: r.get("notes")?,
                stage: r.get("stage")?,
                values_alignment: r.get("values_alignment")?,
                authenticity: r.get("authenticity")?,
                audience_locality_pct: opt_pct(r, "audience_locality_bp")?,
                consent_source: r.get("consent_source")?,
            },
            tier: max_followers.map(Tier::from_followers),
            max_followers,
            archived: r.get::<_, Option<String>>("archived_at")?.is_some(),
            created_at: r.get("created_at")?,
            updated_at: r.get("updated_at")?,
        },
        main_handle: r.get("main_handle")?,
        main_platform: r.get("main_platform")?,
        engagement_pct: opt_pct(r, "main_engagement_bp")?,
        campaign_count: r.get("campaign_count")?,
    })
}

/// Trims every text of a partner and checks it; returns the cleaned input.
pub(super) fn check_partner(input: &PartnerInput, c: &mut Checks) -> PartnerInput {
    let clean = PartnerInput {
        name: input.name.trim().to_string(),
        email: clean_opt(&input.email),
        phone: clean_opt(&input.phone),
        neighborhood: clean_opt(&input.neighborhood),
        city: clean_opt(&input.city),
        distance_km: input.distance_km,
        niches: clean_tags(&input.niches),
        notes: input.notes.clone(),
        stage: input.stage,
        values_alignment: input.values_alignment,
        authenticity: input.authenticity,
        audience_locality_pct: input.audience_locality_pct,
        consent_source: clean_opt(&input.consent_source),
    };
    c.required_line("name", "field-name", &clean.name);
    c.email("email", &clean.email);
    c.opt_line("phone", "field-phone", &clean.phone);
    c.opt_line("neighborhood", "field-neighborhood", &clean.neighborhood);
    c.opt_line("city", "field-city", &clean.city);
    if let Some(d) = clean.distance_km
        && (!d.is_finite() || d < 0.0)
    {
        c.fail("distance_km", Message::new("invalid-distance"));
    }
    for (i, n) in clean.niches.iter().enumerate() {
        c.line(&format!("niches[{i}]"), "field-a-niche", n);
    }
    c.text("notes", "field-notes", &clean.notes);
    c.rating("values_alignment", "field-values-alignment", clean.values_alignment);
    c.rating("authenticity", "field-authenticity", clean.authenticity);
    if let Some(p) = clean.audience_locality_pct {
        c.percent("audience_locality_pct", "field-audience-locality", p);
    }
    c.opt_line("consent_source", "field-consent-source", &clean.consent_source);
    clean
}

pub(super) fn check_account(input: &SocialAccountInput, prefix: &str, c: &mut Checks) -> SocialAccountInput {
    let clean = SocialAccountInput {
        platform: input.platform,
        handle: input.handle.trim().trim_start_matches('@').to_string(),
        url: clean_opt(&input.url),
        followers: input.followers,
        engagement_pct: input.engagement_pct,
        as_of: input.as_of,
    };
    c.required_line(&format!("{prefix}handle"), "field-handle", &clean.handle);
    c.url(&format!("{prefix}url"), &clean.url);
    c.non_negative(&format!("{prefix}followers"), "field-followers", clean.followers);
    if let Some(e) = clean.engagement_pct {
        c.percent(&format!("{prefix}engagement_pct"), "field-engagement-rate", e);
    }
    clean
}

impl Store {
    /// The partners `q` asks for (by stage, city, niche, audience tier, a search in names, emails, places,
    /// niches, notes and handles; archived ones only with `include_archived`), sorted as it says, each with
    /// their largest account and how many campaigns they took part in.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn list_partners(&self, q: &ListQuery) -> Result<Vec<PartnerRow>> {
        let (tier_low, tier_high) = match q.tier {
            Some(t) => {
                let (lo, hi) = t.bounds();
                (Some(lo), hi)
            }
            None => (None, None),
        };
        let search = clean_opt(&q.search).map(|s| like_pattern(s.trim_start_matches('@')));
        let order = match q.sort {
            SortBy::Name | SortBy::Start => "p.name COLLATE NOCASE",
            SortBy::Followers => "coalesce(a.followers, -1)",
            SortBy::City => "coalesce(p.city, '') COLLATE NOCASE",
            SortBy::Stage => {
                "CASE p.stage WHEN 'prospect' THEN 0 WHEN 'contacted' THEN 1 WHEN 'negotiating' THEN 2
                 WHEN 'active' THEN 3 WHEN 'paused' THEN 4 ELSE 5 END"
            }
            SortBy::Updated => "p.updated_at",
        };
        let dir = if q.descending { "DESC" } else { "ASC" };
        let sql = format!(
            "{PARTNER_SELECT}
             WHERE (?1 OR p.archived_at IS NULL)
               AND (?2 IS NULL OR p.stage = ?2)
               AND (?3 IS NULL OR p.city = ?3 COLLATE NOCASE)
               AND (?4 IS NULL OR EXISTS (SELECT 1 FROM json_each(p.niches) j WHERE j.value = ?4 COLLATE NOCASE))
               AND (?5 IS NULL OR (a.followers >= ?5 AND (?6 IS NULL OR a.followers < ?6)))
               AND (?7 IS NULL OR p.name LIKE ?7 ESCAPE '\\' OR p.email LIKE ?7 ESCAPE '\\'
                    OR p.city LIKE ?7 ESCAPE '\\' OR p.neighborhood LIKE ?7 ESCAPE '\\'
                    OR p.niches LIKE ?7 ESCAPE '\\' OR p.notes LIKE ?7 ESCAPE '\\'
                    OR EXISTS (SELECT 1 FROM social_accounts s WHERE s.partner_id = p.id
                               AND s.handle LIKE ?7 ESCAPE '\\'))
             ORDER BY {order} {dir}, p.name COLLATE NOCASE, p.id"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(
            params![q.include_archived, q.stage, clean_opt(&q.city), clean_opt(&q.niche), tier_low, tier_high, search],
            partner_from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Finds a partner by id (all digits) or exact name, case-insensitively.
    ///
    /// # Errors
    /// [`Error::NotFound`] when `id_or_name` is a number no partner has; [`Error::Invalid`] when no partner
    /// has that name (the message names the nearest ones); [`Error::Database`] when SQLite fails.
    pub fn find_partner(&self, id_or_name: &str) -> Result<Partner> {
        if let Ok(id) = id_or_name.trim().parse::<i64>() {
            return self.partner(id);
        }
        let id: Option<i64> = self
            .conn()
            .query_row("SELECT id FROM partners WHERE name = ?1 COLLATE NOCASE", [id_or_name.trim()], |r| r.get(0))
            .optional()?;
        let Some(id) = id else {
            let names: Vec<String> = self
                .conn()
                .prepare("SELECT name FROM partners")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let near = crate::model::names::nearest(id_or_name, names.iter().map(String::as_str));
            return Err(Error::invalid(
                "partner",
                msg!(
                    "invalid-no-partner-named",
                    name = id_or_name.trim(),
                    suggestions = near.join("”, “"),
                    count = near.len()
                ),
            ));
        };
        self.partner(id)
    }

    /// The partner `id`, with their largest audience and its tier.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no partner has `id`; [`Error::Database`] when SQLite fails.
    pub fn partner(&self, id: i64) -> Result<Partner> {
        self.conn()
            .query_row(&format!("{PARTNER_SELECT} WHERE p.id = ?1"), [id], partner_from_row)
            .optional()?
            .map(|r| r.partner)
            .ok_or(Error::NotFound { entity: "partner", id })
    }

    /// Everything the partner profile shows: the partner, their accounts with history, their campaigns and
    /// the communities they lead.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no partner has `id`; [`Error::Database`] when SQLite fails;
    /// [`Error::Corrupt`] when the shop's stored time zone is unknown (a campaign's phase depends on today).
    pub fn partner_detail(&self, id: i64) -> Result<PartnerDetail> {
        let partner = self.partner(id)?;
        let accounts = self.accounts_of(id)?;
        let campaigns = self.participations("cp.partner_id = ?1", id)?;
        let mut stmt =
            self.conn().prepare("SELECT id, name FROM communities WHERE leader_partner_id = ?1 ORDER BY name")?;
        let leads = stmt
            .query_map([id], |r| Ok(CommunityRef { id: r.get(0)?, name: r.get(1)? }))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(PartnerDetail { partner, accounts, campaigns, leads })
    }

    /// Creates a partner with their social accounts, all or nothing.
    ///
    /// # Errors
    /// [`Error::Invalid`] listing every bad field (`accounts[1].followers` for the second account).
    pub fn create_partner(&mut self, input: &PartnerInput, accounts: &[SocialAccountInput]) -> Result<Partner> {
        let mut c = Checks::new();
        let clean = check_partner(input, &mut c);
        let clean_accounts: Vec<_> =
            accounts.iter().enumerate().map(|(i, a)| check_account(a, &format!("accounts[{i}]."), &mut c)).collect();
        for (i, a) in clean_accounts.iter().enumerate() {
            if clean_accounts[..i].iter().any(|b| b.platform == a.platform && b.handle.eq_ignore_ascii_case(&a.handle))
            {
                c.fail(format!("accounts[{i}].handle"), Message::new("invalid-account-twice"));
            }
        }
        c.finish()?;
        let id = self.write_created(Touches::Partner, |tx| {
            let id = insert_partner(tx, &clean)?;
            for a in &clean_accounts {
                insert_account(tx, id, a)?;
            }
            Ok(id)
        })?;
        self.partner(id)
    }

    /// Changes the partner `id` to `input` (trimmed and checked, as [`Store::create_partner`] does); their
    /// accounts stay as they are.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no partner has `id`; [`Error::Invalid`] listing every bad field: a missing or
    /// too long name, an invalid email address, a negative distance, a rating outside 1–5, an audience
    /// locality outside 0–100 %, a too long text; [`Error::Database`] when SQLite fails.
    pub fn update_partner(&mut self, id: i64, input: &PartnerInput) -> Result<Partner> {
        self.partner(id)?;
        let mut c = Checks::new();
        let clean = check_partner(input, &mut c);
        c.finish()?;
        self.write_touching(Touches::Partner(id), |tx| {
            update_partner(tx, id, &clean)?;
            Ok(())
        })?;
        self.partner(id)
    }

    /// Deletes a partner who never took part in a campaign.
    ///
    /// # Errors
    /// [`Error::InUse`] when they are in a campaign: their results are history, so the caller should offer
    /// [`Store::set_partner_archived`] instead. Nothing is deleted.
    pub fn delete_partner(&mut self, id: i64) -> Result<()> {
        let partner = self.partner(id)?;
        self.refuse_if_in_campaigns("cp.partner_id = ?1", id, &partner.fields.name, "them")?;
        self.write_touching(Touches::Partner(id), |tx| {
            tx.execute("DELETE FROM partners WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Archives (hides from lists, keeps every record) or restores a partner.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no partner has `id`; [`Error::Database`] when SQLite fails.
    pub fn set_partner_archived(&mut self, id: i64, archived: bool) -> Result<Partner> {
        self.partner(id)?;
        self.set_archived(Archivable::Partners, id, archived)?;
        self.partner(id)
    }

    /// Adds a social account (its handle without `@`) to the partner `partner_id`, its reading the first of
    /// its follower history.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no partner has `partner_id`; [`Error::Invalid`] for a missing or too long
    /// handle, a link that is not http(s), negative followers, an engagement rate outside 0–100 %, or a
    /// platform and handle the partner already has; [`Error::Database`] when SQLite fails.
    pub fn add_account(&mut self, partner_id: i64, input: &SocialAccountInput) -> Result<SocialAccount> {
        self.partner(partner_id)?;
        let mut c = Checks::new();
        let clean = check_account(input, "", &mut c);
        self.check_account_unique(&mut c, partner_id, &clean, None)?;
        c.finish()?;
        let id = self.write_touching(Touches::Partner(partner_id), |tx| {
            let id = insert_account(tx, partner_id, &clean)?;
            touch_partner(tx, partner_id)?;
            Ok(id)
        })?;
        self.account(id)
    }

    /// Changes an account. A reading with a new `as_of` day is added to the history (so growth shows);
    /// one on an existing day corrects that day. The account always shows its latest reading.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no social account has `id`; [`Error::Invalid`] for a missing or too long
    /// handle, a link that is not http(s), negative followers, an engagement rate outside 0–100 %, or a
    /// platform and handle the partner already has; [`Error::Database`] when SQLite fails.
    pub fn update_account(&mut self, id: i64, input: &SocialAccountInput) -> Result<SocialAccount> {
        let current = self.account(id)?;
        let mut c = Checks::new();
        let clean = check_account(input, "", &mut c);
        self.check_account_unique(&mut c, current.partner_id, &clean, Some(id))?;
        c.finish()?;
        self.write_touching(Touches::Partner(current.partner_id), |tx| {
            tx.execute(
                "UPDATE social_accounts SET platform = ?2, handle = ?3, url = ?4 WHERE id = ?1",
                params![id, clean.platform, clean.handle, clean.url],
            )?;
            record_reading(tx, id, &clean)?;
            touch_partner(tx, current.partner_id)?;
            Ok(())
        })?;
        self.account(id)
    }

    /// Deletes the social account `id` with its follower history.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no social account has `id`; [`Error::Database`] when SQLite fails.
    pub fn delete_account(&mut self, id: i64) -> Result<()> {
        let account = self.account(id)?;
        self.write_touching(Touches::Partner(account.partner_id), |tx| {
            tx.execute("DELETE FROM social_accounts WHERE id = ?1", [id])?;
            touch_partner(tx, account.partner_id)?;
            Ok(())
        })
    }

    /// The social account `id`, with its follower history (oldest first) and growth over it.
    ///
    /// # Errors
    /// [`Error::NotFound`] when no social account has `id`; [`Error::Database`] when SQLite fails.
    pub fn account(&self, id: i64) -> Result<SocialAccount> {
        let partner_id: i64 = self
            .conn()
            .query_row("SELECT partner_id FROM social_accounts WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: "social account", id })?;
        self.accounts_of(partner_id)?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or(Error::NotFound { entity: "social account", id })
    }

    /// Every partner, archived ones too, with their accounts (largest first, each with its follower history):
    /// what an import matches a spreadsheet's rows against, and what `locallift partners --accounts` lists.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn partners_with_accounts(&self) -> Result<Vec<PartnerAccounts>> {
        let q = ListQuery { include_archived: true, ..ListQuery::default() };
        self.list_partners(&q)?
            .into_iter()
            .map(|row| Ok(PartnerAccounts { accounts: self.accounts_of(row.partner.id)?, partner: row.partner }))
            .collect()
    }

    fn accounts_of(&self, partner_id: i64) -> Result<Vec<SocialAccount>> {
        let mut stmt =
            self.conn().prepare("SELECT * FROM social_accounts WHERE partner_id = ?1 ORDER BY followers DESC, id")?;
        let mut accounts = stmt
            .query_map([partner_id], |r| {
                let followers: i64 = r.get("followers")?;
                Ok(SocialAccount {
                    id: r.get("id")?,
                    partner_id: r.get("partner_id")?,
                    fields: SocialAccountInput {
                        platform: r.get("platform")?,
                        handle: r.get("handle")?,
                        url: r.get("url")?,
                        followers,
                        engagement_pct: opt_pct(r, "engagement_bp")?,
                        as_of: day(r, "as_of")?,
                    },
                    tier: Tier::from_followers(followers),
                    history: Vec::new(),
                    growth_pct: None,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut hist = self.conn().prepare(
            "SELECT as_of, followers, engagement_bp FROM follower_snapshots WHERE account_id = ?1 ORDER BY as_of",
        )?;
        for a in &mut accounts {
            a.history = hist
                .query_map([a.id], |r| {
                    Ok(FollowerPoint {
                        as_of: day(r, "as_of")?,
                        followers: r.get("followers")?,
                        engagement_pct: opt_pct(r, "engagement_bp")?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            a.growth_pct = match (a.history.first(), a.history.last()) {
                (Some(first), Some(last)) if a.history.len() > 1 && first.followers > 0 => {
                    Some((last.followers - first.followers) as f64 * 100.0 / first.followers as f64)
                }
                _ => None,
            };
        }
        Ok(accounts)
    }

    fn check_account_unique(
        &self,
        c: &mut Checks,
        partner_id: i64,
        a: &SocialAccountInput,
        except: Option<i64>,
    ) -> Result<()> {
        let dup: Option<i64> = self
            .conn()
            .query_row(
                "SELECT id FROM social_accounts WHERE partner_id = ?1 AND platform = ?2 AND handle = ?3 COLLATE NOCASE
                   AND id IS NOT ?4",
                params![partner_id, a.platform, a.handle, except],
                |r| r.get(0),
            )
            .optional()?;
        if dup.is_some() {
            c.fail("handle", msg!("invalid-account-taken", platform = a.platform.label(), handle = &a.handle));
        }
        Ok(())
    }

    /// Campaign participations matching `filter` (a condition on `cp` with one parameter), newest first.
    pub(crate) fn participations(&self, filter: &str, id: i64) -> Result<Vec<ParticipationRow>> {
        let today = self.today()?;
        let mut stmt = self.conn().prepare(&format!(
            "SELECT c.id AS campaign_id, cp.id AS cp_id, c.name, c.start_day, c.end_day, c.window_days, c.cancelled,
                    cp.fee_minor, cp.gifted_cost_minor, cp.commission_bp,
                    (SELECT count(*) FROM posts WHERE posts.campaign_partner_id = cp.id) AS post_count
             FROM campaign_partners cp JOIN campaigns c ON c.id = cp.campaign_id
             WHERE {filter} ORDER BY c.start_day DESC, c.id DESC"
        ))?;
        let mut codes =
            self.conn().prepare("SELECT code FROM promo_codes WHERE campaign_partner_id = ?1 ORDER BY id")?;
        let rows = stmt
            .query_map([id], |r| {
                let start = day(r, "start_day")?;
                let end = day(r, "end_day")?;
                Ok(ParticipationRow {
                    campaign_id: r.get("campaign_id")?,
                    campaign_partner_id: r.get("cp_id")?,
                    campaign_name: r.get("name")?,
                    start,
                    end,
                    phase: crate::model::Phase::of(start, end, r.get("window_days")?, r.get("cancelled")?, today),
                    fee_minor: r.get("fee_minor")?,
                    gifted_cost_minor: r.get("gifted_cost_minor")?,
                    commission_pct: crate::model::bp_to_pct(r.get("commission_bp")?),
                    codes: Vec::new(),
                    post_count: r.get("post_count")?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|mut row| {
                row.codes =
                    codes.query_map([row.campaign_partner_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
                Ok(row)
            })
            .collect()
    }

    pub(super) fn campaign_names(&self, filter: &str, id: i64) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT DISTINCT c.name FROM campaign_partners cp JOIN campaigns c ON c.id = cp.campaign_id
             WHERE {filter} ORDER BY c.start_day"
        ))?;
        Ok(stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?)
    }
}

pub(super) fn insert_account(tx: &Connection, partner_id: i64, a: &SocialAccountInput) -> Result<i64> {
    tx.execute(
        "INSERT INTO social_accounts (partner_id, platform, handle, url, followers, engagement_bp, as_of)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![partner_id, a.platform, a.handle, a.url, a.followers, a.engagement_pct.map(pct_to_bp), a.as_of],
    )?;
    let id = tx.last_insert_rowid();
    record_reading(tx, id, a)?;
    Ok(id)
}

/// Inserts a partner (checked already); returns their id.
pub(super) fn insert_partner(tx: &Connection, p: &PartnerInput) -> Result<i64> {
    tx.execute(
        "INSERT INTO partners (name, email, phone, neighborhood, city, distance_km, niches, notes, stage,
             values_alignment, authenticity, audience_locality_bp, consent_source, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
        params![
            p.name,
            p.email,
            p.phone,
            p.neighborhood,
            p.city,
            p.distance_km,
            to_json_list(&p.niches),
            p.notes,
            p.stage,
            p.values_alignment,
            p.authenticity,
            p.audience_locality_pct.map(pct_to_bp),
            p.consent_source,
            now_text()
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Writes a partner's fields (checked already).
pub(super) fn update_partner(tx: &Connection, id: i64, p: &PartnerInput) -> Result<()> {
    tx.execute(
        "UPDATE partners SET name = ?2, email = ?3, phone = ?4, neighborhood = ?5, city = ?6, distance_km = ?7,
             niches = ?8, notes = ?9, stage = ?10, values_alignment = ?11, authenticity = ?12,
             audience_locality_bp = ?13, consent_source = ?14, updated_at = ?15
         WHERE id = ?1",
        params![
            id,
            p.name,
            p.email,
            p.phone,
            p.neighborhood,
            p.city,
            p.distance_km,
            to_json_list(&p.niches),
            p.notes,
            p.stage,
            p.values_alignment,
            p.authenticity,
            p.audience_locality_pct.map(pct_to_bp),
            p.consent_source,
            now_text()
        ],
    )?;
    Ok(())
}

/// Stores a follower reading in the history and makes the account show the latest reading.
pub(super) fn record_reading(tx: &Connection, account_id: i64, a: &SocialAccountInput) -> Result<()> {
    tx.execute(
        "INSERT INTO follower_snapshots (account_id, as_of, followers, engagement_bp) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (account_id, as_of) DO UPDATE SET followers = excluded.followers,
                                                       engagement_bp = excluded.engagement_bp",
        params![account_id, a.as_of, a.followers, a.engagement_pct.map(pct_to_bp)],
    )?;
    tx.execute(
        "UPDATE social_accounts SET (followers, engagement_bp, as_of) = (
             SELECT followers, engagement_bp, as_of FROM follower_snapshots
             WHERE account_id = ?1 ORDER BY as_of DESC LIMIT 1)
         WHERE id = ?1",
        [account_id],
    )?;
    Ok(())
}

fn touch_partner(tx: &Connection, partner_id: i64) -> Result<()> {
    tx.execute("UPDATE partners SET updated_at = ?2 WHERE id = ?1", params![partner_id, now_text()])?;
    Ok(())
}
