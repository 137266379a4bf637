//! Copies of the shop file taken with SQLite's online backup API (consistent even while the app runs),
//! kept in a `backups` folder beside it: before every import and before every migration, so a wrong
//! import or a failed upgrade can always be undone by restoring, however it went wrong.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Utc;
use rusqlite::Connection;
use rusqlite::backup::Backup;

use super::Store;
use crate::error::Result;

/// How many backups of one shop file are kept; the oldest go first.
pub const KEEP: usize = 10;

impl Store {
    /// Writes a backup named after `reason` and prunes old ones. Returns its path.
    pub fn backup(&self, reason: &str) -> Result<PathBuf> {
        backup_connection(self.conn(), self.path(), reason)
    }
}

/// Backs up the database open on `conn` (the file at `path`) into `backups/` beside it.
pub(super) fn backup_connection(conn: &Connection, path: &Path, reason: &str) -> Result<PathBuf> {
    {
        let dir = path.parent().map(|p| p.join("backups")).unwrap_or_else(|| PathBuf::from("backups"));
        std::fs::create_dir_all(&dir)?;
        let stem = path.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| "shop".into());
        let name = format!("{stem}-{}-{reason}.sqlite", Utc::now().format("%Y%m%d-%H%M%S%.3f"));
        let target = dir.join(name);
        let mut out = Connection::open(&target)?;
        Backup::new(conn, &mut out)?.run_to_completion(1024, Duration::ZERO, None)?;
        // One self-contained file: opening a backup later must not leave -wal/-shm files beside it.
        out.pragma_update(None, "journal_mode", "DELETE")?;
        drop(out);
        let mut existing: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&format!("{stem}-")) && n.ends_with(".sqlite"))
            })
            .collect();
        existing.sort();
        let excess = existing.len().saturating_sub(KEEP);
        for old in existing.into_iter().take(excess) {
            std::fs::remove_file(old)?;
        }
        Ok(target)
    }
}
