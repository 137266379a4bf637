//! From a sheet's rows to what an import changes: each row read by the mapping (a row with a problem is
//! left out whole, with its line, column and reason), rows of one person merged, each person matched to a
//! partner who exists, and the differences made into a [`ContactPlan`].
//!
//! Rules, in the owner's terms (also in the README):
//! - One person, several rows (a sheet with one row per account): rows with the same email, else the same
//!   name (case and spaces aside), else sharing an account, are one partner.
//! - A person is a partner who exists when one of their accounts is that partner's (platform and handle),
//!   else when the email is theirs, else when the name is (and only one partner has it).
//! - A partner who exists keeps their name; a field the sheet fills replaces the stored one (an empty cell
//!   changes nothing); niches are added; notes are added below the stored notes unless already there.
//! - A follower count becomes a reading dated by the sheet's "as of" column or the import's day; a reading
//!   with the numbers the account had that day adds nothing, so importing a file twice changes nothing.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::columns::{self, clean_handle, profile_of_url};
use super::sheet::{Cell, Sheet, SheetRow};
use crate::i18n::Message;
use crate::import::date_order;
use crate::import::datetime::parse_day_ordered;
use crate::import::preset::RowError;
use crate::model::mapping::DateOrder;
use crate::model::{
    ContactColumn, ContactMapping, ContactPlan, NewPartner, PartnerAccounts, PartnerChange, PartnerInput,
    PlannedAccount, Platform, ReadingChange, SocialAccount, SocialAccountInput, Stage,
};
use crate::msg;
use crate::validate::MAX_LINE;

/// What a row says of one social account.
#[derive(Debug, Clone, PartialEq)]
struct AccountDraft {
    platform: Platform,
    handle: String,
    url: Option<String>,
    followers: Option<i64>,
    engagement_pct: Option<f64>,
    as_of: Option<NaiveDate>,
}

/// What the rows of one person say; `None` where no row said anything.
#[derive(Debug, Clone, Default, PartialEq)]
struct PersonDraft {
    line: u64,
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    neighborhood: Option<String>,
    city: Option<String>,
    niches: Vec<String>,
    stage: Option<Stage>,
    notes: Vec<String>,
    accounts: Vec<AccountDraft>,
}

impl PersonDraft {
    /// The name to show and create with: the sheet's, else the first handle.
    fn display_name(&self) -> String {
        self.name.clone().or_else(|| self.accounts.first().map(|a| a.handle.clone())).unwrap_or_default()
    }

    fn merge(&mut self, other: PersonDraft) {
        let fill = |a: &mut Option<String>, b: Option<String>| {
            if a.is_none() {
                *a = b;
            }
        };
        fill(&mut self.name, other.name);
        fill(&mut self.email, other.email);
        fill(&mut self.phone, other.phone);
        fill(&mut self.neighborhood, other.neighborhood);
        fill(&mut self.city, other.city);
        self.stage = self.stage.or(other.stage);
        for n in other.niches {
            if !self.niches.contains(&n) {
                self.niches.push(n);
            }
        }
        for n in other.notes {
            if !self.notes.contains(&n) {
                self.notes.push(n);
            }
        }
        for a in other.accounts {
            match self.accounts.iter_mut().find(|b| b.platform == a.platform && b.handle == a.handle) {
                Some(b) => {
                    b.url = b.url.take().or(a.url);
                    if a.followers.is_some() {
                        b.followers = a.followers;
                        b.engagement_pct = a.engagement_pct.or(b.engagement_pct);
                        b.as_of = a.as_of.or(b.as_of);
                    }
                }
                None => self.accounts.push(a),
            }
        }
    }
}

/// How the sheet's cells are read where the cells alone cannot tell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    /// The day the import runs, for readings without an "as of" column (shop-local).
    pub today: NaiveDate,
    /// Day/month order for text dates that cannot tell (the shop's locale's).
    pub date_order: DateOrder,
}

/// The plan, the rows left out and what was assumed, and a line per person for the preview.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Planned {
    pub plan: ContactPlan,
    pub problems: Vec<RowError>,
    pub notes: Vec<Message>,
    pub rows_read: u64,
}

/// Why a mapping cannot make partners.
pub const NAMES_NO_ONE: &str = "choose the column with the partner's name, or with a handle or profile link";

