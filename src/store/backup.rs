//! Copies of the shop file taken with SQLite's online backup API (consistent even while the app runs),
//! kept in a `backups` folder beside it: before every migration, once a day (at start-up, or before the
//! day's first import), before a restore, and when the owner asks. A wrong import is undone exactly by its
//! own undo (every import is a batch); the daily copy is for a crash or a bad day. A copy before *every*
//! import cost a big shop's daily import most of its time (a 313 MB file copied for 300 orders) and a
//! full file of disk each time.
//!
//! Each copy is checked with SQLite's `integrity_check` when taken, then kept in one of two forms:
//! - **full**: the copy compressed with zstd (`<stem>-<time>-<reason>.sqlite.zst`, level [`LEVEL`]); a shop
//!   file is mostly repeated text and numbers, and compresses 4–6×. Taken when there is no full backup yet,
//!   before a migration, when the owner asks, and when the changes since the last full one would be more
//!   than a third of its size;
//! - **changes**: only the pages that differ from the newest full backup
//!   (`<stem>-<time>-<reason>.pages.zst`, [`super::backup_changes`]). A day of imports on a big shop changes
//!   a few percent of its pages, so the daily backup costs a few MB instead of a compressed copy of the
//!   whole file (the README's performance section has the figures).
//!
//! Both are restored the same way; a full backup is kept as long as a kept changes backup builds on it.
//! Backups of earlier versions (plain `.sqlite`) are still listed, restored and pruned.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Utc;
use rusqlite::Connection;
use rusqlite::backup::Backup;

use super::Store;
use super::backup_changes::{self, SUFFIX as CHANGES};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::msg;

/// How many backups of one shop file are kept; the oldest go first.
pub const KEEP: usize = 10;

/// The zstd level backups are written at: zstd's default, which on a shop file compresses about as well as
/// levels up to 9 at a fraction of their time (measured in the README).
pub const LEVEL: i32 = 3;

/// The name a compressed backup ends with.
const COMPRESSED: &str = ".sqlite.zst";

/// A backup's name without its extension, or `None` for a file that is not a backup.
fn backup_stem(name: &str) -> Option<&str> {
    name.strip_suffix(COMPRESSED).or_else(|| name.strip_suffix(CHANGES)).or_else(|| name.strip_suffix(".sqlite"))
}

/// Whether a backup taken for `reason` is always a full one: before a migration (the file an upgrade can
/// always go back to) and when the owner asks (a backup that stands on its own).
fn always_full(reason: &str) -> bool {
    reason == "manual" || reason.starts_with("before-migration")
}

/// How many backups the owner may ask to keep.
pub const KEEP_RANGE: std::ops::RangeInclusive<usize> = 2..=100;

/// The owner's choice of how many backups to keep (Settings), else [`KEEP`]. Read on the connection being
/// backed up, which may predate the settings table (a backup before a migration).
fn kept(conn: &Connection) -> usize {
    conn.query_row("SELECT CAST(value AS INTEGER) FROM app_settings WHERE key = 'backups_kept'", [], |r| {
        r.get::<_, i64>(0)
    })
    .ok()
    .and_then(|n| usize::try_from(n).ok())
    .filter(|n| KEEP_RANGE.contains(n))
    .unwrap_or(KEEP)
}

/// A backup file as the Backups list shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct BackupInfo {
    pub path: String,
    pub file_name: String,
    /// When it was taken (UTC, from its name), e.g. "2026-11-23T17:03:39Z".
    pub taken_at: String,
    /// Why: "before-import", "manual", "before-restore", "before-migration-from-v2"…
    pub reason: String,
    /// Its size on disk, compressed.
    pub size_bytes: u64,
    /// For a backup of the pages changed since a full backup: when that full backup was taken (UTC, as
    /// `taken_at`); restoring needs it, and it is kept as long as this one is. `None` for a full backup.
    pub changes_since: Option<String>,
}

impl Store {
    /// Writes a backup named after `reason` and prunes old ones. Returns its path.
    ///
    /// # Errors
    /// [`Error::Io`] when the `backups` folder cannot be made or an old backup cannot be deleted (the new one
    /// is kept then); [`Error::Database`] when SQLite cannot write the copy (a full disk, a read-only
    /// folder).
    pub fn backup(&self, reason: &str) -> Result<PathBuf> {
        backup_connection(self.conn(), self.path(), reason)
    }

