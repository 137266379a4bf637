//! A backup that holds only the pages that changed since a full backup: the idea of `sqlite3_rsync` (compare
//! two copies of a database page by page, send the pages that differ), kept as a file.
//!
//! SQLite's online backup API copies a database page for page (page *n* of the copy is page *n* of the
//! database), so two copies taken at different times differ exactly in the pages the writes between them
//! touched: a day's 300 orders on a 1,000,000-order shop touch a few thousand of its 75,000 pages. Such a
//! backup is the full backup it names, with its changed pages written over it and cut (or grown) to its page
//! count; put back together it is byte for byte the copy it was made from, and is checked like any other.
//!
//! Format (`<stem>-<time>-<reason>.pages.zst`): one zstd frame with its content checksum (so a damaged file
//! is refused, never put back together wrong), holding, little-endian:
//!
//! | bytes | what |
//! |---|---|
//! | 8 | `LLPAGES1` |
//! | 2 + n | the file name of the full backup it builds on (UTF-8, its length first) |
//! | 4 | page size in bytes |
//! | 4 | page count of the copy |
//! | 4 + page size, repeated | a changed page: its number (from 1), then its bytes |
//! | 4 | 0: the end |

use std::fs::{File, OpenOptions};
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::msg;

/// The first bytes of a page-changes backup, once decompressed.
const MAGIC: &[u8; 8] = b"LLPAGES1";

/// The name a page-changes backup ends with.
pub(super) const SUFFIX: &str = ".pages.zst";

/// How the changes came out, once written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Written {
    /// Pages that differ from the full backup's (or are beyond its end).
    pub changed_pages: u64,
    /// The file's size on disk, compressed.
    pub bytes: u64,
}

/// The page size of the SQLite file at `plain`, from its header (offset 16, big-endian; 1 means 65,536).
///
/// # Errors
/// [`Error::Io`] when the file cannot be read or is shorter than a header.
pub(super) fn page_size(plain: &Path) -> Result<usize> {
    let mut header = [0u8; 100];
    File::open(plain)?.read_exact(&mut header)?;
    Ok(match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => usize::from(n),
    })
}

/// Writes to `target` the pages of the SQLite copy `plain` that differ from those of the full backup
/// `base` (a zstd-compressed copy of the same database, whose file name is `base_name`), at zstd `level`.
/// Streams both: memory stays at a few pages whatever the shop's size.
///
/// # Errors
/// [`Error::Io`] when a file cannot be read or written (then `target` may be partly written: the caller
/// writes it under a temporary name); [`Error::Invalid`] when `base` cannot be decompressed.
pub(super) fn write(plain: &Path, base: &Path, base_name: &str, target: &Path, level: i32) -> Result<Written> {
    let size = page_size(plain)?;
    let pages = File::open(plain)?.metadata()?.len() / size as u64;
    let mut copy = BufReader::with_capacity(1 << 20, File::open(plain)?);
    let mut old = BufReader::with_capacity(1 << 20, decoder(base)?);
    let mut out = zstd::stream::Encoder::new(BufWriter::new(File::create(target)?), level)?;
    out.include_checksum(true)?;
    out.write_all(MAGIC)?;
    let name = base_name.as_bytes();
    out.write_all(&u16::try_from(name.len()).unwrap_or(u16::MAX).to_le_bytes())?;
    out.write_all(&name[..name.len().min(usize::from(u16::MAX))])?;
    out.write_all(&u32::try_from(size).unwrap_or(u32::MAX).to_le_bytes())?;
    out.write_all(&u32::try_from(pages).unwrap_or(u32::MAX).to_le_bytes())?;
    let (mut page, mut before) = (vec![0u8; size], vec![0u8; size]);
    let mut base_left = true;
    let mut changed_pages = 0;
    for number in 1..=pages {
        copy.read_exact(&mut page)?;
        if base_left {
            base_left = read_page(&mut old, &mut before).map_err(|e| damaged(base, &e))?;
        }
        if !base_left || page != before {
            out.write_all(&u32::try_from(number).unwrap_or(u32::MAX).to_le_bytes())?;
            out.write_all(&page)?;
            changed_pages += 1;
        }
    }
    out.write_all(&0u32.to_le_bytes())?;
    let file = out.finish()?.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    Ok(Written { changed_pages, bytes: file.metadata()?.len() })
}

