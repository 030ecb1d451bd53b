//! Office phrases and their holders: "Sekda Kukar Sunggono", "Sunggono,
//! Sekretaris Daerah Kutai Kartanegara", "Bima Arya sebagai Kepala BKN",
//! "Pahala Nainggolan Deputi dari Pencegahan KPK".
//!
//! An office phrase is a title from the gazetteer, the words that belong to
//! it ("Bidang Sumber Daya Manusia Aparatur", "Komisi II"), and the bodies
//! and regions that qualify it, parentheses and commas included.

use super::lexicon::{is_in, ACTING_MARKERS, FORMER_MARKERS, OFFICE_CONNECTORS};
use super::persons::{name_run_at, name_run_ending_at, NameRun};
use super::tokens::{Item, ItemKind};
use crate::gazetteer::{Gazetteer, OfficeTitle, RegionKind};
use std::ops::Range;

/// Bodies that stand for a region's government itself: they qualify an
/// office's region but are not its organisation ("Sekda Pemkab Kukar").
pub const GOVERNMENT_KEYS: &[&str] = &["pemprov", "pemkab", "pemkot", "pemda", "pemdes", "setda"];

/// Words before a title that make it the name of a building.
const VENUE_BEFORE_TITLE: &[&str] = &[
    "kantor", "rumah", "gedung", "istana", "pendopo", "pendapa", "rujab", "jabatan", "wisma",
    "aula", "ruang", "kediaman", "halaman", "lapangan",
];

/// One office phrase in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct OfficePhrase {
    /// Item indexes covered, acting and former markers included.
    pub items: Range<usize>,
    /// The title alone, with the words that belong to it ("Anggota Komisi II").
    pub role: String,
    /// The levels the title implies.
    pub levels: Vec<RegionKind>,
    /// Expanded acting prefix ("Penjabat", "Pelaksana Tugas"), if acting.
    pub acting: Option<&'static str>,
    /// A past office ("mantan Sekda").
    pub former: bool,
    /// Organisation (gazetteer index) the phrase names or the title implies.
    pub organization: Option<usize>,
    /// Regions (gazetteer indexes) the phrase names.
    pub regions: Vec<usize>,
}

/// How a holder was linked to an office phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    /// The holder's name run.
    pub run: NameRun,
    /// Rule name, for provenance.
    pub rule: &'static str,
    /// Confidence of the rule.
    pub confidence: f64,
}

fn acting_prefix(word: &str) -> Option<&'static str> {
    match word.trim_end_matches('.').to_lowercase().as_str() {
        "plt" | "pelaksana" => Some("Pelaksana Tugas"),
        "pj" | "penjabat" => Some("Penjabat"),
        "pjs" => Some("Penjabat Sementara"),
        "plh" => Some("Pelaksana Harian"),
        _ => None,
    }
}

fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// Parse the office phrase whose title is the item at `start`.
pub fn parse_office_phrase(
    text: &str,
    items: &[Item],
    start: usize,
    titles: &[&OfficeTitle],
    gazetteer: &Gazetteer,
) -> Option<OfficePhrase> {
    let ItemKind::OfficeTitle(title_index) = items[start].kind else {
        return None;
    };
    // "Kantor Gubernur", "Rumah Jabatan Bupati": a building, not an office holder.
    if start > 0
        && items[start - 1].is_word()
        && is_in(VENUE_BEFORE_TITLE, items[start - 1].text(text))
    {
        return None;
    }
    let title = titles[title_index];
    let mut role = title.role.clone();
    let mut organization = title
        .organization
        .as_deref()
        .and_then(|form| gazetteer.organizations.by_form(form))
        .filter(|&index| {
            !GOVERNMENT_KEYS.contains(&gazetteer.organizations.get(index).key.as_str())
        });
    let mut regions = Vec::new();

    // Markers before the title: "Plt.", "Pj", "mantan", "sebelumnya menjabat".
    let mut first = start;
    let mut acting = None;
    let mut former = false;
    let mut look = start;
    while look > 0 {
        let previous = &items[look - 1];
        if previous.is_punct('.') && look >= 2 {
            look -= 1;
            continue;
        }
        if previous.is_punct('(') || previous.is_punct(')') {
            look -= 1;
            continue;
        }
        if !previous.is_word() {
            break;
        }
        let word = previous.text(text);
        if let Some(prefix) = acting_prefix(word).filter(|_| is_in(ACTING_MARKERS, word)) {
            acting = Some(prefix);
            first = look - 1;
            look -= 1;
        } else if is_in(FORMER_MARKERS, word) {
            former = true;
            break;
        } else if word.eq_ignore_ascii_case("menjabat") || word.eq_ignore_ascii_case("sebagai") {
            // "sebelumnya menjabat (sebagai) Kepala ..."
            let before = items[..look - 1].iter().rev().take(3).any(|item| {
                item.is_word()
                    && matches!(
                        item.text(text).to_lowercase().as_str(),
                        "sebelumnya" | "pernah" | "dulu" | "dahulu"
                    )
            });
            former |= before;
            break;
        } else {
            break;
        }
    }

    let mut index = start + 1;
    let mut extension: Vec<String> = Vec::new();
    while let Some(item) = items.get(index) {
        match &item.kind {
            ItemKind::Punct('(') => {
                // "(Sekda)", "(Kukar)", "(BKPSDM)", "(Purn)".
                let inner = items.get(index + 1);
                let closes = items.get(index + 2).is_some_and(|item| item.is_punct(')'));
                match (inner.map(|item| &item.kind), closes) {
                    (Some(ItemKind::Organization(org)), true) => {
                        if organization.is_none()
                            && !GOVERNMENT_KEYS
                                .contains(&gazetteer.organizations.get(*org).key.as_str())
                        {
                            organization = Some(*org);
                        }
                        index += 3;
                    }
                    (Some(ItemKind::Region(region)), true) => {
                        regions.push(*region);
                        index += 3;
                    }
                    (Some(ItemKind::OfficeTitle(_)), true) => index += 3,
                    (Some(ItemKind::Word), true)
                        if inner.is_some_and(|item| {
                            item.text(text)
                                .chars()
                                .all(|c| c.is_uppercase() || c == '-')
                        }) =>
                    {
                        index += 3
                    }
                    _ => break,
                }
            }
            ItemKind::Organization(org) => {
                let key = gazetteer.organizations.get(*org).key.as_str();
                if GOVERNMENT_KEYS.contains(&key) {
                    index += 1;
                } else if organization.is_none() || organization == Some(*org) {
                    organization = Some(*org);
                    index += 1;
                } else {
                    break;
                }
            }
            ItemKind::Region(region) => {
                regions.push(*region);
                index += 1;
            }
            ItemKind::Punct(',') => {
                // ", Kalimantan Timur," continues the phrase when it names an
                // ancestor of a region already in it.
                let next_region = match items.get(index + 1).map(|item| &item.kind) {
                    Some(ItemKind::Region(region)) => Some(*region),
                    _ => None,
                };
                let related = next_region.is_some_and(|region| {
                    regions
                        .iter()
                        .any(|&known| gazetteer.regions.is_within(known, region))
                });
                if related {
                    regions.push(next_region.unwrap_or_default());
                    index += 2;
                } else {
                    break;
                }
            }
            ItemKind::Word => {
                let word = item.text(text);
                if matches!(word, "RI" | "Pusat") {
                    index += 1;
                    continue;
                }
                if word == "Komisi"
                    && items
                        .get(index + 1)
                        .is_some_and(|next| is_roman_numeral(next.text(text)))
                {
                    extension.push(format!("Komisi {}", items[index + 1].text(text)));
                    index += 2;
                    continue;
                }
                // Title words ("Bidang Sumber Daya Manusia Aparatur", "dari
                // Pencegahan") belong to the title when a body or region
                // follows; after "Divisi"/"Bidang" they name the division
                // even without a body (up to the first comma).
                let division = [
                    "Divisi",
                    "Bidang",
                    "Kordiv",
                    "Biro",
                    "Bagian",
                    "Seksi",
                    "Subbagian",
                    "Direktorat",
                ]
                .iter()
                .any(|word| title.form.ends_with(word))
                    || matches!(word, "Divisi" | "Bidang");
                let mut probe = index;
                let mut words: Vec<&str> = Vec::new();
                while let Some(next) = items.get(probe) {
                    let next_word = next.text(text);
                    let connector = matches!(
                        next_word,
                        "dari" | "bidang" | "dan" | "Bidang" | "Divisi" | "Urusan"
                    );
                    let capitalised =
                        next.is_word() && next_word.chars().next().is_some_and(char::is_uppercase);
                    if words.len() >= 10 {
                        break;
                    } else if next.is_word() && (connector || capitalised) {
                        words.push(next_word);
                        probe += 1;
                    } else if next.is_punct(',')
                        && (division || words.iter().any(|w| matches!(*w, "Divisi" | "Bidang")))
                        && items.get(probe + 1).is_some_and(|after| after.is_word())
                    {
                        words.push(",");
                        probe += 1;
                    } else if next.is_punct('(')
                        && items
                            .get(probe + 2)
                            .is_some_and(|close| close.is_punct(')'))
                        && items.get(probe + 1).is_some_and(|inner| {
                            inner.is_word() && inner.text(text).chars().any(char::is_uppercase)
                        })
                    {
                        // An acronym of the division: "(P2H)".
                        probe += 3;
                    } else {
                        break;
                    }
                }
                let body_follows = matches!(
                    items.get(probe).map(|item| &item.kind),
                    Some(ItemKind::Organization(_)) | Some(ItemKind::Region(_))
                );
                if !body_follows && division {
                    // Without a body, the division's name ends at the first comma.
                    if let Some(comma) = words.iter().position(|w| *w == ",") {
                        words.truncate(comma);
                        probe = index;
                        let mut counted = 0;
                        while counted < words.len() {
                            if items[probe].is_word() {
                                counted += 1;
                            }
                            probe += 1;
                        }
                    }
                }
                if !words.is_empty()
                    && (body_follows || division)
                    && !words.iter().all(|w| *w == "dari" || *w == "dan")
                {
                    let kept: Vec<&str> = words.iter().copied().filter(|w| *w != "dari").collect();
                    let mut phrase = kept.join(" ");
                    phrase = phrase.replace(" ,", ",");
                    extension.push(phrase.trim_end_matches(',').trim().to_string());
                    index = probe;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    if !extension.is_empty() {
        role = format!("{role} {}", extension.join(" "));
    }
    Some(OfficePhrase {
        items: first..index,
        role,
        levels: title.levels.clone(),
        acting,
        former,
        organization,
        regions,
    })
}

/// The holder of an office phrase, from the words around it.
///
/// A name joined by "sebagai"/"selaku"/"dari" or standing right before the
/// title wins ("Bima Arya sebagai Kepala BKN", "H Sutarmidji Gubernur
/// Kalbar"); then a name right after the phrase ("Sekda Kukar Sunggono",
/// "Kepala BKD Kaltim, Deni Sutrisno"); then a name before a comma
/// ("Sunggono, Sekretaris Daerah Kukar, ...").
pub fn find_holder(text: &str, items: &[Item], phrase: &OfficePhrase) -> Option<Holder> {
    let start = phrase.items.start;
    let end = phrase.items.end;
    let before_connector = start >= 1
        && items[start - 1].is_word()
        && is_in(OFFICE_CONNECTORS, items[start - 1].text(text));
    if before_connector {
        if let Some(run) = name_run_ending_at(text, items, start - 1) {
            return Some(Holder {
                run,
                rule: "name-connector-title",
                confidence: 0.9,
            });
        }
    }
    if let Some(run) = name_run_ending_at(text, items, start) {
        return Some(Holder {
            run,
            rule: "name-title",
            confidence: 0.8,
        });
    }
    let after = if items.get(end).is_some_and(|item| item.is_punct(',')) {
        end + 1
    } else {
        end
    };
    if let Some(run) = name_run_at(text, items, after) {
        if !run.name.is_empty() {
            return Some(Holder {
                run,
                rule: "title-name",
                confidence: 0.9,
            });
        }
    }
    if start >= 2 && items[start - 1].is_punct(',') {
        if let Some(run) = name_run_ending_at(text, items, start - 1) {
            return Some(Holder {
                run,
                rule: "name-comma-title",
                confidence: 0.85,
            });
        }
    }
    None
}
