//! Each customer's first and second order, derived from sales and kept beside them: "is this order a
//! new customer's?" and "did they come back within 60 days?" become one key look-up, and "the shop's new
//! customers of these days" one index range, on a million-order shop.
//!
//! The latest sale's instant is kept with it, for the same reason.
//!
//! Kept exact inside the transaction of every write that changes sales: a small import refreshes the
//! customers it touched; a first bulk load into a shop without sales writes the table from the orders
//! as it stores them ([`Gathered`]); any other bulk load, an undo or a time-zone change rebuilds it. A file whose table
//! may not match its sales (a restored backup, the demo, a migration) marks it stale, and the next reader
//! rebuilds it.

use std::collections::BTreeSet;
use std::collections::hash_map::Entry;

use rusqlite::{Connection, OptionalExtension, params};

use super::Store;
use crate::error::Result;
use crate::i18n::Message;

/// The page cache while the table is rebuilt, in KiB.
const REBUILD_CACHE_KIB: i64 = 8_192;

/// More customers than this touched by one import: rebuilding all is cheaper than one by one.
pub const REFRESH_LIMIT: usize = 20_000;

pub(crate) fn mark_stale(conn: &Connection) -> Result<()> {
    conn.execute(
        "INSERT INTO app_settings (key, value) VALUES ('customers_stale', 'true')
         ON CONFLICT (key) DO UPDATE SET value = 'true'",
        [],
    )?;
    Ok(())
}

/// What an import changed that the derived tables follow.
#[derive(Debug, Default)]
pub(crate) struct Touched {
    /// Customers whose orders were added or changed (up to [`REFRESH_LIMIT`]).
    pub keys: BTreeSet<String>,
    /// More than [`REFRESH_LIMIT`] customers were touched: the table is rebuilt, not refreshed (and a
    /// million keys are not kept in memory).
    pub overflow: bool,
    /// The latest instant of an added or changed order that counts.
    pub latest: Option<String>,
    /// An order that counted no longer does (cancelled by a later export): the latest sale may move back.
    pub uncounted: bool,
}

impl Touched {
    pub fn add_key(&mut self, key: Option<&str>) {
        if self.overflow {
            return;
        }
        if let Some(key) = key {
            self.keys.insert(key.to_string());
        }
        if self.keys.len() > REFRESH_LIMIT {
            self.keys = BTreeSet::new();
            self.overflow = true;
        }
    }
}

