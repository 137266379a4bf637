//! The customer's answer to "how did you hear about us?" in an order export: a post-purchase survey app's
//! order attribute (Shopify's "Note Attributes": one `key: value` per line), else a short order note (the
//! checkout's "order notes" field some shops label so). Sources and samples: `tests/fixtures/survey/`.

/// Attribute keys that hold the answer (lower case, matched as parts of the key), in the shipped languages.
const KEYS: &[&str] = &[
    "hear",
    "hdyhau",
    "referr",
    "referral",
    "found us",
    "find us",
    "about us",
    "who sent",
    "recommended",
    "erfahren",
    "empfohlen",
    "connu",
    "entendu",
    "conoci",
    "conoció",
    "enteraste",
    "conheceu",
    "soube",
    "conosciuto",
];

/// Longest note taken as an answer: a longer one is an instruction ("please gift wrap, ring twice…").
const MAX_NOTE: usize = 80;

/// The answer, trimmed: the first attribute whose key names the question, else the note when it is one short
/// line; `None` when neither holds one.
pub fn answer(attributes: Option<&str>, note: Option<&str>) -> Option<String> {
    let from_attributes = attributes.into_iter().flat_map(str::lines).find_map(|line| {
        let (key, value) = line.split_once(':')?;
        let key = key.trim().trim_start_matches('_').to_lowercase();
        let value = value.trim();
        (KEYS.iter().any(|k| key.contains(k)) && !value.is_empty()).then(|| value.to_string())
    });
    from_attributes.or_else(|| {
        let note = note?.trim();
        (!note.is_empty() && !note.contains('\n') && note.chars().count() <= MAX_NOTE).then(|| note.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_survey_attribute_first_then_a_short_note() {
        // A campaign tag is not what the customer said.
        let attrs = "utm_source: ig\nHow did you hear about us?: Insta - Maya\ngift: no";
        assert_eq!(answer(Some(attrs), None).as_deref(), Some("Insta - Maya"));
        assert_eq!(answer(Some("hdyhau: Maya's post"), Some("please gift wrap")).as_deref(), Some("Maya's post"));
        assert_eq!(answer(None, Some("  maya okafor ")).as_deref(), Some("maya okafor"));
        assert_eq!(answer(Some("gift_message: Happy birthday"), None), None);
        assert_eq!(
            answer(
                None,
                Some(
                    "Please leave the parcel with the neighbour at number 12, thank you so much! The side door is open."
                )
            ),
            None
        );
        assert_eq!(answer(None, Some("")), None);
    }
}
