//! Partners and their social accounts from a spreadsheet (CSV, Excel, OpenDocument): the header read and a
//! column mapping suggested (or the one saved for the same header), a preview of what would change, and the
//! import itself, all or nothing, undoable, and idempotent (a second import of the same file changes
//! nothing). See [`plan`] for the matching rules.

pub mod columns;
pub mod communities;
pub mod plan;
pub mod sheet;

use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::import::date_order;
use crate::import::preset::RowError;
use crate::model::mapping::DateOrder;
use crate::model::{CommunityPlan, ContactColumn, ContactImport, ContactImportKind, ContactMapping, ListQuery};
use crate::msg;
use crate::store::Store;

/// At most this many problems and preview lines are sent back (all are counted).
const MAX_LISTED: usize = 500;

/// Where a mapping came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MappingSource {
    /// Suggested from the header's names.
    Suggested,
    /// The mapping used last time for a file with this header.
    Saved,
    /// The one the owner gave.
    Given,
}

/// What happens to one person of the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PersonOutcome {
    New,
    Updated,
}

/// A line of the preview: a person of the sheet, the line they start on, and what the import does.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PersonPreview {
    pub line: u64,
    pub name: String,
    pub outcome: PersonOutcome,
    /// Their accounts ("Instagram @maya.makes") for a new partner; what changes for one who exists.
    pub what: Vec<Message>,
}

/// What a partner (or community) spreadsheet import did or, for a preview, would do.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PartnerImportReport {
    /// Partners, or communities: then `partners_*` count communities and there are no accounts.
    pub target: ContactImportKind,
    pub file_name: String,
    /// "CSV", or "Excel, sheet “Creators”".
    pub format: String,
    /// The columns as read (a two-row header joined: "Instagram Handle").
    pub header: Vec<String>,
    /// The first row's cells, as text, for the mapping form.
    pub example: Vec<String>,
    pub mapping: ContactMapping,
    pub mapping_source: MappingSource,
    /// The mapping names no column that says who a row is (name, handle or link): the owner must choose one;
    /// nothing else is counted until then.
    pub needs_mapping: bool,
    pub rows_read: u64,
    pub partners_new: u64,
    pub partners_updated: u64,
    pub partners_unchanged: u64,
    pub accounts_new: u64,
    pub readings_new: u64,
    pub problem_count: u64,
    /// The first problems, by line.
    pub problems: Vec<RowError>,
    /// What was assumed, in the owner's words.
    pub notes: Vec<Message>,
    /// The new and updated partners, first ones (unchanged partners are only counted).
    pub people: Vec<PersonPreview>,
    /// A file with the same content was imported before (and not undone).
    pub seen_before: bool,
    /// The import, when it was written.
    pub import: Option<ContactImport>,
}

/// Reads `path` and reports what importing it would do, writing nothing: the mapping is `mapping`, else the
/// one saved for the same header, else one suggested from the header's names.
///
/// # Errors
/// [`Error::Import`] when the file cannot be read as a table; [`Error::Database`] when SQLite fails. A mapping
/// that names no column saying who a row is gives a report with `needs_mapping`.
pub fn preview_partners(store: &Store, path: &Path, mapping: Option<ContactMapping>) -> Result<PartnerImportReport> {
    run(store, path, mapping).map(|(report, ..)| report)
}

/// Imports the partners of `path` (see [`preview_partners`] for the mapping): nothing when any row has a
/// problem unless `skip_invalid`, then every valid row. The mapping is remembered for the same header. A file
/// that changes nothing writes nothing (`import` is then `None`).
///
/// # Errors
/// As [`preview_partners`]; [`Error::Import`] when the mapping names no column that says who a row is, or rows have problems and `skip_invalid` is false (the report
/// of a preview lists them); [`Error::Database`] when SQLite fails, with nothing written.
pub fn import_partners(
    store: &mut Store,
    path: &Path,
    mapping: Option<ContactMapping>,
    skip_invalid: bool,
) -> Result<PartnerImportReport> {
    let (mut report, planned, sha, header) = run(store, path, mapping)?;
    if report.needs_mapping {
        return Err(Error::Import { file: report.file_name, message: Message::new("import-names-no-one") });
    }
    if report.problem_count > 0 && !skip_invalid {
        return Err(Error::Import {
            file: report.file_name.clone(),
            message: refused_for_problems(report.problem_count, &report.problems),
        });
    }
    if planned.plan.new.is_empty() && planned.plan.changed.is_empty() {
        return Ok(report);
    }
    let import = store.apply_contact_plan(&report.file_name, &sha, &header, &report.mapping, &planned.plan)?;
    report.import = Some(import);
    Ok(report)
}

