//! IPC commands, grouped by feature. Each is one call into the core; none holds business logic.

pub mod app;
pub mod campaigns;
pub mod communities;
pub mod import;
pub mod partners;
pub mod partnership;
pub mod posts;
pub mod results;
