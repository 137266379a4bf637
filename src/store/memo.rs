//! Answers kept while the shop file has not changed: a screen that asks for the same period's figures
//! several times (the Dashboard's figures, its comparison and its charts each start from the period's
//! Dashboard) computes them once.
//!
//! "Not changed" is SQLite's own count of the rows this connection inserted, updated or deleted
//! (`sqlite3_total_changes`) together with `PRAGMA data_version` (which moves when another connection
//! commits): any write, by any path that goes through SQL, makes every kept answer stale. A restore, which
//! replaces the file's pages without SQL, forgets them explicitly ([`Store::forget_memo`]).

use std::any::Any;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use super::Store;
use crate::error::Result;

/// How many answers are kept (the newest; a Dashboard with its two compared periods is three).
const KEPT: usize = 8;

/// The file's state: rows this connection changed, and SQLite's `data_version`.
type FileState = (u64, i64);

/// One kept answer: what was asked, the file's state when answered, the answer.
type Kept = (String, FileState, Arc<dyn Any + Send + Sync>);

/// The kept answers, newest first.
#[derive(Default)]
pub(crate) struct Memo(Mutex<VecDeque<Kept>>);

impl Store {
    /// The answer to `key` kept from an earlier call while the file has not changed since, else
    /// `compute`'s (then kept). `key` names the question and everything its answer depends on besides
    /// the file (the period, today's date).
    ///
    /// # Errors
    /// `compute`'s errors; [`crate::Error::Database`] when SQLite cannot say the file's state.
    pub(crate) fn memoized<T: Clone + Send + Sync + 'static>(
        &self,
        key: String,
        compute: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        let state = self.file_state()?;
        if let Ok(kept) = self.memo.0.lock() {
            let hit =
                kept.iter().find(|(k, s, _)| *k == key && *s == state).and_then(|(_, _, v)| v.downcast_ref::<T>());
            if let Some(hit) = hit {
                return Ok(hit.clone());
            }
        }
        let value = compute()?;
        // After: computing may have kept campaign results, which is a write of its own.
        let state = self.file_state()?;
        if let Ok(mut kept) = self.memo.0.lock() {
            kept.retain(|(k, s, _)| *k != key && *s == state);
            kept.push_front((key, state, Arc::new(value.clone())));
            kept.truncate(KEPT);
        }
        Ok(value)
    }

    /// Forgets every kept answer: after a write SQLite does not count (a restore through the backup API).
    pub(crate) fn forget_memo(&self) {
        if let Ok(mut kept) = self.memo.0.lock() {
            kept.clear();
        }
    }

    fn file_state(&self) -> Result<FileState> {
        let version: i64 = self.conn.pragma_query_value(None, "data_version", |r| r.get(0))?;
        Ok((self.conn.total_changes(), version))
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    #[test]
    fn an_answer_is_kept_until_the_file_changes() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(dir.path().join("shop.sqlite")).expect("open");
        let computed = Cell::new(0);
        let ask = |key: &str| {
            store
                .memoized(key.to_string(), || {
                    computed.set(computed.get() + 1);
                    Ok(computed.get())
                })
                .expect("answer")
        };
        assert_eq!((ask("a"), ask("a"), ask("b"), ask("a")), (1, 1, 2, 1));
        store.conn().execute("INSERT INTO app_settings (key, value) VALUES ('x', '1')", []).expect("a write");
        assert_eq!(ask("a"), 3, "computed again after a write");
        assert_eq!(ask("a"), 3);
        // Another connection's commit is a change too.
        let other = rusqlite::Connection::open(dir.path().join("shop.sqlite")).expect("second connection");
        other.execute("UPDATE app_settings SET value = '2' WHERE key = 'x'", []).expect("its write");
        assert_eq!(ask("a"), 4);
        store.forget_memo();
        assert_eq!(ask("a"), 5);
        for n in 0..KEPT + 2 {
            ask(&format!("k{n}"));
        }
        assert_eq!(store.memo.0.lock().expect("lock").len(), KEPT);
    }
}
