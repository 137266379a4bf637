//! Commands for campaigns and their partners' terms: one core call each.

use locallift::model::{Campaign, CampaignDetail, CampaignInput, CampaignPartner, CampaignPartnerInput, ListQuery};
use tauri::State;

use crate::error::ApiResult;
use crate::state::Db;

#[tauri::command]
pub async fn list_campaigns(db: State<'_, Db>, query: ListQuery) -> ApiResult<Vec<Campaign>> {
    db.read(move |s| s.list_campaigns(&query)).await
}

#[tauri::command]
pub async fn campaign_detail(db: State<'_, Db>, id: i64) -> ApiResult<CampaignDetail> {
    db.read(move |s| s.campaign_detail(id)).await
}

#[tauri::command]
pub async fn create_campaign(db: State<'_, Db>, input: CampaignInput) -> ApiResult<Campaign> {
    db.run(move |s| s.create_campaign(&input)).await
}

#[tauri::command]
pub async fn update_campaign(db: State<'_, Db>, id: i64, input: CampaignInput) -> ApiResult<Campaign> {
    db.run(move |s| s.update_campaign(id, &input)).await
}

#[tauri::command]
pub async fn delete_campaign(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.run(move |s| s.delete_campaign(id)).await
}

#[tauri::command]
pub async fn set_campaign_cancelled(db: State<'_, Db>, id: i64, cancelled: bool) -> ApiResult<Campaign> {
    db.run(move |s| s.set_campaign_cancelled(id, cancelled)).await
}

#[tauri::command]
pub async fn set_campaign_archived(db: State<'_, Db>, id: i64, archived: bool) -> ApiResult<Campaign> {
    db.run(move |s| s.set_campaign_archived(id, archived)).await
}

#[tauri::command]
pub async fn add_campaign_partner(
    db: State<'_, Db>,
    campaign_id: i64,
    input: CampaignPartnerInput,
) -> ApiResult<CampaignPartner> {
    db.run(move |s| s.add_campaign_partner(campaign_id, &input)).await
}

#[tauri::command]
pub async fn update_campaign_partner(
    db: State<'_, Db>,
    id: i64,
    input: CampaignPartnerInput,
) -> ApiResult<CampaignPartner> {
    db.run(move |s| s.update_campaign_partner(id, &input)).await
}

#[tauri::command]
pub async fn remove_campaign_partner(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.run(move |s| s.remove_campaign_partner(id)).await
}
