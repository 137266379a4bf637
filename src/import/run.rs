//! One import of one file: read it row by row (memory holds one order at a time), write every order in
//! one transaction, and either commit all of it or leave the database exactly as it was.
//!
//! Re-importing the same file, or a later export that overlaps it, adds nothing twice: orders are keyed
//! by (preset, external id); an order whose numbers changed (a refund since) is updated, and its previous
//! state is kept with the batch so that undoing the batch restores it exactly.

use std::io::{self, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::decode;
use super::mapped::Mapping;
use super::preset::{OrderDraft, Preset, ReadContext, RowError, Sink, exponent_of};
use super::presets;
use crate::error::{Error, Result};
use crate::store::Store;
use crate::store::sales::{self, AggregateDeltas, BatchInfo, NewSale, RefundOutcome, SaleState};

/// At most this many row errors are kept in the report (all are counted): enough to fix a file, never
/// a memory problem for a broken million-row export.
const MAX_ERRORS_KEPT: usize = 1_000;

#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Force a preset instead of detecting it from the header.
    pub preset: Option<String>,
    /// Import the valid orders of a file with broken rows (otherwise such a file imports nothing).
    pub skip_invalid: bool,
    /// Read and check everything, write nothing: the preview.
    pub dry_run: bool,
    /// The owner's column mapping, for a CSV no preset knows.
    pub mapping: Option<Mapping>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, TS)]
#[ts(export)]
pub struct ImportProgress {
    pub rows: u64,
    pub bytes: u64,
    pub total_bytes: u64,
}

/// What an import did (or, for a preview or a refused file, would do).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportReport {
    /// The batch to undo; `None` when nothing was written (preview, errors, or nothing new).
    pub batch_id: Option<i64>,
    pub file_name: String,
    pub preset: String,
    /// The platform stored with each sale (see `Preset::source`).
    pub source: String,
    pub preset_label: String,
    pub encoding: String,
    pub delimiter: String,
    pub rows_read: u64,
    pub orders_read: u64,
    pub orders_new: u64,
    pub orders_updated: u64,
    pub orders_unchanged: u64,
    /// Voided or cancelled orders: recorded, never counted as sales.
    pub orders_cancelled: u64,
    pub refunds_applied: u64,
    pub error_count: u64,
    /// The first row errors (see [`MAX_ERRORS_KEPT`]).
    pub errors: Vec<RowError>,
    pub currency: Option<String>,
    /// The shop had no currency yet and took this file's.
    pub currency_set: bool,
    /// A file with the same content was imported before (and not undone).
    pub seen_before: bool,
    pub written: bool,
    /// The first orders as read, for the preview.
    pub sample: Vec<OrderSample>,
    /// The backup taken before writing.
    pub backup: Option<String>,
}

/// One order as the preview shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OrderSample {
    pub external_id: String,
    pub placed_at: String,
    pub channel: crate::model::Channel,
    pub gross_minor: i64,
    pub discounts_minor: i64,
    pub refunds_minor: i64,
    pub net_minor: i64,
    pub codes: Vec<String>,
    pub items: usize,
    pub cancelled: bool,
}

const SAMPLE_SIZE: usize = 10;

/// Reads `path` through a hasher and a byte counter, so one pass gives the SHA-256 and the progress.
struct Metered<R> {
    inner: R,
    hasher: Sha256,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A file's columns, for the column-mapping form: the names, a suggested mapping and the one saved for
/// this header, if any.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HeaderInfo {
    pub columns: Vec<String>,
    pub suggestion: Option<Mapping>,
    pub saved: Option<Mapping>,
}

/// Reads only the header row of `path`.
///
/// # Errors
/// [`Error::Import`] when the file cannot be read as CSV text.
pub fn inspect_header(store: &Store, path: &Path) -> Result<HeaderInfo> {
    let file_name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let decoded = decode::open(path).map_err(|e| import_error(&file_name, e.to_string()))?;
    let mut csv = csv::ReaderBuilder::new().delimiter(decoded.delimiter).flexible(true).from_reader(decoded.reader);
    let header =
        csv.headers().map_err(|e| import_error(&file_name, format!("the header row cannot be read: {e}")))?.clone();
    Ok(HeaderInfo {
        columns: header.iter().map(|h| h.trim().to_string()).collect(),
        suggestion: Mapping::suggest(&header),
        saved: store.saved_mapping(&header)?,
    })
}

