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
use std::sync::mpsc::{Receiver, SyncSender};

use rusqlite::Transaction;
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::date_order::{self, DateOrderDecision};
use super::decode;
use super::mapped::{DateOrder, Mapping};
use super::preset::{
    OrderDraft, Preset, ReadContext, RefundDraft, Row, RowError, RowReader, Sink, SkipKind, TaxSeen, exponent_of,
};
use super::presets;
use super::quoting::{Faults, QuoteCheck};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::SaleStatus;
use crate::msg;
use crate::store::sales::{self, AggregateDeltas, BatchInfo, NewSale, PreparedSale, RefundOutcome, SaleState};
use crate::store::{Store, bulk};

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
    /// Load in bulk (indexes rebuilt at the end, rollback journal) or not; `None` decides from the file's
    /// size against the sales stored. Forced only by tests and benchmarks.
    pub bulk: Option<bool>,
    /// The day/month order of the file's dates, for a file whose dates cannot tell (every day a 12th or
    /// earlier); a file that can tell is read its own way (see [`date_order`]).
    pub date_order: Option<DateOrder>,
    /// Whether prices include tax, for orders whose file cannot tell (`None`: tax on top).
    pub prices_include_tax: Option<bool>,
}

/// Rows of one kind left out on purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct SkippedRows {
    pub kind: SkipKind,
    pub count: u64,
}

/// What an import assumed where its file could not tell, and what it left out: kept with the import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct ImportNotes {
    /// The day/month order of the dates and what decided it; `None` for exports with unambiguous dates.
    pub date_order: Option<DateOrderDecision>,
    /// Orders with tax inside their prices, on top, or undetermined.
    pub tax: TaxSeen,
    /// What was applied to the undetermined orders: `true` when their prices were taken to include tax.
    pub tax_inside_assumed: bool,
    /// Rows that are not sales, left out, by kind.
    pub skipped: Vec<SkippedRows>,
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
    /// Voided, cancelled, expired or failed orders: recorded, never counted as sales.
    pub orders_cancelled: u64,
    /// Orders not yet paid: recorded, counted once a later export says they were paid.
    pub orders_unpaid: u64,
    pub refunds_applied: u64,
    /// Refunds of orders not imported yet: kept, and applied when their orders are imported.
    pub refunds_pending: u64,
    /// Net revenue of the new orders (cancelled ones excluded).
    pub net_added_minor: i64,
    pub error_count: u64,
    /// The first row errors (see [`MAX_ERRORS_KEPT`]).
    pub errors: Vec<RowError>,
    pub currency: Option<String>,
    /// The shop had no currency yet and took this file's.
    pub currency_set: bool,
    /// A file with the same content was imported before (and not undone).
    pub seen_before: bool,
    /// A problem that importing only the valid orders cannot get past (a quote that never closes hides
    /// the rows after it): nothing is imported until the file is fixed.
    pub blocked: bool,
    pub written: bool,
    /// The first orders as read, for the preview.
    pub sample: Vec<OrderSample>,
    /// The backup taken before writing: the day's first import only (the others are undone by their batch).
    pub backup: Option<String>,
    /// What was assumed and what was left out.
    pub notes: ImportNotes,
    /// The same, and the orders kept but not counted, as sentences for the owner (the preview and the
    /// CLI show these; see [`ImportReport::explain`]).
    pub sentences: Vec<Message>,
}