/// Recomputes the rows of the touched customers and the latest sale (inside the caller's transaction),
/// or all of them when that is cheaper (too many touched) or the latest sale may have moved back.
pub(crate) fn refresh(conn: &Connection, touched: &Touched) -> Result<()> {
    if touched.overflow || touched.uncounted {
        return rebuild(conn);
    }
    if let Some(latest) = &touched.latest {
        conn.execute(
            "INSERT INTO app_settings (key, value) VALUES ('last_sale_at', json_quote(?1))
             ON CONFLICT (key) DO UPDATE SET value = json_quote(max(coalesce(value ->> '$', ''), ?1))",
            [latest],
        )?;
    }
    let mut delete = conn.prepare_cached("DELETE FROM customers WHERE customer_key = ?1")?;
    let mut orders = conn.prepare_cached(
        "SELECT placed_at, id, local_day FROM sales WHERE customer_key = ?1 AND cancelled = 0 AND net_minor > 0",
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO customers (customer_key, first_sale_id, first_at, first_day, second_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for key in &touched.keys {
        delete.execute([key])?;
        let mut firsts: Option<Firsts<Box<str>, Box<str>>> = None;
        let mut rows = orders.query([key])?;
        while let Some(r) = rows.next()? {
            let (at, id, day) = (text(r, 0)?, r.get(1)?, text(r, 2)?);
            let own = |a: &str| -> Box<str> { a.into() };
            let day = || Ok::<_, std::convert::Infallible>(day.into());
            let Ok(()) = match firsts.as_mut() {
                Some(f) => f.add(at, id, own, day),
                None => Firsts::first(at, id, own, day).map(|f| firsts = Some(f)),
            };
        }
        if let Some(f) = firsts {
            insert.execute(params![key, f.id, &*f.at, &*f.day, f.second_at.as_deref()])?;
        }
    }
    Ok(())
}

/// A customer's first order and the instant of the next, folded over their orders in any order: the
/// one rule behind the per-customer refresh, the full rebuild and a first bulk import. Orders are ranked
/// by (instant, sale id); `A` holds an instant, `D` a day, each in a form whose order is the stored
/// text's (the text itself, or for a first bulk import [`Secs`] and a date).
struct Firsts<A, D> {
    at: A,
    id: i64,
    second_at: Option<A>,
    day: D,
}

impl<A: Ord, D> Firsts<A, D> {
    /// A customer's first order that counts, taken into account first (`own` and `day` as in
    /// [`Firsts::add`]).
    fn first<Q, E>(
        at: &Q,
        id: i64,
        own: impl Fn(&Q) -> A,
        day: impl FnOnce() -> std::result::Result<D, E>,
    ) -> std::result::Result<Self, E>
    where
        Q: ?Sized,
    {
        Ok(Firsts { at: own(at), id, second_at: None, day: day()? })
    }

    /// Takes one more order that counts into account: `at` is borrowed, and made owned (`own`) only when
    /// it is kept; `day` is read only when the order becomes the first (most orders change neither).
    fn add<Q, E>(
        &mut self,
        at: &Q,
        id: i64,
        own: impl Fn(&Q) -> A,
        day: impl FnOnce() -> std::result::Result<D, E>,
    ) -> std::result::Result<(), E>
    where
        Q: Ord + ?Sized,
        A: std::borrow::Borrow<Q>,
    {
        if (at, id) < (self.at.borrow(), self.id) {
            let old_first = std::mem::replace(&mut self.at, own(at));
            self.id = id;
            self.day = day()?;
            self.second_at = Some(old_first);
        } else if self.second_at.as_ref().is_none_or(|second| at < second.borrow()) {
            self.second_at = Some(own(at));
        }
        Ok(())
    }
}

/// An instant as whole seconds since 1970, for instants of years 1000 to 9999: there its order is the
/// order of its stored text (`2024-03-05T14:00:00Z`), which is written back from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Secs(i64);

/// How a kept instant or day is written into the table.
trait StoredText {
    fn stored_text(&self) -> std::borrow::Cow<'_, str>;
}

impl StoredText for Box<str> {
    fn stored_text(&self) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed(self)
    }
}

impl StoredText for Secs {
    fn stored_text(&self) -> std::borrow::Cow<'_, str> {
        let at = chrono::DateTime::from_timestamp(self.0, 0).unwrap_or_default();
        std::borrow::Cow::Owned(super::sql::instant_text(&at))
    }
}

impl StoredText for chrono::NaiveDate {
    fn stored_text(&self) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Owned(self.to_string())
    }
}

/// Every customer's first two orders, folded in memory from their orders in any order, then written as
/// the whole table.
struct Folded<A, D> {
    /// Fx-hashed: the keys are slices of a SHA-256 already (with SipHash, hash maps were 8% of the
    /// writing thread's samples in a first bulk load).
    by_key: rustc_hash::FxHashMap<Key, Firsts<A, D>>,
}

impl<A: Ord + StoredText, D: StoredText> Folded<A, D> {
    fn new() -> Self {
        Folded { by_key: rustc_hash::FxHashMap::default() }
    }

    fn add<Q, E>(
        &mut self,
        key: &str,
        at: &Q,
        id: i64,
        own: impl Fn(&Q) -> A,
        day: impl FnOnce() -> std::result::Result<D, E>,
    ) -> std::result::Result<(), E>
    where
        Q: Ord + ?Sized,
        A: std::borrow::Borrow<Q>,
    {
        match self.by_key.entry(Key::of(key)) {
            Entry::Occupied(mut f) => f.get_mut().add(at, id, own, day),
            Entry::Vacant(slot) => Firsts::first(at, id, own, day).map(|f| {
                slot.insert(f);
            }),
        }
    }