    /// A backup named after `reason` when the newest one is a day old or more (or there is none); `None`
    /// when a backup of the last 24 hours is there already. Before an import: the day's first import is
    /// preceded by a copy, the next ones rely on their own exact undo.
    ///
    /// # Errors
    /// As [`Store::backup`].
    pub fn backup_unless_fresh(&self, reason: &str) -> Result<Option<PathBuf>> {
        if has_fresh_backup(self.path())? { Ok(None) } else { self.backup(reason).map(Some) }
    }

    /// The backups of this shop file, newest first.
    ///
    /// # Errors
    /// None in practice: a `backups` folder that is missing or cannot be read lists no backups, and a file
    /// there whose name is not a backup's is skipped.
    pub fn list_backups(&self) -> Result<Vec<BackupInfo>> {
        backups_of(self.path())
    }

    /// Replaces the shop's data with a backup's, after backing up the current state ("before-restore").
    /// The backup is checked first (a SQLite file that passes `integrity_check`, from this version or an
    /// older one); it is copied in with SQLite's backup API into the open file, then brought up to the
    /// current schema. Returns the path of the safety backup.
    ///
    /// # Errors
    /// [`Error::Invalid`] on `backup` when the file is not a usable shop backup; nothing is changed then.
    pub fn restore_backup(&mut self, backup: &Path) -> Result<PathBuf> {
        let plain = Plain::of(backup)?;
        let source = check_backup(&plain.path, backup)?;
        let safety = self.backup("before-restore")?;
        Backup::new(&source, &mut self.conn)?.run_to_completion(1024, Duration::ZERO, None)?;
        self.forget_memo();
        drop(source);
        drop(plain);
        super::migrations::migrate(&mut self.conn)?;
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        super::customers::mark_stale(&self.conn)?;
        // The restored file's cached results may come from another build: all are computed again.
        let affected =
            super::results_cache::Pending::before(&self.conn, super::Touches::Everything)?.forget(&self.conn)?;
        self.mark_stale_results(&affected);
        Ok(safety)
    }

    /// Writes a copy of the whole shop file to `target` (the owner's own copy, anywhere).
    ///
    /// # Errors
    /// [`Error::Io`] when a file already at `target` cannot be removed; [`Error::Database`] when SQLite
    /// cannot write the copy there (a missing or read-only folder, a full disk).
    pub fn export_database(&self, target: &Path) -> Result<()> {
        if target.exists() {
            std::fs::remove_file(target)?;
        }
        copy_database(self.conn(), target)
    }
}

/// Where the backups of the shop file at `path` go (`backups/` beside it) and the name they start with.
fn place(path: &Path) -> (PathBuf, String) {
    let dir = path.parent().map(|p| p.join("backups")).unwrap_or_else(|| PathBuf::from("backups"));
    let stem = path.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| "shop".into());
    (dir, stem)
}

/// Whether the shop file at `path` has a backup of the last 24 hours.
fn has_fresh_backup(path: &Path) -> Result<bool> {
    Ok(backups_of(path)?
        .into_iter()
        .next()
        .and_then(|b| chrono::DateTime::parse_from_rfc3339(&b.taken_at).ok())
        .is_some_and(|t| Utc::now().signed_duration_since(t) < chrono::Duration::hours(24)))
}

/// The day's backup of the shop file at `path` ("daily"), when its newest backup is a day old or more (or
/// there is none): an owner who never imports still has yesterday's file. Taken from a read-only
/// connection of its own, so the window calls it on a thread of its own and never waits for it (on the
/// 1,000,000-order shop the check and compression take 5 s); SQLite's backup API starts again if a write
/// lands meanwhile, so the copy is always one committed state. `None` when a fresh backup is there, or the
/// file holds no shop yet.
///
/// # Errors
/// As [`Store::backup`]; [`Error::Database`] when the file cannot be opened.
pub fn daily_backup_of(path: &Path) -> Result<Option<PathBuf>> {
    if has_fresh_backup(path)? {
        return Ok(None);
    }
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let holds_shop: bool =
        conn.query_row("SELECT count(*) > 0 FROM sqlite_schema WHERE name = 'shop'", [], |r| r.get(0))?;
    if !holds_shop {
        return Ok(None);
    }
    backup_connection(&conn, path, "daily").map(Some)
}

