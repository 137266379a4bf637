//! Tables written as CSV files for people: text cells guarded against spreadsheet formula injection,
//! numbers as they are, and files written whole or not at all. Used by the exports and by the import's
//! list of row problems.

use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};

/// Neutralizes spreadsheet formula injection in one text cell: a cell a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@`, tab or CR first) gets a leading `'`, which spreadsheets show as text.
pub fn safe_cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() }
}

/// A cell: text (guarded) or a number we formatted ourselves (written as is, so `-12.50` stays a number).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(String),
}

impl Cell {
    pub(crate) fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }

    pub(crate) fn int(value: i64) -> Cell {
        Cell::Number(value.to_string())
    }

    pub(crate) fn opt<T: ToString>(value: Option<T>) -> Cell {
        value.map_or(Cell::Text(String::new()), |v| Cell::Number(v.to_string()))
    }

    /// Minor units as a decimal amount of the currency (exact: integer arithmetic).
    pub(crate) fn money(minor: i64, exponent: u32) -> Cell {
        if exponent == 0 {
            return Cell::int(minor);
        }
        let scale = 10_i64.pow(exponent);
        let sign = if minor < 0 { "-" } else { "" };
        let abs = minor.unsigned_abs();
        Cell::Number(format!("{sign}{}.{:0width$}", abs / scale as u64, abs % scale as u64, width = exponent as usize))
    }

    pub(crate) fn opt_money(minor: Option<i64>, exponent: u32) -> Cell {
        minor.map_or(Cell::Text(String::new()), |m| Cell::money(m, exponent))
    }

    /// A ratio as a percentage with one decimal.
    pub(crate) fn pct(ratio: Option<f64>) -> Cell {
        ratio.map_or(Cell::Text(String::new()), |r| Cell::Number(format!("{:.1}", r * 100.0)))
    }
}

/// The name an enum has in JSON ("not_enough_data"), the same word the CLI and the UI's data use.
pub fn json_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// A table ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// How a spreadsheet of the owner's locale reads a CSV: its field separator and decimal mark. Excel and
/// LibreOffice in a locale whose decimal mark is "," (German, French, Spanish, Portuguese, Italian…) split
/// fields on ";" and read "12,50" as a number; elsewhere "," and "12.50".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    pub separator: u8,
    pub decimal_comma: bool,
}

impl CsvStyle {
    /// "," between fields, "." in numbers: what programs and English-speaking spreadsheets read.
    pub const PLAIN: CsvStyle = CsvStyle { separator: b',', decimal_comma: false };

    /// The style of the owner's locale ([`crate::locale::LocaleInfo`]).
    pub fn of(locale: &crate::locale::LocaleInfo) -> CsvStyle {
        if locale.decimal == "," { CsvStyle { separator: b';', decimal_comma: true } } else { CsvStyle::PLAIN }
    }
}

/// Writes `table` as CSV (text cells guarded, numbers as they are) in `style`.
///
/// # Errors
/// [`Error::Io`] when the file cannot be written or moved into place (a full disk, a missing or read-only
/// folder); `path` is then left as it was, as [`write_whole`] leaves it.
pub fn write_table(path: &Path, table: &Table, bom: bool, style: CsvStyle) -> Result<()> {
    let mut out = if bom { Vec::from(b"\xEF\xBB\xBF".as_slice()) } else { Vec::new() };
    {
        let io = |e: csv::Error| Error::Io(std::io::Error::other(e.to_string()));
        let mut w = csv::WriterBuilder::new().delimiter(style.separator).from_writer(&mut out);
        w.write_record(&table.header).map_err(io)?;
        for row in &table.rows {
            w.write_record(row.iter().map(|c| match c {
                Cell::Text(t) => safe_cell(t),
                Cell::Number(n) if style.decimal_comma => n.replace('.', ","),
                Cell::Number(n) => n.clone(),
            }))
            .map_err(io)?;
        }
        w.flush()?;
    }
    write_whole(path, &out)
}

/// Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so a full
/// disk or a crash never leaves half a document where the owner asked for one.
///
/// # Errors
/// [`Error::Io`] when the temporary file cannot be written or renamed over `path` (a full disk, a missing or
/// read-only folder); `path` is then left as it was and the temporary file removed.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.{}.partial", std::process::id()));
    let written = std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    Ok(written?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized_in_text_but_numbers_stay_numbers() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("+1"), "'+1");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("\tx"), "'\tx");
        assert_eq!(safe_cell("Zoë"), "Zoë");
        assert_eq!(Cell::money(-1250, 2), Cell::Number("-12.50".into()));
        assert_eq!(Cell::money(5, 2), Cell::Number("0.05".into()));
        assert_eq!(Cell::money(1234, 0), Cell::Number("1234".into()));
        assert_eq!(Cell::money(-7, 3), Cell::Number("-0.007".into()));
    }
}
