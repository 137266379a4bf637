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
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A single-field validation error.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }

    /// A short machine-readable name of the variant, stable across versions (the UI branches on it).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid",
            Error::NotFound { .. } => "not_found",
            Error::InUse { .. } => "in_use",
            Error::Locked { .. } => "locked",
            Error::ReadOnly { .. } => "read_only",
            Error::TooNew { .. } => "too_new",
            Error::Database(_) | Error::Migration(_) => "database",
            Error::Io(_) => "io",
            Error::Corrupt(_) => "corrupt",
            Error::Import { .. } => "import",
            Error::UnknownFormat { .. } => "unknown_format",
            Error::Cancelled => "cancelled",
            Error::Document(_) => "document",
        }
    }
}
