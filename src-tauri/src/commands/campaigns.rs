//! Commands for campaigns and their partners' terms: one core call each.

use locallift::model::{Campaign, CampaignDetail, CampaignInput, CampaignPartner, CampaignPartnerInput, ListQuery};
use tauri::State;

use crate::error::ApiResult;
use crate::state::Db;

#[tauri::command]
pub async fn list_campaigns(db: State<'_, Db>, query: ListQuery) -> ApiResult<Vec<Campaign>> {
    db.with(|s| s.list_campaigns(&query))
}

#[tauri::command]
pub async fn campaign_detail(db: State<'_, Db>, id: i64) -> ApiResult<CampaignDetail> {
    db.with(|s| s.campaign_detail(id))
}

#[tauri::command]
pub async fn create_campaign(db: State<'_, Db>, input: CampaignInput) -> ApiResult<Campaign> {
    db.with(|s| s.create_campaign(&input))
}

#[tauri::command]
pub async fn update_campaign(db: State<'_, Db>, id: i64, input: CampaignInput) -> ApiResult<Campaign> {
    db.with(|s| s.update_campaign(id, &input))
}

#[tauri::command]
pub async fn delete_campaign(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.with(|s| s.delete_campaign(id))
}

#[tauri::command]
pub async fn set_campaign_cancelled(db: State<'_, Db>, id: i64, cancelled: bool) -> ApiResult<Campaign> {
    db.with(|s| s.set_campaign_cancelled(id, cancelled))
}

#[tauri::command]
pub async fn set_campaign_archived(db: State<'_, Db>, id: i64, archived: bool) -> ApiResult<Campaign> {
    db.with(|s| s.set_campaign_archived(id, archived))
}

#[tauri::command]
pub async fn add_campaign_partner(
    db: State<'_, Db>,
    campaign_id: i64,
    input: CampaignPartnerInput,
) -> ApiResult<CampaignPartner> {
    db.with(|s| s.add_campaign_partner(campaign_id, &input))
}

#[tauri::command]
pub async fn update_campaign_partner(
    db: State<'_, Db>,
    id: i64,
    input: CampaignPartnerInput,
) -> ApiResult<CampaignPartner> {
    db.with(|s| s.update_campaign_partner(id, &input))
}

#[tauri::command]
pub async fn remove_campaign_partner(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.with(|s| s.remove_campaign_partner(id))
}
