//! Writing many rows at once, for imports of a million orders: statements that insert many rows each,
//! and sales indexes rebuilt once instead of updated a million times.

use rusqlite::types::ToSql;
use std::ops::Deref;

use rusqlite::{CachedStatement, Connection, Transaction, TransactionBehavior};

use super::Store;

use crate::error::Result;

/// Rows per multi-row INSERT: a statement's fixed cost (prepare look-up, step, reset) is paid once per
/// this many rows; beyond 64 the gain is lost in noise.
pub const ROWS_PER_INSERT: usize = 64;

/// Binds one row's values, in column order, into its place in a multi-row statement.
pub struct Binder<'s, 'c> {
    stmt: &'s mut CachedStatement<'c>,
    next: usize,
}

impl Binder<'_, '_> {
    /// Binds `value` to the next parameter of the statement: the row's next column.
    ///
    /// # Errors
    /// A [`rusqlite::Error`] when SQLite refuses the value, or when no parameter is left (a row bound with
    /// more values than `columns`).
    pub fn bind<T: ToSql>(&mut self, value: T) -> rusqlite::Result<()> {
        self.next += 1;
        self.stmt.raw_bind_parameter(self.next, value)
    }
}

fn values_sql(head: &str, columns: usize, rows: usize) -> String {
    let row = format!("({})", vec!["?"; columns].join(", "));
    format!("{head} VALUES {}", vec![row; rows].join(", "))
}

/// Runs `head VALUES (…), (…)` over `rows`, [`ROWS_PER_INSERT`] at a time, binding each row's
/// `columns` values with `bind`. After each statement `inserted` gets its rows, how many it inserted
/// (fewer with `OR IGNORE`) and the last rowid it inserted: rows inserted by one statement get
/// consecutive rowids (SQLite gives a new row the largest rowid plus one), so a caller can tell each
/// new row's id without a `RETURNING` clause, which buffers its output.
///
/// # Errors
/// The first SQLite error; the caller's transaction then rolls everything back.
pub fn insert_rows<T>(
    tx: &Connection,
    head: &str,
    columns: usize,
    rows: &[T],
    bind: impl Fn(&mut Binder<'_, '_>, &T) -> rusqlite::Result<()>,
    mut inserted: impl FnMut(&[T], usize, i64) -> Result<()>,
) -> Result<()> {
    // Each statement is fetched once per call and kept for all its groups: binding replaces every value,
    // and giving it back to rusqlite's cache after each group cleared its 1,152 bindings (18 columns) and
    // formatted and hashed its SQL again.
    let mut run = |stmt: &mut CachedStatement<'_>, group: &[T]| -> Result<()> {
        let mut binder = Binder { stmt, next: 0 };
        for row in group {
            bind(&mut binder, row)?;
        }
        let changes = stmt.raw_execute()?;
        inserted(group, changes, tx.last_insert_rowid())
    };
    let mut full = rows.chunks_exact(ROWS_PER_INSERT);
    if full.len() > 0 {
        let mut stmt = tx.prepare_cached(&values_sql(head, columns, ROWS_PER_INSERT))?;
        for group in &mut full {
            run(&mut stmt, group)?;
        }
    }
    // The rest one by one: one more cached statement, not one per remainder size.
    if !full.remainder().is_empty() {
        let mut stmt = tx.prepare_cached(&values_sql(head, columns, 1))?;
        for row in full.remainder() {
            run(&mut stmt, std::slice::from_ref(row))?;
        }
    }
    Ok(())
}

/// The secondary indexes of the sales tables, dropped for a large import and rebuilt once at its end,
/// inside the same transaction: SQLite builds an index from sorted keys several times faster than it
/// inserts a million random keys one by one, and a rollback brings the indexes back with everything
/// else. The unique (source, external id) index stays: the import needs it to find stored orders.
#[must_use = "the indexes must be rebuilt before the transaction commits"]
pub struct SuspendedIndexes(Vec<String>);

/// Drops the sales tables' own indexes (keeping the definitions SQLite stored for them).
///
/// # Errors
/// [`crate::Error::Database`] when SQLite cannot read the schema or drop an index; rolling back `tx` brings
/// every index back.
pub fn suspend_indexes(tx: &Transaction<'_>) -> Result<SuspendedIndexes> {
    let defs: Vec<(String, String)> = tx
        .prepare(
            "SELECT name, sql FROM sqlite_schema
             WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('sales', 'sale_codes') ORDER BY name",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &defs {
        // Names come from the schema itself; identifiers cannot be bound as parameters.
        tx.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
    }
    Ok(SuspendedIndexes(defs.into_iter().map(|(_, sql)| sql).collect()))
}

