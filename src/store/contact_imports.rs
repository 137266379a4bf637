//! Partner spreadsheet and posts export imports: a plan written in one transaction, kept with what it replaced so that undo
//! restores the partners exactly; the column mapping the owner chose, remembered per header.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::communities::{insert_community, write_community};
use super::partners::{check_account, check_partner, insert_account, insert_partner, record_reading, update_partner};
use super::posts::{check_post, insert_post, write_post};
use super::{Store, now_text};
use crate::error::{Error, Result};
use crate::model::{
    CommunityInput, CommunityPlan, ContactImport, ContactImportKind, ContactMapping, ContactPlan, PartnerInput,
    PlannedAccount, PostInput, PostPlan, SocialAccountInput, pct_to_bp,
};
use crate::msg;
use crate::validate::Checks;

/// (account id, day, the reading that day before the import: followers and engagement in basis points).
type ReadingUndo = (i64, String, Option<(i64, Option<i64>)>);

/// What undoing an import must take away or put back.
#[derive(Debug, Default, Serialize, Deserialize)]
struct UndoLog {
    created_partners: Vec<i64>,
    /// (partner id, their fields before the import).
    partners_before: Vec<(i64, PartnerInput)>,
    created_accounts: Vec<i64>,
    readings: Vec<ReadingUndo>,
    /// Accounts whose empty profile link the import filled.
    urls_filled: Vec<i64>,
    #[serde(default)]
    created_communities: Vec<i64>,
    /// (community id, its fields before the import).
    #[serde(default)]
    communities_before: Vec<(i64, CommunityInput)>,
    #[serde(default)]
    created_posts: Vec<i64>,
    /// (post id, its fields before the import).
    #[serde(default)]
    posts_before: Vec<(i64, PostInput)>,
}

impl Store {
    /// Writes an import's plan all or nothing and keeps it for undo: creates the new partners with their
    /// accounts, updates the others' fields, adds their new accounts, records follower readings (replacing
    /// one of the same day) and fills in empty profile links; remembers `mapping` for files with `header`.
    ///
    /// # Errors
    /// [`Error::Invalid`] when a partner or account of the plan is not valid (the importer reports such rows
    /// as problems, so this is a bug); [`Error::Database`] when SQLite fails. Nothing is written then.
    pub fn apply_contact_plan(
        &mut self,
        file_name: &str,
        sha256: &str,
        header: &[String],
        mapping: &ContactMapping,
        plan: &ContactPlan,
    ) -> Result<ContactImport> {
        let mut c = Checks::new();
        let accounts = |list: &[PlannedAccount], c: &mut Checks| -> Vec<(SocialAccountInput, bool)> {
            list.iter().map(|a| (check_account(&a.input, "", c), a.followers_known)).collect()
        };
        let new: Vec<(PartnerInput, Vec<(SocialAccountInput, bool)>)> =
            plan.new.iter().map(|p| (check_partner(&p.input, &mut c), accounts(&p.accounts, &mut c))).collect();
        let changed: Vec<_> = plan
            .changed
            .iter()
            .map(|ch| {
                let input = ch.input.as_ref().map(|i| check_partner(i, &mut c));
                (ch, input, accounts(&ch.new_accounts, &mut c))
            })
            .collect();
        c.finish()?;
        let id = self.write(|tx| {
            let mut log = UndoLog::default();
            for (input, accounts) in &new {
                let id = insert_partner(tx, input)?;
                log.created_partners.push(id);
                for (a, counted) in accounts {
                    add_account(tx, id, a, *counted)?;
                }
            }
            for (ch, input, accounts) in &changed {
                if let Some(input) = input {
                    log.partners_before.push((ch.partner_id, partner_input(tx, ch.partner_id)?));
                    update_partner(tx, ch.partner_id, input)?;
                } else {
                    tx.execute("UPDATE partners SET updated_at = ?2 WHERE id = ?1", params![ch.partner_id, now_text()])?;
                }
                for (a, counted) in accounts {
                    log.created_accounts.push(add_account(tx, ch.partner_id, a, *counted)?);
                }
                for r in &ch.readings {
                    let day = r.as_of.to_string();
                    let before = tx
                        .query_row(
                            "SELECT followers, engagement_bp FROM follower_snapshots WHERE account_id = ?1 AND as_of = ?2",
                            params![r.account_id, day],
                            |row| Ok((row.get(0)?, row.get(1)?)),
                        )
                        .optional()?;
                    log.readings.push((r.account_id, day, before));
                    let (platform, handle): (String, String) = tx.query_row(
                        "SELECT platform, handle FROM social_accounts WHERE id = ?1",
                        [r.account_id],
                        |row| Ok((row.get(0)?, row.get(1)?)),
                    )?;
                    let reading = SocialAccountInput {
                        platform: crate::model::Platform::parse(&platform).unwrap_or(crate::model::Platform::Other),
                        handle,
                        url: None,
                        followers: r.followers,
                        engagement_pct: r.engagement_pct,
                        as_of: r.as_of,
                    };
                    record_reading(tx, r.account_id, &reading)?;
                }
                for (account_id, url) in &ch.urls {
                    let n = tx.execute(
                        "UPDATE social_accounts SET url = ?2 WHERE id = ?1 AND url IS NULL",
                        params![account_id, url],
                    )?;
                    if n > 0 {
                        log.urls_filled.push(*account_id);
                    }
                }
            }
            let undo = serde_json::to_string(&log).map_err(|e| Error::Corrupt(e.to_string()))?;
            tx.execute(
                "INSERT INTO contact_imports (kind, file_name, sha256, partners_new, partners_updated, undo, imported_at)
                 VALUES ('partners', ?1, ?2, ?3, ?4, ?5, ?6)",
                params![file_name, sha256, plan.new.len() as i64, plan.changed.len() as i64, undo, now_text()],
            )?;
            let id = tx.last_insert_rowid();
            save_contact_mapping(tx, header, mapping)?;
            Ok(id)
        })?;
        self.contact_import(id)
    }

