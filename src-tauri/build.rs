//! Declares the app's own commands so each gets an `allow-…` permission, and only those granted in
//! `capabilities/` can be called from the webview.

/// Every IPC command of the app; `ui/src/lib/api.ts` must call exactly these (a UI test checks).
const COMMANDS: &[&str] = &[
    "app_status",
    "open_demo_shop",
    "open_own_shop",
    "get_shop",
    "update_shop",
    "list_holidays",
    "set_holiday",
    "remove_holiday",
    "list_partners",
    "partner_detail",
    "create_partner",
    "update_partner",
    "delete_partner",
    "set_partner_archived",
    "add_account",
    "update_account",
    "delete_account",
    "list_communities",
    "community_detail",
    "create_community",
    "update_community",
    "delete_community",
    "set_community_archived",
    "list_feedback",
    "add_feedback",
    "update_feedback",
    "delete_feedback",
    "list_campaigns",
    "campaign_detail",
    "create_campaign",
    "update_campaign",
    "delete_campaign",
    "set_campaign_cancelled",
    "set_campaign_archived",
    "add_campaign_partner",
    "update_campaign_partner",
    "remove_campaign_partner",
    "list_posts",
    "add_post",
    "update_post",
    "delete_post",
    "import_presets",
    "read_header",
    "preview_import",
    "run_import",
    "cancel_import",
    "list_imports",
    "undo_import",
    "sales_summary",
    "save_import_errors",
    "campaign_results",
    "add_manual_redemption",
    "member_results",
    "dashboard",
];

fn main() {
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {e:#}");
    }
}
