//! Charts drawn by the core with `plotters` as SVG text, so the window and the PDF show the very same
//! picture. Labels are escaped by plotters' SVG backend; the UI shows the SVG as an image (no script
//! can run in it), each chart beside a table with the same numbers. Their words (legends, axis titles,
//! "nothing to draw" sentences) are the `chart-` messages of the catalogues, in the language of the
//! locale the [`Numbers`] a chart is given write for.

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

/// Every chart is this wide (the window and the PDF scale it); heights vary with the content.
const WIDTH: u32 = 640;
/// Text size of labels, legends and messages (plotters writes it as ~81% of this in the SVG).
const LABEL: u32 = 15;
/// The strip under a chart that holds its legend: never drawn over the data.
const LEGEND_STRIP: u32 = 30;
/// Room a tick label needs along an axis, in pixels: tick counts follow the plot's width.
const TICK_ROOM: u32 = 95;

fn font(p: &Palette) -> TextStyle<'static> {
    ("sans-serif", LABEL).into_font().color(&p.text)
}

/// `message` wrapped to lines that `fit`, broken at spaces (never at a no-break space); a word wider than
/// a line (a Japanese sentence has no spaces) is broken between its characters.
fn wrap(message: &str, fits: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    let breakable = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2060}');
    for word in message.split(breakable).filter(|w| !w.is_empty()) {
        let last = lines.last_mut().expect("a line");
        let longer = if last.is_empty() { word.to_string() } else { format!("{last} {word}") };
        if fits(&longer) {
            *last = longer;
            continue;
        }
        // A word longer than a whole line starts where the line is and breaks between characters; a
        // shorter one moves to the next line.
        if !fits(word) && !last.is_empty() {
            last.push(' ');
        } else if !last.is_empty() {
            lines.push(String::new());
        }
        for c in word.chars() {
            let last = lines.last_mut().expect("a line");
            if !last.trim_end().is_empty() && !fits(&format!("{last}{c}")) {
                *last = last.trim_end().to_string();
                lines.push(c.to_string());
            } else {
                last.push(c);
            }
        }
    }
    lines
}

