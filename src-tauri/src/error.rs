//! The one error shape the UI receives from every command: `{ kind, message, field, fields, campaigns }`.
//! `message` and each field's message are catalogue messages (`{ id, args }`), written by the window in the
//! owner's language.
//! The UI branches on `kind`, a closed list ([`ErrorKind`]: `invalid`, `in_use`, `not_found`, `locked`, …) and shows `fields` next to
//! the form inputs they name.

use locallift::error::ErrorKind;
use locallift::i18n::Message;
use locallift::{Error, FieldError};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ApiError {
    pub kind: ErrorKind,
    /// Boxed: the error travels in every command's `Result`, which stays small.
    pub message: Box<Message>,
    /// The first field at fault, when the error is about an input.
    pub field: Option<String>,
    /// Every field at fault (validation errors).
    pub fields: Vec<FieldError>,
    /// Campaigns that keep a record in use (for `in_use`).
    pub campaigns: Vec<String>,
}

impl ApiError {
    pub fn new(kind: ErrorKind, message: Message) -> Self {
        Self { kind, message: Box::new(message), field: None, fields: Vec::new(), campaigns: Vec::new() }
    }
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        let mut out = ApiError::new(e.error_kind(), e.message());
        match e {
            Error::Invalid(fields) => {
                out.field = fields.first().map(|f| f.field.clone());
                out.fields = fields;
            }
            Error::InUse { campaigns, .. } => out.campaigns = campaigns,
            _ => {}
        }
        out
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
