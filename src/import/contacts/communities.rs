//! Communities from a spreadsheet (run clubs, parents' groups, servers), with the partner spreadsheet's
//! reading of the file and its mapping: name, kind (a word, else the link's site), link, members, topic,
//! neighborhood, city, leader (a partner, by name), stage, notes.
//!
//! A row is a community that exists when its name (case and spaces aside) or its link is one's; a cell the
//! sheet fills replaces the stored field (an empty cell changes nothing; notes are added below), so importing
//! a file twice changes nothing. A leader no partner is named like is left empty and said so.

use super::columns::{self, followers as count};
use super::sheet::{Sheet, SheetRow};
use crate::i18n::Message;
use crate::import::preset::RowError;
use crate::model::{
    Community, CommunityInput, CommunityKind, CommunityPlan, ContactColumn, ContactMapping, PlannedCommunity, Stage,
};
use crate::msg;
use crate::validate::MAX_LINE;

/// The kind a cell names ("Facebook group", "Discord server", "Strava club", "in person"…).
pub fn kind_named(text: &str) -> Option<CommunityKind> {
    let t = text.trim().to_lowercase();
    if let Some(k) = CommunityKind::parse(&t.replace([' ', '-'], "_")) {
        return Some(k);
    }
    const WORDS: &[(&str, CommunityKind)] = &[
        ("facebook", CommunityKind::FacebookGroup),
        ("fb", CommunityKind::FacebookGroup),
        ("discord", CommunityKind::Discord),
        ("strava", CommunityKind::StravaClub),
        ("whatsapp", CommunityKind::Whatsapp),
        ("meetup", CommunityKind::Meetup),
        ("reddit", CommunityKind::Reddit),
        ("in person", CommunityKind::InPerson),
        ("in-person", CommunityKind::InPerson),
        ("irl", CommunityKind::InPerson),
        ("club", CommunityKind::InPerson),
        ("other", CommunityKind::Other),
    ];
    WORDS.iter().find(|(w, _)| t.contains(w)).map(|&(_, k)| k)
}

/// The kind a community's link shows (facebook.com/groups, discord.gg, strava.com/clubs, chat.whatsapp.com,
/// meetup.com, reddit.com).
fn kind_of_url(url: &str) -> Option<CommunityKind> {
    let u = url.to_lowercase();
    [
        ("facebook.com/groups", CommunityKind::FacebookGroup),
        ("discord.gg", CommunityKind::Discord),
        ("discord.com", CommunityKind::Discord),
        ("strava.com/clubs", CommunityKind::StravaClub),
        ("whatsapp.com", CommunityKind::Whatsapp),
        ("meetup.com", CommunityKind::Meetup),
        ("reddit.com", CommunityKind::Reddit),
    ]
    .iter()
    .find(|(site, _)| u.contains(site))
    .map(|&(_, k)| k)
}

fn norm(text: &str) -> String {
    crate::model::survey_norm(text)
}

/// What a row says of a community; `None` where it says nothing.
#[derive(Debug, Clone, Default)]
struct Draft {
    line: u64,
    name: String,
    kind: Option<CommunityKind>,
    url: Option<String>,
    size: Option<i64>,
    topic: Option<String>,
    neighborhood: Option<String>,
    city: Option<String>,
    leader: Option<String>,
    stage: Option<Stage>,
    notes: Vec<String>,
}

/// Reads `sheet` by `mapping` into the communities to create or change, against `existing` communities and
/// the partners a leader may be (id, name).
pub fn plan(
    sheet: &Sheet,
    mapping: &ContactMapping,
    existing: &[Community],
    partners: &[(i64, String)],
) -> (CommunityPlan, Vec<RowError>, Vec<Message>) {
    let columns: Vec<Option<ContactColumn>> =
        (0..sheet.header.len()).map(|i| mapping.columns.get(i).copied().flatten()).collect();
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();
    for row in &sheet.rows {
        match read(sheet, &columns, row) {
            Err(p) => problems.push(p),
            Ok(d) => match drafts.iter_mut().find(|x| norm(&x.name) == norm(&d.name)) {
                Some(x) => {
                    x.kind = x.kind.or(d.kind);
                    x.url = x.url.take().or(d.url);
                    x.size = d.size.or(x.size);
                    x.topic = x.topic.take().or(d.topic);
                    x.neighborhood = x.neighborhood.take().or(d.neighborhood);
                    x.city = x.city.take().or(d.city);
                    x.leader = x.leader.take().or(d.leader);
                    x.stage = x.stage.or(d.stage);
                    x.notes.extend(d.notes);
                }
                None => drafts.push(d),
            },
        }
    }
    let mut out = CommunityPlan::default();
    for d in drafts {
        let leader_partner_id = match &d.leader {
            None => None,
            Some(name) => {
                let found: Vec<i64> =
                    partners.iter().filter(|(_, n)| norm(n) == norm(name)).map(|(id, _)| *id).collect();
                if let [one] = found.as_slice() {
                    Some(*one)
                } else {
                    notes.push(msg!("note-leader-unknown", community = d.name.as_str(), name = name.as_str()));
                    None
                }
            }
        };
        let found = existing.iter().find(|c| {
            norm(&c.fields.name) == norm(&d.name) || (d.url.is_some() && c.fields.url.as_deref() == d.url.as_deref())
        });
        match found {
            None => out.communities.push(PlannedCommunity {
                line: d.line,
                community_id: None,
                name: d.name.clone(),
                what: Vec::new(),
                input: CommunityInput {
                    name: d.name,
                    kind: d.kind.or_else(|| d.url.as_deref().and_then(kind_of_url)).unwrap_or(CommunityKind::Other),
                    url: d.url,
                    size: d.size,
                    topic: d.topic,
                    neighborhood: d.neighborhood,
                    city: d.city,
                    leader_partner_id,
                    stage: d.stage.unwrap_or(Stage::Prospect),
                    notes: d.notes.join("\n"),
                },
            }),
            Some(c) => match change(c, d, leader_partner_id) {
                Some(planned) => out.communities.push(planned),
                None => out.unchanged += 1,
            },
        }
    }
    problems.sort_by_key(|p| p.line);
    (out, problems, notes)
}

