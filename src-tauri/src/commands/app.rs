use chrono::NaiveDate;
use locallift::Store;
use locallift::model::{Shop, ShopInput};
use locallift::store::holidays::Holiday;
use locallift::store::settings::AnalysisSettings;
use tauri::State;

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
    db.with(|s| s.shop())
}

#[tauri::command]
pub async fn update_shop(db: State<'_, Db>, input: ShopInput) -> ApiResult<Shop> {
    db.with(|s| s.update_shop(&input))
}

#[tauri::command]
pub async fn list_holidays(db: State<'_, Db>) -> ApiResult<Vec<Holiday>> {
    db.with(|s| s.holidays())
}

#[tauri::command]
pub async fn set_holiday(db: State<'_, Db>, holiday: Holiday) -> ApiResult<Vec<Holiday>> {
    db.with(|s| {
        s.set_holiday(&holiday)?;
        s.holidays()
    })
}

#[tauri::command]
pub async fn remove_holiday(db: State<'_, Db>, day: NaiveDate) -> ApiResult<Vec<Holiday>> {
    db.with(|s| {
        s.remove_holiday(day)?;
        s.holidays()
    })
}

#[tauri::command]
pub async fn get_analysis_settings(db: State<'_, Db>) -> ApiResult<AnalysisSettings> {
    db.with(|s| s.analysis_settings())
}

#[tauri::command]
pub async fn update_analysis_settings(db: State<'_, Db>, input: AnalysisSettings) -> ApiResult<AnalysisSettings> {
    db.with(|s| s.update_analysis_settings(&input))
}
