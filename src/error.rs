//! The core's one error type. Every public fallible function returns [`Result`]; the shell maps each
//! variant to a `kind` the UI can branch on, so variants describe what the *user* can do about it.

use serde::Serialize;
use ts_rs::TS;

/// One problem with one input field, shown next to that field in a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FieldError {
    /// The input field's name as the UI knows it (`name`, `email`, `accounts[1].followers`…).
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), message: message.into() }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input was refused; nothing was written.
    #[error("{}", .0.first().map(|f| f.message.as_str()).unwrap_or("invalid input"))]
    Invalid(Vec<FieldError>),

    #[error("{entity} {id} was not found")]
    NotFound { entity: &'static str, id: i64 },

    /// The record is referenced by others (e.g. a partner in a campaign) and cannot be deleted; the caller
    /// may archive it instead.
    #[error("{message}")]
    InUse { message: String, campaigns: Vec<String> },

    /// Another LocalLift process already has this database open.
    #[error("this shop file is already open in another LocalLift window or command ({path})")]
    Locked { path: String },

    /// The file or its folder cannot be written (a read-only disk, a locked-down folder): LocalLift needs
    /// to write even to read (its lock, the write-ahead log, the daily backup).
    #[error("this shop file is on a disk or in a folder LocalLift cannot write to ({path})")]
    ReadOnly { path: String },

    /// The file was written by a newer LocalLift; opening it here could damage it.
    #[error("this shop file was made by a newer version of LocalLift (schema {found}, this app knows {known})")]
    TooNew { found: i64, known: i64 },

    /// A file that cannot be imported at all (unreadable, unknown format, another currency).
    #[error("{file}: {message}")]
    Import { file: String, message: String },

    /// A CSV whose columns match no known export: the owner can map its columns.
    #[error("{file}: {message}")]
    UnknownFormat { file: String, message: String },

    /// The owner cancelled a long operation; nothing was written.
    #[error("cancelled; nothing was changed")]
    Cancelled,

    #[error("the shop database failed: {0}")]
    Database(#[from] rusqlite::Error),

    #[error("upgrading the shop database failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),

    #[error("file error: {0}")]
    Io(#[from] std::io::Error),

    #[error("stored data is not valid: {0}")]
    Corrupt(String),

    /// A PDF could not be put together (a font or chart the PDF library refused).
    #[error("the document could not be made: {0}")]
    Document(String),

    /// The shop file is in the middle of a long write (an import, a restore) that this call cannot wait
    /// for; nothing was changed, and the same call works once it is done.
    #[error("the shop file is busy {0}; try again when it is done")]
    Busy(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// SQLite's "another connection holds the lock" (after the connection's busy timeout).
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

impl Error {
    /// A single-field validation error.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }

    /// What kind of error this is, as the window branches on it (sent over IPC as its snake_case name).
    pub fn error_kind(&self) -> ErrorKind {
        match self {
            Error::Invalid(_) => ErrorKind::Invalid,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::InUse { .. } => ErrorKind::InUse,
            Error::Locked { .. } => ErrorKind::Locked,
            Error::ReadOnly { .. } => ErrorKind::ReadOnly,
            Error::TooNew { .. } => ErrorKind::TooNew,
            Error::Database(e) if is_busy(e) => ErrorKind::Busy,
            Error::Database(_) | Error::Migration(_) => ErrorKind::Database,
            Error::Busy(_) => ErrorKind::Busy,
            Error::Io(_) => ErrorKind::Io,
            Error::Corrupt(_) => ErrorKind::Corrupt,
            Error::Import { .. } => ErrorKind::Import,
            Error::UnknownFormat { .. } => ErrorKind::UnknownFormat,
            Error::Cancelled => ErrorKind::Cancelled,
            Error::Document(_) => ErrorKind::Document,
        }
    }

    /// A short machine-readable name of the variant, stable across versions: [`Error::error_kind`]'s name.
    pub fn kind(&self) -> &'static str {
        self.error_kind().as_str()
    }
}

/// The kinds of error the window tells apart, a closed list (TypeScript gets it as a union of names): what
/// the core's [`Error`] variants are, and the shell's own (`internal`, `closed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorKind {
    /// Input refused, with the fields at fault.
    Invalid,
    NotFound,
    /// A record other records still use (the campaigns are named).
    InUse,
    /// Another LocalLift has the shop file open.
    Locked,
    ReadOnly,
    /// The shop file was written by a newer LocalLift.
    TooNew,
    /// SQLite failed or the file is not a shop (a backup can be restored).
    Database,
    Io,
    /// The shop's data contradicts itself (a backup can be restored).
    Corrupt,
    /// A sales file could not be read.
    Import,
    /// A CSV whose columns match no known export: map them.
    UnknownFormat,
    /// The owner cancelled; nothing was written.
    Cancelled,
    /// A PDF could not be made.
    Document,
    /// A long write (an import, a restore) has the shop file; nothing was changed: try again when it is done.
    Busy,
    /// A fault of the app itself (a thread that stopped, a poisoned lock): not the owner's data.
    Internal,
    /// No shop file is open.
    Closed,
}

impl ErrorKind {
    /// The kind's name, as sent to the window.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Invalid => "invalid",
            ErrorKind::NotFound => "not_found",
            ErrorKind::InUse => "in_use",
            ErrorKind::Locked => "locked",
            ErrorKind::ReadOnly => "read_only",
            ErrorKind::TooNew => "too_new",
            ErrorKind::Database => "database",
            ErrorKind::Io => "io",
            ErrorKind::Corrupt => "corrupt",
            ErrorKind::Import => "import",
            ErrorKind::UnknownFormat => "unknown_format",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::Document => "document",
            ErrorKind::Busy => "busy",
            ErrorKind::Internal => "internal",
            ErrorKind::Closed => "closed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorKind;

    #[test]
    fn a_kinds_name_is_the_one_sent_over_ipc() {
        use ErrorKind::*;
        for kind in [
            Invalid,
            NotFound,
            InUse,
            Locked,
            ReadOnly,
            TooNew,
            Database,
            Io,
            Corrupt,
            Import,
            UnknownFormat,
            Cancelled,
            Document,
            Busy,
            Internal,
            Closed,
        ] {
            assert_eq!(serde_json::to_value(kind).expect("json"), serde_json::json!(kind.as_str()));
        }
    }
}
