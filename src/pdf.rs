//! PDF documents made from a campaign's results: the owner's campaign summary, a report the owner can
//! send to one partner, and an in-store coupon sheet with each promo code as large text and as a QR code.
//! Text is real text (selectable, searchable) in an embedded font; charts are the very SVG the app
//! shows, drawn as vectors.

pub(crate) mod coupons;
mod fonts;
mod layout;
pub(crate) mod statement;
pub(crate) mod summary;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::format::Numbers;
pub use coupons::qr_modules;

/// The characters no font could show in the documents made on this thread since the last call (they are
/// boxes on the page): empty for text in the shipped languages' scripts, which the bundled fonts cover.
pub fn take_missing_characters() -> Vec<char> {
    fonts::take_missing()
}

/// Paper the document is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// US Letter where it is the usual paper ([`crate::locale::letter_paper`]), A4 elsewhere.
    pub fn for_locale(locale: &str) -> Paper {
        if crate::locale::letter_paper(locale) { Paper::Letter } else { Paper::A4 }
    }
}

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum PdfKind {
    /// The owner's summary of a campaign.
    Summary { campaign_id: i64 },
    /// One partner's results in a campaign, to send them.
    PartnerReport { campaign_partner_id: i64 },
    /// Printable coupons: each partner's codes as text and QR code.
    Coupons { campaign_id: i64 },
    /// A partner's payout statement over a period (shop-local days; none: all time).
    Statement { partner_id: i64, from: Option<chrono::NaiveDate>, to: Option<chrono::NaiveDate> },
}
