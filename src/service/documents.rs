//! The owner's documents: a campaign's charts, its PDFs (summary, partner report, coupon sheet) and the
//! CSV exports, each from data the store loads and results the service keeps, drawn by the report layer.

use std::path::Path;

use crate::charts::Theme;
use crate::error::Result;
use crate::export::{Cell, CsvStyle, ExportKind, Table, json_name, write_table};
use crate::format::{Numbers, exponent_of};
use crate::model::ListQuery;
use crate::pdf::{Paper, PdfKind};
use crate::report::CampaignCharts;
use crate::store::Store;

impl Store {
    /// A campaign's charts, from its (cached) results; amounts on the axes written for `locale` (else the
    /// shop's).
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown campaign; [`crate::Error::Corrupt`] when a chart cannot be
    /// drawn, or the shop's stored time zone or analysis settings cannot be read; [`crate::Error::Database`]
    /// when SQLite fails.
    pub fn campaign_charts(&self, campaign_id: i64, theme: Theme, locale: Option<&str>) -> Result<CampaignCharts> {
        crate::report::campaign_charts(&self.campaign_results(campaign_id)?, theme, &self.numbers(locale)?)
    }

    /// How amounts and dates are written, in the shop's currency: for the owner's locale
    /// ([`crate::locale::effective`]: the shop's setting, else the system's), or for `locale` when a caller
    /// asks for another one explicitly (the CLI's `--locale`, tests); the app never does.
    ///
    /// # Errors
    /// [`crate::Error::Database`] when SQLite fails; an unknown `locale` is not an error.
    pub fn numbers(&self, locale: Option<&str>) -> Result<Numbers> {
        let shop = self.shop()?;
        let locale = match locale {
            Some(tag) => crate::locale::normalize(tag),
            None => shop.format.locale,
        };
        Ok(Numbers::new(shop.settings.currency.as_deref(), &locale))
    }
}

impl Store {
    /// The document's bytes.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown campaign or partner; [`crate::Error::Invalid`] for a
    /// coupon sheet of a campaign without codes.
    /// Amounts and dates are written for `locale` (BCP 47; the app passes the one its window uses), else
    /// for the shop's locale, else US English.
    pub fn pdf(&self, kind: PdfKind, paper: Paper, locale: Option<&str>) -> Result<Vec<u8>> {
        let numbers = self.numbers(locale)?;
        match kind {
            PdfKind::Summary { campaign_id } => crate::pdf::summary::campaign_summary(
                &self.campaign_results(campaign_id)?,
                &self.campaign(campaign_id)?,
                &self.shop()?,
                paper,
                &numbers,
            ),
            PdfKind::PartnerReport { campaign_partner_id } => {
                let cp = self.campaign_partner(campaign_partner_id)?;
                let q = crate::store::DeliverableQuery { campaign_partner_id: Some(cp.id), ..Default::default() };
                let deliverables = self.deliverables(&q)?;
                let ledger = cp.fields.partner_id.map(|p| self.partner_ledger(p, None, None)).transpose()?;
                crate::pdf::summary::partner_report(
                    &self.campaign_results(cp.campaign_id)?,
                    &self.campaign(cp.campaign_id)?,
                    &self.shop()?,
                    &crate::pdf::summary::PartnerExtras {
                        campaign_partner_id,
                        deliverables: &deliverables,
                        ledger: ledger.as_ref(),
                        leaked: &cp.leaked,
                    },
                    paper,
                    &numbers,
                )
            }
            PdfKind::Coupons { campaign_id } => {
                crate::pdf::coupons::coupon_sheet(&self.campaign_detail(campaign_id)?, &self.shop()?, paper, &numbers)
            }
            PdfKind::Statement { partner_id, from, to } => crate::pdf::statement::payout_statement(
                &self.partner_ledger(partner_id, from, to)?,
                &self.shop()?,
                paper,
                &numbers,
            ),
        }
    }

    /// Writes the document to `path` whole or not at all (a temporary file beside it, then renamed).
    /// Returns the characters of its text no font could show (boxes on the page), for the owner to be told;
    /// empty for names in the scripts of the shipped languages.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown campaign or campaign partner; [`crate::Error::Invalid`] for
    /// a coupon sheet of a campaign without codes; [`crate::Error::Document`] when the PDF cannot be put
    /// together; [`crate::Error::Corrupt`] when a chart cannot be drawn; [`crate::Error::Io`] when the file
    /// cannot be written or moved into place (`path` is then left as it was); [`crate::Error::Database`] when
    /// SQLite fails.
    pub fn export_pdf(&mut self, kind: PdfKind, paper: Paper, locale: Option<&str>, path: &Path) -> Result<Vec<char>> {
        crate::pdf::take_missing_characters();
        let bytes = self.pdf(kind, paper, locale)?;
        let missing = crate::pdf::take_missing_characters();
        crate::export::write_whole(path, &bytes)?;
        if matches!(kind, PdfKind::Coupons { .. }) {
            self.note_coupon_sheet_printed()?;
        }
        Ok(missing)
    }
}

