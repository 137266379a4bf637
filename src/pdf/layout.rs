//! A small page layout for reports: blocks flow down the page and move to the next one when they do not
//! fit (a table repeats its header there, a chart or a card row is never split), then every page is
//! drawn with krilla, with a footer that knows the page count.

use std::sync::Arc;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::TextDirection;
use krilla_svg::{SurfaceExt, SvgSettings};

use super::Paper;
use super::fonts::{Fonts, svg_options};
use crate::error::{Error, Result};
use crate::i18n::Words;

pub(crate) type Rgb = (u8, u8, u8);
pub(crate) const INK: Rgb = (29, 36, 32);
pub(crate) const MUTED: Rgb = (96, 104, 100);
pub(crate) const RULE: Rgb = (220, 216, 204);
pub(crate) const CARD: Rgb = (244, 242, 236);
pub(crate) const GOOD: Rgb = (31, 122, 90);
pub(crate) const BAD: Rgb = (179, 38, 30);

const MARGIN: f32 = 48.0;
const FOOTER: f32 = 28.0;

pub(crate) enum Item {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        color: Rgb,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        color: Rgb,
        width: f32,
    },
    Svg {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        tree: Arc<usvg::Tree>,
    },
    /// Many squares in one path (a QR code's dark modules).
    Squares {
        squares: Vec<(f32, f32, f32)>,
        color: Rgb,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
}

pub(crate) struct Column {
    /// The column's title, in the document's language.
    pub title: String,
    /// Share of the content width.
    pub width: f32,
    pub align: Align,
}

impl Column {
    /// A column titled by the catalogue message `id` in `words`' language.
    pub(crate) fn titled(words: &crate::i18n::Words, id: &str, width: f32, align: Align) -> Column {
        Column { title: words.get(id, &[]), width, align }
    }
}

pub(crate) struct Flow<'f> {
    pub fonts: &'f Fonts,
    /// The document's words (its locale's language): the page numbers are written in it.
    words: Arc<Words>,
    paper: Paper,
    pages: Vec<Vec<Item>>,
    /// Top of the next block on the current page.
    y: f32,
}

impl<'f> Flow<'f> {
    pub(crate) fn new(paper: Paper, fonts: &'f Fonts, words: Arc<Words>) -> Flow<'f> {
        Flow { fonts, words, paper, pages: vec![Vec::new()], y: MARGIN }
    }

    pub(crate) fn width(&self) -> f32 {
        self.paper.size().0 - 2.0 * MARGIN
    }

    pub(crate) fn left(&self) -> f32 {
        MARGIN
    }

    fn bottom(&self) -> f32 {
        self.paper.size().1 - MARGIN - FOOTER
    }

    /// Room left on this page.
    pub(crate) fn room(&self) -> f32 {
        self.bottom() - self.y
    }

    pub(crate) fn y(&self) -> f32 {
        self.y
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Moves to a new page unless `height` fits on this one (or this page is still empty).
    pub(crate) fn keep(&mut self, height: f32) {
        if height > self.room() && self.y > MARGIN {
            self.new_page();
        }
    }

    pub(crate) fn gap(&mut self, height: f32) {
        self.y += height;
    }

    pub(crate) fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.push(item);
        }
    }

    pub(crate) fn fit(&self, text: &str, size: f32, bold: bool, width: f32) -> String {
        fit(self.fonts, text, size, bold, width)
    }

