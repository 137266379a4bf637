//! The SQLite store: one file per shop. Opening it takes an exclusive lock (one LocalLift process per
//! file), sets the connection pragmas and brings the schema up to date; every write goes through a
//! transaction so a refused or failed call leaves the file as it was.

pub mod analysis_data;
mod archive;
mod backup;
mod backup_changes;
pub mod bulk;
mod campaigns;
mod communities;
mod contact_imports;
pub(crate) mod customers;
mod deliverables;
mod first_steps;
pub mod holidays;
pub mod leaks;
pub mod ledger;
mod mappings;
mod memo;
mod migrations;
mod partners;
mod posts;
pub(crate) mod results_cache;
pub mod sales;
pub mod settings;
mod shop;
mod sql;
mod survey;

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::i18n::Message;

pub use backup::{BackupInfo, KEEP as BACKUPS_KEPT, backup_named, backups_of, daily_backup_of};
pub use deliverables::DeliverableQuery;
pub use mappings::header_key;
pub(crate) use mappings::save_mapping;
pub use migrations::SCHEMA_VERSION;
pub(crate) use results_cache::Touches;

/// Environment variable that points the app and the CLI at another database file (tests, demos).
pub const DB_ENV: &str = "LOCALLIFT_DB";

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Held for the life of the store: the OS releases the lock when the process ends, even on a crash.
    /// `None` for a [reader](Store::open_reader), which works beside the process's own store.
    _lock: Option<File>,
    /// A [reader](Store::open_reader): never writes, not even the caches.
    reader: bool,
    /// Fixed "today" for tests and the demo generator; `None` means the real shop-local date.
    today: Option<NaiveDate>,
    /// Campaigns whose cached results writes forgot since the service last computed them again (the
    /// store never computes results: that is the analysis layer's, run by [`crate::service`]).
    stale_results: std::sync::Mutex<std::collections::BTreeSet<i64>>,
    /// Answers kept while the file has not changed ([`memo`]).
    memo: memo::Memo,
}

/// Page cache of the connection, in KiB (a negative `cache_size` is in KiB): a year of a busy shop's
/// aggregates and indexes stay in memory.
pub(crate) const CACHE_KIB: i64 = 65_536;

/// Runs `work` with a page cache of `kib` KiB, then gives the connection back the cache it had, also when
/// `work` fails: rebuilds that read or sort a whole table want a cache of their own size.
///
/// # Errors
/// [`Error::Database`] when SQLite cannot read or set the cache size; else `work`'s error.
pub(crate) fn with_page_cache<T, E>(
    conn: &Connection,
    kib: i64,
    work: impl FnOnce() -> std::result::Result<T, E>,
) -> Result<T>
where
    Error: From<E>,
{
    let cache: i64 = conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", -kib)?;
    let done = work();
    conn.pragma_update(None, "cache_size", cache)?;
    Ok(done?)
}