/// Imports one export file. See the module documentation for the guarantees.
///
/// # Errors
/// [`Error::Import`] when the file cannot be read as an export at all (empty, binary, unknown format,
/// another currency than the shop's); [`Error::Cancelled`] when `cancel` was set. Row problems are not
/// errors: they are in the report, and without `skip_invalid` nothing is written.
pub fn import_file(
    store: &mut Store,
    path: &Path,
    options: &ImportOptions,
    progress: &dyn Fn(ImportProgress),
    cancel: &AtomicBool,
) -> Result<ImportReport> {
    let file_name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let total_bytes = std::fs::metadata(path)?.len();
    let read = Arc::new(AtomicU64::new(0));
    let hasher = Arc::new(std::sync::Mutex::new(None::<Sha256>));
    let file = std::fs::File::open(path)?;
    let metered =
        HashOnDrop { inner: Metered { inner: file, hasher: Sha256::new(), read: read.clone() }, out: hasher.clone() };
    let decoded = decode::decode(Box::new(metered)).map_err(|e| import_error(&file_name, e.to_string()))?;
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(decoded.delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(decoded.reader);
    let header =
        csv.headers().map_err(|e| import_error(&file_name, format!("the header row cannot be read: {e}")))?.clone();
    if header.iter().all(|h| h.trim().is_empty()) {
        return Err(import_error(&file_name, "the file has no header row"));
    }
    let shop = store.shop()?;
    let ctx = ReadContext {
        time_zone: store.time_zone()?,
        default_exponent: shop.settings.currency.as_deref().map_or(2, exponent_of),
    };
    let saved = if options.mapping.is_none() && options.preset.is_none() && presets::detect(&header).is_none() {
        store.saved_mapping(&header)?
    } else {
        None
    };
    let (id, source, label, mut reader, mapping) = match (&options.preset, options.mapping.clone().or(saved)) {
        (None, Some(mapping)) => {
            let reader = mapping
                .reader(&header, ctx)
                .map_err(|e| import_error(&file_name, format!("your column mapping: {e}")))?;
            ("csv", "csv", "Your column mapping", reader, Some(mapping))
        }
        (forced, _) => {
            let preset: &dyn Preset = match forced {
                Some(id) => presets::by_id(id).ok_or_else(|| {
                    import_error(&file_name, format!("unknown preset “{id}”; known: {}", presets::ids().join(", ")))
                })?,
                None => presets::detect(&header).ok_or_else(|| Error::UnknownFormat {
                    file: file_name.clone(),
                    message: format!(
                        "this file's columns match no known export ({}); map its columns to import it",
                        presets::labels().join(", ")
                    ),
                })?,
            };
            let reader = preset
                .reader(&header, ctx)
                .map_err(|e| import_error(&file_name, format!("{}: {e}", preset.label())))?;
            (preset.id(), preset.source(), preset.label(), reader, None)
        }
    };

    let mut report = ImportReport {
        batch_id: None,
        file_name: file_name.clone(),
        preset: id.into(),
        source: source.into(),
        preset_label: label.into(),
        encoding: decoded.encoding.into(),
        delimiter: match decoded.delimiter {
            b'\t' => "tab".into(),
            d => (d as char).to_string(),
        },
        rows_read: 0,
        orders_read: 0,
        orders_new: 0,
        orders_updated: 0,
        orders_unchanged: 0,
        orders_cancelled: 0,
        refunds_applied: 0,
        error_count: 0,
        errors: Vec::new(),
        currency: shop.settings.currency.clone(),
        currency_set: false,
        seen_before: false,
        written: false,
        sample: Vec::new(),
        backup: None,
    };
    let salt = store.customer_salt()?;
    let tz = ctx.time_zone;
    let expected_fields = header.len();

    if !options.dry_run {
        report.backup = Some(store.backup("before-import")?.display().to_string());
    }
    let tx = store.transaction()?;
    let batch = sales::create_batch(&tx, &BatchInfo { kind: "file", file_name: &file_name, sha256: "", preset: id })?;
    let mut sink = Sink::default();
    let mut record = csv::StringRecord::new();
    let mut deltas = AggregateDeltas::default();
    let mut writer = Writer { tx: &tx, batch, tz, salt: &salt, report: &mut report, deltas: &mut deltas };
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(Error::Cancelled);
        }
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line());
                writer.report.rows_read += 1;
                if record.len() == 1 && record.get(0).is_some_and(|f| f.trim().is_empty()) {
                    continue; // a blank line
                }
                if record.len() != expected_fields {
                    sink.errors.push(RowError {
                        line,
                        column: None,
                        value: None,
                        reason: format!(
                            "expected {expected_fields} fields, found {} (a broken quote or a cut-off row?)",
                            record.len()
                        ),
                    });
                } else {
                    reader.push(&record, line, &mut sink);
                }
            }
            Err(e) => {
                let line = e.position().map_or(writer.report.rows_read + 1, |p| p.line());
                return Err(import_error(&file_name, format!("line {line}: the file cannot be read as CSV: {e}")));
            }
        }
        writer.drain(&mut sink)?;
        if writer.report.rows_read.is_multiple_of(4096) {
            progress(ImportProgress {
                rows: writer.report.rows_read,
                bytes: read.load(Ordering::Relaxed),
                total_bytes,
            });
        }
    }
    reader.finish(&mut sink);
    writer.drain(&mut sink)?;
    let refunds = std::mem::take(&mut sink.refunds);
    writer.apply_refunds(&refunds)?;
    // Dropping the CSV reader drops the file reader, which hands over the file's SHA-256.
    drop(csv);
    // An order's errors surface when the order is complete; the owner reads them in file order.
    report.errors.sort_by_key(|e| e.line);
    progress(ImportProgress { rows: report.rows_read, bytes: read.load(Ordering::Relaxed), total_bytes });

    let sha = hasher.lock().ok().and_then(|mut h| h.take()).map(|h| sales::hex(&h.finalize())).unwrap_or_default();
    report.seen_before = tx
        .query_row(
            "SELECT 1 FROM import_batches WHERE sha256 = ?1 AND undone_at IS NULL AND kind = 'file' AND id <> ?2",
            params![sha, batch],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if report.rows_read == 0 {
        return Err(import_error(&file_name, "the file has a header but no rows"));
    }
    let changed = report.orders_new + report.orders_updated + report.refunds_applied;
    if options.dry_run || (report.error_count > 0 && !options.skip_invalid) || changed == 0 {
        // Dropping the transaction rolls everything back: the file left no trace.
        return Ok(report);
    }
    deltas.write(&tx)?;
    if let Some(mapping) = &mapping {
        crate::store::save_mapping(&tx, &header, mapping)?;
    }
    tx.execute(
        "UPDATE import_batches SET sha256 = ?2, encoding = ?3, delimiter = ?4, rows_read = ?5, rows_imported = ?6,
             rows_skipped = ?7, errors = ?8, orders_new = ?9, orders_updated = ?10, orders_unchanged = ?11,
             finished_at = ?12
         WHERE id = ?1",
        params![
            batch,
            sha,
            report.encoding,
            report.delimiter,
            report.rows_read as i64,
            (report.orders_new + report.orders_updated) as i64,
            report.error_count as i64,
            serde_json::to_string(&report.errors).unwrap_or_else(|_| "[]".into()),
            report.orders_new as i64,
            report.orders_updated as i64,
            report.orders_unchanged as i64,
            crate::store::now_text(),
        ],
    )?;
    tx.commit()?;
    report.batch_id = Some(batch);
    report.written = true;
    Ok(report)
}

