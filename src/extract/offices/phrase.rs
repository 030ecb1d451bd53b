//! Office phrases: a title from the gazetteer with the words that belong
//! to it ("Bidang Sumber Daya Manusia Aparatur", "Komisi II"), acting and
//! former markers, and the bodies and regions that qualify it.

use super::agency_names::spelled_agency;
use crate::extract::lexicon::{
    acting_prefix, has_role, has_role_as_written, is_name_prefix, written_out_acting, Lexicon, Role,
};
use crate::extract::names::vocabulary::{Vocabulary, WordClass};
use crate::extract::tokens::{Item, ItemKind};
use crate::gazetteer::{Gazetteer, OfficeTitle, RegionId, RegionKind};
use crate::tables::rows;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

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
    /// Regions the phrase names.
    pub regions: Vec<RegionId>,
    /// The phrase marks its body as the national one ("Ketua Bawaslu RI",
    /// "KPU Pusat"): it serves no region.
    pub national: bool,
    /// The village a village head's title names right after it ("Kepala
    /// Desa Sako"), which the gazetteer does not list.
    pub village: Option<String>,
}

/// The unit short names and their full names ("Humas" → "Hubungan Masyarakat").
fn unit_names() -> &'static HashMap<&'static str, &'static str> {
    static UNITS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    UNITS.get_or_init(|| {
        rows(include_str!("../../../data/lexicon/unit_abbreviations.tsv"))
            .filter(|row| row.len() >= 2)
            .map(|row| (row[0], row[1]))
            .collect()
    })
}

/// The full name of a unit's short name, as written ("TU" → "Tata Usaha").
fn unit_name(word: &str) -> Option<&'static str> {
    unit_names().get(word).copied()
}

/// Whether `name` is the full name of a unit short name.
fn unit_is_name(name: &str) -> bool {
    unit_names().values().any(|full| *full == name)
}

