//! Column mappings the owner made for CSVs no preset knows, remembered per header.

use csv::StringRecord;
use rusqlite::{Connection, OptionalExtension, params};

use super::{Store, now_text};
use crate::error::{Error, Result};
use crate::model::mapping::Mapping;

impl Store {
    /// The mapping last used for a file with this header, if any.
    ///
    /// # Errors
    /// [`Error::Corrupt`] when the saved mapping is not valid JSON of a [`Mapping`]; [`Error::Database`] when
    /// SQLite fails.
    pub fn saved_mapping(&self, header: &StringRecord) -> Result<Option<Mapping>> {
        let json: Option<String> = self
            .conn()
            .query_row("SELECT mapping FROM import_mappings WHERE header_hash = ?1", [header_key(header)], |r| r.get(0))
            .optional()?;
        json.map(|j| serde_json::from_str(&j).map_err(|e| Error::Corrupt(format!("a saved column mapping: {e}"))))
            .transpose()
    }
}

pub(crate) fn save_mapping(tx: &Connection, header: &StringRecord, mapping: &Mapping) -> Result<()> {
    let json = serde_json::to_string(mapping).map_err(|e| Error::Corrupt(e.to_string()))?;
    let names: Vec<&str> = header.iter().collect();
    tx.execute(
        "INSERT INTO import_mappings (header_hash, header, mapping, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (header_hash) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at",
        params![header_key(header), serde_json::to_string(&names).unwrap_or_default(), json, now_text()],
    )?;
    Ok(())
}

/// A stable key of a header, to offer a saved mapping again for files with the same columns.
pub fn header_key(header: &StringRecord) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for name in header.iter() {
        h.update(name.trim().to_lowercase().as_bytes());
        h.update([0]);
    }
    super::sales::hex(&h.finalize())
}
