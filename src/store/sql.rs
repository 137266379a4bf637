//! Small conversions between stored columns and domain values, shared by the store modules.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Row;
use rusqlite::types::Type;

use crate::model::bp_to_pct;

/// Reads a JSON array of strings (tags, niches) from a column.
pub fn json_list(row: &Row<'_>, column: &str) -> rusqlite::Result<Vec<String>> {
    let text: String = row.get(column)?;
    serde_json::from_str(&text).map_err(|e| {
        let idx = row.as_ref().column_index(column).unwrap_or(0);
        rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e))
    })
}

pub fn to_json_list(values: &[String]) -> String {
    serde_json::Value::from(values.to_vec()).to_string()
}

pub fn opt_pct(row: &Row<'_>, column: &str) -> rusqlite::Result<Option<f64>> {
    Ok(row.get::<_, Option<i64>>(column)?.map(bp_to_pct))
}

pub fn instant_text(at: &DateTime<Utc>) -> String {
    // Not `format()`: it parses its pattern on every call, a cost a million-order import feels.
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

pub fn instant(row: &Row<'_>, column: &str) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = row.get(column)?;
    DateTime::parse_from_rfc3339(&text).map(|d| d.with_timezone(&Utc)).map_err(|e| {
        let idx = row.as_ref().column_index(column).unwrap_or(0);
        rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e))
    })
}

pub fn day(row: &Row<'_>, column: &str) -> rusqlite::Result<NaiveDate> {
    row.get(column)
}

/// A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped (the SQL says `ESCAPE '\'`).
pub fn like_pattern(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn like_pattern_escapes_wildcards() {
        assert_eq!(super::like_pattern("50%_off"), "%50\\%\\_off%");
    }
}