/// What a row changes of the community `c` that exists; `None` when nothing.
fn change(c: &Community, d: Draft, leader_partner_id: Option<i64>) -> Option<PlannedCommunity> {
    let mut after = c.fields.clone();
    let mut what = Vec::new();
    let mut set = |label: &str, field: &mut Option<String>, value: Option<String>| {
        if let Some(v) = value
            && field.as_deref() != Some(v.as_str())
        {
            what.push(msg!("change-field-set", field = label, value = v.as_str()));
            *field = Some(v);
        }
    };
    set("link", &mut after.url, d.url);
    set("topic", &mut after.topic, d.topic);
    set("neighborhood", &mut after.neighborhood, d.neighborhood);
    set("city", &mut after.city, d.city);
    if let Some(k) = d.kind
        && k != after.kind
    {
        what.push(
            Message::new("change-kind")
                .arg_message("kind", &format!("label-community-kind-{}", k.as_str().replace('_', "-"))),
        );
        after.kind = k;
    }
    if let Some(n) = d.size
        && Some(n) != after.size
    {
        what.push(msg!("change-members", members = n));
        after.size = Some(n);
    }
    if let Some(s) = d.stage
        && s != after.stage
    {
        what.push(Message::new("change-stage-set").arg_message("stage", &format!("label-stage-{}", s.as_str())));
        after.stage = s;
    }
    if leader_partner_id.is_some() && leader_partner_id != after.leader_partner_id {
        what.push(Message::new("change-leader"));
        after.leader_partner_id = leader_partner_id;
    }
    for note in d.notes {
        if !after.notes.contains(note.as_str()) {
            after.notes = if after.notes.trim().is_empty() { note } else { format!("{}\n{note}", after.notes) };
            what.push(Message::new("change-notes"));
        }
    }
    (!what.is_empty()).then(|| PlannedCommunity {
        line: d.line,
        community_id: Some(c.id),
        name: c.fields.name.clone(),
        input: after,
        what,
    })
}

fn read(sheet: &Sheet, columns: &[Option<ContactColumn>], row: &SheetRow) -> Result<Draft, RowError> {
    let problem = |i: usize, value: &str, reason: Message| RowError {
        line: row.line,
        column: sheet.header.get(i).cloned(),
        value: (!value.is_empty()).then(|| value.to_string()),
        reason,
    };
    let mut d = Draft { line: row.line, ..Draft::default() };
    let mut niches = None;
    for (i, column) in columns.iter().enumerate() {
        let Some(column) = column else { continue };
        let cell = row.cell(i);
        if cell.is_empty() {
            continue;
        }
        let text = cell.text();
        if text.chars().count() > MAX_LINE && *column != ContactColumn::Notes {
            return Err(problem(i, "", msg!("row-too-long", max = crate::validate::MAX_LINE)));
        }
        match column {
            ContactColumn::Name => d.name = text,
            ContactColumn::Kind => {
                d.kind = Some(
                    kind_named(&text).ok_or_else(|| problem(i, &text, Message::new("row-unknown-community-kind")))?,
                )
            }
            ContactColumn::Url { .. } | ContactColumn::Handle { .. } => {
                let link = if text.contains("://") { text.clone() } else { format!("https://{text}") };
                if !matches!(url::Url::parse(&link), Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some())
                {
                    return Err(problem(i, &text, Message::new("row-not-a-link")));
                }
                d.url = Some(link);
            }
            ContactColumn::Members | ContactColumn::Followers { .. } => {
                let n = match cell {
                    super::sheet::Cell::Number(n) if *n >= 0.0 && n.fract() == 0.0 => *n as i64,
                    _ => count(&text).ok_or_else(|| problem(i, &text, Message::new("row-not-members")))?,
                };
                d.size = Some(n);
            }
            ContactColumn::Topic => d.topic = Some(text),
            ContactColumn::Niches => niches = Some(columns::niches(&text).join(", ")),
            ContactColumn::Neighborhood => d.neighborhood = Some(text),
            ContactColumn::City => d.city = Some(text),
            ContactColumn::Leader => d.leader = Some(text),
            ContactColumn::Stage => {
                d.stage = Some(
                    columns::stage_named(&text).ok_or_else(|| problem(i, &text, Message::new("row-unknown-stage")))?,
                );
            }
            ContactColumn::Notes => d.notes.push(text),
            _ => {}
        }
    }
    d.topic = d.topic.or(niches.filter(|n| !n.is_empty()));
    if d.name.trim().is_empty() {
        let i = columns.iter().position(|c| *c == Some(ContactColumn::Name)).unwrap_or(0);
        return Err(problem(i, "", Message::new("row-no-community-name")));
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_words_and_links() {
        assert_eq!(kind_named("Facebook group"), Some(CommunityKind::FacebookGroup));
        assert_eq!(kind_named("Discord server"), Some(CommunityKind::Discord));
        assert_eq!(kind_named("Run club (in person)"), Some(CommunityKind::InPerson));
        assert_eq!(kind_named("newsletter"), None);
        assert_eq!(kind_of_url("https://www.strava.com/clubs/alberta-runners"), Some(CommunityKind::StravaClub));
        assert_eq!(kind_of_url("https://discord.gg/abc"), Some(CommunityKind::Discord));
    }
}
