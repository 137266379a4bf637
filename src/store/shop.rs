//! The shop's settings row (there is exactly one per file).

use std::str::FromStr;

use chrono_tz::Tz;
use rusqlite::{OptionalExtension, params};

use super::{Store, now_text};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::{Shop, ShopInput, bp_to_pct, pct_to_bp};
use crate::msg;
use crate::validate::{Checks, clean_opt};

impl Store {
    pub(super) fn ensure_shop_row(&self) -> Result<()> {
        let exists = self.conn().query_row("SELECT 1 FROM shop WHERE id = 1", [], |_| Ok(())).optional()?;
        if exists.is_none() {
            let mut salt = [0u8; 32];
            getrandom::fill(&mut salt).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
            self.conn().execute(
                "INSERT INTO shop (id, customer_salt, created_at) VALUES (1, ?1, ?2)",
                params![salt.to_vec(), now_text()],
            )?;
        }
        Ok(())
    }

    /// The shop's settings (name, currency, time zone, default margin, locale, hourly rate), and whether it
    /// is the demo shop and has been set up.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails (the one settings row is made when the file is opened).
    pub fn shop(&self) -> Result<Shop> {
        let mut shop = self.conn().query_row(
            "SELECT name, currency, time_zone, default_margin_bp, locale, hourly_rate_minor, is_demo, set_up_at
             FROM shop WHERE id = 1",
            [],
            |r| {
                Ok(Shop {
                    settings: ShopInput {
                        name: r.get("name")?,
                        currency: r.get("currency")?,
                        time_zone: r.get("time_zone")?,
                        default_margin_pct: bp_to_pct(r.get("default_margin_bp")?),
                        locale: r.get("locale")?,
                        hourly_rate_minor: r.get("hourly_rate_minor")?,
                    },
                    is_demo: r.get("is_demo")?,
                    set_up: r.get::<_, Option<String>>("set_up_at")?.is_some(),
                    format: Default::default(),
                    today: None,
                })
            },
        )?;
        shop.format = crate::locale::info(shop.settings.locale.as_deref(), shop.settings.currency.as_deref());
        // From the time zone just read, not a second query.
        shop.today = match shop.settings.time_zone.parse::<Tz>() {
            Ok(tz) => Some(self.today_in(tz)),
            Err(_) => self.today,
        };
        Ok(shop)
    }

    /// Saves the shop settings.
    ///
    /// # Errors
    /// [`Error::Invalid`] for an unknown currency or time zone, a margin outside 0–100 %, or a currency
    /// change once sales in another currency are stored (amounts are never converted silently).
    pub fn update_shop(&mut self, input: &ShopInput) -> Result<Shop> {
        let currency = clean_opt(&input.currency).map(|c| c.to_uppercase());
        let locale = clean_opt(&input.locale).map(|tag| crate::locale::canonical(&tag).ok_or(tag));
        let time_zone = input.time_zone.trim().to_string();
        let mut c = Checks::new();
        c.required_line("name", "field-shop-name", &input.name);
        c.currency("currency", &currency);
        c.time_zone("time_zone", &time_zone);
        c.percent("default_margin_pct", "field-margin", input.default_margin_pct);
        if let Some(rate) = input.hourly_rate_minor {
            c.non_negative("hourly_rate_minor", "field-hourly-rate", rate);
        }
        if let Some(Err(tag)) = &locale {
            c.fail("locale", msg!("invalid-locale", value = tag));
        }
        let locale = locale.and_then(Result::ok);
        if let Some(cur) = &currency {
            let other: Option<String> = self
                .conn()
                .query_row("SELECT currency FROM sales WHERE currency <> ?1 LIMIT 1", [cur], |r| r.get(0))
                .optional()?;
            if let Some(other) = other {
                c.fail("currency", msg!("invalid-currency-change", currency = other));
            }
        }
        c.finish()?;
        let old_tz = self.time_zone()?;
        self.write(|tx| {
            tx.execute(
                "UPDATE shop SET name = ?1, currency = ?2, time_zone = ?3, default_margin_bp = ?4, locale = ?5,
                        hourly_rate_minor = ?6, set_up_at = coalesce(set_up_at, ?7)
                 WHERE id = 1",
                params![
                    input.name.trim(),
                    currency,
                    time_zone,
                    pct_to_bp(input.default_margin_pct),
                    locale,
                    input.hourly_rate_minor,
                    now_text()
                ],
            )?;
            if old_tz.name() != time_zone {
                let tz = Tz::from_str(&time_zone)
                    .map_err(|_| Error::invalid("time_zone", Message::new("invalid-unknown-time-zone")))?;
                super::sales::recompute_local_days(tx, tz)?;
            }
            Ok(())
        })?;
        self.shop()
    }

    /// The shop's time zone; a stored name this build does not know falls back to an error, not to UTC.
    ///
    /// # Errors
    /// [`Error::Corrupt`] when the stored name is not a time zone this build knows; [`Error::Database`] when
    /// SQLite fails.
    pub fn time_zone(&self) -> Result<Tz> {
        let name: String = self.conn().query_row("SELECT time_zone FROM shop WHERE id = 1", [], |r| r.get(0))?;
        Tz::from_str(&name).map_err(|_| Error::Corrupt(format!("unknown time zone {name:?} in shop settings")))
    }

    pub(crate) fn customer_salt(&self) -> Result<Vec<u8>> {
        Ok(self.conn().query_row("SELECT customer_salt FROM shop WHERE id = 1", [], |r| r.get(0))?)
    }
}
