//! Importing sales exports (Shopify, Square, WooCommerce, Etsy, Stripe, PayPal, or any CSV with a
//! column mapping) into sales, exactly, atomically and idempotently; and partners from a spreadsheet
//! ([`contacts`]).

pub mod contacts;
pub mod date_order;
pub mod datetime;
pub mod decode;
pub mod errors_csv;
mod etsy;
pub mod mapped;
pub mod money;
mod paypal;
pub mod post_line;
pub mod posts;
pub mod preset;
pub mod presets;
pub mod quoting;
mod run;
mod shopify;
mod square;
mod stripe;
pub mod survey;
mod woocommerce;

pub use mapped::{DateOrder, Mapping};
pub use presets::PresetInfo;
pub use run::{
    HeaderInfo, ImportNotes, ImportOptions, ImportProgress, ImportReport, OrderSample, SkippedRows, import_file,
    inspect_header,
};
