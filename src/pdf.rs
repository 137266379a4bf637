//! PDF documents made from a campaign's results: the owner's campaign summary, a report the owner can
//! send to one partner, and an in-store coupon sheet with each promo code as large text and as a QR code.
//! Text is real text (selectable, searchable) in an embedded font; charts are the very SVG the app
//! shows, drawn as vectors.

mod coupons;
mod fonts;
mod layout;
mod summary;

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Store;
use crate::error::Result;

pub use crate::format::Numbers;
pub use coupons::qr_modules;

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

    /// US Letter where it is the usual paper (the US, Canada, Mexico, the Philippines, Chile, Colombia),
    /// A4 elsewhere.
    pub fn for_locale(locale: &str) -> Paper {
        let region = locale.split(['-', '_']).nth(1).unwrap_or("").to_ascii_uppercase();
        if ["US", "CA", "MX", "PH", "CL", "CO"].contains(&region.as_str()) { Paper::Letter } else { Paper::A4 }
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
}

impl Store {
    /// The document's bytes.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown campaign or partner; [`crate::Error::Invalid`] for a
    /// coupon sheet of a campaign without codes.
    /// Amounts and dates are written for `locale` (BCP 47; the app passes the one its window uses), else
    /// for the shop's locale, else US English.
    pub fn pdf(&self, kind: PdfKind, paper: Paper, locale: Option<&str>) -> Result<Vec<u8>> {
        let numbers = self.numbers(locale)?;
        match kind {
            PdfKind::Summary { campaign_id } => summary::campaign_summary(self, campaign_id, paper, &numbers),
            PdfKind::PartnerReport { campaign_partner_id } => {
                summary::partner_report(self, campaign_partner_id, paper, &numbers)
            }
            PdfKind::Coupons { campaign_id } => coupons::coupon_sheet(self, campaign_id, paper, &numbers),
        }
    }

    /// Writes the document to `path` whole or not at all (a temporary file beside it, then renamed).
    pub fn export_pdf(&self, kind: PdfKind, paper: Paper, locale: Option<&str>, path: &Path) -> Result<()> {
        let bytes = self.pdf(kind, paper, locale)?;
        crate::export::write_whole(path, &bytes)
    }
}
