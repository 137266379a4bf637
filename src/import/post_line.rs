//! A post pasted as one line: its link and its numbers as a partner sends them ("https://www.instagram.com/p/
//! DFa1/ reach 4,100 · 310 likes · 22 comments · 9 shares · 40 saves"), read into a post's fields. Each number
//! goes with the word next to it (before or after: "310 likes", "likes: 310"), in the shipped languages.

use serde::Serialize;
use ts_rs::TS;

use super::contacts::columns::followers as count;
use crate::model::Platform;

/// What a pasted line says of a post; `None` where it says nothing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PostLine {
    pub url: Option<String>,
    /// From the link's site.
    pub platform: Option<Platform>,
    pub reach: Option<i64>,
    pub likes: Option<i64>,
    pub comments: Option<i64>,
    pub shares: Option<i64>,
    pub saves: Option<i64>,
    pub clicks: Option<i64>,
    /// Numbers without a word LocalLift knows next to them, as written, for the owner to place.
    pub unread: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Metric {
    Reach,
    Likes,
    Comments,
    Shares,
    Saves,
    Clicks,
}

/// Words for each number (lower case; a word's plural and singular both listed where they differ).
const WORDS: &[(&[&str], Metric)] = &[
    (
        &["reach", "reached", "accounts reached", "alcance", "reichweite", "portée", "portee", "alcance", "copertura"],
        Metric::Reach,
    ),
    (&["like", "likes", "hearts", "me gusta", "gefällt", "mag", "curtidas", "mi piace", "j'aime"], Metric::Likes),
    (
        &["comment", "comments", "comentarios", "comentários", "kommentare", "commentaires", "commenti"],
        Metric::Comments,
    ),
    (
        &["share", "shares", "reposts", "compartidos", "compartilhamentos", "geteilt", "partages", "condivisioni"],
        Metric::Shares,
    ),
    (
        &["save", "saves", "saved", "guardados", "gespeichert", "enregistrements", "salvati", "salvamentos"],
        Metric::Saves,
    ),
    (&["click", "clicks", "link clicks", "taps", "clics", "klicks", "cliques", "clic"], Metric::Clicks),
];

fn metric_of(word: &str) -> Option<Metric> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_lowercase();
    WORDS.iter().find(|(words, _)| words.contains(&w.as_str())).map(|&(_, m)| m)
}

fn platform_of(url: &str) -> Option<Platform> {
    let host = url.split("://").nth(1).unwrap_or(url).split('/').next()?.to_lowercase();
    let host = host.trim_start_matches("www.").trim_start_matches("m.");
    Some(match host {
        "instagram.com" => Platform::Instagram,
        "tiktok.com" | "vm.tiktok.com" => Platform::Tiktok,
        "youtube.com" | "youtu.be" => Platform::Youtube,
        "facebook.com" | "fb.com" | "fb.watch" => Platform::Facebook,
        "x.com" | "twitter.com" => Platform::X,
        "strava.com" => Platform::Strava,
        _ => return None,
    })
}

/// Reads a pasted line (see the module documentation). Never fails: what it cannot place is in `unread`.
pub fn read(text: &str) -> PostLine {
    let mut line = PostLine::default();
    // Separators people put between numbers: "·", "|", ",", ";" followed by a space, new lines.
    let raw: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '·' | '|' | ';' | '•'))
        .filter(|t| !t.is_empty())
        .collect();
    let tokens: Vec<&str> = raw.iter().map(|t| t.trim_end_matches([',', ':', '.'])).collect();
    // "likes: 310": a label written with a colon names the number after it.
    let colon: Vec<bool> = raw.iter().map(|t| t.ends_with(':')).collect();
    let mut used = vec![false; tokens.len()];
    for (i, t) in tokens.iter().enumerate() {
        if t.starts_with("http://") || t.starts_with("https://") {
            line.url.get_or_insert_with(|| (*t).to_string());
            line.platform = line.platform.or_else(|| platform_of(t));
            used[i] = true;
        }
    }
    let set = |line: &mut PostLine, m: Metric, n: i64| {
        let slot = match m {
            Metric::Reach => &mut line.reach,
            Metric::Likes => &mut line.likes,
            Metric::Comments => &mut line.comments,
            Metric::Shares => &mut line.shares,
            Metric::Saves => &mut line.saves,
            Metric::Clicks => &mut line.clicks,
        };
        slot.get_or_insert(n);
    };
    // A number takes the word after it ("310 likes"), else the word before it ("likes 310"); two-word
    // labels ("me gusta", "accounts reached") are tried first.
    for i in 0..tokens.len() {
        if used[i] {
            continue;
        }
        let Some(n) = count(tokens[i]) else { continue };
        let pair = |a: usize, b: usize| -> Option<Metric> {
            let (x, y) = (tokens.get(a)?, tokens.get(b)?);
            metric_of(&format!("{x} {y}"))
        };
        let after = (!used.get(i + 1).copied().unwrap_or(true))
            .then(|| {
                pair(i + 1, i + 2)
                    .map(|m| (m, 2))
                    .or_else(|| tokens.get(i + 1).and_then(|w| metric_of(w)).map(|m| (m, 1)))
            })
            .flatten();
        let before = (i > 0 && !used[i - 1])
            .then(|| {
                (i > 1 && !used[i - 2])
                    .then(|| pair(i - 2, i - 1).map(|m| (m, 2)))
                    .flatten()
                    .or_else(|| metric_of(tokens[i - 1]).map(|m| (m, 1)))
            })
            .flatten();
        // The number takes the word before it when that word ends with a colon, or when the word after it is
        // followed by its own number ("likes 310 comments 42").
        let after_has_own = after.is_some_and(|(_, k)| tokens.get(i + 1 + k).is_some_and(|t| count(t).is_some()));
        let prefer_before = before.is_some() && (colon[i - 1] || after_has_own);
        let after = if prefer_before { None } else { after };
        match (after, before) {
            (Some((m, k)), _) => {
                set(&mut line, m, n);
                used[i] = true;
                for u in used.iter_mut().skip(i + 1).take(k) {
                    *u = true;
                }
            }
            (None, Some((m, k))) => {
                set(&mut line, m, n);
                used[i] = true;
                for u in used.iter_mut().skip(i - k).take(k) {
                    *u = true;
                }
            }
            (None, None) => {
                line.unread.push(tokens[i].to_string());
                used[i] = true;
            }
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_as_partners_send_it() {
        let l = read("https://www.instagram.com/p/DFa1/ reach 4,100 · 310 likes · 22 comments · 9 shares · 40 saves");
        assert_eq!(l.url.as_deref(), Some("https://www.instagram.com/p/DFa1/"));
        assert_eq!(l.platform, Some(Platform::Instagram));
        assert_eq!(
            (l.reach, l.likes, l.comments, l.shares, l.saves),
            (Some(4_100), Some(310), Some(22), Some(9), Some(40))
        );
        assert!(l.unread.is_empty());
    }

    #[test]
    fn labels_before_or_after_in_other_languages_and_numbers_left_for_the_owner() {
        let l = read("https://www.tiktok.com/@maya/video/1 Me gusta: 1.310, comentarios 42 | 57 compartidos 15200");
        assert_eq!(l.platform, Some(Platform::Tiktok));
        assert_eq!((l.likes, l.comments, l.shares), (Some(1_310), Some(42), Some(57)));
        assert_eq!(l.unread, ["15200"]);
        let empty = read("thanks!");
        assert_eq!(empty, PostLine::default());
    }
}
