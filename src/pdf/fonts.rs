//! The fonts of LocalLift's PDFs. DejaVu Sans, regular and bold (Latin, Greek, Cyrillic, Arabic, Hebrew),
//! and Droid Sans Fallback (Chinese and Japanese) are bundled (their licences are beside the files in
//! `assets/fonts`); krilla embeds only the glyphs a document uses. Characters none of them has (emoji,
//! rarer scripts) are set in a font of the computer that has them, embedded too; only when no font has
//! them do they show as boxes, and the document says which ([`take_missing`]). Text is measured with the
//! shaper krilla draws with, so wrapped lines and right-aligned numbers land where they were measured.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use krilla::text::Font;
use usvg::fontdb::{Database, ID};

use crate::error::{Error, Result};

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
static CJK: &[u8] = include_bytes!("../../assets/fonts/DroidSansFallbackFull.ttf");

thread_local! {
    /// Characters no font could show since the last [`take_missing`] on this thread (a document is made on
    /// one thread, start to end).
    static MISSING: std::cell::RefCell<std::collections::BTreeSet<char>> = Default::default();
}

/// The characters no font could show (drawn as boxes) since the last call on this thread: a document's,
/// when called before and after making it. Empty for any text in the shipped languages' scripts.
pub(crate) fn take_missing() -> Vec<char> {
    MISSING.with(|m| std::mem::take(&mut *m.borrow_mut()).into_iter().collect())
}

/// The family the charts' SVG ask for ("sans-serif") is mapped to.
const FAMILY: &str = "DejaVu Sans";

/// A font as krilla draws it and as rustybuzz measures it.
pub(crate) struct Face {
    pub font: Font,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    fn new(data: &'static [u8], index: u32) -> Option<Face> {
        Some(Face { font: Font::new(data.into(), index)?, shaper: rustybuzz::Face::from_slice(data, index)? })
    }

    fn covers(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }

    /// Width of `text` set in one line at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&self.shaper, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / self.shaper.units_per_em() as f32
    }
}

pub(crate) struct Fonts {
    regular: Face,
    bold: Face,
    /// The bundled fallback for Chinese and Japanese.
    cjk: Face,
    /// Fonts of this computer for characters DejaVu lacks, by character (`None`: no font has it).
    fallback: Mutex<HashMap<char, Option<(ID, &'static Face)>>>,
    loaded: Mutex<HashMap<ID, &'static Face>>,
}

impl Fonts {
    /// The fonts, read once per process (krilla hashes a font's bytes when it is made).
    pub(crate) fn get() -> Result<&'static Fonts> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                Some(Fonts {
                    regular: Face::new(REGULAR, 0)?,
                    bold: Face::new(BOLD, 0)?,
                    cjk: Face::new(CJK, 0)?,
                    fallback: Mutex::default(),
                    loaded: Mutex::default(),
                })
            })
            .as_ref()
            .ok_or_else(|| Error::Document("the embedded font could not be read".into()))
    }

    fn primary(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }

    /// `text` cut into runs of one font each: DejaVu where it has the characters, else a system font.
    pub(crate) fn runs<'t>(&self, text: &'t str, bold: bool) -> Vec<(&Face, &'t str)> {
        let primary = self.primary(bold);
        if text.chars().all(|c| c.is_ascii() || primary.covers(c)) {
            return vec![(primary, text)];
        }
        let mut runs: Vec<(&Face, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current: Option<&Face> = None;
        for (at, c) in text.char_indices() {
            let face = if c.is_whitespace() || c.is_control() || is_joining(c) {
                // Spaces, joiners and variation selectors stay with the run they are in.
                current.unwrap_or(primary)
            } else if primary.covers(c) {
                primary
            } else if self.cjk.covers(c) {
                &self.cjk
            } else {
                self.fallback_for(c).map_or_else(
                    || {
                        MISSING.with(|m| m.borrow_mut().insert(c));
                        primary
                    },
                    |(_, face)| face,
                )
            };
            match current {
                Some(f) if std::ptr::eq(f, face) => {}
                Some(f) => {
                    runs.push((f, &text[start..at]));
                    start = at;
                    current = Some(face);
                }
                None => current = Some(face),
            }
        }
        if let Some(f) = current {
            runs.push((f, &text[start..]));
        }
        runs
    }

    /// Width of `text` set in one line at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let primary = self.primary(bold);
        if text.is_ascii() {
            return primary.width(text, size);
        }
        self.runs(text, bold).iter().map(|(face, run)| face.width(run, size)).sum()
    }

    fn fallback_for(&self, c: char) -> Option<(ID, &'static Face)> {
        let mut known = self.fallback.lock().ok()?;
        if let Some(found) = known.get(&c) {
            return *found;
        }
        let db = system_fonts();
        let covering = db.faces().filter(|f| !f.families.iter().any(|(name, _)| name == FAMILY)).find(|f| {
            db.with_face_data(f.id, |data, index| {
                rustybuzz::ttf_parser::Face::parse(data, index).is_ok_and(|face| face.glyph_index(c).is_some())
            })
            .unwrap_or(false)
        });
        let face = covering.and_then(|info| {
            let mut loaded = self.loaded.lock().ok()?;
            if let Some(face) = loaded.get(&info.id) {
                return Some((info.id, *face));
            }
            // Kept for the life of the process, like the bundled fonts: a handful at most.
            let (data, index) = db.with_face_data(info.id, |data, index| (data.to_vec(), index))?;
            let face: &'static Face = Box::leak(Box::new(Face::new(Box::leak(data.into_boxed_slice()), index)?));
            loaded.insert(info.id, face);
            Some((info.id, face))
        });
        known.insert(c, face);
        face
    }
}

