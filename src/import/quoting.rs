//! A check of a CSV's quoting and field sizes as its text streams past the CSV reader.
//!
//! The `csv` crate is lenient the way spreadsheets are: text after a closing quote (`"12"34`) is glued to
//! the field, and a quote that never closes swallows every following row into one field. An export read
//! that way gives wrong orders silently, so this adapter, which sees the same bytes, reports each such
//! place with its line and field, and the import turns it into a row problem of the record that holds it.
//! A field longer than [`MAX_FIELD_BYTES`] stops the read with an error, so that memory stays bounded
//! whatever the file holds. The grammar is RFC 4180's, as the `csv` crate reads it: a quote opens a
//! quoted field only at the field's start, and `""` inside a quoted field is one quote.

use std::io::{self, Read};
use std::sync::{Arc, Mutex};

/// The longest field read: no export writes a megabyte in one cell.
pub const MAX_FIELD_BYTES: usize = 1024 * 1024;

const PLAIN: u8 = 0;
const DELIMITER: u8 = 1;
const SPECIAL: u8 = 2;

/// What is wrong at a place of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteFault {
    /// Text follows the quote that closed a quoted field (`"12"34`).
    TextAfterClosingQuote,
    /// A quoted field is still open at the end of the file: it swallowed the rest of the file.
    NeverCloses,
}

impl QuoteFault {
    pub fn reason(self) -> crate::i18n::Message {
        crate::i18n::Message::new(match self {
            QuoteFault::TextAfterClosingQuote => "row-text-after-quote",
            QuoteFault::NeverCloses => "row-quote-never-closes",
        })
    }
}

/// One fault: the file line (1 = the header) and the field (0-based) where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fault {
    pub line: u64,
    pub field: usize,
    pub kind: QuoteFault,
}

/// The faults found so far, shared with the import's reading loop.
pub type Faults = Arc<Mutex<Vec<Fault>>>;

/// File lines by byte offset, for the records the CSV reader returns: the `csv` crate's own line count
/// is one short for every record of a file with CRLF line ends (Excel's and PayPal's), so lines are
/// counted here, where every byte passes. Holds only the line starts not yet asked for.
#[derive(Clone, Default)]
pub struct Lines {
    /// Byte offsets just after each `\n` not yet consumed.
    starts: Arc<Mutex<std::collections::VecDeque<u64>>>,
    /// Lines before the first offset still queued (1 = the file's first line).
    passed: u64,
}

impl Lines {
    /// The line at byte offset `byte` of the text (offsets must not go backwards between calls). A
    /// record the CSV reader says starts on a `\n` starts after it: with CRLF line ends the reader ends a
    /// record at the `\r` and reports the next one from the `\n`.
    pub fn at(&mut self, byte: u64) -> u64 {
        if let Ok(mut starts) = self.starts.lock() {
            while starts.front().is_some_and(|&s| s <= byte + 1) {
                starts.pop_front();
                self.passed += 1;
            }
        }
        self.passed + 1
    }
}

/// Passes text through unchanged while checking its quoting (see the module documentation).
pub struct QuoteCheck<R> {
    inner: R,
    delimiter: u8,
    /// Each byte's part outside quotes: [`PLAIN`], [`DELIMITER`] or [`SPECIAL`] (a quote, a line end).
    class: [u8; 256],
    faults: Faults,
    lines: Lines,
    /// Bytes passed so far.
    offset: u64,
    line: u64,
    field: usize,
    field_bytes: usize,
    at_field_start: bool,
    in_quotes: bool,
    /// A quote was seen inside a quoted field: the next byte says whether it closes the field or is
    /// doubled.
    quote_pending: bool,
    quote_line: u64,
    quote_field: usize,
    done: bool,
}

impl<R: Read> QuoteCheck<R> {
    pub fn new(inner: R, delimiter: u8) -> (QuoteCheck<R>, Faults) {
        let (check, faults, _) = Self::with_lines(inner, delimiter);
        (check, faults)
    }

    /// Also gives the file's lines by byte offset (see [`Lines`]).
    pub fn with_lines(inner: R, delimiter: u8) -> (QuoteCheck<R>, Faults, Lines) {
        let faults = Faults::default();
        let lines = Lines::default();
        let mut class = [PLAIN; 256];
        class[usize::from(delimiter)] = DELIMITER;
        for b in [b'"', b'\n', b'\r'] {
            class[usize::from(b)] = SPECIAL;
        }
        let check = QuoteCheck {
            inner,
            delimiter,
            class,
            faults: faults.clone(),
            lines: lines.clone(),
            offset: 0,
            line: 1,
            field: 0,
            field_bytes: 0,
            at_field_start: true,
            in_quotes: false,
            quote_pending: false,
            quote_line: 1,
            quote_field: 0,
            done: false,
        };
        (check, faults, lines)
    }

