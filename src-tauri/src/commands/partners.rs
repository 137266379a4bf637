//! Commands for partners and their accounts, and for bringing them in from a spreadsheet: one core call each.

use std::path::PathBuf;

use locallift::fit::FitScore;
use locallift::import::contacts::{self, PartnerImportReport};
use locallift::model::{
    ContactImport, ContactMapping, ListQuery, Partner, PartnerDetail, PartnerInput, PartnerRow, SocialAccount,
    SocialAccountInput,
};
use tauri::State;

use crate::error::ApiResult;
use crate::state::Db;

#[tauri::command]
pub async fn list_partners(db: State<'_, Db>, query: ListQuery) -> ApiResult<Vec<PartnerRow>> {
    db.read(move |s| s.list_partners(&query)).await
}

#[tauri::command]
pub async fn partner_detail(db: State<'_, Db>, id: i64) -> ApiResult<PartnerDetail> {
    db.read(move |s| s.partner_detail(id)).await
}

#[tauri::command]
pub async fn create_partner(
    db: State<'_, Db>,
    input: PartnerInput,
    accounts: Vec<SocialAccountInput>,
) -> ApiResult<Partner> {
    db.run(move |s| s.create_partner(&input, &accounts)).await
}

#[tauri::command]
pub async fn update_partner(db: State<'_, Db>, id: i64, input: PartnerInput) -> ApiResult<Partner> {
    db.run(move |s| s.update_partner(id, &input)).await
}

#[tauri::command]
pub async fn delete_partner(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.run(move |s| s.delete_partner(id)).await
}

#[tauri::command]
pub async fn set_partner_archived(db: State<'_, Db>, id: i64, archived: bool) -> ApiResult<Partner> {
    db.run(move |s| s.set_partner_archived(id, archived)).await
}

#[tauri::command]
pub async fn add_account(db: State<'_, Db>, partner_id: i64, input: SocialAccountInput) -> ApiResult<SocialAccount> {
    db.run(move |s| s.add_account(partner_id, &input)).await
}

#[tauri::command]
pub async fn update_account(db: State<'_, Db>, id: i64, input: SocialAccountInput) -> ApiResult<SocialAccount> {
    db.run(move |s| s.update_account(id, &input)).await
}

#[tauri::command]
pub async fn delete_account(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.run(move |s| s.delete_account(id)).await
}

#[tauri::command]
pub async fn partner_fit(db: State<'_, Db>, id: i64) -> ApiResult<FitScore> {
    db.read(move |s| s.partner_fit(id)).await
}

/// What importing a partner spreadsheet would do (its columns, the mapping used, new and updated partners,
/// problems by line), writing nothing. `mapping` is the owner's; without it the saved or suggested one.
#[tauri::command]
pub async fn preview_partner_import(
    db: State<'_, Db>,
    path: PathBuf,
    mapping: Option<ContactMapping>,
) -> ApiResult<PartnerImportReport> {
    db.read(move |s| contacts::preview_partners(s, &path, mapping)).await
}

/// Imports a partner spreadsheet all or nothing (the valid rows only with `skip_invalid`).
#[tauri::command]
pub async fn run_partner_import(
    db: State<'_, Db>,
    path: PathBuf,
    mapping: Option<ContactMapping>,
    skip_invalid: bool,
) -> ApiResult<PartnerImportReport> {
    db.run_long(move |s| contacts::import_partners(s, &path, mapping, skip_invalid)).await
}

#[tauri::command]
pub async fn list_partner_imports(db: State<'_, Db>) -> ApiResult<Vec<ContactImport>> {
    db.read(move |s| s.list_contact_imports()).await
}

#[tauri::command]
pub async fn undo_partner_import(db: State<'_, Db>, id: i64) -> ApiResult<ContactImport> {
    db.run(move |s| s.undo_contact_import(id)).await
}
