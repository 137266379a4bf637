//! The demo shop: a realistic year of a neighborhood plant-and-print shop in Portland, so a newcomer sees
//! real partners, campaigns and sales at once. Generated (not shipped as a file) from a fixed seed, through
//! the same validated store API the app uses, so the demo can never hold data the app would refuse.

use chrono::{Datelike, Days, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::{
    CampaignInput, CampaignPartnerInput, Channel, CommunityInput, CommunityKind, DeliverableInput, DeliverableKind,
    FeedbackInput, PartnerInput, Platform, PostInput, Sentiment, ShopInput, SocialAccountInput, Stage,
};
use crate::store::Store;
use crate::store::ledger::PaymentInput;
use crate::store::sales::{self, BatchInfo, NewLineItem, NewSale};

const SEED: u64 = 0x10CA_11F7;
const TIME_ZONE: Tz = chrono_tz::America::Los_Angeles;

/// What the generator made, for the CLI to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSummary {
    pub partners: usize,
    pub communities: usize,
    pub campaigns: usize,
    pub posts: usize,
    pub orders: usize,
    pub code_orders: usize,
}

struct Product {
    sku: &'static str,
    name: &'static str,
    price: i64,
    cost: i64,
}

const PRODUCTS: &[Product] = &[
    Product { sku: "PL-MON-6", name: "Monstera deliciosa, 6\" pot", price: 3400, cost: 1300 },
    Product { sku: "PL-POT-4", name: "Golden pothos, 4\" pot", price: 1600, cost: 500 },
    Product { sku: "PL-FIG-10", name: "Fiddle-leaf fig, 10\" pot", price: 8900, cost: 3600 },
    Product { sku: "PL-SNK-6", name: "Snake plant, 6\" pot", price: 2800, cost: 1000 },
    Product { sku: "PL-CAL-6", name: "Calathea orbifolia", price: 4200, cost: 1800 },
    Product { sku: "PT-RISO-A4", name: "Riso print \"Fern Study\" A4", price: 2500, cost: 600 },
    Product { sku: "PT-RISO-A3", name: "Riso print \"Willamette\" A3", price: 4000, cost: 900 },
    Product { sku: "CE-POT-S", name: "Handmade ceramic pot, small", price: 2200, cost: 900 },
    Product { sku: "CE-POT-L", name: "Handmade ceramic pot, large", price: 4800, cost: 2000 },
    Product { sku: "SO-MIX-5", name: "Aroid soil mix, 5 qt", price: 1400, cost: 450 },
    Product { sku: "GC-25", name: "Gift card $25", price: 2500, cost: 2500 },
];

struct PartnerSeed {
    name: &'static str,
    neighborhood: &'static str,
    niches: &'static [&'static str],
    stage: Stage,
    accounts: &'static [(Platform, &'static str, i64, f64)],
    values: i64,
    authenticity: i64,
    locality: Option<f64>,
}