/// Copies the database open on `conn` into a new file at `target` with SQLite's online backup API, as one
/// self-contained file: opening the copy later must not leave -wal/-shm files beside it.
fn copy_database(conn: &Connection, target: &Path) -> Result<()> {
    let mut out = Connection::open(target)?;
    Backup::new(conn, &mut out)?.run_to_completion(1024, Duration::ZERO, None)?;
    out.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(())
}

/// Backs up the database open on `conn` (the file at `path`) into `backups/` beside it: copied, checked,
/// kept as the pages changed since the newest full backup or as a full one (see the module's doc), and
/// only then given its name (a backup that is listed is whole).
pub(super) fn backup_connection(conn: &Connection, path: &Path, reason: &str) -> Result<PathBuf> {
    let (dir, stem) = place(path);
    std::fs::create_dir_all(&dir)?;
    let name = format!("{stem}-{}-{reason}", Utc::now().format("%Y%m%d-%H%M%S%.3f"));
    let target = dir.join(format!("{name}{COMPRESSED}"));
    let plain = Plain { path: dir.join(format!(".{name}.copy")), temporary: true };
    copy_database(conn, &plain.path)?;
    check_backup(&plain.path, &target)?;
    let base = if always_full(reason) { None } else { newest_full(&dir, &stem) };
    let as_changes = match base {
        Some(base) => keep_changes(&plain.path, &base, &dir.join(format!("{name}{CHANGES}")))?,
        None => None,
    };
    let target = match as_changes {
        Some(changes) => changes,
        None => {
            write_whole(&dir.join(format!(".{name}{COMPRESSED}.part")), &target, |partial| {
                compress(&plain.path, partial).map(|()| true)
            })?;
            target
        }
    };
    drop(plain);
    prune(&dir, &stem, kept(conn))?;
    Ok(target)
}

/// The newest full (compressed) backup of `stem` in `dir`, if any.
fn newest_full(dir: &Path, stem: &str) -> Option<PathBuf> {
    let mut fulls: Vec<PathBuf> =
        backup_files(dir, stem).into_iter().filter(|p| p.to_string_lossy().ends_with(COMPRESSED)).collect();
    fulls.sort_by_key(|p| sort_key(p));
    fulls.pop()
}

/// Writes the pages of the checked copy `plain` that differ from the full backup `base` to `target`:
/// `Some(target)` when they take at most a third of `base`'s size, else `None` (nothing written: a full
/// backup is then the better one). A `base` that cannot be read (damaged, gone meanwhile) gives `None`
/// too; a disk that cannot take the changes will not take the full backup either, which then says so.
fn keep_changes(plain: &Path, base: &Path, target: &Path) -> Result<Option<PathBuf>> {
    let base_name = base.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let base_bytes = std::fs::metadata(base)?.len();
    let name = target.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let small = write_whole(&target.with_file_name(format!(".{name}.part")), target, |partial| {
        match backup_changes::write(plain, base, &base_name, partial, LEVEL) {
            Ok(w) => Ok(w.bytes.saturating_mul(3) <= base_bytes),
            Err(_) => Ok(false),
        }
    })?;
    Ok(small.then(|| target.to_path_buf()))
}

/// Runs `write` on the temporary file `partial`, then names it `target` when `write` says its file is to be
/// kept (`true`); removes `partial` otherwise, and on an error.
fn write_whole(partial: &Path, target: &Path, write: impl FnOnce(&Path) -> Result<bool>) -> Result<bool> {
    let written = write(partial).and_then(|kept| {
        if kept {
            std::fs::rename(partial, target)?;
        } else {
            std::fs::remove_file(partial)?;
        }
        Ok(kept)
    });
    if written.is_err() {
        let _ = std::fs::remove_file(partial);
    }
    written
}

/// Writes `source` compressed with zstd at [`LEVEL`] to `target`, synced to disk.
fn compress(source: &Path, target: &Path) -> Result<()> {
    let mut input = File::open(source)?;
    let mut out = zstd::stream::Encoder::new(BufWriter::new(File::create(target)?), LEVEL)?;
    // Both cores when there are two: a big shop's daily backup takes half the time.
    out.multithread(2)?;
    std::io::copy(&mut input, &mut out)?;
    let file = out.finish()?.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    Ok(())
}

/// A backup as a plain SQLite file: the backup itself, or its decompressed copy beside it, removed when
/// dropped.
struct Plain {
    path: PathBuf,
    temporary: bool,
}

