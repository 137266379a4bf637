//! Schema migrations, embedded in the binary and applied in one transaction each. The version lives in
//! `PRAGMA user_version`; a file from a newer app is refused instead of being "migrated" backwards.

use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

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
    ])
});

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 9;

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
    fn schema_version_matches_the_migration_list() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        migrate(&mut conn).expect("migrates");
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("version");
        assert_eq!(v, SCHEMA_VERSION);
    }
}
