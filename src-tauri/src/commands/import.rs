//! Commands for importing sales: read a header, preview, import with progress and cancel, undo.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use locallift::import::preset::RowError;
use locallift::import::{
    DateOrder, HeaderInfo, ImportOptions, ImportProgress, ImportReport, Mapping, PresetInfo, errors_csv, import_file,
    inspect_header, presets,
};
use locallift::model::survey::SurveyAnswer;
use locallift::store::sales::{ImportBatch, SalesOverview};
use locallift::table::CsvStyle;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::dialogs::{self, SaveAs};
use crate::error::{ApiError, ApiResult};
use crate::state::Db;

/// The cancel switch of the import that is running, if any.
#[derive(Default)]
pub struct ImportJob(AtomicBool);

#[tauri::command]
pub async fn import_presets() -> ApiResult<Vec<PresetInfo>> {
    Ok(presets::list())
}

/// A file's columns, with a suggested and a saved column mapping (for CSVs no preset knows).
#[tauri::command]
pub async fn read_header(db: State<'_, Db>, path: PathBuf) -> ApiResult<HeaderInfo> {
    db.read(move |s| inspect_header(s, &path)).await
}

/// Reads and checks a file without writing: what the Import screen shows before "Import".
#[tauri::command]
pub async fn preview_import<R: tauri::Runtime>(
    app: AppHandle<R>,
    path: PathBuf,
    preset: Option<String>,
    mapping: Option<Mapping>,
    date_order: Option<DateOrder>,
    prices_include_tax: Option<bool>,
) -> ApiResult<ImportReport> {
    run_blocking(app, move |app| {
        let options = ImportOptions {
            preset,
            skip_invalid: false,
            dry_run: true,
            mapping,
            bulk: None,
            date_order,
            prices_include_tax,
        };
        app.state::<Db>().with_long(|s| import_file(s, &path, &options, &|_| {}, &AtomicBool::new(false)))
    })
    .await
}

/// What the owner asked to import: the file, how to read it, and whether to skip broken rows.
#[derive(Debug, Clone, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportRequest {
    pub path: String,
    pub preset: Option<String>,
    pub mapping: Option<Mapping>,
    pub skip_invalid: bool,
    pub date_order: Option<DateOrder>,
    pub prices_include_tax: Option<bool>,
}

/// Imports a file, reporting progress on `on_progress`; `cancel_import` stops it with nothing written.
#[tauri::command]
pub async fn run_import<R: tauri::Runtime>(
    app: AppHandle<R>,
    request: ImportRequest,
    on_progress: Channel<ImportProgress>,
) -> ApiResult<ImportReport> {
    app.state::<ImportJob>().0.store(false, Ordering::SeqCst);
    run_blocking(app, move |app| {
        let ImportRequest { path, preset, mapping, skip_invalid, date_order, prices_include_tax } = request;
        let options =
            ImportOptions { preset, skip_invalid, dry_run: false, mapping, bulk: None, date_order, prices_include_tax };
        let cancel = &app.state::<ImportJob>().0;
        app.state::<Db>().with_long(|s| {
            import_file(
                s,
                std::path::Path::new(&path),
                &options,
                &|p| {
                    let _ = on_progress.send(p);
                },
                cancel,
            )
        })
    })
    .await
}

#[tauri::command]
pub async fn cancel_import(job: State<'_, ImportJob>) -> ApiResult<()> {
    job.0.store(true, Ordering::SeqCst);
    Ok(())
}

#[tauri::command]
pub async fn list_imports(db: State<'_, Db>) -> ApiResult<Vec<ImportBatch>> {
    db.read(move |s| s.list_imports()).await
}

#[tauri::command]
pub async fn undo_import(db: State<'_, Db>, batch: i64) -> ApiResult<ImportBatch> {
    db.run_long(move |s| s.undo_import(batch)).await
}

/// The shop's orders, net revenue and discount codes used, for the Import screen: from the daily aggregates,
/// so the screen never holds the shop file while the next one waits.
#[tauri::command]
pub async fn sales_overview(db: State<'_, Db>) -> ApiResult<SalesOverview> {
    db.read(move |s| s.sales_overview()).await
}

/// Writes an import's row problems to a CSV where the owner chooses in the native save dialog, which
/// proposes `file_name`. Returns the saved file's name, or `None` when the owner cancelled.
#[tauri::command]
pub async fn save_import_errors<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Db>,
    errors: Vec<RowError>,
    title: String,
    file_name: String,
) -> ApiResult<Option<String>> {
    let ask = SaveAs { title: &title, file_name: &file_name, filter: ("CSV", &["csv"]) };
    let Some(path) = dialogs::choose_save(&app, ask).await? else { return Ok(None) };
    let format = db.read(|s| Ok(s.shop()?.format)).await?;
    let words = locallift::i18n::words(&format.locale);
    errors_csv::write(&path, &errors, CsvStyle::of(&format), &words).map_err(ApiError::from)?;
    Ok(Some(dialogs::file_name(&path)))
}

/// Long work runs on a blocking thread, never on the main (UI) thread.
async fn run_blocking<R: tauri::Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    work: impl FnOnce(&AppHandle<R>) -> ApiResult<T> + Send + 'static,
) -> ApiResult<T> {
    tauri::async_runtime::spawn_blocking(move || work(&app)).await.map_err(|e| {
        ApiError::new(
            locallift::error::ErrorKind::Internal,
            locallift::msg!("app-error-import-stopped", detail = e.to_string()),
        )
    })?
}

/// "How did you hear about us?": the answers orders gave, with how the owner read each (or a suggestion).
#[tauri::command]
pub async fn survey_answers(db: State<'_, Db>) -> ApiResult<Vec<SurveyAnswer>> {
    db.read(move |s| s.survey_answers()).await
}

/// Reads an answer as naming a partner (`partner_id`) or none; returns the answers as they now stand.
#[tauri::command]
pub async fn read_survey_answer(
    db: State<'_, Db>,
    answer: String,
    partner_id: Option<i64>,
) -> ApiResult<Vec<SurveyAnswer>> {
    db.run(move |s| s.read_survey_answer(&answer, partner_id)).await
}

/// Forgets how an answer was read.
#[tauri::command]
pub async fn forget_survey_answer(db: State<'_, Db>, answer: String) -> ApiResult<Vec<SurveyAnswer>> {
    db.run(move |s| s.forget_survey_answer(&answer)).await
}