const PARTNERS: &[PartnerSeed] = &[
    PartnerSeed {
        name: "Maya Okafor",
        neighborhood: "Alberta Arts",
        niches: &["plants", "interiors"],
        stage: Stage::Active,
        accounts: &[(Platform::Instagram, "maya.grows", 8_400, 6.1), (Platform::Tiktok, "mayagrows", 2_100, 9.4)],
        values: 5,
        authenticity: 5,
        locality: Some(72.0),
    },
    PartnerSeed {
        name: "Dev Raman",
        neighborhood: "Sellwood",
        niches: &["running", "community"],
        stage: Stage::Active,
        accounts: &[(Platform::Strava, "dev-runs-pdx", 600, 12.0), (Platform::Instagram, "devruns", 3_000, 4.2)],
        values: 4,
        authenticity: 5,
        locality: Some(88.0),
    },
    PartnerSeed {
        name: "Lucía Fernández",
        neighborhood: "Hawthorne",
        niches: &["art", "prints"],
        stage: Stage::Active,
        accounts: &[(Platform::Instagram, "lucia.draws.pdx", 14_800, 4.8)],
        values: 5,
        authenticity: 4,
        locality: Some(54.0),
    },
    PartnerSeed {
        name: "Sam Whitaker",
        neighborhood: "St. Johns",
        niches: &["plants", "diy"],
        stage: Stage::Past,
        accounts: &[
            (Platform::Youtube, "SamRepotsEverything", 41_000, 3.1),
            (Platform::Instagram, "samrepots", 9_200, 3.9),
        ],
        values: 3,
        authenticity: 4,
        locality: Some(31.0),
    },
    PartnerSeed {
        name: "Priya Natarajan",
        neighborhood: "Division",
        niches: &["food", "lifestyle"],
        stage: Stage::Negotiating,
        accounts: &[(Platform::Instagram, "priya.eats.pdx", 22_500, 2.7)],
        values: 3,
        authenticity: 3,
        locality: Some(63.0),
    },
    PartnerSeed {
        name: "Jonah Kim",
        neighborhood: "Pearl District",
        niches: &["interiors", "design"],
        stage: Stage::Contacted,
        accounts: &[(Platform::Instagram, "jonah.k.home", 128_000, 1.4)],
        values: 2,
        authenticity: 3,
        locality: Some(18.0),
    },
    PartnerSeed {
        name: "Aisha Bello",
        neighborhood: "Alberta Arts",
        niches: &["sustainability", "plants"],
        stage: Stage::Active,
        accounts: &[(Platform::Tiktok, "aisha.zerowaste", 6_300, 8.8)],
        values: 5,
        authenticity: 5,
        locality: Some(70.0),
    },
    PartnerSeed {
        name: "Tomás Herrera",
        neighborhood: "Montavilla",
        niches: &["parents", "family"],
        stage: Stage::Paused,
        accounts: &[(Platform::Facebook, "tomas.dad.pdx", 1_900, 5.5)],
        values: 4,
        authenticity: 4,
        locality: Some(91.0),
    },
    PartnerSeed {
        name: "Grace Liu",
        neighborhood: "Kerns",
        niches: &["prints", "books"],
        stage: Stage::Active,
        accounts: &[(Platform::Instagram, "grace.reads.here", 4_700, 5.9)],
        values: 4,
        authenticity: 5,
        locality: Some(66.0),
    },
    PartnerSeed {
        name: "Noah Bergström",
        neighborhood: "Laurelhurst",
        niches: &["running"],
        stage: Stage::Prospect,
        accounts: &[(Platform::Strava, "noah-b", 350, 15.0)],
        values: 4,
        authenticity: 4,
        locality: None,
    },
    PartnerSeed {
        name: "Chloé Martin",
        neighborhood: "Mississippi",
        niches: &["fashion", "lifestyle"],
        stage: Stage::Past,
        accounts: &[(Platform::Instagram, "chloe.in.pdx", 31_000, 2.2), (Platform::Tiktok, "chloeinpdx", 12_400, 5.1)],
        values: 3,
        authenticity: 2,
        locality: Some(40.0),
    },
    PartnerSeed {
        name: "Ben Adeyemi",
        neighborhood: "Buckman",
        niches: &["coffee", "community"],
        stage: Stage::Active,
        accounts: &[(Platform::Instagram, "ben.pours", 2_600, 7.3)],
        values: 5,
        authenticity: 4,
        locality: Some(84.0),
    },
    PartnerSeed {
        name: "Hana Sato",
        neighborhood: "Richmond",
        niches: &["plants", "japanese gardens"],
        stage: Stage::Contacted,
        accounts: &[(Platform::Youtube, "HanaGreenRoom", 67_000, 2.9)],
        values: 4,
        authenticity: 5,
        locality: Some(22.0),
    },
    PartnerSeed {
        name: "Oliver Grant",
        neighborhood: "Woodstock",
        niches: &["diy", "woodwork"],
        stage: Stage::Prospect,
        accounts: &[],
        values: 3,
        authenticity: 3,
        locality: None,
    },
    PartnerSeed {
        name: "Zoë Adler",
        neighborhood: "Hollywood",
        niches: &["parents", "books"],
        stage: Stage::Active,
        accounts: &[(Platform::Instagram, "zoe.and.the.twins", 11_200, 3.6)],
        values: 4,
        authenticity: 4,
        locality: Some(77.0),
    },
];

