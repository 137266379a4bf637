//! The list of an import's row problems as a CSV the owner can open in a spreadsheet. Cells that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) are prefixed with `'`.

use std::path::Path;

use super::preset::RowError;
use crate::error::Result;

pub use crate::export::safe_cell;

/// Writes `errors` to `path` (UTF-8 with BOM, so Excel reads accents right).
pub fn write(path: &Path, errors: &[RowError]) -> Result<()> {
    let mut out = Vec::from(b"\xEF\xBB\xBF".as_slice());
    {
        let mut w = csv::Writer::from_writer(&mut out);
        let io = |e: csv::Error| crate::error::Error::Io(std::io::Error::other(e.to_string()));
        w.write_record(["line", "column", "value", "reason"]).map_err(io)?;
        for e in errors {
            w.write_record([
                e.line.to_string(),
                safe_cell(e.column.as_deref().unwrap_or("")),
                safe_cell(e.value.as_deref().unwrap_or("")),
                safe_cell(&e.reason),
            ])
            .map_err(io)?;
        }
        w.flush()?;
    }
    std::fs::write(path, out)?;
    Ok(())
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
            reason: "not an amount".into(),
        }];
        write(&path, &errors).expect("write");
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(text, "\u{feff}line,column,value,reason\n7,Total,'=1+1,not an amount\n");
    }
}
