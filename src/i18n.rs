//! The words: every sentence LocalLift writes (its errors, the PDFs and charts, the CLI) comes from message
//! catalogues in Project Fluent's format (`locales/<language>/*.ftl`), the same files the window reads
//! through `@fluent/bundle`. The language follows the locale in effect ([`crate::locale`]): German for
//! "de-AT", Portuguese (Brazil) for any "pt", English for a language LocalLift has no catalogue of.
//!
//! A fallible call says what went wrong as a [`Message`]: an id and its arguments, never a finished
//! sentence, so the window writes it in the owner's language and the CLI in the shop's. Plurals follow
//! CLDR's rules for the language (fluent-rs); numbers in a message are written in the locale (ICU4X, the
//! same digits as every other number LocalLift writes).
//!
//! Source: Project Fluent syntax 1.0, <https://projectfluent.org/fluent/guide/>.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::format::Numbers;

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// The languages LocalLift speaks, as their catalogue folders are named. English is complete by
/// definition (every id is English's) and what a missing message falls back to.
pub const LANGUAGES: &[&str] = &["en", "de", "fr", "es", "pt-BR", "it", "ja"];

/// The catalogue language of a BCP 47 locale: "de-AT" → "de", "pt-PT" → "pt-BR", "zh-CN" → "en".
pub fn language_of(locale: &str) -> &'static str {
    let primary = locale.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    if primary == "pt" {
        return "pt-BR";
    }
    LANGUAGES.iter().find(|l| **l == primary).copied().unwrap_or("en")
}

pub use crate::model::{Arg, Message};

impl Message {
    /// The message in English: what logs, tests and `Display` of an error say.
    pub fn english(&self) -> String {
        english().text(self)
    }
}

impl std::fmt::Display for Message {
    /// The message in English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

/// `msg!("invalid-required", label = "Name")`: a [`Message`] with arguments named like Rust identifiers.
#[macro_export]
macro_rules! msg {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// The words of one locale: its language's catalogues, numbers written the locale's way.
pub struct Words {
    locale: String,
    language: &'static str,
    bundle: FluentBundle<FluentResource>,
}

thread_local! {
    /// The locale whose digits the number formatter below writes, set while a message is being written.
    static WRITING: RefCell<Option<(String, Numbers)>> = const { RefCell::new(None) };
}

/// Fluent's hook for numbers: written in the locale of the message being written (integers grouped the
/// locale's way, as every count LocalLift shows); `None` leaves other values to Fluent.
fn write_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    WRITING.with(|w| {
        let w = w.borrow();
        let (_, numbers) = w.as_ref()?;
        #[expect(clippy::cast_possible_truncation, reason = "a whole number checked just before")]
        if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 {
            Some(numbers.count(n.value as i64))
        } else {
            Some(numbers.decimal(n.value))
        }
    })
}

fn bundle(language: &'static str, locale: &str) -> FluentBundle<FluentResource> {
    let tags: Vec<LanguageIdentifier> =
        [locale, language].iter().filter_map(|t| t.parse::<LanguageIdentifier>().ok()).collect();
    let mut bundle = FluentBundle::new_concurrent(tags);
    // No direction isolates around placeables: PDFs and terminals would show them as boxes; user text is
    // isolated where the window shows it.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(write_number));
    for (lang, _, text) in CATALOGUES {
        if *lang == language {
            let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(partial, _)| partial);
            // A duplicate id keeps the first; the catalogue test refuses both cases.
            let _ = bundle.add_resource(resource);
        }
    }
    bundle
}

/// The words of English (US): what [`Message::english`] and errors' `Display` use.
pub fn english() -> Arc<Words> {
    words("en-US")
}

/// The words of `locale` (a BCP 47 tag, as [`crate::locale::effective`] gives it), built once per locale.
pub fn words(locale: &str) -> Arc<Words> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Words>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut cache = cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    cache
        .entry(locale.to_string())
        .or_insert_with(|| {
            let language = language_of(locale);
            Arc::new(Words { locale: locale.to_string(), language, bundle: bundle(language, locale) })
        })
        .clone()
}