/// Reads one page of a decompressing `reader` into `page`: `false` at the end of the stream.
fn read_page(reader: &mut impl Read, page: &mut [u8]) -> std::io::Result<bool> {
    let mut filled = 0;
    while filled < page.len() {
        match reader.read(&mut page[filled..])? {
            0 if filled == 0 => return Ok(false),
            0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            n => filled += n,
        }
    }
    Ok(true)
}

/// The file name of the full backup that the page-changes backup `changes` builds on.
///
/// # Errors
/// [`Error::Invalid`] when `changes` is not a page-changes backup or cannot be read.
pub(super) fn base_name(changes: &Path) -> Result<String> {
    let mut input = decoder(changes)?;
    read_base_name(&mut input).map_err(|e| damaged(changes, &e))
}

fn read_base_name(input: &mut impl Read) -> std::io::Result<String> {
    let mut magic = [0u8; 8];
    input.read_exact(&mut magic)?;
    if &magic != MAGIC {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "not a LocalLift page-changes backup"));
    }
    let mut len = [0u8; 2];
    input.read_exact(&mut len)?;
    let mut name = vec![0u8; usize::from(u16::from_le_bytes(len))];
    input.read_exact(&mut name)?;
    String::from_utf8(name).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// Puts the page-changes backup `changes` back together over `plain`, a file holding the decompressed full
/// backup it builds on: its changed pages are written in place, and the file is cut or grown to its page
/// count.
///
/// # Errors
/// [`Error::Invalid`] when `changes` is damaged (its checksum or its layout is wrong); [`Error::Io`] when
/// `plain` cannot be written.
pub(super) fn apply(changes: &Path, plain: &Path) -> Result<()> {
    let mut input = BufReader::with_capacity(1 << 20, decoder(changes)?);
    let bad = |e: std::io::Error| damaged(changes, &e);
    read_base_name(&mut input).map_err(bad)?;
    let size = u64::from(read_u32(&mut input).map_err(bad)?);
    let pages = u64::from(read_u32(&mut input).map_err(bad)?);
    if !(512..=65_536).contains(&size) || !size.is_power_of_two() {
        return Err(bad(std::io::Error::new(std::io::ErrorKind::InvalidData, format!("page size {size}"))));
    }
    let mut out = OpenOptions::new().write(true).open(plain)?;
    let mut page = vec![0u8; usize::try_from(size).unwrap_or(65_536)];
    loop {
        let number = u64::from(read_u32(&mut input).map_err(bad)?);
        if number == 0 {
            break;
        }
        if number > pages {
            let why = format!("page {number} beyond the copy's {pages}");
            return Err(bad(std::io::Error::new(std::io::ErrorKind::InvalidData, why)));
        }
        input.read_exact(&mut page).map_err(bad)?;
        out.seek(SeekFrom::Start((number - 1) * size))?;
        out.write_all(&page)?;
    }
    // Reading to the end checks the frame's checksum: only then is what was written known to be right.
    let mut rest = Vec::new();
    input.read_to_end(&mut rest).map_err(bad)?;
    if !rest.is_empty() {
        return Err(bad(std::io::Error::new(std::io::ErrorKind::InvalidData, "bytes after the end")));
    }
    out.set_len(pages * size)?;
    out.sync_all()?;
    Ok(())
}

fn read_u32(input: &mut impl Read) -> std::io::Result<u32> {
    let mut bytes = [0u8; 4];
    input.read_exact(&mut bytes)?;
    Ok(u32::from_le_bytes(bytes))
}

/// A zstd decoder of the file at `path`.
fn decoder(path: &Path) -> Result<zstd::stream::Decoder<'static, BufReader<File>>> {
    zstd::stream::Decoder::new(File::open(path)?).map_err(|e| damaged(path, &e))
}

