//! The shop: its name, currency (ISO 4217), time zone (IANA), margin, hourly rate and locale.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The shop whose partnerships are tracked: one per database file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ShopInput {
    pub name: String,
    /// ISO 4217 code; `None` until set, or until the first import sets it.
    pub currency: Option<String>,
    /// IANA time zone name: shop-local days, weeks and campaign dates are computed in it.
    pub time_zone: String,
    /// Gross margin used when line costs are unknown, in percent.
    pub default_margin_pct: f64,
    /// BCP 47 locale for numbers and dates; `None` follows the operating system.
    pub locale: Option<String>,
    /// What an hour of the owner's time is worth, to count it as a campaign cost.
    pub hourly_rate_minor: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Shop {
    #[serde(flatten)]
    pub settings: ShopInput,
    /// The database holds the generated demo shop, not the owner's data.
    pub is_demo: bool,
    /// The owner (or the demo generator) has filled in the settings at least once.
    pub set_up: bool,
    /// The locale in effect and what it implies (from [`crate::locale::info`]); computed, never stored.
    #[serde(default, skip_deserializing)]
    pub format: crate::locale::LocaleInfo,
    /// Today in the shop's time zone when the shop was read (what deliverables are due by, the day a thing
    /// is marked done); computed, never stored.
    #[serde(default, skip_deserializing)]
    pub today: Option<chrono::NaiveDate>,
}

/// The first steps of a new shop, each ticked when done: what the Dashboard's "Getting started" list shows
/// until every step is done or the owner hides it. Derived from the shop's data, never typed in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FirstSteps {
    /// A sales export was imported (sales exist).
    pub sales_imported: bool,
    /// Partners exist (typed in or brought in from a spreadsheet).
    pub partners_added: bool,
    pub campaign_created: bool,
    /// A campaign's coupon sheet was saved as a PDF.
    pub coupon_sheet_printed: bool,
    /// The owner hid the list.
    pub dismissed: bool,
    /// A campaign with codes, whose coupon sheet can be printed (the newest); `None` without one.
    pub campaign_with_codes: Option<i64>,
}

impl FirstSteps {
    /// Every step is done.
    pub fn all_done(&self) -> bool {
        self.sales_imported && self.partners_added && self.campaign_created && self.coupon_sheet_printed
    }
}
