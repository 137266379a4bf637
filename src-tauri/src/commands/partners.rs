//! Commands for partners and their accounts: one core call each.

use locallift::fit::FitScore;
use locallift::model::{
    ListQuery, Partner, PartnerDetail, PartnerInput, PartnerRow, SocialAccount, SocialAccountInput,
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
