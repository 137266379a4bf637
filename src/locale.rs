//! The owner's locale: one setting, in one place, that decides how money, numbers and dates are written on
//! the screens, in the charts, the PDFs, the CLI and the CSV export, which paper a PDF is laid out for and
//! which day a week starts on. The shop's setting wins; "System" (no setting) follows the operating system.
//! Everything a locale implies comes from CLDR through ICU4X (the Unicode Consortium's library): the
//! window, the PDF and the CLI ask this module rather than each keeping its own table.

use fixed_decimal::Decimal;
use icu_calendar::week::WeekInformation;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use serde::Serialize;
use ts_rs::TS;
use writeable::Writeable;

/// The locales LocalLift is checked in (formats and, as catalogues arrive, words). Any other BCP 47 tag
/// the owner sets still formats by CLDR; these are the ones the tests go through.
pub const SUPPORTED: &[&str] = &["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "es-MX", "pt-BR", "it-IT", "ja-JP"];

/// What reads like US English when nothing better is known (the POSIX "C" locale, an unreadable tag).
pub const FALLBACK: &str = "en-US";

/// Everything the window needs to write like the core: sent with the shop, computed here once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LocaleInfo {
    /// The BCP 47 tag in effect ("de-DE"): the shop's setting, else the system's.
    pub locale: String,
    /// Whether it is the system's (the shop has no setting).
    pub from_system: bool,
    /// The operating system's locale, what "System" means on this computer.
    pub system: String,
    /// The locales LocalLift is checked in ([`SUPPORTED`]), for the Settings list.
    pub supported: Vec<String>,
    /// 1 = Monday … 7 = Sunday (ISO 8601 numbering), from CLDR's week data for the locale's region.
    pub first_day_of_week: u8,
    /// US Letter is the usual paper (CLDR's paperSize: the Americas' letter countries), else A4.
    pub letter_paper: bool,
    /// The decimal mark ("," in de-DE) and the grouping separator (".").
    pub decimal: String,
    pub group: String,
    /// The CSV field separator spreadsheets of this locale split on: ";" where the decimal mark is ",".
    pub csv_separator: String,
    /// The shop's currency (ISO 4217), and its number of minor-unit digits from the ISO 4217 table (2 for
    /// EUR and HUF, 0 for JPY, 3 for KWD): the only source of digits, on every engine.
    pub currency: Option<String>,
    pub currency_exponent: u32,
}

/// The operating system's locale as a BCP 47 tag ("de_DE.UTF-8" → "de-DE"); the POSIX "C" locale and an
/// unreadable one are [`FALLBACK`].
pub fn system_locale() -> String {
    sys_locale::get_locale().map_or_else(|| FALLBACK.to_string(), |raw| normalize(&raw))
}

/// A locale tag as written by people and systems ("pt_BR.UTF-8", "de-de", "C") made a canonical BCP 47
/// tag ("pt-BR", "de-DE"); what is not a locale becomes [`FALLBACK`].
pub fn normalize(raw: &str) -> String {
    let tag = raw.split(['.', '@']).next().unwrap_or("").trim().replace('_', "-");
    if tag.is_empty() || tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return FALLBACK.to_string();
    }
    Locale::try_from_str(&tag).map_or_else(|_| FALLBACK.to_string(), |l| l.to_string())
}

/// A locale tag the owner typed ("de_de", "pt-br") in its canonical form ("de-DE", "pt-BR"); `None`
/// when it is not a BCP 47 language tag.
pub fn canonical(tag: &str) -> Option<String> {
    let tag = tag.trim().replace('_', "-");
    Locale::try_from_str(&tag).ok().filter(|l| !l.id.language.is_unknown()).map(|l| l.to_string())
}

/// The locale in effect: the shop's `setting` when there is one, else the system's.
pub fn effective(setting: Option<&str>) -> String {
    match setting.map(str::trim).filter(|s| !s.is_empty()) {
        Some(tag) => normalize(tag),
        None => system_locale(),
    }
}

/// The parsed locale, or [`FALLBACK`]'s.
pub(crate) fn parse(locale: &str) -> Locale {
    Locale::try_from_str(locale).or_else(|_| Locale::try_from_str(FALLBACK)).unwrap_or(Locale::UNKNOWN)
}

/// Whether US Letter is the usual paper where `locale` is (CLDR supplemental `paperSize`: US, Canada,
/// Mexico, Chile, Colombia, Venezuela, the Philippines, Puerto Rico and Central America's letter countries).
pub fn letter_paper(locale: &str) -> bool {
    let region = parse(locale).id.region.map(|r| r.to_string()).unwrap_or_default();
    ["US", "CA", "MX", "CL", "CO", "VE", "PH", "PR", "BZ", "CR", "GT", "NI", "PA", "SV"].contains(&region.as_str())
}

