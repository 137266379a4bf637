//! `locallift`: the core without a window, for scripting, power users and benchmarks. Every subcommand is
//! one call into the library; errors go to stderr with a non-zero exit code.
//!
//! What it prints for a person comes from `locales/<language>/cli.ftl` (and the core's catalogues), in the
//! shop's language once its file is open, else the computer's; JSON, file names and ids stay as they are.
//! The `--help` texts and clap's own usage errors stay English: they are clap's, written from the doc
//! comments below, before any shop file is open.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use std::sync::atomic::AtomicBool;

use locallift::i18n::{Arg, Message, Words};
use locallift::import::date_order::DateOrderSource;
use locallift::import::{ImportOptions, import_file};
use locallift::model::{ListQuery, ShopInput};
use locallift::{Error, Store, demo, msg};

/// The allocator of the whole process (why: the workspace's `Cargo.toml`, beside `mimalloc`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The words the CLI writes in: the shop's locale once its file is open, else the operating system's.
static WORDS: std::sync::OnceLock<std::sync::Arc<Words>> = std::sync::OnceLock::new();

fn words() -> std::sync::Arc<Words> {
    WORDS.get().cloned().unwrap_or_else(|| locallift::i18n::words(&locallift::locale::system_locale()))
}

#[derive(Parser)]
#[command(name = "locallift", version, about = "LocalLift: local partnerships that pay off, measured")]
struct Cli {
    /// The shop file (default: the app's own, or $LOCALLIFT_DB).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum ExportTable {
    Partners,
    Campaigns,
    /// One campaign's results, by partner (id or name).
    Results {
        campaign: String,
    },
}