impl Store {
    /// Opens (creating if needed) the shop file at `path` and migrates it to the current schema.
    ///
    /// # Errors
    /// [`Error::Locked`] when another process has it open, [`Error::TooNew`] when a newer LocalLift wrote
    /// it, [`Error::ReadOnly`] when it cannot be written, [`Error::Database`] when it is not a SQLite
    /// database.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        Store::open_writable(&path).map_err(|e| read_only_as_such(e, &path))
    }

    fn open_writable(path: &Path) -> Result<Store> {
        let path = path.to_path_buf();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let lock = take_lock(&path)?;
        let mut conn = Connection::open(&path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;
             PRAGMA temp_store = MEMORY;",
        )?;
        conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > 0 && found < SCHEMA_VERSION {
            // An upgrade rewrites tables: keep the file as it was first.
            backup::backup_connection(&conn, &path, &format!("before-migration-from-v{found}"))?;
        }
        migrations::migrate(&mut conn)?;
        results_cache::forget_stale_format(&conn)?;
        let store = Store {
            conn,
            path,
            _lock: Some(lock),
            reader: false,
            today: None,
            stale_results: Default::default(),
            memo: Default::default(),
        };
        store.ensure_shop_row()?;
        Ok(store)
    }

    /// A second, read-only connection to a shop file this process already has open with [`Store::open`],
    /// for the screens to read while that store is busy with a long write (an import, a PDF, a restore):
    /// with the write-ahead log, it sees the file as the last committed write left it. It takes no lock,
    /// runs no migration and writes nothing (results it computes are not cached); `today` is the caller's.
    ///
    /// # Errors
    /// [`Error::Busy`] when the file is mid-way through a bulk import that keeps readers out, or not at
    /// this app's schema yet; [`Error::Database`] when it cannot be opened.
    pub fn open_reader(path: impl AsRef<Path>, today: Option<NaiveDate>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags)?;
        conn.execute_batch("PRAGMA busy_timeout = 1000; PRAGMA query_only = ON; PRAGMA temp_store = MEMORY;")?;
        conn.pragma_update(None, "cache_size", -CACHE_KIB / 4)?;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found != SCHEMA_VERSION {
            return Err(Error::Busy(Message::new("busy-migrating")));
        }
        Ok(Store {
            conn,
            path,
            _lock: None,
            reader: true,
            today,
            stale_results: Default::default(),
            memo: Default::default(),
        })
    }

    /// Whether this is a [reader](Store::open_reader), which writes nothing.
    pub fn is_reader(&self) -> bool {
        self.reader
    }

    /// The default shop file: `<OS app-data folder>/LocalLift/shop.sqlite`, unless [`DB_ENV`] says otherwise.
    pub fn default_path() -> PathBuf {
        if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
            return PathBuf::from(p);
        }
        data_dir().join("shop.sqlite")
    }

    /// Where the demo shop lives, beside the owner's own file and never mixed into it.
    pub fn demo_path() -> PathBuf {
        data_dir().join("demo-shop.sqlite")
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Pins "today" (shop-local) for reproducible tests and demo data.
    pub fn set_today(&mut self, day: Option<NaiveDate>) {
        self.today = day;
    }

    /// Pins "today" to the shop-local day of the instant `now` (a test of what changes at the shop's
    /// midnight).
    ///
    /// # Errors
    /// [`Error::Corrupt`] when the stored time zone is not an IANA name; [`Error::Database`] when SQLite fails.
    pub fn set_clock(&mut self, now: chrono::DateTime<Utc>) -> Result<()> {
        self.today = Some(now.with_timezone(&self.time_zone()?).date_naive());
        Ok(())
    }

    /// Today in the shop's time zone: what decides whether a campaign is running.
    ///
    /// # Errors
    /// [`Error::Corrupt`] when the stored time zone is not an IANA name; [`Error::Database`] when SQLite fails.
    pub fn today(&self) -> Result<NaiveDate> {
        if let Some(day) = self.today {
            return Ok(day);
        }
        Ok(self.today_in(self.time_zone()?))
    }

    /// Today in the time zone `tz` (the shop's, already read), or the pinned day.
    pub(crate) fn today_in(&self, tz: chrono_tz::Tz) -> NaiveDate {
        self.today.unwrap_or_else(|| Utc::now().with_timezone(&tz).date_naive())
    }

    /// Moves everything from the write-ahead log into the main file, so the file alone is complete.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails (e.g. another connection is reading).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }

    /// Notes campaigns whose cached results a committed write forgot: read again, they are computed from
    /// the tables; [`Store::take_stale_results`] lets the service compute them at once.
    pub(crate) fn mark_stale_results(&self, campaign_ids: &[i64]) {
        if let Ok(mut stale) = self.stale_results.lock() {
            stale.extend(campaign_ids);
        }
    }

    /// The campaigns whose results writes forgot since last asked (each once).
    pub fn take_stale_results(&self) -> Vec<i64> {
        self.stale_results.lock().map(|mut s| std::mem::take(&mut *s).into_iter().collect()).unwrap_or_default()
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// A transaction for multi-step writers (the importer) that need to decide late whether to commit.
    pub(crate) fn transaction(&mut self) -> Result<rusqlite::Transaction<'_>> {
        Ok(self.conn.transaction()?)
    }

    /// Runs `f`, a use case of several writes, all or nothing: its writes are savepoints inside one
    /// transaction, committed when `f` returns `Ok`, all rolled back otherwise.
    ///
    /// # Errors
    /// `f`'s error (nothing it wrote is kept), or a storage error.
    pub fn all_or_nothing<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.conn.execute_batch("SAVEPOINT all_or_nothing")?;
        match f(self) {
            Ok(out) => {
                self.conn.execute_batch("RELEASE all_or_nothing")?;
                Ok(out)
            }
            Err(e) => {
                self.conn.execute_batch("ROLLBACK TO all_or_nothing; RELEASE all_or_nothing")?;
                Err(e)
            }
        }
    }

    /// Runs `f` in one transaction: committed when it returns `Ok`, rolled back otherwise. Every
    /// campaign's cached results are computed again: writers that know what they change use
    /// [`Store::write_touching`].
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        self.write_touching(Touches::Everything, f)
    }

    /// [`Store::write`] for a change whose reach on campaign results is known: only the results it can
    /// change are forgotten, and computed again once it is committed, so the Dashboard never waits.
    pub(crate) fn write_touching<T>(
        &mut self,
        touches: Touches,
        f: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        // A savepoint: its own transaction, or a part of one a use case opened ([`Store::all_or_nothing`]).
        let tx = self.conn.savepoint()?;
        let pending = results_cache::Pending::before(&tx, touches)?;
        let out = f(&tx)?;
        let affected = pending.forget(&tx)?;
        tx.commit()?;
        self.mark_stale_results(&affected);
        Ok(out)
    }

    /// [`Store::write_touching`] for a row that `f` creates, whose id it returns: what the write touches
    /// is known once the row exists.
    pub(crate) fn write_created(
        &mut self,
        touches: impl FnOnce(i64) -> Touches,
        f: impl FnOnce(&Connection) -> Result<i64>,
    ) -> Result<i64> {
        let tx = self.conn.savepoint()?;
        let id = f(&tx)?;
        let affected = results_cache::Pending::before(&tx, touches(id))?.forget(&tx)?;
        tx.commit()?;
        self.mark_stale_results(&affected);
        Ok(id)
    }
}

