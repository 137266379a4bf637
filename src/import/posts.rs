//! A partner's posts and their numbers from the platforms' own exports: Meta Business Suite's content export
//! (Instagram and Facebook, English and Spanish headers), TikTok Studio's content export and YouTube Studio's
//! "Table data.csv" (sources in `tests/fixtures/contacts/README.md`).
//!
//! Each post goes to its partner (the account the file names, or the partner the owner chooses for a file
//! that names none, as YouTube's) and to the partner's campaign whose days hold the post's day (the latest
//! started, if two do); a post on no campaign's day is left out and counted. A post logged before with the
//! same link gets the file's numbers when they changed, so a later export updates and a second import of the
//! same file changes nothing. All or nothing, undoable like a partner spreadsheet.

use std::collections::HashMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::contacts::columns::{clean_handle, followers as count, profile_of_url};
use super::contacts::sheet::{self, Cell, Sheet, SheetRow};
use super::date_order;
use super::datetime::{local_to_utc, parse_day_ordered};
use super::preset::RowError;
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::mapping::DateOrder;
use crate::model::{ContactImport, ListQuery, PlannedPost, Platform, PostInput, PostPlan};
use crate::msg;
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Field {
    Id,
    Account,
    Published,
    Link,
    Reach,
    Likes,
    Comments,
    Shares,
    Saves,
}

/// An export LocalLift knows: the header words of each field (lower case, every language seen), and the
/// fields whose presence recognises it.
struct Format {
    label: &'static str,
    platform: Platform,
    fields: &'static [(Field, &'static [&'static str])],
    required: &'static [Field],
}

const FORMATS: &[Format] = &[
    Format {
        label: "Meta Business Suite content export",
        platform: Platform::Instagram,
        fields: &[
            (Field::Id, &["post id", "identificador de la publicación"]),
            (Field::Account, &["account username", "nombre de usuario de la cuenta"]),
            (Field::Published, &["publish time", "hora de publicación"]),
            (Field::Link, &["permalink", "enlace permanente"]),
            (Field::Reach, &["reach", "alcance"]),
            (Field::Likes, &["likes", "me gusta", "reactions"]),
            (Field::Comments, &["comments", "comentarios"]),
            (Field::Shares, &["shares", "veces que se ha compartido"]),
            (Field::Saves, &["saves", "veces guardado"]),
        ],
        required: &[Field::Published, Field::Link, Field::Likes],
    },
    Format {
        label: "TikTok Studio content export",
        platform: Platform::Tiktok,
        fields: &[
            (Field::Link, &["video link"]),
            (Field::Published, &["post time"]),
            (Field::Likes, &["total likes"]),
            (Field::Comments, &["total comments"]),
            (Field::Shares, &["total shares"]),
        ],
        required: &[Field::Link, Field::Published, Field::Likes],
    },
    Format {
        label: "YouTube Studio table data",
        platform: Platform::Youtube,
        fields: &[
            (Field::Id, &["content"]),
            (Field::Published, &["video publish time"]),
            (Field::Likes, &["likes"]),
            (Field::Comments, &["comments"]),
            (Field::Shares, &["shares"]),
        ],
        required: &[Field::Id, Field::Published],
    },
];

/// One post as the file gives it.
#[derive(Debug, Clone, PartialEq)]
struct PostRow {
    line: u64,
    platform: Platform,
    handle: Option<String>,
    day: NaiveDate,
    input: PostInput,
}

/// What a posts import did or, for a preview, would do.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PostImportReport {
    pub file_name: String,
    /// "Meta Business Suite content export", …
    pub format: String,
    pub rows_read: u64,
    pub posts_new: u64,
    pub posts_updated: u64,
    pub posts_unchanged: u64,
    /// Posts on days outside every campaign of their partner: left out.
    pub posts_outside_campaigns: u64,
    /// Accounts the file names that no partner has (with their platform's name): without a chosen partner
    /// nothing is imported (the owner adds the account to a partner, or chooses whose posts these are); with
    /// one, their posts are that partner's.
    pub unknown_accounts: Vec<String>,
    /// The file names no account (YouTube's): the owner chooses the partner.
    pub needs_partner: bool,
    pub problem_count: u64,
    pub problems: Vec<RowError>,
    pub notes: Vec<Message>,
    pub seen_before: bool,
    pub import: Option<ContactImport>,
}