/// Keeps the SHA-256 of everything read when the reader is dropped (the CSV reader owns it).
struct HashOnDrop<R> {
    inner: Metered<R>,
    out: Arc<std::sync::Mutex<Option<Sha256>>>,
}

impl<R: Read> Read for HashOnDrop<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf)
    }
}

impl<R> Drop for HashOnDrop<R> {
    fn drop(&mut self) {
        if let Ok(mut out) = self.out.lock() {
            *out = Some(std::mem::take(&mut self.inner.hasher));
        }
    }
}

struct Writer<'a, 'tx> {
    tx: &'a Transaction<'tx>,
    batch: i64,
    tz: chrono_tz::Tz,
    salt: &'a [u8],
    report: &'a mut ImportReport,
    deltas: &'a mut AggregateDeltas,
}

impl Writer<'_, '_> {
    /// Writes the orders the reader completed and moves its errors into the report.
    fn drain(&mut self, sink: &mut Sink) -> Result<()> {
        for e in sink.errors.drain(..) {
            self.report.error_count += 1;
            if self.report.errors.len() < MAX_ERRORS_KEPT {
                self.report.errors.push(e);
            }
        }
        for order in std::mem::take(&mut sink.orders) {
            self.write(order)?;
        }
        Ok(())
    }

    fn write(&mut self, order: OrderDraft) -> Result<()> {
        self.report.orders_read += 1;
        if self.report.sample.len() < SAMPLE_SIZE {
            self.report.sample.push(OrderSample {
                external_id: order.external_id.clone(),
                placed_at: crate::store::sql_instant(&order.placed_at),
                channel: order.channel,
                gross_minor: order.gross_minor,
                discounts_minor: order.discounts_minor,
                refunds_minor: order.refunds_minor,
                net_minor: order.gross_minor - order.discounts_minor - order.refunds_minor,
                codes: order.codes.clone(),
                items: order.line_items.len(),
                cancelled: order.cancelled,
            });
        }
        let currency = self.settle_currency(&order)?;
        let sale = NewSale {
            source: self.report.source.clone(),
            external_id: order.external_id,
            placed_at: order.placed_at,
            channel: order.channel,
            location: order.location,
            currency,
            gross_minor: order.gross_minor,
            discounts_minor: order.discounts_minor,
            shipping_minor: order.shipping_minor,
            tax_minor: order.tax_minor,
            refunds_minor: order.refunds_minor,
            codes: order.codes,
            customer_key: order.customer.as_deref().map(|c| sales::customer_key(self.salt, c)),
            line_items: order.line_items,
            cancelled: order.cancelled,
            refunds_known: order.refunds_known,
        };
        self.report.orders_cancelled += u64::from(sale.cancelled);
        match sales::upsert_sale(self.tx, self.batch, self.tz, &sale)? {
            SaleState::New(added) => {
                self.report.orders_new += 1;
                self.deltas.add(&added, 1);
            }
            SaleState::Updated { before, after } => {
                self.report.orders_updated += 1;
                self.deltas.add(&before, -1);
                self.deltas.add(&after, 1);
            }
            SaleState::Unchanged => self.report.orders_unchanged += 1,
        }
        Ok(())
    }