/// A sentence instead of a picture, when there is nothing to draw: one readable line, not a blank box.
fn say(message: &str, theme: Theme) -> Result<String> {
    const SIZE: u32 = 17;
    let p = palette(theme);
    // Words wrapped to the width, as many lines as it takes.
    // plotters writes the size as 81% of it; a line starts 12 pixels in and ends inside the picture.
    let lines = wrap(message, &|line| 12.0 + ems(line) * f64::from(SIZE) * 0.81 <= f64::from(WIDTH));
    let mut svg = String::new();
    {
        let height = 16 + 22 * lines.len() as u32;
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        for (i, line) in lines.iter().enumerate() {
            root.draw(&Text::new(
                line.clone(),
                (12, 10 + 22 * i as i32),
                ("sans-serif", SIZE).into_font().color(&p.text),
            ))
            .map_err(draw_error)?;
        }
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// How many tick labels fit along `pixels`.
fn ticks(pixels: u32) -> usize {
    (pixels / TICK_ROOM).max(2) as usize
}

/// Days along the bottom (counted from `first`), amounts of money up the side, light horizontal rules.
fn day_money_mesh(chart: &mut Plot<'_, '_>, first: NaiveDate, money: &Numbers, p: &Palette) -> Result<()> {
    let width = chart.plotting_area().dim_in_pixel().0;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(p.grid)
        .light_line_style(TRANSPARENT)
        .axis_style(p.grid)
        .x_labels(ticks(width))
        .x_label_formatter(&|v| {
            // Whole days only: a tick between two days would repeat a date.
            if (v - v.round()).abs() > 1e-6 {
                return String::new();
            }
            money.month_day(first + chrono::Duration::days(v.round() as i64))
        })
        .y_labels(5)
        .y_label_formatter(&|v| money.short_money(*v))
        .label_style(font(p))
        .draw()
        .map_err(draw_error)
}

/// The room the money labels up the side of a chart from `lo` to `hi` take: 60 pixels, or more for a
/// locale's longer short amounts ("1,5 k $US").
fn money_axis_room(money: &Numbers, lo: f64, hi: f64) -> u32 {
    let widest = (0..=8)
        .map(|i| lo + (hi - lo) * f64::from(i) / 8.0)
        .map(|v| text_width(&money.short_money(v), LABEL * 81 / 100 + 1))
        .max()
        .unwrap_or(0);
    (widest + 14).max(60)
}

/// A legend entry's mark.
#[derive(Clone, Copy)]
enum Mark {
    Line(RGBColor),
    Dashed(RGBColor),
    Band(RGBColor),
    Dot(RGBColor),
}

/// The series' names in a row under the chart, in `strip` (never over the data or the axes); set smaller
/// when a language's words would not fit the row at the usual size.
fn legend_below(strip: &Area<'_>, items: &[(String, Mark)], p: &Palette) -> Result<()> {
    let row = |size: u32| -> u32 { items.iter().map(|(label, _)| 26 + text_width(label, size) + 22).sum::<u32>() + 14 };
    let mut size = LABEL;
    while size > 10 && row(size) > WIDTH {
        size -= 1;
    }
    let mut x = 14_i32;
    let y = (LEGEND_STRIP / 2) as i32;
    for (label, mark) in items {
        match mark {
            Mark::Line(c) => strip.draw(&PathElement::new(vec![(x, y), (x + 18, y)], c.stroke_width(3))),
            Mark::Dashed(c) => strip
                .draw(&PathElement::new(vec![(x, y), (x + 6, y)], c.stroke_width(2)))
                .and_then(|_| strip.draw(&PathElement::new(vec![(x + 11, y), (x + 18, y)], c.stroke_width(2)))),
            Mark::Band(c) => strip.draw(&Rectangle::new([(x, y - 6), (x + 18, y + 6)], c.filled())),
            Mark::Dot(c) => strip.draw(&Circle::new((x + 9, y), 5, c.filled())),
        }
        .map_err(draw_error)?;
        strip
            .draw(&Text::new(
                label.clone(),
                (x + 26, y),
                ("sans-serif", size).into_font().color(&p.text).pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Left,
                    plotters::style::text_anchor::VPos::Center,
                )),
            ))
            .map_err(draw_error)?;
        x += 26 + text_width(label, size) as i32 + 22;
    }
    Ok(())
}

/// A generous estimate of how wide `text` is drawn at `size` (sans-serif): wide characters (CJK, emoji)
/// count as a full em, others as 0.6 of one.
pub fn text_width(text: &str, size: u32) -> u32 {
    (ems(text) * f64::from(size)).ceil() as u32
}

/// How many ems wide `text` is estimated to be drawn (as [`text_width`]).
fn ems(text: &str) -> f64 {
    text.chars().map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.6 }).sum()
}

/// Names longer than this are cut with an ellipsis (the table beside the chart has them whole).
const LABEL_CHARS: usize = 22;

fn short(name: &str) -> String {
    short_to(name, LABEL_CHARS)
}

fn short_to(name: &str, chars: usize) -> String {
    if name.chars().count() <= chars {
        name.to_string()
    } else {
        format!("{}…", name.chars().take(chars.saturating_sub(1)).collect::<String>())
    }
}

/// One bar of an ROI chart: the ROI from counted sales, and the range with walk-in partners' sales lift
/// (low and high ends), either of which may be missing. Fractions (0.25 = 25%).
#[derive(Debug, Clone, PartialEq)]
pub struct RoiBar {
    pub name: String,
    pub roi: Option<f64>,
    pub lift_range: Option<(f64, f64)>,
}