/// Whether `mapping` has a column that says who a row is: a name, first or last name, handle or profile link.
pub fn names_someone(mapping: &ContactMapping) -> bool {
    mapping.columns.iter().flatten().any(|c| {
        matches!(
            c,
            ContactColumn::Name
                | ContactColumn::FirstName
                | ContactColumn::LastName
                | ContactColumn::Handle { .. }
                | ContactColumn::Url { .. }
        )
    })
}

/// Reads `sheet` by `mapping` and compares it with `existing` partners.
///
/// # Errors
/// A message for the owner when the mapping cannot make partners: no column is a name, first or last name,
/// handle or profile link.
pub fn plan(
    sheet: &Sheet,
    mapping: &ContactMapping,
    existing: &[PartnerAccounts],
    how: Reading,
) -> Result<Planned, String> {
    let columns: Vec<Option<ContactColumn>> =
        (0..sheet.header.len()).map(|i| mapping.columns.get(i).copied().flatten()).collect();
    if !names_someone(mapping) {
        return Err(NAMES_NO_ONE.into());
    }
    let mut out = Planned { rows_read: sheet.rows.len() as u64, ..Planned::default() };
    let reader = RowReader::new(sheet, &columns, how, &mut out.notes);
    let mut people: Vec<PersonDraft> = Vec::new();
    for row in &sheet.rows {
        match reader.read(row) {
            Ok(person) => {
                if let Err(problem) = place(&mut people, person, row.line, &reader) {
                    out.problems.push(problem);
                }
            }
            Err(problem) => out.problems.push(problem),
        }
    }
    let index = Index::of(existing);
    for person in people {
        match index.find(&person) {
            Err(reason) => out.problems.push(RowError {
                line: person.line,
                column: None,
                value: Some(person.display_name()),
                reason,
            }),
            Ok(None) => out.plan.new.push(new_partner(person, how.today)),
            Ok(Some(p)) => match change(p, person, how.today) {
                Some(ch) => out.plan.changed.push(ch),
                None => out.plan.unchanged += 1,
            },
        }
    }
    out.problems.sort_by_key(|p| p.line);
    Ok(out)
}

/// Puts a row's person with the person they are (same email, name or account), or as a new one.
fn place(
    people: &mut Vec<PersonDraft>,
    person: PersonDraft,
    line: u64,
    reader: &RowReader<'_>,
) -> Result<(), RowError> {
    let by_account = people.iter().position(|p| {
        p.accounts.iter().any(|a| person.accounts.iter().any(|b| a.platform == b.platform && a.handle == b.handle))
    });
    let by_key = people.iter().position(|p| match (&p.email, &person.email) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => p.name.as_ref().zip(person.name.as_ref()).is_some_and(|(a, b)| same_name(a, b)),
    });
    // A row that says who it is (name or email) and names someone else's account is not that person.
    let conflict = by_account
        .filter(|&a| by_key != Some(a) && (person.name.is_some() || person.email.is_some()))
        .filter(|&a| people[a].name.is_some() || people[a].email.is_some());
    match (conflict, by_key) {
        (Some(a), _) => {
            let shared = people[a]
                .accounts
                .iter()
                .find(|x| person.accounts.iter().any(|b| x.platform == b.platform && x.handle == b.handle));
            Err(RowError {
                line,
                column: reader.handle_header(),
                value: shared.map(|s| format!("@{}", s.handle)),
                reason: msg!("row-account-of-another", name = people[a].display_name(), line = people[a].line),
            })
        }
        (None, Some(i)) => {
            people[i].merge(person);
            Ok(())
        }
        (None, None) => {
            match by_account {
                Some(i) => people[i].merge(person),
                None => people.push(person),
            }
            Ok(())
        }
    }
}

fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    norm(a) == norm(b)
}

/// Reads rows by the mapping, with the column-wide decisions made once (engagement as percent or fraction,
/// the order of text dates).
struct RowReader<'a> {
    sheet: &'a Sheet,
    columns: &'a [Option<ContactColumn>],
    /// Per column: engagement values are fractions (0.034 for 3.4 %).
    fractions: Vec<bool>,
    date_order: DateOrder,
    today: NaiveDate,
}

