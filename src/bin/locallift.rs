//! `locallift`: the core without a window, for scripting, power users and benchmarks. Every subcommand is
//! one call into the library; errors go to stderr with a non-zero exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use locallift::model::{ListQuery, ShopInput};
use locallift::{Error, Store, demo};

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
enum Command {
    /// Fill an empty shop file with the generated demo shop (default file: the app's demo shop).
    Demo,
    /// Show or change the shop's settings.
    Shop {
        #[command(subcommand)]
        action: ShopAction,
    },
    /// List partners as JSON.
    Partners {
        /// Only those whose name, handle, city, niche or notes contain this text.
        #[arg(long)]
        search: Option<String>,
    },
    /// List campaigns as JSON.
    Campaigns,
    /// Where the shop file is and what it holds.
    Info,
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
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            if let Error::Invalid(fields) = &e {
                for f in fields.iter().skip(1) {
                    eprintln!("error: {}", f.message);
                }
            }
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    let path = match (&cli.command, cli.db) {
        (_, Some(p)) => p,
        (Command::Demo, None) => Store::demo_path(),
        (_, None) => Store::default_path(),
    };
    let mut store = Store::open(&path)?;
    match cli.command {
        Command::Demo => {
            let today = store.today()?;
            let s = demo::generate(&mut store, today)?;
            println!(
                "demo shop written to {}: {} partners, {} communities, {} campaigns, {} posts, {} orders ({} with partner codes)",
                path.display(),
                s.partners,
                s.communities,
                s.campaigns,
                s.posts,
                s.orders,
                s.code_orders
            );
        }
        Command::Shop { action: ShopAction::Show } => print_json(&store.shop()?),
        Command::Shop { action: ShopAction::Set { name, currency, time_zone, margin } } => {
            let current = store.shop()?.settings;
            let had_name = !current.name.trim().is_empty();
            let next = ShopInput {
                name: name.unwrap_or(if had_name { current.name } else { "My shop".into() }),
                currency: currency.or(current.currency),
                time_zone: time_zone.unwrap_or(current.time_zone),
                default_margin_pct: margin.unwrap_or(current.default_margin_pct),
                ..current
            };
            print_json(&store.update_shop(&next)?);
        }
        Command::Partners { search } => {
            print_json(&store.list_partners(&ListQuery { search, ..ListQuery::default() })?)
        }
        Command::Campaigns => print_json(&store.list_campaigns(&ListQuery::default())?),
        Command::Info => {
            let shop = store.shop()?;
            println!("file: {}", store.path().display());
            println!("schema version: {}", locallift::store::SCHEMA_VERSION);
            println!("shop: {} ({})", shop.settings.name, shop.settings.currency.as_deref().unwrap_or("no currency yet"));
            println!("partners: {}", store.list_partners(&ListQuery { include_archived: true, ..Default::default() })?.len());
            println!("campaigns: {}", store.list_campaigns(&ListQuery { include_archived: true, ..Default::default() })?.len());
        }
    }
    Ok(())
}

fn print_json<T: serde::Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"),
        Err(e) => eprintln!("error: {e}"),
    }
}