enum Member {
    Partner(usize),
    Community(usize),
}

/// A partner's terms: who, code, fee, gifted products at cost, commission %.
struct Deal(Member, Option<&'static str>, i64, i64, f64);

/// Name, goal, start (days before today), length in days, other costs, deals.
type CampaignSeed = (&'static str, &'static str, u64, u64, i64, Vec<Deal>);

/// From a campaign's start to the end of its attribution window, its codes and how strongly each sells.
/// A campaign's window and its partners' pull: a code, or `None` for walk-ins who use no code.
type CodeWindow = (NaiveDate, NaiveDate, Vec<(Option<String>, f64)>);

/// Writes the demo shop into an empty database, with campaign dates placed around `today`.
///
/// Long because the demo is one script: each step uses the ids and the seeded random stream of the steps before it.
///
/// # Errors
/// [`Error::Invalid`] when the database already holds partners or sales: the demo never mixes with real
/// data.
#[expect(
    clippy::too_many_lines,
    reason = "the demo is one script: each step uses the ids and the seeded random stream of the steps before it"
)]
pub fn generate(store: &mut Store, today: NaiveDate) -> Result<DemoSummary> {
    if store.holds_data()? {
        return Err(Error::invalid("db", Message::new("invalid-demo-not-empty")));
    }
    let mut rng = fastrand::Rng::with_seed(SEED);
    store.update_shop(&ShopInput {
        name: "Fern & Fable — plants and prints".into(),
        currency: Some("USD".into()),
        time_zone: TIME_ZONE.name().into(),
        default_margin_pct: 55.0,
        locale: None,
        hourly_rate_minor: Some(3_500),
    })?;
    store.mark_demo()?;

    let year_ago = today - Days::new(365);
    let mut partner_ids = Vec::new();
    for p in PARTNERS {
        let accounts: Vec<SocialAccountInput> = p
            .accounts
            .iter()
            .map(|&(platform, handle, followers, engagement)| SocialAccountInput {
                platform,
                handle: handle.into(),
                url: Some(profile_url(platform, handle)),
                // The first reading, about a year ago, had fewer followers: growth shows on the profile.
                followers: followers * (80 + rng.i64(0..15)) / 100,
                engagement_pct: Some(engagement),
                as_of: year_ago + Days::new(rng.u64(0..30)),
            })
            .collect();
        let first = p.name.split(' ').next().unwrap_or(p.name).to_lowercase();
        let partner = store.create_partner(
            &PartnerInput {
                name: p.name.into(),
                email: Some(format!("{}@example.com", ascii_only(&first))),
                phone: None,
                neighborhood: Some(p.neighborhood.into()),
                city: Some("Portland".into()),
                distance_km: Some(rng.u32(5..90) as f64 / 10.0),
                niches: p.niches.iter().map(|n| n.to_string()).collect(),
                notes: format!(
                    "Met through {}.",
                    ["a shop event", "Instagram DMs", "a customer", "the run club"][rng.usize(0..4)]
                ),
                stage: p.stage,
                values_alignment: Some(p.values),
                authenticity: Some(p.authenticity),
                audience_locality_pct: p.locality,
                consent_source: Some("Agreed in person to be kept on file".into()),
            },
            &accounts,
        )?;
        // Two later readings: a mid-year one and a recent one with today's numbers.
        let stored = store.partner_detail(partner.id)?.accounts;
        for &(platform, handle, followers, engagement) in p.accounts {
            let Some(account) = stored.iter().find(|a| a.fields.platform == platform && a.fields.handle == handle)
            else {
                continue;
            };
            for (days_ago, share) in [(180u64, 92i64), (20, 100)] {
                store.update_account(
                    account.id,
                    &SocialAccountInput {
                        platform,
                        handle: handle.into(),
                        url: account.fields.url.clone(),
                        followers: followers * share / 100,
                        engagement_pct: Some(engagement),
                        as_of: today - Days::new(days_ago),
                    },
                )?;
            }
        }
        partner_ids.push(partner.id);
    }

    let communities = [
        ("Alberta Street Run Club", CommunityKind::StravaClub, 600, "running", Some(1)),
        ("Sellwood Parents Collective", CommunityKind::FacebookGroup, 2_300, "parents", Some(7)),
        ("PDX Plant Swap", CommunityKind::Discord, 1_400, "plants", None),
    ];
    let mut community_ids = Vec::new();
    for (name, kind, size, topic, leader) in communities {
        let c = store.create_community(&CommunityInput {
            name: name.into(),
            kind,
            url: None,
            size: Some(size),
            topic: Some(topic.into()),
            neighborhood: None,
            city: Some("Portland".into()),
            leader_partner_id: leader.map(|i: usize| partner_ids[i]),
            stage: Stage::Active,
            notes: String::new(),
        })?;
        community_ids.push(c.id);
    }
    let feedback: &[(usize, u64, Sentiment, &str, &[&str])] = &[
        (0, 300, Sentiment::Positive, "Loved the post-run coffee and plant cuttings table.", &["event", "cuttings"]),
        (0, 200, Sentiment::Neutral, "Would come more often if the shop opened before 9 on Saturdays.", &["hours"]),
        (0, 40, Sentiment::Positive, "The run-club discount card is on three fridges already.", &["coupon"]),
        (
            1,
            280,
            Sentiment::Negative,
            "Pots are lovely but too pricey for kids' gardening projects.",
            &["price", "kids"],
        ),
        (
            1,
            150,
            Sentiment::Positive,
            "The kids' repotting morning was the best Saturday we had all month.",
            &["event", "kids"],
        ),
        (1, 30, Sentiment::Neutral, "Asked for more pet-safe plants to be labelled.", &["pets", "labels"]),
        (2, 250, Sentiment::Positive, "People keep posting the riso prints in the swap channel.", &["prints"]),
        (2, 90, Sentiment::Negative, "Calatheas from the last batch had thrips.", &["quality", "pests"]),
        (2, 12, Sentiment::Positive, "Swap night at the shop: 40 people, lots of first-timers.", &["event"]),
    ];
    for &(community, days_ago, sentiment, text, tags) in feedback {
        store.add_feedback(
            community_ids[community],
            &FeedbackInput {
                day: today - Days::new(days_ago),
                source: ["group post", "event", "DM"][rng.usize(0..3)].into(),
                sentiment,
                text: text.into(),
                tags: tags.iter().map(|t| t.to_string()).collect(),
            },
        )?;
    }

    let campaigns: Vec<CampaignSeed> = vec![
        (
            "Winter greens",
            "Bring plant people in during the slow months",
            330,
            14,
            8_000,
            vec![
                Deal(Member::Partner(0), Some("MAYAWINTER"), 10_000, 4_000, 0.0),
                Deal(Member::Partner(3), Some("SAMREPOT"), 25_000, 6_000, 5.0),
            ],
        ),
        (
            "Print week",
            "Launch the riso print series",
            260,
            7,
            12_000,
            vec![
                Deal(Member::Partner(2), Some("LUCIA10"), 15_000, 2_500, 10.0),
                Deal(Member::Partner(8), Some("GRACEPRINTS"), 5_000, 2_500, 0.0),
                Deal(Member::Partner(10), Some("CHLOE15"), 40_000, 5_000, 0.0),
            ],
        ),
        (
            "Run club spring",
            "Become the run club's shop",
            190,
            30,
            6_000,
            vec![
                Deal(Member::Partner(1), Some("RUNFERN"), 0, 3_000, 5.0),
                Deal(Member::Community(0), Some("ASRC10"), 0, 5_000, 0.0),
            ],
        ),
        (
            "Spring repotting week",
            "Sell repotting kits and soil",
            120,
            14,
            9_000,
            vec![
                Deal(Member::Partner(0), Some("MAYA15"), 15_000, 6_000, 10.0),
                Deal(Member::Partner(6), Some("AISHA10"), 8_000, 3_000, 5.0),
                Deal(Member::Community(1), None, 0, 10_000, 0.0),
            ],
        ),
        (
            "Summer swap nights",
            "Monthly plant swap in the shop",
            60,
            21,
            15_000,
            vec![
                Deal(Member::Community(2), Some("SWAP5"), 0, 4_000, 0.0),
                Deal(Member::Partner(11), Some("BENPOURS"), 5_000, 2_000, 0.0),
            ],
        ),
        (
            "Autumn family days",
            "Kids' repotting mornings",
            10,
            21,
            7_500,
            vec![
                Deal(Member::Partner(14), Some("ZOEFAMILY"), 12_000, 4_000, 8.0),
                Deal(Member::Partner(7), Some("TOMAS10"), 3_000, 1_500, 0.0),
                Deal(Member::Community(1), None, 0, 6_000, 0.0),
            ],
        ),
    ];
    let mut windows: Vec<CodeWindow> = Vec::new();
    let mut post_count = 0;
    // Fees paid a week into each campaign: (partner, day, amount, note).
    let mut paid: Vec<(Option<i64>, NaiveDate, i64, String)> = Vec::new();
    for (name, goal, start_ago, length, other_costs, deals) in &campaigns {
        let start = today - Days::new(*start_ago);
        let end = start + Days::new(length - 1);
        let campaign = store.create_campaign(&CampaignInput {
            name: (*name).into(),
            goal: (*goal).into(),
            start,
            end,
            window_days: 14,
            other_costs_minor: *other_costs,
            owner_hours: (rng.u32(4..20)) as f64,
            notes: String::new(),
        })?;
        let mut codes = Vec::new();
        for Deal(member, code, fee, gifted, commission) in deals {
            let (partner_id, community_id, strength) = match member {
                Member::Partner(i) => {
                    let reach: i64 = PARTNERS[*i].accounts.iter().map(|a| a.2).max().unwrap_or(500);
                    (Some(partner_ids[*i]), None, (reach as f64).ln())
                }
                Member::Community(i) => (None, Some(community_ids[*i]), 7.5),
            };
            let cp = store.add_campaign_partner(
                campaign.id,
                &CampaignPartnerInput {
                    partner_id,
                    community_id,
                    fee_minor: *fee,
                    gifted_cost_minor: *gifted,
                    commission_pct: *commission,
                    codes: code.iter().map(|c| c.to_string()).collect(),
                    tracked_link: code.map(|c| format!("https://fernandfable.example/?ref={}", c.to_lowercase())),
                    deliverables: if partner_id.is_some() {
                        "2 feed posts, 3 stories".into()
                    } else {
                        "Flyer at the meet-up".into()
                    },
                    new_customers_only: false,
                },
            )?;
            if partner_id.is_some() {
                // What they agreed to, filled by the posts logged below as they come.
                let item =
                    |kind, due, description: &str| DeliverableInput { kind, description: description.into(), due };
                let middle = start + Days::new(length / 2);
                store.add_deliverable(cp.id, &item(DeliverableKind::Reel, middle, "Reel in the shop"))?;
                store.add_deliverable(cp.id, &item(DeliverableKind::Story, end, "Stories in launch week"))?;
                if *fee > 0 && start + Days::new(7) <= today {
                    paid.push((partner_id, start + Days::new(7), *fee, format!("Fee for {name}")));
                }
            }
            if *start_ago <= 10 {
                // The running campaign: one agreement coming up this week, one a partner let slip.
                match member {
                    Member::Partner(14) => {
                        let morning = DeliverableInput {
                            kind: DeliverableKind::Event,
                            description: "Kids' repotting morning in the shop".into(),
                            due: today + Days::new(3),
                        };
                        store.add_deliverable(cp.id, &morning)?;
                    }
                    Member::Partner(7) => {
                        let fair = DeliverableInput {
                            kind: DeliverableKind::Event,
                            description: "Flyers at the school fair".into(),
                            due: today - Days::new(2),
                        };
                        store.add_deliverable(cp.id, &fair)?;
                    }
                    _ => {}
                }
            }
            if let (Member::Partner(i), true) = (member, *start_ago > 0) {
                for (platform, _handle, followers, engagement) in PARTNERS[*i].accounts.iter().take(2) {
                    let day = start + Days::new(rng.u64(0..*length));
                    let interactions = (*followers as f64 * engagement / 100.0 * (0.7 + rng.f64() * 0.6)) as i64;
                    store.add_post(
                        cp.id,
                        &PostInput {
                            platform: *platform,
                            url: Some(format!("{}/p/{}", profile_url(*platform, _handle), rng.u32(100_000..999_999))),
                            posted_at: local_instant(day, 18, rng.u32(0..60)),
                            followers_at_post: None,
                            reach: Some((*followers as f64 * (0.3 + rng.f64() * 0.4)) as i64),
                            likes: interactions * 80 / 100,
                            comments: interactions * 8 / 100,
                            shares: interactions * 4 / 100,
                            saves: interactions * 8 / 100,
                            clicks: interactions * 12 / 100,
                        },
                    )?;
                    post_count += 1;
                }
            }
            codes.push((code.map(str::to_string), strength));
        }
        windows.push((start, end + Days::new(14), codes));
    }

    // Print week's LUCIA10 turns up on a coupon site five weeks after its window: 14 orders a day for three
    // days, what the leak signals are for.
    let print_week_until = today - Days::new(260) + Days::new(7 - 1) + Days::new(14);
    let leak = ("LUCIA10", print_week_until + Days::new(35), 3, 14);
    let (orders, code_orders) = generate_sales(store, &mut rng, year_ago, today, &windows, leak)?;
    for (partner_id, day, amount_minor, note) in paid {
        if let Some(partner_id) = partner_id {
            let payment = PaymentInput { partner_id, day, amount_minor, method: "bank transfer".into(), note };
            store.add_payment(&payment)?;
        }
    }
    Ok(DemoSummary {
        partners: PARTNERS.len(),
        communities: community_ids.len(),
        campaigns: campaigns.len(),
        posts: post_count,
        orders,
        code_orders,
    })
}

