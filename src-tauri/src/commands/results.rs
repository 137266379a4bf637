//! Commands for results, the Dashboard, charts, PDFs and CSV exports: one core call each.

use chrono::NaiveDate;
use locallift::attribution::{CampaignResults, ParticipationResult, RedemptionInput};
use locallift::charts::Theme;
use locallift::dashboard::{Comparison, Dashboard, DashboardCharts};
use locallift::export::ExportKind;
use locallift::pdf::{Paper, PdfKind};
use locallift::report::CampaignCharts;
use tauri::{AppHandle, Runtime, State};

use crate::dialogs::{self, SaveAs};
use crate::error::ApiResult;
use crate::state::Db;

#[tauri::command]
pub async fn campaign_results(db: State<'_, Db>, id: i64) -> ApiResult<CampaignResults> {
    db.read(move |s| s.campaign_results(id)).await
}

#[tauri::command]
pub async fn add_manual_redemption(
    db: State<'_, Db>,
    campaign_partner_id: i64,
    input: RedemptionInput,
) -> ApiResult<i64> {
    db.run(move |s| s.add_manual_redemption(campaign_partner_id, &input)).await
}

/// Results of every campaign a partner (or, with `community`, a community) took part in.
#[tauri::command]
pub async fn member_results(db: State<'_, Db>, id: i64, community: bool) -> ApiResult<Vec<ParticipationResult>> {
    db.read(move |s| s.member_results(id, community)).await
}

/// What partnerships brought between two shop-local days.
#[tauri::command]
pub async fn dashboard(db: State<'_, Db>, from: NaiveDate, to: NaiveDate) -> ApiResult<Dashboard> {
    db.read(move |s| s.dashboard(from, to)).await
}

/// The Dashboard's cards beside the previous period of the same length and the same days a year earlier.
#[tauri::command]
pub async fn dashboard_comparison(db: State<'_, Db>, from: NaiveDate, to: NaiveDate) -> ApiResult<Comparison> {
    db.read(move |s| s.dashboard_comparison(from, to)).await
}

/// Writes a table as CSV (with the byte-order mark Excel needs) where the owner chooses in the native save
/// dialog, which proposes `file_name`. Returns the rows written, or `None` when the owner cancelled.
#[tauri::command]
pub async fn export_csv<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Db>,
    kind: ExportKind,
    title: String,
    file_name: String,
) -> ApiResult<Option<usize>> {
    let ask = SaveAs { title: &title, file_name: &file_name, filter: ("CSV", &["csv"]) };
    let Some(path) = dialogs::choose_save(&app, ask).await? else { return Ok(None) };
    db.run_long(move |s| s.export_csv(kind, &path, true)).await.map(Some)
}

/// The Dashboard's charts as SVG, in the window's theme and the owner's locale.
#[tauri::command]
pub async fn dashboard_charts(
    db: State<'_, Db>,
    from: NaiveDate,
    to: NaiveDate,
    theme: Theme,
) -> ApiResult<DashboardCharts> {
    db.read(move |s| s.dashboard_charts(from, to, theme, None)).await
}

/// A campaign's charts as SVG, in the window's theme and the owner's locale.
#[tauri::command]
pub async fn campaign_charts(db: State<'_, Db>, id: i64, theme: Theme) -> ApiResult<CampaignCharts> {
    db.read(move |s| s.campaign_charts(id, theme, None)).await
}

/// A PDF saved: its file name, and the characters of its text no font could show (boxes on the page).
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PdfSaved {
    pub file_name: String,
    pub missing_characters: Vec<String>,
}

/// Writes a campaign summary, partner report or coupon sheet as PDF where the owner chooses in the native save
/// dialog, which proposes `file_name`. `None` when the owner cancelled.
#[tauri::command]
pub async fn export_pdf<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Db>,
    kind: PdfKind,
    paper: Paper,
    title: String,
    file_name: String,
) -> ApiResult<Option<PdfSaved>> {
    let ask = SaveAs { title: &title, file_name: &file_name, filter: ("PDF", &["pdf"]) };
    let Some(path) = dialogs::choose_save(&app, ask).await? else { return Ok(None) };
    let file_name = dialogs::file_name(&path);
    let missing = db.run_long(move |s| s.export_pdf(kind, paper, None, &path)).await?;
    Ok(Some(PdfSaved { file_name, missing_characters: missing.into_iter().map(String::from).collect() }))
}
