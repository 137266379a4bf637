//! LocalLift core: the domain of a small shop's local partnerships (partners, communities, campaigns,
//! posts, sales) kept in one SQLite file. Everything a window or a script can do goes through this crate;
//! the Tauri shell and the `locallift` CLI only translate their inputs into calls here.

pub mod attribution;
pub mod charts;
pub mod dashboard;
pub mod demo;
pub mod error;
pub mod export;
pub mod fit;
pub mod format;
pub mod i18n;
pub mod import;
pub mod leaks;
pub mod ledger;
pub mod lift;
pub mod locale;
pub mod model;
pub mod pdf;
pub mod period;
pub mod report;
pub mod service;
pub mod store;
pub mod table;
pub mod validate;

pub use error::{Error, FieldError, Result};
pub use store::Store;
