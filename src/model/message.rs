//! What to say, in no language yet: a catalogue message id and its arguments. The words themselves are in
//! `locales/<language>/*.ftl` and written by [`crate::i18n`] (the core) or the window (`t(id, args)`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One argument of a message: a number (it chooses the plural and is written in the locale), a text set
/// in as it is, or another message (a field's label in an error) written in the same language first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
#[ts(export)]
pub enum Arg {
    Number(f64),
    Text(String),
    /// A calendar day, written the locale's way when the message is ("24.03.2026", "Mar 24, 2026").
    Day {
        #[ts(type = "string")]
        day: chrono::NaiveDate,
    },
    Message(Box<Message>),
}

impl From<chrono::NaiveDate> for Arg {
    fn from(day: chrono::NaiveDate) -> Self {
        Arg::Day { day }
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(Box::new(m))
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless, reason = "counts shown to people are far below 2^53")]
            fn from(v: $t) -> Self {
                Arg::Number(v as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize, f64);

/// What to say, in no language yet: a catalogue message id ("error-required") and its arguments by name.
/// Sent over IPC as `{ id, args }`; the window writes it with `t(id, args)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Message {
    pub id: String,
    pub args: BTreeMap<String, Arg>,
}

impl Message {
    /// A message without arguments.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into(), args: BTreeMap::new() }
    }

    /// The message with one more argument.
    #[must_use]
    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Self {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// The message with another message (a label) as an argument.
    #[must_use]
    pub fn arg_message(mut self, name: &str, id: &str) -> Self {
        self.args.insert(name.to_string(), Arg::Message(Box::new(Message::new(id))));
        self
    }

    /// A sentence that has no catalogue message of its own (a library's words, a row's reason as the
    /// importer wrote it): shown as it is, in English.
    pub fn text(text: impl Into<String>) -> Self {
        Self::new("error-text").arg("text", text.into())
    }
}
