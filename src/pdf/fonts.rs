//! The fonts every LocalLift PDF embeds (DejaVu Sans, regular and bold: Latin, Greek, Cyrillic, Arabic
//! and Hebrew; its licence is beside the files in `assets/fonts`), and text measuring with the same
//! shaper krilla draws with, so wrapped lines and right-aligned numbers land where they are measured.

use std::sync::{Arc, OnceLock};

use krilla::text::Font;

use crate::error::{Error, Result};

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The family the charts' SVG ask for ("sans-serif") is mapped to.
const FAMILY: &str = "DejaVu Sans";

pub(crate) struct Fonts {
    pub regular: Font,
    pub bold: Font,
    regular_face: rustybuzz::Face<'static>,
    bold_face: rustybuzz::Face<'static>,
}

impl Fonts {
    /// The fonts, read once per process (krilla hashes a font's bytes when it is made).
    pub(crate) fn get() -> Result<&'static Fonts> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS
            .get_or_init(|| Fonts::load().ok())
            .as_ref()
            .ok_or_else(|| Error::Document("the embedded font could not be read".into()))
    }

    fn load() -> Result<Fonts> {
        let missing = || Error::Document("the embedded font could not be read".into());
        Ok(Fonts {
            regular: Font::new(REGULAR.into(), 0).ok_or_else(missing)?,
            bold: Font::new(BOLD.into(), 0).ok_or_else(missing)?,
            regular_face: rustybuzz::Face::from_slice(REGULAR, 0).ok_or_else(missing)?,
            bold_face: rustybuzz::Face::from_slice(BOLD, 0).ok_or_else(missing)?,
        })
    }

    pub(crate) fn font(&self, bold: bool) -> &Font {
        if bold { &self.bold } else { &self.regular }
    }

    /// Width of `text` set in one line at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = if bold { &self.bold_face } else { &self.regular_face };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(face, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / face.units_per_em() as f32
    }
}

/// The font database the charts' SVG text is laid out with: the same embedded fonts, as "sans-serif".
pub(crate) fn svg_options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        db.set_sans_serif_family(FAMILY);
        usvg::Options { font_family: FAMILY.into(), fontdb: Arc::new(db), ..Default::default() }
    })
}