    /// Replaces the customers table with what was folded, and sets the latest counted sale's instant
    /// (`latest`), marking both fresh; the first-day index is built once after the rows are in.
    fn write(self, conn: &Connection, latest: Option<&str>) -> Result<()> {
        let mut all: Vec<(Key, Firsts<A, D>)> = self.by_key.into_iter().collect();
        all.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        conn.execute_batch("DELETE FROM customers; DROP INDEX IF EXISTS customers_first_day;")?;
        super::bulk::insert_rows(
            conn,
            "INSERT INTO customers (customer_key, first_sale_id, first_at, first_day, second_at)",
            5,
            &all,
            |b, (key, f)| {
                let mut hex = [0u8; 32];
                b.bind(key.text(&mut hex))?;
                b.bind(f.id)?;
                b.bind(&*f.at.stored_text())?;
                b.bind(&*f.day.stored_text())?;
                b.bind(f.second_at.as_ref().map(StoredText::stored_text).as_deref())
            },
            |_, _, _| Ok(()),
        )?;
        drop(all);
        super::bulk::sorting_in_runs(conn, || {
            conn.execute_batch("CREATE INDEX customers_first_day ON customers (first_day);")
        })?;
        conn.execute(
            "INSERT INTO app_settings (key, value) VALUES ('last_sale_at', json_quote(?1))
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [latest],
        )?;
        conn.execute(
            "INSERT INTO app_settings (key, value) VALUES ('customers_stale', 'false')
             ON CONFLICT (key) DO UPDATE SET value = 'false'",
            [],
        )?;
        Ok(())
    }
}

/// The customers of the orders a first bulk import stores (the shop had no sales before it), gathered
/// as they are written: the table is then written from them instead of rebuilt by reading a million
/// orders back. Held compactly (about 64 bytes a customer: no text), as it lives through the whole load.
pub(crate) struct Gathered {
    folded: Folded<Secs, chrono::NaiveDate>,
    /// An order of a year outside 1000–9999 came (where the order of instants and of their text part):
    /// the table is rebuilt from the stored text instead.
    out_of_range: bool,
}

impl Default for Gathered {
    fn default() -> Self {
        Gathered { folded: Folded::new(), out_of_range: false }
    }
}

impl Gathered {
    /// Takes new sale `id` into account when it makes its buyer a customer: it counts and its net is
    /// above zero (the rule of the rebuild's query).
    pub(crate) fn add(&mut self, id: i64, sale: &super::sales::PreparedSale) {
        let s = &sale.sale;
        let Some(key) = s.customer_key.as_deref() else { return };
        if !s.status.counted() || !crate::model::counts_as_order(s.net_minor()) {
            return;
        }
        if !(1000..=9999).contains(&chrono::Datelike::year(&s.placed_at)) {
            self.out_of_range = true;
            return;
        }
        let at = Secs(s.placed_at.timestamp());
        let Ok(()) = self.folded.add(key, &at, id, |a| *a, || Ok::<_, std::convert::Infallible>(sale.local_day()));
    }

    /// Writes the customers table from what was gathered (see [`Folded::write`]), or rebuilds it from the
    /// stored sales when an instant could not be held as seconds.
    ///
    /// # Errors
    /// [`crate::Error::Database`] when SQLite fails (the caller's transaction then rolls back).
    pub(crate) fn write(self, conn: &Connection, latest: Option<&str>) -> Result<()> {
        if self.out_of_range {
            return rebuild(conn);
        }
        self.folded.write(conn, latest)
    }
}

/// Rebuilds every row in one pass over the sales in storage order: SQLite's window query sorts a
/// million rows, this does not, and is several times faster on a big shop. Rows are read borrowed and a
/// customer's strings are allocated only when their first or second order changes.
fn rebuild_all(conn: &Connection) -> Result<()> {
    let mut folded: Folded<Box<str>, Box<str>> = Folded::new();
    let mut stmt = conn.prepare(
        "SELECT customer_key, placed_at, id, local_day FROM sales
         WHERE cancelled = 0 AND net_minor > 0 AND customer_key IS NOT NULL",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        folded.add(
            text(r, 0)?,
            text(r, 1)?,
            r.get::<_, i64>(2)?,
            |a: &str| a.into(),
            || r.get::<_, String>(3).map(String::into_boxed_str),
        )?;
    }
    drop(rows);
    drop(stmt);
    let latest: Option<String> =
        conn.query_row("SELECT max(placed_at) FROM sales WHERE cancelled = 0", [], |r| r.get(0))?;
    folded.write(conn, latest.as_deref())
}

/// A customer key held in memory for the rebuild: the 32 lowercase hex digits every key is written as
/// (a salted SHA-256 truncated to 128 bits) as the 16 bytes they stand for, saving an allocation and 48
/// bytes a customer; any other text as it is. Ordered as the text is, for keys of one kind.
#[derive(Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Hex([u8; 16]),
    Text(Box<str>),
}