impl<'a> RowReader<'a> {
    fn new(sheet: &'a Sheet, columns: &'a [Option<ContactColumn>], how: Reading, notes: &mut Vec<Message>) -> Self {
        let mut fractions = vec![false; columns.len()];
        let mut date_order = how.date_order;
        for (i, column) in columns.iter().enumerate() {
            match column {
                Some(ContactColumn::Engagement { .. }) => {
                    let values: Vec<(f64, bool)> =
                        sheet.rows.iter().filter_map(|r| columns::engagement_number(&r.cell(i).text())).collect();
                    fractions[i] = !values.is_empty() && values.iter().all(|&(n, pct)| !pct && n <= 1.0);
                    if fractions[i] {
                        notes.push(msg!("note-engagement-fractions", column = &sheet.header[i]));
                    }
                }
                Some(ContactColumn::AsOf) => {
                    let evidence = sheet.rows.iter().find_map(|r| match r.cell(i) {
                        Cell::Text(t) => date_order::evidence(t),
                        _ => None,
                    });
                    if let Some(order) = evidence {
                        date_order = order;
                    }
                }
                _ => {}
            }
        }
        RowReader { sheet, columns, fractions, date_order, today: how.today }
    }

    fn header(&self, i: usize) -> Option<String> {
        self.sheet.header.get(i).cloned()
    }

    fn handle_header(&self) -> Option<String> {
        self.columns
            .iter()
            .position(|c| matches!(c, Some(ContactColumn::Handle { .. } | ContactColumn::Url { .. })))
            .and_then(|i| self.header(i))
    }