impl Plain {
    /// `backup` readable by SQLite: decompressed next to it when it is a compressed one, put back together
    /// over its full backup when it holds changed pages.
    fn of(backup: &Path) -> Result<Plain> {
        let name = backup.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        if name.ends_with(CHANGES) {
            let base_name = backup_changes::base_name(backup)?;
            if !base_name.ends_with(COMPRESSED) {
                return Err(Error::invalid(
                    "backup",
                    msg!("invalid-backup-base-missing", file = backup.display().to_string(), base = base_name),
                ));
            }
            let plain = Plain::of(&backup_changes::base_path(backup, &base_name)?)?;
            backup_changes::apply(backup, &plain.path)?;
            return Ok(plain);
        }
        if !name.ends_with(COMPRESSED) {
            return Ok(Plain { path: backup.to_path_buf(), temporary: false });
        }
        let plain = Plain { path: backup.with_file_name(format!(".{name}.open")), temporary: true };
        let mut input = zstd::stream::Decoder::new(File::open(backup)?).map_err(|e| {
            Error::invalid(
                "backup",
                msg!("invalid-backup-unreadable", file = backup.display().to_string(), detail = e.to_string()),
            )
        })?;
        let mut out = File::create(&plain.path)?;
        std::io::copy(&mut input, &mut out).map_err(|e| {
            Error::invalid(
                "backup",
                msg!("invalid-backup-damaged", file = backup.display().to_string(), detail = e.to_string()),
            )
        })?;
        Ok(plain)
    }
}

impl Drop for Plain {
    fn drop(&mut self) {
        if self.temporary {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// The backup files of `stem` in `dir`, in no order (none when `dir` cannot be read).
fn backup_files(dir: &Path, stem: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{stem}-")) && backup_stem(n).is_some())
        })
        .collect()
}

/// A backup's name without the extension: the time in it orders plain, compressed and changes backups
/// alike.
fn sort_key(path: &Path) -> Option<String> {
    path.file_name().and_then(|n| n.to_str()).and_then(backup_stem).map(str::to_string)
}

/// Deletes the oldest backups of `stem` in `dir` beyond the newest `keep`, except a full backup that a kept
/// changes backup builds on.
fn prune(dir: &Path, stem: &str, keep: usize) -> Result<()> {
    let mut existing = backup_files(dir, stem);
    existing.sort_by_key(|p| sort_key(p));
    let excess = existing.len().saturating_sub(keep);
    let needed: std::collections::BTreeSet<String> = existing[excess..]
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(CHANGES))
        .filter_map(|p| backup_changes::base_name(p).ok())
        .collect();
    for old in existing.into_iter().take(excess) {
        if !old.file_name().is_some_and(|n| needed.contains(&*n.to_string_lossy())) {
            std::fs::remove_file(old)?;
        }
    }
    Ok(())
}

impl Store {
    /// How many backups are kept (the oldest beyond are deleted when a new one is taken).
    pub fn backups_kept(&self) -> usize {
        kept(self.conn())
    }

    /// Changes how many backups are kept, and deletes the oldest beyond that now.
    ///
    /// # Errors
    /// [`Error::Invalid`] on `backups_kept` outside 2–100.
    pub fn set_backups_kept(&mut self, keep: usize) -> Result<usize> {
        if !KEEP_RANGE.contains(&keep) {
            return Err(Error::invalid(
                "backups_kept",
                msg!("invalid-backups-kept", min = *KEEP_RANGE.start(), max = *KEEP_RANGE.end()),
            ));
        }
        self.write_touching(super::Touches::Nothing, |tx| {
            tx.execute(
                "INSERT INTO app_settings (key, value) VALUES ('backups_kept', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [keep as i64],
            )?;
            Ok(())
        })?;
        let (dir, stem) = place(self.path());
        if dir.is_dir() {
            prune(&dir, &stem, keep)?;
        }
        Ok(keep)
    }
}
/// The backups of the shop file at `path`, newest first (it need not open: this is how a damaged file is
/// restored).
///
/// # Errors
/// None in practice: a `backups` folder that is missing or cannot be read lists no backups, and a file there
/// whose name is not a backup's is skipped.
pub fn backups_of(path: &Path) -> Result<Vec<BackupInfo>> {
    {
        let (dir, stem) = place(path);
        let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(Vec::new()) };
        let mut out: Vec<BackupInfo> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().to_string();
                let (taken_at, reason) = taken_and_reason(&name, &stem)?;
                let changes_since = name
                    .ends_with(CHANGES)
                    .then(|| backup_changes::base_name(&e.path()).ok())
                    .flatten()
                    .and_then(|base| taken_and_reason(&base, &stem))
                    .map(|(taken, _)| taken);
                Some(BackupInfo {
                    path: e.path().display().to_string(),
                    file_name: name.clone(),
                    taken_at,
                    reason,
                    size_bytes: e.metadata().map(|m| m.len()).unwrap_or(0),
                    changes_since,
                })
            })
            .collect();
        out.sort_by(|a, b| backup_stem(&b.file_name).cmp(&backup_stem(&a.file_name)));
        Ok(out)
    }
}

