//! Exact money parsing: the text of an export becomes integer minor units, without a float in between.
//!
//! Exports write money many ways: `1149.00`, `$1,149.00`, `-$9.00`, `(9.00)`, `1.149,00`, `"12,50"`,
//! PHP floats such as `4.5` or `3`. The caller says which mark is the decimal one (the preset knows);
//! the other mark, spaces and currency signs are grouping and decoration. The grammar is strict: digits
//! are grouped by threes (`1,149.00`, never `12,34,56`), and an amount is at most [`MAX_AMOUNT_MINOR`], so
//! that no sum of a shop's sales can overflow.

use std::fmt;

/// Which character separates the decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalMark {
    /// `1,149.00`
    Dot,
    /// `1.149,00`
    Comma,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    NotANumber,
    /// More decimals than the currency has (and they are not zeros): `1.234` for USD.
    TooPrecise {
        digits: u32,
    },
    TooLarge,
}

impl MoneyError {
    /// Why the amount was refused, as a catalogue message.
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            MoneyError::Empty => crate::i18n::Message::new("row-amount-empty"),
            MoneyError::NotANumber => crate::i18n::Message::new("row-not-an-amount"),
            MoneyError::TooPrecise { digits } => crate::msg!("row-too-precise", digits = *digits),
            MoneyError::TooLarge => crate::i18n::Message::new("row-amount-too-large"),
        }
    }
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MoneyError::Empty => write!(f, "the amount is empty"),
            MoneyError::NotANumber => write!(f, "not an amount"),
            MoneyError::TooPrecise { digits } => write!(f, "more than {digits} decimals"),
            MoneyError::TooLarge => write!(f, "the amount is too large"),
        }
    }
}

/// The largest amount read, in minor units (a hundred billion: a billion dollars or euros, a hundred
/// billion yen). A shop would need ninety million such orders before a sum of them overflowed an `i64`.
pub const MAX_AMOUNT_MINOR: i64 = 100_000_000_000;

pub use crate::model::div_round_half_even;

