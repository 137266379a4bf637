//! The known export presets, in the order detection tries them.

use csv::StringRecord;

use super::etsy::{EtsyItems, EtsyOrders};
use super::paypal::PayPal;
use super::preset::Preset;
use super::shopify::Shopify;
use super::square::{SquareItems, SquareTransactions};
use super::stripe::Stripe;
use super::woocommerce::{WooCommerce, WooCommerceAnalytics};

static PRESETS: &[&dyn Preset] = &[
    &Shopify,
    &WooCommerce,
    &WooCommerceAnalytics,
    &SquareItems,
    &SquareTransactions,
    &EtsyOrders,
    &EtsyItems,
    &Stripe,
    &PayPal,
];

pub fn by_id(id: &str) -> Option<&'static dyn Preset> {
    PRESETS.iter().copied().find(|p| p.id().eq_ignore_ascii_case(id.trim()))
}

/// The preset whose columns the header has.
pub fn detect(header: &StringRecord) -> Option<&'static dyn Preset> {
    PRESETS.iter().copied().find(|p| p.matches(header))
}

pub fn ids() -> Vec<&'static str> {
    PRESETS.iter().map(|p| p.id()).collect()
}

pub fn labels() -> Vec<&'static str> {
    PRESETS.iter().map(|p| p.label()).collect()
}

/// A preset as the Import screen lists it.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PresetInfo {
    pub id: String,
    pub label: String,
}

pub fn list() -> Vec<PresetInfo> {
    PRESETS.iter().map(|p| PresetInfo { id: p.id().into(), label: p.label().into() }).collect()
}