/// ROI of each campaign as horizontal bars, losses in the "bad" colour, with a zero line; a campaign with
/// walk-in partners also gets its ROI range with their sales lift, drawn as a range, never as a loss.
///
/// # Errors
/// [`Error::Corrupt`] when plotters cannot draw the chart into the SVG text; nothing to draw is a one-line
/// message, not an error.
pub fn roi_by_campaign(rows: &[RoiBar], numbers: &Numbers, theme: Theme) -> Result<String> {
    roi_bars(rows, &crate::i18n::words(numbers.locale()).get("chart-roi-no-campaign", &[]), numbers, theme)
}

/// ROI of each partner of a campaign, as [`roi_by_campaign`] draws campaigns: a walk-in partner (sales
/// lift, no counted sales) is its ROI range.
///
/// # Errors
/// [`Error::Corrupt`] when plotters cannot draw the chart into the SVG text; nothing to draw is a one-line
/// message, not an error.
pub fn roi_by_partner(rows: &[RoiBar], numbers: &Numbers, theme: Theme) -> Result<String> {
    roi_bars(rows, &crate::i18n::words(numbers.locale()).get("chart-roi-no-partner", &[]), numbers, theme)
}

fn roi_bars(rows: &[RoiBar], empty: &str, numbers: &Numbers, theme: Theme) -> Result<String> {
    let rows: Vec<Bar> = rows
        .iter()
        .filter(|r| r.roi.is_some() || r.lift_range.is_some())
        .map(|r| Bar {
            name: r.name.clone(),
            value: r.roi.map(|v| v * 100.0),
            range: r.lift_range.map(|(l, h)| (l * 100.0, h * 100.0)),
        })
        .collect();
    let legend = rows
        .iter()
        .any(|r| r.range.is_some())
        .then(|| crate::i18n::words(numbers.locale()).get("chart-roi-range", &[]));
    horizontal_bars(&rows, theme, empty, legend.as_deref(), None, &|x| numbers.percent(x / 100.0, false))
}

/// The partner leaderboard: attributed net revenue per partner, largest first.
///
/// # Errors
/// [`Error::Corrupt`] when plotters cannot draw the chart into the SVG text; nothing to draw is a one-line
/// message, not an error.
pub fn leaderboard(rows: &[(String, i64)], money: &Numbers, theme: Theme) -> Result<String> {
    let mut rows: Vec<Bar> =
        rows.iter().map(|(n, v)| Bar { name: n.clone(), value: Some(*v as f64), range: None }).collect();
    rows.sort_by(|a, b| b.value.unwrap_or(0.0).total_cmp(&a.value.unwrap_or(0.0)));
    let w = crate::i18n::words(money.locale());
    let (empty, unit) = (w.get("chart-leaderboard-empty", &[]), w.get("chart-leaderboard-axis", &[]));
    horizontal_bars(&rows, theme, &empty, None, Some(&unit), &|x| money.short_money(x))
}

/// Cost per new customer by audience tier (what a customer brought by a nano partner cost, against a
/// micro one), smallest tier first, the unit under the axis.
///
/// # Errors
/// [`Error::Corrupt`] when plotters cannot draw the chart into the SVG text; nothing to draw is a one-line
/// message, not an error.
pub fn cost_per_customer_by_tier(rows: &[(String, Option<i64>)], money: &Numbers, theme: Theme) -> Result<String> {
    let rows: Vec<Bar> = rows
        .iter()
        .filter_map(|(n, c)| c.map(|c| Bar { name: n.clone(), value: Some(c as f64), range: None }))
        .collect();
    let w = crate::i18n::words(money.locale());
    let (empty, unit) = (w.get("chart-tiers-empty", &[]), w.get("chart-tiers-axis", &[]));
    horizontal_bars(&rows, theme, &empty, None, Some(&unit), &|x| money.short_money(x))
}

/// A horizontal bar: a value (drawn as a bar), a range (drawn as a line with end caps), or both.
struct Bar {
    name: String,
    value: Option<f64>,
    range: Option<(f64, f64)>,
}

