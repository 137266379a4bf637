//! Field-level input checks shared by every write path. A form gets *all* its problems at once, each tied
//! to the field the UI shows it next to, and nothing is written while any remains.

use std::str::FromStr;

use crate::error::{Error, FieldError, Result};
use crate::i18n::Message;
use crate::msg;

/// Longest single-line text we accept (names, handles, cities); long enough for any real name, short
/// enough that a pasted document is caught.
pub const MAX_LINE: usize = 200;
/// Longest free text (notes, feedback).
pub const MAX_TEXT: usize = 20_000;

#[derive(Default)]
pub struct Checks(Vec<FieldError>);

impl Checks {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn fail(&mut self, field: impl Into<String>, message: Message) {
        self.0.push(FieldError::new(field, message));
    }

    /// `Ok` when no check failed; otherwise every failure, in the order found.
    ///
    /// # Errors
    /// [`Error::Invalid`] with every failed check's [`FieldError`] (the field and the message shown next to
    /// it), when any check failed.
    pub fn finish(self) -> Result<()> {
        if self.0.is_empty() { Ok(()) } else { Err(Error::Invalid(self.0)) }
    }

    pub fn required_line(&mut self, field: &str, label_id: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, Message::new("invalid-required").arg_message("label", label_id));
        } else {
            self.line(field, label_id, value);
        }
    }

    pub fn line(&mut self, field: &str, label_id: &str, value: &str) {
        if value.chars().count() > MAX_LINE {
            self.fail(field, Message::new("invalid-too-long").arg_message("label", label_id).arg("max", MAX_LINE));
        }
    }

    pub fn text(&mut self, field: &str, label_id: &str, value: &str) {
        if value.chars().count() > MAX_TEXT {
            self.fail(field, Message::new("invalid-too-long").arg_message("label", label_id).arg("max", MAX_TEXT));
        }
    }

    pub fn opt_line(&mut self, field: &str, label_id: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.line(field, label_id, v);
        }
    }

    pub fn email(&mut self, field: &str, value: &Option<String>) {
        if let Some(v) = value
            && !email_address::EmailAddress::is_valid(v)
        {
            self.fail(field, msg!("invalid-email", value = v));
        }
    }

    /// Web links must be absolute http(s) URLs: anything else (javascript:, file:) is refused because the
    /// UI turns them into clickable links.
    pub fn url(&mut self, field: &str, value: &Option<String>) {
        if let Some(v) = value {
            match url::Url::parse(v) {
                Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {}
                Ok(_) => self.fail(field, Message::new("invalid-link-scheme")),
                Err(_) => self.fail(field, msg!("invalid-link", value = v)),
            }
        }
    }

    pub fn non_negative(&mut self, field: &str, label_id: &str, value: i64) {
        if value < 0 {
            self.fail(field, Message::new("invalid-negative").arg_message("label", label_id));
        }
    }

    pub fn percent(&mut self, field: &str, label_id: &str, value: f64) {
        if !value.is_finite() || !(0.0..=100.0).contains(&value) {
            self.fail(field, Message::new("invalid-percent").arg_message("label", label_id));
        }
    }

    pub fn rating(&mut self, field: &str, label_id: &str, value: Option<i64>) {
        if let Some(v) = value
            && !(1..=5).contains(&v)
        {
            self.fail(field, Message::new("invalid-rating").arg_message("label", label_id));
        }
    }

    pub fn currency(&mut self, field: &str, value: &Option<String>) {
        if let Some(code) = value
            && iso_currency::Currency::from_code(code).is_none()
        {
            self.fail(field, msg!("invalid-currency", value = code));
        }
    }

    pub fn time_zone(&mut self, field: &str, value: &str) {
        if chrono_tz::Tz::from_str(value).is_err() {
            self.fail(field, msg!("invalid-time-zone", value = value));
        }
    }
}

/// Trims a text and turns an empty one into `None`, so "" and "  " never get stored as a value.
pub fn clean_opt(value: &Option<String>) -> Option<String> {
    value.as_ref().map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// Trims, drops empty and duplicate tags (case-insensitively), keeping the first spelling.
pub fn clean_tags(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags {
        let tag = tag.trim();
        if !tag.is_empty() && !out.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
            out.push(tag.to_string());
        }
    }
    out
}

/// How promo codes are compared: exports differ in case and surrounding space, never in inner characters.
pub fn normalize_code(code: &str) -> String {
    code.trim().to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(checks: Checks) -> Vec<String> {
        match checks.finish() {
            Ok(()) => vec![],
            Err(Error::Invalid(f)) => f.into_iter().map(|f| f.field).collect(),
            Err(e) => panic!("unexpected {e}"),
        }
    }

    #[test]
    fn links_must_be_web_links() {
        let mut c = Checks::new();
        c.url("a", &Some("https://instagram.com/fern".into()));
        c.url("b", &Some("javascript:alert(1)".into()));
        c.url("c", &Some("instagram.com/fern".into()));
        c.url("d", &Some("file:///etc/passwd".into()));
        assert_eq!(fields(c), ["b", "c", "d"]);
    }

    #[test]
    fn currencies_and_zones_must_exist() {
        let mut c = Checks::new();
        c.currency("ok", &Some("EUR".into()));
        c.currency("bad", &Some("EURO".into()));
        c.time_zone("tz_ok", "Europe/Paris");
        c.time_zone("tz_bad", "Mars/Olympus");
        assert_eq!(fields(c), ["bad", "tz_bad"]);
    }

    #[test]
    fn tags_are_trimmed_and_deduplicated() {
        let tags = clean_tags(&[" plants ".into(), "".into(), "Plants".into(), "running".into()]);
        assert_eq!(tags, ["plants", "running"]);
    }
}