/// Reads a posts export and reports what importing it would do, writing nothing. `partner` (an id) takes
/// every post of a file whose account no partner has, or that names none.
///
/// # Errors
/// [`Error::Import`] when the file is not a posts export LocalLift knows; [`Error::NotFound`] for an unknown
/// `partner`; [`Error::Database`] when SQLite fails.
pub fn preview_posts(store: &Store, path: &Path, partner: Option<i64>) -> Result<PostImportReport> {
    run(store, path, partner).map(|(report, ..)| report)
}

/// Imports a posts export (see [`preview_posts`]): all or nothing, the valid rows only with `skip_invalid`.
///
/// # Errors
/// As [`preview_posts`]; [`Error::Import`] when accounts are unknown (or none is named) and no partner is
/// given, or when rows have problems and `skip_invalid` is false; [`Error::Database`] when SQLite fails, with
/// nothing written.
pub fn import_posts(
    store: &mut Store,
    path: &Path,
    partner: Option<i64>,
    skip_invalid: bool,
) -> Result<PostImportReport> {
    let (mut report, plan, sha) = run(store, path, partner)?;
    let refuse = |message: Message| Err(Error::Import { file: report.file_name.clone(), message });
    if report.needs_partner {
        return refuse(Message::new("import-posts-need-partner"));
    }
    if partner.is_none() && !report.unknown_accounts.is_empty() {
        return refuse(msg!("import-posts-unknown-accounts", accounts = report.unknown_accounts.join(", ")));
    }
    if report.problem_count > 0 && !skip_invalid {
        return refuse(super::contacts::refused_for_problems(report.problem_count, &report.problems));
    }
    if !plan.posts.is_empty() {
        report.import = Some(store.apply_post_plan(&report.file_name, &sha, &plan)?);
    }
    Ok(report)
}

fn run(store: &Store, path: &Path, partner: Option<i64>) -> Result<(PostImportReport, PostPlan, String)> {
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let failed = |message: Message| Error::Import { file: file_name.clone(), message };
    let sha = crate::store::sales::hex(&Sha256::digest(std::fs::read(path)?));
    let sheet = sheet::read(path).map_err(failed)?;
    let (format, columns) = recognise(&sheet).ok_or_else(|| failed(Message::new("import-posts-unknown-format")))?;
    if let Some(id) = partner {
        store.partner(id)?;
    }
    let tz = store.time_zone()?;
    let today = store.today()?;
    let reader = Reader { format, columns: &columns, sheet: &sheet, tz, today, order: date_order_of(&sheet, &columns) };
    let (rows, problems, mut notes) = read_rows(&reader);
    let Placed { plan, outside, unknown, needs_partner, elsewhere } = place(store, rows, partner)?;
    if elsewhere > 0 {
        notes.push(msg!("note-posts-elsewhere", count = elsewhere));
    }
    if outside > 0 {
        notes.push(msg!("note-posts-outside", count = outside));
    }
    let new = plan.posts.iter().filter(|p| p.post_id.is_none()).count() as u64;
    let report = PostImportReport {
        file_name,
        format: format.label.to_string(),
        rows_read: sheet.rows.len() as u64,
        posts_new: new,
        posts_updated: plan.posts.len() as u64 - new,
        posts_unchanged: plan.unchanged,
        posts_outside_campaigns: outside,
        unknown_accounts: unknown,
        needs_partner,
        problem_count: problems.len() as u64,
        problems,
        notes,
        seen_before: store.contact_file_seen(&sha)?,
        import: None,
    };
    Ok((report, plan, sha))
}

/// The file's posts, its rows with problems, and what was left out on purpose (total rows, posts without a
/// publish time), in the owner's words.
fn read_rows(reader: &Reader<'_>) -> (Vec<PostRow>, Vec<RowError>, Vec<Message>) {
    let (mut rows, mut problems, mut notes) = (Vec::new(), Vec::new(), Vec::new());
    let (mut totals, mut undated) = (0, 0);
    for row in &reader.sheet.rows {
        match reader.read(row) {
            Ok(Some(post)) => rows.push(post),
            Ok(None) => totals += 1,
            Err(None) => undated += 1,
            Err(Some(problem)) => problems.push(problem),
        }
    }
    if totals > 0 {
        notes.push(Message::new("note-posts-total-row"));
    }
    if undated > 0 {
        notes.push(msg!("note-posts-undated", count = undated));
    }
    (rows, problems, notes)
}

