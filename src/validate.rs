//! Field-level input checks shared by every write path. A form gets *all* its problems at once, each tied
//! to the field the UI shows it next to, and nothing is written while any remains.

use std::str::FromStr;

use crate::error::{Error, FieldError, Result};

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

    pub fn fail(&mut self, field: impl Into<String>, message: impl Into<String>) {
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

    pub fn required_line(&mut self, field: &str, label: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, format!("{label} is required"));
        } else {
            self.line(field, label, value);
        }
    }

    pub fn line(&mut self, field: &str, label: &str, value: &str) {
        if value.chars().count() > MAX_LINE {
            self.fail(field, format!("{label} is too long (at most {MAX_LINE} characters)"));
        }
    }

    pub fn text(&mut self, field: &str, label: &str, value: &str) {
        if value.chars().count() > MAX_TEXT {
            self.fail(field, format!("{label} is too long (at most {MAX_TEXT} characters)"));
        }
    }

    pub fn opt_line(&mut self, field: &str, label: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.line(field, label, v);
        }
    }

    pub fn email(&mut self, field: &str, value: &Option<String>) {
        if let Some(v) = value
            && !email_address::EmailAddress::is_valid(v)
        {
            self.fail(field, format!("“{v}” is not a valid email address"));
        }
    }

    /// Web links must be absolute http(s) URLs: anything else (javascript:, file:) is refused because the
    /// UI turns them into clickable links.
    pub fn url(&mut self, field: &str, value: &Option<String>) {
        if let Some(v) = value {
            match url::Url::parse(v) {
                Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {}
                Ok(_) => self.fail(field, "a link must start with http:// or https://"),
                Err(_) => self.fail(field, format!("“{v}” is not a valid web address")),
            }
        }
    }

    pub fn non_negative(&mut self, field: &str, label: &str, value: i64) {
        if value < 0 {
            self.fail(field, format!("{label} cannot be negative"));
        }
    }

    pub fn percent(&mut self, field: &str, label: &str, value: f64) {
        if !value.is_finite() || !(0.0..=100.0).contains(&value) {
            self.fail(field, format!("{label} must be between 0% and 100%"));
        }
    }

    pub fn rating(&mut self, field: &str, label: &str, value: Option<i64>) {
        if let Some(v) = value
            && !(1..=5).contains(&v)
        {
            self.fail(field, format!("{label} is rated from 1 to 5"));
        }
    }

    pub fn currency(&mut self, field: &str, value: &Option<String>) {
        if let Some(code) = value
            && iso_currency::Currency::from_code(code).is_none()
        {
            self.fail(field, format!("“{code}” is not an ISO 4217 currency code (such as USD, EUR, GBP)"));
        }
    }

    pub fn time_zone(&mut self, field: &str, value: &str) {
        if chrono_tz::Tz::from_str(value).is_err() {
            self.fail(field, format!("“{value}” is not a known time zone (such as America/Los_Angeles)"));
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