fn data_dir() -> PathBuf {
    directories::ProjectDirs::from("app", "LocalLift", "LocalLift")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Says "read-only" for the errors a read-only disk or folder gives, wherever in opening they came.
fn read_only_as_such(e: Error, path: &Path) -> Error {
    let read_only = match &e {
        Error::Io(io) => {
            matches!(io.kind(), std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied)
        }
        Error::Database(rusqlite::Error::SqliteFailure(f, _)) => {
            matches!(f.code, rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::PermissionDenied)
        }
        _ => false,
    };
    if read_only { Error::ReadOnly { path: path.display().to_string() } } else { e }
}

/// What `PRAGMA integrity_check` says of a shop file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct IntegrityReport {
    pub ok: bool,
    /// SQLite's findings (the first 20), or why the check could not run.
    pub problems: Vec<String>,
}

impl IntegrityReport {
    fn of(conn: &Connection) -> IntegrityReport {
        let found: rusqlite::Result<Vec<String>> =
            conn.prepare("PRAGMA integrity_check(20)").and_then(|mut s| s.query_map([], |r| r.get(0))?.collect());
        match found {
            Ok(lines) if lines == ["ok"] => IntegrityReport { ok: true, problems: Vec::new() },
            Ok(lines) => IntegrityReport { ok: false, problems: lines },
            Err(e) => IntegrityReport { ok: false, problems: vec![e.to_string()] },
        }
    }
}

/// Checks a shop file that could not be opened, read-only and without taking its lock (nothing is
/// written): what the start-up screen shows beside its options.
pub fn check_file(path: &Path) -> IntegrityReport {
    match Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY) {
        Ok(conn) => IntegrityReport::of(&conn),
        Err(e) => IntegrityReport { ok: false, problems: vec![e.to_string()] },
    }
}

impl Store {
    /// `PRAGMA integrity_check` on the open shop file (Settings, "Check the shop file").
    pub fn integrity_check(&self) -> IntegrityReport {
        IntegrityReport::of(&self.conn)
    }
}

pub(crate) fn take_lock(db: &Path) -> Result<File> {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".lock");
    let lock_path = db.with_file_name(name);
    let file = OpenOptions::new().create(true).truncate(false).write(true).open(&lock_path)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => Err(Error::Locked { path: db.display().to_string() }),
        Err(TryLockError::Error(e)) => Err(Error::Io(e)),
    }
}

/// An instant in the stored text form (`2024-03-05T19:07:31Z`).
pub fn sql_instant(at: &chrono::DateTime<Utc>) -> String {
    sql::instant_text(at)
}

/// The current UTC instant in the stored text form.
pub fn now_text() -> String {
    sql::instant_text(&Utc::now())
}