fn damaged(file: &Path, e: &std::io::Error) -> Error {
    Error::invalid("backup", msg!("invalid-backup-damaged", file = file.display().to_string(), detail = e.to_string()))
}

/// The full backup a page-changes backup named `base_name` builds on, in the same folder as `changes`.
///
/// # Errors
/// [`Error::Invalid`] when it is not there any more.
pub(super) fn base_path(changes: &Path, base_name: &str) -> Result<PathBuf> {
    let base = changes.with_file_name(base_name);
    if base_name.contains(['/', '\\']) || !base.is_file() {
        return Err(Error::invalid(
            "backup",
            msg!("invalid-backup-base-missing", file = changes.display().to_string(), base = base_name),
        ));
    }
    Ok(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fake "database" of `pages` pages of 512 bytes, page n filled with `fill(n)`.
    fn pages_file(path: &Path, pages: u8, fill: impl Fn(u8) -> u8) {
        let mut bytes = Vec::new();
        for n in 1..=pages {
            let mut page = vec![fill(n); 512];
            if n == 1 {
                page[16..18].copy_from_slice(&512u16.to_be_bytes());
            }
            bytes.extend(page);
        }
        std::fs::write(path, bytes).expect("test io");
    }

    fn compressed(plain: &Path, target: &Path) {
        let data = std::fs::read(plain).expect("test io");
        std::fs::write(target, zstd::encode_all(&data[..], 3).expect("test io")).expect("test io");
    }

    #[test]
    fn changes_put_back_together_give_the_copy_byte_for_byte() {
        let dir = tempfile::tempdir().expect("test io");
        let (old, base) = (dir.path().join("old"), dir.path().join("full.sqlite.zst"));
        pages_file(&old, 10, |n| n);
        compressed(&old, &base);
        for (pages, fill) in [(10u8, 5u8), (14, 7), (6, 2)] {
            // Pages 3 and fill's own changed, then grown to 14 or cut to 6.
            let new = dir.path().join(format!("new{pages}"));
            pages_file(&new, pages, |n| if n == 3 || n == fill { 200 } else { n });
            let changes = dir.path().join(format!("c{pages}{SUFFIX}"));
            let written = write(&new, &base, "full.sqlite.zst", &changes, 3).expect("test io");
            let expected = u64::from(2 + pages.saturating_sub(10));
            assert_eq!(written.changed_pages, expected, "{pages} pages");
            assert_eq!(base_name(&changes).expect("test io"), "full.sqlite.zst");
            let back = dir.path().join(format!("back{pages}"));
            std::fs::copy(&old, &back).expect("test io");
            apply(&changes, &back).expect("test io");
            assert_eq!(std::fs::read(&back).expect("test io"), std::fs::read(&new).expect("test io"), "{pages} pages");
        }
    }

    #[test]
    fn damaged_changes_are_refused_not_applied() {
        let dir = tempfile::tempdir().expect("test io");
        let (old, base) = (dir.path().join("old"), dir.path().join("full.sqlite.zst"));
        pages_file(&old, 8, |n| n);
        compressed(&old, &base);
        let new = dir.path().join("new");
        pages_file(&new, 8, |n| n.wrapping_mul(7));
        let changes = dir.path().join(format!("c{SUFFIX}"));
        write(&new, &base, "full.sqlite.zst", &changes, 3).expect("test io");
        let mut bytes = std::fs::read(&changes).expect("test io");
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x55;
        std::fs::write(&changes, bytes).expect("test io");
        let back = dir.path().join("back");
        std::fs::copy(&old, &back).expect("test io");
        let err = apply(&changes, &back).expect_err("refused");
        assert!(matches!(err, Error::Invalid(_)), "{err:?}");
        assert!(base_path(&changes, "gone.sqlite.zst").is_err());
        assert!(base_path(&changes, "../full.sqlite.zst").is_err());
        assert_eq!(base_path(&changes, "full.sqlite.zst").expect("test io"), base);
    }
}
