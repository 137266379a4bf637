//! The one piece of app state: the open shop file. Commands borrow it for one core call each, on a blocking
//! thread; the lock is never held across an await, and reads never wait behind a long write (they read
//! the last committed state on a connection of their own).

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, TryLockError};
use std::time::{Duration, Instant};

use locallift::Store;
use serde::Serialize;
use ts_rs::TS;

use locallift::error::ErrorKind;
use locallift::i18n::Message;
use locallift::msg;

use crate::error::{ApiError, ApiResult};

/// Which file the window works on, and what went wrong opening it (shown instead of the app).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppStatus {
    pub path: String,
    pub is_demo: bool,
    /// The shop settings, when the file is open.
    pub shop: Option<locallift::model::Shop>,
    /// Why the file could not be opened (`locked`, `too_new`, `database`…).
    pub error: Option<ApiError>,
    pub version: String,
}

/// Shared by the commands; each runs its core call on a blocking thread (see [`Db::run`]). Calls take the
/// open store in turn; while a long one has it (an import, a PDF, a restore: [`Db::run_long`]), reads go to
/// a connection of their own that sees the last committed state ([`Db::read`]), so no screen waits behind it.
#[derive(Clone)]
pub struct Db(Arc<Shared>);

struct Shared {
    slot: Mutex<Slot>,
    /// How many long calls hold or wait for the slot ([`Db::run_long`]).
    long_calls: AtomicUsize,
    /// The open shop file, for readers while the slot is busy; `None` while no file is open or another is
    /// being opened (readers then wait for the slot).
    readable: Mutex<Option<PathBuf>>,
}

struct Slot {
    path: PathBuf,
    store: Result<Store, ApiError>,
}

/// How long a write waits for a store busy with another call before it says so.
const WRITE_WAIT: Duration = Duration::from_secs(3);
/// How often a read waiting for the store looks whether a long call has it (then it reads on a connection
/// of its own).
const READ_WAIT: Duration = Duration::from_millis(20);

fn unusable() -> ApiError {
    ApiError::new(ErrorKind::Internal, Message::new("app-error-unusable"))
}

/// Takes the shop file's backup of the day, if it has none, on a thread of its own: a big shop's check and
/// compression take seconds, and the window opens meanwhile ([`locallift::store::daily_backup_of`]).
fn daily_backup_in_background(path: PathBuf) {
    let spawned = std::thread::Builder::new().name("daily-backup".into()).spawn(move || {
        if let Err(e) = locallift::store::daily_backup_of(&path) {
            eprintln!("LocalLift could not take the day's backup of {}: {e}", path.display());
        }
    });
    if let Err(e) = spawned {
        eprintln!("LocalLift could not start the day's backup: {e}");
    }
}

impl Db {
    pub fn new(path: PathBuf, store: locallift::Result<Store>) -> Self {
        let readable = store.is_ok().then(|| path.clone());
        let opened = store.is_ok();
        if opened {
            daily_backup_in_background(path.clone());
        }
        let db = Db(Arc::new(Shared {
            slot: Mutex::new(Slot { path, store: store.map_err(ApiError::from) }),
            long_calls: AtomicUsize::new(0),
            readable: Mutex::new(readable),
        }));
        if opened {
            db.warm_in_background();
        }
        db
    }

    /// The first Dashboard computed on a thread of its own while the window loads its script
    /// ([`Store::warm_dashboard`]), so the window's first ask finds it kept. Nothing is lost if it fails: the
    /// window's own call says why.
    fn warm_in_background(&self) {
        let db = self.clone();
        let spawned = std::thread::Builder::new().name("warm".into()).spawn(move || {
            let _ = db.read_now(Store::warm_dashboard);
        });
        if let Err(e) = spawned {
            eprintln!("LocalLift could not start computing the first Dashboard: {e}");
        }
    }