    #[expect(clippy::too_many_lines, reason = "one arm per kind of column, read in one pass over the row")]
    fn read(&self, row: &SheetRow) -> Result<PersonDraft, RowError> {
        let problem = |i: usize, value: &str, reason: Message| RowError {
            line: row.line,
            column: self.header(i),
            value: (!value.is_empty()).then(|| value.to_string()),
            reason,
        };
        let mut person = PersonDraft { line: row.line, ..PersonDraft::default() };
        let (mut first, mut last) = (None, None);
        let mut row_platform = None;
        let mut as_of = None;
        // Accounts by the platform their columns name (`None`: the row's own platform column or link).
        let mut accounts: Vec<(Option<Platform>, AccountDraft, usize)> = Vec::new();
        let mut account = |platform: Option<Platform>, column: usize| -> usize {
            if let Some(i) = accounts.iter().position(|(p, ..)| *p == platform) {
                return i;
            }
            let draft = AccountDraft {
                platform: platform.unwrap_or(Platform::Other),
                handle: String::new(),
                url: None,
                followers: None,
                engagement_pct: None,
                as_of: None,
            };
            accounts.push((platform, draft, column));
            accounts.len() - 1
        };
        let mut handles: Vec<(usize, usize, String)> = Vec::new();
        let mut urls: Vec<(usize, usize, String)> = Vec::new();
        let mut numbers: Vec<(usize, usize, i64)> = Vec::new();
        let mut engagements: Vec<(usize, usize, f64)> = Vec::new();
        for (i, column) in self.columns.iter().enumerate() {
            let Some(column) = column else { continue };
            let cell = row.cell(i);
            if cell.is_empty() {
                continue;
            }
            let text = cell.text();
            let line = |field: &mut Option<String>| -> Result<(), RowError> {
                if text.chars().count() > MAX_LINE {
                    return Err(problem(i, "", msg!("row-too-long", max = MAX_LINE)));
                }
                *field = Some(text.clone());
                Ok(())
            };
            match *column {
                ContactColumn::Name => line(&mut person.name)?,
                ContactColumn::FirstName => line(&mut first)?,
                ContactColumn::LastName => line(&mut last)?,
                ContactColumn::Email => {
                    if !email_address::EmailAddress::is_valid(&text) {
                        return Err(problem(i, &text, Message::new("row-not-an-email")));
                    }
                    person.email = Some(text.to_lowercase());
                }
                ContactColumn::Phone => line(&mut person.phone)?,
                ContactColumn::Neighborhood => line(&mut person.neighborhood)?,
                ContactColumn::City => line(&mut person.city)?,
                ContactColumn::Niches => person.niches = columns::niches(&text),
                ContactColumn::Stage => {
                    person.stage = Some(
                        columns::stage_named(&text)
                            .ok_or_else(|| problem(i, &text, Message::new("row-unknown-stage")))?,
                    );
                }
                ContactColumn::Notes => person.notes.push(text.clone()),
                ContactColumn::Platform => {
                    row_platform = Some(
                        columns::platform_named(&text)
                            .ok_or_else(|| problem(i, &text, Message::new("row-unknown-platform")))?,
                    );
                }
                ContactColumn::Handle { platform } => {
                    let a = account(platform, i);
                    handles.push((a, i, text.clone()));
                }
                ContactColumn::Url { platform } => {
                    let a = account(platform, i);
                    urls.push((a, i, text.clone()));
                }
                ContactColumn::Followers { platform } => {
                    let n = match cell {
                        Cell::Number(n) if *n >= 0.0 && n.fract() == 0.0 => *n as i64,
                        _ => columns::followers(&text)
                            .ok_or_else(|| problem(i, &text, Message::new("row-not-followers")))?,
                    };
                    let a = account(platform, i);
                    numbers.push((a, i, n));
                }
                ContactColumn::Engagement { platform } => {
                    let (n, _) = match cell {
                        Cell::Number(n) => (*n, false),
                        _ => columns::engagement_number(&text)
                            .ok_or_else(|| problem(i, &text, Message::new("row-not-engagement")))?,
                    };
                    let pct = if self.fractions[i] { n * 100.0 } else { n };
                    if !(0.0..=100.0).contains(&pct) {
                        return Err(problem(i, &text, Message::new("row-engagement-range")));
                    }
                    let a = account(platform, i);
                    engagements.push((a, i, (pct * 100.0).round() / 100.0));
                }
                ContactColumn::AsOf => {
                    as_of = Some(self.day(cell).ok_or_else(|| problem(i, &text, Message::new("row-not-a-date")))?);
                }
                // A community's columns, in a sheet of partners: nothing of a partner.
                ContactColumn::Kind | ContactColumn::Topic | ContactColumn::Members | ContactColumn::Leader => {}
            }
        }
        if person.name.is_none() && (first.is_some() || last.is_some()) {
            person.name = Some([first, last].into_iter().flatten().collect::<Vec<_>>().join(" "));
        }
        if person.name.is_none() && handles.is_empty() && urls.iter().all(|(_, _, u)| profile_of_url(u).is_none()) {
            let name_column = self.columns.iter().position(|c| {
                matches!(c, Some(ContactColumn::Name | ContactColumn::FirstName | ContactColumn::LastName))
            });
            return Err(RowError {
                line: row.line,
                column: name_column.and_then(|i| self.header(i)),
                value: None,
                reason: Message::new("row-no-name-no-handle"),
            });
        }
        for (a, i, text) in urls {
            let named = accounts[a].0;
            let draft = &mut accounts[a].1;
            let link = if text.contains("://") { text.clone() } else { format!("https://{text}") };
            if !matches!(url::Url::parse(&link), Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some())
            {
                return Err(problem(i, &text, Message::new("row-not-a-link")));
            }
            if let Some((platform, handle)) = profile_of_url(&link)
                && (named.is_none() || named == Some(platform))
            {
                draft.platform = platform;
                if draft.handle.is_empty() {
                    draft.handle = handle;
                }
            }
            draft.url = Some(link);
        }
        for (a, i, text) in handles {
            let named = accounts[a].0;
            let draft = &mut accounts[a].1;
            match profile_of_url(&text) {
                Some((platform, handle)) => {
                    if named.is_none() {
                        draft.platform = platform;
                    }
                    draft.url.get_or_insert_with(|| {
                        if text.contains("://") { text.clone() } else { format!("https://{text}") }
                    });
                    draft.handle = handle;
                }
                None => {
                    let handle = clean_handle(&text);
                    if handle.is_empty() || handle.chars().any(char::is_whitespace) || handle.chars().count() > MAX_LINE
                    {
                        return Err(problem(i, &text, Message::new("row-not-a-handle")));
                    }
                    draft.handle = handle;
                }
            }
        }
        for (a, _, n) in numbers {
            accounts[a].1.followers = Some(n);
        }
        for (a, _, e) in engagements {
            accounts[a].1.engagement_pct = Some(e);
        }
        for (platform, mut draft, column) in accounts {
            // A "Platform" column names the platform of the accounts whose columns do not.
            if platform.is_none()
                && let Some(p) = row_platform
            {
                draft.platform = p;
            }
            if draft.handle.is_empty() {
                if draft.followers.is_some() || draft.engagement_pct.is_some() || draft.url.is_some() {
                    return Err(problem(column, &row.cell(column).text(), Message::new("row-account-without-handle")));
                }
                continue;
            }
            draft.as_of = as_of;
            person.accounts.push(draft);
        }
        if person.name.is_none() && person.accounts.is_empty() {
            return Err(RowError {
                line: row.line,
                column: None,
                value: None,
                reason: Message::new("row-no-name-no-account"),
            });
        }
        if let Some(day) = as_of
            && day > self.today
        {
            let i = self.columns.iter().position(|c| *c == Some(ContactColumn::AsOf)).unwrap_or(0);
            return Err(problem(i, &day.to_string(), Message::new("row-day-after-today")));
        }
        Ok(person)
    }

