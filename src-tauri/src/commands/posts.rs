//! Commands for a campaign partner's posts: one core call each.

use std::path::PathBuf;

use locallift::import::post_line::PostLine;
use locallift::import::posts::{self, PostImportReport};
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

/// What importing a platform's posts export would do, writing nothing. `partner` takes the posts of a file
/// that names no account (YouTube's) or one no partner has.
#[tauri::command]
pub async fn preview_posts_import(
    db: State<'_, Db>,
    path: PathBuf,
    partner: Option<i64>,
) -> ApiResult<PostImportReport> {
    db.read(move |s| posts::preview_posts(s, &path, partner)).await
}

/// Imports a platform's posts export all or nothing (the valid rows only with `skip_invalid`).
#[tauri::command]
pub async fn run_posts_import(
    db: State<'_, Db>,
    path: PathBuf,
    partner: Option<i64>,
    skip_invalid: bool,
) -> ApiResult<PostImportReport> {
    db.run_long(move |s| posts::import_posts(s, &path, partner, skip_invalid)).await
}

/// A post's link and numbers read from one pasted line ("https://… reach 4,100 · 310 likes · 22 comments").
#[tauri::command]
pub async fn read_post_line(text: String) -> ApiResult<PostLine> {
    Ok(locallift::import::post_line::read(&text))
}