impl Store {
    /// The rows of an export.
    ///
    /// Long because each export's header and row cells are listed side by side, column for column, so they
    /// stay in step.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown campaign.
    #[expect(
        clippy::too_many_lines,
        reason = "each export's header and row cells are listed side by side, column for column, so they stay in step"
    )]
    pub fn export_table(&self, kind: ExportKind) -> Result<Table> {
        let shop = self.shop()?;
        let exponent = shop.settings.currency.as_deref().map_or(2, exponent_of);
        // The header row in the shop's language (reports.ftl `export-*`); the cells keep the stored words.
        let words = crate::i18n::words(&shop.format.locale);
        let all = ListQuery { include_archived: true, ..Default::default() };
        Ok(match kind {
            ExportKind::Partners => Table {
                header: [
                    "export-partners-name",
                    "export-partners-email",
                    "export-partners-phone",
                    "export-partners-neighborhood",
                    "export-partners-city",
                    "export-partners-stage",
                    "export-partners-tier",
                    "export-partners-largest-audience",
                    "export-partners-main-handle",
                    "export-partners-engagement",
                    "export-partners-values-1-5",
                    "export-partners-authenticity-1-5",
                    "export-partners-local-audience",
                    "export-partners-niches",
                    "export-partners-campaigns",
                    "export-partners-archived",
                ]
                .into_iter()
                .map(|id| words.get(id, &[]))
                .collect(),
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
                header: [
                    "export-campaigns-name",
                    "export-campaigns-goal",
                    "export-campaigns-start",
                    "export-campaigns-end",
                    "export-campaigns-attribution-window-days",
                    "export-campaigns-orders-count-until",
                    "export-campaigns-status",
                    "export-campaigns-partners",
                    "export-campaigns-codes",
                    "export-campaigns-other-costs",
                    "export-campaigns-owner-hours",
                ]
                .into_iter()
                .map(|id| words.get(id, &[]))
                .collect(),
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
                        row.push(Cell::int(p.figures.survey_orders));
                        row
                    })
                    .collect();
                let total_row = words.get("export-results-total-row", &[]);
                let mut total = figures(&total_row, "", "", &r.totals.figures);
                total.extend(lift(Some(&r.lift)));
                total.push(Cell::int(r.totals.figures.survey_orders));
                rows.push(total);
                Table {
                    header: [
                        "export-results-campaign",
                        "export-results-partner",
                        "export-results-method",
                        "export-results-codes",
                        "export-results-orders",
                        "export-results-net-revenue",
                        "export-results-of-which-typed-in-orders",
                        "export-results-gross-profit",
                        "export-results-cost",
                        "export-results-commission-owed",
                        "export-results-roi",
                        "export-results-roas",
                        "export-results-new-customers",
                        "export-results-cost-per-new-customer",
                        "export-results-lift-status",
                        "export-results-lift-estimate",
                        "export-results-lift-low-95",
                        "export-results-lift-high-95",
                        // Last, so that sheets made from earlier exports keep their columns.
                        "export-results-of-which-customer-said-orders",
                    ]
                    .into_iter()
                    .map(|id| words.get(id, &[]))
                    .collect(),
                    rows,
                }
            }
            ExportKind::Statement { partner_id, from, to } => self.statement_table(partner_id, from, to)?,
        })
    }

    /// A partner's ledger as a table: one row per line, the opening balance first.
    fn statement_table(
        &self,
        partner_id: i64,
        from: Option<chrono::NaiveDate>,
        to: Option<chrono::NaiveDate>,
    ) -> Result<Table> {
        let shop = self.shop()?;
        let exponent = shop.settings.currency.as_deref().map_or(2, exponent_of);
        let words = crate::i18n::words(&shop.format.locale);
        let l = self.partner_ledger(partner_id, from, to)?;
        let mut rows = vec![vec![
            Cell::text(&l.partner),
            Cell::Number(from.map(|d| d.to_string()).unwrap_or_default()),
            Cell::text("opening balance"),
            Cell::text(""),
            Cell::text(""),
            Cell::text(""),
            Cell::text(""),
            Cell::text(""),
            Cell::text(""),
            Cell::money(l.opening_balance_minor, exponent),
        ]];
        for e in &l.entries {
            rows.push(vec![
                Cell::text(&l.partner),
                Cell::Number(e.day.to_string()),
                Cell::text(json_name(&e.kind)),
                Cell::text(e.campaign.clone().unwrap_or_default()),
                Cell::text(e.order.clone().unwrap_or_default()),
                Cell::Number(e.order_day.map(|d| d.to_string()).unwrap_or_default()),
                Cell::text(
                    [e.method.as_str(), e.note.as_str()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(" · "),
                ),
                Cell::money(e.net_revenue_minor, exponent),
                Cell::money(e.amount_minor, exponent),
                Cell::money(e.balance_minor, exponent),
            ]);
        }
        Ok(Table {
            header: [
                "export-statement-partner",
                "export-statement-day",
                "export-statement-line",
                "export-statement-campaign",
                "export-statement-order",
                "export-statement-order-day",
                "export-statement-payment",
                "export-statement-on-net-revenue",
                "export-statement-amount",
                "export-statement-balance",
            ]
            .into_iter()
            .map(|id| words.get(id, &[]))
            .collect(),
            rows,
        })
    }

    /// Writes an export to `path`; `bom` adds the UTF-8 byte-order mark Excel needs.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be written; [`Error::NotFound`] for an unknown campaign.
    pub fn export_csv(&self, kind: ExportKind, path: &Path, bom: bool) -> Result<usize> {
        let table = self.export_table(kind)?;
        write_table(path, &table, bom, CsvStyle::of(&self.shop()?.format))?;
        Ok(table.rows.len())
    }
}
