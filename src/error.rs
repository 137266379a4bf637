//! The core's one error type. Every public fallible function returns [`Result`]; the shell maps each
//! variant to a `kind` the UI can branch on, so variants describe what the *user* can do about it.

use serde::Serialize;
use ts_rs::TS;

use crate::i18n::Message;
use crate::msg;

/// One problem with one input field, shown next to that field in a form.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FieldError {
    /// The input field's name as the UI knows it (`name`, `email`, `accounts[1].followers`…).
    pub field: String,
    /// What is wrong, as a catalogue message the window writes in the owner's language.
    pub message: Message,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: Message) -> Self {
        Self { field: field.into(), message }
    }
}

/// Every variant says what went wrong as a [`Message`] ([`Error::message`]): the window writes it in the
/// owner's language; `Display` writes it in English (logs, tests).
#[derive(Debug)]
pub enum Error {
    /// Input was refused; nothing was written.
    Invalid(Vec<FieldError>),

    NotFound {
        entity: &'static str,
        id: i64,
    },

    /// The record is referenced by others (e.g. a partner in a campaign) and cannot be deleted; the caller
    /// may archive it instead.
    InUse {
        message: Message,
        campaigns: Vec<String>,
    },

    /// Another LocalLift process already has this database open.
    Locked {
        path: String,
    },

    /// The file or its folder cannot be written (a read-only disk, a locked-down folder): LocalLift needs
    /// to write even to read (its lock, the write-ahead log, the daily backup).
    ReadOnly {
        path: String,
    },

    /// The file was written by a newer LocalLift; opening it here could damage it.
    TooNew {
        found: i64,
        known: i64,
    },

    /// A file that cannot be imported at all (unreadable, unknown format, another currency).
    Import {
        file: String,
        message: Message,
    },

    /// A CSV whose columns match no known export: the owner can map its columns.
    UnknownFormat {
        file: String,
        message: Message,
    },

    /// The owner cancelled a long operation; nothing was written.
    Cancelled,

    Database(rusqlite::Error),

    Migration(rusqlite_migration::Error),

    Io(std::io::Error),

    /// Stored data contradicts itself; the text is a technical detail (kept in English).
    Corrupt(String),

    /// A PDF could not be put together (a font or chart the PDF library refused); a technical detail.
    Document(String),

    /// The shop file is in the middle of a long write (an import, a restore) that this call cannot wait
    /// for; nothing was changed, and the same call works once it is done. The message says what it is busy
    /// with ("busy-migrating").
    Busy(Message),
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Database(e)
    }
}
impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Self {
        Error::Migration(e)
    }
}
impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Database(e) => Some(e),
            Error::Migration(e) => Some(e),
            Error::Io(e) => Some(e),
            _ => None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// SQLite's "another connection holds the lock" (after the connection's busy timeout).
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

impl Error {
    /// A single-field validation error.
    pub fn invalid(field: impl Into<String>, message: Message) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }

    /// What went wrong, as a catalogue message (`locales/<language>/errors.ftl`) with its arguments.
    pub fn message(&self) -> Message {
        match self {
            Error::Invalid(fields) => {
                fields.first().map_or_else(|| Message::new("error-invalid"), |f| f.message.clone())
            }
            Error::NotFound { entity, id } => msg!("error-not-found", entity = entity.replace(' ', "-"), id = *id),
            Error::InUse { message, .. } => message.clone(),
            Error::Locked { path } => msg!("error-locked", path = path),
            Error::ReadOnly { path } => msg!("error-read-only", path = path),
            Error::TooNew { found, known } => msg!("error-too-new", found = *found, known = *known),
            Error::Import { file, message } | Error::UnknownFormat { file, message } => {
                msg!("error-in-file", file = file, message = message.clone())
            }
            Error::Cancelled => Message::new("error-cancelled"),
            Error::Database(e) => msg!("error-database", detail = e.to_string()),
            Error::Migration(e) => msg!("error-migration", detail = e.to_string()),
            Error::Io(e) => msg!("error-io", detail = e.to_string()),
            Error::Corrupt(detail) => msg!("error-corrupt", detail = detail),
            Error::Document(detail) => msg!("error-document", detail = detail),
            Error::Busy(what) => msg!("error-busy", what = what.clone()),
        }
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
