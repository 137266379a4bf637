//! Commands for a campaign partner's posts: one core call each.

use locallift::model::{ListQuery, Post, PostInput, PostRow};
use tauri::State;

use crate::error::ApiResult;
use crate::state::Db;

#[tauri::command]
pub async fn list_posts(db: State<'_, Db>, query: ListQuery) -> ApiResult<Vec<PostRow>> {
    db.read(move |s| s.list_posts(&query)).await
}

#[tauri::command]
pub async fn add_post(db: State<'_, Db>, campaign_partner_id: i64, input: PostInput) -> ApiResult<Post> {
    db.run(move |s| s.add_post(campaign_partner_id, &input)).await
}

#[tauri::command]
pub async fn update_post(db: State<'_, Db>, id: i64, input: PostInput) -> ApiResult<Post> {
    db.run(move |s| s.update_post(id, &input)).await
}

#[tauri::command]
pub async fn delete_post(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.run(move |s| s.delete_post(id)).await
}
