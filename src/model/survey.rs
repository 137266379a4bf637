//! "How did you hear about us?": the answers customers gave, as the owner reads them (which partner each
//! names), and the partner an answer most likely names, suggested.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use super::survey_norm;

/// One answer (answers are one when equal but for case and spaces), how many counted orders gave it, and
/// how the owner read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SurveyAnswer {
    /// The answer as most orders wrote it.
    pub answer: String,
    /// Its matching form ([`survey_norm`]), the key to map it by.
    pub answer_norm: String,
    /// Counted orders (paid, not cancelled) with this answer, and their net revenue.
    pub orders: i64,
    pub net_minor: i64,
    /// The owner read it: `partner_id` is the partner it names, or `None` for an answer that names none.
    pub read: bool,
    pub partner_id: Option<i64>,
    pub partner_name: Option<String>,
    /// For an answer not read yet: the partner it most likely names (see [`suggest`]).
    pub suggested_id: Option<i64>,
    pub suggested_name: Option<String>,
}

/// The partner an answer most likely names, among `partners` (id, name, handles): one whose full name, first
/// or last name (3 letters or more) or handle is a word of the answer, or one letter away from one ("maya
/// okafr"); `None` when no partner or more than one fits equally.
pub fn suggest(answer_norm: &str, partners: &[(i64, String, Vec<String>)]) -> Option<i64> {
    let words: Vec<&str> =
        answer_norm.split(|c: char| !c.is_alphanumeric() && c != '.' && c != '_').filter(|w| !w.is_empty()).collect();
    let words: Vec<&str> = words.iter().map(|w| w.trim_end_matches("'s").trim_matches('.')).collect();
    let mut best: Option<(u32, i64)> = None;
    let mut tie = false;
    for (id, name, handles) in partners {
        let name = survey_norm(name);
        let mut score = 0;
        if answer_norm.contains(&name) {
            score = 3;
        }
        for part in name.split(' ').filter(|p| p.chars().count() >= 3) {
            if words.contains(&part) {
                score = score.max(2);
            } else if words.iter().any(|w| w.chars().count() >= 4 && one_edit(w, part)) {
                score = score.max(1);
            }
        }
        for h in handles {
            let h = h.to_lowercase();
            if words.iter().any(|w| w.trim_start_matches('@') == h) {
                score = score.max(3);
            }
        }
        if score == 0 {
            continue;
        }
        match best {
            Some((s, _)) if s > score => {}
            Some((s, _)) if s == score => tie = true,
            _ => {
                best = Some((score, *id));
                tie = false;
            }
        }
    }
    if tie { None } else { best.map(|(_, id)| id) }
}

/// Whether `a` and `b` differ by one letter added, dropped or changed.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    match long.len() - short.len() {
        0 => short.iter().zip(long.iter()).filter(|(x, y)| x != y).count() == 1,
        1 => (0..long.len())
            .any(|skip| long.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, c)| c).eq(short.iter())),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partners() -> Vec<(i64, String, Vec<String>)> {
        vec![
            (1, "Maya Okafor".into(), vec!["maya.grows".into()]),
            (2, "Lucia Ferreira".into(), vec![]),
            (3, "Saturday Run Club".into(), vec![]),
        ]
    }

    #[test]
    fn answers_name_partners_in_the_ways_customers_write() {
        for answer in
            ["maya", "maya's post", "insta maya", "maya okafor", "instagram - maya", "maya okafr", "@maya.grows"]
        {
            assert_eq!(suggest(&survey_norm(answer), &partners()), Some(1), "{answer}");
        }
        assert_eq!(suggest("saturday run club", &partners()), Some(3));
        assert_eq!(suggest("google", &partners()), None);
        assert_eq!(suggest("walked by", &partners()), None);
    }

    #[test]
    fn one_letter_apart() {
        assert!(one_edit("okafr", "okafor"));
        assert!(one_edit("mya", "maya"));
        assert!(one_edit("lucya", "lucia"));
        assert!(!one_edit("maria", "maya"));
    }
}
