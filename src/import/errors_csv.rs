//! The list of an import's row problems as a CSV the owner can open in a spreadsheet. Cells that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) are prefixed with `'`.

use std::path::Path;

use super::preset::RowError;
use crate::error::Result;
use crate::i18n::Words;

pub use crate::table::safe_cell;
use crate::table::{Cell, CsvStyle, Table, write_table};

/// Writes `errors` to `path` (UTF-8 with BOM, so Excel reads accents right) in the owner's spreadsheet
/// `style`.
///
/// # Errors
/// [`crate::Error::Io`] when the file cannot be written or moved into place (a full disk, a missing or
/// read-only folder); `path` is then left as it was.
pub fn write(path: &Path, errors: &[RowError], style: CsvStyle, words: &Words) -> Result<()> {
    let table = Table {
        header: ["errors-csv-line", "errors-csv-column", "errors-csv-value", "errors-csv-reason"]
            .into_iter()
            .map(|id| words.get(id, &[]))
            .collect(),
        rows: errors
            .iter()
            .map(|e| {
                vec![
                    Cell::Number(e.line.to_string()),
                    Cell::Text(e.column.clone().unwrap_or_default()),
                    Cell::Text(e.value.clone().unwrap_or_default()),
                    Cell::Text(words.text(&e.reason)),
                ]
            })
            .collect(),
    };
    write_table(path, &table, true, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized_and_the_file_reads_back() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("-9.00"), "'-9.00");
        assert_eq!(safe_cell("Zoë"), "Zoë");
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("errors.csv");
        let errors = vec![RowError {
            line: 7,
            column: Some("Total".into()),
            value: Some("=1+1".into()),
            reason: crate::i18n::Message::new("row-not-an-amount"),
        }];
        write(&path, &errors, CsvStyle::PLAIN, &crate::i18n::english()).expect("write");
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(text, "\u{feff}line,column,value,reason\n7,Total,'=1+1,not an amount\n");
    }
}