impl SuspendedIndexes {
    /// Creates the suspended indexes again inside `tx`, from the definitions SQLite stored for them.
    ///
    /// # Errors
    /// [`crate::Error::Database`] when SQLite cannot build one (a full disk, say); `tx` must then be rolled
    /// back, which brings the indexes back as they were.
    pub fn rebuild(self, tx: &Transaction<'_>) -> Result<()> {
        sorting_in_runs(tx, || self.0.iter().try_for_each(|sql| tx.execute_batch(sql)))
    }
}

/// Runs `build` (statements that create indexes) with SQLite's sorter set for a million keys: a small
/// page cache and worker threads. SQLite sorts an index's keys in runs of at most the page cache's size,
/// each written to a temporary file when temporary data is kept in files, as in a bulk transaction (kept
/// in memory, every key waits in one list, sorted at the end by this thread alone). Small runs are sorted
/// by worker threads while this one reads on, then merged: on 1M orders, the customer index was built in
/// 0.62–0.69 s instead of 1.31–1.65 s, in 20 MB instead of 116 MB (`sqlite3` shell, same file, same run).
///
/// # Errors
/// [`crate::Error::Database`] when a pragma or `build` fails; the caller's transaction then rolls back.
pub(crate) fn sorting_in_runs(conn: &Connection, build: impl FnOnce() -> rusqlite::Result<()>) -> Result<()> {
    super::with_page_cache(conn, SORT_RUN_KIB, || {
        conn.pragma_update(None, "threads", sort_threads())?;
        let built = build();
        conn.pragma_update(None, "threads", 0)?;
        built
    })
}

/// The page cache while the suspended indexes are built, in KiB: the size of each sorted run of keys.
/// Measured on 1M orders: 4 MiB runs sorted fastest (0.62–0.80 s), 32 MiB ones took 0.95–1.18 s.
const SORT_RUN_KIB: i64 = 4_096;

/// Worker threads SQLite may start to sort an index's runs (`PRAGMA threads`): one per core, at most 4.
fn sort_threads() -> i64 {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(4)) as i64
}

/// The transaction of one import. For a bulk load it runs with a rollback journal instead of the
/// write-ahead log: pages appended to the file are then written once, where the log would write them
/// twice (into the log at commit, into the file at the checkpoint). Atomicity is the same: a crash
/// leaves a hot journal that SQLite rolls back at the next open. The log is switched back on when the
/// transaction ends, committed or not.
pub struct ImportTransaction<'c> {
    tx: Option<Transaction<'c>>,
    conn: &'c Connection,
    bulk: bool,
}

impl Store {
    pub(crate) fn import_transaction(&mut self, bulk: bool) -> Result<ImportTransaction<'_>> {
        let conn = &self.conn;
        if bulk {
            conn.pragma_update_and_check(None, "journal_mode", "DELETE", |_| Ok(()))?;
            // Half the usual page cache: rebuilding the indexes sorts in memory of its own, and a bulk
            // load must stay well under 150 MB (costs ~6% of its time).
            conn.pragma_update(None, "cache_size", -(super::CACHE_KIB / 2))?;
            // With a rollback journal, NORMAL leaves a small window where a power cut can corrupt the
            // file; FULL closes it (a few more syncs of a small journal).
            conn.pragma_update(None, "synchronous", "FULL")?;
            // Foreign keys unchecked: every reference a bulk load writes is to a row it just wrote or
            // read in the same transaction (its batch, its sales), and checking them costs a look-up per
            // code, line item and sale (~10% of the load). It deletes only with explicit statements, never
            // by cascade. Switched back on with the log; `tests/import_bulk.rs` checks the result.
            conn.pragma_update(None, "foreign_keys", "OFF")?;
            // Temporary data in files (deleted when closed): the index rebuild then sorts in small runs,
            // in parallel and in less memory (see `SuspendedIndexes::rebuild`).
            conn.pragma_update(None, "temp_store", "FILE")?;
        }
        let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate);
        let tx = match tx {
            Ok(tx) => tx,
            Err(e) => {
                if bulk {
                    restore_wal(conn);
                }
                return Err(e.into());
            }
        };
        Ok(ImportTransaction { tx: Some(tx), conn, bulk })
    }
}

impl ImportTransaction<'_> {
    /// Commits the import's writes; a bulk load's write-ahead log is switched back on after.
    ///
    /// # Errors
    /// [`crate::Error::Database`] when SQLite cannot commit (a full disk, say); nothing of the import is kept
    /// then.
    pub fn commit(mut self) -> Result<()> {
        if let Some(tx) = self.tx.take() {
            tx.commit()?;
        }
        Ok(())
    }
}

impl<'c> Deref for ImportTransaction<'c> {
    type Target = Transaction<'c>;

