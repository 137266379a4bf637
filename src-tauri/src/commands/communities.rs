//! Commands for communities and their feedback: one core call each.

use locallift::model::{Community, CommunityDetail, CommunityInput, Feedback, FeedbackInput, FeedbackQuery, ListQuery};
use tauri::State;

use crate::error::ApiResult;
use crate::state::Db;

#[tauri::command]
pub async fn list_communities(db: State<'_, Db>, query: ListQuery) -> ApiResult<Vec<Community>> {
    db.read(move |s| s.list_communities(&query)).await
}

#[tauri::command]
pub async fn community_detail(db: State<'_, Db>, id: i64) -> ApiResult<CommunityDetail> {
    db.read(move |s| s.community_detail(id)).await
}

#[tauri::command]
pub async fn create_community(db: State<'_, Db>, input: CommunityInput) -> ApiResult<Community> {
    db.run(move |s| s.create_community(&input)).await
}

#[tauri::command]
pub async fn update_community(db: State<'_, Db>, id: i64, input: CommunityInput) -> ApiResult<Community> {
    db.run(move |s| s.update_community(id, &input)).await
}

#[tauri::command]
pub async fn delete_community(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.run(move |s| s.delete_community(id)).await
}

#[tauri::command]
pub async fn set_community_archived(db: State<'_, Db>, id: i64, archived: bool) -> ApiResult<Community> {
    db.run(move |s| s.set_community_archived(id, archived)).await
}

#[tauri::command]
pub async fn list_feedback(db: State<'_, Db>, community_id: i64, query: FeedbackQuery) -> ApiResult<Vec<Feedback>> {
    db.read(move |s| s.list_feedback(community_id, &query)).await
}

#[tauri::command]
pub async fn add_feedback(db: State<'_, Db>, community_id: i64, input: FeedbackInput) -> ApiResult<Feedback> {
    db.run(move |s| s.add_feedback(community_id, &input)).await
}

#[tauri::command]
pub async fn update_feedback(db: State<'_, Db>, id: i64, input: FeedbackInput) -> ApiResult<Feedback> {
    db.run(move |s| s.update_feedback(id, &input)).await
}

#[tauri::command]
pub async fn delete_feedback(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.run(move |s| s.delete_feedback(id)).await
}

/// What importing a community spreadsheet would do, writing nothing (see `preview_partner_import`).
#[tauri::command]
pub async fn preview_community_import(
    db: State<'_, Db>,
    path: std::path::PathBuf,
    mapping: Option<locallift::model::ContactMapping>,
) -> ApiResult<locallift::import::contacts::PartnerImportReport> {
    db.read(move |s| locallift::import::contacts::preview_communities(s, &path, mapping)).await
}

/// Imports a community spreadsheet all or nothing (the valid rows only with `skip_invalid`); undone with
/// `undo_partner_import`.
#[tauri::command]
pub async fn run_community_import(
    db: State<'_, Db>,
    path: std::path::PathBuf,
    mapping: Option<locallift::model::ContactMapping>,
    skip_invalid: bool,
) -> ApiResult<locallift::import::contacts::PartnerImportReport> {
    db.run_long(move |s| locallift::import::contacts::import_communities(s, &path, mapping, skip_invalid)).await
}