/// Why a file with problems imported nothing: how many rows, the first one's line and reason, and what to do.
/// Shared by the partner, community and post imports.
pub(crate) fn refused_for_problems(count: u64, problems: &[RowError]) -> Message {
    match problems.first() {
        Some(p) => msg!("import-refused-for-problems-at", count = count, line = p.line, reason = p.reason.clone()),
        None => msg!("import-refused-for-problems", count = count),
    }
}

type Run = (PartnerImportReport, plan::Planned, String, Vec<String>);

/// A sheet as read, with the file's name and fingerprint and the mapping to read it by (the owner's, else the
/// one saved for its header, else one suggested).
struct Read {
    file_name: String,
    sha: String,
    sheet: sheet::Sheet,
    mapping: ContactMapping,
    mapping_source: MappingSource,
}

impl Read {
    fn of(store: &Store, path: &Path, mapping: Option<ContactMapping>) -> Result<Read> {
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let sha = crate::store::sales::hex(&Sha256::digest(std::fs::read(path)?));
        let sheet = sheet::read(path).map_err(|message| Error::Import { file: file_name.clone(), message })?;
        let (mapping, mapping_source) = match mapping {
            Some(m) => (m, MappingSource::Given),
            None => match store.saved_contact_mapping(&sheet.header)? {
                Some(m) => (m, MappingSource::Saved),
                None => (columns::suggest(&sheet.header), MappingSource::Suggested),
            },
        };
        Ok(Read { file_name, sha, sheet, mapping, mapping_source })
    }

    /// The first row's cells as text, for the mapping form.
    fn example(&self) -> Vec<String> {
        let width = self.sheet.header.len();
        self.sheet.rows.first().map(|r| (0..width).map(|i| r.cell(i).text()).collect()).unwrap_or_default()
    }
}

fn run(store: &Store, path: &Path, mapping: Option<ContactMapping>) -> Result<Run> {
    let read = Read::of(store, path, mapping)?;
    let failed = |message: String| Error::Import { file: read.file_name.clone(), message: Message::text(message) };
    let (sheet, mapping) = (&read.sheet, &read.mapping);
    let shop = store.shop()?;
    let how = plan::Reading {
        today: store.today()?,
        date_order: date_order::locale_order(&shop.format.locale).unwrap_or(DateOrder::Mdy),
    };
    let existing = store.partners_with_accounts()?;
    let needs_mapping = !plan::names_someone(mapping);
    let planned = if needs_mapping {
        plan::Planned { rows_read: sheet.rows.len() as u64, ..plan::Planned::default() }
    } else {
        plan::plan(sheet, mapping, &existing, how).map_err(failed)?
    };
    let mut people: Vec<PersonPreview> = planned
        .plan
        .new
        .iter()
        .map(|p| PersonPreview {
            line: p.line,
            name: p.input.name.clone(),
            outcome: PersonOutcome::New,
            what: p
                .accounts
                .iter()
                .map(|a| {
                    msg!("change-new-account", platform = a.input.platform.label(), handle = a.input.handle.as_str())
                })
                .collect(),
        })
        .chain(planned.plan.changed.iter().map(|c| PersonPreview {
            line: c.line,
            name: c.name.clone(),
            outcome: PersonOutcome::Updated,
            what: c.what.clone(),
        }))
        .collect();
    people.sort_by_key(|p| p.line);
    people.truncate(MAX_LISTED);
    let report = PartnerImportReport {
        target: ContactImportKind::Partners,
        file_name: read.file_name.clone(),
        format: sheet.format.clone(),
        header: sheet.header.clone(),
        example: read.example(),
        mapping: read.mapping.clone(),
        mapping_source: read.mapping_source,
        needs_mapping,
        rows_read: planned.rows_read,
        partners_new: planned.plan.new.len() as u64,
        partners_updated: planned.plan.changed.len() as u64,
        partners_unchanged: planned.plan.unchanged,
        accounts_new: planned.plan.new.iter().map(|p| p.accounts.len() as u64).sum::<u64>()
            + planned.plan.changed.iter().map(|c| c.new_accounts.len() as u64).sum::<u64>(),
        readings_new: planned.plan.changed.iter().map(|c| c.readings.len() as u64).sum(),
        problem_count: planned.problems.len() as u64,
        problems: planned.problems.iter().take(MAX_LISTED).cloned().collect(),
        notes: planned.notes.clone(),
        people,
        seen_before: store.contact_file_seen(&read.sha)?,
        import: None,
    };
    Ok((report, planned, read.sha.clone(), read.sheet.header.clone()))
}

