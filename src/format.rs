//! Numbers, money and dates as the shop's (or the window's) locale writes them, for what the core draws
//! and prints itself: chart axes and PDFs (the webview formats with `Intl`). Covers the separators and symbol placement of the common locales; an
//! unknown one reads like US English.

use chrono::NaiveDate;

/// "1 order", "3 orders": a count with its noun in the singular or the plural, for sentences.
pub fn plural(n: u64, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// The symbol and minor-unit exponent of a shop currency ("$", 2), for axis labels; none known: ("", 2).
pub fn currency_style(code: Option<&str>) -> (String, u32) {
    let currency = code.and_then(iso_currency::Currency::from_code);
    let symbol = currency.map_or(String::new(), |c| c.symbol().to_string());
    (symbol, currency.and_then(|c| c.exponent()).map_or(2, u32::from))
}

/// Decimals of an ISO 4217 currency (2 when unknown: an import refuses unknown currencies anyway).
pub fn exponent_of(currency: &str) -> u32 {
    iso_currency::Currency::from_code(&currency.trim().to_uppercase()).and_then(|c| c.exponent()).map_or(2, u32::from)
}

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

pub struct Numbers {
    symbol: String,
    exponent: u32,
    group: &'static str,
    decimal: &'static str,
    /// "$12.50" (true) or "12,50 €" (false).
    symbol_first: bool,
    /// "Mar 1, 2026" (true) or "1 Mar 2026" (false).
    month_first: bool,
}

impl Numbers {
    pub fn new(currency: Option<&str>, locale: &str) -> Numbers {
        let (symbol, exponent) = currency_style(currency);
        let symbol = if symbol.is_empty() { currency.unwrap_or("").to_string() } else { symbol };
        let lang = locale.split(['-', '_']).next().unwrap_or("en").to_ascii_lowercase();
        let region = locale.split(['-', '_']).nth(1).unwrap_or("").to_ascii_uppercase();
        let (group, decimal) = match lang.as_str() {
            "de" if region == "CH" => ("’", "."),
            "de" | "es" | "it" | "nl" | "pt" | "id" | "tr" | "da" | "el" | "ro" | "hr" | "sl" => (".", ","),
            "fr" | "sv" | "nb" | "no" | "fi" | "cs" | "sk" | "pl" | "ru" | "uk" | "hu" | "bg" | "lt" | "lv" | "et" => {
                ("\u{202f}", ",")
            }
            _ => (",", "."),
        };
        let symbol_first = matches!(lang.as_str(), "en" | "ja" | "zh" | "ko" | "he" | "th" | "hi")
            || (lang == "nl" && symbol == "€")
            || (lang == "de" && region == "CH");
        Numbers { symbol, exponent, group, decimal, symbol_first, month_first: lang == "en" && region != "GB" }
    }

    fn grouped(&self, whole: u64) -> String {
        let digits = whole.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.group);
            }
            out.push(c);
        }
        out
    }

    /// An amount of minor units as a short axis label: "$1.2k", "−€350", "1,2k €".
    pub fn short_money(&self, minor: f64) -> String {
        let major = minor / 10f64.powi(self.exponent as i32);
        let (value, suffix) = match major.abs() {
            a if a >= 1e6 => (major / 1e6, "M"),
            a if a >= 1e3 => (major / 1e3, "k"),
            _ => (major, ""),
        };
        let number = if suffix.is_empty() || value.fract().abs() < 0.05 {
            format!("{value:.0}")
        } else {
            format!("{value:.1}").replace('.', self.decimal)
        };
        let number = format!("{}{suffix}", number.trim_start_matches('-'));
        self.with_symbol(major < 0.0, &number)
    }

    /// The currency symbol placed as the locale places it ("$12.50", "12,50 €"), after a minus sign.
    fn with_symbol(&self, negative: bool, number: &str) -> String {
        let sign = if negative { "−" } else { "" };
        if self.symbol.is_empty() {
            format!("{sign}{number}")
        } else if self.symbol_first {
            format!("{sign}{}{number}", self.symbol)
        } else {
            format!("{sign}{number}\u{a0}{}", self.symbol)
        }
    }

    /// An amount of minor units: "$1,234.50", "−1.234,50 €".
    pub fn money(&self, minor: i64) -> String {
        let scale = 10u64.pow(self.exponent);
        let abs = minor.unsigned_abs();
        let mut number = self.grouped(abs / scale);
        if self.exponent > 0 {
            number.push_str(self.decimal);
            number.push_str(&format!("{:0width$}", abs % scale, width = self.exponent as usize));
        }
        self.with_symbol(minor < 0, &number)
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
        self.with_symbol(minor < 0, &self.grouped(minor.unsigned_abs() / scale))
    }

    /// A sales-lift range (net revenue, 95%) in the owner's words, its ends rounded as
    /// [`shown_range`] says: "Between $1,200 and $7,900 more than usual (95% range)"; a range
    /// that includes zero says it may be nothing.
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

    /// An ROI range from a lift's low and high ends: "−30% to +180%".
    pub fn roi_range(&self, low: f64, high: f64) -> String {
        format!("{} to {}", self.percent(low, true), self.percent(high, true))
    }

    pub fn count(&self, n: i64) -> String {
        let sign = if n < 0 { "−" } else { "" };
        format!("{sign}{}", self.grouped(n.unsigned_abs()))
    }

    /// A ratio as a signed percentage: ROI 1.53 → "+153%".
    pub fn percent(&self, ratio: f64, signed: bool) -> String {
        let pct = (ratio * 100.0).round() as i64;
        let sign = match pct {
            p if p < 0 => "−",
            p if p > 0 && signed => "+",
            _ => "",
        };
        format!("{sign}{}%", self.grouped(pct.unsigned_abs()))
    }

    pub fn day(&self, day: NaiveDate) -> String {
        if self.month_first { day.format("%b %-d, %Y").to_string() } else { day.format("%-d %b %Y").to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_dates_follow_the_locale() {
        let us = Numbers::new(Some("USD"), "en-US");
        assert_eq!(us.money(12_345_678), "$123,456.78");
        assert_eq!(us.money(-5), "−$0.05");
        assert_eq!(us.day("2026-03-01".parse().expect("day")), "Mar 1, 2026");
        let de = Numbers::new(Some("EUR"), "de-DE");
        assert_eq!(de.money(123_456), "1.234,56\u{a0}€");
        assert_eq!(de.day("2026-03-01".parse().expect("day")), "1 Mar 2026");
        assert_eq!(Numbers::new(Some("JPY"), "ja-JP").money(15_000), "¥15,000");
        assert_eq!(Numbers::new(Some("EUR"), "fr-FR").money(100_000), "1\u{202f}000,00\u{a0}€");
        assert_eq!(us.percent(1.534, true), "+153%");
        assert_eq!(us.percent(-0.42, true), "−42%");
        assert_eq!(us.count(12_345), "12,345");
    }

    #[test]
    fn axis_labels_are_short_signed_and_in_the_locale() {
        let us = Numbers::new(Some("USD"), "en-US");
        assert_eq!(us.short_money(123_456.0), "$1.2k");
        assert_eq!(us.short_money(250_000_000.0), "$2.5M");
        assert_eq!(Numbers::new(Some("EUR"), "en-US").short_money(-35_000.0), "−€350");
        assert_eq!(Numbers::new(Some("JPY"), "en-US").short_money(1_500.0), "¥1.5k");
        assert_eq!(Numbers::new(Some("EUR"), "de-DE").short_money(123_456.0), "1,2k\u{a0}€");
        assert_eq!(Numbers::new(Some("EUR"), "fr-FR").short_money(-35_000.0), "−350\u{a0}€");
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
        assert_eq!(us.roi_range(-0.3, 1.8), "−30% to +180%");
        assert_eq!(us.money_whole(120_000), "$1,200");
        assert_eq!(us.money_whole(120_050), "$1,200.50");
    }
}
