//! What a partner spreadsheet's columns hold, suggested from their names, and how their cells are read:
//! handles and profile links, follower counts, engagement rates, the owner's words for a stage.

use crate::model::{ContactColumn, ContactMapping, Platform, Stage};

/// Header words naming a platform (matched as whole words of the lower-cased header).
const PLATFORM_WORDS: &[(&str, Platform)] = &[
    ("instagram", Platform::Instagram),
    ("insta", Platform::Instagram),
    ("ig", Platform::Instagram),
    ("tiktok", Platform::Tiktok),
    ("tik tok", Platform::Tiktok),
    ("tt", Platform::Tiktok),
    ("youtube", Platform::Youtube),
    ("yt", Platform::Youtube),
    ("facebook", Platform::Facebook),
    ("fb", Platform::Facebook),
    ("twitter", Platform::X),
    ("x", Platform::X),
    ("strava", Platform::Strava),
    ("discord", Platform::Discord),
];

/// Header words for each field, English first, then the shipped languages' (German, French, Spanish,
/// Portuguese, Italian) where owners write them. Matched against the whole lower-cased header, then as words.
const FIELD_WORDS: &[(&[&str], ContactColumn)] = &[
    (
        &["first name", "firstname", "given name", "vorname", "prénom", "prenom", "nombre de pila", "nome proprio"],
        ContactColumn::FirstName,
    ),
    (
        &[
            "last name",
            "lastname",
            "surname",
            "family name",
            "nachname",
            "nom de famille",
            "apellido",
            "apellidos",
            "sobrenome",
            "cognome",
        ],
        ContactColumn::LastName,
    ),
    (
        &[
            "name",
            "full name",
            "creator",
            "creator name",
            "influencer",
            "influencer name",
            "partner",
            "partner name",
            "contact",
            "contact name",
            "affiliate",
            "affiliate name",
            "talent",
            "group",
            "group name",
            "community",
            "community name",
            "club name",
            "nom",
            "nombre",
            "nome",
        ],
        ContactColumn::Name,
    ),
    (&["email", "e-mail", "email address", "mail", "courriel", "correo", "correo electrónico"], ContactColumn::Email),
    (
        &[
            "phone",
            "phone number",
            "mobile",
            "cell",
            "tel",
            "telephone",
            "whatsapp",
            "telefon",
            "téléphone",
            "teléfono",
            "telefone",
            "telefono",
            "handy",
        ],
        ContactColumn::Phone,
    ),
    (
        &[
            "neighborhood",
            "neighbourhood",
            "area",
            "district",
            "quarter",
            "stadtteil",
            "viertel",
            "quartier",
            "barrio",
            "bairro",
            "quartiere",
        ],
        ContactColumn::Neighborhood,
    ),
    (&["city", "town", "location", "stadt", "ort", "ville", "ciudad", "cidade", "città", "citta"], ContactColumn::City),
    (
        &[
            "niche",
            "niches",
            "category",
            "categories",
            "tags",
            "topics",
            "topic",
            "content type",
            "kategorie",
            "thema",
            "catégorie",
            "categoría",
            "categoria",
            "nicho",
        ],
        ContactColumn::Niches,
    ),
    (
        &["status", "stage", "pipeline", "pipeline stage", "outreach status", "state", "statut", "estado", "stato"],
        ContactColumn::Stage,
    ),
    (
        &[
            "notes",
            "note",
            "comments",
            "comment",
            "remarks",
            "notizen",
            "bemerkungen",
            "remarques",
            "notas",
            "note interne",
            "observações",
        ],
        ContactColumn::Notes,
    ),
    (
        &[
            "platform",
            "network",
            "social network",
            "channel",
            "social media",
            "plattform",
            "plateforme",
            "plataforma",
            "piattaforma",
        ],
        ContactColumn::Platform,
    ),
    (
        &[
            "handle",
            "username",
            "user name",
            "account",
            "@",
            "profile name",
            "social handle",
            "benutzername",
            "pseudo",
            "usuario",
            "utente",
        ],
        ContactColumn::Handle { platform: None },
    ),
    (
        &[
            "url",
            "link",
            "profile url",
            "profile link",
            "profile",
            "social url",
            "social link",
            "lien",
            "enlace",
            "perfil",
            "profilo",
        ],
        ContactColumn::Url { platform: None },
    ),
    (
        &[
            "followers",
            "follower",
            "follower count",
            "followers count",
            "subscribers",
            "fans",
            "audience size",
            "abonnenten",
            "abonnés",
            "abonnes",
            "seguidores",
            "follower totali",
        ],
        ContactColumn::Followers { platform: None },
    ),
    (
        &[
            "engagement",
            "engagement rate",
            "er",
            "er %",
            "eng rate",
            "eng. rate",
            "avg engagement",
            "average engagement",
            "engagement %",
            "interaktionsrate",
            "taux d'engagement",
            "tasa de interacción",
        ],
        ContactColumn::Engagement { platform: None },
    ),
    (
        &[
            "as of",
            "date",
            "last updated",
            "updated",
            "updated at",
            "checked",
            "checked on",
            "last checked",
            "datum",
            "stand",
            "mis à jour",
            "fecha",
            "data",
        ],
        ContactColumn::AsOf,
    ),
    (
        &[
            "members",
            "member count",
            "members count",
            "size",
            "group size",
            "mitglieder",
            "membres",
            "miembros",
            "membros",
            "membri",
        ],
        ContactColumn::Members,
    ),
    (
        &[
            "leader",
            "organizer",
            "organiser",
            "admin",
            "run by",
            "host",
            "captain",
            "contact person",
            "leiter",
            "organisateur",
            "organizador",
            "organizzatore",
        ],
        ContactColumn::Leader,
    ),
    (&["type", "kind", "group type", "community type", "art", "typ", "tipo"], ContactColumn::Kind),
];