    fn fault(&self, line: u64, field: usize, kind: QuoteFault) {
        if let Ok(mut f) = self.faults.lock() {
            f.push(Fault { line, field, kind });
        }
    }

    fn end_field(&mut self) {
        self.field += 1;
        self.field_bytes = 0;
        self.at_field_start = true;
    }

    fn end_record(&mut self) {
        self.field = 0;
        self.field_bytes = 0;
        self.at_field_start = true;
    }

    /// An unquoted byte (also the one right after a closing quote).
    fn unquoted(&mut self, b: u8) {
        match b {
            b'\n' => {
                self.line += 1;
                self.end_record();
            }
            b'\r' => self.end_record(),
            b if b == self.delimiter => self.end_field(),
            b'"' if self.at_field_start => {
                self.in_quotes = true;
                self.at_field_start = false;
                self.quote_line = self.line;
                self.quote_field = self.field;
            }
            _ => {
                self.at_field_start = false;
                self.field_bytes += 1;
            }
        }
    }

    fn step(&mut self, b: u8) -> io::Result<()> {
        if self.in_quotes {
            if self.quote_pending {
                self.quote_pending = false;
                if b == b'"' {
                    self.field_bytes += 1; // a doubled quote: one quote in the field
                } else {
                    self.in_quotes = false;
                    if b != self.delimiter && b != b'\n' && b != b'\r' {
                        self.fault(self.line, self.field, QuoteFault::TextAfterClosingQuote);
                    }
                    self.unquoted(b);
                }
            } else if b == b'"' {
                self.quote_pending = true;
            } else {
                if b == b'\n' {
                    self.line += 1;
                }
                self.field_bytes += 1;
            }
        } else {
            self.unquoted(b);
        }
        self.check_size()
    }

    /// Refuses a field over [`MAX_FIELD_BYTES`], with its line and field.
    fn check_size(&self) -> io::Result<()> {
        if self.field_bytes > MAX_FIELD_BYTES {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "line {}, field {}: more than {} MiB in one field (a quote that never closes?); nothing was \
                     imported",
                    if self.in_quotes { self.quote_line } else { self.line },
                    if self.in_quotes { self.quote_field } else { self.field } + 1,
                    MAX_FIELD_BYTES / (1024 * 1024)
                ),
            ));
        }
        Ok(())
    }
}

