//! Domain types. They double as the shapes sent over IPC (serde + generated TypeScript via ts-rs),
//! which keeps one definition per concept; inputs (`*Input`) are separate from stored records so that
//! derived fields (tier, engagement, phase) can never be typed in.

mod campaign;
mod community;
mod enums;
mod partner;
mod post;
mod query;
mod shop;
mod tier;

pub use campaign::*;
pub use community::*;
pub use enums::*;
pub use partner::*;
pub use post::*;
pub use query::*;
pub use shop::*;
pub use tier::*;

/// Percent (as typed, e.g. 12.5) to stored basis points (1250). Rounds half away from zero.
pub fn pct_to_bp(pct: f64) -> i64 {
    (pct * 100.0).round() as i64
}

/// Stored basis points to percent for display and editing.
pub fn bp_to_pct(bp: i64) -> f64 {
    bp as f64 / 100.0
}
