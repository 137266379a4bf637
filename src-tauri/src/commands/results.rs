use locallift::attribution::{CampaignResults, RedemptionInput};
use tauri::State;

use crate::error::ApiResult;
use crate::state::Db;

#[tauri::command]
pub async fn campaign_results(db: State<'_, Db>, id: i64) -> ApiResult<CampaignResults> {
    db.with(|s| s.campaign_results(id))
}

#[tauri::command]
pub async fn add_manual_redemption(db: State<'_, Db>, campaign_partner_id: i64, input: RedemptionInput) -> ApiResult<i64> {
    db.with(|s| s.add_manual_redemption(campaign_partner_id, &input))
}
