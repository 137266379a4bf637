//! A column mapping: which column of a CSV no preset knows holds what (the owner's answer, remembered per
//! header by the store, read by the importer).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How dates without a year first are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DateOrder {
    /// 2024-03-05 (also used for ISO dates whatever the choice)
    Ymd,
    /// 03/05/2024
    Mdy,
    /// 05/03/2024, 05.03.2024
    Dmy,
}

/// Which column (by header name) holds what. Only the order id, the date and one amount are required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Mapping {
    pub order_id: String,
    pub placed_at: String,
    pub date_order: DateOrder,
    /// What the customer paid for the goods before discounts (or the order total when nothing finer
    /// exists; then tax and shipping are counted as revenue).
    pub gross: String,
    pub discount: Option<String>,
    pub refund: Option<String>,
    pub shipping: Option<String>,
    pub tax: Option<String>,
    pub code: Option<String>,
    pub customer: Option<String>,
    /// A column whose text says online or in store ("pos", "in store", "web"…).
    pub channel: Option<String>,
    pub location: Option<String>,
    pub currency: Option<String>,
    pub item_name: Option<String>,
    pub quantity: Option<String>,
    /// `true` when amounts use a decimal comma (`12,50`); `false` when left out.
    #[serde(default)]
    pub decimal_comma: bool,
    /// A column with the order's state ("paid", "pending", "cancelled"…, in the words of any of the
    /// presets' status tables, see [`status_of`]); without it every order is a sale.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub status: Option<String>,
    /// A column with the order total (goods, shipping and tax): with it, an order whose total equals
    /// goods and shipping although it has tax shows prices that include tax.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub total: Option<String>,
    /// How a refund is written when it is a row of its own with a negative amount: the column naming the
    /// order it refunds (the row's own id is then the refund's). Without it, a negative row refunds the
    /// order with the same id. A negative row of no known order is left out, never a negative sale.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub refund_of: Option<String>,
    /// Each row of an order is one item with its own amounts, added up into the order (a till's export
    /// of one line per item); otherwise the rows of an order repeat its amounts.
    #[serde(default)]
    pub amounts_per_row: bool,
    /// A column with the customer's answer to "how did you hear about us?" (a checkout or till question).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub said: Option<String>,
}

impl Mapping {
    /// The columns every file needs: the order id, the instant it was placed (its dates read year first)
    /// and the amount paid for the goods; every other column left out, for a caller to add with
    /// `Mapping { code: Some(…), ..Mapping::of(…) }`.
    pub fn of(order_id: &str, placed_at: &str, gross: &str) -> Mapping {
        Mapping {
            order_id: order_id.into(),
            placed_at: placed_at.into(),
            date_order: DateOrder::Ymd,
            gross: gross.into(),
            discount: None,
            refund: None,
            shipping: None,
            tax: None,
            code: None,
            customer: None,
            channel: None,
            location: None,
            currency: None,
            item_name: None,
            quantity: None,
            decimal_comma: false,
            status: None,
            total: None,
            refund_of: None,
            amounts_per_row: false,
            said: None,
        }
    }
}