    fn day(&self, cell: &Cell) -> Option<NaiveDate> {
        match cell {
            Cell::Date(d) => Some(*d),
            // A date cell without its format: Excel's serial day (1 is 1900-01-01; 60 is its phantom leap day).
            Cell::Number(n) if (20_000.0..80_000.0).contains(n) => {
                NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(n.trunc() as u64))
            }
            Cell::Text(t) => {
                let t = t.trim();
                let day = t.split(['T', ' ']).next().unwrap_or(t);
                parse_day_ordered(day, self.date_order)
            }
            _ => None,
        }
    }
}

/// Partners who exist, looked up by account, email and name.
struct Index<'a> {
    partners: &'a [PartnerAccounts],
    by_account: HashMap<(Platform, String), usize>,
    by_email: HashMap<String, usize>,
    /// `None` when two partners share the name.
    by_name: HashMap<String, Option<usize>>,
}

impl<'a> Index<'a> {
    fn of(partners: &'a [PartnerAccounts]) -> Self {
        let mut index =
            Index { partners, by_account: HashMap::new(), by_email: HashMap::new(), by_name: HashMap::new() };
        for (i, p) in partners.iter().enumerate() {
            for a in &p.accounts {
                index.by_account.insert((a.fields.platform, clean_handle(&a.fields.handle)), i);
            }
            if let Some(e) = &p.partner.fields.email {
                index.by_email.insert(e.to_lowercase(), i);
            }
            let name = p.partner.fields.name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
            index.by_name.entry(name).and_modify(|v| *v = None).or_insert(Some(i));
        }
        index
    }

    /// The partner this person is, `None` for a new one.
    fn find(&self, person: &PersonDraft) -> Result<Option<&'a PartnerAccounts>, Message> {
        let mut owners: Vec<usize> = person
            .accounts
            .iter()
            .filter_map(|a| self.by_account.get(&(a.platform, a.handle.clone())).copied())
            .collect();
        owners.dedup();
        if let [first, rest @ ..] = owners.as_slice()
            && let Some(other) = rest.iter().find(|o| *o != first)
        {
            return Err(msg!(
                "row-accounts-of-two-partners",
                first = &self.partners[*first].partner.fields.name,
                second = &self.partners[*other].partner.fields.name
            ));
        }
        let found = owners
            .first()
            .copied()
            .or_else(|| person.email.as_ref().and_then(|e| self.by_email.get(e).copied()))
            .or_else(|| {
                let name = person.name.as_ref()?.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
                self.by_name.get(&name).copied().flatten()
            });
        Ok(found.map(|i| &self.partners[i]))
    }
}

fn new_partner(person: PersonDraft, today: NaiveDate) -> NewPartner {
    let input = PartnerInput {
        name: person.display_name(),
        email: person.email.clone(),
        phone: person.phone.clone(),
        neighborhood: person.neighborhood.clone(),
        city: person.city.clone(),
        niches: person.niches.clone(),
        notes: person.notes.join("\n"),
        stage: person.stage.unwrap_or(Stage::Prospect),
        ..PartnerInput::default()
    };
    let accounts = person.accounts.iter().map(|a| planned_account(a, today)).collect();
    NewPartner { line: person.line, input, accounts }
}

