//! Whether a file writes its dates day-first (`22/07/2016`) or month-first (`07/22/2016`), decided once
//! for the whole file, never row by row: a file is written by one program in one language.
//!
//! The file decides when any of its dates has a first number above 12 (day-first) or a second number
//! above 12 (month-first). Where none does (every day of the file is a 12th or earlier), the owner's
//! choice for this import decides, else the export's documented convention (a PayPal download in a
//! day-first language), else the shop's locale (month-first for the United States and the few regions
//! that write dates so, day-first elsewhere), else the shop's time zone likewise. The import
//! report says which decided, so the preview can show it and the owner can flip it.

use std::io::Read;

use serde::Serialize;
use ts_rs::TS;

use super::mapped::DateOrder;

/// What decided the day/month order of a file's dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "by")]
#[ts(export)]
pub enum DateOrderSource {
    /// A date of the file can be read only one way.
    File { line: u64, value: String },
    /// The owner chose it for this import.
    Owner,
    /// The export's documented convention (the language of its header).
    Export,
    /// The shop's locale.
    Locale { locale: String },
    /// The shop's time zone, for a shop without a locale (a zone of the United States or the
    /// Philippines writes month first, every other day first).
    TimeZone { zone: String },
    /// Nothing could tell: month-first, the exports' default.
    Default,
}

/// The day/month order of a file and what decided it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct DateOrderDecision {
    pub order: DateOrder,
    pub source: DateOrderSource,
}

/// What one date says of the order: `Some` when its numbers can be read only one way.
pub fn evidence(text: &str) -> Option<DateOrder> {
    let t = text.trim();
    let mut parts = t.split(['/', '.', '-']);
    let first = parts.next()?;
    let second = parts.next()?;
    let third = parts.next()?;
    let small = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // The year leads the ISO form (2024-03-05): never ambiguous.
    if !small(first) || !small(second) || !third.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (a, b): (u32, u32) = (first.parse().ok()?, second.parse().ok()?);
    match (a > 12, b > 12) {
        (true, false) if b >= 1 => Some(DateOrder::Dmy),
        (false, true) if a >= 1 => Some(DateOrder::Mdy),
        _ => None,
    }
}

/// What a file's date column says of its day/month order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scanned {
    /// Its dates lead with the year (2024-03-05): nothing to decide. Read from the first date, as a
    /// file is written by one program: the scan of a large ISO-dated export stops at once.
    YearFirst,
    /// The first date that can be read only one way, with its line.
    Settled(DateOrder, u64, String),
    /// No date tells.
    Undecided,
}

/// Scans column `column` of a CSV (header first) for its day/month order.
///
/// # Errors
/// Only I/O errors; a row the CSV reader cannot read ends the scan (the import reports it).
pub fn scan(reader: impl Read, delimiter: u8, column: usize) -> std::io::Result<Scanned> {
    let (checked, _, mut lines) = super::quoting::QuoteCheck::with_lines(reader, delimiter);
    let mut csv = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(true).from_reader(checked);
    let mut record = csv::StringRecord::new();
    let mut first = true;
    loop {
        match csv.read_record(&mut record) {
            Ok(false) | Err(_) => return Ok(Scanned::Undecided),
            Ok(true) => {
                let Some(value) = record.get(column).map(str::trim).filter(|v| !v.is_empty()) else { continue };
                let year_first = value.len() > 4
                    && value.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                    && matches!(value.as_bytes()[4], b'-' | b'/' | b'.');
                if std::mem::take(&mut first) && year_first {
                    return Ok(Scanned::YearFirst);
                }
                if let Some(order) = evidence(value) {
                    let line = record.position().map_or(0, |p| lines.at(p.byte()));
                    return Ok(Scanned::Settled(order, line, value.to_string()));
                }
            }
        }
    }
}

/// Month-first where the locale's region writes dates so (CLDR: US and its territories, Philippines,
/// Micronesia, Marshall Islands, Palau, Belize…); day-first for every other region. `None` for a locale
/// without a region.
pub fn locale_order(locale: &str) -> Option<DateOrder> {
    let region =
        locale.split(['-', '_']).skip(1).find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))?;
    let month_first = ["US", "PR", "GU", "VI", "AS", "UM", "MP", "PH", "FM", "MH", "PW", "BZ"];
    Some(if month_first.contains(&region.to_uppercase().as_str()) { DateOrder::Mdy } else { DateOrder::Dmy })
}