impl ImportReport {
    /// What the import assumed where the file could not tell, what it left out on purpose and which orders
    /// it keeps without counting, in the owner's words: one sentence each, nothing when there is nothing
    /// to say.
    pub fn explain(&self) -> Vec<Message> {
        use super::date_order::DateOrderSource;
        let mut out = Vec::new();
        if let Some(d) = &self.notes.date_order {
            let order = if d.order == DateOrder::Dmy { "dmy" } else { "mdy" };
            out.push(match &d.source {
                DateOrderSource::File { line, value } => {
                    msg!("import-dates-file", order = order, value = value.as_str(), line = *line)
                }
                DateOrderSource::Owner => msg!("import-dates-owner", order = order),
                DateOrderSource::Export => msg!("import-dates-export", order = order),
                DateOrderSource::Locale { locale } => {
                    msg!("import-dates-locale", order = order, locale = locale.as_str())
                }
                DateOrderSource::TimeZone { zone } => msg!("import-dates-zone", order = order, zone = zone.as_str()),
                DateOrderSource::Default => msg!("import-dates-default", order = order),
            });
        }
        let tax = self.notes.tax;
        if tax.inside > 0 {
            out.push(msg!("import-tax-inside", count = tax.inside));
        }
        if tax.undetermined > 0 {
            let id =
                if self.notes.tax_inside_assumed { "import-tax-assumed-inside" } else { "import-tax-assumed-on-top" };
            out.push(msg!(id, count = tax.undetermined));
        }
        if self.orders_unpaid > 0 {
            out.push(msg!("import-unpaid", count = self.orders_unpaid));
        }
        if self.refunds_pending > 0 {
            out.push(msg!("import-refunds-pending", count = self.refunds_pending));
        }
        if self.orders_cancelled > 0 {
            out.push(msg!("import-cancelled", count = self.orders_cancelled));
        }
        for s in &self.notes.skipped {
            let kind = match s.kind {
                SkipKind::PaymentOut => "payment-out",
                SkipKind::Transfer => "transfer",
                SkipKind::Hold => "hold",
                SkipKind::CurrencyConversion => "conversion",
                SkipKind::ForeignCurrency => "foreign-currency",
                SkipKind::Declined => "declined",
                SkipKind::OtherActivity => "other",
            };
            out.push(msg!(format!("import-skipped-{kind}"), count = s.count));
        }
        out
    }
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
    pub status: SaleStatus,
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
    let decoded = decode::open(path).map_err(|e| import_error(&file_name, Message::text(e.to_string())))?;
    let mut csv = csv::ReaderBuilder::new().delimiter(decoded.delimiter).flexible(true).from_reader(decoded.reader);
    let header = csv
        .headers()
        .map_err(|e| import_error(&file_name, msg!("import-header-unreadable", detail = e.to_string())))?
        .clone();
    Ok(HeaderInfo {
        columns: header.iter().map(|h| h.trim().to_string()).collect(),
        suggestion: Mapping::suggest(&header),
        saved: store.saved_mapping(&header)?,
    })
}