    fn deref(&self) -> &Transaction<'c> {
        self.tx.as_ref().expect("the transaction is only taken by commit, which consumes self")
    }
}

impl Drop for ImportTransaction<'_> {
    fn drop(&mut self) {
        // Roll back first (when not committed): the journal mode cannot change inside a transaction.
        drop(self.tx.take());
        if self.bulk {
            restore_wal(self.conn);
        }
    }
}

fn restore_wal(conn: &Connection) {
    // Cannot fail while we hold the only connection and the file lock; if it somehow did, the next
    // open sets WAL again.
    let _ = conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()));
    let _ = conn.pragma_update(None, "cache_size", -super::CACHE_KIB);
    let _ = conn.pragma_update(None, "synchronous", "NORMAL");
    let _ = conn.pragma_update(None, "foreign_keys", "ON");
    let _ = conn.pragma_update(None, "temp_store", "MEMORY");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bulk_transaction_gives_back_the_log_and_the_foreign_key_checks() {
        let dir = tempfile::tempdir().expect("dir");
        let mut store = Store::open(dir.path().join("shop.sqlite")).expect("store");
        let settings = |store: &Store| -> (String, bool, i64) {
            let conn = store.conn();
            (
                conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).expect("mode"),
                conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).expect("keys"),
                conn.query_row("PRAGMA temp_store", [], |r| r.get(0)).expect("temp"),
            )
        };
        for commit in [false, true] {
            let tx = store.import_transaction(true).expect("bulk");
            assert!(!tx.query_row("PRAGMA foreign_keys", [], |r| r.get::<_, bool>(0)).expect("keys"));
            assert_eq!(tx.query_row("PRAGMA temp_store", [], |r| r.get::<_, i64>(0)).expect("temp"), 1, "file");
            if commit {
                tx.commit().expect("commit");
            } else {
                drop(tx);
            }
            // temp_store 2: in memory.
            assert_eq!(settings(&store), ("wal".to_string(), true, 2), "committed: {commit}");
        }
    }

    #[test]
    fn sorting_in_runs_builds_with_a_small_cache_and_threads_then_puts_both_back_even_on_failure() {
        let conn = Connection::open_in_memory().expect("db");
        conn.execute_batch("PRAGMA cache_size = -20000; CREATE TABLE t (k TEXT)").expect("table");
        let setting = |name: &str| conn.pragma_query_value(None, name, |r| r.get::<_, i64>(0)).expect(name);
        let mut seen = (0, 0);
        sorting_in_runs(&conn, || {
            seen = (setting("cache_size"), setting("threads"));
            conn.execute_batch("CREATE INDEX t_k ON t (k)")
        })
        .expect("built");
        assert_eq!(seen, (-SORT_RUN_KIB, sort_threads()));
        assert_eq!((setting("cache_size"), setting("threads")), (-20000, 0));
        let failed = sorting_in_runs(&conn, || conn.execute_batch("CREATE INDEX t_k ON t (k)"));
        assert!(failed.is_err(), "the index exists already");
        assert_eq!((setting("cache_size"), setting("threads")), (-20000, 0));
    }

    #[test]
    fn values_lists_one_group_per_row() {
        assert_eq!(values_sql("INSERT INTO t (a, b)", 2, 2), "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)");
    }

    #[test]
    fn inserts_every_row_in_full_groups_and_the_rest_with_consecutive_rowids() {
        let mut conn = rusqlite::Connection::open_in_memory().expect("db");
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, b TEXT UNIQUE)", []).expect("table");
        conn.execute("INSERT INTO t (id, b) VALUES (7, 'row 3')", []).expect("a row already there");
        let tx = conn.transaction().expect("tx");
        let rows: Vec<String> = (1..=150).map(|i| format!("row {i}")).collect();
        let mut ids = Vec::new();
        insert_rows(
            &tx,
            "INSERT OR IGNORE INTO t (b)",
            1,
            &rows,
            |b, s| b.bind(s),
            |group, changes, last| {
                ids.push((group.len(), changes, last));
                Ok(())
            },
        )
        .expect("insert");
        // Two full groups (one row ignored in the first), then 22 one-row statements.
        assert_eq!(ids[0], (64, 63, 7 + 63));
        assert_eq!(ids[1], (64, 64, 7 + 127));
        assert_eq!(ids.len(), 2 + 22);
        let stored: Vec<(i64, String)> = tx
            .prepare("SELECT id, b FROM t WHERE id > 7 ORDER BY id")
            .expect("sql")
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("q")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        let expected: Vec<(i64, String)> = (8..).zip(rows.iter().filter(|r| r.as_str() != "row 3").cloned()).collect();
        assert_eq!(stored, expected);
    }
}