impl Store {
    /// Replaces a shop file that cannot be opened (damaged, say) with a backup and opens it. The file
    /// that failed is kept beside it as `<name>.damaged-<time>`, never deleted.
    ///
    /// # Errors
    /// [`Error::Invalid`] when `backup` is not a usable shop backup; [`Error::Locked`] when another
    /// LocalLift has the file open (then nothing is touched).
    pub fn restore_file(path: &Path, backup: &Path) -> Result<Store> {
        let plain = Plain::of(backup)?;
        check_backup(&plain.path, backup)?;
        let lock = super::take_lock(path)?;
        if path.exists() {
            let aside = path.with_extension(format!("sqlite.damaged-{}", Utc::now().format("%Y%m%d-%H%M%S")));
            std::fs::rename(path, &aside)?;
        }
        for suffix in ["-wal", "-shm", "-journal"] {
            let side = PathBuf::from(format!("{}{suffix}", path.display()));
            if side.exists() {
                std::fs::remove_file(side)?;
            }
        }
        std::fs::copy(&plain.path, path)?;
        drop(plain);
        drop(lock);
        let store = Store::open(path)?;
        super::customers::mark_stale(store.conn())?;
        Ok(store)
    }
}

/// When a backup of `stem` named `name` was taken (UTC, RFC 3339) and why, from its name:
/// `<stem>-YYYYmmdd-HHMMSS.fff-<reason>` and `.sqlite.zst`, `.pages.zst` (or `.sqlite`, before version 0.2).
fn taken_and_reason(name: &str, stem: &str) -> Option<(String, String)> {
    let rest = backup_stem(name.strip_prefix(&format!("{stem}-"))?)?;
    let (stamp, reason) = (rest.get(..19)?, rest.get(20..)?);
    let taken = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S%.3f").ok()?;
    Some((taken.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true), reason.to_string()))
}

/// The backup of the shop file at `shop` whose file name is `file_name`, as [`backups_of`] lists it: how a
/// window names a backup to restore, so it can never point the app at another file.
///
/// # Errors
/// [`Error::Invalid`] (field `backup`) when no backup of this shop has that name (an unreadable backups
/// folder lists none).
pub fn backup_named(shop: &Path, file_name: &str) -> Result<PathBuf> {
    backups_of(shop)?
        .into_iter()
        .find(|b| b.file_name == file_name)
        .map(|b| PathBuf::from(b.path))
        .ok_or_else(|| Error::invalid("backup", msg!("invalid-backup-unknown", file = file_name)))
}

/// Checks that the SQLite file `plain` (the backup `backup`, decompressed) is a LocalLift shop file this
/// version can open, and not damaged; errors name `backup`.
fn check_backup(plain: &Path, backup: &Path) -> Result<Connection> {
    let bad = |why: Message| Error::invalid("backup", why);
    let file = backup.display().to_string();
    let source = Connection::open_with_flags(plain, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| bad(msg!("invalid-backup-unopenable", file = &file, detail = e.to_string())))?;
    let check: String = source
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| bad(msg!("invalid-backup-not-shop-because", file = &file, detail = e.to_string())))?;
    if check != "ok" {
        return Err(bad(msg!("invalid-backup-damaged", file = &file, detail = check)));
    }
    let version: i64 = source.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let has_shop: bool =
        source.query_row("SELECT count(*) > 0 FROM sqlite_schema WHERE name = 'shop'", [], |r| r.get(0))?;
    if version == 0 || !has_shop {
        return Err(bad(msg!("invalid-backup-not-shop", file = &file)));
    }
    if version > super::SCHEMA_VERSION {
        return Err(bad(msg!("invalid-backup-too-new", file = &file)));
    }
    Ok(source)
}
