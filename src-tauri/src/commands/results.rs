//! Commands for results, the Dashboard, charts, PDFs and CSV exports: one core call each.

use std::path::PathBuf;

use chrono::NaiveDate;
use locallift::attribution::{CampaignResults, ParticipationResult, RedemptionInput};
use locallift::charts::Theme;
use locallift::dashboard::{Dashboard, DashboardCharts};
use locallift::export::ExportKind;
use locallift::pdf::{Paper, PdfKind};
use locallift::report::CampaignCharts;
use tauri::State;

use crate::error::ApiResult;
use crate::state::Db;

#[tauri::command]
pub async fn campaign_results(db: State<'_, Db>, id: i64) -> ApiResult<CampaignResults> {
    db.run(move |s| s.campaign_results(id)).await
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
    db.run(move |s| s.member_results(id, community)).await
}

/// What partnerships brought between two shop-local days.
#[tauri::command]
pub async fn dashboard(db: State<'_, Db>, from: NaiveDate, to: NaiveDate) -> ApiResult<Dashboard> {
    db.run(move |s| s.dashboard(from, to)).await
}

/// Writes a table as CSV (with the byte-order mark Excel needs) where the owner chose in the save dialog.
#[tauri::command]
pub async fn export_csv(db: State<'_, Db>, kind: ExportKind, path: PathBuf) -> ApiResult<usize> {
    db.run(move |s| s.export_csv(kind, &path, true)).await
}

/// The Dashboard's charts as SVG, in the window's theme and locale.
#[tauri::command]
pub async fn dashboard_charts(
    db: State<'_, Db>,
    from: NaiveDate,
    to: NaiveDate,
    theme: Theme,
    locale: Option<String>,
) -> ApiResult<DashboardCharts> {
    db.run(move |s| s.dashboard_charts(from, to, theme, locale.as_deref())).await
}

/// A campaign's charts as SVG, in the window's theme and locale.
#[tauri::command]
pub async fn campaign_charts(
    db: State<'_, Db>,
    id: i64,
    theme: Theme,
    locale: Option<String>,
) -> ApiResult<CampaignCharts> {
    db.run(move |s| s.campaign_charts(id, theme, locale.as_deref())).await
}

/// Writes a campaign summary, partner report or coupon sheet as PDF where the owner chose in the save dialog.
#[tauri::command]
pub async fn export_pdf(
    db: State<'_, Db>,
    kind: PdfKind,
    paper: Paper,
    locale: Option<String>,
    path: PathBuf,
) -> ApiResult<()> {
    db.run(move |s| s.export_pdf(kind, paper, locale.as_deref(), &path)).await
}
