//! Charts drawn by the core with `plotters` as SVG text, so the window and the PDF show the very same
//! picture. Labels are escaped by plotters' SVG backend; the UI shows the SVG as an image (no script
//! can run in it), each chart beside a table with the same numbers.

use chrono::NaiveDate;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::format::Numbers;

/// Light or dark, to match the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Theme {
    Light,
    Dark,
}

struct Palette {
    background: RGBColor,
    text: RGBColor,
    grid: RGBColor,
    good: RGBColor,
    bad: RGBColor,
    line: RGBColor,
    band: RGBColor,
    /// A second series beside the main one (the shop's other customers, a usual level).
    other: RGBColor,
}

fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Light => Palette {
            background: RGBColor(255, 255, 255),
            text: RGBColor(29, 36, 32),
            grid: RGBColor(220, 216, 204),
            good: RGBColor(31, 122, 90),
            bad: RGBColor(179, 38, 30),
            line: RGBColor(29, 36, 32),
            band: RGBColor(220, 239, 230),
            other: RGBColor(112, 121, 116),
        },
        Theme::Dark => Palette {
            background: RGBColor(27, 31, 29),
            text: RGBColor(230, 233, 231),
            grid: RGBColor(70, 78, 74),
            good: RGBColor(76, 195, 138),
            bad: RGBColor(255, 123, 114),
            line: RGBColor(230, 233, 231),
            band: RGBColor(40, 72, 58),
            other: RGBColor(160, 168, 164),
        },
    }
}

fn draw_error<E: std::fmt::Display>(e: E) -> Error {
    Error::Corrupt(format!("a chart could not be drawn: {e}"))
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type Plot<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// A sentence instead of a picture, when there is nothing to draw.
fn say(root: &Area<'_>, message: &str, p: &Palette) -> Result<()> {
    root.draw(&Text::new(message, (20, 30), ("sans-serif", 14).into_font().color(&p.text))).map_err(draw_error)?;
    root.present().map_err(draw_error)
}

/// Days along the bottom (counted from `first`), amounts of money up the side, light horizontal rules.
fn day_money_mesh(chart: &mut Plot<'_, '_>, first: NaiveDate, money: &Numbers, p: &Palette) -> Result<()> {
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(p.grid)
        .light_line_style(TRANSPARENT)
        .axis_style(p.grid)
        .x_labels(6)
        .x_label_formatter(&|v| (first + chrono::Duration::days(v.round() as i64)).format("%b %-d").to_string())
        .y_labels(5)
        .y_label_formatter(&|v| money.short_money(*v))
        .label_style(("sans-serif", 15).into_font().color(&p.text))
        .draw()
        .map_err(draw_error)
}

/// The series' names, in a box at the top left.
fn legend<'a, 'b: 'a>(chart: &mut Plot<'a, 'b>, p: &Palette) -> Result<()> {
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(p.background.mix(0.9))
        .border_style(p.grid)
        .label_font(("sans-serif", 14).into_font().color(&p.text))
        .draw()
        .map_err(draw_error)
}

/// Names longer than this are cut with an ellipsis (the table beside the chart has them whole).
const LABEL_CHARS: usize = 22;

fn short(name: &str) -> String {
    if name.chars().count() <= LABEL_CHARS {
        name.to_string()
    } else {
        format!("{}…", name.chars().take(LABEL_CHARS - 1).collect::<String>())
    }
}

/// The symbol and minor-unit exponent of a shop currency ("$", 2), for axis labels; none known: ("", 2).
pub fn currency_style(code: Option<&str>) -> (String, u32) {
    let currency = code.and_then(iso_currency::Currency::from_code);
    let symbol = currency.map_or(String::new(), |c| c.symbol().to_string());
    (symbol, currency.and_then(|c| c.exponent()).map_or(2, u32::from))
}

/// ROI of each campaign as horizontal bars, losses in the "bad" colour, with a zero line.
pub fn roi_by_campaign(rows: &[(String, Option<f64>)], theme: Theme) -> Result<String> {
    roi_bars(rows, "No campaign with a cost yet: ROI needs one.", theme)
}

/// ROI of each partner of a campaign, as [`roi_by_campaign`] draws campaigns.
pub fn roi_by_partner(rows: &[(String, Option<f64>)], theme: Theme) -> Result<String> {
    roi_bars(rows, "No partner with a cost yet: ROI needs one.", theme)
}

