//! The in-store coupon sheet: one card per promo code, the code as large text and as a QR code (which a
//! till's scanner reads as the code itself), six to a page with cut lines.

use qrcode::{Color, EcLevel, QrCode};

use super::layout::{Flow, INK, Item, MUTED, RULE, fit};
use super::{Numbers, Paper, fonts::Fonts};
use crate::error::{Error, Result};
use crate::msg;

/// The dark modules of a QR code of `text`, row by row (`width` × `width`), with error correction level
/// M (15% of the code may be smudged or folded).
///
/// # Errors
/// [`Error::Document`] when `text` does not fit in a QR code at level M (too long).
pub fn qr_modules(text: &str) -> Result<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|e| Error::Document(format!("no QR code for “{text}”: {e}")))?;
    Ok((code.width(), code.to_colors().into_iter().map(|c| c == Color::Dark).collect()))
}

/// The printable coupon sheet of a campaign (each partner's codes as text and QR code), in the language of
/// the locale `n` writes dates for.
pub(crate) fn coupon_sheet(
    detail: &crate::model::CampaignDetail,
    shop: &crate::model::Shop,
    paper: Paper,
    n: &Numbers,
) -> Result<Vec<u8>> {
    let c = &detail.campaign;
    let coupons: Vec<(String, String)> = detail
        .partners
        .iter()
        .flat_map(|p| p.fields.codes.iter().map(|code| (p.member_name.clone(), code.clone())))
        .collect();
    if coupons.is_empty() {
        return Err(Error::invalid("campaign", msg!("invalid-no-codes-to-print", campaign = c.fields.name.clone())));
    }
    let fonts = Fonts::get()?;
    let words = crate::i18n::words(n.locale());
    let mut flow = Flow::new(paper, fonts, words.clone());
    let (cols, rows) = (2usize, 3usize);
    let gap = 0.0;
    let w = flow.width() / cols as f32;
    let top = flow.y();
    let h = (flow.room() - gap) / rows as f32;
    let valid = words
        .get("report-coupon-valid", &[("from", n.day(c.fields.start).into()), ("to", n.day(c.counts_until).into())]);
    let show = words.get("report-coupon-show", &[]);
    for (i, (partner, code)) in coupons.iter().enumerate() {
        let slot = i % (cols * rows);
        if i > 0 && slot == 0 {
            flow.new_page();
        }
        let x = flow.left() + (slot % cols) as f32 * w;
        let y = top + (slot / cols) as f32 * h;
        // Cut lines around every card.
        for (x1, y1, x2, y2) in [(x, y, x + w, y), (x, y + h, x + w, y + h), (x, y, x, y + h), (x + w, y, x + w, y + h)]
        {
            flow.push(Item::Line { x1, y1, x2, y2, color: RULE, width: 0.5 });
        }
        let pad = 16.0;
        let full_w = w - 2.0 * pad;
        let (top_h, bottom_h) = (52.0, 34.0);
        let qr_side = (h - 2.0 * pad - top_h - bottom_h).min(w * 0.42);
        let code_w = full_w - qr_side - pad;
        let text = |flow: &mut Flow<'_>, dy: f32, size: f32, bold: bool, color, s: &str, width: f32| {
            let s = fit(flow.fonts, s, size, bold, width);
            flow.push(Item::Text { x: x + pad, y: y + dy, size, bold, color, text: s });
        };
        text(&mut flow, pad + 9.0, 9.0, false, MUTED, &shop.settings.name, full_w);
        text(&mut flow, pad + 26.0, 12.0, true, INK, &c.fields.name, full_w);
        text(
            &mut flow,
            pad + 42.0,
            10.0,
            false,
            INK,
            &words.get("report-coupon-with", &[("partner", partner.into())]),
            full_w,
        );
        // The code as large as fits beside the QR code: 30 pt down to 10.
        let mut size = 30.0;
        while size > 10.0 && fonts.width(code, size, true) > code_w {
            size -= 1.0;
        }
        let middle = pad + top_h + qr_side / 2.0;
        text(&mut flow, middle + size * 0.35, size, true, INK, code, code_w);
        text(&mut flow, h - pad - 16.0, 9.5, false, INK, &show, full_w);
        text(&mut flow, h - pad - 3.0, 8.5, false, MUTED, &valid, full_w);
        let (modules, dark) = qr_modules(code)?;
        // Four modules of quiet zone on each side, as scanners expect.
        let side = qr_side / (modules + 8) as f32;
        let (qx, qy) = (x + w - pad - qr_side + 4.0 * side, y + pad + top_h + 4.0 * side);
        let squares = dark
            .iter()
            .enumerate()
            .filter(|(_, d)| **d)
            .map(|(k, _)| (qx + (k % modules) as f32 * side, qy + (k / modules) as f32 * side, side * 1.02))
            .collect();
        flow.push(Item::Squares { squares, color: (0, 0, 0) });
    }
    let names = [("shop", shop.settings.name.as_str().into()), ("campaign", c.fields.name.as_str().into())];
    let footer = words.get("report-coupons-footer", &names);
    flow.finish(&words.get("report-coupons-title", &names), &footer)
}