/// Where the posts go: the plan, posts on no campaign day of their partner, accounts no partner has.
struct Placed {
    plan: PostPlan,
    outside: u64,
    unknown: Vec<String>,
    needs_partner: bool,
    /// Posts whose account another partner than the chosen one has: they go to that partner.
    elsewhere: u64,
}

/// Gives each post its partner (the account it names, else `partner`) and that partner's campaign of its day
/// (the latest started), and compares it with the post logged before with the same link.
fn place(store: &Store, rows: Vec<PostRow>, partner: Option<i64>) -> Result<Placed> {
    // Whose posts: the account each row names, else the partner chosen.
    let partners = store.partners_with_accounts()?;
    let owner_of: HashMap<(Platform, String), i64> = partners
        .iter()
        .flat_map(|p| {
            p.accounts.iter().map(move |a| ((a.fields.platform, clean_handle(&a.fields.handle)), p.partner.id))
        })
        .collect();
    let mut unknown: Vec<String> = Vec::new();
    let needs_partner = partner.is_none() && rows.iter().any(|r| r.handle.is_none());
    // Posts of an account another partner has go to that partner, whoever was chosen.
    let mut elsewhere = 0;
    let mut owners = Vec::with_capacity(rows.len());
    for r in &rows {
        let found = r.handle.as_ref().and_then(|h| owner_of.get(&(r.platform, h.clone())).copied());
        if let (None, Some(h)) = (found, &r.handle) {
            let name = format!("{} @{h}", r.platform.label());
            if !unknown.contains(&name) {
                unknown.push(name);
            }
        }
        if let (Some(owner), Some(chosen)) = (found, partner)
            && owner != chosen
        {
            elsewhere += 1;
        }
        owners.push(found.or(partner));
    }
    // Which campaign: the partner's campaign whose days hold the post's day, the latest started.
    let mut campaigns: HashMap<i64, Vec<crate::model::ParticipationRow>> = HashMap::new();
    for id in owners.iter().flatten() {
        if !campaigns.contains_key(id) {
            campaigns.insert(*id, store.partner_detail(*id)?.campaigns);
        }
    }
    let logged: HashMap<String, crate::model::Post> = store
        .list_posts(&ListQuery::default())?
        .into_iter()
        .filter_map(|r| Some((r.post.fields.url.clone()?, r.post)))
        .collect();
    let mut plan = PostPlan::default();
    let mut outside = 0;
    for (r, owner) in rows.into_iter().zip(owners) {
        let Some(owner) = owner else { continue };
        let cp = campaigns[&owner].iter().filter(|c| c.start <= r.day && r.day <= c.end).max_by_key(|c| c.start);
        let Some(cp) = cp else {
            outside += 1;
            continue;
        };
        let before = r.input.url.as_ref().and_then(|u| logged.get(u));
        match before {
            Some(post) if same_numbers(&post.fields, &r.input) => plan.unchanged += 1,
            Some(post) => {
                let input = PostInput {
                    followers_at_post: post.fields.followers_at_post,
                    clicks: post.fields.clicks,
                    ..r.input
                };
                plan.posts.push(PlannedPost {
                    line: r.line,
                    campaign_partner_id: post.campaign_partner_id,
                    post_id: Some(post.id),
                    input,
                });
            }
            None => plan.posts.push(PlannedPost {
                line: r.line,
                campaign_partner_id: cp.campaign_partner_id,
                post_id: None,
                input: r.input,
            }),
        }
    }
    Ok(Placed { plan, outside, unknown, needs_partner, elsewhere })
}

/// Whether a logged post already has the file's numbers (reach, likes, comments, shares, saves).
fn same_numbers(a: &PostInput, b: &PostInput) -> bool {
    (a.reach, a.likes, a.comments, a.shares, a.saves) == (b.reach, b.likes, b.comments, b.shares, b.saves)
}