/// Parses `text` into minor units of a currency with `exponent` decimals (2 for USD, 0 for JPY).
///
/// Long because it is one scan of the text in which each character's meaning depends on the separators seen before it.
///
/// # Errors
/// [`MoneyError`] when the text is empty, not an amount, too precise or out of range.
#[expect(
    clippy::too_many_lines,
    reason = "it is one scan of the text in which each character's meaning depends on the separators seen before it"
)]
pub fn parse_money(text: &str, mark: DecimalMark, exponent: u32) -> Result<i64, MoneyError> {
    let mut t = text.trim();
    if t.is_empty() {
        return Err(MoneyError::Empty);
    }
    let mut negative = false;
    if let Some(inner) = t.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
        negative = true;
        t = inner;
    }
    // Decoration and sign around the number: `-$`, `$-`, `US$ `, ` €`, ` USD`, a trailing minus.
    let mut signs = 0;
    let is_decoration = |c: char| c.is_alphabetic() || is_currency_sign(c) || c.is_whitespace();
    let lead = t.find(|c: char| !(is_decoration(c) || matches!(c, '-' | '−' | '+'))).unwrap_or(t.len());
    let trail = t
        .rfind(|c: char| !(is_decoration(c) || matches!(c, '-' | '−')))
        .map_or(lead, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    if lead >= trail {
        return Err(MoneyError::NotANumber);
    }
    // Letters may name the currency ("5 USD", "US$ 5") but never touch the digits: "45.0O" is a typo.
    if t[..lead].chars().next_back().is_some_and(char::is_alphabetic)
        || t[trail..].chars().next().is_some_and(char::is_alphabetic)
    {
        return Err(MoneyError::NotANumber);
    }
    for c in t[..lead].chars().chain(t[trail..].chars()) {
        if matches!(c, '-' | '−') {
            signs += 1;
        }
    }
    if signs > 1 || (signs == 1 && negative) {
        return Err(MoneyError::NotANumber);
    }
    negative |= signs == 1;
    let (decimal, group) = match mark {
        DecimalMark::Dot => ('.', ','),
        DecimalMark::Comma => (',', '.'),
    };
    let mut whole = String::new();
    let mut frac = String::new();
    let mut seen_decimal = false;
    // Digits since the last group separator, and whether a separator was seen: groups are threes.
    let mut group_len = 0usize;
    let mut grouped = false;
    for c in t[lead..trail].chars() {
        match c {
            '0'..='9' if seen_decimal => frac.push(c),
            '0'..='9' => {
                whole.push(c);
                group_len += 1;
            }
            c if c == decimal && !seen_decimal => {
                if grouped && group_len != 3 {
                    return Err(MoneyError::NotANumber);
                }
                seen_decimal = true;
            }
            // Grouping: the other mark, spaces (French writes `1 149,00`, with a no-break space), Swiss
            // `1'149.00`; the first group has 1–3 digits, every later one 3.
            c if !seen_decimal && !whole.is_empty() && (c == group || c == '\'' || c.is_whitespace()) => {
                if (grouped && group_len != 3) || (!grouped && group_len > 3) {
                    return Err(MoneyError::NotANumber);
                }
                grouped = true;
                group_len = 0;
            }
            _ => return Err(MoneyError::NotANumber),
        }
    }
    if grouped && !seen_decimal && group_len != 3 {
        return Err(MoneyError::NotANumber);
    }
    if whole.is_empty() && frac.is_empty() {
        return Err(MoneyError::NotANumber);
    }
    let frac_trimmed = if frac.len() as u32 > exponent {
        let (keep, extra) = frac.split_at(exponent as usize);
        if extra.bytes().any(|b| b != b'0') {
            return Err(MoneyError::TooPrecise { digits: exponent });
        }
        keep.to_string()
    } else {
        frac
    };
    let padding = exponent as usize - frac_trimmed.len();
    let mut minor: i64 = 0;
    for b in whole.bytes().chain(frac_trimmed.bytes()).chain(std::iter::repeat_n(b'0', padding)) {
        minor = minor.checked_mul(10).and_then(|m| m.checked_add(i64::from(b - b'0'))).ok_or(MoneyError::TooLarge)?;
    }
    if minor > MAX_AMOUNT_MINOR {
        return Err(MoneyError::TooLarge);
    }
    Ok(if negative { -minor } else { minor })
}

fn is_currency_sign(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₩' | '₽' | '¢' | '₪' | '₺' | '₫' | '฿')
}

#[cfg(test)]
mod tests {
    use super::DecimalMark::{Comma, Dot};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_written_form_of_the_formats_parses_exactly() {
        let cases = [
            ("1149.00", Dot, 114_900),
            ("1,149.00", Dot, 114_900),
            ("$1,149.00", Dot, 114_900),
            ("-$9.00", Dot, -900),
            ("$-9.00", Dot, -900),
            ("(9.00)", Dot, -900),
            ("($9.00)", Dot, -900),
            ("1.149,00", Comma, 114_900),
            ("12,50", Comma, 1_250),
            ("-9,00", Comma, -900),
            ("4.5", Dot, 450),
            ("3", Dot, 300),
            ("0", Dot, 0),
            ("12,50 €", Comma, 1_250),
            ("US$ 5", Dot, 500),
            ("0.10", Dot, 10),
            (" 1 149.00 ", Dot, 114_900),
            ("4.500", Dot, 450),
        ];
        for (text, mark, minor) in cases {
            assert_eq!(parse_money(text, mark, 2), Ok(minor), "{text:?}");
        }
        assert_eq!(parse_money("1500", Dot, 0), Ok(1_500), "JPY has no minor unit");
        assert_eq!(parse_money("1.234", Dot, 3), Ok(1_234), "KWD has three");
    }

