//! Generate a synthetic corpus of Indonesian news articles as JSON Lines,
//! for benchmarking `beritagraf ingest`.
//!
//! ```text
//! cargo run --release --example generate_corpus -- --articles 10000 --seed 7 --output corpus.jsonl
//! ```
//!
//! Every article is one line `{"id","headline","body","url","date"}` in the
//! style of `examples/articles/`: datelines, officials named with their titles
//! before or after the name (honorifics and degrees sometimes), real regions
//! from the gazetteer, events with a place and a day, quotes, law citations in
//! several written forms, and boilerplate ("Baca juga:", "Editor:", related
//! headlines, sometimes a duplicated paragraph). Articles are 250–450 words.
//!
//! The output depends only on `--seed` and the article number (each article
//! has its own PRNG stream), and is written as it is generated.

use beritagraf::gazetteer::{Gazetteer, RegionId, RegionKind};
use clap::Parser;
use serde::Serialize;
use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

mod names;
mod offices;
mod places;
mod pools;
mod rng;

use names::*;
use offices::*;
use places::*;
use pools::*;
use rng::*;

/// Generate synthetic Indonesian news articles as JSON Lines.
#[derive(Debug, Parser)]
struct Args {
    /// Number of articles.
    #[arg(long, default_value_t = 1000)]
    articles: u64,
    /// PRNG seed: the same seed gives the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output file (`-` for standard output).
    #[arg(long, default_value = "-")]
    output: PathBuf,
}

// ---------------------------------------------------------------- article

/// Values for the `{...}` slots of the text pools.
struct Slots<'a> {
    place: &'a Place,
    election: &'a str,
}