/// A year of orders: a weekday pattern, a slow winter, online (Shopify) and till (Square) orders, repeat
/// customers, and orders with partner codes inside campaign windows (more in the first days), plus
/// walk-ins brought by communities without a code.
///
/// Long because it is one day-by-day loop in one write, every order drawing on the same random stream and
/// customer list.
#[expect(
    clippy::too_many_lines,
    reason = "it is one day-by-day loop in one write, every order drawing on the same random stream and customer list"
)]
fn generate_sales(
    store: &mut Store,
    rng: &mut fastrand::Rng,
    first: NaiveDate,
    today: NaiveDate,
    windows: &[CodeWindow],
    leak: (&str, NaiveDate, u64, usize),
) -> Result<(usize, usize)> {
    // The leaked code's orders draw on their own stream, so the rest of the shop is as without them.
    let mut leak_rng = fastrand::Rng::with_seed(SEED + 1);
    let (leak_code, leak_from, leak_days, leak_per_day) = leak;
    let salt = store.customer_salt()?;
    let mut customers: Vec<String> = Vec::new();
    let mut orders = 0;
    let mut code_orders = 0;
    store.write(|tx| {
        let batch = sales::create_batch(
            tx,
            &BatchInfo { kind: "demo", file_name: "demo shop (generated)", sha256: "demo", preset: "demo" },
        )?;
        let mut day = first;
        let mut day_sales = Vec::new();
        while day < today {
            let weekday_factor = match day.weekday() {
                Weekday::Sat => 1.7,
                Weekday::Sun => 1.4,
                Weekday::Fri => 1.2,
                Weekday::Mon => 0.6,
                _ => 0.9,
            };
            let season = 1.0 + 0.08 * ((day.ordinal() as f64 - 100.0) / 365.0 * std::f64::consts::TAU).sin();
            let base = (22.0 * weekday_factor * season * (0.85 + rng.f64() * 0.3)) as usize;
            let mut todays: Vec<Option<String>> = vec![None; base];
            for (start, until, codes) in windows {
                if day >= *start && day <= *until {
                    let fresh = 1.0 - (day - *start).num_days() as f64 / ((*until - *start).num_days() as f64 + 1.0);
                    for (code, strength) in codes {
                        // Walk-ins (a community without a code) come in larger numbers but leave no trace
                        // but the day's sales: what the lift estimate measures.
                        let pull = if code.is_some() { 0.25 } else { 0.6 };
                        let expected = strength * pull * (0.3 + fresh);
                        let n = (expected * (0.5 + rng.f64())) as usize;
                        todays.extend(std::iter::repeat_n(code.clone(), n));
                    }
                }
            }
            for (n, code) in todays.into_iter().enumerate() {
                let in_store = rng.f64() < 0.55;
                let customer = if !customers.is_empty() && rng.f64() < 0.35 {
                    customers[rng.usize(0..customers.len())].clone()
                } else {
                    let email = format!("customer{}@example.net", customers.len() + 1);
                    customers.push(email.clone());
                    email
                };
                let items: Vec<NewLineItem> = (0..rng.usize(1..4))
                    .map(|_| {
                        let p = &PRODUCTS[rng.usize(0..PRODUCTS.len())];
                        NewLineItem {
                            sku: Some(p.sku.into()),
                            name: p.name.into(),
                            quantity: if rng.f64() < 0.8 { 1 } else { 2 },
                            unit_price_minor: p.price,
                            discount_minor: 0,
                            cost_minor: Some(p.cost),
                        }
                    })
                    .collect();
                let gross: i64 = items.iter().map(|i| i.quantity * i.unit_price_minor).sum();
                let discounts = if code.is_some() { gross * 15 / 100 } else { 0 };
                let refunds = if rng.f64() < 0.02 { gross - discounts } else { 0 };
                let minute = rng.u32(0..60);
                let hour = if in_store { rng.u32(10..19) } else { rng.u32(7..23) };
                let sale = NewSale {
                    source: if in_store { "square".into() } else { "shopify".into() },
                    external_id: format!("{}-{}", day.format("%Y%m%d"), n + 1),
                    placed_at: local_instant(day, hour, minute),
                    channel: if in_store { Channel::InStore } else { Channel::Online },
                    location: in_store.then(|| "Alberta St shop".into()),
                    currency: "USD".into(),
                    gross_minor: gross,
                    discounts_minor: discounts,
                    shipping_minor: if in_store { 0 } else { 800 },
                    tax_minor: 0,
                    refunds_minor: refunds,
                    codes: code.iter().cloned().collect(),
                    customer_key: Some(sales::customer_key(&salt, &customer)),
                    line_items: items,
                    status: crate::model::SaleStatus::Sale,
                    refunds_known: true,
                    status_known: true,
                    said: None,
                };
                day_sales.push(sale);
                orders += 1;
                code_orders += usize::from(code.is_some());
            }
            if day >= leak_from && day < leak_from + Days::new(leak_days) {
                for n in 0..leak_per_day {
                    let p = &PRODUCTS[leak_rng.usize(0..PRODUCTS.len())];
                    let line = NewLineItem {
                        sku: Some(p.sku.into()),
                        name: p.name.into(),
                        quantity: 1,
                        unit_price_minor: p.price,
                        discount_minor: 0,
                        cost_minor: Some(p.cost),
                    };
                    day_sales.push(NewSale {
                        source: "shopify".into(),
                        external_id: format!("{}-c{}", day.format("%Y%m%d"), n + 1),
                        placed_at: local_instant(day, leak_rng.u32(7..23), leak_rng.u32(0..60)),
                        channel: Channel::Online,
                        location: None,
                        currency: "USD".into(),
                        gross_minor: p.price,
                        discounts_minor: p.price * 10 / 100,
                        shipping_minor: 800,
                        tax_minor: 0,
                        refunds_minor: 0,
                        codes: vec![leak_code.to_string()],
                        customer_key: Some(sales::customer_key(&salt, &format!("coupon{day}-{n}@example.org"))),
                        line_items: vec![line],
                        status: crate::model::SaleStatus::Sale,
                        refunds_known: true,
                        status_known: true,
                        said: None,
                    });
                    orders += 1;
                    code_orders += 1;
                }
            }
            sales::insert_new_sales(tx, batch, TIME_ZONE, std::mem::take(&mut day_sales))?;
            day = day + Days::new(1);
        }
        sales::finish_batch(tx, batch, orders as i64, orders as i64)?;
        sales::refresh_all_aggregates(tx)?;
        crate::store::customers::rebuild(tx)?;
        Ok(())
    })?;
    Ok((orders, code_orders))
}

