//! Writes a large, realistic Shopify orders export for the import benchmark:
//! `cargo run --release --example gen_shopify -- ORDERS OUT.csv` (1,000,000 orders ≈ 1.7M rows, 0.8 GB).
//! Layout as in FORMATS.md: 79 columns, one row per line item, order columns on the first row only,
//! newest first, `""` for some empty text, apostrophe zips, a voided and a refunded order now and then.

use std::fs::File;
use std::io::{BufWriter, Write};

const HEADER: &str = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References";

const PRODUCTS: &[(&str, i64)] = &[
    ("Monstera deliciosa 6in", 3400),
    ("Golden pothos 4in", 1600),
    ("Sticker – Fox", 350),
    ("Riso print \"Fern Study\" A4", 2500),
    ("Handmade ceramic pot, small", 2200),
    ("Aroid soil mix 5qt", 1400),
];

fn money(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, minor % 100)
}

fn quote(v: &str) -> String {
    if v.contains([',', '"', '\n']) { format!("\"{}\"", v.replace('"', "\"\"")) } else { v.to_string() }
}

/// Writes ORDERS orders (default 1,000,000) to OUT.csv (default `shopify-big.csv`), newest first.
///
/// Long because one loop writes each order's rows with their 79 columns set in place, as the export lays them out.
#[expect(
    clippy::too_many_lines,
    reason = "one loop writes each order's rows with their 79 columns set in place, as the export lays them out"
)]
fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let orders: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let out = args.get(2).map_or("shopify-big.csv", String::as_str);
    let mut w = BufWriter::with_capacity(1 << 20, File::create(out)?);
    writeln!(w, "{HEADER}")?;
    let mut rng = fastrand::Rng::with_seed(7);
    // Newest first: from 2025-12-31 back, about 3 minutes apart.
    let start = chrono::DateTime::parse_from_rfc3339("2025-12-31T23:00:00-05:00").expect("date");
    for i in 0..orders {
        let n = orders - i;
        let at = start - chrono::Duration::seconds((i * 180) as i64);
        let created = at.format("%Y-%m-%d %H:%M:%S %z").to_string();
        let items: Vec<(usize, i64)> =
            (0..[1, 1, 1, 2, 2, 3][rng.usize(0..6)]).map(|_| (rng.usize(0..PRODUCTS.len()), rng.i64(1..4))).collect();
        let goods: i64 = items.iter().map(|&(p, q)| PRODUCTS[p].1 * q).sum();
        let code = match rng.u32(0..20) {
            0 => "MAYA15",
            1 => "RUNFERN",
            2 => "SPRING10",
            _ => "",
        };
        let discount = if code.is_empty() { 0 } else { goods / 10 };
        let subtotal = goods - discount;
        let shipping = if rng.bool() { 800 } else { 0 };
        let tax = subtotal * 625 / 10_000;
        let total = subtotal + shipping + tax;
        let (status, refunded, cancelled) = match rng.u32(0..100) {
            0 => ("voided", 0, created.as_str()),
            1 => ("refunded", total, ""),
            2 => ("partially_refunded", subtotal / 2, ""),
            _ => ("paid", 0, ""),
        };
        let email = format!("customer{}@example.com", rng.u32(0..200_000));
        let zip = format!("'0{:04}", rng.u32(1000..9999));
        for (k, &(p, q)) in items.iter().enumerate() {
            let (name, price) = PRODUCTS[p];
            let mut f: Vec<String> = vec![String::new(); 79];
            f[0] = format!("#{n}");
            f[1] = email.clone();
            f[15] = created.clone();
            f[16] = q.to_string();
            f[17] = quote(name);
            f[18] = money(price);
            f[19] = if k == 0 { String::new() } else { "\"\"".into() };
            f[20] = format!("SKU-{p}");
            f[21] = "true".into();
            f[22] = "true".into();
            f[23] = "fulfilled".into();
            f[50] = "Fern & Fable".into();
            f[59] = "0.00".into();
            if k == 0 {
                f[2] = status.into();
                f[3] = if status == "voided" { String::new() } else { created.clone() };
                f[4] = "fulfilled".into();
                f[6] = "no".into();
                f[7] = "USD".into();
                f[8] = money(subtotal);
                f[9] = money(shipping);
                f[10] = money(tax);
                f[11] = money(total);
                f[12] = if code.is_empty() { "\"\"".into() } else { code.into() };
                f[13] = money(discount);
                f[14] = "Standard".into();
                for (idx, v) in
                    [(24, "Zoë Adler"), (25, "12 Elm St"), (26, "12 Elm St"), (29, "Boston"), (31, "MA"), (32, "US")]
                {
                    f[idx] = v.into();
                }
                f[30] = zip.clone();
                for idx in [27, 28, 33, 37, 38, 43, 44, 45, 47, 48, 56] {
                    f[idx] = "\"\"".into();
                }
                f[46] = cancelled.into();
                f[49] = money(refunded);
                f[51] = "0.00".into();
                f[55] = (5_000_000 + n).to_string();
                f[57] = "Low".into();
                f[58] = "web".into();
                f[60] = "MA State Tax 6.25%".into();
                f[61] = money(tax);
            }
            writeln!(w, "{}", f.join(","))?;
        }
    }
    w.flush()
}