    /// Runs one core call that may write on the open store, on a blocking thread, so neither the async
    /// runtime nor the window ever waits on the file.
    ///
    /// # Errors
    /// The core's error; [`ErrorKind::Busy`] when another long call (an import, a restore) keeps the store
    /// past [`WRITE_WAIT`]; [`ErrorKind::Internal`] when the thread stopped.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> locallift::Result<T> + Send + 'static,
    ) -> ApiResult<T> {
        let db = self.clone();
        blocking(move || db.with(f)).await
    }

    /// Runs one long core call (an import, a PDF, a restore, a recompute of every result) on the open store,
    /// on a blocking thread; meanwhile reads go to a [reader](Store::open_reader) instead of waiting.
    ///
    /// # Errors
    /// As [`Db::run`].
    pub async fn run_long<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> locallift::Result<T> + Send + 'static,
    ) -> ApiResult<T> {
        let db = self.clone();
        blocking(move || db.with_long(f)).await
    }

    /// [`Db::with`] for a long call: reads meanwhile go to a reader.
    ///
    /// # Errors
    /// As [`Db::with`].
    pub fn with_long<T>(&self, f: impl FnOnce(&mut Store) -> locallift::Result<T>) -> ApiResult<T> {
        /// Counts the call as long until it ends, however it ends (a panic included).
        struct Long<'a>(&'a AtomicUsize);
        impl Drop for Long<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::SeqCst);
            }
        }
        self.0.long_calls.fetch_add(1, Ordering::SeqCst);
        let _long = Long(&self.0.long_calls);
        self.with(f)
    }

    /// Runs one core call that only reads, on a blocking thread: on the open store in turn, or, while a long
    /// call has it, on a [reader](Store::open_reader) of the same file that sees the last committed write
    /// (an import still running is not in it yet).
    ///
    /// # Errors
    /// The core's error ([`ErrorKind::Busy`] when even a reader cannot read now, e.g. mid-way through a
    /// first bulk import); [`ErrorKind::Internal`] when the thread stopped.
    pub async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> locallift::Result<T> + Send + 'static,
    ) -> ApiResult<T> {
        let db = self.clone();
        blocking(move || db.read_now(f)).await
    }

    fn read_now<T>(&self, f: impl FnOnce(&Store) -> locallift::Result<T>) -> ApiResult<T> {
        let readable = || -> ApiResult<Option<PathBuf>> {
            if self.0.long_calls.load(Ordering::SeqCst) == 0 {
                return Ok(None);
            }
            // `None` while a file is being opened: then wait for it, as a write does.
            Ok(self.0.readable.lock().map_err(|_| unusable())?.clone())
        };
        let start = Instant::now();
        loop {
            if let Some(mut slot) = self.lock_within(READ_WAIT)? {
                return Self::on_store(&mut slot, |s| f(s));
            }
            if let Some(path) = readable()? {
                return f(&Store::open_reader(&path, None)?).map_err(ApiError::from);
            }
            if start.elapsed() >= WRITE_WAIT {
                return Err(busy());
            }
        }
    }

    /// Runs one core call on the open store, on this thread.
    ///
    /// # Errors
    /// The core's error; [`ErrorKind::Busy`] when another call keeps the store past [`WRITE_WAIT`];
    /// [`ErrorKind::Closed`] (or the error that kept it shut) when no file is open.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> locallift::Result<T>) -> ApiResult<T> {
        let mut slot = self.lock_within(WRITE_WAIT)?.ok_or_else(busy)?;
        Self::on_store(&mut slot, f)
    }

    fn on_store<T>(slot: &mut Slot, f: impl FnOnce(&mut Store) -> locallift::Result<T>) -> ApiResult<T> {
        match &mut slot.store {
            Ok(store) => {
                let out = f(store).map_err(ApiError::from);
                // The results a write made stale, computed now (the service's), so the next screen never waits.
                store.refresh_stale_results();
                out
            }
            Err(e) => Err(e.clone()),
        }
    }

    /// The slot, once free within `wait`; `None` when another call still has it.
    fn lock_within(&self, wait: Duration) -> ApiResult<Option<MutexGuard<'_, Slot>>> {
        let start = Instant::now();
        loop {
            match self.0.slot.try_lock() {
                Ok(slot) => return Ok(Some(slot)),
                Err(TryLockError::Poisoned(_)) => return Err(unusable()),
                Err(TryLockError::WouldBlock) if start.elapsed() >= wait => return Ok(None),
                Err(TryLockError::WouldBlock) => std::thread::sleep(Duration::from_millis(2)),
            }
        }
    }

    /// Closes the current file (releasing its lock) and opens another with `open`.
    ///
    /// # Errors
    /// [`ErrorKind::Busy`] when another call keeps the current file past [`WRITE_WAIT`]. A file that fails
    /// to open is not an error here: the status carries it, for the start-up screen.
    pub fn switch(
        &self,
        path: PathBuf,
        open: impl FnOnce(&std::path::Path) -> locallift::Result<Store>,
    ) -> ApiResult<AppStatus> {
        let mut slot = self.lock_within(WRITE_WAIT)?.ok_or_else(busy)?;
        *self.0.readable.lock().map_err(|_| unusable())? = None;
        slot.store = Err(ApiError::new(ErrorKind::Closed, Message::new("app-error-closed")));
        slot.store = open(&path).map_err(ApiError::from);
        if slot.store.is_ok() {
            *self.0.readable.lock().map_err(|_| unusable())? = Some(path.clone());
            daily_backup_in_background(path.clone());
        }
        slot.path = path;
        drop(slot);
        self.status()
    }

    /// The shop file the window is on (open or not).
    ///
    /// # Errors
    /// [`ErrorKind::Busy`] when another call keeps the store past [`WRITE_WAIT`].
    pub fn path(&self) -> ApiResult<PathBuf> {
        if let Some(path) = self.0.readable.lock().map_err(|_| unusable())?.clone() {
            return Ok(path);
        }
        Ok(self.lock_within(WRITE_WAIT)?.ok_or_else(busy)?.path.clone())
    }

    /// The file, whether it is open, and its shop settings.
    ///
    /// # Errors
    /// [`ErrorKind::Busy`] when another call keeps the store past [`WRITE_WAIT`]; the core's error when the
    /// open file's settings cannot be read.
    pub fn status(&self) -> ApiResult<AppStatus> {
        let version = env!("CARGO_PKG_VERSION").to_string();
        let wait = if self.0.long_calls.load(Ordering::SeqCst) > 0 { READ_WAIT } else { WRITE_WAIT };
        let Some(slot) = self.lock_within(wait)? else {
            // A long write has the file: it is open, and a reader tells its settings.
            let path = self.path()?;
            let shop = Store::open_reader(&path, None)?.shop()?;
            let path = path.display().to_string();
            return Ok(AppStatus { path, is_demo: shop.is_demo, shop: Some(shop), error: None, version });
        };
        let path = slot.path.display().to_string();
        Ok(match &slot.store {
            Ok(store) => {
                let shop = store.shop().map_err(ApiError::from)?;
                AppStatus { path, is_demo: shop.is_demo, shop: Some(shop), error: None, version }
            }
            Err(e) => AppStatus { path, is_demo: false, shop: None, error: Some(e.clone()), version },
        })
    }
}

