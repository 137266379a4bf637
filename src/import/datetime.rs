//! Reading the many ways exports write an instant, into UTC.

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::mapped::DateOrder;

/// A wall-clock time in `tz`. In the repeated hour of an autumn DST change the first occurrence is taken
/// (exports give no way to tell); a time inside the spring gap, which no clock showed, is read as the
/// same number of minutes after the gap.
pub fn local_to_utc(local: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            let later = local + chrono::Duration::hours(1);
            tz.from_local_datetime(&later)
                .earliest()
                .map_or_else(|| Utc.from_utc_datetime(&local), |t| t.with_timezone(&Utc))
        }
    }
}

/// A date without a time: taken at noon shop-local, so its day never shifts.
pub fn local_day_to_utc(day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    local_to_utc(day.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN)), tz)
}

/// A strftime pattern read once, for a column parsed on every row of a large export
/// (`DateTime::parse_from_str` reads its pattern again on each call: a million times in a big import).
pub struct Pattern(Vec<chrono::format::Item<'static>>);

impl Pattern {
    /// # Errors
    /// A [`chrono::format::ParseError`] when `pattern` is not a valid strftime pattern.
    pub fn new(pattern: &'static str) -> Result<Pattern, chrono::format::ParseError> {
        chrono::format::StrftimeItems::new(pattern).parse().map(Pattern)
    }

    /// `text` as an instant with its offset, as `DateTime::parse_from_str(text, pattern)` reads it.
    ///
    /// # Errors
    /// A [`chrono::format::ParseError`] when `text` does not follow the pattern.
    pub fn instant(&self, text: &str) -> chrono::ParseResult<DateTime<FixedOffset>> {
        let mut parsed = chrono::format::Parsed::new();
        chrono::format::parse(&mut parsed, text, self.0.iter())?;
        parsed.to_datetime()
    }
}

pub fn parse_naive(text: &str, formats: &[&str]) -> Option<NaiveDateTime> {
    formats.iter().find_map(|f| NaiveDateTime::parse_from_str(text.trim(), f).ok())
}

pub fn parse_day(text: &str, formats: &[&str]) -> Option<NaiveDate> {
    formats.iter().find_map(|f| NaiveDate::parse_from_str(text.trim(), f).ok())
}

/// A day written as three numbers separated by `/`, `.` or `-`, in `order` (`22/07/2016`, `7/22/16`,
/// `22.07.2016`); a year-first day (`2016-07-22`, `2016/07/22`) is read as such whatever the order. A
/// two-digit year is in 2000–2099 (exports are recent). `None` when the text is not such a day.
pub fn parse_day_ordered(text: &str, order: DateOrder) -> Option<NaiveDate> {
    let t = text.trim();
    let sep = t.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = t.split(sep).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let n = |i: usize| parts[i].parse::<u32>().ok();
    let year = |i: usize| -> Option<i32> {
        match parts[i].len() {
            4 => parts[i].parse().ok(),
            2 => parts[i].parse::<i32>().ok().map(|y| 2000 + y),
            _ => None,
        }
    };
    let (y, m, d) = if parts[0].len() == 4 {
        (year(0)?, n(1)?, n(2)?)
    } else if parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    } else {
        match order {
            DateOrder::Dmy => (year(2)?, n(1)?, n(0)?),
            DateOrder::Mdy | DateOrder::Ymd => (year(2)?, n(0)?, n(1)?),
        }
    };
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A date and time written with the day in `order` (see [`parse_day_ordered`]) and a time after a space
/// or a `T`: `22/07/2016 14:05`, `7/22/2016 2:05:09 PM`, `2016-07-22T14:05:09`. A date alone is `None`.
pub fn parse_date_time_ordered(text: &str, order: DateOrder) -> Option<NaiveDateTime> {
    let t = text.trim();
    let split = t.find([' ', 'T'])?;
    let day = parse_day_ordered(&t[..split], order)?;
    let time_text = t[split + 1..].trim();
    let time = ["%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p", "%H:%M:%S%.f"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(time_text, f).ok())?;
    Some(day.and_time(time))
}

/// UTC offsets of the zone abbreviations PayPal writes (the abbreviation in effect, so unambiguous).
pub fn abbreviation_offset(abbr: &str) -> Option<FixedOffset> {
    let hours = match abbr.trim().to_uppercase().as_str() {
        "UTC" | "GMT" | "WET" => 0,
        "BST" | "CET" | "WEST" | "IST" | "MEZ" => 1,
        "CEST" | "EET" | "MESZ" | "OEZ" => 2,
        "OESZ" => 3,
        "EEST" | "MSK" => 3,
        "EDT" => -4,
        "EST" | "CDT" => -5,
        "CST" | "MDT" => -6,
        "MST" | "PDT" => -7,
        "PST" => -8,
        "AKST" => -9,
        "AKDT" => -8,
        "HST" => -10,
        "AEST" => 10,
        "AEDT" => 11,
        "NZST" => 12,
        "NZDT" => 13,
        _ => return None,
    };
    FixedOffset::east_opt(hours * 3600)
}

/// The instant of a wall time whose zone is written beside it: an abbreviation in effect (`PDT`, `MEZ`),
/// an IANA name (`Europe/Berlin`), or nothing (then the shop's zone).
pub fn zoned_to_utc(local: NaiveDateTime, zone: &str, shop: Tz) -> DateTime<Utc> {
    if let Some(offset) = abbreviation_offset(zone)
        && let Some(t) = offset.from_local_datetime(&local).single()
    {
        return t.with_timezone(&Utc);
    }
    let tz = zone.trim().parse::<Tz>().unwrap_or(shop);
    local_to_utc(local, tz)
}

/// The IANA zone behind the Rails-style zone names Square writes ("Eastern Time (US & Canada)").
pub fn square_zone(name: &str) -> Option<Tz> {
    let iana = match name.trim() {
        "Eastern Time (US & Canada)" => "America/New_York",
        "Central Time (US & Canada)" => "America/Chicago",
        "Mountain Time (US & Canada)" => "America/Denver",
        "Pacific Time (US & Canada)" => "America/Los_Angeles",
        "Arizona" => "America/Phoenix",
        "Alaska" => "America/Juneau",
        "Hawaii" => "Pacific/Honolulu",
        "Atlantic Time (Canada)" => "America/Halifax",
        "Newfoundland" => "America/St_Johns",
        "London" | "Edinburgh" => "Europe/London",
        "Dublin" => "Europe/Dublin",
        "Paris" => "Europe/Paris",
        "Madrid" => "Europe/Madrid",
        "Berlin" => "Europe/Berlin",
        "Sydney" => "Australia/Sydney",
        "Melbourne" => "Australia/Melbourne",
        "Brisbane" => "Australia/Brisbane",
        "Perth" => "Australia/Perth",
        "Tokyo" => "Asia/Tokyo",
        "UTC" => "UTC",
        other => other, // an IANA name already
    };
    iana.parse().ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_pattern_read_once_reads_as_parse_from_str() {
        let shopify = super::Pattern::new("%Y-%m-%d %H:%M:%S %z").expect("pattern");
        for text in ["2024-03-05 14:00:00 -0500", "2024-11-03 01:30:00 +0100", "2024-03-05T14:00", "", "x"] {
            assert_eq!(
                shopify.instant(text).ok(),
                chrono::DateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S %z").ok(),
                "{text}"
            );
        }
        assert!(shopify.instant("2024-03-05 14:00:00 -0500").is_ok());
    }

    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("datetime")
    }

    #[test]
    fn wall_time_follows_the_zone_across_dst() {
        let ny: Tz = "America/New_York".parse().expect("zone");
        assert_eq!(local_to_utc(at("2024-01-15 10:00"), ny).to_rfc3339(), "2024-01-15T15:00:00+00:00");
        assert_eq!(local_to_utc(at("2024-07-15 10:00"), ny).to_rfc3339(), "2024-07-15T14:00:00+00:00");
        // 02:30 did not exist on 2024-03-10; read as 03:30 EDT.
        assert_eq!(local_to_utc(at("2024-03-10 02:30"), ny).to_rfc3339(), "2024-03-10T07:30:00+00:00");
        // 01:30 happened twice on 2024-11-03; the first (EDT) is taken.
        assert_eq!(local_to_utc(at("2024-11-03 01:30"), ny).to_rfc3339(), "2024-11-03T05:30:00+00:00");
    }

    #[test]
    fn days_are_read_in_the_files_order() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_day_ordered("09/06/2016", DateOrder::Dmy), d(2016, 6, 9));
        assert_eq!(parse_day_ordered("09/06/2016", DateOrder::Mdy), d(2016, 9, 6));
        assert_eq!(parse_day_ordered("9/4/2018", DateOrder::Mdy), d(2018, 9, 4));
        assert_eq!(parse_day_ordered("15.09.2025", DateOrder::Dmy), d(2025, 9, 15));
        assert_eq!(parse_day_ordered("12/29/22", DateOrder::Mdy), d(2022, 12, 29));
        assert_eq!(parse_day_ordered("2016-07-22", DateOrder::Dmy), d(2016, 7, 22));
        assert_eq!(parse_day_ordered("22/07/2016", DateOrder::Mdy), None, "no 22nd month");
        assert_eq!(parse_day_ordered("1/2/345", DateOrder::Mdy), None);
        assert_eq!(parse_day_ordered("2016-07-22 10:00", DateOrder::Mdy), None);
        assert_eq!(
            parse_date_time_ordered("7/22/2016 2:05 PM", DateOrder::Mdy),
            NaiveDate::from_ymd_opt(2016, 7, 22).and_then(|d| d.and_hms_opt(14, 5, 0))
        );
        assert_eq!(
            parse_date_time_ordered("22.07.2016 14:05:09", DateOrder::Dmy),
            NaiveDate::from_ymd_opt(2016, 7, 22).and_then(|d| d.and_hms_opt(14, 5, 9))
        );
    }

    #[test]
    fn zone_names_and_abbreviations() {
        assert_eq!(square_zone("Pacific Time (US & Canada)"), Some(chrono_tz::America::Los_Angeles));
        assert_eq!(square_zone("Europe/Berlin"), Some(chrono_tz::Europe::Berlin));
        assert_eq!(square_zone("Middle Earth"), None);
        assert_eq!(abbreviation_offset("PDT").map(|o| o.local_minus_utc()), Some(-7 * 3600));
        assert_eq!(abbreviation_offset("CST").map(|o| o.local_minus_utc()), Some(-6 * 3600));
        assert_eq!(abbreviation_offset("CEST").map(|o| o.local_minus_utc()), Some(2 * 3600));
        assert_eq!(abbreviation_offset("XYZ"), None);
    }
}

#[cfg(test)]
mod properties {
    use chrono::{NaiveDate, Timelike};
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Wherever a wall time exists in the zone, reading it gives back the same wall time; in the
        /// spring gap it lands within the hour after.
        #[test]
        fn local_times_round_trip(days in 0i64..3_650, minute in 0u32..1_440, zone in 0usize..4) {
            let tz: Tz = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "America/Los_Angeles"][zone].parse().expect("zone");
            let day = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date") + chrono::Days::new(days as u64);
            let local = day.and_hms_opt(minute / 60, minute % 60, 0).expect("time");
            let back = local_to_utc(local, tz).with_timezone(&tz).naive_local();
            if tz.from_local_datetime(&local).earliest().is_some() {
                prop_assert_eq!(back, local);
            } else {
                let shift = back - local;
                prop_assert!(shift > chrono::Duration::zero() && shift <= chrono::Duration::hours(1), "{local} -> {back}");
                prop_assert_eq!(back.second(), 0);
            }
        }
    }
}