/// The format whose header this is, with each field's column.
fn recognise(sheet: &Sheet) -> Option<(&'static Format, HashMap<Field, usize>)> {
    let names: Vec<String> = sheet.header.iter().map(|h| h.trim().to_lowercase()).collect();
    FORMATS.iter().find_map(|format| {
        let columns: HashMap<Field, usize> = format
            .fields
            .iter()
            .filter_map(|(field, words)| names.iter().position(|n| words.contains(&n.as_str())).map(|i| (*field, i)))
            .collect();
        format.required.iter().all(|f| columns.contains_key(f)).then_some((format, columns))
    })
}

/// The day/month order of the publish times: what the file's dates say, else month first (Meta writes
/// MM/DD/YYYY in every language seen).
fn date_order_of(sheet: &Sheet, columns: &HashMap<Field, usize>) -> DateOrder {
    columns
        .get(&Field::Published)
        .and_then(|&i| sheet.rows.iter().find_map(|r| date_order::evidence(&r.cell(i).text())))
        .unwrap_or(DateOrder::Mdy)
}

struct Reader<'a> {
    format: &'static Format,
    columns: &'a HashMap<Field, usize>,
    sheet: &'a Sheet,
    tz: chrono_tz::Tz,
    today: NaiveDate,
    order: DateOrder,
}

impl Reader<'_> {
    fn text(&self, row: &SheetRow, field: Field) -> String {
        self.columns.get(&field).map(|&i| row.cell(i).text()).unwrap_or_default()
    }

    fn problem(&self, row: &SheetRow, field: Field, value: &str, reason: &str) -> Option<RowError> {
        let reason = Message::new(reason);
        Some(RowError {
            line: row.line,
            column: self.columns.get(&field).and_then(|&i| self.sheet.header.get(i).cloned()),
            value: (!value.is_empty()).then(|| value.to_string()),
            reason,
        })
    }

    /// The row's post; `Ok(None)` for a total row; `Err(None)` for a post without a publish time (left out
    /// and counted); `Err(Some(problem))` for a row with a problem.
    fn read(&self, row: &SheetRow) -> std::result::Result<Option<PostRow>, Option<RowError>> {
        let id = self.text(row, Field::Id);
        if id.eq_ignore_ascii_case("total") {
            return Ok(None);
        }
        let published = self.text(row, Field::Published);
        if published.is_empty() {
            return Err(None);
        }
        let at = self
            .published(row, &published)
            .ok_or_else(|| self.problem(row, Field::Published, &published, "row-not-a-date"))?;
        let link = self.text(row, Field::Link);
        let (platform, url) = match self.format.platform {
            Platform::Youtube if !id.is_empty() => {
                (Platform::Youtube, Some(format!("https://www.youtube.com/watch?v={id}")))
            }
            Platform::Youtube => return Err(self.problem(row, Field::Id, "", "row-no-video-id")),
            _ if link.is_empty() => return Err(self.problem(row, Field::Link, "", "row-no-post-link")),
            // Meta exports both Instagram and Facebook posts: the link tells which.
            p => (if link.contains("facebook.com") { Platform::Facebook } else { p }, Some(link.clone())),
        };
        let handle = match self.text(row, Field::Account) {
            a if !a.is_empty() => Some(clean_handle(&a)),
            _ if self.format.platform == Platform::Tiktok => profile_of_url(&link).map(|(_, h)| h),
            _ => None,
        };
        let number = |field: Field| -> std::result::Result<Option<i64>, Option<RowError>> {
            let text = self.text(row, field);
            if text.is_empty() {
                return Ok(None);
            }
            count(&text).map(Some).ok_or_else(|| self.problem(row, field, &text, "row-not-a-count"))
        };
        let input = PostInput {
            platform,
            url,
            posted_at: local_to_utc(at, self.tz),
            followers_at_post: None,
            reach: number(Field::Reach)?,
            likes: number(Field::Likes)?.unwrap_or(0),
            comments: number(Field::Comments)?.unwrap_or(0),
            shares: number(Field::Shares)?.unwrap_or(0),
            saves: number(Field::Saves)?.unwrap_or(0),
            clicks: 0,
        };
        if at.date() > self.today {
            return Err(self.problem(row, Field::Published, &published, "row-day-after-today"));
        }
        Ok(Some(PostRow { line: row.line, platform, handle, day: at.date(), input }))
    }

    /// A publish time as the exports write it: `03/02/2026 18:30` (Meta), `2026-03-02`, `Mar 3, 2026`
    /// (YouTube), `2 de marzo` or `March 2` without a year (TikTok: the latest such day not after today). A
    /// day without a time is taken at noon, shop time.
    fn published(&self, row: &SheetRow, text: &str) -> Option<NaiveDateTime> {
        let noon = NaiveTime::from_hms_opt(12, 0, 0)?;
        if let Some(Cell::Date(d)) = self.columns.get(&Field::Published).map(|&i| row.cell(i)) {
            return Some(d.and_time(noon));
        }
        let t = text.trim();
        let (date_part, time_part) = match t.split_once([' ', 'T']) {
            Some((d, rest)) if d.contains(['/', '-', '.']) => (d, Some(rest.trim())),
            _ => (t, None),
        };
        if let Some(day) = parse_day_ordered(date_part, self.order) {
            let time = time_part
                .and_then(|s| {
                    NaiveTime::parse_from_str(s, "%H:%M").or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S")).ok()
                })
                .unwrap_or(noon);
            return Some(day.and_time(time));
        }
        for f in ["%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y"] {
            if let Ok(d) = NaiveDate::parse_from_str(t, f) {
                return Some(d.and_time(noon));
            }
        }
        month_day(t, self.today).map(|d| d.and_time(noon))
    }
}