/// Month-first for the time zones of the United States (and its territories) and the Philippines, the
/// places that write dates so; day-first for every other zone.
pub fn zone_order(zone: &str) -> DateOrder {
    let us = [
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Los_Angeles",
        "America/Phoenix",
        "America/Anchorage",
        "America/Juneau",
        "America/Sitka",
        "America/Yakutat",
        "America/Nome",
        "America/Adak",
        "America/Metlakatla",
        "America/Boise",
        "America/Detroit",
        "America/Menominee",
        "America/Puerto_Rico",
        "America/St_Thomas",
        "Pacific/Honolulu",
        "Pacific/Guam",
        "Pacific/Saipan",
        "Pacific/Pago_Pago",
        "Asia/Manila",
    ];
    let month_first = us.contains(&zone)
        || zone.starts_with("US/")
        || zone.starts_with("America/Indiana/")
        || zone.starts_with("America/Kentucky/")
        || zone.starts_with("America/North_Dakota/");
    if month_first { DateOrder::Mdy } else { DateOrder::Dmy }
}

/// Decides the order of a file from what its dates said, the owner's choice, the export's convention,
/// the shop's locale and the shop's time zone, in that order.
pub fn decide(
    found: Option<(DateOrder, u64, String)>,
    owner: Option<DateOrder>,
    convention: Option<DateOrder>,
    locale: Option<&str>,
    zone: Option<&str>,
) -> DateOrderDecision {
    if let Some((order, line, value)) = found {
        return DateOrderDecision { order, source: DateOrderSource::File { line, value } };
    }
    if let Some(order) = owner.filter(|o| *o != DateOrder::Ymd) {
        return DateOrderDecision { order, source: DateOrderSource::Owner };
    }
    if let Some(order) = convention {
        return DateOrderDecision { order, source: DateOrderSource::Export };
    }
    if let Some(l) = locale
        && let Some(order) = locale_order(l)
    {
        return DateOrderDecision { order, source: DateOrderSource::Locale { locale: l.to_string() } };
    }
    if let Some(z) = zone {
        return DateOrderDecision { order: zone_order(z), source: DateOrderSource::TimeZone { zone: z.to_string() } };
    }
    DateOrderDecision { order: DateOrder::Mdy, source: DateOrderSource::Default }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_settles_the_order_only_when_it_can_be_read_one_way() {
        assert_eq!(evidence("22/07/2016"), Some(DateOrder::Dmy));
        assert_eq!(evidence("07/22/2016"), Some(DateOrder::Mdy));
        assert_eq!(evidence("09/06/2016"), None);
        assert_eq!(evidence("12/29/22"), Some(DateOrder::Mdy));
        assert_eq!(evidence("29.12.2022 14:05"), Some(DateOrder::Dmy));
        assert_eq!(evidence("2016-07-22"), None, "ISO dates are never ambiguous");
        assert_eq!(evidence("31/31/2016"), None);
        assert_eq!(evidence("July 22"), None);
    }

    #[test]
    fn the_file_then_the_owner_then_the_export_then_the_locale_decide() {
        let found = Some((DateOrder::Dmy, 3, "22/07/2016".to_string()));
        assert_eq!(decide(found, Some(DateOrder::Mdy), None, None, None).order, DateOrder::Dmy, "the file wins");
        assert_eq!(decide(None, Some(DateOrder::Dmy), Some(DateOrder::Mdy), None, None).source, DateOrderSource::Owner);
        assert_eq!(decide(None, None, Some(DateOrder::Dmy), Some("en-US"), None).order, DateOrder::Dmy);
        let by_locale = decide(None, None, None, Some("en-GB"), None);
        assert_eq!(
            (by_locale.order, by_locale.source),
            (DateOrder::Dmy, DateOrderSource::Locale { locale: "en-GB".into() })
        );
        assert_eq!(decide(None, None, None, Some("en-US"), None).order, DateOrder::Mdy);
        assert_eq!(decide(None, None, None, Some("fr"), None).source, DateOrderSource::Default);
        assert_eq!(decide(None, None, None, None, None).order, DateOrder::Mdy);
        let london = decide(None, None, None, None, Some("Europe/London"));
        assert_eq!(
            (london.order, london.source),
            (DateOrder::Dmy, DateOrderSource::TimeZone { zone: "Europe/London".into() })
        );
        assert_eq!(
            decide(None, None, None, Some("en-GB"), Some("America/Chicago")).order,
            DateOrder::Dmy,
            "the locale first"
        );
        assert_eq!(zone_order("America/Indiana/Indianapolis"), DateOrder::Mdy);
        assert_eq!(zone_order("America/Mexico_City"), DateOrder::Dmy);
    }

    #[test]
    fn the_scan_stops_at_the_first_telling_date() {
        let text = "Date,Gross\n09/06/2016,1\n01/07/2016,2\n22/07/2016,3\n";
        assert_eq!(
            scan(text.as_bytes(), b',', 0).expect("scan"),
            Scanned::Settled(DateOrder::Dmy, 4, "22/07/2016".into())
        );
        assert_eq!(scan("Date\n01/02/2020\n".as_bytes(), b',', 0).expect("scan"), Scanned::Undecided);
        assert_eq!(scan("Date\n2024-03-05 10:00\n13/02/2020\n".as_bytes(), b',', 0).expect("scan"), Scanned::YearFirst);
    }
}
