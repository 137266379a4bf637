//! Commands for running partnerships: leaked-code signals, deliverables, payments and the ledger. One core
//! call each.

use chrono::NaiveDate;
use locallift::leaks::LeakSignal;
use locallift::ledger::Ledger;
use locallift::model::{AgreementRecord, Deliverable, DeliverableInput};
use locallift::store::DeliverableQuery;
use locallift::store::leaks::LeakOrder;
use locallift::store::ledger::{Payment, PaymentInput};
use tauri::State;

use crate::error::ApiResult;
use crate::state::Db;

/// Every sign that a partner's code leaked, newest first.
#[tauri::command]
pub async fn leak_signals(db: State<'_, Db>) -> ApiResult<Vec<LeakSignal>> {
    db.read(|s| s.leak_signals()).await
}

/// The orders that used `code` from `from` to `to` (shop-local days): the orders behind a signal.
#[tauri::command]
pub async fn leak_orders(db: State<'_, Db>, code: String, from: NaiveDate, to: NaiveDate) -> ApiResult<Vec<LeakOrder>> {
    db.read(move |s| s.leak_orders(&code, from, to)).await
}

/// Marks a campaign partner's code as leaked from a day (`None`: takes the mark off).
#[tauri::command]
pub async fn mark_code_leaked(
    db: State<'_, Db>,
    campaign_partner_id: i64,
    code: String,
    from: Option<NaiveDate>,
) -> ApiResult<()> {
    db.run(move |s| s.mark_code_leaked(campaign_partner_id, &code, from)).await
}

#[tauri::command]
pub async fn list_deliverables(db: State<'_, Db>, query: DeliverableQuery) -> ApiResult<Vec<Deliverable>> {
    db.read(move |s| s.deliverables(&query)).await
}

/// Deliverables not done, due within the week or overdue (the Dashboard's list).
#[tauri::command]
pub async fn deliverables_due(db: State<'_, Db>) -> ApiResult<Vec<Deliverable>> {
    db.read(|s| s.deliverables_due()).await
}

#[tauri::command]
pub async fn add_deliverable(
    db: State<'_, Db>,
    campaign_partner_id: i64,
    input: DeliverableInput,
) -> ApiResult<Deliverable> {
    db.run(move |s| s.add_deliverable(campaign_partner_id, &input)).await
}

#[tauri::command]
pub async fn update_deliverable(db: State<'_, Db>, id: i64, input: DeliverableInput) -> ApiResult<Deliverable> {
    db.run(move |s| s.update_deliverable(id, &input)).await
}

/// Marks a deliverable done on a day, or open again (`None`).
#[tauri::command]
pub async fn set_deliverable_done(db: State<'_, Db>, id: i64, done: Option<NaiveDate>) -> ApiResult<Deliverable> {
    db.run(move |s| s.set_deliverable_done(id, done)).await
}

/// Links one of the campaign partner's posts to the deliverable it delivered.
#[tauri::command]
pub async fn link_deliverable_post(db: State<'_, Db>, id: i64, post_id: i64) -> ApiResult<Deliverable> {
    db.run(move |s| s.link_deliverable_post(id, post_id)).await
}

#[tauri::command]
pub async fn delete_deliverable(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.run(move |s| s.delete_deliverable(id)).await
}

/// How a partner kept their agreements over every campaign.
#[tauri::command]
pub async fn agreement_record(db: State<'_, Db>, partner_id: i64) -> ApiResult<AgreementRecord> {
    db.read(move |s| s.agreement_record(partner_id)).await
}

/// A partner's ledger from `from` to `to` (both optional: all time).
#[tauri::command]
pub async fn partner_ledger(
    db: State<'_, Db>,
    partner_id: i64,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> ApiResult<Ledger> {
    db.read(move |s| s.partner_ledger(partner_id, from, to)).await
}

#[tauri::command]
pub async fn add_payment(db: State<'_, Db>, input: PaymentInput) -> ApiResult<Payment> {
    db.run(move |s| s.add_payment(&input)).await
}

#[tauri::command]
pub async fn delete_payment(db: State<'_, Db>, id: i64) -> ApiResult<()> {
    db.run(move |s| s.delete_payment(id)).await
}
