//! Audience tiers. A tier is always derived from follower counts (the largest account of a partner, the
//! size of a community) so it cannot drift from the numbers it summarizes.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Tier {
    /// Under 1,000 followers: a community member with local reach.
    Community,
    /// 1,000 to 9,999.
    Nano,
    /// 10,000 to 99,999.
    Micro,
    /// 100,000 to 999,999.
    Macro,
    /// 1,000,000 and more.
    Mega,
}

impl Tier {
    pub const ALL: &'static [Tier] = &[Tier::Community, Tier::Nano, Tier::Micro, Tier::Macro, Tier::Mega];

    /// The tier of an audience of `followers`. Bounds are half-open: 1,000 is nano, 10,000 is micro.
    pub fn from_followers(followers: i64) -> Tier {
        match followers {
            i64::MIN..1_000 => Tier::Community,
            1_000..10_000 => Tier::Nano,
            10_000..100_000 => Tier::Micro,
            100_000..1_000_000 => Tier::Macro,
            _ => Tier::Mega,
        }
    }

    /// Follower range `[low, high)` of the tier; `high` is `None` for the open top tier. Used to filter by
    /// tier in SQL without storing the tier.
    pub fn bounds(self) -> (i64, Option<i64>) {
        match self {
            Tier::Community => (0, Some(1_000)),
            Tier::Nano => (1_000, Some(10_000)),
            Tier::Micro => (10_000, Some(100_000)),
            Tier::Macro => (100_000, Some(1_000_000)),
            Tier::Mega => (1_000_000, None),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Community => "community",
            Tier::Nano => "nano",
            Tier::Micro => "micro",
            Tier::Macro => "macro",
            Tier::Mega => "mega",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tier_boundaries_are_half_open() {
        let cases = [
            (0, Tier::Community),
            (999, Tier::Community),
            (1_000, Tier::Nano),
            (9_999, Tier::Nano),
            (10_000, Tier::Micro),
            (99_999, Tier::Micro),
            (100_000, Tier::Macro),
            (999_999, Tier::Macro),
            (1_000_000, Tier::Mega),
            (250_000_000, Tier::Mega),
        ];
        for (followers, tier) in cases {
            assert_eq!(Tier::from_followers(followers), tier, "{followers} followers");
        }
    }

    #[test]
    fn bounds_agree_with_from_followers() {
        for &tier in Tier::ALL {
            let (low, high) = tier.bounds();
            assert_eq!(Tier::from_followers(low), tier);
            if let Some(high) = high {
                assert_eq!(Tier::from_followers(high - 1), tier);
                assert_ne!(Tier::from_followers(high), tier);
            }
        }
    }
}
