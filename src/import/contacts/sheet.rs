//! A spreadsheet's first table as a header and rows of cells: CSV (any encoding and delimiter the sales
//! import reads), Excel (`.xlsx`, `.xlsm`, `.xls`) and OpenDocument (`.ods`), read with calamine.
//!
//! Owners' sheets often start with a title row ("Creators 2026") and group account columns under a merged
//! cell ("Instagram" over "Handle" and "Followers"): the header is the first row with two or more cells, and
//! a second header row of account words is joined to the group above it ("Instagram Handle").

use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};
use chrono::NaiveDate;

use crate::i18n::Message;
use crate::import::decode;
use crate::import::quoting::QuoteCheck;
use crate::msg;

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
}

impl Cell {
    /// The cell as text, as the owner sees it (a whole number without `.0`, a date as ISO).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => d.to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

/// A row of the table and its line: the file's line for a CSV, the sheet's row number for a workbook.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRow {
    pub line: u64,
    pub cells: Vec<Cell>,
}

impl SheetRow {
    pub fn cell(&self, column: usize) -> &Cell {
        self.cells.get(column).unwrap_or(&Cell::Empty)
    }
}

/// A table read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// "CSV", "Excel" or "OpenDocument", and the sheet's name in a workbook.
    pub format: String,
    pub header: Vec<String>,
    pub rows: Vec<SheetRow>,
}

/// At most this many rows are read: a partner list is tens or thousands of rows; a bigger file is not one.
pub const MAX_ROWS: usize = 100_000;

/// Account words that make a row under the header a second header row.
const SUB_LABELS: &[&str] = &[
    "handle",
    "username",
    "user name",
    "account",
    "@",
    "url",
    "link",
    "profile",
    "followers",
    "follower",
    "subscribers",
    "fans",
    "engagement",
    "engagement rate",
    "er",
    "er %",
    "eng. rate",
];

/// Reads the table of `path`: a workbook's first sheet with data, or a CSV.
///
/// # Errors
/// A message for the owner: the file cannot be read, is not a spreadsheet, or holds no table (no row with
/// two cells or more), or has more than [`MAX_ROWS`] rows.
pub fn read(path: &Path) -> Result<Sheet, Message> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    let (format, grid) = match ext.as_str() {
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => workbook(path)?,
        _ => ("CSV".to_string(), csv_grid(path)?),
    };
    table(format, grid)
}

fn workbook(path: &Path) -> Result<(String, Vec<SheetRow>), Message> {
    let mut book = open_workbook_auto(path).map_err(|e| msg!("sheet-unreadable", detail = e.to_string()))?;
    let kind = if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ods")) { "OpenDocument" } else { "Excel" };
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| msg!("sheet-tab-unreadable", name = &name, detail = e.to_string()))?;
        let Some((first_row, first_col)) = range.start() else { continue };
        let mut rows = Vec::new();
        for (i, row) in range.rows().enumerate() {
            if rows.len() > MAX_ROWS {
                return Err(msg!("sheet-too-many-rows", max = MAX_ROWS));
            }
            // Cells left of the used range are empty: keep columns where the sheet has them.
            let mut cells = vec![Cell::Empty; first_col as usize];
            cells.extend(row.iter().map(cell_of));
            rows.push(SheetRow { line: u64::from(first_row) + i as u64 + 1, cells });
        }
        if rows.iter().any(|r| r.cells.iter().filter(|c| !c.is_empty()).count() >= 2) {
            return Ok((format!("{kind}, sheet “{name}”"), rows));
        }
    }
    Err(Message::new("sheet-no-table"))
}

fn cell_of(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Text(if *b { "TRUE" } else { "FALSE" }.into()),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, day, ..) = dt.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(day))
                .map_or_else(|| Cell::Number(dt.as_f64()), Cell::Date)
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map_or_else(|| Cell::Text(s.clone()), Cell::Date),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
    }
}