    /// Lines of `text` no wider than `width`, broken at spaces; a word longer than a line is broken between
    /// its characters (never cut: every character is printed).
    pub(crate) fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.lines() {
            let mut line = String::new();
            for word in words_of(paragraph) {
                let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
                if self.fonts.width(&candidate, size, bold) <= width {
                    line = candidate;
                    continue;
                }
                // A word longer than a whole line (a Japanese sentence has no spaces) starts where the line
                // is and breaks between characters; a shorter one moves to the next line.
                let too_long = self.fonts.width(word, size, bold) > width;
                if too_long && !line.is_empty() {
                    line.push(' ');
                } else if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                for c in word.chars() {
                    let longer = format!("{line}{c}");
                    if self.fonts.width(&longer, size, bold) > width && !line.trim_end().is_empty() {
                        let full = std::mem::replace(&mut line, c.to_string());
                        lines.push(full.trim_end().to_string());
                    } else {
                        line = longer;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    /// A paragraph, wrapped to the content width; it may continue on the next page line by line.
    pub(crate) fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Rgb) {
        let leading = size * 1.4;
        for line in self.wrap(text, size, bold, self.width()) {
            self.keep(leading);
            let y = self.y + size;
            self.push(Item::Text { x: MARGIN, y, size, bold, color, text: line });
            self.y += leading;
        }
    }

    /// A section heading, kept on one page with the `with` points of what follows it (a chart's height
    /// from [`Flow::chart_height`], a few lines of text): never alone at a page's foot.
    pub(crate) fn heading(&mut self, text: &str, with: f32) {
        self.keep(34.0 + with);
        self.gap(10.0);
        let text = self.fit(text, 14.0, true, self.width());
        self.push(Item::Text { x: MARGIN, y: self.y + 14.0, size: 14.0, bold: true, color: INK, text });
        self.y += 24.0;
    }

    /// Cards of (label, value), `per_row` to a row; a row is never split across pages.
    pub(crate) fn cards(&mut self, cards: &[(String, String)], per_row: usize) {
        let gap = 8.0;
        let w = (self.width() - gap * (per_row as f32 - 1.0)) / per_row as f32;
        let h = 50.0;
        for row in cards.chunks(per_row) {
            self.keep(h + gap);
            for (i, (label, value)) in row.iter().enumerate() {
                let x = MARGIN + i as f32 * (w + gap);
                let y = self.y;
                self.push(Item::Rect { x, y, w, h, color: CARD });
                // A label longer than the card (a language's longer words) is set a little smaller first.
                let mut label_size = 8.5;
                while label_size > 7.0 && self.fonts.width(label, label_size, false) > w - 16.0 {
                    label_size -= 0.25;
                }
                let label = self.fit(label, label_size, false, w - 16.0);
                let (size, color) = (label_size, MUTED);
                self.push(Item::Text { x: x + 8.0, y: y + 16.0, size, bold: false, color, text: label });
                // A long value is set smaller until it fits, never cut ("+10,234%" whole).
                let mut size = 15.0;
                while size > 8.0 && self.fonts.width(value, size, true) > w - 16.0 {
                    size -= 0.5;
                }
                let value = self.fit(value, size, true, w - 16.0);
                self.push(Item::Text { x: x + 8.0, y: y + 38.0, size, bold: true, color: INK, text: value });
            }
            self.y += h + gap;
        }
    }

    /// A table; rows that do not fit continue on the next page under a repeated header. A cell too long
    /// for its column wraps onto more lines (never cut); a row is never split. `bold_last` sets the last
    /// row (totals) in bold. A right-aligned amount starting with a minus is drawn in the loss colour (a
    /// range, "−30% to +180%", or any cell with more than one number, is not a loss).
    pub(crate) fn table(&mut self, columns: &[Column], rows: &[Vec<String>], bold_last: bool) {
        let size = 8.0;
        let line_h = 10.5;
        let pad = 6.5;
        let total: f32 = columns.iter().map(|c| c.width).sum();
        let shares: Vec<f32> = columns.iter().map(|c| c.width / total * self.width()).collect();
        let widths = self.column_widths(columns, &shares, rows, bold_last, size);
        let cells = |flow: &Flow<'_>, row: &[&str], bold: bool| -> Vec<Vec<String>> {
            row.iter().zip(&widths).map(|(cell, w)| flow.wrap(cell, size, bold, w - 6.0)).collect()
        };
        let height = |lines: &[Vec<String>]| lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * line_h + pad;
        let titles: Vec<&str> = columns.iter().map(|c| c.title.as_str()).collect();
        let header_lines = cells(self, &titles, true);
        let header_h = height(&header_lines);
        let draw_row = |flow: &mut Flow<'_>, lines: &[Vec<String>], bold: bool, color_of: &dyn Fn(usize) -> Rgb| {
            let mut x = MARGIN;
            for (i, ((cell, c), w)) in lines.iter().zip(columns).zip(&widths).enumerate() {
                for (k, text) in cell.iter().enumerate() {
                    let tx = if c.align == Align::Right {
                        x + w - 3.0 - flow.fonts.width(text, size, bold)
                    } else {
                        x + 3.0
                    };
                    let y = flow.y + 11.5 + k as f32 * line_h;
                    flow.push(Item::Text { x: tx, y, size, bold, color: color_of(i), text: text.clone() });
                }
                x += w;
            }
        };
        let header = |flow: &mut Flow<'_>| {
            draw_row(flow, &header_lines, true, &|_| MUTED);
            let y = flow.y + header_h;
            flow.push(Item::Line { x1: MARGIN, y1: y, x2: MARGIN + flow.width(), y2: y, color: INK, width: 0.8 });
            flow.y += header_h + 2.0;
        };
        let first_h = rows
            .first()
            .map_or(0.0, |r| height(&cells(self, &r.iter().map(String::as_str).collect::<Vec<_>>(), false)));
        self.keep(header_h + 2.0 + first_h * 2.0);
        header(self);
        for (i, row) in rows.iter().enumerate() {
            let bold = bold_last && i + 1 == rows.len();
            let lines = cells(self, &row.iter().map(String::as_str).collect::<Vec<_>>(), bold);
            let row_h = height(&lines);
            if row_h > self.room() {
                self.new_page();
                header(self);
            }
            if bold {
                let y = self.y - 1.0;
                self.push(Item::Line { x1: MARGIN, y1: y, x2: MARGIN + self.width(), y2: y, color: INK, width: 0.6 });
            } else if i % 2 == 1 {
                self.push(Item::Rect { x: MARGIN, y: self.y, w: self.width(), h: row_h, color: CARD });
            }
            let loss = |k: usize| {
                let cell = &row[k];
                columns[k].align == Align::Right && cell.starts_with('−') && numbers_in(cell) == 1
            };
            draw_row(self, &lines, bold, &|k| if loss(k) { BAD } else { INK });
            self.y += row_h;
        }
        self.y += 6.0;
    }

