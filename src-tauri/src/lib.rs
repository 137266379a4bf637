//! LocalLift's Tauri shell: opens the shop file, registers the IPC commands and starts the window.
//! All behaviour lives in the `locallift` core; see `commands/` for the one-call-each mapping.

mod commands;
mod dialogs;
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
    let store = open_waiting(&path);
    (path, store)
}

/// Opens the shop file, waiting up to 3 seconds while another LocalLift holds it: a window just closed may
/// still be letting go of it (reopening right after quitting). After that, the "already open" screen.
fn open_waiting(path: &std::path::Path) -> locallift::Result<Store> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    loop {
        match Store::open(path) {
            Err(locallift::Error::Locked { .. }) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            opened => return opened,
        }
    }
}

/// The app on any Tauri runtime (the real window, or the mock runtime of the tests): the dialog plugin,
/// the open shop file, the import's cancel switch and every command.
///
/// Long because the handler list names every command, one per line (`tests/contract.rs` checks it).
#[expect(clippy::too_many_lines, reason = "the handler list names every command, one per line")]
pub fn app<R: tauri::Runtime>(builder: tauri::Builder<R>, db: Db) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(db)
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
            commands::partners::preview_partner_import,
            commands::partners::run_partner_import,
            commands::partners::list_partner_imports,
            commands::partners::undo_partner_import,
            commands::communities::preview_community_import,
            commands::communities::run_community_import,
            commands::posts::preview_posts_import,
            commands::posts::run_posts_import,
            commands::posts::read_post_line,
            commands::app::first_steps,
            commands::app::dismiss_first_steps,
            commands::import::sales_overview,
            commands::import::save_import_errors,
            commands::import::survey_answers,
            commands::import::read_survey_answer,
            commands::import::forget_survey_answer,
            commands::results::campaign_results,
            commands::results::add_manual_redemption,
            commands::results::member_results,
            commands::results::dashboard,
            commands::results::dashboard_comparison,
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
            commands::partnership::leak_signals,
            commands::partnership::leak_orders,
            commands::partnership::mark_code_leaked,
            commands::partnership::list_deliverables,
            commands::partnership::deliverables_due,
            commands::partnership::add_deliverable,
            commands::partnership::update_deliverable,
            commands::partnership::set_deliverable_done,
            commands::partnership::link_deliverable_post,
            commands::partnership::delete_deliverable,
            commands::partnership::agreement_record,
            commands::partnership::partner_ledger,
            commands::partnership::add_payment,
            commands::partnership::delete_payment,
        ])
}

pub fn run() {
    let (path, store) = open_from_args(std::env::args().skip(1));
    let result = app(tauri::Builder::default(), Db::new(path, store)).run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("LocalLift could not start its window: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use tauri::test::{INVOKE_KEY, get_ipc_response, mock_builder};
    use tauri::webview::InvokeRequest;

    use super::*;

    fn invoke(cmd: &str, body: serde_json::Value) -> InvokeRequest {
        InvokeRequest {
            cmd: cmd.into(),
            callback: tauri::ipc::CallbackFn(0),
            error: tauri::ipc::CallbackFn(1),
            url: "tauri://localhost".parse().expect("url"),
            body: tauri::ipc::InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        }
    }

    /// The shell on Tauri's mock runtime: commands answer over IPC with the core's data, and an error comes
    /// back as the typed shape the window reads.
    #[test]
    fn commands_answer_over_ipc_on_the_mock_runtime() {
        let dir = std::env::temp_dir().join(format!("locallift-mock-{}", std::process::id()));
        let path = dir.join("shop.sqlite");
        let db = Db::new(path.clone(), Store::open(&path));
        let app = app(mock_builder(), db).build(tauri::generate_context!(test = true)).expect("the app builds");
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("a window");
        let status = get_ipc_response(&webview, invoke("app_status", serde_json::json!({}))).expect("app_status");
        let status: serde_json::Value = status.deserialize().expect("json");
        assert_eq!(status["path"], serde_json::json!(path.display().to_string()));
        assert!(status["error"].is_null(), "{status}");
        let refused = get_ipc_response(&webview, invoke("campaign_detail", serde_json::json!({ "id": 404 })))
            .expect_err("no campaign 404");
        assert_eq!(refused["kind"], serde_json::json!("not_found"), "{refused}");
        drop(app);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