fn planned_account(a: &AccountDraft, today: NaiveDate) -> PlannedAccount {
    PlannedAccount {
        input: SocialAccountInput {
            platform: a.platform,
            handle: a.handle.clone(),
            url: a.url.clone(),
            followers: a.followers.unwrap_or(0),
            engagement_pct: a.engagement_pct,
            as_of: a.as_of.unwrap_or(today),
        },
        followers_known: a.followers.is_some(),
    }
}

/// What importing `person` changes about the partner `p`; `None` when nothing.
fn change(p: &PartnerAccounts, person: PersonDraft, today: NaiveDate) -> Option<PartnerChange> {
    let stored = &p.partner.fields;
    let mut after = stored.clone();
    let mut what = Vec::new();
    let mut set = |label: &str, field: &mut Option<String>, value: &Option<String>| {
        if let Some(v) = value
            && field.as_deref() != Some(v.as_str())
        {
            what.push(match field {
                Some(old) => msg!("change-field-replaced", field = label, old = old.as_str(), new = v.as_str()),
                None => msg!("change-field-set", field = label, value = v.as_str()),
            });
            *field = Some(v.clone());
        }
    };
    set("email", &mut after.email, &person.email);
    set("phone", &mut after.phone, &person.phone);
    set("neighborhood", &mut after.neighborhood, &person.neighborhood);
    set("city", &mut after.city, &person.city);
    for n in &person.niches {
        if !after.niches.iter().any(|m| m.eq_ignore_ascii_case(n)) {
            after.niches.push(n.clone());
            what.push(msg!("change-niche", niche = n.as_str()));
        }
    }
    if let Some(stage) = person.stage
        && stage != after.stage
    {
        what.push(
            Message::new("change-stage")
                .arg_message("from", &format!("label-stage-{}", after.stage.as_str()))
                .arg_message("to", &format!("label-stage-{}", stage.as_str())),
        );
        after.stage = stage;
    }
    for note in &person.notes {
        if !after.notes.contains(note.as_str()) {
            after.notes = if after.notes.trim().is_empty() { note.clone() } else { format!("{}\n{note}", after.notes) };
            what.push(Message::new("change-notes"));
        }
    }
    let fields_changed = after != *stored;
    let mut new_accounts = Vec::new();
    let mut readings = Vec::new();
    let mut urls = Vec::new();
    for a in &person.accounts {
        let label = a.platform.label();
        match p.accounts.iter().find(|s| s.fields.platform == a.platform && clean_handle(&s.fields.handle) == a.handle)
        {
            None => {
                what.push(msg!("change-account", platform = label, handle = a.handle.as_str()));
                new_accounts.push(planned_account(a, today));
            }
            Some(s) => {
                if let (Some(url), None) = (&a.url, &s.fields.url) {
                    urls.push((s.id, url.clone()));
                    what.push(msg!("change-link", platform = label));
                }
                if let Some(r) = reading(s, a, today) {
                    what.push(msg!("change-followers", platform = label, followers = r.followers, day = r.as_of));
                    readings.push(r);
                }
            }
        }
    }
    if !fields_changed && new_accounts.is_empty() && readings.is_empty() && urls.is_empty() {
        return None;
    }
    Some(PartnerChange {
        line: person.line,
        partner_id: p.partner.id,
        name: stored.name.clone(),
        input: fields_changed.then_some(after),
        new_accounts,
        readings,
        urls,
        what,
    })
}

/// The reading an account's row adds: none without a follower count or engagement, none when the account
/// had those numbers that day (its reading that day, or the last one before).
fn reading(account: &SocialAccount, a: &AccountDraft, today: NaiveDate) -> Option<ReadingChange> {
    let day = a.as_of.unwrap_or(today);
    let before = account.history.iter().filter(|h| h.as_of <= day).max_by_key(|h| h.as_of);
    let followers = a.followers.or(before.map(|b| b.followers))?;
    let engagement_pct = a.engagement_pct.or(before.and_then(|b| b.engagement_pct));
    if a.followers.is_none() && a.engagement_pct.is_none() {
        return None;
    }
    let same = before.is_some_and(|b| {
        b.followers == followers
            && match (b.engagement_pct, engagement_pct) {
                (Some(x), Some(y)) => (x - y).abs() < 0.005,
                (None, None) => true,
                _ => false,
            }
    });
    (!same).then_some(ReadingChange { account_id: account.id, as_of: day, followers, engagement_pct })
}