fn roi_bars(rows: &[(String, Option<f64>)], empty: &str, theme: Theme) -> Result<String> {
    let rows: Vec<(String, f64)> = rows.iter().filter_map(|(n, r)| r.map(|r| (n.clone(), r * 100.0))).collect();
    horizontal_bars(&rows, theme, empty, &|x| format!("{x:.0}%"))
}

/// The partner leaderboard: attributed net revenue per partner, largest first.
pub fn leaderboard(rows: &[(String, i64)], money: &Numbers, theme: Theme) -> Result<String> {
    let mut rows: Vec<(String, f64)> = rows.iter().map(|(n, v)| (n.clone(), *v as f64)).collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1));
    horizontal_bars(&rows, theme, "No attributed sales yet.", &|x| money.short_money(x))
}

/// Cost per new customer by audience tier (what a customer brought by a nano partner cost, against a
/// micro one), smallest tier first.
pub fn cost_per_customer_by_tier(rows: &[(String, Option<i64>)], money: &Numbers, theme: Theme) -> Result<String> {
    let rows: Vec<(String, f64)> = rows.iter().filter_map(|(n, c)| c.map(|c| (n.clone(), c as f64))).collect();
    horizontal_bars(&rows, theme, "No new customers from partners yet.", &|x| money.short_money(x))
}