impl Words {
    /// The catalogue language these words are in ("de").
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// The locale whose numbers they write ("de-AT").
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The message `id` with `args`, in this language, else in English, else the id itself (a test keeps
    /// every id the core uses in English).
    pub fn get(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let args: BTreeMap<String, Arg> = args.iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect();
        self.write(id, &args)
    }

    /// A [`Message`] in this language.
    pub fn text(&self, message: &Message) -> String {
        self.write(&message.id, &message.args)
    }

    fn write(&self, id: &str, args: &BTreeMap<String, Arg>) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value: FluentValue = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(t) => FluentValue::from(t.clone()),
                Arg::Day { day } => FluentValue::from(self.with_numbers(|n| n.day(*day))),
                Arg::Message(m) => FluentValue::from(self.write(&m.id, &m.args)),
            };
            fluent_args.set(name.clone(), value);
        }
        self.with_numbers(|_| ());
        if let Some(text) = self.pattern(&self.bundle, id, &fluent_args) {
            return text;
        }
        if self.language != "en"
            && let Some(text) = self.pattern(&english().bundle, id, &fluent_args)
        {
            return text;
        }
        id.to_string()
    }

    /// Runs `f` with this locale's number and date formats, built once per thread and locale; they stay
    /// set for the number hook ([`write_number`]) of the message written next.
    fn with_numbers<T>(&self, f: impl FnOnce(&Numbers) -> T) -> T {
        WRITING.with(|w| {
            let mut w = w.borrow_mut();
            if w.as_ref().is_none_or(|(l, _)| *l != self.locale) {
                *w = Some((self.locale.clone(), Numbers::new(None, &self.locale)));
            }
            let (_, numbers) = w.as_ref().expect("set just above");
            f(numbers)
        })
    }

    fn pattern(&self, bundle: &FluentBundle<FluentResource>, id: &str, args: &FluentArgs) -> Option<String> {
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, Some(args), &mut errors).into_owned())
    }
}

/// The words of every language's core catalogues by file, for the completeness test: (language, file, text).
pub fn catalogues() -> &'static [(&'static str, &'static str, &'static str)] {
    CATALOGUES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_follows_the_locale() {
        assert_eq!(language_of("de-AT"), "de");
        assert_eq!(language_of("pt-PT"), "pt-BR");
        assert_eq!(language_of("es_MX"), "es");
        assert_eq!(language_of("ja-JP"), "ja");
        assert_eq!(language_of("zh-CN"), "en");
        assert_eq!(language_of(""), "en");
    }

    #[test]
    fn numbers_follow_the_locale_and_words_the_language() {
        let m = msg!("error-not-found", entity = "campaign", id = 12_345);
        assert_eq!(words("en-US").text(&m), "campaign 12,345 was not found");
        let de = words("de-DE");
        assert_eq!(de.language(), "de");
        let german = de.text(&m);
        assert!(german.contains("12.345") && !german.contains("was not found"), "{german}");
        let cancelled = Message::new("error-cancelled");
        assert_ne!(de.text(&cancelled), cancelled.english());
        // A plural chosen by the language's own rules: Japanese has one form, English two.
        let rows = |n: i64| msg!("import-refused-for-problems", count = n);
        assert!(rows(1).english().starts_with("1 row has a problem"), "{}", rows(1).english());
        assert!(rows(2).english().starts_with("2 rows have problems"), "{}", rows(2).english());
        assert!(words("ja-JP").text(&rows(2)).contains('2'));
    }

    #[test]
    fn a_label_argument_is_written_in_the_same_language() {
        let m = Message::new("invalid-required").arg_message("label", "field-name");
        assert_eq!(words("en-US").text(&m), "Name is required");
        let fr = words("fr-FR");
        let label = fr.get("field-name", &[]).to_lowercase();
        let sentence = fr.text(&m).to_lowercase();
        assert!(sentence.contains(&label) && !sentence.contains("required"), "{sentence} / {label}");
    }

    #[test]
    fn an_unknown_id_reads_as_itself() {
        let id = ["no", "such", "message"].join("-");
        assert_eq!(english().get(&id, &[]), id);
    }

    #[test]
    fn messages_travel_as_id_and_args() {
        let m = msg!("error-not-found", entity = "campaign", id = 3).arg_message("label", "field-name");
        let json = serde_json::to_string(&m).expect("serializes");
        assert_eq!(
            json,
            r#"{"id":"error-not-found","args":{"entity":"campaign","id":3.0,"label":{"id":"field-name","args":{}}}}"#
        );
    }
}
