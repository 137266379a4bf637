//! Commands about the app itself: the open shop file, switching to the demo, settings, backups.

use chrono::NaiveDate;
use locallift::Store;
use locallift::model::{FirstSteps, Shop, ShopInput};
use locallift::store::holidays::Holiday;
use locallift::store::settings::AnalysisSettings;
use locallift::store::{BackupInfo, IntegrityReport};
use tauri::{AppHandle, Runtime, State};

use crate::dialogs::{self, SaveAs};
use crate::error::ApiResult;
use crate::state::{AppStatus, Db};

#[tauri::command]
pub async fn app_status(db: State<'_, Db>) -> ApiResult<AppStatus> {
    db.status()
}

/// Switches the window to the demo shop, generating it on first use.
#[tauri::command]
pub async fn open_demo_shop(db: State<'_, Db>) -> ApiResult<AppStatus> {
    db.switch(Store::demo_path(), locallift::demo::open)
}

/// Switches the window to the owner's own shop file.
#[tauri::command]
pub async fn open_own_shop(db: State<'_, Db>) -> ApiResult<AppStatus> {
    db.switch(Store::default_path(), |p| Store::open(p))
}

#[tauri::command]
pub async fn get_shop(db: State<'_, Db>) -> ApiResult<Shop> {
    db.read(move |s| s.shop()).await
}

#[tauri::command]
pub async fn update_shop(db: State<'_, Db>, input: ShopInput) -> ApiResult<Shop> {
    db.run(move |s| s.update_shop(&input)).await
}

#[tauri::command]
pub async fn list_holidays(db: State<'_, Db>) -> ApiResult<Vec<Holiday>> {
    db.read(move |s| s.holidays()).await
}

#[tauri::command]
pub async fn set_holiday(db: State<'_, Db>, holiday: Holiday) -> ApiResult<Vec<Holiday>> {
    db.run(move |s| {
        s.set_holiday(&holiday)?;
        s.holidays()
    })
    .await
}

#[tauri::command]
pub async fn remove_holiday(db: State<'_, Db>, day: NaiveDate) -> ApiResult<Vec<Holiday>> {
    db.run(move |s| {
        s.remove_holiday(day)?;
        s.holidays()
    })
    .await
}

#[tauri::command]
pub async fn get_analysis_settings(db: State<'_, Db>) -> ApiResult<AnalysisSettings> {
    db.read(move |s| s.analysis_settings()).await
}

#[tauri::command]
pub async fn update_analysis_settings(db: State<'_, Db>, input: AnalysisSettings) -> ApiResult<AnalysisSettings> {
    db.run_long(move |s| s.update_analysis_settings(&input)).await
}

#[tauri::command]
pub async fn list_backups(db: State<'_, Db>) -> ApiResult<Vec<BackupInfo>> {
    db.read(move |s| s.list_backups()).await
}

#[tauri::command]
pub async fn make_backup(db: State<'_, Db>) -> ApiResult<Vec<BackupInfo>> {
    db.run_long(move |s| {
        s.backup("manual")?;
        s.list_backups()
    })
    .await
}

/// Restores the backup of the list named `file_name` (the current state is backed up first).
#[tauri::command]
pub async fn restore_backup(db: State<'_, Db>, file_name: String) -> ApiResult<Vec<BackupInfo>> {
    db.run_long(move |s| {
        let backup = locallift::store::backup_named(s.path(), &file_name)?;
        s.restore_backup(&backup)?;
        s.list_backups()
    })
    .await
}

/// A copy of the whole shop file where the owner chooses in the native save dialog. Returns the copy's file
/// name, or `None` when the owner cancelled.
#[tauri::command]
pub async fn export_database<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Db>,
    title: String,
) -> ApiResult<Option<String>> {
    let ask =
        SaveAs { title: &title, file_name: "LocalLift shop copy.sqlite", filter: ("LocalLift shop", &["sqlite"]) };
    let Some(path) = dialogs::choose_save(&app, ask).await? else { return Ok(None) };
    let name = dialogs::file_name(&path);
    db.run_long(move |s| s.export_database(&path)).await?;
    Ok(Some(name))
}

/// The backups of the current shop file, even when it cannot be opened (for the start-up screen).
#[tauri::command]
pub async fn backups_of_current(db: State<'_, Db>) -> ApiResult<Vec<BackupInfo>> {
    let path = db.path()?;
    locallift::store::backups_of(&path).map_err(Into::into)
}

/// `PRAGMA integrity_check` of the current shop file, read-only, even when it cannot be opened.
#[tauri::command]
pub async fn check_current_file(db: State<'_, Db>) -> ApiResult<IntegrityReport> {
    let path = db.path()?;
    Ok(locallift::store::check_file(&path))
}

/// `PRAGMA integrity_check` of the open shop file (Settings).
#[tauri::command]
pub async fn integrity_check(db: State<'_, Db>) -> ApiResult<IntegrityReport> {
    db.read(move |s| Ok(s.integrity_check())).await
}

#[tauri::command]
pub async fn get_backups_kept(db: State<'_, Db>) -> ApiResult<usize> {
    db.read(move |s| Ok(s.backups_kept())).await
}

/// How many backups to keep; the oldest beyond are deleted now. Returns the list that remains.
#[tauri::command]
pub async fn set_backups_kept(db: State<'_, Db>, keep: usize) -> ApiResult<Vec<BackupInfo>> {
    db.run(move |s| {
        s.set_backups_kept(keep)?;
        s.list_backups()
    })
    .await
}

/// Opens another shop file the owner picks in the native open dialog (from the start-up screen); `None`
/// when the owner cancelled.
#[tauri::command]
pub async fn open_shop_file<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Db>,
    title: String,
) -> ApiResult<Option<AppStatus>> {
    let Some(path) = dialogs::choose_open(&app, &title, ("LocalLift shop", &["sqlite"])).await? else {
        return Ok(None);
    };
    db.switch(path, |p| Store::open(p)).map(Some)
}

/// Quits LocalLift (from the start-up screen, when no shop can be opened).
#[tauri::command]
pub async fn quit_app<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> ApiResult<()> {
    app.exit(0);
    Ok(())
}

/// Replaces a shop file that cannot be opened with its backup named `file_name` (the file is kept aside)
/// and opens it.
#[tauri::command]
pub async fn restore_damaged(db: State<'_, Db>, file_name: String) -> ApiResult<AppStatus> {
    let path = db.path()?;
    let backup = locallift::store::backup_named(&path, &file_name)?;
    db.switch(path, |p| Store::restore_file(p, &backup))
}

/// Which first steps of a new shop are done (the Dashboard's "Getting started" list).
#[tauri::command]
pub async fn first_steps(db: State<'_, Db>) -> ApiResult<FirstSteps> {
    db.read(|s| s.first_steps()).await
}

/// Hides the "Getting started" list for good.
#[tauri::command]
pub async fn dismiss_first_steps(db: State<'_, Db>) -> ApiResult<FirstSteps> {
    db.run(|s| s.dismiss_first_steps()).await
}