impl<R: Read> Read for QuoteCheck<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let data = &buf[..n];
        let mut starts = Vec::new();
        let mut i = 0;
        while i < data.len() {
            // Plain bytes of a field are skipped at memchr's speed: only quotes, delimiters and line
            // ends change the state (a quote only at a field's start, or inside a quoted field).
            let rest = &data[i..];
            let plain = if self.in_quotes && !self.quote_pending {
                memchr::memchr2(b'"', b'\n', rest).unwrap_or(rest.len())
            } else if !self.in_quotes {
                // Unquoted fields are short and many (dozens a row): delimiters are taken here, in one
                // table-driven loop, and only line ends and opening quotes go to `step`.
                let (mut field, mut bytes, mut at_start) = (self.field, self.field_bytes, self.at_field_start);
                let mut j = 0;
                for &b in rest {
                    match self.class[usize::from(b)] {
                        PLAIN => {
                            bytes += 1;
                            at_start = false;
                        }
                        DELIMITER => {
                            field += 1;
                            bytes = 0;
                            at_start = true;
                        }
                        _ if b == b'"' && !at_start => bytes += 1, // a quote inside an unquoted field is text
                        _ => break,
                    }
                    j += 1;
                }
                (self.field, self.field_bytes, self.at_field_start) = (field, bytes, at_start);
                self.check_size()?;
                i += j;
                if j > 0 {
                    continue;
                }
                0
            } else {
                0
            };
            if plain > 0 {
                self.field_bytes += plain;
                self.check_size()?;
                i += plain;
                continue;
            }
            let b = data[i];
            i += 1;
            if b == b'\n' {
                starts.push(self.offset + i as u64);
            }
            self.step(b)?;
        }
        self.offset += n as u64;
        if !starts.is_empty()
            && let Ok(mut queue) = self.lines.starts.lock()
        {
            queue.extend(starts);
        }
        if n == 0 && !self.done && !buf.is_empty() {
            self.done = true;
            if self.in_quotes && !self.quote_pending {
                self.fault(self.quote_line, self.quote_field, QuoteFault::NeverCloses);
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faults_of(text: &str) -> (Vec<Fault>, io::Result<String>) {
        let (mut check, faults) = QuoteCheck::new(text.as_bytes(), b',');
        let mut out = String::new();
        let read = check.read_to_string(&mut out).map(|_| out);
        let found = faults.lock().map(|f| f.clone()).unwrap_or_default();
        (found, read)
    }

    #[test]
    fn well_quoted_text_has_no_fault_and_passes_unchanged() {
        let text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",3\r\n\"multi\nline\",5\" screen,\"\"\n";
        let (faults, read) = faults_of(text);
        assert!(faults.is_empty(), "{faults:?}");
        assert_eq!(read.expect("read"), text);
    }

    #[test]
    fn text_after_a_closing_quote_is_found_on_its_line() {
        let (faults, _) = faults_of("a,b\n1,2\n\"12\"34,5\n");
        assert_eq!(faults, [Fault { line: 3, field: 0, kind: QuoteFault::TextAfterClosingQuote }]);
        let (faults, _) = faults_of("a,b\n1,\"x\" \n");
        assert_eq!(faults, [Fault { line: 2, field: 1, kind: QuoteFault::TextAfterClosingQuote }]);
    }

    #[test]
    fn a_quote_that_never_closes_is_found_where_it_opens() {
        let (faults, _) = faults_of("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
        assert_eq!(faults, [Fault { line: 3, field: 1, kind: QuoteFault::NeverCloses }]);
        let (faults, _) = faults_of("a,b\n1,\"closed at the very end\"");
        assert!(faults.is_empty());
    }

    #[test]
    fn lines_are_counted_alike_with_lf_and_crlf() {
        for text in ["a,b\n1,2\n\"x\ny\",3\n4,5\n", "a,b\r\n1,2\r\n\"x\r\ny\",3\r\n4,5\r\n"] {
            let (check, _, lines) = QuoteCheck::with_lines(text.as_bytes(), b',');
            let mut csv = csv::ReaderBuilder::new().from_reader(check);
            let mut lines = lines;
            let found: Vec<u64> =
                csv.records().map(|r| lines.at(r.expect("record").position().expect("position").byte())).collect();
            assert_eq!(found, [2, 3, 5], "{text:?}");
        }
    }

    proptest::proptest! {
        /// Whatever a CSV writer writes (quotes, delimiters, line breaks inside fields, CRLF), the check
        /// finds no fault, passes the bytes unchanged, and gives each record the line it starts on.
        #[test]
        fn well_written_csv_has_no_fault_and_its_lines(
            rows in proptest::collection::vec(proptest::collection::vec("[a-z\",;\n\r ]{0,12}", 3), 1..20),
            crlf in proptest::bool::ANY,
        ) {
            let mut w = csv::WriterBuilder::new()
                .terminator(if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
                .from_writer(Vec::new());
            w.write_record(["a", "b", "c"]).expect("header");
            for r in &rows {
                w.write_record(r).expect("row");
            }
            let text = w.into_inner().expect("bytes");
            let (check, faults, mut lines) = QuoteCheck::with_lines(text.as_slice(), b',');
            let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(check);
            let mut found = Vec::new();
            for record in reader.records() {
                let record = record.expect("record");
                let start = record.position().expect("position").byte() as usize;
                // The line a record starts on: 1 + the line breaks before its first byte (a CRLF's \n
                // belongs to the line before).
                let mut at = start;
                if text.get(at) == Some(&b'\n') {
                    at += 1;
                }
                found.push((lines.at(record.position().expect("position").byte()), 1 + text[..at].iter().filter(|&&b| b == b'\n').count() as u64));
            }
            proptest::prop_assert!(faults.lock().map(|f| f.is_empty()).unwrap_or(false));
            for (got, want) in found {
                proptest::prop_assert_eq!(got, want);
            }
        }
    }

    #[test]
    fn a_field_over_the_limit_stops_the_read() {
        let text = format!("a,b\n1,\"{}\n", "x".repeat(MAX_FIELD_BYTES + 10));
        let (_, read) = faults_of(&text);
        let e = read.expect_err("refused");
        assert!(e.to_string().contains("line 2, field 2"), "{e}");
    }
}
