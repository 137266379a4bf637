//! The owner's tables as CSV files for a spreadsheet or an accountant: partners, campaigns, and a
//! campaign's results. Exports are for people: UTF-8 with a byte-order mark by default (Excel reads
//! accents right only with it), amounts in major units with a dot (12.50: any spreadsheet reads it),
//! and every text cell guarded against formula injection (a partner named `=HYPERLINK(…)` stays text).

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::import::preset::exponent_of;
use crate::model::ListQuery;
use crate::store::Store;

/// Neutralizes spreadsheet formula injection in one text cell: a cell a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@`, tab or CR first) gets a leading `'`, which spreadsheets show as text.
pub fn safe_cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() }
}

/// Which table to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum ExportKind {
    Partners,
    Campaigns,
    Results { campaign_id: i64 },
}

/// A cell: text (guarded) or a number we formatted ourselves (written as is, so `-12.50` stays a number).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(String),
}

impl Cell {
    fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }

    fn int(value: i64) -> Cell {
        Cell::Number(value.to_string())
    }

    fn opt<T: ToString>(value: Option<T>) -> Cell {
        value.map_or(Cell::Text(String::new()), |v| Cell::Number(v.to_string()))
    }

    /// Minor units as a decimal amount of the currency (exact: integer arithmetic).
    fn money(minor: i64, exponent: u32) -> Cell {
        if exponent == 0 {
            return Cell::int(minor);
        }
        let scale = 10_i64.pow(exponent);
        let sign = if minor < 0 { "-" } else { "" };
        let abs = minor.unsigned_abs();
        Cell::Number(format!("{sign}{}.{:0width$}", abs / scale as u64, abs % scale as u64, width = exponent as usize))
    }

    fn opt_money(minor: Option<i64>, exponent: u32) -> Cell {
        minor.map_or(Cell::Text(String::new()), |m| Cell::money(m, exponent))
    }

    /// A ratio as a percentage with one decimal.
    fn pct(ratio: Option<f64>) -> Cell {
        ratio.map_or(Cell::Text(String::new()), |r| Cell::Number(format!("{:.1}", r * 100.0)))
    }
}

/// The name an enum has in JSON ("not_enough_data"), the same word the CLI and the UI's data use.
fn json_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// A table ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