impl Key {
    fn of(text: &str) -> Key {
        let bytes = text.as_bytes();
        let digit = |c: u8| match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            _ => None,
        };
        if bytes.len() == 32 {
            let mut out = [0u8; 16];
            let parsed =
                out.iter_mut().zip(bytes.chunks_exact(2)).all(|(o, pair)| match (digit(pair[0]), digit(pair[1])) {
                    (Some(h), Some(l)) => {
                        *o = h << 4 | l;
                        true
                    }
                    _ => false,
                });
            if parsed {
                return Key::Hex(out);
            }
        }
        Key::Text(text.into())
    }

    /// The key's text, written into `buf` when it is held as bytes.
    fn text<'a>(&'a self, buf: &'a mut [u8; 32]) -> &'a str {
        match self {
            Key::Text(t) => t,
            Key::Hex(bytes) => {
                const DIGITS: &[u8; 16] = b"0123456789abcdef";
                for (pair, b) in buf.chunks_exact_mut(2).zip(bytes) {
                    pair[0] = DIGITS[usize::from(b >> 4)];
                    pair[1] = DIGITS[usize::from(b & 0xf)];
                }
                std::str::from_utf8(buf).unwrap_or_default()
            }
        }
    }
}

/// Column `i` of `row` as borrowed text.
fn text<'r>(row: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(i)?
        .as_str()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into()))
}

/// Rebuilds the customers table and the latest sale's instant from the sales, inside the caller's
/// transaction, and marks them fresh: how an import that touched too many customers to refresh them one
/// by one, an undo or a time-zone change leaves them exact when it commits (on the 1,000,000-order shop
/// the README's performance section has the time).
///
/// # Errors
/// [`crate::Error::Database`] when SQLite fails (the caller's transaction then rolls back).
pub(crate) fn rebuild(conn: &Connection) -> Result<()> {
    // A small page cache meanwhile: the scan reads the sales once, in storage order, and what the cache
    // held (a bulk load's pages) goes back to the allocator for the rebuild's own map, so a bulk import's
    // memory peaks no higher than without it.
    super::with_page_cache(conn, REBUILD_CACHE_KIB, || rebuild_all(conn))
}

impl Store {
    /// The latest instant of an order that counts: how far the data lets us look for returns. Kept with
    /// the customers table (the sales have no index by instant).
    pub(crate) fn last_sale_at(&self) -> Result<Option<String>> {
        self.ensure_customers()?;
        let v: Option<Option<String>> = self
            .conn()
            .query_row("SELECT value ->> '$' FROM app_settings WHERE key = 'last_sale_at'", [], |r| r.get(0))
            .optional()?;
        Ok(v.flatten())
    }

    /// Rebuilds the customers table if it is stale. Readers call this first; it is a no-op but for one
    /// look-up when nothing changed.
    ///
    /// # Errors
    /// [`crate::Error::Database`] when SQLite fails; the rebuild is one transaction, so a failed one leaves
    /// the table stale, to be rebuilt by the next reader.
    pub fn ensure_customers(&self) -> Result<()> {
        let stale: Option<String> = self
            .conn()
            .query_row("SELECT value FROM app_settings WHERE key = 'customers_stale'", [], |r| r.get(0))
            .optional()?;
        if stale.as_deref() == Some("false") {
            return Ok(());
        }
        if self.is_reader() {
            return Err(crate::Error::Busy(Message::new("busy-customers")));
        }
        let tx = self.conn().unchecked_transaction()?;
        rebuild(&tx)?;
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_held_as_bytes_give_back_their_text() {
        let mut buf = [0u8; 32];
        for text in [
            "0123456789abcdef0123456789abcdef",
            "ffffffffffffffffffffffffffffffff",
            "0123456789ABCDEF0123456789ABCDEF",
            "short",
            "z123456789abcdef0123456789abcdef",
        ] {
            let key = Key::of(text);
            assert_eq!(
                matches!(key, Key::Hex(_)),
                text.len() == 32 && text.bytes().all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c)),
                "{text}"
            );
            assert_eq!(key.text(&mut buf), text);
        }
        assert!(Key::of("00ff0000000000000000000000000000") < Key::of("0f000000000000000000000000000000"));
    }

    #[test]
    fn too_many_touched_customers_become_a_rebuild_not_a_big_set() {
        let mut t = Touched::default();
        for i in 0..=REFRESH_LIMIT {
            t.add_key(Some(&format!("key-{i}")));
        }
        assert!(t.overflow);
        assert!(t.keys.is_empty(), "the keys are dropped, not kept");
        t.add_key(Some("one more"));
        assert!(t.keys.is_empty());
    }
}