/// A mapping suggested from the header's names: every column whose name LocalLift knows, at most one column
/// per field (the first), the rest left out.
pub fn suggest(header: &[String]) -> ContactMapping {
    let mut columns: Vec<Option<ContactColumn>> = header.iter().map(|h| column_of(h)).collect();
    for i in 0..columns.len() {
        if columns[i].is_some() && columns[..i].contains(&columns[i]) {
            columns[i] = None;
        }
    }
    ContactMapping { columns }
}

fn column_of(header: &str) -> Option<ContactColumn> {
    let lower = header.trim().to_lowercase().replace(['_', '-'], " ");
    let lower = lower.trim_matches(|c: char| c == ':' || c == '*' || c.is_whitespace()).to_string();
    let words: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric() && c != '@' && c != '%').filter(|w| !w.is_empty()).collect();
    let platform = PLATFORM_WORDS
        .iter()
        .find(|(w, _)| if w.contains(' ') { lower.contains(w) } else { words.contains(w) })
        .map(|&(_, p)| p);
    // The header without its platform word: "Instagram Followers" → "followers".
    let rest: String = match platform {
        Some(_) => {
            words.iter().filter(|w| !PLATFORM_WORDS.iter().any(|(p, _)| p == *w)).copied().collect::<Vec<_>>().join(" ")
        }
        None => lower.clone(),
    };
    let field = FIELD_WORDS
        .iter()
        .find(|(names, _)| names.contains(&rest.as_str()))
        .or_else(|| FIELD_WORDS.iter().find(|(names, _)| rest.split(' ').any(|w| names.contains(&w) && w.len() > 2)))
        .map(|&(_, f)| f);
    // An account column takes the header's platform; a person column is one without a platform word.
    let with_platform = |c: ContactColumn| match c {
        ContactColumn::Handle { .. } => Some(ContactColumn::Handle { platform }),
        ContactColumn::Url { .. } => Some(ContactColumn::Url { platform }),
        ContactColumn::Followers { .. } => Some(ContactColumn::Followers { platform }),
        ContactColumn::Engagement { .. } => Some(ContactColumn::Engagement { platform }),
        person => platform.is_none().then_some(person),
    };
    match (platform, field) {
        // "Instagram" alone: the handle (or its link) on that platform.
        (Some(p), None) if rest.is_empty() => Some(ContactColumn::Handle { platform: Some(p) }),
        (_, Some(f)) => with_platform(f),
        (_, None) => None,
    }
}

/// A platform named in a cell ("Instagram", "IG", "TikTok", "YouTube channel").
pub fn platform_named(text: &str) -> Option<Platform> {
    let lower = text.trim().to_lowercase();
    if let Some(p) = Platform::parse(&lower) {
        return Some(p);
    }
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    PLATFORM_WORDS
        .iter()
        .find(|(w, _)| if w.contains(' ') { lower.contains(w) } else { words.contains(w) })
        .map(|&(_, p)| p)
}