impl Store {
    /// The rows of an export.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown campaign.
    pub fn export_table(&self, kind: ExportKind) -> Result<Table> {
        let exponent = self.shop()?.settings.currency.as_deref().map_or(2, exponent_of);
        let all = ListQuery { include_archived: true, ..Default::default() };
        Ok(match kind {
            ExportKind::Partners => Table {
                header: vec![
                    "name",
                    "email",
                    "phone",
                    "neighborhood",
                    "city",
                    "stage",
                    "tier",
                    "largest audience",
                    "main handle",
                    "engagement %",
                    "values (1-5)",
                    "authenticity (1-5)",
                    "local audience %",
                    "niches",
                    "campaigns",
                    "archived",
                ],
                rows: self
                    .list_partners(&all)?
                    .into_iter()
                    .map(|r| {
                        let p = &r.partner.fields;
                        vec![
                            Cell::text(&p.name),
                            Cell::text(p.email.clone().unwrap_or_default()),
                            Cell::text(p.phone.clone().unwrap_or_default()),
                            Cell::text(p.neighborhood.clone().unwrap_or_default()),
                            Cell::text(p.city.clone().unwrap_or_default()),
                            Cell::text(p.stage.as_str()),
                            Cell::text(r.partner.tier.map_or("", |t| t.as_str())),
                            Cell::opt(r.partner.max_followers),
                            Cell::text(r.main_handle.clone().unwrap_or_default()),
                            Cell::opt(r.engagement_pct),
                            Cell::opt(p.values_alignment),
                            Cell::opt(p.authenticity),
                            Cell::opt(p.audience_locality_pct),
                            Cell::text(p.niches.join("; ")),
                            Cell::int(r.campaign_count),
                            Cell::text(if r.partner.archived { "yes" } else { "no" }),
                        ]
                    })
                    .collect(),
            },
            ExportKind::Campaigns => Table {
                header: vec![
                    "name",
                    "goal",
                    "start",
                    "end",
                    "attribution window (days)",
                    "orders count until",
                    "status",
                    "partners",
                    "codes",
                    "other costs",
                    "owner hours",
                ],
                rows: self
                    .list_campaigns(&all)?
                    .into_iter()
                    .map(|c| {
                        vec![
                            Cell::text(&c.fields.name),
                            Cell::text(&c.fields.goal),
                            Cell::Number(c.fields.start.to_string()),
                            Cell::Number(c.fields.end.to_string()),
                            Cell::int(c.fields.window_days),
                            Cell::Number(c.counts_until.to_string()),
                            Cell::text(json_name(&c.phase)),
                            Cell::int(c.partner_count),
                            Cell::text(c.codes.join("; ")),
                            Cell::money(c.fields.other_costs_minor, exponent),
                            Cell::Number(c.fields.owner_hours.to_string()),
                        ]
                    })
                    .collect(),
            },
            ExportKind::Results { campaign_id } => {
                let r = self.campaign_results(campaign_id)?;
                let figures = |name: &str, method: &str, codes: &str, f: &crate::attribution::Figures| {
                    vec![
                        Cell::text(&r.campaign),
                        Cell::text(name),
                        Cell::text(method),
                        Cell::text(codes),
                        Cell::int(f.attributed_orders),
                        Cell::money(f.attributed_net_revenue_minor, exponent),
                        Cell::int(f.manual_orders),
                        Cell::money(f.gross_profit_minor, exponent),
                        Cell::money(f.cost_minor, exponent),
                        Cell::money(f.commission_owed_minor, exponent),
                        Cell::pct(f.roi),
                        Cell::opt(f.roas.map(|x| format!("{x:.2}"))),
                        Cell::int(f.new_customers),
                        Cell::opt_money(f.cost_per_new_customer_minor, exponent),
                    ]
                };
                let lift = |l: Option<&crate::lift::Lift>| match l {
                    Some(l) => vec![
                        Cell::text(json_name(&l.status)),
                        Cell::opt_money(l.estimate_minor, exponent),
                        Cell::opt_money(l.low_minor, exponent),
                        Cell::opt_money(l.high_minor, exponent),
                    ],
                    None => vec![Cell::text(""), Cell::text(""), Cell::text(""), Cell::text("")],
                };
                let mut rows: Vec<Vec<Cell>> = r
                    .partners
                    .iter()
                    .map(|p| {
                        let mut row = figures(&p.name, &json_name(&p.method), &p.codes.join("; "), &p.figures);
                        row.extend(lift(p.lift.as_ref()));
                        row
                    })
                    .collect();
                let mut total = figures("(campaign total)", "", "", &r.totals.figures);
                total.extend(lift(Some(&r.lift)));
                rows.push(total);
                Table {
                    header: vec![
                        "campaign",
                        "partner",
                        "method",
                        "codes",
                        "orders",
                        "net revenue",
                        "of which typed in (orders)",
                        "gross profit",
                        "cost",
                        "commission owed",
                        "ROI %",
                        "ROAS",
                        "new customers",
                        "cost per new customer",
                        "lift status",
                        "lift estimate",
                        "lift low (95%)",
                        "lift high (95%)",
                    ],
                    rows,
                }
            }
        })
    }

    /// Writes an export to `path`; `bom` adds the UTF-8 byte-order mark Excel needs.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be written; [`Error::NotFound`] for an unknown campaign.
    pub fn export_csv(&self, kind: ExportKind, path: &Path, bom: bool) -> Result<usize> {
        let table = self.export_table(kind)?;
        write_table(path, &table, bom)?;
        Ok(table.rows.len())
    }
}

/// Writes `table` as CSV (text cells guarded, numbers as they are).
pub fn write_table(path: &Path, table: &Table, bom: bool) -> Result<()> {
    let mut out = if bom { Vec::from(b"\xEF\xBB\xBF".as_slice()) } else { Vec::new() };
    {
        let io = |e: csv::Error| Error::Io(std::io::Error::other(e.to_string()));
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record(&table.header).map_err(io)?;
        for row in &table.rows {
            w.write_record(row.iter().map(|c| match c {
                Cell::Text(t) => safe_cell(t),
                Cell::Number(n) => n.clone(),
            }))
            .map_err(io)?;
        }
        w.flush()?;
    }
    write_whole(path, &out)
}

/// Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so a full
/// disk or a crash never leaves half a document where the owner asked for one.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.{}.partial", std::process::id()));
    let written = std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    Ok(written?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized_in_text_but_numbers_stay_numbers() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("+1"), "'+1");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("\tx"), "'\tx");
        assert_eq!(safe_cell("Zoë"), "Zoë");
        assert_eq!(Cell::money(-1250, 2), Cell::Number("-12.50".into()));
        assert_eq!(Cell::money(5, 2), Cell::Number("0.05".into()));
        assert_eq!(Cell::money(1234, 0), Cell::Number("1234".into()));
        assert_eq!(Cell::money(-7, 3), Cell::Number("-0.007".into()));
    }
}
