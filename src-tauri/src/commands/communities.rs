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