/// The platform and handle of a profile link (`https://www.instagram.com/maya.makes/`,
/// `tiktok.com/@maya`, `youtube.com/@maya`, `facebook.com/maya`, `x.com/maya`, `twitter.com/maya`); `None`
/// when the text is not a profile link of a known platform.
pub fn profile_of_url(text: &str) -> Option<(Platform, String)> {
    let t = text.trim();
    let rest = t.strip_prefix("https://").or_else(|| t.strip_prefix("http://")).unwrap_or(t);
    let rest = rest.strip_prefix("www.").or_else(|| rest.strip_prefix("m.")).unwrap_or(rest);
    let (host, path) = rest.split_once('/')?;
    let platform = match host.to_lowercase().as_str() {
        "instagram.com" => Platform::Instagram,
        "tiktok.com" => Platform::Tiktok,
        "youtube.com" => Platform::Youtube,
        "facebook.com" | "fb.com" => Platform::Facebook,
        "x.com" | "twitter.com" => Platform::X,
        "strava.com" => Platform::Strava,
        _ => return None,
    };
    let mut segments = path.split(['/', '?', '#']).filter(|s| !s.is_empty());
    let mut first = segments.next()?;
    // youtube.com/c/NAME, youtube.com/user/NAME, strava.com/athletes/ID
    if matches!(first, "c" | "user" | "channel" | "athletes" | "clubs") {
        first = segments.next()?;
    }
    let handle = clean_handle(first);
    (!handle.is_empty()).then_some((platform, handle))
}

/// A handle as stored: trimmed, without a leading `@`, lower-cased (platforms match handles without case).
pub fn clean_handle(text: &str) -> String {
    text.trim().trim_start_matches('@').trim().to_lowercase()
}

/// A follower count: `12300`, `12,300`, `12.300`, `12 300`, `12.3k`, `12,3K`, `1.2M`. `None` when the text is
/// not a whole, non-negative count.
pub fn followers(text: &str) -> Option<i64> {
    let t: String = text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’')).collect();
    let lower = t.to_lowercase();
    let (number, factor) = if let Some(n) = lower.strip_suffix('k') {
        (n, 1_000.0)
    } else if let Some(n) = lower.strip_suffix('m') {
        (n, 1_000_000.0)
    } else {
        (lower.as_str(), 1.0)
    };
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    if factor > 1.0 {
        let n: f64 = number.replace(',', ".").parse().ok()?;
        return Some((n * factor).round() as i64);
    }
    // Without a suffix, `.` and `,` can only group thousands: every group after the first has 3 digits.
    let groups: Vec<&str> = number.split(['.', ',']).collect();
    if groups.len() > 1 && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    groups.concat().parse().ok()
}

/// A number of an engagement column as written, and whether it carried `%`.
pub fn engagement_number(text: &str) -> Option<(f64, bool)> {
    let t = text.trim();
    let (number, pct) = match t.strip_suffix('%') {
        Some(n) => (n.trim(), true),
        None => (t, false),
    };
    let n: f64 = number.replace(',', ".").parse().ok()?;
    (n.is_finite() && n >= 0.0).then_some((n, pct))
}

/// The owner's words for each stage (English and the shipped languages').
const STAGE_WORDS: &[(&[&str], Stage)] = &[
    (
        &[
            "",
            "lead",
            "new",
            "idea",
            "to contact",
            "not contacted",
            "potential",
            "shortlist",
            "shortlisted",
            "interessent",
            "prospecto",
        ],
        Stage::Prospect,
    ),
    (
        &[
            "reached out",
            "emailed",
            "dm sent",
            "messaged",
            "pitched",
            "outreach",
            "waiting",
            "awaiting reply",
            "kontaktiert",
            "contacté",
            "contactado",
            "contatado",
            "contattato",
        ],
        Stage::Contacted,
    ),
    (
        &[
            "in talks",
            "negotiation",
            "negotiating",
            "pending",
            "discussing",
            "verhandlung",
            "en négociation",
            "negociando",
            "in trattativa",
        ],
        Stage::Negotiating,
    ),
    (
        &[
            "working",
            "signed",
            "confirmed",
            "live",
            "partner",
            "ongoing",
            "approved",
            "aktiv",
            "actif",
            "activo",
            "ativo",
            "attivo",
        ],
        Stage::Active,
    ),
    (
        &["on hold", "hold", "paused", "inactive", "pausiert", "en pause", "en pausa", "pausado", "in pausa"],
        Stage::Paused,
    ),
    (
        &[
            "done",
            "former",
            "ended",
            "finished",
            "completed",
            "declined",
            "rejected",
            "not interested",
            "beendet",
            "terminé",
            "terminado",
            "concluído",
            "concluso",
        ],
        Stage::Past,
    ),
];

