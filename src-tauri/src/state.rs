//! The one piece of app state: the open shop file. Commands borrow it for one core call each; the lock
//! is never held across an await.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use locallift::Store;
use serde::Serialize;
use ts_rs::TS;

use locallift::error::ErrorKind;

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

/// Shared by the commands; each runs its core call on a blocking thread (see [`Db::run`]).
#[derive(Clone)]
pub struct Db(Arc<Mutex<Slot>>);

struct Slot {
    path: PathBuf,
    store: Result<Store, ApiError>,
}

impl Db {
    pub fn new(path: PathBuf, store: locallift::Result<Store>) -> Self {
        Db(Arc::new(Mutex::new(Slot { path, store: store.map_err(ApiError::from) })))
    }

    /// Runs one core call on the open store on a blocking thread, so neither the async runtime nor the
    /// window ever waits on the file (an import, a PDF or a backup holds the store meanwhile; Cancel does
    /// not need it).
    ///
    /// # Errors
    /// The core's error, or [`ErrorKind::Internal`] when the thread stopped.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> locallift::Result<T> + Send + 'static,
    ) -> ApiResult<T> {
        let db = self.clone();
        tauri::async_runtime::spawn_blocking(move || db.with(f))
            .await
            .map_err(|e| ApiError::new(ErrorKind::Internal, format!("a command stopped unexpectedly: {e}")))?
    }

    /// Runs one core call on the open store, on this thread.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> locallift::Result<T>) -> ApiResult<T> {
        let mut slot = self.0.lock().map_err(|_| {
            ApiError::new(locallift::error::ErrorKind::Internal, "the app state is unusable; restart LocalLift")
        })?;
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

    /// Closes the current file (releasing its lock) and opens another with `open`.
    pub fn switch(
        &self,
        path: PathBuf,
        open: impl FnOnce(&std::path::Path) -> locallift::Result<Store>,
    ) -> ApiResult<AppStatus> {
        let mut slot = self.0.lock().map_err(|_| {
            ApiError::new(locallift::error::ErrorKind::Internal, "the app state is unusable; restart LocalLift")
        })?;
        slot.store = Err(ApiError::new(locallift::error::ErrorKind::Closed, "no shop file is open"));
        slot.store = open(&path).map_err(ApiError::from);
        slot.path = path;
        drop(slot);
        self.status()
    }

    /// The shop file the window is on (open or not).
    pub fn path(&self) -> ApiResult<PathBuf> {
        let slot = self.0.lock().map_err(|_| {
            ApiError::new(locallift::error::ErrorKind::Internal, "the app state is unusable; restart LocalLift")
        })?;
        Ok(slot.path.clone())
    }

    pub fn status(&self) -> ApiResult<AppStatus> {
        let slot = self.0.lock().map_err(|_| {
            ApiError::new(locallift::error::ErrorKind::Internal, "the app state is unusable; restart LocalLift")
        })?;
        let version = env!("CARGO_PKG_VERSION").to_string();
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
