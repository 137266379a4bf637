//! Domain types. They double as the shapes sent over IPC (serde + generated TypeScript via ts-rs),
//! which keeps one definition per concept; inputs (`*Input`) are separate from stored records so that
//! derived fields (tier, engagement, phase) can never be typed in.

mod campaign;
mod community;
mod contact_import;
mod deliverable;
mod enums;
pub mod mapping;
mod message;
pub mod names;
mod partner;
mod post;
mod query;
mod shop;
pub mod survey;
mod tier;

pub use campaign::*;
pub use community::*;
pub use contact_import::*;
pub use deliverable::*;
pub use enums::*;
pub use message::*;
pub use partner::*;
pub use post::*;
pub use query::*;
pub use shop::*;
pub use tier::*;

/// `n / d` rounded half to even (banker's rounding), for an amount computed from a ratio of sums: rounded
/// once, with no bias up or down. `d` must not be 0 (then 0 is returned).
pub fn div_round_half_even(n: i128, d: i128) -> i64 {
    if d == 0 {
        return 0;
    }
    let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
    let q = n.div_euclid(d);
    let r = n.rem_euclid(d);
    let q = match (2 * r).cmp(&d) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => q + (q & 1),
    };
    i64::try_from(q).unwrap_or(if q < 0 { i64::MIN } else { i64::MAX })
}

/// An answer to "how did you hear about us?" in the form answers are matched in: lower case, spaces collapsed,
/// trimmed ("  Insta  MAYA " and "insta maya" are one answer).
pub fn survey_norm(answer: &str) -> String {
    answer.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Whether a sale (paid, not cancelled) counts as an order: its net revenue is above zero. A fully refunded
/// or free order adds its money (zero) but is not an order, an attributed order, or a customer's first order
/// (the rule the daily aggregates, the customers table and attribution share; stated in the README).
pub fn counts_as_order(net_minor: i64) -> bool {
    net_minor > 0
}

/// Commission on a net revenue (minor units) at `pct` percent (stored as basis points): net × bp / 10,000,
/// rounded half away from zero, once, on the sum it is owed on.
pub fn commission(net_minor: i64, pct: f64) -> i64 {
    let (a, b) = (i128::from(net_minor) * i128::from(pct_to_bp(pct)), 10_000_i128);
    let (q, r) = (a / b, a % b);
    let q = if 2 * r.abs() >= b { q + a.signum() } else { q };
    i64::try_from(q).unwrap_or(if q < 0 { i64::MIN } else { i64::MAX })
}

/// Percent (as typed, e.g. 12.5) to stored basis points (1250). Rounds half away from zero.
pub fn pct_to_bp(pct: f64) -> i64 {
    (pct * 100.0).round() as i64
}

/// Stored basis points to percent for display and editing.
pub fn bp_to_pct(bp: i64) -> f64 {
    bp as f64 / 100.0
}