fn fill(template: &str, slots: &Slots, rng: &mut Rng, law_pool: &[usize]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = start + rest[start..].find('}').expect("closed slot");
        let key = &rest[start + 1..end];
        match key {
            "R" => out.push_str(&slots.place.local),
            "P" => out.push_str(&slots.place.province),
            "kw" => out.push_str(slots.place.kind_word()),
            "Pem" => out.push_str(slots.place.pem()),
            "D" => out.push_str(
                slots
                    .place
                    .district
                    .as_deref()
                    .unwrap_or(&slots.place.local),
            ),
            "dw" => out.push_str(if slots.place.district.is_some() {
                slots.place.district_word
            } else {
                slots.place.kind_word()
            }),
            "election" => out.push_str(slots.election),
            "n" => write!(out, "{}", rng.range(2, 9) * 10 + rng.range(0, 9)).expect("write"),
            "k" => write!(out, "{}.{:03}", rng.range(2, 14), rng.range(0, 999)).expect("write"),
            "LAW" => out.push_str(&pick_law(rng, law_pool)),
            other => panic!("unknown slot {other}"),
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// 1900 → "1.900".
fn thousands(value: u32) -> String {
    if value >= 1000 {
        format!("{}.{:03}", value / 1000, value % 1000)
    } else {
        value.to_string()
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn quote_marks(rng: &mut Rng) -> (&'static str, &'static str) {
    if rng.chance(0.5) {
        ("\u{201c}", "\u{201d}")
    } else {
        ("\"", "\"")
    }
}

/// One quote paragraph by `person`.
/// An index below `count` not in `used` (any index once all are used).
fn pick_unused(rng: &mut Rng, count: usize, used: &mut Vec<usize>) -> usize {
    let mut index = rng.below(count);
    if used.len() < count {
        while used.contains(&index) {
            index = (index + 1) % count;
        }
    }
    used.push(index);
    index
}

fn quote_paragraph(rng: &mut Rng, slots: &Slots, person: &Person, used: &mut Vec<usize>) -> String {
    let index = pick_unused(rng, QUOTES.len(), used);
    let text = fill(QUOTES[index], slots, rng, laws_for(QUOTES[index]));
    let (open, close) = quote_marks(rng);
    match rng.below(10) {
        0..=3 => {
            let verb = rng.pick(ATTRIBUTIONS_NAMED);
            let tail = if rng.chance(0.2) {
                " di hadapan peserta"
            } else {
                ""
            };
            format!("{open}{text},{close} {verb} {}{tail}.", person.short)
        }
        4..=7 => format!("{open}{text},{close} {}.", rng.pick(ATTRIBUTIONS_PRONOUN)),
        8 => format!(
            "{} menegaskan, {open}{text}.{close}",
            if rng.chance(0.5) {
                person.short.as_str()
            } else if person.female {
                "Ia"
            } else {
                "Dia"
            }
        ),
        _ => format!("{open}{text},{close} kata {} menambahkan.", person.short),
    }
}

/// The paragraph introducing `person` as holder of `office`.
fn intro_paragraph(
    rng: &mut Rng,
    slots: &Slots,
    person: &Person,
    office: &Office,
    place: &Place,
    event: &str,
    used: &mut Vec<usize>,
) -> String {
    let verb = rng.pick(SPEECH_VERBS);
    let template = INDIRECT[pick_unused(rng, INDIRECT.len(), used)];
    let said = fill(template, slots, rng, laws_for(template));
    match rng.below(8) {
        0 | 1 => format!(
            "{}, {}, {verb} {said}.",
            office.long,
            person.first_mention(rng, true)
        ),
        2 | 3 => format!(
            "{} {} {verb} {said}.",
            office.long,
            person.first_mention(rng, false)
        ),
        4 => format!(
            "{}, {}, {verb} {said}.",
            person.first_mention(rng, false),
            office.long
        ),
        5 => format!(
            "{} selaku {} {verb} {said}.",
            person.first_mention(rng, false),
            office.long
        ),
        6 => format!(
            "{}, {}, yang hadir mewakili {} {}, {verb} {said}.",
            office.long,
            person.first_mention(rng, true),
            place.head(),
            place.local
        ),
        _ => format!(
            "{} {} yang {} {event} {verb} {said}.",
            office.long,
            person.first_mention(rng, false),
            rng.pick(&[
                "membuka",
                "menjadi narasumber dalam",
                "memberi arahan dalam"
            ]),
        ),
    }
}

/// A further paragraph of what `person` said, in the reporter's words.
fn follow_up_paragraph(
    rng: &mut Rng,
    slots: &Slots,
    person: &Person,
    used: &mut Vec<usize>,
) -> String {
    let template = INDIRECT[pick_unused(rng, INDIRECT.len(), used)];
    let said = fill(template, slots, rng, laws_for(template));
    match rng.below(4) {
        0 => format!("{} menambahkan, {said}.", person.short),
        1 => format!("Menurut {}, {said}.", person.short),
        2 => format!(
            "{} juga {} {said}.",
            if person.female { "Ia" } else { "Dia" },
            rng.pick(SPEECH_VERBS)
        ),
        _ => format!("{}, kata {}.", capitalize(&said), person.short),
    }
}

fn make_headline(
    rng: &mut Rng,
    slots: &Slots,
    lead: &Person,
    office: &Office,
    event_short: &str,
) -> String {
    let place = slots.place;
    let r = &place.local;
    let election = slots.election;
    match rng.below(8) {
        0 => format!(
            "{} Minta ASN Jaga Netralitas Jelang {election}",
            office.short
        ),
        1 => format!("Bawaslu {r} Gelar {event_short}, ASN Diminta Tidak Main Dua Kaki"),
        2 => format!("Ratusan ASN {r} Ikuti {event_short}"),
        3 => format!(
            "{} Ingatkan Sanksi bagi ASN yang Tidak Netral",
            office.short
        ),
        4 => format!(
            "Jelang {election}, {} Pegawai {} {r} Teken Pakta Integritas",
            rng.range(3, 25) * 50,
            place.pem()
        ),
        5 => format!("Awasi Netralitas ASN, Bawaslu {r} Libatkan Camat dan Lurah"),
        6 => format!("{}: ASN Harus Netral di {election}", lead.short),
        _ => format!("{} {r}: Jangan Ada ASN yang Main Dua Kaki", place.head()),
    }
}

fn slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    headline: &'a str,
    body: &'a str,
    url: &'a str,
    date: &'a str,
}

struct Generated {
    id: String,
    headline: String,
    body: String,
    url: String,
    date: String,
}

fn article(atlas: &Atlas, seed: u64, number: u64) -> Generated {
    let mut rng = Rng::new(seed ^ splitmix(number.wrapping_mul(0xA24B_AED4_963E_E407)));
    let rng = &mut rng;
    let place = atlas.place(rng);
    let date = Date::random(rng);
    let election_owned = if date.before(2024, 2, 14) {
        "Pemilu 2024".to_string()
    } else {
        match rng.below(3) {
            0 => "Pilkada 2024".to_string(),
            1 => "Pilkada Serentak 2024".to_string(),
            _ => format!("Pilkada {} 2024", place.local),
        }
    };
    let slots = Slots {
        place: &place,
        election: &election_owned,
    };
    let kw = place.kind_word();

    // The cast: two to four officials, one per office.
    let cast_size = 2 + rng.below(3);
    let mut cast: Vec<(Person, Office)> = Vec::with_capacity(cast_size);
    for _ in 0..cast_size * 2 {
        if cast.len() == cast_size {
            break;
        }
        let office = make_office(rng, &place);
        let person = holder(rng, seed, &office, &place);
        if cast
            .iter()
            .any(|(other, held)| other.full == person.full || held.key == office.key)
        {
            continue;
        }
        cast.push((person, office));
    }

    // The event and the lead paragraph.
    let (event, event_short) = *rng.pick(EVENTS);
    let organizer = match rng.below(6) {
        0 => format!("Badan Pengawas Pemilu (Bawaslu) {kw} {}", place.local),
        1 => format!("Bawaslu {}", place.local_name(rng)),
        2 => format!("{} {}", place.pem_long(), place.local),
        3 => format!("{} {}", place.pem(), place.local),
        4 => format!("BKPSDM {}", place.local_name(rng)),
        _ => format!("Bawaslu Provinsi {}", place.province),
    };
    let venue = match rng.below(6) {
        0 => format!(
            "Aula Kantor {} {}",
            if place.city { "Wali Kota" } else { "Bupati" },
            place.local
        ),
        1 => "Gedung Serbaguna".to_string(),
        2 => format!(
            "sebuah hotel di Jalan {}",
            rng.pick(&[
                "Sudirman",
                "Ahmad Yani",
                "Diponegoro",
                "Gatot Subroto",
                "Pahlawan"
            ])
        ),
        3 => rng.pick(HOTELS).to_string(),
        4 => format!(
            "Kantor Camat {}",
            place.district.as_deref().unwrap_or(&place.local)
        ),
        _ => format!("Aula Kantor Bawaslu {}", place.local),
    };
    let mut location = venue;
    if let Some(district) = &place.district {
        write!(location, ", {} {}", place.district_word, district).expect("write");
    }
    write!(location, ", {} {}", kw, place.local).expect("write");
    if rng.chance(0.5) {
        write!(location, ", {}", place.province).expect("write");
    }
    let when = date.in_text(rng);

    let outlet = rng.pick(OUTLETS);
    let dateline = if rng.chance(0.7) {
        let city = &place.local;
        match outlet.0 {
            "A" => format!("{city} (ANTARA) - "),
            "K" => format!("{}, KOMPAS.com - ", city.to_uppercase()),
            "U" => format!("{}, {} - ", city.to_uppercase(), outlet.1),
            _ => format!("{city} ({}) - ", outlet.1),
        }
    } else {
        String::new()
    };

    // Blocks of paragraphs that stay together (an official's introduction
    // and quotes); filler goes between blocks.
    let mut blocks: Vec<Vec<String>> = Vec::with_capacity(16);
    let participants = thousands(rng.range(3, 40) * 50);
    blocks.push(vec![format!(
        "{dateline}{organizer} menggelar {event} di {location}, {when}. Kegiatan diikuti sekitar {} peserta dari {}.",
        participants,
        rng.pick(&[
            "seluruh perangkat daerah",
            "unsur pemerintah daerah, TNI, dan Polri",
            "kecamatan dan kelurahan se-wilayah",
            "organisasi perangkat daerah dan sekolah",
        ])
    )]);

    let mut used_quotes = Vec::new();
    let mut used_indirect = Vec::new();
    let mut first_quote = None;
    let mut official_blocks = Vec::new();
    for (position, (person, office)) in cast.iter().enumerate() {
        let mut block = vec![intro_paragraph(
            rng,
            &slots,
            person,
            office,
            &place,
            event,
            &mut used_indirect,
        )];
        let quote = quote_paragraph(rng, &slots, person, &mut used_quotes);
        first_quote.get_or_insert_with(|| quote.clone());
        block.push(quote);
        if rng.chance(0.5) {
            block.push(follow_up_paragraph(rng, &slots, person, &mut used_indirect));
        }
        if rng.chance(0.25) {
            block.push(quote_paragraph(rng, &slots, person, &mut used_quotes));
        }
        official_blocks.push((blocks.len(), position));
        blocks.push(block);
        if position == 0 {
            // The reporter cites a law after the first official.
            let (sentence, pool) = *rng.pick(REPORTER_LAW);
            blocks.push(vec![fill(sentence, &slots, rng, pool)]);
            if rng.chance(0.5) {
                let other_place = atlas.place(rng);
                let other_slots = Slots {
                    place: &other_place,
                    election: &election_owned,
                };
                let related_lead = Person::new(rng, &other_place.province_code);
                let related_office = make_office(rng, &other_place);
                blocks.push(vec![format!(
                    "Baca juga: {}",
                    make_headline(
                        rng,
                        &other_slots,
                        &related_lead,
                        &related_office,
                        event_short
                    )
                )]);
            }
        }
    }

    // Up to the target length (boilerplate adds ~10-60 words): more of
    // what the officials said, then a few filler paragraphs.
    let target = rng.range(245, 390) as usize;
    let mut words: usize = blocks
        .iter()
        .flatten()
        .map(|p| p.split_whitespace().count())
        .sum();
    let filler_budget = 2 + rng.below(4);
    let mut extras = 0;
    while words + filler_budget * 22 < target && extras < 10 {
        extras += 1;
        let (at, position) = *rng.pick(&official_blocks);
        let person = &cast[position].0;
        let paragraph = if rng.chance(0.6) || used_quotes.len() + 2 > QUOTES.len() {
            follow_up_paragraph(rng, &slots, person, &mut used_indirect)
        } else {
            quote_paragraph(rng, &slots, person, &mut used_quotes)
        };
        words += paragraph.split_whitespace().count();
        blocks[at].push(paragraph);
    }
    let mut used_fillers: Vec<usize> = Vec::new();
    while words < target && used_fillers.len() < FILLERS.len() {
        let mut index = rng.below(FILLERS.len());
        while used_fillers.contains(&index) {
            index = (index + 1) % FILLERS.len();
        }
        used_fillers.push(index);
        let paragraph = fill(FILLERS[index], &slots, rng, ANY_LAW);
        words += paragraph.split_whitespace().count();
        let at = 1 + rng.below(blocks.len());
        blocks.insert(at, vec![paragraph]);
    }
    // Sometimes a copy-paste accident: a quote paragraph twice.
    if rng.chance(0.12) {
        if let Some(quote) = first_quote {
            let at = blocks.len() - rng.below(2);
            blocks.insert(at, vec![quote]);
        }
    }
    let mut paragraphs: Vec<String> = blocks.into_iter().flatten().collect();

    // Boilerplate at the end.
    let editor = Person::new(rng, &place.province_code).full;
    match rng.below(5) {
        0 => paragraphs.push(format!("Editor: {editor}")),
        1 => {
            let reporter = Person::new(rng, &place.province_code).full;
            paragraphs.push(format!("Pewarta: {reporter}\nEditor: {editor}"));
        }
        2 => {
            let initials: String = editor
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .collect::<String>()
                .to_lowercase();
            paragraphs.push(format!(
                "({initials}/{})",
                slug(&editor).chars().take(3).collect::<String>()
            ));
        }
        3 => paragraphs.push(format!(
            "Tags: Netralitas ASN, {}, Bawaslu {}\n\nCOPYRIGHT \u{a9} {} {}. All rights reserved.",
            election_owned, place.local, date.year, outlet.1
        )),
        _ => {}
    }
    if words < 400 && rng.chance(0.4) {
        let mut related = String::from("Berita Terkait");
        let count = 2 + rng.below(3);
        for back in 0..count {
            let other_place = if rng.chance(0.5) {
                atlas.place(rng)
            } else {
                atlas.place(&mut Rng::new(place.local_index as u64 ^ rng.next_u64()))
            };
            let other_slots = Slots {
                place: if rng.chance(0.5) {
                    &place
                } else {
                    &other_place
                },
                election: &election_owned,
            };
            let headline = rng.pick(OTHER_HEADLINES);
            let text = fill(headline, &other_slots, rng, ANY_LAW);
            let day = date.minus_days(1 + back as u32 + rng.below(3) as u32);
            write!(
                related,
                "\n\n{text}\n{}, {} {} {} | {:02}.{:02} {}",
                DAYS[day.weekday()],
                day.day,
                MONTHS[day.month as usize - 1],
                day.year,
                rng.range(6, 21),
                rng.range(0, 59),
                place.timezone
            )
            .expect("write");
        }
        paragraphs.push(related);
    }

    let (lead, lead_office) = &cast[0];
    let headline = make_headline(rng, &slots, lead, lead_office, event_short);
    let published = date.plus_days(rng.below(2) as u32);
    let id = format!("gen-{seed}-{number:07}");
    let url = format!(
        "https://{}/berita/{}/{:02}/{:02}/{}/{}",
        outlet.2,
        published.year,
        published.month,
        published.day,
        number,
        slug(&headline)
    );
    Generated {
        id,
        headline,
        body: paragraphs.join("\n\n"),
        url,
        date: published.iso(),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let started = Instant::now();
    let atlas = Atlas::build();
    let sink: Box<dyn Write> = if args.output.as_os_str() == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        if let Some(parent) = args.output.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        Box::new(std::fs::File::create(&args.output)?)
    };
    let mut out = BufWriter::with_capacity(1 << 20, sink);
    let mut bytes = 0u64;
    let mut words = 0u64;
    for number in 0..args.articles {
        let generated = article(&atlas, args.seed, number);
        words += generated.body.split_whitespace().count() as u64;
        let line = serde_json::to_vec(&Record {
            id: &generated.id,
            headline: &generated.headline,
            body: &generated.body,
            url: &generated.url,
            date: &generated.date,
        })?;
        bytes += line.len() as u64 + 1;
        out.write_all(&line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "generate_corpus: {} articles, {} bytes ({:.0} bytes/article, {:.0} words/article) in {:.2} s",
        args.articles,
        bytes,
        bytes as f64 / args.articles.max(1) as f64,
        words as f64 / args.articles.max(1) as f64,
        seconds
    );
    Ok(())
}
