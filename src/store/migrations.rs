//! Schema migrations, embedded in the binary and applied in one transaction each. The version lives in
//! `PRAGMA user_version`; a file from a newer app is refused instead of being "migrated" backwards.

use std::sync::LazyLock;

use rusqlite::{Connection, Transaction};
use rusqlite_migration::{HookResult, M, Migrations};

use crate::error::{Error, Result};

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("migrations/0001_initial.sql")),
        M::up(include_str!("migrations/0002_import.sql")),
        M::up(include_str!("migrations/0003_import_speed.sql")),
        M::up(include_str!("migrations/0004_sale_status.sql")),
        M::up(include_str!("migrations/0005_orders_with_net.sql")),
        M::up(include_str!("migrations/0006_partnership.sql")),
        M::up(include_str!("migrations/0007_contact_imports.sql")),
        M::up(include_str!("migrations/0008_survey.sql")),
        M::up(include_str!("migrations/0009_community_imports.sql")),
        M::up_with_hook(include_str!("migrations/0010_sales_checks.sql"), sales_checks_as_comparisons),
    ])
});

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 10;

/// The sales table's CHECK constraints on `channel`, `cancelled` and `status`, as written by versions 1
/// and 4, and as written from version 10 on (see `migrations/0010_sales_checks.sql`).
const SALES_CHECKS: [(&str, &str); 3] = [
    (
        "CHECK (channel IN ('online','in_store','other'))",
        "CHECK (channel = 'online' OR channel = 'in_store' OR channel = 'other')",
    ),
    ("CHECK (cancelled IN (0, 1))", "CHECK (cancelled = 0 OR cancelled = 1)"),
    (
        "CHECK (status IN ('sale', 'unpaid', 'cancelled'))",
        "CHECK (status = 'sale' OR status = 'unpaid' OR status = 'cancelled')",
    ),
];

/// Rewrites the sales table's stored SQL with [`SALES_CHECKS`], in the migration's transaction: SQLite's
/// procedure for schema changes that leave the rows as they are (writable schema, the schema version
/// raised so that every connection reads the schema again, this one included). A table whose SQL does
/// not hold the old text (none written by LocalLift) is left as it is: its constraints are the same.
fn sales_checks_as_comparisons(tx: &Transaction<'_>) -> HookResult {
    let sql: String =
        tx.query_row("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'sales'", [], |r| r.get(0))?;
    let rewritten = SALES_CHECKS.iter().fold(sql.clone(), |sql, (old, new)| sql.replace(old, new));
    if rewritten == sql {
        return Ok(());
    }
    let version: i64 = tx.pragma_query_value(None, "schema_version", |r| r.get(0))?;
    tx.pragma_update(None, "writable_schema", "ON")?;
    tx.execute("UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = 'sales'", [&rewritten])?;
    tx.pragma_update(None, "schema_version", version + 1)?;
    tx.pragma_update(None, "writable_schema", "RESET")?;
    Ok(())
}

pub(super) fn migrate(conn: &mut Connection) -> Result<()> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(Error::TooNew { found, known: SCHEMA_VERSION });
    }
    MIGRATIONS.to_latest(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().expect("every migration applies to an empty database");
    }

    #[test]
    fn the_sales_checks_become_comparisons_and_still_refuse_what_they_refused() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        MIGRATIONS.to_version(&mut conn, 9).expect("version 9");
        conn.execute_batch(
            "INSERT INTO import_batches (id, kind, file_name, sha256, preset, started_at)
                 VALUES (1, 'file', 'a.csv', '', 'csv', '2024-01-01T00:00:00Z');
             INSERT INTO sales (batch_id, source, external_id, placed_at, local_day, channel, currency, gross_minor,
                                cancelled, status)
             VALUES (1, 'csv', 'A', '2024-01-01T00:00:00Z', '2024-01-01', 'in_store', 'USD', 100, 1, 'cancelled');",
        )
        .expect("a sale stored before");
        migrate(&mut conn).expect("migrates");
        let sql: String =
            conn.query_row("SELECT sql FROM sqlite_schema WHERE name = 'sales'", [], |r| r.get(0)).expect("schema");
        for (old, new) in SALES_CHECKS {
            assert!(!sql.contains(old) && sql.contains(new), "{sql}");
        }
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check");
        assert_eq!(check, "ok");
        let insert = |channel: &str, cancelled: i64, status: &str| {
            conn.execute(
                "INSERT INTO sales (batch_id, source, external_id, placed_at, local_day, channel, currency,
                                    gross_minor, cancelled, status)
                 VALUES (1, 'csv', ?1, '2024-01-02T00:00:00Z', '2024-01-02', ?2, 'USD', 100, ?3, ?4)",
                rusqlite::params![format!("{channel}{cancelled}{status}"), channel, cancelled, status],
            )
        };
        insert("online", 0, "sale").expect("a valid sale");
        insert("other", 1, "unpaid").expect("another");
        for (channel, cancelled, status) in [("web", 0, "sale"), ("online", 2, "sale"), ("online", 0, "refunded")] {
            let refused = insert(channel, cancelled, status).expect_err("refused");
            assert!(refused.to_string().contains("CHECK"), "{refused}");
        }
    }

    #[test]
    fn schema_version_matches_the_migration_list() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        migrate(&mut conn).expect("migrates");
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("version");
        assert_eq!(v, SCHEMA_VERSION);
    }
}