/// Zero-width joiners and variation selectors: part of the character before them (emoji sequences).
fn is_joining(c: char) -> bool {
    matches!(c, '\u{200d}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}')
}

/// The computer's fonts, read once (and only when a character needs one).
fn system_fonts() -> &'static Database {
    static DB: OnceLock<Database> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = Database::new();
        db.load_system_fonts();
        db
    })
}

/// The bundled fonts as "sans-serif", for the charts' SVG text.
fn bundled_fonts() -> Database {
    let mut db = Database::new();
    db.load_font_data(REGULAR.to_vec());
    db.load_font_data(BOLD.to_vec());
    db.load_font_data(CJK.to_vec());
    db.set_sans_serif_family(FAMILY);
    db
}

fn options(db: Database) -> usvg::Options<'static> {
    usvg::Options { font_family: FAMILY.into(), fontdb: Arc::new(db), ..Default::default() }
}

/// How to lay out a chart's SVG text: with the bundled fonts, plus the computer's fonts for the
/// characters of this chart they lack (only then: the computer's whole font list is slow to search).
pub(crate) fn svg_options(fonts: &Fonts, svg: &str) -> Arc<usvg::Options<'static>> {
    static BUNDLED: OnceLock<Arc<usvg::Options<'static>>> = OnceLock::new();
    let missing: std::collections::BTreeSet<ID> = svg
        .chars()
        .filter(|c| {
            !c.is_ascii() && !c.is_whitespace() && !is_joining(*c) && !fonts.regular.covers(*c) && !fonts.cjk.covers(*c)
        })
        .filter_map(|c| fonts.fallback_for(c).map(|(id, _)| id))
        .collect();
    if missing.is_empty() {
        return BUNDLED.get_or_init(|| Arc::new(options(bundled_fonts()))).clone();
    }
    let mut db = bundled_fonts();
    for id in missing {
        if let Some(data) = system_fonts().with_face_data(id, |data, _| data.to_vec()) {
            db.load_font_data(data);
        }
    }
    Arc::new(options(db))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Japanese (kanji and kana) and Chinese come from the bundled fallback, never from whatever the computer
    /// has: a PDF reads the same everywhere. Latin, Greek and Cyrillic from DejaVu.
    #[test]
    fn the_shipped_scripts_are_set_in_bundled_fonts() {
        let fonts = Fonts::get().expect("fonts");
        let runs = fonts.runs("Łódź Run Club 東京 ひらがな カタカナ 北京 Ωμέγα Москва", false);
        let cjk: Vec<&str> = runs.iter().filter(|(f, _)| std::ptr::eq(*f, &fonts.cjk)).map(|(_, t)| *t).collect();
        assert_eq!(cjk.concat().replace(' ', ""), "東京ひらがなカタカナ北京", "{cjk:?}");
        assert!(runs.iter().all(|(f, _)| std::ptr::eq(*f, &fonts.cjk) || std::ptr::eq(*f, &fonts.regular)));
        take_missing();
        fonts.runs("a \u{E000} b", false);
        assert_eq!(take_missing(), vec!['\u{E000}'], "a character no font has is reported");
        assert!(take_missing().is_empty(), "and taken once");
    }
}