/// Horizontal bars, one per row (top to bottom in order), negative values in the "bad" colour.
fn horizontal_bars(
    rows: &[(String, f64)],
    theme: Theme,
    empty: &str,
    x_label: &dyn Fn(f64) -> String,
) -> Result<String> {
    let p = palette(theme);
    let rows: Vec<(String, f64)> = rows.iter().map(|(n, v)| (short(n), *v)).collect();
    let height = 70 + 34 * rows.len().max(1) as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (640, height)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        if rows.is_empty() {
            root.draw(&Text::new(empty, (20, 30), ("sans-serif", 15).into_font().color(&p.text)))
                .map_err(draw_error)?;
        } else {
            let lo = rows.iter().map(|r| r.1).fold(0.0_f64, f64::min);
            let hi = rows.iter().map(|r| r.1).fold(0.0_f64, f64::max);
            let pad = ((hi - lo) * 0.08).max(5.0);
            let n = rows.len();
            let names: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
            let mut chart = ChartBuilder::on(&root)
                .margin(12)
                .x_label_area_size(28)
                .y_label_area_size(200)
                .build_cartesian_2d((lo - pad)..(hi + pad), 0.0..n as f64)
                .map_err(draw_error)?;
            chart
                .configure_mesh()
                .disable_y_mesh()
                .bold_line_style(p.grid)
                .light_line_style(TRANSPARENT)
                .axis_style(p.grid)
                .y_labels(n * 2 + 1)
                .y_label_formatter(&|y| {
                    let i = y.floor() as usize;
                    // One label per bar, at its middle (the formatter is asked at every half step).
                    if (y - i as f64 - 0.5).abs() < 1e-6 && i < names.len() {
                        names[n - 1 - i].clone()
                    } else {
                        String::new()
                    }
                })
                .x_label_formatter(&|x| x_label(*x))
                .label_style(("sans-serif", 15).into_font().color(&p.text))
                .draw()
                .map_err(draw_error)?;
            chart
                .draw_series(rows.iter().enumerate().map(|(i, (_, v))| {
                    let y = (n - 1 - i) as f64;
                    let color = if *v < 0.0 { p.bad } else { p.good };
                    Rectangle::new([(0.0, y + 0.2), (*v, y + 0.8)], color.filled())
                }))
                .map_err(draw_error)?;
            chart
                .draw_series(std::iter::once(PathElement::new(vec![(0.0, 0.0), (0.0, n as f64)], p.text)))
                .map_err(draw_error)?;
        }
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// Daily net sales over a period as a line, with each campaign's days (start to end + window) shaded.
pub fn daily_sales(
    days: &[(NaiveDate, i64)],
    windows: &[(NaiveDate, NaiveDate)],
    money: &Numbers,
    theme: Theme,
) -> Result<String> {
    let p = palette(theme);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (640, 260)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        let (Some(first), Some(last)) = (days.first().map(|d| d.0), days.last().map(|d| d.0)) else {
            say(&root, "No sales in this period.", &p)?;
            drop(root);
            return Ok(svg);
        };
        let x = |d: NaiveDate| (d - first).num_days() as f64;
        let span = x(last).max(1.0);
        let hi = days.iter().map(|d| d.1).max().unwrap_or(0).max(1) as f64 * 1.1;
        let lo = days.iter().map(|d| d.1).min().unwrap_or(0).min(0) as f64;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(60)
            .build_cartesian_2d(0.0..span, lo..hi)
            .map_err(draw_error)?;
        chart
            .draw_series(windows.iter().map(|(from, to)| {
                let (a, b) = (x(*from).max(0.0), (x(*to) + 1.0).min(span));
                Rectangle::new([(a, lo), (b.max(a), hi)], p.band.filled())
            }))
            .map_err(draw_error)?;
        day_money_mesh(&mut chart, first, money, &p)?;
        chart
            .draw_series(LineSeries::new(days.iter().map(|(d, v)| (x(*d), *v as f64)), p.line.stroke_width(2)))
            .map_err(draw_error)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// Attributed gross profit added up day by day over the campaign's days, against its cost (a level line):
/// where the profit line crosses the cost the campaign has paid for itself, and that day is marked.
pub fn break_even(
    daily_profit: &[(NaiveDate, i64)],
    from: NaiveDate,
    to: NaiveDate,
    cost_minor: i64,
    money: &Numbers,
    theme: Theme,
) -> Result<String> {
    let p = palette(theme);
    let mut running = 0;
    let mut points = vec![(from - chrono::Duration::days(1), 0)];
    for d in from.iter_days().take_while(|d| *d <= to) {
        running += daily_profit.iter().filter(|(day, _)| *day == d).map(|(_, v)| v).sum::<i64>();
        points.push((d, running));
    }
    let crossing = points.iter().find(|(_, v)| cost_minor > 0 && *v >= cost_minor).map(|(d, _)| *d);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (640, 260)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        let first = points[0].0;
        let x = |d: NaiveDate| (d - first).num_days() as f64;
        let span = x(to).max(1.0);
        let values = points.iter().map(|(_, v)| *v).chain([cost_minor, 0]);
        let hi = values.clone().max().unwrap_or(0).max(1) as f64 * 1.12;
        let lo = values.min().unwrap_or(0) as f64 * 1.12;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(60)
            .build_cartesian_2d(0.0..span, lo..hi)
            .map_err(draw_error)?;
        day_money_mesh(&mut chart, first, money, &p)?;
        let font = ("sans-serif", 14).into_font().color(&p.text);
        chart
            .draw_series(LineSeries::new([(0.0, cost_minor as f64), (span, cost_minor as f64)], p.bad.stroke_width(2)))
            .map_err(draw_error)?
            .label(format!("Cost {}", money.short_money(cost_minor as f64)))
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], p.bad.stroke_width(2)));
        chart
            .draw_series(LineSeries::new(points.iter().map(|(d, v)| (x(*d), *v as f64)), p.good.stroke_width(3)))
            .map_err(draw_error)?
            .label("Gross profit so far")
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], p.good.stroke_width(3)));
        if let Some(day) = crossing {
            chart
                .draw_series(std::iter::once(Circle::new((x(day), cost_minor as f64), 6, p.good.filled())))
                .map_err(draw_error)?;
            chart
                .draw_series(std::iter::once(
                    EmptyElement::at((x(day), cost_minor as f64))
                        + Text::new(
                            format!("Paid for itself {}", day.format("%b %-d")),
                            (-10, -12),
                            font.clone().pos(plotters::style::text_anchor::Pos::new(
                                plotters::style::text_anchor::HPos::Right,
                                plotters::style::text_anchor::VPos::Bottom,
                            )),
                        ),
                ))
                .map_err(draw_error)?;
        }
        legend(&mut chart, &p)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// The lift panel's picture: each window day's sales (this campaign's code orders taken out) against the