#[derive(Subcommand)]
enum HolidayAction {
    /// Mark DAY (YYYY-MM-DD) as NAME.
    Add { day: chrono::NaiveDate, name: String },
    /// Unmark DAY.
    Remove { day: chrono::NaiveDate },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum CompareWith {
    Previous,
    Year,
    Both,
}

#[derive(Subcommand)]
enum PartnerAction {
    /// Bring partners and their accounts in from a spreadsheet (CSV, XLSX, ODS): all rows or none, matched to
    /// the partners you have by handle, email or name, so importing a file again adds nothing.
    Import(SheetImport),
    /// The partner, community and post imports, newest first, as JSON.
    Imports,
    /// Undo the partner, community or post import ID (the latest one not undone).
    Undo { id: i64 },
}

/// A spreadsheet to import (partners or communities) and how.
#[derive(Args)]
struct SheetImport {
    file: PathBuf,
    /// A column mapping as JSON (`{"columns": [{"field": "name"}, null, {"field": "handle", "platform":
    /// "instagram"}]}`, one entry per column); without it the one saved for this header, or one suggested.
    #[arg(long)]
    mapping: Option<PathBuf>,
    /// Import the valid rows of a file with problems (otherwise such a file imports nothing).
    #[arg(long)]
    skip_invalid: bool,
    /// Read and check everything, say what would change, write nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Subcommand)]
enum CommunityAction {
    /// Bring communities in from a spreadsheet (CSV, XLSX, ODS): all rows or none, matched to those you have
    /// by name or link, so importing a file again adds nothing. Undo with `partners undo ID`.
    Import(SheetImport),
}

#[derive(Subcommand)]
enum PostAction {
    /// Import a Meta Business Suite content export, a TikTok Studio content export or a YouTube Studio table:
    /// each post goes to its partner's campaign of that day; a later export updates the numbers.
    Import {
        file: PathBuf,
        /// Whose posts these are (name or id), for an export that names no account (YouTube's) or one no
        /// partner has.
        #[arg(long)]
        partner: Option<String>,
        /// Import the valid rows of a file with problems (otherwise such a file imports nothing).
        #[arg(long)]
        skip_invalid: bool,
        /// Read and check everything, say what would change, write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
enum SurveyAction {
    /// Read ANSWER as naming PARTNER (name or id): its orders without a code count for them ("customer said").
    Map { answer: String, partner: String },
    /// Read ANSWER as naming no partner ("Google", "walked by").
    Ignore { answer: String },
    /// Forget how ANSWER was read.
    Forget { answer: String },
}

#[derive(Subcommand)]
enum LeakAction {
    /// The orders that used CODE from FROM to TO (shop-local days), as JSON.
    Orders { code: String, from: chrono::NaiveDate, to: chrono::NaiveDate },
    /// Mark CODE of a campaign partner as leaked from DAY: its orders from then on are nobody's.
    Mark {
        /// The campaign partner (the `campaign_partner_id` of a signal).
        campaign_partner: i64,
        code: String,
        /// First day (YYYY-MM-DD) whose orders are not the partner's.
        #[arg(long)]
        from: chrono::NaiveDate,
    },
    /// Take the leaked mark off CODE of a campaign partner.
    Unmark { campaign_partner: i64, code: String },
}

#[derive(Subcommand)]
enum DeliverableAction {
    /// What PARTNER agreed to deliver in CAMPAIGN by DUE: post, story, reel, video, event, market_table, other.
    Add {
        campaign: String,
        partner: String,
        kind: String,
        /// The last day (YYYY-MM-DD).
        due: chrono::NaiveDate,
        #[arg(long, default_value = "")]
        description: String,
    },
    /// Mark deliverable ID done (today unless --day).
    Done {
        id: i64,
        #[arg(long)]
        day: Option<chrono::NaiveDate>,
    },
    /// Mark deliverable ID not done (unlinks its post).
    Reopen { id: i64 },
    /// Delete deliverable ID.
    Delete { id: i64 },
}

#[derive(Subcommand)]
enum PaymentAction {
    /// PARTNER's payments (id or name), as JSON.
    List { partner: String },
    /// Record a payment to PARTNER of AMOUNT (as the shop's locale writes it: 120.50, 120,50).
    Add {
        partner: String,
        amount: String,
        /// The day it was paid (default: today).
        #[arg(long)]
        day: Option<chrono::NaiveDate>,
        /// Bank transfer, PayPal, cash…
        #[arg(long, default_value = "")]
        method: String,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Delete payment ID (recorded by mistake).
    Delete { id: i64 },
    /// PARTNER's statement for a period (all time without --from/--to): JSON, or --csv / --pdf files.
    Statement {
        partner: String,
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
        /// a4 or letter (default: from the shop's locale).
        #[arg(long)]
        paper: Option<String>,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Run the lift estimator's simulation study (no shop file needed): coverage of the 95% interval,
    /// bias and false-positive rate on synthetic shops with a known uplift.
    LiftStudy {
        /// Synthetic shops (the scenarios 0%, 5% and 20% uplift take turns).
        #[arg(long, default_value_t = 3000)]
        shops: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        json: bool,
        /// Study the weekday-levels-only model (no trend) instead.
        #[arg(long)]
        no_trend: bool,
    },
    /// Fill an empty shop file with the generated demo shop (default file: the app's demo shop).
    Demo,
    /// Write a table as CSV for a spreadsheet: partners, campaigns, or a campaign's results.
    Export {
        #[command(subcommand)]
        table: ExportTable,
        /// The file to write.
        #[arg(long, global = true, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Leave out the UTF-8 byte-order mark (Excel needs it to read accents; other tools may not want it).
        #[arg(long, global = true)]
        no_bom: bool,
    },
    /// A campaign's PDF: the summary (default), one partner's report (--partner), or the coupon sheet
    /// (--coupons).
    Report {
        /// Campaign id or name.
        campaign: String,
        /// The PDF file to write.
        #[arg(long, value_name = "FILE")]
        pdf: PathBuf,
        /// a4 or letter (default: from the shop's locale).
        #[arg(long, value_parser = ["a4", "letter"])]
        paper: Option<String>,
        /// The report to send this partner (name), instead of the summary.
        #[arg(long, conflicts_with = "coupons")]
        partner: Option<String>,
        /// The in-store coupon sheet: every code as text and QR code.
        #[arg(long)]
        coupons: bool,
    },
    /// Take a backup now (into backups/ beside the shop file), or with --out a copy of the whole file.
    Backup {
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// List the backups of the shop file.
    Backups,
    /// Replace the shop's data with a backup's (the current state is backed up first).
    Restore { file: PathBuf },
    /// List, mark or unmark unusual days (holidays), which the lift baseline leaves out.
    Holidays {
        #[command(subcommand)]
        action: Option<HolidayAction>,
    },
    /// Show or change the shop's settings.
    Shop {
        #[command(subcommand)]
        action: ShopAction,
    },
    /// List partners as JSON, each with their social accounts; or import them from a spreadsheet.
    Partners {
        /// Only those whose name, handle, city, niche or notes contain this text.
        #[arg(long)]
        search: Option<String>,
        #[command(subcommand)]
        action: Option<PartnerAction>,
    },
    /// List communities as JSON; or import them from a spreadsheet.
    Communities {
        #[command(subcommand)]
        action: Option<CommunityAction>,
    },
    /// Bring a partner's posts and their numbers in from a platform's export.
    Posts {
        #[command(subcommand)]
        action: PostAction,
    },
    /// "How did you hear about us?": the answers orders gave, and which partner each names.
    Survey {
        #[command(subcommand)]
        action: Option<SurveyAction>,
    },
    /// List campaigns as JSON.
    Campaigns,
    /// Import a sales export (Shopify, …): all or nothing, and a second import of the same orders adds nothing.
    Import {
        file: PathBuf,
        /// Force a preset instead of detecting it from the header (shopify).
        #[arg(long)]
        preset: Option<String>,
        /// Import the valid orders even when some rows are broken (they are listed on stderr).
        #[arg(long)]
        skip_invalid: bool,
        /// Read and check the file, write nothing.
        #[arg(long)]
        dry_run: bool,
        /// For a CSV no preset knows (a till's export, a spreadsheet): which column holds what, as one JSON
        /// object of header names. Required: order_id, placed_at, date_order, gross; the rest may be left out.
        ///
        ///   {"order_id": "Receipt No",     the order's id (rows of one order share it)
        ///    "placed_at": "Sold At",       date or date and time
        ///    "date_order": "dmy",          ymd (2024-03-05), mdy (03/05/2024) or dmy (05/03/2024)
        ///    "gross": "Total",             goods before discounts (or the order total)
        ///    "discount": "Discount", "refund": "Refunded", "shipping": "Shipping", "tax": "Tax",
        ///    "total": "Order total",       goods + shipping + tax: tells prices that include tax
        ///    "code": "Coupon",             promo code(s)
        ///    "customer": "Customer email", "channel": "Till", "location": "Shop", "currency": "Currency",
        ///    "item_name": "Item", "quantity": "Qty",
        ///    "status": "Status",           paid, pending, cancelled, refunded… (without it: all sales)
        ///    "refund_of": "Original",      a negative row refunds the order this column names
        ///    "decimal_comma": true,        amounts written 12,50
        ///    "amounts_per_row": false}     true: each row is one item, added up into its order
        ///
        /// Example: tests/fixtures/generic/till.csv with tests/fixtures/generic/till-mapping.json.
        #[arg(long, value_name = "MAPPING.json", verbatim_doc_comment)]
        mapping: Option<PathBuf>,
        /// How the file writes its dates, when no date in it can tell (every day a 12th or earlier):
        /// dmy (31/12/2024) or mdy (12/31/2024). A file whose dates can tell is read its own way.
        #[arg(long, value_name = "dmy|mdy", value_parser = parse_date_order)]
        date_order: Option<locallift::import::DateOrder>,
        /// Whether the shop's prices include tax (VAT), for orders whose file cannot tell.
        #[arg(long, value_name = "true|false")]
        prices_include_tax: Option<bool>,
    },
    /// Orders, net revenue and totals per discount code.
    Summary {
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// The Dashboard of a period (shop-local days), as JSON: its figures, leaderboard, tiers, what needs a
    /// look, and, with --compare, the cards beside the previous period and the same days a year earlier.
    Dashboard {
        /// First day (YYYY-MM-DD).
        #[arg(long)]
        from: chrono::NaiveDate,
        /// Last day (YYYY-MM-DD).
        #[arg(long)]
        to: chrono::NaiveDate,
        /// Print the cards beside an earlier period instead of the whole Dashboard: `previous` (the period
        /// of the same length just before), `year` (the same days a year earlier), or both when no value.
        #[arg(long, num_args = 0..=1, default_missing_value = "both", value_name = "previous|year")]
        compare: Option<CompareWith>,
        /// JSON (the only output; accepted for scripts that say so).
        #[arg(long)]
        json: bool,
    },
    /// What partners agreed to deliver, by due day, with where each stands (planned, due, done, missed).
    Deliverables {
        #[command(subcommand)]
        action: Option<DeliverableAction>,
        /// Only those due within the week or overdue (the Dashboard's list).
        #[arg(long)]
        due: bool,
        /// One campaign's (id or name).
        #[arg(long)]
        campaign: Option<String>,
        /// JSON instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Payments to partners and their statements (what became owed, was taken back, was paid).
    Payments {
        #[command(subcommand)]
        action: PaymentAction,
    },
    /// Signs that a partner's code leaked (a coupon site), from the sales: used well after its window, a spike
    /// far above its own pattern, a first-order code used by existing customers. Never changes attribution.
    Leaks {
        #[command(subcommand)]
        action: Option<LeakAction>,
        /// JSON (the only output of the list).
        #[arg(long)]
        json: bool,
    },
    /// List imports, newest first.
    Imports,
    /// Create campaigns.
    Campaign {
        #[command(subcommand)]
        action: CampaignAction,
    },
    /// A campaign's results by partner (codes, in-store redemptions), with cost, gross profit and ROI.
    Results {
        /// The campaign's id or name.
        campaign: String,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Undo an import: its new orders are removed and the orders it changed are restored.
    Undo { batch: i64 },
    /// Where the shop file is and what it holds.
    Info,
}

#[derive(Subcommand)]
enum CampaignAction {
    /// Create a campaign (and any partner not yet known, by name) from a JSON file; prints its id.
    ///
    /// The file holds one JSON object (amounts in minor units of the shop's currency, dates YYYY-MM-DD):
    ///
    ///   {"name": "Spring", "start": "2025-03-01", "end": "2025-03-14",
    ///    "window_days": 14,            attribution window after the end, days (default 14)
    ///    "other_costs_minor": 2000,    other costs of the campaign (default 0)
    ///    "partners": [{"name": "Maya Okafor",
    ///                  "codes": ["MAYA15"],       promo codes (default none: measured by sales lift)
    ///                  "fee_minor": 10000,        flat fee (default 0)
    ///                  "gifted_cost_minor": 4000, gifted products at cost (default 0)
    ///                  "commission_pct": 10}]}    commission on attributed net revenue (default 0)
    ///
    /// A partner is found by name (without case); a known partner's name without its accents ("Jorg
    /// Muller" for "Jörg Müller") is refused with the name meant; any other new name creates the partner.
    #[command(verbatim_doc_comment)]
    Create { file: PathBuf },
}

#[derive(Subcommand)]
enum ShopAction {
    /// Print the settings as JSON.
    Show,
    /// Change some settings; the others stay as they are.
    Set {
        #[arg(long)]
        name: Option<String>,
        /// ISO 4217 code, such as USD or EUR.
        #[arg(long)]
        currency: Option<String>,
        /// IANA time zone, such as America/Los_Angeles.
        #[arg(long = "time-zone")]
        time_zone: Option<String>,
        /// Default gross margin in percent.
        #[arg(long)]
        margin: Option<f64>,
        /// The locale money, numbers and dates are written in everywhere (screens, charts, PDFs, this CLI,
        /// CSV exports), such as de-DE or pt-BR; "system" follows the operating system.
        #[arg(long)]
        locale: Option<String>,
        /// What an hour of the owner's time is worth, in the shop's currency (such as 25 or 25.50), counted as
        /// a campaign cost; "none" clears it.
        #[arg(long = "hourly-rate")]
        hourly_rate: Option<String>,
    },
}

fn main() -> ExitCode {
    // Output piped into a program that stops reading (`| head`): end quietly, as command-line tools do,
    // instead of a panic's stack trace.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.contains("Broken pipe") || message.contains("failed printing to stdout") {
            std::process::exit(0);
        }
        default_hook(info);
    }));
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let words = words();
            eprintln!("{}", words.get("cli-error", &[("message", e.message().into())]));
            if let Error::Invalid(fields) = &e {
                for f in fields.iter().skip(1) {
                    eprintln!("{}", words.get("cli-error", &[("message", f.message.clone().into())]));
                }
            }
            ExitCode::FAILURE
        }
    }
}

/// Runs one subcommand against the shop file (`--db`, else the default one, or the demo's for `demo`).
///
/// Long because it is the dispatch table: one short arm per subcommand, each a call into the core and a print.
#[expect(
    clippy::too_many_lines,
    reason = "it is the dispatch table: one short arm per subcommand, each a call into the core and a print"
)]
fn run(cli: Cli) -> Result<(), Error> {
    if let Command::LiftStudy { shops, seed, json, no_trend } = cli.command {
        lift_study(shops, seed, json, no_trend);
        return Ok(());
    }
    let path = match (&cli.command, cli.db) {
        (_, Some(p)) => p,
        (Command::Demo, None) => Store::demo_path(),
        (_, None) => Store::default_path(),
    };
    let mut store = Store::open(&path)?;
    if let Ok(shop) = store.shop() {
        let _ = WORDS.set(locallift::i18n::words(&shop.format.locale));
    }
    match cli.command {
        Command::Demo => {
            let today = store.today()?;
            let s = demo::generate(&mut store, today)?;
            let w = words();
            println!(
                "{}",
                w.get(
                    "cli-demo-written",
                    &[
                        ("path", path.display().to_string().into()),
                        ("partners", msg!("cli-partners", count = s.partners).into()),
                        ("communities", msg!("cli-communities", count = s.communities).into()),
                        ("campaigns", msg!("cli-campaigns", count = s.campaigns).into()),
                        ("posts", msg!("cli-posts", count = s.posts).into()),
                        ("orders", msg!("cli-orders", count = s.orders).into()),
                        ("coded", s.code_orders.into()),
                    ]
                )
            );
        }
        Command::Shop { action: ShopAction::Show } => print_json(&store.shop()?),
        Command::Shop { action: ShopAction::Set { name, currency, time_zone, margin, locale, hourly_rate } } => {
            let current = store.shop()?.settings;
            let had_name = !current.name.trim().is_empty();
            let currency = currency.or(current.currency);
            let locale = match locale.as_deref().map(str::trim) {
                None => current.locale,
                Some(tag) if tag.eq_ignore_ascii_case("system") || tag.is_empty() => None,
                Some(tag) => Some(tag.to_string()),
            };
            let hourly_rate_minor = match hourly_rate.as_deref().map(str::trim) {
                None => current.hourly_rate_minor,
                Some("none" | "") => None,
                Some(text) => Some(amount_minor("hourly_rate_minor", text, currency.as_deref(), locale.as_deref())?),
            };
            let next = ShopInput {
                name: name.unwrap_or(if had_name { current.name } else { "My shop".into() }),
                currency,
                time_zone: time_zone.unwrap_or(current.time_zone),
                default_margin_pct: margin.unwrap_or(current.default_margin_pct),
                locale,
                hourly_rate_minor,
            };
            print_json(&store.update_shop(&next)?);
        }
        Command::Partners { search, action: None } => partners(&store, search)?,
        Command::Partners { action: Some(PartnerAction::Import(sheet)), .. } => import_partners(&mut store, sheet)?,
        Command::Partners { action: Some(PartnerAction::Imports), .. } => print_json(&store.list_contact_imports()?),
        Command::Partners { action: Some(PartnerAction::Undo { id }), .. } => {
            let undone = store.undo_contact_import(id)?;
            let args = [("file", undone.file_name.into()), ("id", id.to_string().into())];
            println!("{}", words().get("cli-undone-partner-import", &args));
        }
        Command::Communities { action: None } => print_json(&store.list_communities(&ListQuery::default())?),
        Command::Communities { action: Some(CommunityAction::Import(sheet)) } => import_communities(&mut store, sheet)?,
        Command::Posts { action: PostAction::Import { file, partner, skip_invalid, dry_run } } => {
            import_posts(&mut store, &file, partner.as_deref(), skip_invalid, dry_run)?
        }
        Command::Survey { action: None } => print_json(&store.survey_answers()?),
        Command::Survey { action: Some(SurveyAction::Map { answer, partner }) } => {
            let id = store.find_partner(&partner)?.id;
            print_json(&store.read_survey_answer(&answer, Some(id))?);
        }
        Command::Survey { action: Some(SurveyAction::Ignore { answer }) } => {
            print_json(&store.read_survey_answer(&answer, None)?)
        }
        Command::Survey { action: Some(SurveyAction::Forget { answer }) } => {
            print_json(&store.forget_survey_answer(&answer)?)
        }
        Command::Campaigns => print_json(&store.list_campaigns(&ListQuery::default())?),
        Command::Import { file, preset, skip_invalid, dry_run, mapping, date_order, prices_include_tax } => {
            import(&mut store, file, preset, skip_invalid, dry_run, mapping, date_order, prices_include_tax)?
        }
        Command::Summary { json } => summary(&store, json)?,
        Command::Dashboard { from, to, compare: None, .. } => print_json(&store.dashboard(from, to)?),
        Command::Dashboard { from, to, compare: Some(with), .. } => {
            let c = store.dashboard_comparison(from, to)?;
            match with {
                CompareWith::Both => print_json(&c),
                CompareWith::Previous => print_json(&serde_json::json!({
                    "against": "previous", "current": c.current, "other": c.previous, "changes": c.since_previous,
                })),
                CompareWith::Year => print_json(&serde_json::json!({
                    "against": "year", "current": c.current, "other": c.year_earlier, "changes": c.since_year_earlier,
                })),
            }
        }
        Command::Deliverables { action: None, due, campaign, json } => {
            deliverables(&store, due, campaign.as_deref(), json)?
        }
        Command::Deliverables { action: Some(action), .. } => deliverable_action(&mut store, action)?,
        Command::Payments { action } => payments(&mut store, action)?,
        Command::Leaks { action: None, .. } => print_json(&store.leak_signals()?),
        Command::Leaks { action: Some(LeakAction::Orders { code, from, to }), .. } => {
            print_json(&store.leak_orders(&code, from, to)?)
        }
        Command::Leaks { action: Some(LeakAction::Mark { campaign_partner, code, from }), .. } => {
            store.mark_code_leaked(campaign_partner, &code, Some(from))?;
            // The day as it was typed (YYYY-MM-DD), as `leaks` lists it.
            let args = [("code", code.into()), ("day", from.to_string().into())];
            println!("{}", words().get("cli-leak-marked", &args));
        }
        Command::Leaks { action: Some(LeakAction::Unmark { campaign_partner, code }), .. } => {
            store.mark_code_leaked(campaign_partner, &code, None)?;
            println!("{}", words().get("cli-leak-unmarked", &[("code", code.into())]));
        }
        Command::Imports => print_json(&store.list_imports()?),
        Command::Campaign { action: CampaignAction::Create { file } } => {
            let spec: locallift::attribution::CampaignSpec =
                serde_json::from_slice(&std::fs::read(&file)?).map_err(|e| {
                    Error::invalid(
                        "file",
                        msg!("cli-not-a-campaign", file = file.display().to_string(), detail = e.to_string()),
                    )
                })?;
            println!("{}", store.create_campaign_from_spec(&spec)?);
        }
        Command::Results { campaign, json } => results(&store, &campaign, json)?,
        Command::LiftStudy { .. } => unreachable!("handled before the shop file is opened"),
        Command::Export { table, out, no_bom } => export(&store, table, out, no_bom)?,
        Command::Report { campaign, pdf, paper, partner, coupons } => {
            report(&mut store, &campaign, pdf, paper, partner, coupons)?
        }
        Command::Backup { out: Some(out) } => {
            store.export_database(&out)?;
            println!("{}", words().get("cli-backup-copy-written", &[("path", out.display().to_string().into())]));
        }
        Command::Backup { out: None } => {
            let path = store.backup("manual")?;
            println!("{}", words().get("cli-backup-written", &[("path", path.display().to_string().into())]));
        }
        Command::Backups => print_json(&store.list_backups()?),
        Command::Restore { file } => {
            let safety = store.restore_backup(&file)?;
            let args = [("file", file.display().to_string().into()), ("backup", safety.display().to_string().into())];
            println!("{}", words().get("cli-restored", &args));
        }
        Command::Holidays { action } => {
            match action {
                Some(HolidayAction::Add { day, name }) => {
                    store.set_holiday(&locallift::store::holidays::Holiday { day, name })?
                }
                Some(HolidayAction::Remove { day }) => store.remove_holiday(day)?,
                None => {}
            }
            print_json(&store.holidays()?);
        }
        Command::Undo { batch } => {
            let undone = store.undo_import(batch)?;
            let args = [("file", undone.file_name.into()), ("batch", undone.id.to_string().into())];
            println!("{}", words().get("cli-undone-import", &args));
        }
        Command::Info => info(&store)?,
    }
    Ok(())
}

/// `locallift import`: reads the file (its mapping, if any), imports it all or nothing, says what it did.
#[allow(clippy::too_many_arguments)] // the subcommand's options, one by one
fn import(
    store: &mut Store,
    file: PathBuf,
    preset: Option<String>,
    skip_invalid: bool,
    dry_run: bool,
    mapping: Option<PathBuf>,
    date_order: Option<locallift::import::DateOrder>,
    prices_include_tax: Option<bool>,
) -> Result<(), Error> {
    let mapping = read_mapping(mapping)?;
    let options = ImportOptions { preset, skip_invalid, dry_run, mapping, bulk: None, date_order, prices_include_tax };
    let report = import_file(store, &file, &options, &|_| {}, &AtomicBool::new(false))?;
    let name = file.display();
    print_problems(&name, &report.errors);
    let w = words();
    if report.error_count > report.errors.len() as u64 {
        let more = report.error_count - report.errors.len() as u64;
        eprintln!("{}", w.get("cli-more-problems", &[("file", name.to_string().into()), ("count", more.into())]));
    }
    if report.currency_set {
        let currency = report.currency.as_deref().unwrap_or("?");
        let said = if report.written {
            msg!("cli-currency-set", currency = currency)
        } else {
            msg!("cli-currency-set-on-import", currency = currency)
        };
        println!("{}", w.text(&said));
    }
    println!("{}", import_counts(&w, &name.to_string(), &report));
    for sentence in &report.sentences {
        println!("  {}", w.text(sentence));
    }
    // What the owner can say where the file could not tell.
    if report.notes.date_order.as_ref().is_some_and(|d| !matches!(d.source, DateOrderSource::File { .. })) {
        println!("  {}", w.get("cli-hint-date-order", &[]));
    }
    if report.notes.tax.undetermined > 0 {
        println!("  {}", w.get("cli-hint-prices-include-tax", &[]));
    }
    match (report.written, report.batch_id) {
        (true, Some(batch)) => println!("{}", w.get("cli-imported-batch", &[("batch", batch.to_string().into())])),
        _ if dry_run => println!("{}", w.get("cli-dry-run", &[])),
        _ if report.blocked => {
            return Err(Error::Import { file: name.to_string(), message: Message::new("cli-quote-never-closes") });
        }
        _ if report.error_count > 0 && !skip_invalid => {
            return Err(Error::Import {
                file: name.to_string(),
                message: msg!("cli-sales-problems", count = report.error_count),
            });
        }
        _ => println!("{}", w.get("cli-nothing-new-orders", &[])),
    }
    Ok(())
}

/// What a sales import read and did, in one line: "FILE: FORMAT (UTF-8, delimiter ,): 7 rows, 5 orders: 5 new, …".
fn import_counts(w: &Words, file: &str, report: &locallift::import::ImportReport) -> String {
    // The delimiter as a word where it is one ("tab"), else the character.
    let delimiter: Arg = if report.delimiter == "tab" {
        Message::new("cli-delimiter-tab").into()
    } else {
        report.delimiter.as_str().into()
    };
    w.get(
        "cli-import-counts",
        &[
            ("file", file.into()),
            ("format", report.preset_label.as_str().into()),
            ("encoding", report.encoding.as_str().into()),
            ("delimiter", delimiter),
            ("rows", msg!("cli-rows", count = report.rows_read).into()),
            ("orders", msg!("cli-orders", count = report.orders_read).into()),
            ("new", report.orders_new.into()),
            ("updated", report.orders_updated.into()),
            ("unchanged", report.orders_unchanged.into()),
            ("cancelled", report.orders_cancelled.into()),
            ("unpaid", report.orders_unpaid.into()),
            ("refunds", msg!("cli-refund-rows-applied", count = report.refunds_applied).into()),
            ("problems", msg!("cli-problems", count = report.error_count).into()),
        ],
    )
}

/// `locallift partners`: the partners `search` finds, as the list shows them, each with their accounts.
fn partners(store: &Store, search: Option<String>) -> Result<(), Error> {
    let mut accounts: std::collections::HashMap<i64, Vec<locallift::model::SocialAccount>> =
        store.partners_with_accounts()?.into_iter().map(|p| (p.partner.id, p.accounts)).collect();
    let rows: Vec<serde_json::Value> = store
        .list_partners(&ListQuery { search, ..ListQuery::default() })?
        .into_iter()
        .map(|row| {
            let id = row.partner.id;
            let mut value = serde_json::to_value(&row).unwrap_or_default();
            value["accounts"] = serde_json::to_value(accounts.remove(&id).unwrap_or_default()).unwrap_or_default();
            value
        })
        .collect();
    print_json(&rows);
    Ok(())
}

/// `locallift partners import`: says what it did ("12 new, 5 updated, 0 problems"), or each problem with its
/// line and exits non-zero, writing nothing.
fn import_partners(store: &mut Store, sheet: SheetImport) -> Result<(), Error> {
    let SheetImport { file, mapping, skip_invalid, dry_run } = sheet;
    let file = file.as_path();
    use locallift::import::contacts;
    let mapping = read_mapping(mapping)?;
    let report = if dry_run {
        contacts::preview_partners(store, file, mapping)?
    } else {
        let preview = contacts::preview_partners(store, file, mapping.clone())?;
        if preview.needs_mapping || (preview.problem_count > 0 && !skip_invalid) {
            preview
        } else {
            contacts::import_partners(store, file, mapping, skip_invalid)?
        }
    };
    let name = file.display();
    print_problems(&name, &report.problems);
    if report.needs_mapping {
        let columns = report.header.iter().map(|h| format!("“{h}”")).collect::<Vec<_>>().join(", ");
        return Err(Error::Import {
            file: name.to_string(),
            message: msg!("cli-partners-no-name-column", columns = columns),
        });
    }
    let r = &report;
    print_counts(
        &name,
        Counted::Partners,
        &r.format,
        [r.rows_read, r.partners_new, r.partners_updated, r.partners_unchanged, r.problem_count],
        &r.notes,
    );
    let w = words();
    match &report.import {
        Some(import) => println!("{}", w.get("cli-imported-partners", &[("id", import.id.to_string().into())])),
        None if dry_run => println!("{}", w.get("cli-dry-run", &[])),
        None if report.problem_count > 0 && !skip_invalid => {
            return Err(Error::Import {
                file: name.to_string(),
                message: msg!("cli-rows-problems", count = report.problem_count),
            });
        }
        None => println!("{}", w.get("cli-nothing-new-partners", &[])),
    }
    Ok(())
}

/// A file's row problems on stderr, one per line: `FILE:LINE: column “C”: “VALUE”: reason` (editors jump
/// there, so the file and line stay as they are in every language).
fn print_problems(name: &std::path::Display<'_>, problems: &[locallift::import::preset::RowError]) {
    let w = words();
    for e in problems {
        let mut line = format!("{name}:{}:", e.line);
        let column = e.column.as_deref().map(|c| w.get("cli-problem-column", &[("column", c.into())]));
        let value = e.value.as_deref().map(|v| w.get("cli-problem-value", &[("value", v.into())]));
        for part in [column, value, Some(w.text(&e.reason))].into_iter().flatten() {
            // A space between the parts, but none after a Chinese or Japanese character ("列「A」：「x」：…").
            if line.chars().last().is_none_or(|c| (c as u32) < 0x2E80) {
                line.push(' ');
            }
            line.push_str(&part);
        }
        eprintln!("{line}");
    }
}

/// What a spreadsheet import counts: partners, communities or posts (each language says "new" of its own
/// kind of thing).
#[derive(Clone, Copy)]
enum Counted {
    Partners,
    Communities,
    Posts,
}

/// What a partner, community or posts import counted, then its notes: "FILE: FORMAT, N rows: A new, B
/// updated, C unchanged, D problems".
fn print_counts(name: &std::path::Display<'_>, counted: Counted, format: &str, counts: [u64; 5], notes: &[Message]) {
    let [rows, new, updated, unchanged, problems] = counts;
    let line = match counted {
        Counted::Partners => Message::new("cli-counts-partners"),
        Counted::Communities => Message::new("cli-counts-communities"),
        Counted::Posts => Message::new("cli-counts-posts"),
    }
    .arg("file", name.to_string())
    .arg("format", format)
    .arg("rows", msg!("cli-rows", count = rows))
    .arg("new", new)
    .arg("updated", updated)
    .arg("unchanged", unchanged)
    .arg("problems", msg!("cli-problems", count = problems));
    let words = words();
    println!("{}", words.text(&line));
    for note in notes {
        println!("  {}", words.text(note));
    }
}

/// A column mapping read from a JSON file (`--mapping`).
fn read_mapping<T: serde::de::DeserializeOwned>(path: Option<PathBuf>) -> Result<Option<T>, Error> {
    path.map(|path| {
        serde_json::from_slice(&std::fs::read(&path)?).map_err(|e| Error::Import {
            file: path.display().to_string(),
            message: msg!("cli-not-a-mapping", detail = e.to_string()),
        })
    })
    .transpose()
}

/// `locallift communities import`: says what it did, or each problem with its line, writing nothing.
fn import_communities(store: &mut Store, sheet: SheetImport) -> Result<(), Error> {
    let SheetImport { file, mapping, skip_invalid, dry_run } = sheet;
    let file = file.as_path();
    use locallift::import::contacts;
    let mapping = read_mapping(mapping)?;
    let preview = contacts::preview_communities(store, file, mapping.clone())?;
    let name = file.display();
    print_problems(&name, &preview.problems);
    let report = if dry_run || preview.needs_mapping || (preview.problem_count > 0 && !skip_invalid) {
        preview
    } else {
        contacts::import_communities(store, file, mapping, skip_invalid)?
    };
    if report.needs_mapping {
        return Err(Error::Import { file: name.to_string(), message: Message::new("cli-communities-no-name-column") });
    }
    let r = &report;
    print_counts(
        &name,
        Counted::Communities,
        &r.format,
        [r.rows_read, r.partners_new, r.partners_updated, r.partners_unchanged, r.problem_count],
        &r.notes,
    );
    let w = words();
    match &report.import {
        Some(import) => println!("{}", w.get("cli-imported-sheet", &[("id", import.id.to_string().into())])),
        None if dry_run => println!("{}", w.get("cli-dry-run", &[])),
        None if report.problem_count > 0 && !skip_invalid => {
            return Err(Error::Import { file: name.to_string(), message: Message::new("cli-community-rows-problems") });
        }
        None => println!("{}", w.get("cli-nothing-new-communities", &[])),
    }
    Ok(())
}

/// `locallift posts import`: says what it did ("5 new, 0 updated, 0 unchanged"), or why nothing was written.
fn import_posts(
    store: &mut Store,
    file: &std::path::Path,
    partner: Option<&str>,
    skip_invalid: bool,
    dry_run: bool,
) -> Result<(), Error> {
    use locallift::import::posts;
    let partner = partner.map(|p| store.find_partner(p).map(|p| p.id)).transpose()?;
    let preview = posts::preview_posts(store, file, partner)?;
    let name = file.display();
    print_problems(&name, &preview.problems);
    let report = if dry_run { preview } else { posts::import_posts(store, file, partner, skip_invalid)? };
    let r = &report;
    let counts = [r.rows_read, r.posts_new, r.posts_updated, r.posts_unchanged, r.problem_count];
    print_counts(&name, Counted::Posts, &r.format, counts, &r.notes);
    let w = words();
    match &report.import {
        Some(import) => println!("{}", w.get("cli-imported-sheet", &[("id", import.id.to_string().into())])),
        None if dry_run => println!("{}", w.get("cli-dry-run", &[])),
        None => println!("{}", w.get("cli-nothing-new-posts", &[])),
    }
    Ok(())
}

/// `locallift summary`: orders, net revenue and totals per code, as JSON or as the screens write them.
fn summary(store: &Store, json: bool) -> Result<(), Error> {
    let summary = store.sales_summary()?;
    if json {
        println!("{}", serde_json::to_string(&summary).map_err(|e| Error::Corrupt(e.to_string()))?);
    } else {
        // Amounts as the screens write them (the shop's currency and locale), never in cents.
        let n = store.numbers(None)?;
        let w = words();
        let orders = |count: i64| -> Arg { msg!("cli-orders", count = count).into() };
        let net = n.money(summary.net_revenue_minor);
        println!("{}", w.get("cli-summary", &[("orders", orders(summary.orders)), ("net", net.into())]));
        for (code, t) in &summary.by_code {
            let args =
                [("code", code.into()), ("orders", orders(t.orders)), ("net", n.money(t.net_revenue_minor).into())];
            println!("  {}", w.get("cli-summary-code", &args));
        }
    }
    Ok(())
}

/// `locallift results`: a campaign's results by partner, as JSON or as the screens write them.
fn results(store: &Store, campaign: &str, json: bool) -> Result<(), Error> {
    let found = store.find_campaign(campaign)?;
    let results = store.campaign_results(found.id)?;
    if json {
        println!("{}", serde_json::to_string(&results).map_err(|e| Error::Corrupt(e.to_string()))?);
        return Ok(());
    }
    // As the screens write it: money in the shop's currency, the campaign's dates apart from the days its
    // orders count (the attribution window after its end).
    let n = store.numbers(None)?;
    let w = words();
    let heading = [
        ("campaign", results.campaign.as_str().into()),
        ("start", n.day(found.fields.start).into()),
        ("end", n.day(found.fields.end).into()),
        ("from", n.day(results.window_start).into()),
        ("to", n.day(results.window_end).into()),
    ];
    println!("{}", w.get("cli-results-heading", &heading));
    for p in &results.partners {
        println!("  {}", partner_line(&w, &n, p));
    }
    let t = &results.totals.figures;
    let roi = match t.roi_low.zip(t.roi_high) {
        Some((l, h)) => w.get(
            "cli-results-roi-with-lift",
            &[("roi", roi_of(&n, t.roi).into()), ("range", locallift::report::roi_range(&n, l, h).into())],
        ),
        None => roi_of(&n, t.roi),
    };
    let total = [
        ("orders", msg!("cli-orders", count = t.attributed_orders).into()),
        ("net", n.money(t.attributed_net_revenue_minor).into()),
        ("profit", n.money(t.gross_profit_minor).into()),
        ("cost", n.money(t.cost_minor).into()),
        ("roi", roi.into()),
    ];
    println!("  {}", w.get("cli-results-total", &total));
    println!("  {}", locallift::report::verdict(&results, &n));
    for c in &results.conflicts {
        let args = [
            ("order", c.order.as_str().into()),
            ("codes", format!("{:?}", c.codes).into()),
            ("partner", c.attributed_to.as_str().into()),
            ("others", format!("{:?}", c.also_matched).into()),
        ];
        println!("  {}", w.get("cli-results-conflict", &args));
    }
    Ok(())
}

/// An ROI as a signed percentage, "—" when there is none (no cost).
fn roi_of(n: &locallift::format::Numbers, roi: Option<f64>) -> String {
    roi.map_or("—".into(), |r| n.percent(r, true))
}

/// One partner's line of `results`: their counted orders and money, or, for a walk-in partner, the sales
/// lift they are measured by (never a −100% loss).
fn partner_line(w: &Words, n: &locallift::format::Numbers, p: &locallift::attribution::PartnerResult) -> String {
    let f = &p.figures;
    if p.method == locallift::attribution::Method::Lift {
        // The range follows a colon: its first letter small ("between", "zwischen", "entre"; every
        // language's starts with a word like these, or has no capitals).
        let lift = f.lift_low_minor.zip(f.lift_high_minor).map_or_else(
            || w.get("cli-results-no-estimate", &[]),
            |(l, h)| lowercase_first(&locallift::report::lift_range(n, l, h)),
        );
        let range = f.roi_low.zip(f.roi_high).map_or("—".into(), |(l, h)| locallift::report::roi_range(n, l, h));
        let args = [
            ("partner", p.name.as_str().into()),
            ("lift", lift.into()),
            ("cost", n.money(f.cost_minor).into()),
            ("range", range.into()),
        ];
        return w.get("cli-results-walk-in", &args);
    }
    // "Customer said" orders are labelled with their share: the owner sees how much rests on them.
    let orders = msg!("cli-orders", count = f.attributed_orders);
    let counted = if f.survey_orders > 0 {
        let net = n.money(f.survey_net_revenue_minor);
        msg!("cli-results-orders-said", orders = orders, said = f.survey_orders, net = net)
    } else {
        orders
    };
    let args = [
        ("partner", p.name.as_str().into()),
        ("orders", counted.into()),
        ("net", n.money(f.attributed_net_revenue_minor).into()),
        ("profit", n.money(f.gross_profit_minor).into()),
        ("cost", n.money(f.cost_minor).into()),
        ("roi", roi_of(n, f.roi).into()),
        ("new", f.new_customers.into()),
    ];
    w.get("cli-results-partner", &args)
}

/// `locallift export`: a table as CSV.
fn export(store: &Store, table: ExportTable, out: Option<PathBuf>, no_bom: bool) -> Result<(), Error> {
    let out = out.ok_or_else(|| Error::invalid("out", Message::new("cli-export-needs-out")))?;
    let kind = match table {
        ExportTable::Partners => locallift::export::ExportKind::Partners,
        ExportTable::Campaigns => locallift::export::ExportKind::Campaigns,
        ExportTable::Results { campaign } => {
            locallift::export::ExportKind::Results { campaign_id: store.find_campaign(&campaign)?.id }
        }
    };
    let rows = store.export_csv(kind, &out, !no_bom)?;
    let args = [("rows", msg!("cli-rows", count = rows).into()), ("path", out.display().to_string().into())];
    println!("{}", words().get("cli-export-written", &args));
    Ok(())
}

/// `locallift report`: a campaign's summary, a partner's report or the coupon sheet, as a PDF.
fn report(
    store: &mut Store,
    campaign: &str,
    pdf: PathBuf,
    paper: Option<String>,
    partner: Option<String>,
    coupons: bool,
) -> Result<(), Error> {
    use locallift::pdf::PdfKind;
    let kind = match (partner, coupons) {
        (Some(name), _) => PdfKind::PartnerReport { campaign_partner_id: campaign_partner_id(store, campaign, &name)? },
        (None, true) => PdfKind::Coupons { campaign_id: store.find_campaign(campaign)?.id },
        (None, false) => PdfKind::Summary { campaign_id: store.find_campaign(campaign)?.id },
    };
    let paper = paper_of(store, paper.as_deref())?;
    let missing = store.export_pdf(kind, paper, None, &pdf)?;
    let w = words();
    println!("{}", w.get("cli-file-written", &[("path", pdf.display().to_string().into())]));
    if !missing.is_empty() {
        let characters = missing.iter().map(|c| format!("“{c}” (U+{:04X})", *c as u32)).collect::<Vec<_>>().join(", ");
        eprintln!("{}", w.get("cli-missing-glyphs", &[("characters", characters.into())]));
    }
    Ok(())
}

/// `locallift deliverables`: the list, as JSON or one line each.
fn deliverables(store: &Store, due: bool, campaign: Option<&str>, json: bool) -> Result<(), Error> {
    use locallift::model::DeliverableStatus as S;
    let list = if due {
        store.deliverables_due()?
    } else {
        let campaign_id = campaign.map(|c| store.find_campaign(c)).transpose()?.map(|c| c.id);
        store.deliverables(&locallift::store::DeliverableQuery { campaign_id, ..Default::default() })?
    };
    if json {
        print_json(&list);
        return Ok(());
    }
    let w = words();
    let status_of =
        |d: &S| -> String { w.get("cli-deliverable-status", &[("status", locallift::export::json_name(d).into())]) };
    // The statuses padded to the widest of the language's, so the names after them line up.
    let width =
        [S::Planned, S::Due, S::Done, S::Missed].iter().map(|s| status_of(s).chars().count()).max().unwrap_or(0);
    for d in &list {
        let line = w.get(
            "cli-deliverable-line",
            &[
                ("id", d.id.to_string().into()),
                // The day as the command line takes it (YYYY-MM-DD).
                ("due", d.fields.due.to_string().into()),
                ("status", format!("{:<width$}", status_of(&d.status)).into()),
                ("partner", d.member.as_str().into()),
                ("campaign", d.campaign.as_str().into()),
                ("kind", msg!("report-deliverable-kind", kind = d.fields.kind.as_str()).into()),
            ],
        );
        if d.fields.description.is_empty() {
            println!("{line}");
        } else {
            let args = [("line", line.into()), ("description", d.fields.description.as_str().into())];
            println!("{}", w.get("cli-deliverable-described", &args));
        }
    }
    Ok(())
}

fn deliverable_action(store: &mut Store, action: DeliverableAction) -> Result<(), Error> {
    use locallift::model::{DeliverableInput, DeliverableKind};
    let d = match action {
        DeliverableAction::Add { campaign, partner, kind, due, description } => {
            let cp = campaign_partner_id(store, &campaign, &partner)?;
            let kind = DeliverableKind::parse(&kind).ok_or_else(|| {
                let all: Vec<&str> = DeliverableKind::ALL.iter().map(|k| k.as_str()).collect();
                Error::invalid("kind", msg!("cli-deliverable-kind", kind = &kind, known = all.join(", ")))
            })?;
            store.add_deliverable(cp, &DeliverableInput { kind, description, due })?
        }
        DeliverableAction::Done { id, day } => {
            let day = match day {
                Some(d) => d,
                None => store.today()?,
            };
            store.set_deliverable_done(id, Some(day))?
        }
        DeliverableAction::Reopen { id } => store.set_deliverable_done(id, None)?,
        DeliverableAction::Delete { id } => {
            store.delete_deliverable(id)?;
            println!("{}", words().get("cli-deliverable-deleted", &[("id", id.to_string().into())]));
            return Ok(());
        }
    };
    print_json(&d);
    Ok(())
}

/// The paper a `--paper` option names: `letter`, else A4; without one, the locale's usual paper.
fn paper_of(store: &Store, paper: Option<&str>) -> Result<locallift::pdf::Paper, Error> {
    use locallift::pdf::Paper;
    Ok(match paper {
        Some("letter") => Paper::Letter,
        Some(_) => Paper::A4,
        None => Paper::for_locale(&store.shop()?.format.locale),
    })
}

/// The campaign partner of PARTNER (name, case-insensitive) in CAMPAIGN (id or name).
fn campaign_partner_id(store: &Store, campaign: &str, partner: &str) -> Result<i64, Error> {
    let campaign = store.find_campaign(campaign)?;
    let detail = store.campaign_detail(campaign.id)?;
    let wanted = partner.trim().to_lowercase();
    detail.partners.iter().find(|p| p.member_name.to_lowercase() == wanted).map(|p| p.id).ok_or_else(|| {
        Error::invalid("partner", msg!("cli-not-a-partner-of", partner = partner, campaign = &campaign.fields.name))
    })
}

/// `locallift payments …`.
fn payments(store: &mut Store, action: PaymentAction) -> Result<(), Error> {
    use locallift::store::ledger::PaymentInput;
    match action {
        PaymentAction::List { partner } => {
            let p = store.find_partner(&partner)?;
            print_json(&store.payments_of(p.id)?);
        }
        PaymentAction::Add { partner, amount, day, method, note } => {
            let p = store.find_partner(&partner)?;
            let shop = store.shop()?;
            let amount_minor = amount_minor(
                "amount_minor",
                &amount,
                shop.settings.currency.as_deref(),
                shop.settings.locale.as_deref(),
            )?;
            let day = match day {
                Some(d) => d,
                None => store.today()?,
            };
            let paid = store.add_payment(&PaymentInput { partner_id: p.id, day, amount_minor, method, note })?;
            let balance = store.partner_ledger(p.id, None, None)?.closing_balance_minor;
            let n = store.numbers(None)?;
            let args = [
                ("id", paid.id.to_string().into()),
                ("amount", n.money(amount_minor).into()),
                ("partner", p.fields.name.as_str().into()),
                // The day as the command line takes it (YYYY-MM-DD).
                ("day", day.to_string().into()),
                ("balance", n.money(balance).into()),
            ];
            println!("{}", words().get("cli-payment-recorded", &args));
        }
        PaymentAction::Delete { id } => {
            store.delete_payment(id)?;
            println!("{}", words().get("cli-payment-deleted", &[("id", id.to_string().into())]));
        }
        PaymentAction::Statement { partner, from, to, csv, pdf, paper } => {
            let p = store.find_partner(&partner)?;
            if let Some(path) = &csv {
                let rows = store.export_csv(
                    locallift::export::ExportKind::Statement { partner_id: p.id, from, to },
                    path,
                    true,
                )?;
                let args =
                    [("path", path.display().to_string().into()), ("rows", msg!("cli-rows", count = rows).into())];
                println!("{}", words().get("cli-statement-csv-written", &args));
            }
            if let Some(path) = &pdf {
                use locallift::pdf::PdfKind;
                let paper = paper_of(store, paper.as_deref())?;
                store.export_pdf(PdfKind::Statement { partner_id: p.id, from, to }, paper, None, path)?;
                println!("{}", words().get("cli-file-written", &[("path", path.display().to_string().into())]));
            }
            if csv.is_none() && pdf.is_none() {
                print_json(&store.partner_ledger(p.id, from, to)?);
            }
        }
    }
    Ok(())
}

/// An amount (a payment, an hourly rate) typed in major units as the owner's locale writes them ("120.50",
/// "120,50" in de-DE) as minor units of `currency` (ISO 4217 digits); `field` names it in the error.
fn amount_minor(field: &str, text: &str, currency: Option<&str>, locale: Option<&str>) -> Result<i64, Error> {
    use locallift::import::money::{DecimalMark, parse_money};
    let facts = locallift::locale::info(locale, currency);
    let mark = if facts.decimal == "," { DecimalMark::Comma } else { DecimalMark::Dot };
    parse_money(text, mark, facts.currency_exponent)
        .map_err(|e| Error::invalid(field, msg!("cli-not-an-amount", text = text, detail = e.to_string())))
}

/// `locallift info`: where the shop file is and what it holds.
fn info(store: &Store) -> Result<(), Error> {
    let shop = store.shop()?;
    let all = || ListQuery { include_archived: true, ..Default::default() };
    let w = words();
    let currency: Arg = match shop.settings.currency.as_deref() {
        Some(code) => code.into(),
        None => Message::new("cli-info-no-currency").into(),
    };
    println!("{}", w.get("cli-info-file", &[("path", store.path().display().to_string().into())]));
    println!("{}", w.get("cli-info-schema", &[("version", locallift::store::SCHEMA_VERSION.to_string().into())]));
    println!("{}", w.get("cli-info-shop", &[("name", shop.settings.name.as_str().into()), ("currency", currency)]));
    println!("{}", w.get("cli-info-partners", &[("count", store.list_partners(&all())?.len().into())]));
    println!("{}", w.get("cli-info-campaigns", &[("count", store.list_campaigns(&all())?.len().into())]));
    Ok(())
}

/// `locallift lift-study`: the lift estimator's simulation study (no shop file needed).
fn lift_study(shops: usize, seed: u64, json: bool, no_trend: bool) {
    let report = locallift::lift::simulation::run(locallift::lift::simulation::StudyConfig { shops, seed, no_trend });
    if json {
        print_json(&report);
        return;
    }
    let w = words();
    // Percentages to one decimal (bias signed, to two), with the decimal mark of the locale.
    let mark = locallift::locale::info(Some(w.locale()), None).decimal;
    let local = |text: String| -> Arg { text.replace('.', &mark).into() };
    let pct = |ratio: f64| local(format!("{:.1}", ratio * 100.0));
    let bias = |pct: f64| local(format!("{pct:+.2}"));
    let args = [
        ("shops", report.shops.into()),
        ("seed", report.seed.to_string().into()),
        ("coverage", pct(report.coverage)),
        ("bias", bias(report.bias_pct)),
        ("claimed", pct(report.false_positive_rate)),
        ("excludes", pct(report.excludes_zero_rate)),
    ];
    println!("{}", w.get("cli-lift-study", &args));
    for s in &report.scenarios {
        let args = [
            ("uplift", local(format!("{:>4.0}", s.uplift_pct))),
            ("runs", s.runs.into()),
            ("coverage", pct(s.coverage)),
            ("bias", bias(s.bias_pct)),
            ("detected", pct(s.detected)),
            ("short", s.not_enough_data.into()),
        ];
        println!("  {}", w.get("cli-lift-study-scenario", &args));
    }
}

fn print_json<T: serde::Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"),
        Err(e) => eprintln!("{}", words().get("cli-error", &[("message", e.to_string().into())])),
    }
}

/// A text with its first letter small: a sentence set in after a colon.
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
}

/// `--date-order`: dmy or mdy. Its refusal is part of clap's usage error, which stays English (see the top).
fn parse_date_order(text: &str) -> std::result::Result<locallift::import::DateOrder, String> {
    match text.trim().to_lowercase().as_str() {
        "dmy" | "day-first" => Ok(locallift::import::DateOrder::Dmy),
        "mdy" | "month-first" => Ok(locallift::import::DateOrder::Mdy),
        other => Err(format!("“{other}”: use dmy (31/12/2024) or mdy (12/31/2024)")),
    }
}