    /// The columns' widths: their `shares` of the content width, except that a column whose title or cells
    /// hold a word (or an amount) wider than its share takes the room it needs from the others, so
    /// "Bestellungen" or "1.279,12 $" is not broken (a word is never given more than a third of the table
    /// for this). The room comes first from what columns need for none of their cells to wrap (a name stays
    /// on one line), then from what they need for no word to break.
    fn column_widths(
        &self,
        columns: &[Column],
        shares: &[f32],
        rows: &[Vec<String>],
        bold_last: bool,
        size: f32,
    ) -> Vec<f32> {
        let cap = self.width() / 3.0;
        let widest =
            |text: &str, bold: bool| words_of(text).map(|w| self.fonts.width(w, size, bold)).fold(0.0, f32::max);
        let cells = |k: usize| {
            rows.iter().enumerate().filter_map(move |(i, r)| r.get(k).map(|c| (c, bold_last && i + 1 == rows.len())))
        };
        // (no word broken, no cell wrapped) for each column.
        let need: Vec<(f32, f32)> = columns
            .iter()
            .enumerate()
            .map(|(k, c)| {
                let word = cells(k).map(|(c, b)| widest(c, b)).fold(widest(&c.title, true), f32::max);
                let line = cells(k).map(|(c, b)| self.fonts.width(c, size, b)).fold(word, f32::max);
                ((word + 7.0).min(cap), (line + 7.0).min(cap).max((word + 7.0).min(cap)))
            })
            .collect();
        let short: f32 = shares.iter().zip(&need).map(|(w, (n, _))| (n - w).max(0.0)).sum();
        if short <= 0.0 {
            return shares.to_vec();
        }
        let spare_of = |keep: &dyn Fn(&(f32, f32)) -> f32| -> f32 {
            shares.iter().zip(&need).map(|(w, n)| if n.0 > *w { 0.0 } else { (w - keep(n)).max(0.0) }).sum()
        };
        // Give the short columns what they lack from the others' room above `keep`, in proportion.
        let share_out =
            |keep: &dyn Fn(&(f32, f32)) -> f32, spare: f32| -> Vec<f32> {
                let given = short.min(spare);
                shares
                    .iter()
                    .zip(&need)
                    .map(|(&w, n)| {
                        if n.0 > w { w + (n.0 - w) * given / short } else { w - (w - keep(n)).max(0.0) * given / spare }
                    })
                    .collect()
            };
        let unwrapped = spare_of(&|n| n.1);
        if unwrapped >= short {
            return share_out(&|n| n.1, unwrapped);
        }
        let unbroken = spare_of(&|n| n.0);
        if unbroken <= 0.0 {
            return shares.to_vec();
        }
        share_out(&|n| n.0, unbroken)
    }

