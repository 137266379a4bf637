//! Turning an export's bytes into UTF-8 text, streamed: UTF-8 with or without BOM, UTF-16 (Excel's
//! "Unicode text", which always has a BOM), or Windows-1252 (older Excel "CSV"), and finding its delimiter.

use std::fs::File;
use std::io::{self, BufReader, Cursor, Read};
use std::path::Path;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;

/// How much of the file is looked at to choose the encoding: enough for any header and many rows.
const SNIFF_BYTES: usize = 64 * 1024;

pub struct Decoded {
    pub encoding: &'static str,
    pub delimiter: u8,
    /// The whole file as UTF-8, without BOM, streamed.
    pub reader: Box<dyn Read + Send>,
}

/// Opens `path` for reading as UTF-8 text and sniffs its delimiter from the header line.
///
/// # Errors
/// I/O errors; [`io::ErrorKind::InvalidData`] for an empty file or one with NUL bytes outside UTF-16
/// (a binary file, not an export).
pub fn open(path: &Path) -> io::Result<Decoded> {
    let file = File::open(path)?;
    decode(Box::new(file))
}

/// Reads an export's bytes from `source` as streamed UTF-8 text (its encoding and delimiter sniffed from the
/// first 64 KiB): what [`open`] does for a file, for bytes from anywhere.
///
/// # Errors
/// `source`'s I/O errors; [`io::ErrorKind::InvalidData`] for empty input or one with NUL bytes outside UTF-16
/// (a binary file, not an export).
pub fn decode(source: Box<dyn Read + Send>) -> io::Result<Decoded> {
    let mut source = BufReader::with_capacity(SNIFF_BYTES, source);
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut source).take(SNIFF_BYTES as u64).read_to_end(&mut head)?;
    if head.is_empty() {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "the file is empty"));
    }
    let encoding = sniff_encoding(&head);
    if encoding != UTF_16LE && encoding != UTF_16BE && head.contains(&0) {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "the file holds binary data, not CSV text"));
    }
    let (head_text, _) = encoding.decode_with_bom_removal(&head);
    let delimiter = sniff_delimiter(head_text.as_bytes());
    let whole = Cursor::new(head).chain(source);
    let decoder = DecodeReaderBytesBuilder::new().encoding(Some(encoding)).bom_override(true).build(whole);
    Ok(Decoded {
        encoding: encoding.name(),
        delimiter,
        reader: Box::new(BufReader::with_capacity(SNIFF_BYTES, decoder)),
    })
}

fn sniff_encoding(head: &[u8]) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(head) {
        return enc;
    }
    // UTF-16 without BOM: every other byte of ASCII text is NUL.
    let sample = &head[..head.len().min(512)];
    let odd_nuls = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let even_nuls = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    if sample.len() >= 8 && odd_nuls * 3 > sample.len() && even_nuls == 0 {
        return UTF_16LE;
    }
    if sample.len() >= 8 && even_nuls * 3 > sample.len() && odd_nuls == 0 {
        return UTF_16BE;
    }
    match std::str::from_utf8(head) {
        Ok(_) => UTF_8,
        // A multi-byte character cut at the end of the sample is still UTF-8.
        Err(e) if e.error_len().is_none() => UTF_8,
        Err(_) => WINDOWS_1252,
    }
}

/// The delimiter of the header line: whichever of `,` `;` tab occurs most outside quotes.
fn sniff_delimiter(text: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in text {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], usize::from(i == 0))).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(bytes: Vec<u8>) -> (String, &'static str, u8) {
        let mut d = decode(Box::new(Cursor::new(bytes))).expect("decodes");
        let mut s = String::new();
        d.reader.read_to_string(&mut s).expect("utf-8 out");
        (s, d.encoding, d.delimiter)
    }

    #[test]
    fn boms_are_removed_and_utf16_is_decoded() {
        let (s, enc, _) = text_of(b"\xEF\xBB\xBF\"Date\",\"Name\"\n\"1\",\"Zo\xC3\xAB\"\n".to_vec());
        assert_eq!((s.as_str(), enc), ("\"Date\",\"Name\"\n\"1\",\"Zoë\"\n", "UTF-8"));

        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "Name\tTotal\r\nZoë\t4,50\r\n".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        let (s, enc, delim) = text_of(utf16);
        assert_eq!((s.as_str(), enc, delim), ("Name\tTotal\r\nZoë\t4,50\r\n", "UTF-16LE", b'\t'));
    }

    #[test]
    fn invalid_utf8_is_read_as_windows_1252() {
        let (s, enc, delim) = text_of(b"Name;Total\nZo\xEB;4,50\n".to_vec());
        assert_eq!((s.as_str(), enc, delim), ("Name;Total\nZoë;4,50\n", "windows-1252", b';'));
    }

    #[test]
    fn delimiters_inside_quotes_do_not_count() {
        assert_eq!(sniff_delimiter(b"\"a;b;c;d\",x,y\n"), b',');
        assert_eq!(sniff_delimiter(b"a;b;c\n1,5;2,5;3\n"), b';');
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert!(decode(Box::new(Cursor::new(Vec::new()))).is_err());
        assert!(decode(Box::new(Cursor::new(b"PK\x03\x04\x00\x00binary".to_vec()))).is_err());
    }
}
