//! Numbers, money and dates as the owner's locale writes them ([`crate::locale`] says which), for what the
//! core draws and prints itself: chart axes, PDFs, the CLI. The formats are CLDR's, through ICU4X; the
//! window's `Intl` is checked against them (`ui/src/lib/format.test.ts` reads the cases this module writes).

use chrono::{Datelike, NaiveDate};
use fixed_decimal::Decimal;
use icu_calendar::{Date, Gregorian};
use icu_datetime::{FixedCalendarDateTimeFormatter, fieldsets};
use icu_decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use writeable::Writeable;

/// "1 order", "3 orders": a count with its noun in the singular or the plural, for sentences.
pub fn plural(n: u64, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

pub use crate::locale::exponent_of;

/// A lift range as the owner reads it: an estimate is not known to the cent, so both ends are rounded (half
/// to even) to one step, two significant digits of the larger end and never finer than one major unit of a
/// currency whose minor-unit exponent (ISO 4217) is `exponent`. (120_637, 787_912) at 2 → (120_000, 790_000),
/// "$1,200 to $7,900"; (12_000, 64_000) → (12_000, 64_000). Money stays in minor units.
pub fn shown_range(low: i64, high: i64, exponent: u32) -> (i64, i64) {
    let largest = low.unsigned_abs().max(high.unsigned_abs());
    let digits = largest.checked_ilog10().map_or(1, |d| d + 1);
    let step = 10_i64.pow(exponent.min(12)).max(10_i64.pow(digits.saturating_sub(2).min(17)));
    let round = |v: i64| crate::model::div_round_half_even(i128::from(v), i128::from(step)) * step;
    (round(low), round(high))
}

/// How the core writes numbers, money and dates for one locale and currency: the digits, separators,
/// currency symbol and its place, percent sign and month names all come from CLDR through ICU4X, the minor
/// unit digits from ISO 4217 ([`exponent_of`]). Built once per document or chart set (a few microseconds).
pub struct Numbers {
    exponent: u32,
    decimal: DecimalFormatter,
    /// Text around a formatted amount ("$" and "", or "" and " €"), from CLDR's currency pattern.
    money_affixes: (String, String),
    /// Text around a formatted percentage ("" and "%", or "" and " %").
    percent_affixes: (String, String),
    /// The compact currency formatter for axis labels ("$12K", "12.345 €"), when CLDR has the currency.
    compact: Option<CurrencyFormatter<CompactDecimalFormatter>>,
    /// The locale's minus sign ("-" in English, "−" in Swedish…), written before the currency symbol.
    minus: String,
    /// A day as "Mar 1, 2026" / "01.03.2026" (CLDR medium), and its month and day alone ("Mar 1", "1. März").
    day_medium: Option<FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMD>>,
    month_day: Option<FixedCalendarDateTimeFormatter<Gregorian, fieldsets::MD>>,
    /// The locale these formats are for (BCP 47, as given): the words beside the numbers follow it.
    locale: String,
}

/// The text before the first digit and after the last one of a formatted sample ("$1.00" → ("$", "")).
fn affixes(sample: &str) -> (String, String) {
    let first = sample.find(|c: char| c.is_numeric()).unwrap_or(0);
    let last = sample
        .rfind(|c: char| c.is_numeric())
        .map_or(sample.len(), |i| i + sample[i..].chars().next().map_or(1, char::len_utf8));
    (sample[..first].to_string(), sample[last..].to_string())
}

impl Numbers {
    /// Formats for `locale` (BCP 47; an unknown one reads like [`crate::locale::FALLBACK`]) in the
    /// currency `currency` (ISO 4217; none: plain numbers).
    pub fn new(currency: Option<&str>, locale: &str) -> Numbers {
        let loc = crate::locale::parse(locale);
        let code = currency.map(|c| c.trim().to_ascii_uppercase()).unwrap_or_default();
        let exponent = if code.is_empty() { 2 } else { exponent_of(&code) };
        let decimal = DecimalFormatter::try_new((&loc).into(), Default::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
            .expect("ICU4X's compiled data has the root locale's decimal format");
        let minus = affixes(&decimal.format(&Decimal::from(-1)).write_to_string()).0;
        let currency_type = CurrencyType::try_from_str(&code.to_ascii_lowercase()).ok();
        let money_affixes = currency_type
            .and_then(|c| CurrencyFormatter::try_new_symbol((&loc).into(), c, Default::default()).ok())
            .map(|f| affixes(&f.format_fixed_decimal(&Decimal::from(1)).write_to_string()))
            .unwrap_or_else(|| {
                if code.is_empty() { (String::new(), String::new()) } else { (String::new(), format!("\u{a0}{code}")) }
            });
        let compact = currency_type
            .and_then(|c| CurrencyFormatter::try_new_compact_symbol((&loc).into(), c, Default::default()).ok());
        let percent_affixes = PercentFormatter::try_new((&loc).into(), Default::default())
            .map(|f| affixes(&f.format(&Decimal::from(1)).write_to_string()))
            .unwrap_or_else(|_| (String::new(), "%".to_string()));
        let day_medium = FixedCalendarDateTimeFormatter::try_new((&loc).into(), fieldsets::YMD::medium()).ok();
        let month_day = FixedCalendarDateTimeFormatter::try_new((&loc).into(), fieldsets::MD::medium()).ok();
        Numbers {
            exponent,
            decimal,
            money_affixes,
            percent_affixes,
            compact,
            minus,
            day_medium,
            month_day,
            locale: locale.to_string(),
        }
    }

    /// The locale these numbers are written for ("de-AT"), as [`Numbers::new`] was given it: the words
    /// around them are `crate::i18n::words(numbers.locale())`.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// A non-negative number of `scale` decimals (`value` × 10^−scale), grouped as the locale groups.
    fn number(&self, value: u64, scale: u32) -> String {
        let mut d = Decimal::from(value);
        d.multiply_pow10(-(scale as i16));
        d.absolute.pad_end(-(scale as i16));
        self.decimal.format(&d).write_to_string().into_owned()
    }

    /// An amount of minor units as a short axis label, from CLDR's compact currency format: "$1.2K",
    /// "−€350", "1235 €" (German abbreviates from a million).
    pub fn short_money(&self, minor: f64) -> String {
        let major = minor / 10f64.powi(self.exponent as i32);
        let Some(compact) = &self.compact else {
            return self.with_symbol(major < 0.0, &self.number(major.abs().round() as u64, 0));
        };
        let rounded = (major.abs() * 10.0).round() as u64;
        let mut d = Decimal::from(rounded);
        d.multiply_pow10(-1);
        let text = compact.format_fixed_decimal(&d).write_to_string().into_owned();
        if major < 0.0 && rounded > 0 { format!("{}{text}", self.minus) } else { text }
    }

    /// The currency symbol placed as the locale places it ("$12.50", "12,50 €"), after a minus sign.
    fn with_symbol(&self, negative: bool, number: &str) -> String {
        let sign = if negative { self.minus.as_str() } else { "" };
        format!("{sign}{}{number}{}", self.money_affixes.0, self.money_affixes.1)
    }

    /// An amount of minor units: "$1,234.50", "−1.234,50 €", with the ISO 4217 number of decimals.
    pub fn money(&self, minor: i64) -> String {
        self.with_symbol(minor < 0, &self.number(minor.unsigned_abs(), self.exponent))
    }

    /// The currency's minor-unit exponent (ISO 4217): 2 for USD, 0 for JPY.
    pub fn exponent(&self) -> u32 {
        self.exponent
    }

    /// An amount written without its minor units when it has none: "$1,200", "1.200 €", else as [`money`].
    ///
    /// [`money`]: Numbers::money
    pub fn money_whole(&self, minor: i64) -> String {
        let scale = 10u64.pow(self.exponent);
        if !minor.unsigned_abs().is_multiple_of(scale) {
            return self.money(minor);
        }
        self.with_symbol(minor < 0, &self.number(minor.unsigned_abs() / scale, 0))
    }

    /// A sales-lift range (net revenue, 95%) in the owner's words, in English (`crate::report::lift_range`
    /// writes it in the locale's language), its ends rounded as [`shown_range`] says: "Between $1,200 and
    /// $7,900 more than usual (95% range)"; a range that includes zero says it may be nothing.
    pub fn lift_range(&self, low_minor: i64, high_minor: i64) -> String {
        let (low, high) = shown_range(low_minor, high_minor, self.exponent);
        let m = |v: i64| self.money_whole(v.abs());
        if low >= 0 {
            format!("Between {} and {} more than usual (95% range)", m(low), m(high))
        } else if high <= 0 {
            format!("Between {} and {} less than usual (95% range)", m(high), m(low))
        } else {
            format!("Between {} less and {} more than usual (95% range): maybe nothing extra", m(low), m(high))
        }
    }

    /// An ROI range from a lift's low and high ends, in English (`crate::report::roi_range` writes it in
    /// the locale's language): "−30% to +180%".
    pub fn roi_range(&self, low: f64, high: f64) -> String {
        format!("{} to {}", self.percent(low, true), self.percent(high, true))
    }

    /// A ratio to two decimals with the locale's decimal mark, as ROAS is read: 4.08 → "4.08×", "4,08×".
    pub fn times(&self, ratio: f64) -> String {
        let hundredths = (ratio.abs() * 100.0).round() as u64;
        let sign = if ratio < 0.0 && hundredths > 0 { self.minus.as_str() } else { "" };
        format!("{sign}{}×", self.number(hundredths, 2))
    }

    /// A whole number grouped as the locale groups: "12,345", "12.345", "12 345".
    pub fn count(&self, n: i64) -> String {
        let sign = if n < 0 { self.minus.as_str() } else { "" };
        format!("{sign}{}", self.number(n.unsigned_abs(), 0))
    }

    /// A number to two decimals, grouped as the locale groups: 1234.5 → "1,234.50", "1.234,50".
    pub fn decimal(&self, value: f64) -> String {
        let hundredths = (value.abs() * 100.0).round() as u64;
        let sign = if value < 0.0 && hundredths > 0 { self.minus.as_str() } else { "" };
        format!("{sign}{}", self.number(hundredths, 2))
    }

    /// A ratio as a whole percentage, in the locale's percent pattern: ROI 1.53 → "+153%" ("+153 %" in de).
    pub fn percent(&self, ratio: f64, signed: bool) -> String {
        let pct = (ratio * 100.0).round() as i64;
        let sign = match pct {
            p if p < 0 => self.minus.as_str(),
            p if p > 0 && signed => "+",
            _ => "",
        };
        format!("{sign}{}{}{}", self.percent_affixes.0, self.number(pct.unsigned_abs(), 0), self.percent_affixes.1)
    }

    /// A number that already is a percentage, in the locale's percent pattern, to `decimals` places, trailing
    /// zeros dropped when `trim` says so: 7.5 → "7.5%" ("7,5 %" in de), 10 → "10%"; 3.0 at 1 untrimmed → "3.0%".
    pub fn percent_points(&self, pct: f64, decimals: u32, trim: bool) -> String {
        let scale = 10_f64.powi(decimals as i32);
        let mut units = (pct.abs() * scale).round() as u64;
        let mut places = decimals;
        while trim && places > 0 && units.is_multiple_of(10) {
            units /= 10;
            places -= 1;
        }
        let sign = if pct < 0.0 && units > 0 { self.minus.as_str() } else { "" };
        format!("{sign}{}{}{}", self.percent_affixes.0, self.number(units, places), self.percent_affixes.1)
    }

    /// A day as the locale writes it at medium length: "Mar 1, 2026", "01.03.2026", "1 mars 2026".
    pub fn day(&self, day: NaiveDate) -> String {
        match (&self.day_medium, gregorian(day)) {
            (Some(f), Some(d)) => f.format(&d).write_to_string().into_owned(),
            _ => day.format("%Y-%m-%d").to_string(),
        }
    }

    /// A day's month and day alone, for chart axes and short labels: "Mar 1", "1. März", "1 mars", "3月1日".
    pub fn month_day(&self, day: NaiveDate) -> String {
        match (&self.month_day, gregorian(day)) {
            (Some(f), Some(d)) => f.format(&d).write_to_string().into_owned(),
            _ => day.format("%m-%d").to_string(),
        }
    }
}

fn gregorian(day: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(day.year(), day.month() as u8, day.day() as u8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_dates_follow_the_locale() {
        let us = Numbers::new(Some("USD"), "en-US");
        assert_eq!(us.money(12_345_678), "$123,456.78");
        assert_eq!(us.money(-5), "-$0.05");
        assert_eq!(us.day("2026-03-01".parse().expect("day")), "Mar 1, 2026");
        assert_eq!(us.month_day("2026-03-24".parse().expect("day")), "Mar 24");
        let de = Numbers::new(Some("EUR"), "de-DE");
        assert_eq!(de.money(123_456), "1.234,56\u{a0}€");
        assert_eq!(de.day("2026-03-01".parse().expect("day")), "01.03.2026");
        assert_eq!(de.month_day("2026-03-24".parse().expect("day")), "24. März");
        assert_eq!(de.percent(1.534, true), "+153\u{a0}%");
        assert_eq!(Numbers::new(Some("JPY"), "ja-JP").money(15_000), "￥15,000");
        assert_eq!(Numbers::new(Some("EUR"), "fr-FR").money(100_000), "1\u{202f}000,00\u{a0}€");
        assert_eq!(Numbers::new(Some("EUR"), "fr-FR").month_day("2026-03-24".parse().expect("day")), "24 mars");
        // pt-BR and es-MX as CLDR writes them, on screen and paper alike.
        assert_eq!(Numbers::new(Some("BRL"), "pt-BR").money(123_456), "R$\u{a0}1.234,56");
        assert_eq!(Numbers::new(Some("MXN"), "es-MX").money(123_456), "$1,234.56");
        // ISO 4217's digits, whatever a browser says: HUF has 2, KWD 3.
        assert_eq!(Numbers::new(Some("HUF"), "en-US").money(123_456), "HUF\u{a0}1,234.56");
        assert_eq!(Numbers::new(Some("KWD"), "en-US").money(123_456), "KWD\u{a0}123.456");
        assert_eq!(us.percent(1.534, true), "+153%");
        assert_eq!(us.percent(-0.42, true), "-42%");
        assert_eq!(us.count(12_345), "12,345");
        assert_eq!(Numbers::new(None, "de-DE").count(-12_345), "-12.345");
        assert_eq!(us.times(4.0833), "4.08×");
        assert_eq!(de.times(4.0833), "4,08×");
    }

    #[test]
    fn axis_labels_are_short_signed_and_in_the_locale() {
        let us = Numbers::new(Some("USD"), "en-US");
        assert_eq!(us.short_money(123_456.0), "$1.2K");
        assert_eq!(us.short_money(250_000_000.0), "$2.5M");
        assert_eq!(Numbers::new(Some("EUR"), "en-US").short_money(-35_000.0), "-€350");
        assert_eq!(Numbers::new(Some("JPY"), "en-US").short_money(1_500.0), "¥1.5K");
        assert_eq!(Numbers::new(Some("EUR"), "de-DE").short_money(123_456_789.0), "1,2\u{a0}Mio.\u{a0}€");
        assert_eq!(Numbers::new(Some("EUR"), "fr-FR").short_money(-35_000.0), "-350\u{a0}€");
    }

    #[test]
    fn a_range_is_written_to_two_significant_digits_never_to_the_cent() {
        assert_eq!(shown_range(120_637, 787_912, 2), (120_000, 790_000));
        assert_eq!(shown_range(12_000, 64_000, 2), (12_000, 64_000));
        assert_eq!(shown_range(-5_049, 20_012, 2), (-5_000, 20_000));
        assert_eq!(shown_range(-64_123, -12_345, 2), (-64_000, -12_000));
        // Small amounts: whole units, not cents.
        assert_eq!(shown_range(1_249, 3_351, 2), (1_200, 3_400));
        assert_eq!(shown_range(49, 351, 2), (0, 400));
        // A currency without minor units (JPY) and one with three (KWD).
        assert_eq!(shown_range(12_345, 98_765, 0), (12_000, 99_000));
        assert_eq!(shown_range(12_345, 98_765, 3), (12_000, 99_000));
        assert_eq!(shown_range(0, 0, 2), (0, 0));
    }

    #[test]
    fn lift_ranges_are_written_without_cents_and_say_when_they_may_be_nothing() {
        let us = Numbers::new(Some("USD"), "en-US");
        assert_eq!(us.lift_range(120_637, 787_912), "Between $1,200 and $7,900 more than usual (95% range)");
        assert_eq!(us.lift_range(-64_123, -12_345), "Between $120 and $640 less than usual (95% range)");
        assert_eq!(
            us.lift_range(-5_049, 20_012),
            "Between $50 less and $200 more than usual (95% range): maybe nothing extra"
        );
        let de = Numbers::new(Some("EUR"), "de-DE");
        assert_eq!(
            de.lift_range(120_637, 787_912),
            "Between 1.200\u{a0}€ and 7.900\u{a0}€ more than usual (95% range)"
        );
        assert_eq!(us.roi_range(-0.3, 1.8), "-30% to +180%");
        assert_eq!(us.money_whole(120_000), "$1,200");
        assert_eq!(us.money_whole(120_050), "$1,200.50");
    }

    #[test]
    fn percentages_given_in_points_keep_their_decimals_in_the_locale() {
        let us = Numbers::new(Some("USD"), "en-US");
        assert_eq!(us.percent_points(7.5, 2, true), "7.5%");
        assert_eq!(us.percent_points(10.0, 2, true), "10%");
        assert_eq!(us.percent_points(12.25, 2, true), "12.25%");
        assert_eq!(us.percent_points(3.0, 1, false), "3.0%");
        assert_eq!(Numbers::new(Some("EUR"), "de-DE").percent_points(7.5, 2, true), "7,5\u{a0}%");
    }
}