/// The stage an owner's word names (English and the shipped languages' common words, and the stage names the
/// window shows in every shipped language, `label-stage-*` in locales/*/ui-labels.ftl); `None` when unknown.
pub fn stage_named(text: &str) -> Option<Stage> {
    let lower = text.trim().to_lowercase();
    if let Some(s) = Stage::parse(&lower) {
        return Some(s);
    }
    if let Some(&(_, s)) = STAGE_WORDS.iter().find(|(words, _)| words.contains(&lower.as_str())) {
        return Some(s);
    }
    crate::i18n::LANGUAGES.iter().find_map(|lang| {
        let words = crate::i18n::words(lang);
        Stage::ALL
            .iter()
            .copied()
            .find(|s| words.get(&format!("label-stage-{}", s.as_str()), &[]).to_lowercase() == lower)
    })
}

/// Niches in a cell: split on `,` `;` `/` `|`, trimmed, lower-cased, empty ones left out.
pub fn niches(text: &str) -> Vec<String> {
    text.split([',', ';', '/', '|']).map(|n| n.trim().to_lowercase()).filter(|n| !n.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stage_is_read_by_the_name_the_window_gives_it_in_every_language() {
        assert_eq!(stage_named("In Verhandlung"), Some(Stage::Negotiating));
        assert_eq!(stage_named("ehemalig"), Some(Stage::Past));
        assert_eq!(stage_named("Da contattare"), Some(Stage::Prospect));
        assert_eq!(stage_named("交渉中"), Some(Stage::Negotiating));
        assert_eq!(stage_named("Encerrado"), Some(Stage::Past));
        assert_eq!(stage_named("nonsense"), None);
    }

    fn names(header: &[&str]) -> Vec<Option<ContactColumn>> {
        suggest(&header.iter().map(|h| (*h).to_string()).collect::<Vec<_>>()).columns
    }

    #[test]
    fn common_headers_are_recognised_with_their_platform() {
        use ContactColumn as C;
        let ig = Some(Platform::Instagram);
        assert_eq!(
            names(&[
                "Creator Name",
                "E-mail",
                "Instagram",
                "IG Followers",
                "Engagement rate (%)",
                "TikTok URL",
                "Status",
                "Last updated",
                "Fav colour"
            ]),
            [
                Some(C::Name),
                Some(C::Email),
                Some(C::Handle { platform: ig }),
                Some(C::Followers { platform: ig }),
                Some(C::Engagement { platform: None }),
                Some(C::Url { platform: Some(Platform::Tiktok) }),
                Some(C::Stage),
                Some(C::AsOf),
                None
            ]
        );
        assert_eq!(names(&["Vorname", "Nachname", "Stadt", "Abonnenten"])[3], Some(C::Followers { platform: None }));
        // One column per field: the second "Name"-like column is left for the owner to map.
        assert_eq!(names(&["Name", "Partner"]), [Some(C::Name), None]);
    }

    #[test]
    fn profile_links_give_platform_and_handle() {
        assert_eq!(
            profile_of_url("https://www.instagram.com/Maya.Makes/"),
            Some((Platform::Instagram, "maya.makes".into()))
        );
        assert_eq!(profile_of_url("tiktok.com/@runwithraj?lang=en"), Some((Platform::Tiktok, "runwithraj".into())));
        assert_eq!(profile_of_url("https://youtube.com/c/BakeLab"), Some((Platform::Youtube, "bakelab".into())));
        assert_eq!(profile_of_url("https://example.com/maya"), None);
        assert_eq!(profile_of_url("maya.makes"), None);
    }

    #[test]
    fn follower_counts_in_the_ways_people_write_them() {
        for (text, n) in [
            ("12300", 12_300),
            ("12,300", 12_300),
            ("12.300", 12_300),
            ("12 300", 12_300),
            ("12.3k", 12_300),
            ("12,3K", 12_300),
            ("1.2M", 1_200_000),
            ("0", 0),
        ] {
            assert_eq!(followers(text), Some(n), "{text}");
        }
        for text in ["12.5", "-5", "lots", "1,2,3", ""] {
            assert_eq!(followers(text), None, "{text}");
        }
    }

    #[test]
    fn stages_in_owners_words() {
        assert_eq!(stage_named("In talks"), Some(Stage::Negotiating));
        assert_eq!(stage_named("SIGNED"), Some(Stage::Active));
        assert_eq!(stage_named(""), Some(Stage::Prospect));
        assert_eq!(stage_named("maybe later?"), None);
        assert_eq!(niches("Plants; Running /parents|"), ["plants", "running", "parents"]);
    }
}
