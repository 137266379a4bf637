//! The message catalogues (`locales/<language>/*.ftl`, shared by the core and the window) are complete and
//! well formed: every file parses with fluent-rs without an error, every language has exactly the messages
//! English has, a translation uses only the variables its English message gives, no id is in two files, and
//! every message id the core's code names is in English.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use locallift::i18n::LANGUAGES;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Every catalogue of `lang`: file name → text.
fn catalogue(lang: &str) -> BTreeMap<String, String> {
    let dir = root().join("locales").join(lang);
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let name = path.file_name().expect("name").to_string_lossy().into_owned();
            out.insert(name, std::fs::read_to_string(&path).expect("utf-8"));
        }
    }
    out
}

/// Message ids (attributes as "id.attr") and, for each, the variables its source names.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let starts = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts && let Some((id, _)) = line.split_once('=') {
            current = Some(id.trim().to_string());
        } else if !line.starts_with(' ') && !line.is_empty() {
            current = None;
        }
        let Some(id) = &current else { continue };
        let vars = out.entry(id.clone()).or_default();
        let mut rest = line;
        while let Some(i) = rest.find('$') {
            rest = &rest[i + 1..];
            let name: String =
                rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
            if !name.is_empty() {
                vars.insert(name);
            }
        }
    }
    out
}

#[test]
fn every_catalogue_parses_without_an_error() {
    for lang in LANGUAGES {
        for (file, text) in catalogue(lang) {
            if let Err((_, errors)) = FluentResource::try_new(text) {
                panic!("locales/{lang}/{file} does not parse: {errors:?}");
            }
        }
    }
}

#[test]
fn every_language_has_exactly_the_messages_english_has() {
    let english = catalogue("en");
    assert!(english.contains_key("errors.ftl") && english.contains_key("reports.ftl"), "{:?}", english.keys());
    let mut problems = Vec::new();
    for lang in LANGUAGES.iter().filter(|l| **l != "en") {
        let theirs = catalogue(lang);
        for file in english.keys().filter(|f| !theirs.contains_key(*f)) {
            problems.push(format!("locales/{lang}/{file} is missing"));
        }
        for file in theirs.keys().filter(|f| !english.contains_key(*f)) {
            problems.push(format!("locales/{lang}/{file} has no English"));
        }
        for (file, text) in &english {
            let mine = messages(text);
            let other = messages(theirs.get(file).map_or("", String::as_str));
            for id in mine.keys().filter(|id| !other.contains_key(*id)) {
                problems.push(format!("locales/{lang}/{file} lacks {id}"));
            }
            for (id, vars) in &other {
                match mine.get(id) {
                    None => problems.push(format!("locales/{lang}/{file} has {id}, which English lost")),
                    Some(given) => {
                        for v in vars.difference(given) {
                            problems.push(format!("locales/{lang}/{file} {id} uses ${v}, which English does not give"));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_message_id_is_in_two_files() {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (file, text) in catalogue("en") {
        for id in messages(&text).into_keys() {
            if let Some(other) = seen.insert(id.clone(), file.clone()) {
                panic!("{id} is in both {other} and {file}");
            }
        }
    }
}

/// The string literals right after each of `openers` in Rust sources under `src/`.
fn ids_named_in_code() -> Vec<(String, String)> {
    let mut files = Vec::new();
    crate::layers::files(&root().join("src"), &mut files);
    let openers = ["Message::new(\"", "msg!(\"", "arg_message(\"label\", \"", ".get(\"", "words.get(\"", "\"field-"];
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("utf-8");
        for opener in openers {
            for (i, _) in text.match_indices(opener) {
                let rest = &text[i + opener.len()..];
                let id: String = rest.chars().take_while(|c| *c != '"').collect();
                let id = if opener == "\"field-" { format!("field-{id}") } else { id };
                let looks_like_id =
                    id.contains('-') && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if looks_like_id {
                    out.push((path.strip_prefix(root()).unwrap_or(&path).display().to_string(), id));
                }
            }
        }
    }
    out
}

#[test]
fn every_message_id_the_core_names_is_in_english() {
    let known: BTreeSet<String> = catalogue("en").values().flat_map(|t| messages(t).into_keys()).collect();
    let named = ids_named_in_code();
    assert!(named.len() > 50, "the scan finds the core's messages ({})", named.len());
    let missing: Vec<String> =
        named.iter().filter(|(_, id)| !known.contains(id)).map(|(file, id)| format!("{file}: {id}")).collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