    /// Writes a posts export's plan all or nothing and keeps it for undo: adds the new posts to their campaign
    /// partners (each filling an open content deliverable, as a post logged by hand does) and gives the posts
    /// logged before their new numbers.
    ///
    /// # Errors
    /// [`Error::NotFound`] for a campaign partner or post the plan names that is gone; [`Error::Invalid`] for a
    /// post that is not valid; [`Error::Database`] when SQLite fails. Nothing is written then.
    pub fn apply_post_plan(&mut self, file_name: &str, sha256: &str, plan: &PostPlan) -> Result<ContactImport> {
        let mut posts = Vec::with_capacity(plan.posts.len());
        for p in &plan.posts {
            let mut clean = check_post(&p.input)?;
            self.campaign_partner(p.campaign_partner_id)?;
            if clean.followers_at_post.is_none() {
                clean.followers_at_post = self.followers_at(p.campaign_partner_id, &clean)?;
            }
            let before = p.post_id.map(|id| self.post(id).map(|post| post.fields)).transpose()?;
            posts.push((p, clean, before));
        }
        let new = posts.iter().filter(|(p, ..)| p.post_id.is_none()).count() as i64;
        let id = self.write(|tx| {
            let mut log = UndoLog::default();
            for (p, clean, before) in &posts {
                match (p.post_id, before) {
                    (Some(id), Some(before)) => {
                        log.posts_before.push((id, before.clone()));
                        write_post(tx, id, clean)?;
                    }
                    _ => log.created_posts.push(insert_post(tx, p.campaign_partner_id, clean)?),
                }
            }
            let undo = serde_json::to_string(&log).map_err(|e| Error::Corrupt(e.to_string()))?;
            tx.execute(
                "INSERT INTO contact_imports (kind, file_name, sha256, partners_new, partners_updated, undo, imported_at)
                 VALUES ('posts', ?1, ?2, ?3, ?4, ?5, ?6)",
                params![file_name, sha256, new, posts.len() as i64 - new, undo, now_text()],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.contact_import(id)
    }

    /// Writes a community spreadsheet's plan all or nothing and keeps it for undo: creates the new communities
    /// and changes the others' fields.
    ///
    /// # Errors
    /// [`Error::Invalid`] for a community that is not valid (the importer reports such rows as problems);
    /// [`Error::Database`] when SQLite fails. Nothing is written then.
    pub fn apply_community_plan(
        &mut self,
        file_name: &str,
        sha256: &str,
        header: &[String],
        mapping: &ContactMapping,
        plan: &CommunityPlan,
    ) -> Result<ContactImport> {
        let mut checked = Vec::with_capacity(plan.communities.len());
        for c in &plan.communities {
            let before = c.community_id.map(|id| self.community(id).map(|x| x.fields)).transpose()?;
            checked.push((c.community_id, self.check_community(&c.input)?, before));
        }
        let new = plan.communities.iter().filter(|c| c.community_id.is_none()).count() as i64;
        let id = self.write(|tx| {
            let mut log = UndoLog::default();
            for (id, clean, before) in &checked {
                match (id, before) {
                    (Some(id), Some(before)) => {
                        log.communities_before.push((*id, before.clone()));
                        write_community(tx, *id, clean)?;
                    }
                    _ => log.created_communities.push(insert_community(tx, clean)?),
                }
            }
            let undo = serde_json::to_string(&log).map_err(|e| Error::Corrupt(e.to_string()))?;
            tx.execute(
                "INSERT INTO contact_imports (kind, file_name, sha256, partners_new, partners_updated, undo, imported_at)
                 VALUES ('communities', ?1, ?2, ?3, ?4, ?5, ?6)",
                params![file_name, sha256, new, checked.len() as i64 - new, undo, now_text()],
            )?;
            let id = tx.last_insert_rowid();
            save_contact_mapping(tx, header, mapping)?;
            Ok(id)
        })?;
        self.contact_import(id)
    }

    /// The partner spreadsheet imports, newest first.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn list_contact_imports(&self) -> Result<Vec<ContactImport>> {
        let mut stmt = self.conn().prepare(&format!("{SELECT} ORDER BY id DESC"))?;
        let rows = stmt.query_map([], contact_import_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The import `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when there is none; [`Error::Database`] when SQLite fails.
    pub fn contact_import(&self, id: i64) -> Result<ContactImport> {
        self.conn()
            .query_row(&format!("{SELECT} WHERE id = ?1"), [id], contact_import_from_row)
            .optional()?
            .ok_or(Error::NotFound { entity: "partner import", id })
    }

    /// Whether a file with this content was imported before and not undone.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn contact_file_seen(&self, sha256: &str) -> Result<bool> {
        Ok(self
            .conn()
            .query_row(
                "SELECT 1 FROM contact_imports WHERE sha256 = ?1 AND undone_at IS NULL LIMIT 1",
                [sha256],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Undoes the import `id`: deletes the partners and accounts it created and the readings it added, puts
    /// back the fields and readings it replaced and empties the links it filled in.
    ///
    /// # Errors
    /// [`Error::NotFound`] when there is no such import; [`Error::Invalid`] (field `import`) when it was undone
    /// already, when a later partner import is not undone (undo that first: it may have changed the same
    /// partners), or when a partner it created has since joined a campaign or leads a community (their
    /// history would go with them; remove them there first); [`Error::Corrupt`] when the kept record is not
    /// readable; [`Error::Database`] when SQLite fails. Nothing is changed then.
    pub fn undo_contact_import(&mut self, id: i64) -> Result<ContactImport> {
        let import = self.contact_import(id)?;
        if import.undone_at.is_some() {
            return Err(Error::invalid("import", msg!("invalid-contact-import-undone", file = &import.file_name)));
        }
        let log = self.undo_log_if_undoable(id, &import)?;
        self.write(|tx| {
            for (account_id, day, before) in log.readings.iter().rev() {
                match before {
                    Some((followers, bp)) => tx.execute(
                        "UPDATE follower_snapshots SET followers = ?3, engagement_bp = ?4 WHERE account_id = ?1 AND as_of = ?2",
                        params![account_id, day, followers, bp],
                    )?,
                    None => tx.execute(
                        "DELETE FROM follower_snapshots WHERE account_id = ?1 AND as_of = ?2",
                        params![account_id, day],
                    )?,
                };
                tx.execute(
                    "UPDATE social_accounts SET (followers, engagement_bp, as_of) = (
                         SELECT followers, engagement_bp, as_of FROM follower_snapshots
                         WHERE account_id = ?1 ORDER BY as_of DESC LIMIT 1)
                     WHERE id = ?1 AND EXISTS (SELECT 1 FROM follower_snapshots WHERE account_id = ?1)",
                    [account_id],
                )?;
            }
            for (post, before) in &log.posts_before {
                write_post(tx, *post, before)?;
            }
            for post in &log.created_posts {
                tx.execute("DELETE FROM posts WHERE id = ?1", [post])?;
            }
            for (community, before) in &log.communities_before {
                write_community(tx, *community, before)?;
            }
            for community in &log.created_communities {
                tx.execute("DELETE FROM communities WHERE id = ?1", [community])?;
            }
            for account in &log.urls_filled {
                tx.execute("UPDATE social_accounts SET url = NULL WHERE id = ?1", [account])?;
            }
            for account in &log.created_accounts {
                tx.execute("DELETE FROM social_accounts WHERE id = ?1", [account])?;
            }
            for (partner, before) in &log.partners_before {
                update_partner(tx, *partner, before)?;
            }
            for partner in &log.created_partners {
                tx.execute("DELETE FROM partners WHERE id = ?1", [partner])?;
            }
            tx.execute("UPDATE contact_imports SET undone_at = ?2 WHERE id = ?1", params![id, now_text()])?;
            Ok(())
        })?;
        self.contact_import(id)
    }

    /// The undo record of `import`, when it may be undone: no later import stands on it, and no partner it
    /// created has joined a campaign or leads a community since.
    fn undo_log_if_undoable(&self, id: i64, import: &ContactImport) -> Result<UndoLog> {
        let later: Option<String> = self
            .conn()
            .query_row(
                "SELECT file_name FROM contact_imports WHERE id > ?1 AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(later) = later {
            return Err(Error::invalid(
                "import",
                msg!("invalid-contact-import-later", later = later, file = &import.file_name),
            ));
        }
        let undo: String =
            self.conn().query_row("SELECT undo FROM contact_imports WHERE id = ?1", [id], |r| r.get(0))?;
        let log: UndoLog =
            serde_json::from_str(&undo).map_err(|e| Error::Corrupt(format!("partner import {id}: {e}")))?;
        for &community in &log.created_communities {
            let busy: Option<String> = self
                .conn()
                .query_row(
                    "SELECT m.name FROM communities m WHERE m.id = ?1
                       AND EXISTS (SELECT 1 FROM campaign_partners cp WHERE cp.community_id = m.id)",
                    [community],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(name) = busy {
                return Err(Error::invalid("import", msg!("invalid-contact-import-community-used", name = name)));
            }
        }
        for &partner in &log.created_partners {
            let busy: Option<String> = self
                .conn()
                .query_row(
                    "SELECT p.name FROM partners p WHERE p.id = ?1 AND (
                         EXISTS (SELECT 1 FROM campaign_partners cp WHERE cp.partner_id = p.id)
                         OR EXISTS (SELECT 1 FROM communities c WHERE c.leader_partner_id = p.id))",
                    [partner],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(name) = busy {
                return Err(Error::invalid("import", msg!("invalid-contact-import-partner-used", name = name)));
            }
        }
        Ok(log)
    }

    /// The mapping last used for a partner spreadsheet with this header, if any.
    ///
    /// # Errors
    /// [`Error::Corrupt`] when the saved mapping is not valid JSON of a [`ContactMapping`]; [`Error::Database`]
    /// when SQLite fails.
    pub fn saved_contact_mapping(&self, header: &[String]) -> Result<Option<ContactMapping>> {
        let json: Option<String> = self
            .conn()
            .query_row("SELECT mapping FROM import_mappings WHERE header_hash = ?1", [mapping_key(header)], |r| {
                r.get(0)
            })
            .optional()?;
        json.map(|j| serde_json::from_str(&j).map_err(|e| Error::Corrupt(format!("a saved column mapping: {e}"))))
            .transpose()
    }
}

const SELECT: &str =
    "SELECT id, kind, file_name, partners_new, partners_updated, imported_at, undone_at FROM contact_imports";

fn contact_import_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ContactImport> {
    Ok(ContactImport {
        id: r.get(0)?,
        kind: match r.get::<_, String>(1)?.as_str() {
            "posts" => ContactImportKind::Posts,
            "communities" => ContactImportKind::Communities,
            _ => ContactImportKind::Partners,
        },
        file_name: r.get(2)?,
        partners_new: r.get(3)?,
        partners_updated: r.get(4)?,
        imported_at: r.get(5)?,
        undone_at: r.get(6)?,
    })
}

/// The key of a partner spreadsheet's header among the saved mappings: the sales mappings' key of the same
/// names after a marker, so that a sales file and a partner sheet with the same columns never share one.
fn mapping_key(header: &[String]) -> String {
    let names: Vec<&str> = std::iter::once("\u{0}partners").chain(header.iter().map(String::as_str)).collect();
    super::mappings::header_key(&csv::StringRecord::from(names))
}

fn save_contact_mapping(tx: &Connection, header: &[String], mapping: &ContactMapping) -> Result<()> {
    let json = serde_json::to_string(mapping).map_err(|e| Error::Corrupt(e.to_string()))?;
    tx.execute(
        "INSERT INTO import_mappings (header_hash, header, mapping, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (header_hash) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at",
        params![mapping_key(header), serde_json::to_string(header).unwrap_or_default(), json, now_text()],
    )?;
    Ok(())
}

/// Adds an account; its reading starts the history only when the sheet gave a follower count.
fn add_account(tx: &Connection, partner_id: i64, a: &SocialAccountInput, counted: bool) -> Result<i64> {
    if counted {
        return insert_account(tx, partner_id, a);
    }
    tx.execute(
        "INSERT INTO social_accounts (partner_id, platform, handle, url, followers, engagement_bp, as_of)
         VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)",
        params![partner_id, a.platform, a.handle, a.url, a.engagement_pct.map(pct_to_bp), a.as_of],
    )?;
    Ok(tx.last_insert_rowid())
}

/// A partner's fields as stored.
fn partner_input(tx: &Connection, id: i64) -> Result<PartnerInput> {
    tx.query_row(&format!("{} WHERE p.id = ?1", super::partners::PARTNER_SELECT), [id], |r| {
        super::partners::partner_from_row(r).map(|row| row.partner.fields)
    })
    .map_err(Error::from)
}