    /// The order's currency must be the shop's; a shop without one takes the first file's.
    fn settle_currency(&mut self, order: &OrderDraft) -> Result<String> {
        match (&self.report.currency, &order.currency) {
            (Some(shop), Some(file)) if shop != file => Err(import_error(
                &self.report.file_name,
                format!(
                    "line {}: this file's orders are in {file}, the shop's sales are in {shop}; LocalLift never \
                     converts currencies, so nothing was imported",
                    order.line
                ),
            )),
            (Some(shop), _) => Ok(shop.clone()),
            (None, Some(file)) => {
                if iso_currency::Currency::from_code(file).is_none() {
                    return Err(import_error(
                        &self.report.file_name,
                        format!("line {}: unknown currency “{file}”", order.line),
                    ));
                }
                self.tx.execute("UPDATE shop SET currency = ?1 WHERE id = 1 AND currency IS NULL", [file])?;
                self.report.currency = Some(file.clone());
                self.report.currency_set = true;
                Ok(file.clone())
            }
            (None, None) => Err(import_error(
                &self.report.file_name,
                "this export does not say its currency; set the shop's currency in Settings first",
            )),
        }
    }

    fn apply_refunds(&mut self, refunds: &[super::preset::RefundDraft]) -> Result<()> {
        for r in refunds {
            match sales::add_refund(self.tx, self.batch, &self.report.source, r)? {
                RefundOutcome::Applied { before, after } => {
                    self.report.refunds_applied += 1;
                    self.deltas.add(&before, -1);
                    self.deltas.add(&after, 1);
                }
                RefundOutcome::AlreadyApplied => {}
                RefundOutcome::NoSale => {
                    self.report.error_count += 1;
                    if self.report.errors.len() < MAX_ERRORS_KEPT {
                        self.report.errors.push(RowError {
                            line: r.line,
                            column: None,
                            value: Some(r.external_id.clone()),
                            reason: "a refund of a payment that is neither in this file nor imported before".into(),
                        });
                    }
                }
            }
        }
        Ok(())
    }
}

fn import_error(file_name: &str, message: impl Into<String>) -> Error {
    Error::Import { file: file_name.to_string(), message: message.into() }
}