/// Imports one export file. See the module documentation for the guarantees.
///
/// Long because its steps share one open transaction, the report, the deltas and the reader's state, backup to commit.
///
/// # Errors
/// [`Error::Import`] when the file cannot be read as an export at all (empty, binary, unknown format,
/// another currency than the shop's); [`Error::Cancelled`] when `cancel` was set. Row problems are not
/// errors: they are in the report, and without `skip_invalid` nothing is written.
#[expect(
    clippy::too_many_lines,
    reason = "its steps share one open transaction, the report, the deltas and the reader's state, backup to commit"
)]
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
    let decoded =
        decode::decode(Box::new(metered)).map_err(|e| import_error(&file_name, Message::text(e.to_string())))?;
    let (checked, faults, lines) = QuoteCheck::with_lines(decoded.reader, decoded.delimiter);
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(decoded.delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(Box::new(checked) as Box<dyn Read + Send>);
    let header = csv
        .headers()
        .map_err(|e| import_error(&file_name, msg!("import-header-unreadable", detail = e.to_string())))?
        .clone();
    if header.iter().all(|h| h.trim().is_empty()) {
        return Err(import_error(&file_name, Message::new("import-no-header")));
    }
    let shop = store.shop()?;
    let mut ctx = ReadContext {
        time_zone: store.time_zone()?,
        default_exponent: shop.settings.currency.as_deref().map_or(2, exponent_of),
        shop_currency: shop.settings.currency.clone(),
        date_order: None,
        prices_include_tax: options.prices_include_tax,
    };
    let saved = if options.mapping.is_none() && options.preset.is_none() && presets::detect(&header).is_none() {
        store.saved_mapping(&header)?
    } else {
        None
    };
    // The day/month order of the dates, decided for the whole file before a row is read.
    let decide_dates = |column: Option<usize>, convention: Option<DateOrder>, owner: Option<DateOrder>| {
        let Some(column) = column else { return Ok::<_, Error>(None) };
        let scanned = decode::open(path).map_err(|e| import_error(&file_name, Message::text(e.to_string())))?;
        let found = match date_order::scan(scanned.reader, scanned.delimiter, column)? {
            date_order::Scanned::YearFirst => return Ok(None),
            date_order::Scanned::Settled(order, line, value) => Some((order, line, value)),
            date_order::Scanned::Undecided => None,
        };
        Ok(Some(date_order::decide(
            found,
            options.date_order.or(owner),
            convention,
            shop.settings.locale.as_deref(),
            Some(shop.settings.time_zone.as_str()),
        )))
    };
    let date_decision;
    let (id, source, label, reader, mapping) = match (&options.preset, options.mapping.clone().or(saved)) {
        (None, Some(mapping)) => {
            let column = super::preset::Columns::new(&header).find(&[mapping.placed_at.as_str()]);
            date_decision = decide_dates(column, None, Some(mapping.date_order))?;
            ctx.date_order = date_decision.as_ref().map(|d| d.order);
            let reader = mapping
                .reader(&header, ctx.clone())
                .map_err(|e| import_error(&file_name, msg!("import-mapping-wrong", detail = e.to_string())))?;
            ("csv", "csv", "Your column mapping", reader, Some(mapping))
        }
        (forced, _) => {
            let preset: &dyn Preset = match forced {
                Some(id) => presets::by_id(id).ok_or_else(|| {
                    import_error(&file_name, msg!("import-unknown-preset", id = id, known = presets::ids().join(", ")))
                })?,
                None => presets::detect(&header).ok_or_else(|| Error::UnknownFormat {
                    file: file_name.clone(),
                    message: msg!("import-unknown-format", known = presets::labels().join(", ")),
                })?,
            };
            date_decision = decide_dates(preset.ambiguous_date_column(&header), preset.date_convention(&header), None)?;
            ctx.date_order = date_decision.as_ref().map(|d| d.order);
            let reader = preset
                .reader(&header, ctx.clone())
                .map_err(|e| import_error(&file_name, Message::text(format!("{}: {e}", preset.label()))))?;
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
        orders_unpaid: 0,
        refunds_applied: 0,
        refunds_pending: 0,
        net_added_minor: 0,
        error_count: 0,
        errors: Vec::new(),
        currency: shop.settings.currency.clone(),
        currency_set: false,
        seen_before: false,
        blocked: false,
        written: false,
        sample: Vec::new(),
        backup: None,
        notes: ImportNotes { date_order: date_decision, ..ImportNotes::default() },
        sentences: Vec::new(),
    };
    let salt = store.customer_salt()?;
    let tz = ctx.time_zone;

    if !options.dry_run {
        // The day's first import is preceded by a copy of the file; the next ones by their own undo only.
        report.backup = store.backup_unless_fresh("before-import")?.map(|p| p.display().to_string());
    }
    let stored_sales = store.sales_stored()?;
    let bulk = options.bulk.unwrap_or_else(|| bulk_load(total_bytes, stored_sales));
    let tx = store.import_transaction(bulk && !options.dry_run)?;
    let last_day_before = crate::store::results_cache::last_data_day(&tx)?;
    let batch = sales::create_batch(&tx, &BatchInfo { kind: "file", file_name: &file_name, sha256: "", preset: id })?;
    let suspended = if bulk { Some(bulk::suspend_indexes(&tx)?) } else { None };
    let mut state = WriterState {
        gathered: (bulk && stored_sales == 0).then(crate::store::customers::Gathered::default),
        ..WriterState::default()
    };
    // Two threads: this one writes while another reads, parses and hashes the next orders (on a
    // two-core laptop the import takes as long as the slower of the two, not their sum).
    let read_side = std::thread::scope(|scope| -> Result<ReadSide> {
        let (send, receive) = std::sync::mpsc::sync_channel::<Vec<PreparedSale>>(4);
        // Written chunks go back to be freed where they were allocated: glibc frees memory of another
        // thread's arena slowly, under a lock, and the writer is the thread that must not wait.
        let (give_back, written) = std::sync::mpsc::channel::<Vec<PreparedSale>>();
        let reading = ReadingThread {
            csv,
            reader,
            file_name: &file_name,
            source,
            salt: &salt,
            tz,
            cancel,
            side: ReadSide {
                currency: report.currency.clone(),
                rows_read: Arc::new(AtomicU64::new(0)),
                ..ReadSide::default()
            },
            faults,
            lines,
        };
        let rows_read = reading.side.rows_read.clone();
        let parser = std::thread::Builder::new()
            .name("import-read".into())
            .spawn_scoped(scope, move || reading.run(&send, &written))?;
        let mut writer = Writer { tx: &tx, batch, report: &mut report, state: &mut state };
        for chunk in receive {
            if cancel.load(Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            writer.write(&chunk)?;
            let _ = give_back.send(chunk);
            progress(ImportProgress {
                rows: rows_read.load(Ordering::Relaxed),
                bytes: read.load(Ordering::Relaxed),
                total_bytes,
            });
        }
        parser.join().map_err(|_| Error::Corrupt("the import's reading thread stopped unexpectedly".into()))?
    })?;
    report.rows_read = read_side.rows_read.load(Ordering::Relaxed);
    report.orders_read = read_side.orders_read;
    report.orders_cancelled = read_side.orders_cancelled;
    report.orders_unpaid = read_side.orders_unpaid;
    report.blocked = read_side.blocked;
    report.notes.tax = read_side.tax;
    report.notes.tax_inside_assumed = options.prices_include_tax.unwrap_or(false);
    report.notes.skipped = read_side.skipped.iter().map(|(&kind, &count)| SkippedRows { kind, count }).collect();
    report.error_count += read_side.error_count;
    report.errors.extend(read_side.errors);
    report.sample = read_side.sample;
    if read_side.currency_set {
        sales::set_currency_if_unset(&tx, read_side.currency.as_deref())?;
        report.currency = read_side.currency;
        report.currency_set = true;
    }
    let mut writer = Writer { tx: &tx, batch, report: &mut report, state: &mut state };
    report.refunds_pending = writer.apply_refunds(&read_side.refunds)?;
    report.sentences = report.explain();
    // An order's errors surface when the order is complete; the owner reads them in file order.
    report.errors.sort_by_key(|e| e.line);
    report.errors.truncate(MAX_ERRORS_KEPT);
    progress(ImportProgress { rows: report.rows_read, bytes: read.load(Ordering::Relaxed), total_bytes });

    let sha = hasher.lock().ok().and_then(|mut h| h.take()).map(|h| sales::hex(&h.finalize())).unwrap_or_default();
    report.seen_before = sales::file_imported_before(&tx, &sha, batch)?;
    if report.rows_read == 0 {
        return Err(import_error(&file_name, Message::new("import-no-rows")));
    }
    let changed = report.orders_new + report.orders_updated + report.refunds_applied + report.refunds_pending;
    if options.dry_run || (report.error_count > 0 && (!options.skip_invalid || report.blocked)) || changed == 0 {
        // Dropping the transaction rolls everything back: the file left no trace.
        return Ok(report);
    }
    // The customers gathered are written (and their memory given back) before the indexes are sorted.
    let WriterState { deltas, touched, gathered, refunded, .. } = state;
    let customers_written = match gathered {
        Some(gathered) => {
            gathered.write(&tx, touched.latest.as_deref())?;
            true
        }
        None => false,
    };
    if let Some(indexes) = suspended {
        indexes.rebuild(&tx)?;
    }
    deltas.write(&tx)?;
    let affected = crate::store::results_cache::forget_sales(&tx, deltas.first_day(), last_day_before)?;
    if customers_written {
        // Refunds applied after the orders were gathered may have taken an order's net to zero.
        if !refunded.keys.is_empty() || refunded.overflow {
            crate::store::customers::refresh(&tx, &refunded)?;
        }
    } else if bulk {
        crate::store::customers::rebuild(&tx)?;
    } else {
        crate::store::customers::refresh(&tx, &touched)?;
    }
    if let Some(mapping) = &mapping {
        crate::store::save_mapping(&tx, &header, mapping)?;
    }
    sales::record_file_batch(
        &tx,
        batch,
        &sales::FileBatch {
            sha256: &sha,
            encoding: &report.encoding,
            delimiter: &report.delimiter,
            rows_read: report.rows_read as i64,
            rows_imported: (report.orders_new + report.orders_updated) as i64,
            rows_skipped: report.error_count as i64,
            errors_json: serde_json::to_string(&report.errors).unwrap_or_else(|_| "[]".into()),
            orders_new: report.orders_new as i64,
            orders_updated: report.orders_updated as i64,
            orders_unchanged: report.orders_unchanged as i64,
            net_minor: deltas.net_change(),
            notes_json: serde_json::to_string(&report.notes).unwrap_or_else(|_| "{}".into()),
        },
    )?;
    tx.commit()?;
    report.batch_id = Some(batch);
    report.written = true;
    store.mark_stale_results(&affected);
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

/// What the reading thread found besides the orders it handed over.
#[derive(Default)]
struct ReadSide {
    /// Shared with the writing thread, for progress.
    rows_read: Arc<AtomicU64>,
    orders_read: u64,
    orders_cancelled: u64,
    orders_unpaid: u64,
    /// A quote never closed: the rows after it cannot be read.
    blocked: bool,
    error_count: u64,
    skipped: std::collections::BTreeMap<SkipKind, u64>,
    tax: TaxSeen,
    errors: Vec<RowError>,
    sample: Vec<OrderSample>,
    refunds: Vec<RefundDraft>,
    /// The shop's currency, or the file's when the shop had none (then `currency_set`).
    currency: Option<String>,
    currency_set: bool,
}

/// Orders handed to the writing thread at a time: large enough that the channel costs nothing, small
/// enough that progress moves and memory stays flat.
const CHUNK: usize = 1024;

/// Reads the file row by row into orders ready to store: parsed, checked, currency settled, customers
/// hashed, local days worked out.
struct ReadingThread<'a> {
    csv: csv::Reader<Box<dyn Read + Send>>,
    reader: Box<dyn RowReader>,
    file_name: &'a str,
    source: &'a str,
    salt: &'a [u8],
    tz: chrono_tz::Tz,
    cancel: &'a AtomicBool,
    side: ReadSide,
    /// Quoting faults the text check found, not yet given to a record.
    faults: Faults,
    /// File lines by byte offset (the CSV reader's own count is off with CRLF line ends).
    lines: super::quoting::Lines,
}

impl ReadingThread<'_> {
    fn run(mut self, out: &SyncSender<Vec<PreparedSale>>, written: &Receiver<Vec<PreparedSale>>) -> Result<ReadSide> {
        let expected_fields = self.csv.headers().map(csv::StringRecord::len).unwrap_or(0);
        let mut sink = Sink::default();
        let mut record = csv::ByteRecord::new();
        let mut chunk = Vec::with_capacity(CHUNK);
        loop {
            if self.cancel.load(Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            match self.csv.read_byte_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {
                    let line = record.position().map_or(0, |p| self.lines.at(p.byte()));
                    // The text is UTF-8 already (decode.rs): a row that is not is this reader's fault.
                    let Some(row) = Row::new(&record) else {
                        return Err(import_error(
                            self.file_name,
                            msg!("import-not-csv", line = line, detail = "the row is not UTF-8 text"),
                        ));
                    };
                    let fault = self.take_fault(line);
                    if fault.is_none() && row.iter().all(|f| f.trim().is_empty()) {
                        continue; // a blank line (or one of only spaces and delimiters): not a row
                    }
                    self.side.rows_read.fetch_add(1, Ordering::Relaxed);
                    if let Some(fault) = fault {
                        self.side.blocked |= fault.kind == super::quoting::QuoteFault::NeverCloses;
                        let column =
                            self.csv.headers().ok().and_then(|h| h.get(fault.field)).map(|c| c.trim().to_string());
                        sink.errors.push(RowError {
                            line: fault.line,
                            column,
                            value: None,
                            reason: fault.kind.reason(),
                        });
                    } else if row.len() == expected_fields {
                        self.reader.push(&row, line, &mut sink);
                    } else {
                        sink.errors.push(RowError {
                            line,
                            column: None,
                            value: None,
                            reason: msg!("row-field-count", expected = expected_fields, found = row.len()),
                        });
                    }
                }
                Err(e) => {
                    // The quote check's own refusal (a field over the limit) says its line and field.
                    if let csv::ErrorKind::Io(io) = e.kind() {
                        return Err(import_error(self.file_name, Message::text(io.to_string())));
                    }
                    let line = e
                        .position()
                        .map_or(self.side.rows_read.load(Ordering::Relaxed) + 1, |p| self.lines.at(p.byte()));
                    return Err(import_error(
                        self.file_name,
                        msg!("import-not-csv", line = line, detail = e.to_string()),
                    ));
                }
            }
            self.drain(&mut sink, &mut chunk)?;
            if chunk.len() >= CHUNK {
                if out.send(std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK))).is_err() {
                    // The writing thread stopped (its error is the one reported).
                    return Ok(self.side);
                }
                written.try_iter().for_each(drop);
            }
        }
        self.reader.finish(&mut sink);
        self.drain(&mut sink, &mut chunk)?;
        if !chunk.is_empty() {
            let _ = out.send(chunk);
        }
        self.side.refunds = sink.refunds;
        self.side.skipped = sink.skipped;
        self.side.tax = sink.tax;
        Ok(self.side)
    }

    /// The first quoting fault of the record that starts at `line`: faults from that line up to where the
    /// reader now stands (the next record's start) are this record's; the rest stay for later records.
    fn take_fault(&mut self, line: u64) -> Option<super::quoting::Fault> {
        if self.faults.lock().ok()?.is_empty() {
            return None; // the common case: one lock, nothing to sort
        }
        let end = self.lines.at(self.csv.position().byte());
        let at_end = self.csv.is_done();
        let mut faults = self.faults.lock().ok()?;
        let (mine, later): (Vec<_>, Vec<_>) =
            faults.drain(..).partition(|f| f.line < line.max(1) || f.line < end || at_end);
        *faults = later;
        mine.into_iter().find(|f| f.line >= line)
    }

    /// Moves the orders the row reader completed into `chunk`, and its errors into the report.
    fn drain(&mut self, sink: &mut Sink, chunk: &mut Vec<PreparedSale>) -> Result<()> {
        for e in sink.errors.drain(..) {
            self.side.error_count += 1;
            if self.side.errors.len() < MAX_ERRORS_KEPT {
                self.side.errors.push(e);
            }
        }
        for order in sink.orders.drain(..) {
            chunk.push(self.prepare_sale(order)?);
        }
        Ok(())
    }

    fn prepare_sale(&mut self, order: OrderDraft) -> Result<PreparedSale> {
        self.side.orders_read += 1;
        self.side.orders_cancelled += u64::from(order.status == SaleStatus::Cancelled);
        self.side.orders_unpaid += u64::from(order.status == SaleStatus::Unpaid);
        if self.side.sample.len() < SAMPLE_SIZE {
            self.side.sample.push(OrderSample {
                external_id: order.external_id.clone(),
                placed_at: crate::store::sql_instant(&order.placed_at),
                channel: order.channel,
                gross_minor: order.gross_minor,
                discounts_minor: order.discounts_minor,
                refunds_minor: order.refunds_minor,
                net_minor: order.gross_minor - order.discounts_minor - order.refunds_minor,
                codes: order.codes.clone(),
                items: order.line_items.len(),
                status: order.status,
            });
        }
        let currency = self.settle_currency(&order)?;
        let sale = NewSale {
            source: self.source.to_string(),
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
            status: order.status,
            refunds_known: order.refunds_known,
            status_known: order.status_known,
            said: order.said.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
        };
        let mut prepared = PreparedSale::new(sale, self.tz);
        prepared.line = order.line;
        Ok(prepared)
    }

    /// The order's currency must be the shop's; a shop without one takes the first file's.
    fn settle_currency(&mut self, order: &OrderDraft) -> Result<String> {
        match (&self.side.currency, &order.currency) {
            (Some(shop), Some(file)) if shop != file => Err(import_error(
                self.file_name,
                msg!("import-other-currency", line = order.line, file = file, shop = shop),
            )),
            (Some(shop), _) => Ok(shop.clone()),
            (None, Some(file)) => {
                if iso_currency::Currency::from_code(file).is_none() {
                    return Err(import_error(
                        self.file_name,
                        msg!("import-unknown-currency", line = order.line, currency = file),
                    ));
                }
                self.side.currency = Some(file.clone());
                self.side.currency_set = true;
                Ok(file.clone())
            }
            (None, None) => Err(import_error(self.file_name, Message::new("import-no-currency"))),
        }
    }
}

