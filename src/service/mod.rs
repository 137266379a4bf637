//! The use cases the CLI and the window run: each reads or writes through the store, has the analysis
//! layer compute, and the report layer draw. Nothing below calls up into it (see `tests/core/layers.rs`).

pub mod campaigns;
mod dashboard;
mod documents;
mod leaks;
mod ledger;
mod partners;
mod results;