fn csv_grid(path: &Path) -> Result<Vec<SheetRow>, Message> {
    let decoded = decode::open(path).map_err(|e| Message::text(e.to_string()))?;
    // The file's own lines (the CSV reader's count is off with CRLF line ends) and its quoting checked.
    let (checked, faults, mut lines) = QuoteCheck::with_lines(decoded.reader, decoded.delimiter);
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(decoded.delimiter).from_reader(checked);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(p) => msg!("import-not-csv", line = p.line(), detail = e.to_string()),
            None => Message::text(e.to_string()),
        })?;
        if rows.len() > MAX_ROWS {
            return Err(msg!("sheet-too-many-rows", max = MAX_ROWS));
        }
        let line = record.position().map_or(rows.len() as u64 + 1, |p| lines.at(p.byte()));
        let cells =
            record.iter().map(|t| if t.trim().is_empty() { Cell::Empty } else { Cell::Text(t.to_string()) }).collect();
        rows.push(SheetRow { line, cells });
    }
    if let Some(fault) = faults.lock().ok().and_then(|f| f.first().cloned()) {
        return Err(msg!("sheet-line-problem", line = fault.line, reason = fault.kind.reason()));
    }
    Ok(rows)
}

/// Finds the header in `grid` (see the module's notes) and returns the rows under it, empty rows left out.
fn table(format: String, grid: Vec<SheetRow>) -> Result<Sheet, Message> {
    let filled = |r: &SheetRow| r.cells.iter().filter(|c| !c.is_empty()).count();
    let start = grid.iter().position(|r| filled(r) >= 2).ok_or_else(|| Message::new("sheet-no-table-rows"))?;
    let mut header: Vec<String> = grid[start].cells.iter().map(Cell::text).collect();
    let mut body = start + 1;
    if let Some(next) = grid.get(start + 1)
        && is_sub_header(&grid[start], next)
    {
        let width = header.len().max(next.cells.len());
        header.resize(width, String::new());
        let mut group = String::new();
        for (i, name) in header.iter_mut().enumerate() {
            let sub = next.cell(i).text();
            if !name.is_empty() {
                group = name.clone();
            }
            if !sub.is_empty() {
                *name = if group.is_empty() { sub } else { format!("{group} {sub}") };
            }
        }
        body += 1;
    }
    // A column without a name is kept as "Column C", so the owner can still map it.
    for (i, name) in header.iter_mut().enumerate() {
        if name.is_empty() {
            *name = format!("Column {}", column_letter(i));
        }
    }
    let rows = grid.into_iter().skip(body).filter(|r| filled(r) > 0).collect();
    Ok(Sheet { format, header, rows })
}

/// Whether `next` is a second header row under `head`: it holds only account words, one at least under an
/// empty cell of `head` (a merged group's continuation).
fn is_sub_header(head: &SheetRow, next: &SheetRow) -> bool {
    let mut under_empty = false;
    for (i, cell) in next.cells.iter().enumerate() {
        match cell {
            Cell::Empty => {}
            Cell::Text(t) if SUB_LABELS.contains(&t.trim().to_lowercase().as_str()) => {
                under_empty |= head.cell(i).is_empty();
            }
            Cell::Text(t) if t.trim().is_empty() => {}
            _ => return false,
        }
    }
    under_empty
}

/// `A`, `B`, … `Z`, `AA`: a spreadsheet's name for column `i` (from 0).
pub fn column_letter(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(line: u64, cells: &[&str]) -> SheetRow {
        SheetRow {
            line,
            cells: cells.iter().map(|c| if c.is_empty() { Cell::Empty } else { Cell::Text((*c).into()) }).collect(),
        }
    }

    #[test]
    fn a_title_row_is_skipped_and_a_merged_group_names_its_columns() {
        let grid = vec![
            row(1, &["Creators 2026"]),
            row(2, &["Name", "Email", "Instagram", "", "TikTok", "", "Notes"]),
            row(3, &["", "", "Handle", "Followers", "Handle", "Followers", ""]),
            row(4, &["Maya", "m@x.test", "maya", "12k", "", "", "good"]),
            row(5, &["", "", "", "", "", "", ""]),
        ];
        let sheet = table("CSV".into(), grid).expect("table");
        assert_eq!(
            sheet.header,
            ["Name", "Email", "Instagram Handle", "Instagram Followers", "TikTok Handle", "TikTok Followers", "Notes"]
        );
        assert_eq!(sheet.rows.len(), 1);
        assert_eq!(sheet.rows[0].line, 4);
    }

    #[test]
    fn a_first_data_row_is_never_taken_for_a_second_header() {
        let grid = vec![row(1, &["Name", "Handle", ""]), row(2, &["Maya", "maya", "followers"])];
        let sheet = table("CSV".into(), grid).expect("table");
        assert_eq!(sheet.header, ["Name", "Handle", "Column C"]);
        assert_eq!(sheet.rows.len(), 1);
    }

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
    }
}