fn local_instant(day: NaiveDate, hour: u32, minute: u32) -> chrono::DateTime<Utc> {
    let time = NaiveTime::from_hms_opt(hour.min(23), minute.min(59), 0).unwrap_or(NaiveTime::MIN);
    TIME_ZONE
        .from_local_datetime(&day.and_time(time))
        .earliest()
        // A time skipped by a DST jump: an hour later exists.
        .unwrap_or_else(|| Utc.from_utc_datetime(&day.and_time(time)).with_timezone(&TIME_ZONE))
        .with_timezone(&Utc)
}

fn profile_url(platform: Platform, handle: &str) -> String {
    match platform {
        Platform::Instagram => format!("https://www.instagram.com/{handle}"),
        Platform::Tiktok => format!("https://www.tiktok.com/@{handle}"),
        Platform::Youtube => format!("https://www.youtube.com/@{handle}"),
        Platform::Facebook => format!("https://www.facebook.com/{handle}"),
        Platform::Strava => format!("https://www.strava.com/athletes/{handle}"),
        _ => format!("https://example.com/{handle}"),
    }
}

fn ascii_only(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' => 'a',
            'é' | 'è' => 'e',
            'í' => 'i',
            'ó' | 'ö' => 'o',
            'ú' | 'ü' => 'u',
            'ë' => 'e',
            c => c,
        })
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Opens the demo shop file at `path`, generating it first when there is none. The demo is built in a
/// temporary file and renamed into place, so an interrupted generation never leaves a half-built demo.
///
/// # Errors
/// [`Error::Locked`] when another LocalLift has the demo file open, [`Error::TooNew`] when a newer LocalLift
/// wrote it, [`Error::ReadOnly`] when its folder cannot be written, [`Error::Io`] when a half-built demo
/// cannot be removed or the new one renamed into place, [`Error::Database`] when SQLite fails while the demo
/// is generated or opened.
pub fn open(path: &std::path::Path) -> Result<Store> {
    if !path.exists() {
        let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        name.push(".building");
        let building = path.with_file_name(name);
        for stale in [building.clone(), sidecar(&building, "-wal"), sidecar(&building, "-shm")] {
            if stale.exists() {
                std::fs::remove_file(stale)?;
            }
        }
        {
            let mut store = Store::open(&building)?;
            let today = store.today()?;
            generate(&mut store, today)?;
            store.checkpoint()?;
        }
        std::fs::rename(&building, path)?;
        let _ = std::fs::remove_file(sidecar(&building, ".lock"));
    }
    Store::open(path)
}

fn sidecar(path: &std::path::Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}
