//! LocalLift's Tauri shell: opens the shop file, registers the IPC commands and starts the window.
//! All behaviour lives in the `locallift` core; see `commands/` for the one-call-each mapping.

mod commands;
mod error;
mod state;

use std::path::PathBuf;

use locallift::Store;

pub use error::ApiError;
pub use state::{AppStatus, Db};

/// Which shop file to open, from the command line: `--demo` (the demo shop, generated on first use),
/// `--db PATH`, or the owner's own file (also `$LOCALLIFT_DB`).
fn open_from_args(args: impl Iterator<Item = String>) -> (PathBuf, locallift::Result<Store>) {
    let args: Vec<String> = args.collect();
    if args.iter().any(|a| a == "--demo") {
        let path = Store::demo_path();
        let store = locallift::demo::open(&path);
        return (path, store);
    }
    let path =
        args.windows(2).find(|w| w[0] == "--db").map(|w| PathBuf::from(&w[1])).unwrap_or_else(Store::default_path);
    let store = Store::open(&path);
    (path, store)
}

pub fn run() {
    let (path, store) = open_from_args(std::env::args().skip(1));
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(Db::new(path, store))
        .manage(commands::import::ImportJob::default())
        .invoke_handler(tauri::generate_handler![
            commands::app::app_status,
            commands::app::open_demo_shop,
            commands::app::open_own_shop,
            commands::app::get_shop,
            commands::app::update_shop,
            commands::app::list_holidays,
            commands::app::set_holiday,
            commands::app::remove_holiday,
            commands::app::get_analysis_settings,
            commands::app::update_analysis_settings,
            commands::app::list_backups,
            commands::app::make_backup,
            commands::app::restore_backup,
            commands::app::export_database,
            commands::app::backups_of_current,
            commands::app::restore_damaged,
            commands::partners::list_partners,
            commands::partners::partner_detail,
            commands::partners::partner_fit,
            commands::partners::create_partner,
            commands::partners::update_partner,
            commands::partners::delete_partner,
            commands::partners::set_partner_archived,
            commands::partners::add_account,
            commands::partners::update_account,
            commands::partners::delete_account,
            commands::communities::list_communities,
            commands::communities::community_detail,
            commands::communities::create_community,
            commands::communities::update_community,
            commands::communities::delete_community,
            commands::communities::set_community_archived,
            commands::communities::list_feedback,
            commands::communities::add_feedback,
            commands::communities::update_feedback,
            commands::communities::delete_feedback,
            commands::campaigns::list_campaigns,
            commands::campaigns::campaign_detail,
            commands::campaigns::create_campaign,
            commands::campaigns::update_campaign,
            commands::campaigns::delete_campaign,
            commands::campaigns::set_campaign_cancelled,
            commands::campaigns::set_campaign_archived,
            commands::campaigns::add_campaign_partner,
            commands::campaigns::update_campaign_partner,
            commands::campaigns::remove_campaign_partner,
            commands::posts::list_posts,
            commands::posts::add_post,
            commands::posts::update_post,
            commands::posts::delete_post,
            commands::import::import_presets,
            commands::import::read_header,
            commands::import::preview_import,
            commands::import::run_import,
            commands::import::cancel_import,
            commands::import::list_imports,
            commands::import::undo_import,
            commands::import::sales_summary,
            commands::import::save_import_errors,
            commands::results::campaign_results,
            commands::results::add_manual_redemption,
            commands::results::member_results,
            commands::results::dashboard,
            commands::results::dashboard_charts,
            commands::results::export_csv,
            commands::results::campaign_charts,
            commands::results::export_pdf,
            commands::app::check_current_file,
            commands::app::integrity_check,
            commands::app::get_backups_kept,
            commands::app::set_backups_kept,
            commands::app::open_shop_file,
            commands::app::quit_app,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("LocalLift could not start its window: {e}");
        std::process::exit(1);
    }
}