/// Writes prepared orders and refunds into the import's transaction.
struct Writer<'a, 'tx> {
    tx: &'a Transaction<'tx>,
    batch: i64,
    report: &'a mut ImportReport,
    state: &'a mut WriterState,
}

/// What the writing side keeps across the whole file, for what follows the writes.
#[derive(Default)]
struct WriterState {
    deltas: AggregateDeltas,
    /// What the derived customers table must follow.
    touched: crate::store::customers::Touched,
    /// The customers of the orders this import stores, when the shop had none before it (a first bulk
    /// load): the table is then written from them instead of rebuilt from the stored sales.
    gathered: Option<crate::store::customers::Gathered>,
    /// Customers whose orders a refund changed (after they were gathered).
    refunded: crate::store::customers::Touched,
    /// The stored orders this file met so far (see [`sales::MetInFile`]).
    met: sales::MetInFile,
}

impl Writer<'_, '_> {
    fn write(&mut self, chunk: &[PreparedSale]) -> Result<()> {
        for (state, sale) in
            sales::upsert_sales(self.tx, self.batch, chunk, &mut self.state.met)?.into_iter().zip(chunk)
        {
            match state {
                SaleState::New { id, added } => {
                    self.report.orders_new += 1;
                    if let Some(gathered) = self.state.gathered.as_mut() {
                        gathered.add(id, sale);
                    }
                    self.touch(&added);
                    if added.counted {
                        self.report.net_added_minor += added.net_minor;
                    }
                    self.state.deltas.add(&added, 1);
                }
                SaleState::Updated { before, after } => {
                    self.report.orders_updated += 1;
                    // Customers of orders stored before: only the rebuild knows them.
                    self.state.gathered = None;
                    self.state.deltas.add(&before, -1);
                    self.state.deltas.add(&after, 1);
                    self.state.touched.add_key(before.customer_key.as_deref());
                    self.state.touched.uncounted |= before.counted && !after.counted;
                    self.touch(&after);
                }
                SaleState::Unchanged => self.report.orders_unchanged += 1,
                SaleState::RepeatedInFile => {
                    self.report.error_count += 1;
                    if self.report.errors.len() < MAX_ERRORS_KEPT {
                        self.report.errors.push(RowError {
                            line: sale.line,
                            column: None,
                            value: Some(sale.sale.external_id.clone()),
                            reason: Message::new("row-order-repeated"),
                        });
                    }
                }
            }
        }
        Ok(())
    }

