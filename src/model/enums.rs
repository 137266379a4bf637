//! Closed sets of values stored as text in the database (their `as_str` is the stored form and the
//! SQL `CHECK` lists the same words).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        #[ts(export)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $name::parse(text).ok_or_else(|| rusqlite::types::FromSqlError::Other(
                    format!("unknown {} {text:?}", stringify!($name)).into()))
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }
    };
}

text_enum! {
    /// Where a partner or community stands in the owner's pipeline.
    Stage {
        Prospect => "prospect", Contacted => "contacted", Negotiating => "negotiating",
        Active => "active", Paused => "paused", Past => "past",
    }
}

text_enum! {
    /// What a partner agreed to deliver.
    DeliverableKind {
        Post => "post", Story => "story", Reel => "reel", Video => "video", Event => "event",
        MarketTable => "market_table", Other => "other",
    }
}

impl DeliverableKind {
    /// Delivered by a post on a platform (a post, story, reel or video), so a logged post can fill it.
    pub fn is_content(self) -> bool {
        matches!(self, DeliverableKind::Post | DeliverableKind::Story | DeliverableKind::Reel | DeliverableKind::Video)
    }
}

text_enum! {
    /// A social platform an account or a post lives on.
    Platform {
        Instagram => "instagram", Tiktok => "tiktok", Youtube => "youtube", Facebook => "facebook",
        X => "x", Strava => "strava", Discord => "discord", Other => "other",
    }
}

impl Platform {
    /// The platform's name as its owner writes it ("TikTok", "YouTube"); "other" for the rest.
    pub fn label(self) -> &'static str {
        match self {
            Platform::Instagram => "Instagram",
            Platform::Tiktok => "TikTok",
            Platform::Youtube => "YouTube",
            Platform::Facebook => "Facebook",
            Platform::X => "X",
            Platform::Strava => "Strava",
            Platform::Discord => "Discord",
            Platform::Other => "other",
        }
    }
}

text_enum! {
    /// Where a community gathers.
    CommunityKind {
        FacebookGroup => "facebook_group", Discord => "discord", StravaClub => "strava_club",
        Whatsapp => "whatsapp", Meetup => "meetup", Reddit => "reddit", InPerson => "in_person",
        Other => "other",
    }
}

text_enum! {
    /// How a piece of community feedback felt.
    Sentiment { Positive => "positive", Neutral => "neutral", Negative => "negative" }
}

text_enum! {
    /// Where a sale happened.
    Channel { Online => "online", InStore => "in_store", Other => "other" }
}

text_enum! {
    /// What an order's state means for the shop's numbers (README, "What an order's status means"):
    /// `Sale` is paid (also when refunded since: the refund is recorded on the sale) and is the only state
    /// counted; `Unpaid` is placed but not yet paid (pending, authorized, on hold, a bank debit still
    /// clearing), counted once a later export says it was paid; `Cancelled` is cancelled, voided, expired
    /// or failed, never counted. The others are kept so that a later export of the same order updates it
    /// instead of adding it again.
    SaleStatus { Sale => "sale", Unpaid => "unpaid", Cancelled => "cancelled" }
}

impl SaleStatus {
    /// Whether the order counts in the shop's sales.
    pub fn counted(self) -> bool {
        self == SaleStatus::Sale
    }
}
