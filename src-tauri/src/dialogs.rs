//! The native file dialogs, shown from Rust. Every path the app writes to (a PDF, a CSV, a copy of the shop,
//! a list of import problems) or opens a shop from is the owner's answer to one of these: the webview asks
//! for "save the summary", never sends a path to write. (Sales files to import are read-only and may come
//! from the webview's open dialog or a drop on the window.)

use std::path::PathBuf;

use locallift::error::ErrorKind;
use locallift::msg;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::error::{ApiError, ApiResult};

/// What a save dialog proposes: its title, a file name, and the one kind of file it saves.
pub struct SaveAs<'a> {
    pub title: &'a str,
    pub file_name: &'a str,
    /// The filter's name and extensions, e.g. `("PDF", &["pdf"])`.
    pub filter: (&'a str, &'a [&'a str]),
}

/// Shows the native save dialog over the main window and waits for the owner's answer, on a blocking
/// thread (never the async runtime's or the window's). `None` when the owner cancelled.
///
/// # Errors
/// [`ErrorKind::Internal`] when the dialog's thread stopped or its answer is not a file path.
pub async fn choose_save<R: Runtime>(app: &AppHandle<R>, ask: SaveAs<'_>) -> ApiResult<Option<PathBuf>> {
    let mut dialog = app.dialog().file().set_title(ask.title).set_file_name(ask.file_name);
    dialog = dialog.add_filter(ask.filter.0, ask.filter.1);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await.map_err(stopped)?;
    picked.map(|p| p.into_path().map_err(not_a_path)).transpose()
}

/// Shows the native open dialog for one file of the kind `filter` names. `None` when the owner cancelled.
///
/// # Errors
/// [`ErrorKind::Internal`] when the dialog's thread stopped or its answer is not a file path.
pub async fn choose_open<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    filter: (&str, &[&str]),
) -> ApiResult<Option<PathBuf>> {
    let mut dialog = app.dialog().file().set_title(title).add_filter(filter.0, filter.1);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file()).await.map_err(stopped)?;
    picked.map(|p| p.into_path().map_err(not_a_path)).transpose()
}

/// The file name of a chosen path, for "Saved …" messages (the webview is never told where).
pub fn file_name(path: &std::path::Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn stopped(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorKind::Internal, msg!("app-error-dialog-stopped", detail = e.to_string()))
}

fn not_a_path(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorKind::Internal, msg!("app-error-dialog-no-file", detail = e.to_string()))
}