/// Horizontal bars, one per row (top to bottom in order), negative values in the "bad" colour; a range
/// as a line with caps; `legend` (the range's meaning) and `unit` (what the axis counts) under the chart.
fn horizontal_bars(
    rows: &[Bar],
    theme: Theme,
    empty: &str,
    legend: Option<&str>,
    unit: Option<&str>,
    x_label: &dyn Fn(f64) -> String,
) -> Result<String> {
    if rows.is_empty() {
        return say(empty, theme);
    }
    let p = palette(theme);
    let unit_room = if unit.is_some() { 22 } else { 0 };
    let legend_room = if legend.is_some() { LEGEND_STRIP } else { 0 };
    let height = 60 + 34 * rows.len() as u32 + unit_room + legend_room;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        let (area, strip) = root.split_vertically(height - legend_room);
        let values = rows.iter().flat_map(|r| [r.value, r.range.map(|x| x.0), r.range.map(|x| x.1)]).flatten();
        let lo = values.clone().fold(0.0_f64, f64::min);
        let hi = values.fold(0.0_f64, f64::max);
        let pad = ((hi - lo) * 0.08).max(5.0);
        let n = rows.len();
        let names: Vec<String> = rows.iter().map(|r| short(&r.name)).collect();
        let mut builder = ChartBuilder::on(&area);
        builder.margin(12).margin_right(28).x_label_area_size(28 + unit_room).y_label_area_size(200);
        let mut chart = builder.build_cartesian_2d((lo - pad)..(hi + pad), 0.0..n as f64).map_err(draw_error)?;
        let width = chart.plotting_area().dim_in_pixel().0;
        let name_of = |y: &f64| {
            let i = y.floor() as usize;
            // One label per bar, at its middle (the formatter is asked at every half step).
            if (y - i as f64 - 0.5).abs() < 1e-6 && i < names.len() { names[n - 1 - i].clone() } else { String::new() }
        };
        let amount_of = |x: &f64| x_label(*x);
        let mut mesh = chart.configure_mesh();
        mesh.disable_y_mesh()
            .bold_line_style(p.grid)
            .light_line_style(TRANSPARENT)
            .axis_style(p.grid)
            .y_labels(n * 2 + 1)
            .y_label_formatter(&name_of)
            .x_labels(ticks(width))
            .x_label_formatter(&amount_of)
            .label_style(font(&p));
        if let Some(unit) = unit {
            mesh.x_desc(unit).axis_desc_style(font(&p));
        }
        mesh.draw().map_err(draw_error)?;
        for (i, r) in rows.iter().enumerate() {
            let y = (n - 1 - i) as f64;
            if let Some(v) = r.value {
                let color = if v < 0.0 { p.bad } else { p.good };
                chart.draw_series(std::iter::once(Rectangle::new([(0.0, y + 0.2), (v, y + 0.8)], color.filled())))
            } else {
                chart.draw_series(std::iter::empty::<Rectangle<(f64, f64)>>())
            }
            .map_err(draw_error)?;
            if let Some((l, h)) = r.range {
                let mid = y + 0.5;
                let style = p.other.stroke_width(3);
                chart
                    .draw_series([
                        PathElement::new(vec![(l, mid), (h, mid)], style),
                        PathElement::new(vec![(l, y + 0.3), (l, y + 0.7)], style),
                        PathElement::new(vec![(h, y + 0.3), (h, y + 0.7)], style),
                    ])
                    .map_err(draw_error)?;
            }
        }
        chart
            .draw_series(std::iter::once(PathElement::new(vec![(0.0, 0.0), (0.0, n as f64)], p.text)))
            .map_err(draw_error)?;
        if let Some(legend) = legend {
            legend_below(&strip, &[(legend.to_string(), Mark::Line(p.other))], &p)?;
        }
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// A campaign's days on the daily-sales chart: its name, first day and last day its orders count.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Daily net sales over a period as a line, with each campaign's days (start to end + window) shaded and
/// named above the plot (a name that has no room is left to the table beside the chart).
///
/// # Errors
/// [`Error::Corrupt`] when plotters cannot draw the chart into the SVG text; nothing to draw is a one-line
/// message, not an error.
pub fn daily_sales(days: &[(NaiveDate, i64)], bands: &[Band], money: &Numbers, theme: Theme) -> Result<String> {
    let (Some(first), Some(last)) = (days.first().map(|d| d.0), days.last().map(|d| d.0)) else {
        return say(&crate::i18n::words(money.locale()).get("chart-sales-empty", &[]), theme);
    };
    let p = palette(theme);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 290)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        let x = |d: NaiveDate| (d - first).num_days() as f64;
        let span = x(last).max(1.0);
        let hi = days.iter().map(|d| d.1).max().unwrap_or(0).max(1) as f64 * 1.1;
        let lo = days.iter().map(|d| d.1).min().unwrap_or(0).min(0) as f64;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .margin_top(40)
            .margin_right(30)
            .x_label_area_size(28)
            .y_label_area_size(money_axis_room(money, lo, hi))
            .build_cartesian_2d(0.0..span, lo..hi)
            .map_err(draw_error)?;
        let shown: Vec<(&Band, f64, f64)> = bands
            .iter()
            .map(|b| (b, x(b.from).max(0.0), (x(b.to) + 1.0).min(span)))
            .filter(|(_, a, b)| b > a)
            .collect();
        chart
            .draw_series(shown.iter().map(|(_, a, b)| Rectangle::new([(*a, lo), (*b, hi)], p.band.filled())))
            .map_err(draw_error)?;
        day_money_mesh(&mut chart, first, money, &p)?;
        chart
            .draw_series(LineSeries::new(days.iter().map(|(d, v)| (x(*d), *v as f64)), p.line.stroke_width(2)))
            .map_err(draw_error)?;
        // Names above the plot, in two rows; a name is cut to its band's width plus the gap to the next.
        let area = chart.plotting_area();
        let mut row_end = [i32::MIN; 2];
        let size = 13;
        for (band, a, b) in &shown {
            let (left, top) = area.map_coordinate(&(*a, hi));
            let right = area.map_coordinate(&(*b, hi)).0;
            let Some(row) = (0..2).find(|&r| row_end[r] + 8 <= left) else { continue };
            let room = (WIDTH as i32 - 8 - left).max(0) as u32;
            let mut name = short_to(&band.name, 28);
            while text_width(&name, size) > room && name.chars().count() > 2 {
                name = short_to(&name, name.chars().count() - 2);
            }
            if text_width(&name, size) > room {
                continue;
            }
            let y = top - 30 + 15 * row as i32;
            root.draw(&Text::new(name.clone(), (left, y), ("sans-serif", size).into_font().color(&p.text)))
                .map_err(draw_error)?;
            row_end[row] = left.max(right).max(left + text_width(&name, size) as i32);
        }
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// The first day gross profit added up day by day (`daily_profit`, oldest first) reaches `cost_minor`: the
/// day a campaign paid for itself. `None` for no cost, or before it is reached.
pub fn paid_back_on(daily_profit: &[(NaiveDate, i64)], cost_minor: i64) -> Option<NaiveDate> {
    let mut running = 0;
    daily_profit.iter().find_map(|&(day, profit)| {
        running += profit;
        (cost_minor > 0 && running >= cost_minor).then_some(day)
    })
}

/// Attributed gross profit added up day by day over the campaign's days, against its cost (a level line):
/// where the profit line crosses the cost the campaign has paid for itself, and that day is marked. Days
/// after `last_day` (no sales data yet) are not drawn: the line stops where the data stop.
///
/// # Errors
/// [`Error::Corrupt`] when plotters cannot draw the chart into the SVG text.
pub fn break_even(
    daily_profit: &[(NaiveDate, i64)],
    from: NaiveDate,
    to: NaiveDate,
    last_day: NaiveDate,
    cost_minor: i64,
    money: &Numbers,
    theme: Theme,
) -> Result<String> {
    let p = palette(theme);
    let mut running = 0;
    let mut points = vec![(from - chrono::Duration::days(1), 0)];
    for d in from.iter_days().take_while(|d| *d <= to && *d <= last_day) {
        running += daily_profit.iter().filter(|(day, _)| *day == d).map(|(_, v)| v).sum::<i64>();
        points.push((d, running));
    }
    let drawn: Vec<(NaiveDate, i64)> =
        daily_profit.iter().copied().filter(|(d, _)| from <= *d && *d <= to && *d <= last_day).collect();
    let crossing = paid_back_on(&drawn, cost_minor);
    let mut svg = String::new();
    {
        let height = 260 + LEGEND_STRIP;
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        let (area, strip) = root.split_vertically(height - LEGEND_STRIP);
        let first = points[0].0;
        let x = |d: NaiveDate| (d - first).num_days() as f64;
        let span = x(to).max(1.0);
        let values = points.iter().map(|(_, v)| *v).chain([cost_minor, 0]);
        let hi = values.clone().max().unwrap_or(0).max(1) as f64 * 1.12;
        let lo = values.min().unwrap_or(0) as f64 * 1.12;
        let mut chart = ChartBuilder::on(&area)
            .margin(12)
            .margin_right(30)
            .x_label_area_size(28)
            .y_label_area_size(money_axis_room(money, lo, hi))
            .build_cartesian_2d(0.0..span, lo..hi)
            .map_err(draw_error)?;
        day_money_mesh(&mut chart, first, money, &p)?;
        chart
            .draw_series(LineSeries::new([(0.0, cost_minor as f64), (span, cost_minor as f64)], p.bad.stroke_width(2)))
            .map_err(draw_error)?;
        if points.len() > 1 {
            chart
                .draw_series(LineSeries::new(points.iter().map(|(d, v)| (x(*d), *v as f64)), p.good.stroke_width(3)))
                .map_err(draw_error)?;
        }
        let w = crate::i18n::words(money.locale());
        let mut items = vec![
            (
                w.get("chart-break-even-cost", &[("amount", money.short_money(cost_minor as f64).into())]),
                Mark::Line(p.bad),
            ),
            (w.get("chart-break-even-profit", &[]), Mark::Line(p.good)),
        ];
        if let Some(day) = crossing {
            chart
                .draw_series(std::iter::once(Circle::new((x(day), cost_minor as f64), 6, p.good.filled())))
                .map_err(draw_error)?;
            items.push((w.get("chart-break-even-paid", &[("day", money.month_day(day).into())]), Mark::Dot(p.good)));
        }
        legend_below(&strip, &items, &p)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// The lift panel's picture: each window day's sales (this campaign's code orders taken out) against the
/// usual range of that weekday (a band, 95%) and its usual level (a dashed line).
///
/// # Errors
/// [`Error::Corrupt`] when plotters cannot draw the chart into the SVG text; nothing to draw is a one-line
/// message, not an error.
pub fn lift_band(days: &[crate::lift::LiftDay], money: &Numbers, theme: Theme) -> Result<String> {
    let usable: Vec<&crate::lift::LiftDay> = days.iter().filter(|d| d.expected_minor.is_some()).collect();
    let (Some(first), Some(last)) = (usable.first().map(|d| d.day), usable.last().map(|d| d.day)) else {
        return say(&crate::i18n::words(money.locale()).get("chart-lift-empty", &[]), theme);
    };
    let p = palette(theme);
    let mut svg = String::new();
    {
        let height = 260 + LEGEND_STRIP;
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        let (area, strip) = root.split_vertically(height - LEGEND_STRIP);
        let x = |d: NaiveDate| (d - first).num_days() as f64;
        let span = x(last).max(1.0);
        let values = usable.iter().flat_map(|d| [d.actual_minor, d.usual_high_minor, d.usual_low_minor]).flatten();
        let hi = values.clone().max().unwrap_or(0).max(1) as f64 * 1.1;
        let lo = values.min().unwrap_or(0).min(0) as f64;
        let mut chart = ChartBuilder::on(&area)
            .margin(12)
            .margin_right(30)
            .x_label_area_size(28)
            .y_label_area_size(money_axis_room(money, lo, hi))
            .build_cartesian_2d(-0.5..span + 0.5, lo..hi)
            .map_err(draw_error)?;
        day_money_mesh(&mut chart, first, money, &p)?;
        let band: Vec<(f64, f64)> = usable
            .iter()
            .filter_map(|d| d.usual_high_minor.map(|h| (x(d.day), h as f64)))
            .chain(usable.iter().rev().filter_map(|d| d.usual_low_minor.map(|l| (x(d.day), l as f64))))
            .collect();
        chart.draw_series(std::iter::once(Polygon::new(band, p.band.filled()))).map_err(draw_error)?;
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
            .map_err(draw_error)?;
        let w = crate::i18n::words(money.locale());
        legend_below(
            &strip,
            &[
                (w.get("chart-lift-range", &[]), Mark::Band(p.band)),
                (w.get("chart-lift-level", &[]), Mark::Dashed(p.other)),
                (w.get("chart-lift-day", &[]), Mark::Dot(p.line)),
            ],
            &p,
        )?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// How many new customers came back within 30, 60 and 90 days: those the partners brought against the
/// shop's other new customers of the same days. Horizons not reached by the data yet are left out.
///
/// # Errors
/// [`Error::Corrupt`] when plotters cannot draw the chart into the SVG text; nothing to draw is a one-line
/// message, not an error.
pub fn repeat_curves(
    partners: &[crate::attribution::RepeatRate],
    others: &[crate::attribution::RepeatRate],
    numbers: &Numbers,
    theme: Theme,
) -> Result<String> {
    let line = |rates: &[crate::attribution::RepeatRate]| -> Vec<(f64, f64)> {
        std::iter::once((0.0, 0.0))
            .chain(rates.iter().filter_map(|r| r.rate.map(|v| (r.days as f64, v * 100.0))))
            .collect()
    };
    let (ours, theirs) = (line(partners), line(others));
    let w = crate::i18n::words(numbers.locale());
    if ours.len() < 2 && theirs.len() < 2 {
        return say(&w.get("chart-repeat-empty", &[]), theme);
    }
    let p = palette(theme);
    let mut svg = String::new();
    {
        let height = 260 + LEGEND_STRIP;
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&p.background).map_err(draw_error)?;
        let (area, strip) = root.split_vertically(height - LEGEND_STRIP);
        let hi = ours.iter().chain(&theirs).map(|v| v.1).fold(10.0_f64, f64::max) * 1.15;
        let mut chart = ChartBuilder::on(&area)
            .margin(12)
            .margin_right(30)
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
                if d > 0 && d % 30 == 0 { w.get("chart-repeat-days", &[("days", d.into())]) } else { String::new() }
            })
            .y_labels(5)
            .y_label_formatter(&|v| numbers.percent(v / 100.0, false))
            .label_style(font(&p))
            .draw()
            .map_err(draw_error)?;
        let mut items = Vec::new();
        for (points, color, label) in [
            (&ours, p.good, w.get("chart-repeat-partners", &[])),
            (&theirs, p.other, w.get("chart-repeat-others", &[])),
        ] {
            if points.len() < 2 {
                continue;
            }
            chart.draw_series(LineSeries::new(points.iter().copied(), color.stroke_width(3))).map_err(draw_error)?;
            chart
                .draw_series(points.iter().skip(1).map(|&(x, y)| Circle::new((x, y), 4, color.filled())))
                .map_err(draw_error)?;
            items.push((label, Mark::Line(color)));
        }
        legend_below(&strip, &items, &p)?;
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
            &[RoiBar {
                name: "<script>alert(1)</script> & a very long campaign name indeed".into(),
                roi: Some(-0.4),
                lift_range: None,
            }],
            &Numbers::new(Some("USD"), "en-US"),
            Theme::Light,
        )
        .expect("svg");
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains('…'));
    }
}