    fn touch(&mut self, c: &sales::Contribution<'_>) {
        self.state.touched.add_key(c.customer_key.as_deref());
        if c.counted {
            // In place: orders mostly come in time order, and each would otherwise allocate a copy.
            match &mut self.state.touched.latest {
                Some(latest) if **latest < *c.placed_at => {
                    latest.clear();
                    latest.push_str(&c.placed_at);
                }
                Some(_) => {}
                None => self.state.touched.latest = Some(c.placed_at.to_string()),
            }
        }
    }

    /// Applies refund rows to their orders, and the refunds kept from earlier imports whose orders this
    /// one brought; keeps those of orders not imported yet. Returns how many were kept now.
    fn apply_refunds(&mut self, refunds: &[RefundDraft]) -> Result<u64> {
        let mut kept = 0;
        let due = sales::pending_refunds_due(self.tx, &self.report.source)?;
        let this = self.batch;
        for (r, batch) in refunds.iter().map(|r| (r, this)).chain(due.iter().map(|(r, b)| (r, *b))) {
            match sales::add_refund(self.tx, batch, &self.report.source, r)? {
                RefundOutcome::Applied { before, after } => {
                    self.report.refunds_applied += 1;
                    // A refund may take the order's net to zero: it no longer makes its buyer a customer.
                    self.state.touched.add_key(after.customer_key.as_deref());
                    self.state.refunded.add_key(after.customer_key.as_deref());
                    self.state.deltas.add(&before, -1);
                    self.state.deltas.add(&after, 1);
                }
                RefundOutcome::AlreadyApplied => {}
                RefundOutcome::NoSale => {
                    kept += u64::from(sales::keep_pending_refund(self.tx, self.batch, &self.report.source, r)?);
                }
            }
        }
        Ok(kept)
    }
}

/// Whether a file is big enough, against the sales already stored, that dropping the sales indexes and
/// rebuilding them after the import beats updating them order by order. A rebuild costs about as much as
/// inserting a quarter of the stored keys; exports run at 300–600 bytes per order.
fn bulk_load(file_bytes: u64, stored_sales: i64) -> bool {
    let orders = file_bytes / 600;
    orders >= 20_000 && orders.saturating_mul(4) >= u64::try_from(stored_sales).unwrap_or(0)
}

fn import_error(file_name: &str, message: Message) -> Error {
    Error::Import { file: file_name.to_string(), message }
}

#[cfg(test)]
mod tests {
    use super::bulk_load;

    #[test]
    fn only_large_files_against_the_stored_sales_rebuild_indexes() {
        assert!(!bulk_load(100_000, 0), "a small file updates the indexes in place");
        assert!(bulk_load(500_000_000, 0), "a first million-order import rebuilds them");
        assert!(bulk_load(500_000_000, 2_000_000));
        assert!(!bulk_load(20_000_000, 5_000_000), "a month's export into a big shop updates them");
    }
}