/// Lower-case words of a division name take a capital, as in the title
/// ("Biro pemerintahan" → "Biro Pemerintahan"); connectors stay as written.
fn capitalise_words(phrase: &str) -> String {
    phrase
        .split(' ')
        .map(|word| {
            if has_role_as_written(word, Role::TitleConnector) {
                return word.to_string();
            }
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// A prison's or court's class: a Roman numeral, perhaps with its grade
/// glued on ("I", "IIA", "IIB") or a digit ("1").
fn is_class_numeral(word: &str) -> bool {
    let numeral = word.trim_end_matches(['A', 'B']);
    is_roman_numeral(numeral) || (!word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
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
        && has_role(items[start - 1].text(text), Role::VenueBeforeTitle)
    {
        return None;
    }
    // "Kapolda Sultra Irjen Dwi Irianto": after an office phrase, a title
    // that is also a rank is the holder's rank.
    if is_name_prefix(items[start].text(text))
        && start > 0
        && matches!(
            items[start - 1].kind,
            ItemKind::Region(_) | ItemKind::Organization(_) | ItemKind::OfficeTitle(_)
        )
    {
        return None;
    }
    let title = titles[title_index.0];
    let mut role = title.role.clone();
    let mut organization = title
        .organization
        .as_deref()
        .and_then(|form| gazetteer.organizations.by_form(form))
        .filter(|&index| !gazetteer.organizations.get(index).is_government());
    let implied_organization = organization;
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
        // "Pelaksana Tugas Bupati", "Pelaksana Harian Sekda": the marker
        // written out in two words.
        let written_out = (look >= 2 && items[look - 2].is_word())
            .then(|| written_out_acting(items[look - 2].text(text), word))
            .flatten();
        if let Some(prefix) = written_out {
            acting = Some(prefix);
            first = look - 2;
            look -= 2;
        } else if let Some(prefix) = acting_prefix(word) {
            acting = Some(prefix);
            first = look - 1;
            look -= 1;
        } else if has_role(word, Role::FormerMarker) {
            former = true;
            break;
        } else if word.eq_ignore_ascii_case("menjabat") || word.eq_ignore_ascii_case("sebagai") {
            // "sebelumnya menjabat (sebagai) Kepala ..."
            let before = items[..look - 1]
                .iter()
                .rev()
                .take(3)
                .any(|item| item.is_word() && has_role(item.text(text), Role::Formerly));
            former |= before;
            break;
        } else {
            break;
        }
    }

    // "calon Bupati Gowa", "bakal calon bupati dan wakil bupati": a
    // candidacy is no office held.
    former |= is_candidacy(text, items, first);
    let mut index = start + 1;
    let mut extension: Vec<String> = Vec::new();
    // A body or region already read: later words no longer name a division.
    let mut seen_body = false;
    'phrase: while let Some(item) = items.get(index) {
        match &item.kind {
            ItemKind::Punct('(') => {
                // "(Sekda)", "(Kukar)", "(BKPSDM)", "(Purn)".
                let inner = items.get(index + 1);
                let closes = items.get(index + 2).is_some_and(|item| item.is_punct(')'));
                match (inner.map(|item| &item.kind), closes) {
                    (Some(ItemKind::Organization(org)), true) => {
                        if organization.is_none()
                            && !gazetteer.organizations.get(*org).is_government()
                        {
                            organization = Some(*org);
                        }
                        index += 3;
                    }
                    (Some(ItemKind::Region(region)), true) => {
                        regions.push(*region);
                        seen_body = true;
                        index += 3;
                    }
                    (Some(ItemKind::OfficeTitle(_)), true) => index += 3,
                    // The title's own short form with its unit ("Kepala
                    // Bagian Pemerintah Desa (Kabag Pemdes) Setda Bantul").
                    (Some(ItemKind::OfficeTitle(_)), false)
                        if let Some(after) = title_short_form_end(items, index) =>
                    {
                        index = after;
                    }
                    // A short form: of the title right after it ("Kepala
                    // Seksi Pidana Khusus (Pidsus) Kejari Jember"), of the
                    // body or region just named ("Kuantan Singingi
                    // (Kuansing)"), or any acronym ("(TPDI)").
                    (Some(ItemKind::Word), true)
                        if inner.is_some_and(|item| {
                            let word = item.text(text);
                            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
                            let after_title_or_body = index == start + 1
                                || matches!(
                                    items[index - 1].kind,
                                    ItemKind::Region(_) | ItemKind::Organization(_)
                                );
                            let acronym = word.chars().all(|c| c.is_uppercase() || c == '-');
                            (capitalised && after_title_or_body) || acronym
                        }) =>
                    {
                        index += 3
                    }
                    _ => break,
                }
            }
            ItemKind::Organization(org) => {
                // "Kepala Bagian Pemerintah Desa Setda Bantul": before another
                // body, a government's name after a division's title names
                // the division.
                let names_division = !seen_body
                    && gazetteer.organizations.get(*org).is_government()
                    && ends_in_division_word(&title.form, &title.role)
                    && matches!(
                        items.get(index + 1).map(|item| &item.kind),
                        Some(ItemKind::Organization(_) | ItemKind::Punct('('))
                    );
                if names_division {
                    extension.push(capitalise_words(item.text(text)));
                    index += 1;
                    continue;
                }
                seen_body = true;
                // "Sekda Pemkab Kukar": the region's government qualifies the region.
                if gazetteer.organizations.get(*org).is_government() {
                    index += 1;
                } else if organization.is_none()
                    || organization == Some(*org)
                    // "Sekwan DPRD Maluku": the body written after a title
                    // that implies another (its secretariat) is the one
                    // the office serves.
                    || (organization == implied_organization && index == start + 1)
                {
                    organization = Some(*org);
                    index += 1;
                } else {
                    break;
                }
            }
            ItemKind::Region(region) => {
                regions.push(*region);
                seen_body = true;
                index += 1;
            }
            // "Asisten Perekonomian Sekdakab Asahan": after another title, the
            // regional secretary's title names the secretariat, a body.
            ItemKind::OfficeTitle(_)
                if !seen_body
                    && names_secretariat(items, index, titles)
                    && title.role != SECRETARY =>
            {
                seen_body = true;
                index += 1;
            }
            // A unit's number and seat: "Kodim 1402/Polewali Mandar".
            ItemKind::Number
                if items.get(index + 1).is_some_and(|item| item.is_punct('/'))
                    && matches!(
                        items.get(index + 2).map(|item| &item.kind),
                        Some(ItemKind::Region(_))
                    ) =>
            {
                if let Some(ItemKind::Region(region)) = items.get(index + 2).map(|item| &item.kind)
                {
                    regions.push(*region);
                }
                seen_body = true;
                index += 3;
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
                // "Kepala Keasistenan Pemeriksaan, Ombudsman Perwakilan
                // Bengkulu, Jaka": the body set off by commas, and then its
                // region ("Badan Kepegawaian Daerah, PPU, Iwan").
                let body_region = organization.is_some()
                    && regions.is_empty()
                    && next_region.is_some()
                    && items.get(index + 2).is_some_and(|item| item.is_punct(','));
                if related || body_region {
                    regions.push(next_region.unwrap_or_default());
                    index += 2;
                } else if organization.is_none()
                    && !seen_body
                    && body_after_comma(items, index, gazetteer)
                {
                    index += 1;
                } else {
                    break;
                }
            }
            ItemKind::Word => {
                let word = item.text(text);
                if has_role_as_written(word, Role::TitleSuffix) {
                    index += 1;
                    continue;
                }
                // "Plt Kepala Disnakerprin": an agency named by glued
                // syllables, right after the title, is its body.
                if index == start + 1 && organization.is_none() && !seen_body {
                    if let Some(agency) = spelled_agency(word) {
                        extension.push(agency);
                        seen_body = true;
                        index += 1;
                        continue;
                    }
                }
                // "Rutan Kelas II B Kudus", "Lapas Kelas IIA": a body's class.
                if word == "Kelas"
                    && organization.is_some()
                    && items
                        .get(index + 1)
                        .is_some_and(|next| is_class_numeral(next.text(text)))
                {
                    index += 2;
                    if items
                        .get(index)
                        .is_some_and(|next| matches!(next.text(text), "A" | "B"))
                    {
                        index += 1;
                    }
                    // The seat after the class, read as part of the holder's
                    // name by the hits ("Kelas II B Kudus Suprihadi").
                    if let Some(seat) =
                        items
                            .get(index)
                            .filter(|next| next.is_word())
                            .and_then(|next| {
                                let word = next.text(text);
                                gazetteer
                                    .regions
                                    .find(word, &[])
                                    .into_iter()
                                    .find(|hit| hit.span.len() == word.len())
                            })
                    {
                        regions.push(seat.value);
                        seen_body = true;
                        index += 1;
                    }
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
                // even without a body (up to the first comma). A unit's short
                // name ("Kabag Humas") is written out, and lower-case words
                // ("Kepala Biro pemerintahan Setda") count only before a body.
                let division = (!seen_body && ends_in_division_word(&title.form, &title.role))
                    || has_role_as_written(word, Role::DivisionStart);
                let mut probe = index;
                // Each word with the item index just after it.
                let mut words: Vec<(String, usize)> = Vec::new();
                let mut lower_at: Option<usize> = None;
                let mut names_at: Option<usize> = None;
                while let Some(next) = items.get(probe) {
                    let next_word = next.text(text);
                    let connector = has_role_as_written(next_word, Role::TitleConnector);
                    let capitalised =
                        next.is_word() && next_word.chars().next().is_some_and(char::is_uppercase);
                    let unit = next.is_word().then(|| unit_name(next_word)).flatten();
                    // A given name or an honorific starts the holder's name
                    // ("Wakil Gubernur HM Saleh … dan Pimpinan DPRD").
                    let starts_name = capitalised
                        && unit.is_none()
                        && (is_name_prefix(next_word)
                            || Vocabulary::get().classify(next_word) == WordClass::Name);
                    if words.len() >= 10 || starts_name {
                        break;
                    } else if division && unit.is_some() && names_at.is_none() {
                        words.push((unit.unwrap_or_default().to_string(), probe + 1));
                        probe += 1;
                    } else if next.is_word() && (connector || capitalised) {
                        if division
                            && names_at.is_none()
                            && capitalised
                            && !connector
                            && words.iter().all(|(w, _)| unit_is_name(w))
                            && !words.is_empty()
                        {
                            // After unit short names, a capitalised word may
                            // start the holder's name.
                            names_at = Some(words.len());
                        }
                        words.push((next_word.to_string(), probe + 1));
                        probe += 1;
                    } else if division
                        && next.is_word()
                        && next_word.chars().all(char::is_lowercase)
                        && words.len() < 6
                    {
                        lower_at.get_or_insert(words.len());
                        words.push((next_word.to_string(), probe + 1));
                        probe += 1;
                    } else if next.is_punct(',')
                        && (division
                            || words
                                .iter()
                                .any(|(w, _)| has_role_as_written(w, Role::DivisionStart)))
                        && items.get(probe + 1).is_some_and(|after| after.is_word())
                    {
                        words.push((",".to_string(), probe + 1));
                        probe += 1;
                    } else if let Some(after) = next
                        .is_punct('(')
                        .then(|| title_short_form_end(items, probe))
                        .flatten()
                    {
                        // "Kepala Bagian Hubungan Masyarakat (Kabag Humas) Setda".
                        probe = after;
                        if let Some(last) = words.last_mut() {
                            last.1 = probe;
                        }
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
                        if let Some(last) = words.last_mut() {
                            last.1 = probe;
                        }
                    } else {
                        break;
                    }
                }
                // "Kepala Pelaksana Badan Penanggulangan Bencana (BPBD)
                // Kabupaten Sekadau": the words spell out (or shorten) the
                // body whose acronym follows in parentheses.
                let spelled_out_body = match (
                    items.get(probe),
                    items.get(probe + 1).map(|item| &item.kind),
                    items.get(probe + 2),
                ) {
                    (Some(open), Some(ItemKind::Organization(org)), Some(close))
                        if open.is_punct('(')
                            && close.is_punct(')')
                            && organization.is_none_or(|known| known == *org)
                            && !words.is_empty()
                            && !gazetteer.organizations.get(*org).is_government() =>
                    {
                        Some(*org)
                    }
                    _ => None,
                };
                if let Some(org) = spelled_out_body {
                    organization = Some(org);
                    seen_body = true;
                    index = probe + 3;
                    continue;
                }
                let body_follows = matches!(
                    items.get(probe).map(|item| &item.kind),
                    Some(ItemKind::Organization(_)) | Some(ItemKind::Region(_))
                ) || (names_secretariat(items, probe, titles)
                    && title.role != SECRETARY)
                    || (organization.is_none() && body_after_comma(items, probe, gazetteer));
                if !body_follows && division {
                    // Without a body, the division's name ends at the first
                    // comma, the first lower-case word, or where a name
                    // starts after unit short names.
                    let cut = [words.iter().position(|(w, _)| w == ","), lower_at, names_at]
                        .into_iter()
                        .flatten()
                        .min();
                    if let Some(cut) = cut {
                        words.truncate(cut);
                        probe = words.last().map_or(index, |(_, after)| *after);
                    }
                }
                if !words.is_empty()
                    && (body_follows || division)
                    && !words.iter().all(|(w, _)| w == "dari" || w == "dan")
                {
                    let kept: Vec<&str> = words
                        .iter()
                        .map(|(w, _)| w.as_str())
                        .filter(|w| *w != "dari")
                        .collect();
                    let mut phrase = kept.join(" ");
                    phrase = phrase.replace(" ,", ",");
                    extension.push(capitalise_words(phrase.trim_end_matches(',').trim()));
                    index = probe;
                    if body_follows {
                        continue;
                    }
                    // A division named without a body ends the phrase.
                    break 'phrase;
                }
                break;
            }
            _ => break,
        }
    }
    if !extension.is_empty() {
        role = format!("{role} {}", extension.join(" "));
    }
    // "ketua merangkap anggota KPU Supiori": the body and region of the
    // second title qualify the first too.
    if organization.is_none() && regions.is_empty() {
        let joint = items
            .get(index)
            .is_some_and(|item| item.is_word() && item.text(text) == "merangkap");
        if joint
            && matches!(
                items.get(index + 1).map(|item| &item.kind),
                Some(ItemKind::OfficeTitle(_))
            )
        {
            if let Some(second) = parse_office_phrase(text, items, index + 1, titles, gazetteer) {
                organization = second.organization;
                regions = second.regions;
            }
        }
    }
    let national = items[first..index].iter().any(|item| {
        let written = item.text(text);
        written.contains("Republik Indonesia")
            || written
                .split_whitespace()
                .any(|word| matches!(word, "RI" | "Pusat"))
    });
    let village = has_role(&role.to_lowercase(), Role::VillageTitle)
        .then(|| village_name(text, items, index))
        .flatten();
    Some(OfficePhrase {
        items: first..index,
        role,
        levels: title.levels.clone(),
        acting,
        former,
        organization,
        regions,
        national,
        village,
    })
}

/// Whether the item at `at` is a comma followed by a body that is not a
/// region's government ("…, Ombudsman Perwakilan Bengkulu").
fn body_after_comma(items: &[Item], at: usize, gazetteer: &Gazetteer) -> bool {
    items.get(at).is_some_and(|item| item.is_punct(','))
        && matches!(
            items.get(at + 1).map(|item| &item.kind),
            Some(ItemKind::Organization(org)) if !gazetteer.organizations.get(*org).is_government()
        )
}

/// The role of a regional secretary, whose title also stands for the
/// secretariat ("Sekdakab Asahan" for "Sekretariat Daerah Kabupaten Asahan").
const SECRETARY: &str = "Sekretaris Daerah";

/// Whether the item at `at` is a regional secretary's title followed by a
/// region: after another title, it names the secretariat.
fn names_secretariat(items: &[Item], at: usize, titles: &[&OfficeTitle]) -> bool {
    let Some(ItemKind::OfficeTitle(title)) = items.get(at).map(|item| &item.kind) else {
        return false;
    };
    titles[title.0].role == SECRETARY
        && matches!(
            items.get(at + 1).map(|item| &item.kind),
            Some(ItemKind::Region(_))
        )
}

/// The index after a title's short form in parentheses that opens at
/// `open` ("(Kabag Humas)"): a title and up to three words or bodies,
/// then ")".
fn title_short_form_end(items: &[Item], open: usize) -> Option<usize> {
    if !matches!(items.get(open + 1)?.kind, ItemKind::OfficeTitle(_)) {
        return None;
    }
    let close =
        (open + 2..open + 6).find(|&at| items.get(at).is_some_and(|item| item.is_punct(')')))?;
    items[open + 2..close]
        .iter()
        .all(|item| item.is_word() || matches!(item.kind, ItemKind::Organization(_)))
        .then_some(close + 1)
}

/// Whether the title phrase starting at `first` follows a candidate
/// marker ("calon"), directly or past titles joined by "dan" ("calon
/// bupati dan wakil bupati").
fn is_candidacy(text: &str, items: &[Item], first: usize) -> bool {
    for before in items[..first].iter().rev().take(6) {
        match &before.kind {
            ItemKind::Word if has_role(before.text(text), Role::CandidateMarker) => return true,
            ItemKind::Word
                if before.text(text) == "dan" || acting_prefix(before.text(text)).is_some() => {}
            ItemKind::OfficeTitle(_) | ItemKind::Region(_) => {}
            _ => return false,
        }
    }
    false
}

/// Whether a title's form or role ends in a division word ("Kepala
/// Bagian", "Koordinator Divisi"): the words after it name the division.
fn ends_in_division_word(form: &str, role: &str) -> bool {
    Lexicon::get()
        .words(Role::DivisionWord)
        .iter()
        .any(|division| form.ends_with(division) || role.ends_with(division))
}

/// The village named by the capitalised words at `at`, after a village
/// head's title: the first word when only listed given names follow it
/// ("Sukamaju Budi Santoso"), else all of them ("Tanjung Garbus II").
pub fn village_name(text: &str, items: &[Item], at: usize) -> Option<String> {
    let words: Vec<&str> = items[at.min(items.len())..]
        .iter()
        .take_while(|item| item.is_capitalised_word(text))
        .map(|item| item.text(text))
        .collect();
    let vocabulary = Vocabulary::get();
    let given_after_first = words.len() >= 3
        && words[1..]
            .iter()
            .all(|word| vocabulary.classify(word) == WordClass::Name);
    match words.as_slice() {
        [] => None,
        [first, ..] if given_after_first => Some(first.to_string()),
        _ => Some(words.join(" ")),
    }
}
