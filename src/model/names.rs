//! Finding what the owner meant by a name typed a little differently: "Jorg Muller" for "Jörg Müller",
//! "spring" for "Spring sale 2025", one letter off.

/// The name folded for comparison: lower case, common Latin accents removed, spaces collapsed.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
            'ñ' | 'ń' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
            'œ' => "oe",
            'ß' => "ss",
            'ś' | 'š' => "s",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'ł' => "l",
            c if c.is_whitespace() => " ",
            _ => {
                out.push(c);
                continue;
            }
        };
        if !(plain == " " && out.ends_with(' ')) {
            out.push_str(plain);
        }
    }
    out
}

/// Edit distance (insertions, deletions, substitutions) between two strings, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}

/// The names of `known` nearest to `query`, best first, at most three: the same once folded, then those
/// that start with it or it with them (three letters at least), then one or two letters off (names of
/// five letters or more). Empty when none is near.
pub fn nearest<'a>(query: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let q = fold(query);
    let mut scored: Vec<(usize, String)> = known
        .into_iter()
        .filter_map(|name| {
            let n = fold(name);
            let score = if n == q {
                0
            } else if q.chars().count() >= 3 && (n.starts_with(&q) || q.starts_with(&n) || n.contains(&q)) {
                1
            } else if q.chars().count() >= 5 && distance(&n, &q) <= 2 {
                1 + distance(&n, &q)
            } else {
                return None;
            };
            Some((score, name.to_string()))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

/// " Did you mean “A” or “B”?" for a message, or nothing.
pub fn did_you_mean(suggestions: &[String]) -> String {
    match suggestions {
        [] => String::new(),
        [one] => format!(" Did you mean “{one}”?"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|s| format!("“{s}”")).collect();
            format!(" Did you mean {} or “{last}”?", init.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_names_are_found_and_far_ones_are_not() {
        let known = ["Jörg Müller", "Maya Okafor", "Spring sale 2025", "Run Club PDX"];
        assert_eq!(nearest("Jorg Muller", known), ["Jörg Müller"]);
        assert_eq!(nearest("spring", known), ["Spring sale 2025"]);
        assert_eq!(nearest("Maya Okafr", known), ["Maya Okafor"]);
        assert!(nearest("Zoë", known).is_empty());
        assert!(nearest("Ma", known).is_empty(), "two letters suggest nothing");
        assert_eq!(did_you_mean(&["A".into(), "B".into()]), " Did you mean “A” or “B”?");
        assert_eq!(fold("  Jörg   MÜLLER "), "jorg muller");
    }
}