fn busy() -> ApiError {
    ApiError::from(locallift::Error::Busy(Message::new("busy-long-task")))
}

/// Runs `f` on a blocking thread.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> ApiResult<T> + Send + 'static) -> ApiResult<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| ApiError::new(ErrorKind::Internal, msg!("app-error-stopped", detail = e.to_string())))?
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A long call holds the store: a read answers at once from a reader, a write waits and then says the
    /// file is busy, and once the long call is done both work on the store again.
    #[test]
    fn reads_answer_while_a_long_write_holds_the_store() {
        let dir = std::env::temp_dir().join(format!("locallift-state-{}", std::process::id()));
        let path = dir.join("shop.sqlite");
        let db = Db::new(path.clone(), Store::open(&path));
        let holder = db.clone();
        let (held_tx, held_rx) = std::sync::mpsc::channel();
        let long = std::thread::spawn(move || {
            holder.with_long(|_| {
                held_tx.send(()).expect("send");
                std::thread::sleep(WRITE_WAIT + Duration::from_millis(600));
                Ok(())
            })
        });
        held_rx.recv().expect("the long write started");
        let start = Instant::now();
        let shop = db.read_now(|s| {
            assert!(s.is_reader(), "read on a reader while the store is busy");
            s.shop()
        });
        assert!(shop.is_ok(), "{shop:?}");
        assert!(start.elapsed() < Duration::from_millis(500), "the read took {:?}", start.elapsed());
        assert!(db.status().expect("status").error.is_none(), "the status answers too");

        let refused = db.with(|s| s.set_backups_kept(3));
        assert_eq!(refused.expect_err("busy").kind, ErrorKind::Busy);
        long.join().expect("join").expect("the long write");
        db.with(|s| s.set_backups_kept(3)).expect("the write works once the store is free");
        assert!(db.read_now(|s| Ok(!s.is_reader())).expect("read"), "reads use the store when it is free");
        drop(db);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