    #[test]
    fn what_is_not_an_amount_is_refused() {
        assert_eq!(parse_money("", Dot, 2), Err(MoneyError::Empty));
        assert_eq!(parse_money("   ", Dot, 2), Err(MoneyError::Empty));
        assert_eq!(parse_money("abc", Dot, 2), Err(MoneyError::NotANumber));
        assert_eq!(parse_money("1.2.3", Dot, 2), Err(MoneyError::NotANumber));
        assert_eq!(parse_money("12.345", Dot, 2), Err(MoneyError::TooPrecise { digits: 2 }));
        assert_eq!(parse_money("12-3", Dot, 2), Err(MoneyError::NotANumber));
        assert_eq!(parse_money("--5", Dot, 2), Err(MoneyError::NotANumber));
        assert_eq!(parse_money("5 apples 6", Dot, 2), Err(MoneyError::NotANumber));
        assert_eq!(parse_money("45.0O", Dot, 2), Err(MoneyError::NotANumber), "a letter O typed for a zero");
        assert_eq!(parse_money("5USD", Dot, 2), Err(MoneyError::NotANumber));
        assert_eq!(parse_money("5 USD", Dot, 2), Ok(500));
        assert_eq!(parse_money("99999999999999999999", Dot, 2), Err(MoneyError::TooLarge));
        assert_eq!(parse_money("1000000000.01", Dot, 2), Err(MoneyError::TooLarge), "over a billion");
        assert_eq!(parse_money("1000000000.00", Dot, 2), Ok(MAX_AMOUNT_MINOR));
    }

    #[test]
    fn digits_are_grouped_by_threes_or_not_at_all() {
        assert_eq!(parse_money("12,34,56", Dot, 2), Err(MoneyError::NotANumber), "not 123456");
        assert_eq!(parse_money("1,2345.00", Dot, 2), Err(MoneyError::NotANumber));
        assert_eq!(parse_money("1234,567.00", Dot, 2), Err(MoneyError::NotANumber));
        assert_eq!(parse_money("1,23", Dot, 2), Err(MoneyError::NotANumber), "a comma is no decimal mark here");
        assert_eq!(parse_money("12.34.56", Comma, 2), Err(MoneyError::NotANumber));
        assert_eq!(parse_money("1,234,567.89", Dot, 2), Ok(123_456_789));
        assert_eq!(parse_money("1.234.567,89", Comma, 2), Ok(123_456_789));
        assert_eq!(parse_money("1\u{a0}149,00", Comma, 2), Ok(114_900), "a no-break space groups (French)");
        assert_eq!(parse_money("1,149", Dot, 2), Ok(114_900));
    }

    #[test]
    fn ratios_round_half_to_even_once() {
        assert_eq!(div_round_half_even(5, 2), 2);
        assert_eq!(div_round_half_even(7, 2), 4);
        assert_eq!(div_round_half_even(-5, 2), -2);
        assert_eq!(div_round_half_even(-7, 2), -4);
        assert_eq!(div_round_half_even(10, 3), 3);
        assert_eq!(div_round_half_even(11, 3), 4);
        assert_eq!(div_round_half_even(1, 0), 0);
    }

    proptest! {
        #[test]
        fn any_amount_written_with_grouping_and_sign_parses_back(minor in -MAX_AMOUNT_MINOR..=MAX_AMOUNT_MINOR) {
            let abs = minor.unsigned_abs();
            let (whole, cents) = (abs / 100, abs % 100);
            let digits = whole.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 { grouped.push(','); }
                grouped.push(c);
            }
            let sign = if minor < 0 { "-" } else { "" };
            let us = format!("{sign}${grouped}.{cents:02}");
            prop_assert_eq!(parse_money(&us, Dot, 2), Ok(minor));
            let eu = format!("{sign}{}.{cents:02}", grouped.replace(',', "\u{1}")).replace('.', ",").replace('\u{1}', ".");
            prop_assert_eq!(parse_money(&eu, Comma, 2), Ok(minor));
            let accounting = if minor < 0 { format!("({grouped}.{cents:02})") } else { format!("{grouped}.{cents:02}") };
            prop_assert_eq!(parse_money(&accounting, Dot, 2), Ok(minor));
        }

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,40}") {
            let _ = parse_money(&text, Dot, 2);
            let _ = parse_money(&text, Comma, 3);
        }
    }
}