/// usual range of that weekday (a band, 95%) and its usual level (a dashed line).
pub fn lift_band(days: &[crate::lift::LiftDay], money: &Numbers, theme: Theme) -> Result<String> {
    let p = palette(theme);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (640, 260)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        let usable: Vec<&crate::lift::LiftDay> = days.iter().filter(|d| d.expected_minor.is_some()).collect();
        let (Some(first), Some(last)) = (usable.first().map(|d| d.day), usable.last().map(|d| d.day)) else {
            say(&root, "No usual range to show: not enough sales history.", &p)?;
            drop(root);
            return Ok(svg);
        };
        let x = |d: NaiveDate| (d - first).num_days() as f64;
        let span = x(last).max(1.0);
        let values = usable.iter().flat_map(|d| [d.actual_minor, d.usual_high_minor, d.usual_low_minor]).flatten();
        let hi = values.clone().max().unwrap_or(0).max(1) as f64 * 1.1;
        let lo = values.min().unwrap_or(0).min(0) as f64;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(60)
            .build_cartesian_2d(-0.5..span + 0.5, lo..hi)
            .map_err(draw_error)?;
        day_money_mesh(&mut chart, first, money, &p)?;
        let band: Vec<(f64, f64)> = usable
            .iter()
            .filter_map(|d| d.usual_high_minor.map(|h| (x(d.day), h as f64)))
            .chain(usable.iter().rev().filter_map(|d| d.usual_low_minor.map(|l| (x(d.day), l as f64))))
            .collect();
        chart
            .draw_series(std::iter::once(Polygon::new(band, p.band.filled())))
            .map_err(draw_error)?
            .label("Usual range (95%)")
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 16, y + 5)], p.band.filled()));
        chart
            .draw_series(DashedLineSeries::new(
                usable.iter().filter_map(|d| d.expected_minor.map(|e| (x(d.day), e as f64))),
                6,
                4,
                p.other.stroke_width(2),
            ))
            .map_err(draw_error)?;
        chart
            .draw_series(
                usable
                    .iter()
                    .filter_map(|d| d.actual_minor.map(|a| (x(d.day), a as f64)))
                    .map(|(x, y)| Circle::new((x, y), 4, p.line.filled())),
            )
            .map_err(draw_error)?
            .label("Sales of the day")
            .legend(move |(x, y)| Circle::new((x + 8, y), 4, p.line.filled()));
        legend(&mut chart, &p)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// How many new customers came back within 30, 60 and 90 days: those the partners brought against the
/// shop's other new customers of the same days. Horizons not reached by the data yet are left out.
pub fn repeat_curves(
    partners: &[crate::attribution::RepeatRate],
    others: &[crate::attribution::RepeatRate],
    theme: Theme,
) -> Result<String> {
    let p = palette(theme);
    let line = |rates: &[crate::attribution::RepeatRate]| -> Vec<(f64, f64)> {
        std::iter::once((0.0, 0.0))
            .chain(rates.iter().filter_map(|r| r.rate.map(|v| (r.days as f64, v * 100.0))))
            .collect()
    };
    let (ours, theirs) = (line(partners), line(others));
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (640, 260)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        if ours.len() < 2 && theirs.len() < 2 {
            say(&root, "No new customer has been around for 30 days yet.", &p)?;
            drop(root);
            return Ok(svg);
        }
        let hi = ours.iter().chain(&theirs).map(|v| v.1).fold(10.0_f64, f64::max) * 1.15;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(50)
            .build_cartesian_2d(0.0..95.0, 0.0..hi.min(100.0))
            .map_err(draw_error)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .bold_line_style(p.grid)
            .light_line_style(TRANSPARENT)
            .axis_style(p.grid)
            .x_labels(20)
            .x_label_formatter(&|v: &f64| {
                let d = v.round() as i64;
                if d > 0 && d % 30 == 0 { format!("{d} days") } else { String::new() }
            })
            .y_labels(5)
            .y_label_formatter(&|v| format!("{v:.0}%"))
            .label_style(("sans-serif", 15).into_font().color(&p.text))
            .draw()
            .map_err(draw_error)?;
        for (points, color, label) in
            [(&ours, p.good, "Brought by partners"), (&theirs, p.other, "The shop's other new customers")]
        {
            if points.len() < 2 {
                continue;
            }
            chart
                .draw_series(LineSeries::new(points.iter().copied(), color.stroke_width(3)))
                .map_err(draw_error)?
                .label(label)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], color.stroke_width(3)));
            chart
                .draw_series(points.iter().skip(1).map(|&(x, y)| Circle::new((x, y), 4, color.filled())))
                .map_err(draw_error)?;
        }
        legend(&mut chart, &p)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_cut_and_text_is_escaped() {
        let svg = roi_by_campaign(
            &[("<script>alert(1)</script> & a very long campaign name indeed".into(), Some(-0.4))],
            Theme::Light,
        )
        .expect("svg");
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains('…'));
    }
}