/// The first day of the week where `locale` is, 1 = Monday … 7 = Sunday (CLDR week data).
pub fn first_day_of_week(locale: &str) -> u8 {
    WeekInformation::try_new((&parse(locale)).into()).map_or(1, |w| w.first_weekday as u8)
}

/// Decimals of an ISO 4217 currency, from the ISO 4217 table (2 when unknown: an import refuses unknown
/// currencies anyway). The one source of a currency's digits: the PDF, the charts, the CLI, the import
/// and the window (through [`LocaleInfo::currency_exponent`]).
pub fn exponent_of(currency: &str) -> u32 {
    iso_currency::Currency::from_code(&currency.trim().to_uppercase()).and_then(|c| c.exponent()).map_or(2, u32::from)
}

/// A locale's decimal mark and grouping separator, as its decimal formatter writes 123,456.7.
fn marks(formatter: &DecimalFormatter) -> (String, String) {
    let mut sample = Decimal::from(1_234_567);
    sample.multiply_pow10(-1);
    let sample = formatter.format(&sample).write_to_string().into_owned();
    let marks: Vec<&str> = sample.split(|c: char| c.is_numeric()).filter(|s| !s.is_empty()).collect();
    let decimal = marks.last().map_or(".", |s| s).to_string();
    let group = if marks.len() > 1 { marks[0].to_string() } else { String::new() };
    (decimal, group)
}

/// Everything a locale implies, for a shop whose currency is `currency`.
pub fn info(setting: Option<&str>, currency: Option<&str>) -> LocaleInfo {
    let locale = effective(setting);
    let (decimal, group) = DecimalFormatter::try_new((&parse(&locale)).into(), Default::default())
        .map_or_else(|_| (".".to_string(), ",".to_string()), |f| marks(&f));
    LocaleInfo {
        from_system: setting.map(str::trim).is_none_or(str::is_empty),
        system: system_locale(),
        supported: SUPPORTED.iter().map(|s| s.to_string()).collect(),
        first_day_of_week: first_day_of_week(&locale),
        letter_paper: letter_paper(&locale),
        csv_separator: if decimal == "," { ";".into() } else { ",".into() },
        decimal,
        group,
        currency: currency.map(str::to_string),
        currency_exponent: currency.map_or(2, exponent_of),
        locale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_from_systems_and_people_become_bcp47() {
        assert_eq!(normalize("de_DE.UTF-8"), "de-DE");
        assert_eq!(normalize("pt_BR"), "pt-BR");
        assert_eq!(normalize("C"), "en-US");
        assert_eq!(normalize("POSIX"), "en-US");
        assert_eq!(normalize(""), "en-US");
        assert_eq!(normalize("not a locale!"), "en-US");
        assert_eq!(effective(Some(" fr-FR ")), "fr-FR");
        assert_eq!(effective(Some("")), system_locale());
    }

    #[test]
    fn weeks_paper_and_csv_follow_the_region() {
        assert_eq!(first_day_of_week("de-DE"), 1);
        assert_eq!(first_day_of_week("en-US"), 7);
        assert_eq!(first_day_of_week("pt-BR"), 7);
        assert_eq!(first_day_of_week("en-GB"), 1);
        assert!(letter_paper("en-US") && letter_paper("es-MX") && !letter_paper("de-DE") && !letter_paper("en-GB"));
        let de = info(Some("de-DE"), Some("EUR"));
        assert_eq!((de.decimal.as_str(), de.group.as_str(), de.csv_separator.as_str()), (",", ".", ";"));
        assert!(!de.from_system);
        let us = info(Some("en-US"), Some("USD"));
        assert_eq!((us.decimal.as_str(), us.csv_separator.as_str()), (".", ","));
    }

    #[test]
    fn currency_digits_come_from_iso_4217_not_a_browser() {
        // Chromium's Intl says 0 for these; ISO 4217 says 2.
        for code in ["HUF", "IDR", "COP", "LBP"] {
            assert_eq!(info(Some("en-US"), Some(code)).currency_exponent, 2, "{code}");
        }
        assert_eq!(info(Some("ja-JP"), Some("JPY")).currency_exponent, 0);
        assert_eq!(info(Some("ar-KW"), Some("KWD")).currency_exponent, 3);
    }
}