    /// The height a chart takes in the flow (as [`Flow::chart`] places it), for keeping a heading with it.
    ///
    /// # Errors
    /// [`Error::Document`] when the SVG cannot be read.
    pub(crate) fn chart_height(&self, svg: &str) -> Result<f32> {
        let tree = usvg::Tree::from_str(svg, &svg_options(self.fonts, svg))
            .map_err(|e| Error::Document(format!("a chart could not be read: {e}")))?;
        let page = self.paper.size().1 - 2.0 * MARGIN - FOOTER - 8.0;
        Ok((self.width() * tree.size().height() / tree.size().width()).min(page) + 8.0)
    }

    /// A chart (SVG from [`crate::charts`]) at the content width, kept whole on one page.
    pub(crate) fn chart(&mut self, svg: &str) -> Result<()> {
        let tree = usvg::Tree::from_str(svg, &svg_options(self.fonts, svg))
            .map_err(|e| Error::Document(format!("a chart could not be read: {e}")))?;
        // At the content width, or smaller to fit a whole page.
        let page = self.paper.size().1 - 2.0 * MARGIN - FOOTER - 8.0;
        let mut w = self.width();
        let mut h = w * tree.size().height() / tree.size().width();
        if h > page {
            (w, h) = (w * page / h, page);
        }
        self.keep(h + 8.0);
        self.push(Item::Svg { x: MARGIN, y: self.y, w, h, tree: Arc::new(tree) });
        self.y += h + 8.0;
        Ok(())
    }

    /// Draws every page, each with `footer` on the left and "Page i of n" (in the document's language) on
    /// the right.
    pub(crate) fn finish(self, title: &str, footer: &str) -> Result<Vec<u8>> {
        let (pw, ph) = self.paper.size();
        let n = self.pages.len();
        let mut document = Document::new();
        document.set_metadata(
            Metadata::new().title(title.to_string()).creator(format!("LocalLift {}", env!("CARGO_PKG_VERSION"))),
        );
        let settings = PageSettings::from_wh(pw, ph).ok_or_else(|| Error::Document("paper size".into()))?;
        for (i, mut items) in self.pages.into_iter().enumerate() {
            let y = ph - MARGIN + 4.0;
            let footer = fit(self.fonts, footer, 8.0, false, pw - 2.0 * MARGIN - 80.0);
            items.push(Item::Line { x1: MARGIN, y1: y - 14.0, x2: pw - MARGIN, y2: y - 14.0, color: RULE, width: 0.5 });
            items.push(Item::Text { x: MARGIN, y, size: 8.0, bold: false, color: MUTED, text: footer });
            let number = self.words.get("report-page", &[("page", (i + 1).into()), ("pages", n.into())]);
            let x = pw - MARGIN - self.fonts.width(&number, 8.0, false);
            items.push(Item::Text { x, y, size: 8.0, bold: false, color: MUTED, text: number });
            let mut page = document.start_page_with(settings.clone());
            let mut surface = page.surface();
            for item in &items {
                draw(&mut surface, self.fonts, item);
            }
            surface.finish();
            page.finish();
        }
        document.finish().map_err(|e| Error::Document(format!("{e:?}")))
    }
}

/// The words of a line of text, split at the spaces a line may break at: never at a no-break space (in
/// "1.234,56 €" or before a French colon), which stays inside its word.
pub(crate) fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2060}'))
        .filter(|w| !w.is_empty())
}

/// A catalogue message as one paragraph: Fluent keeps the line breaks of a message written on several
/// lines of its file, which are only there for the translator's eyes. They become spaces, or nothing
/// between Chinese or Japanese characters (written without spaces).
pub(crate) fn prose(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    crate::report::join_sentences(&lines)
}