/// [`preview_partners`] for a sheet of communities (see [`communities`]): the mapping is the owner's, else
/// the one saved for the header, else one suggested.
///
/// # Errors
/// [`Error::Import`] when the file cannot be read as a table; [`Error::Database`] when SQLite fails. A mapping
/// without a name column gives a report with `needs_mapping`.
pub fn preview_communities(store: &Store, path: &Path, mapping: Option<ContactMapping>) -> Result<PartnerImportReport> {
    run_communities(store, path, mapping).map(|(report, ..)| report)
}

/// Imports the communities of `path` all or nothing (the valid rows only with `skip_invalid`), undoable with
/// the partner imports; a file that changes nothing writes nothing.
///
/// # Errors
/// As [`preview_communities`]; [`Error::Import`] when no column is the name, or rows have problems and
/// `skip_invalid` is false; [`Error::Database`] when SQLite fails, with nothing written.
pub fn import_communities(
    store: &mut Store,
    path: &Path,
    mapping: Option<ContactMapping>,
    skip_invalid: bool,
) -> Result<PartnerImportReport> {
    let (mut report, planned, sha, header) = run_communities(store, path, mapping)?;
    if report.needs_mapping {
        return Err(Error::Import { file: report.file_name, message: Message::new("import-community-names-no-one") });
    }
    if report.problem_count > 0 && !skip_invalid {
        return Err(Error::Import {
            file: report.file_name.clone(),
            message: refused_for_problems(report.problem_count, &report.problems),
        });
    }
    if !planned.communities.is_empty() {
        report.import =
            Some(store.apply_community_plan(&report.file_name, &sha, &header, &report.mapping, &planned)?);
    }
    Ok(report)
}

type CommunityRun = (PartnerImportReport, CommunityPlan, String, Vec<String>);

fn run_communities(store: &Store, path: &Path, mapping: Option<ContactMapping>) -> Result<CommunityRun> {
    let read = Read::of(store, path, mapping)?;
    let (sheet, mapping) = (&read.sheet, &read.mapping);
    let needs_mapping = !mapping.columns.contains(&Some(ContactColumn::Name));
    let all = ListQuery { include_archived: true, ..ListQuery::default() };
    let existing = store.list_communities(&all)?;
    let partners: Vec<(i64, String)> =
        store.list_partners(&all)?.into_iter().map(|p| (p.partner.id, p.partner.fields.name)).collect();
    let (planned, problems, notes) = if needs_mapping {
        (CommunityPlan::default(), Vec::new(), Vec::new())
    } else {
        communities::plan(sheet, mapping, &existing, &partners)
    };
    let new = planned.communities.iter().filter(|c| c.community_id.is_none()).count() as u64;
    let mut people: Vec<PersonPreview> = planned
        .communities
        .iter()
        .map(|c| PersonPreview {
            line: c.line,
            name: c.name.clone(),
            outcome: if c.community_id.is_none() { PersonOutcome::New } else { PersonOutcome::Updated },
            what: c.what.clone(),
        })
        .collect();
    people.truncate(MAX_LISTED);
    let report = PartnerImportReport {
        target: ContactImportKind::Communities,
        file_name: read.file_name.clone(),
        format: sheet.format.clone(),
        header: sheet.header.clone(),
        example: read.example(),
        mapping: read.mapping.clone(),
        mapping_source: read.mapping_source,
        needs_mapping,
        rows_read: sheet.rows.len() as u64,
        partners_new: new,
        partners_updated: planned.communities.len() as u64 - new,
        partners_unchanged: planned.unchanged,
        accounts_new: 0,
        readings_new: 0,
        problem_count: problems.len() as u64,
        problems: problems.into_iter().take(MAX_LISTED).collect(),
        notes,
        people,
        seen_before: store.contact_file_seen(&read.sha)?,
        import: None,
    };
    Ok((report, planned, read.sha.clone(), read.sheet.header.clone()))
}