/// Month names of the shipped languages, lower case, each with its month number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("enero", 1),
    ("januar", 1),
    ("janvier", 1),
    ("janeiro", 1),
    ("gennaio", 1),
    ("february", 2),
    ("feb", 2),
    ("febrero", 2),
    ("februar", 2),
    ("février", 2),
    ("fevereiro", 2),
    ("febbraio", 2),
    ("march", 3),
    ("mar", 3),
    ("marzo", 3),
    ("märz", 3),
    ("mars", 3),
    ("março", 3),
    ("april", 4),
    ("apr", 4),
    ("abril", 4),
    ("avril", 4),
    ("aprile", 4),
    ("may", 5),
    ("mayo", 5),
    ("mai", 5),
    ("maio", 5),
    ("maggio", 5),
    ("june", 6),
    ("jun", 6),
    ("junio", 6),
    ("juni", 6),
    ("juin", 6),
    ("junho", 6),
    ("giugno", 6),
    ("july", 7),
    ("jul", 7),
    ("julio", 7),
    ("juli", 7),
    ("juillet", 7),
    ("julho", 7),
    ("luglio", 7),
    ("august", 8),
    ("aug", 8),
    ("agosto", 8),
    ("août", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septiembre", 9),
    ("septembre", 9),
    ("setembro", 9),
    ("settembre", 9),
    ("october", 10),
    ("oct", 10),
    ("octubre", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("outubro", 10),
    ("ottobre", 10),
    ("november", 11),
    ("nov", 11),
    ("noviembre", 11),
    ("novembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("diciembre", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("dezembro", 12),
    ("dicembre", 12),
];

/// A day written as a day and a month name without a year ("2 de marzo", "March 2", "2. März"): the latest
/// such day not after `today`.
fn month_day(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let lower = text.to_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| c.is_whitespace() || c == ',' || c == '.').filter(|w| !w.is_empty()).collect();
    let month = words.iter().find_map(|w| MONTHS.iter().find(|(m, _)| m == w).map(|&(_, n)| n))?;
    let day: u32 = words.iter().find_map(|w| w.parse().ok())?;
    let this_year = NaiveDate::from_ymd_opt(today.year(), month, day)?;
    if this_year <= today { Some(this_year) } else { NaiveDate::from_ymd_opt(today.year() - 1, month, day) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_without_a_year_is_the_latest_one_not_after_today() {
        let today = NaiveDate::from_ymd_opt(2026, 5, 1).expect("day");
        assert_eq!(month_day("2 de marzo", today), NaiveDate::from_ymd_opt(2026, 3, 2));
        assert_eq!(month_day("March 20", today), NaiveDate::from_ymd_opt(2026, 3, 20));
        assert_eq!(month_day("14 de diciembre", today), NaiveDate::from_ymd_opt(2025, 12, 14));
        assert_eq!(month_day("2. März", today), NaiveDate::from_ymd_opt(2026, 3, 2));
        assert_eq!(month_day("yesterday", today), None);
    }
}