/// How many numbers `cell` holds: "-$1,234.50" and "−1 234,56 €" one, "−30% to +180%" and "−30 %〜+180 %"
/// two. Digits joined by a group or decimal separator are one number.
fn numbers_in(cell: &str) -> usize {
    let chars: Vec<char> = cell.chars().collect();
    let mut count = 0;
    let mut inside = false;
    for (i, c) in chars.iter().enumerate() {
        let joins = matches!(c, '.' | ',' | '\'' | '’' | '\u{a0}' | '\u{202f}' | '٫' | '٬')
            && inside
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            if !inside {
                count += 1;
            }
            inside = true;
        } else if !joins {
            inside = false;
        }
    }
    count
}

/// `text` cut with an ellipsis to fit `width` (the app's tables have it whole).
pub(crate) fn fit(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32) -> String {
    if fonts.width(text, size, bold) <= width {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().collect::<String>() + "…";
        if fonts.width(&candidate, size, bold) <= width { lo = mid } else { hi = mid - 1 }
    }
    chars[..lo].iter().collect::<String>().trim_end().to_string() + "…"
}

fn fill(color: Rgb) -> Fill {
    Fill { paint: rgb::Color::new(color.0, color.1, color.2).into(), opacity: NormalizedF32::ONE, ..Default::default() }
}

fn draw(surface: &mut krilla::surface::Surface<'_>, fonts: &Fonts, item: &Item) {
    match item {
        Item::Text { x, y, size, bold, color, text } => {
            surface.set_fill(Some(fill(*color)));
            surface.set_stroke(None);
            let mut x = *x;
            for (face, run) in fonts.runs(text, *bold) {
                surface.draw_text(Point::from_xy(x, *y), face.font.clone(), *size, run, false, TextDirection::Auto);
                x += face.width(run, *size);
            }
        }
        Item::Rect { x, y, w, h, color } => {
            let mut pb = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                pb.push_rect(rect);
            }
            if let Some(path) = pb.finish() {
                surface.set_fill(Some(fill(*color)));
                surface.set_stroke(None);
                surface.draw_path(&path);
            }
        }
        Item::Line { x1, y1, x2, y2, color, width } => {
            let mut pb = PathBuilder::new();
            pb.move_to(*x1, *y1);
            pb.line_to(*x2, *y2);
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(color.0, color.1, color.2).into(),
                    width: *width,
                    ..Default::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Item::Squares { squares, color } => {
            let mut pb = PathBuilder::new();
            for &(x, y, side) in squares {
                if let Some(rect) = Rect::from_xywh(x, y, side, side) {
                    pb.push_rect(rect);
                }
            }
            if let Some(path) = pb.finish() {
                surface.set_fill(Some(fill(*color)));
                surface.set_stroke(None);
                surface.draw_path(&path);
            }
        }
        Item::Svg { x, y, w, h, tree } => {
            if let Some(size) = Size::from_wh(*w, *h) {
                surface.push_transform(&krilla::geom::Transform::from_translate(*x, *y));
                surface.draw_svg(tree, size, SvgSettings::default());
                surface.pop();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_breaks_at_spaces_never_at_a_no_break_space() {
        let words: Vec<&str> = words_of("Kosten 1.279,12\u{a0}$ ROI\u{a0}: +15\u{202f}%").collect();
        assert_eq!(words, ["Kosten", "1.279,12\u{a0}$", "ROI\u{a0}:", "+15\u{202f}%"]);
    }

    #[test]
    fn a_range_in_any_language_holds_two_numbers_and_an_amount_one() {
        for one in ["−$1,234.50", "−1.234,56\u{a0}€", "−1\u{202f}234,56\u{a0}€", "−42%"] {
            assert_eq!(numbers_in(one), 1, "{one}");
        }
        for two in ["−30% to +180%", "−30\u{a0}% bis +180\u{a0}%", "−30%〜+180%", "−$1,200 to $3,400 (lift)"] {
            assert_eq!(numbers_in(two), 2, "{two}");
        }
    }

    #[test]
    fn a_message_on_several_lines_is_one_paragraph() {
        assert_eq!(prose("Fees are owed\nfrom the first day."), "Fees are owed from the first day.");
        assert_eq!(prose("注文を\n数えます。"), "注文を数えます。");
    }
}
