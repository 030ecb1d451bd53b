//! Office phrases and their holders: "Sekda Kukar Sunggono", "Sunggono,
//! Sekretaris Daerah Kutai Kartanegara", "Bima Arya sebagai Kepala BKN",
//! "Pahala Nainggolan Deputi dari Pencegahan KPK".
//!
//! An office phrase is a title from the gazetteer, the words that belong to
//! it ("Bidang Sumber Daya Manusia Aparatur", "Komisi II"), and the bodies
//! and regions that qualify it, parentheses and commas included.
//!
//! The [`holders`] pass turns each phrase with a holder into an office
//! (one per role, body and region in an article) and a holds fact.

use super::article_context::ArticleContext;
use super::lexicon::{has_role, has_role_as_written, Lexicon, Role};
use super::organizations::add_organization;
use super::persons::{name_run_at, name_run_ending_at, NameRun};
use super::sink::Sink;
use super::speakers::speech_subjects;
use super::tokens::{Item, ItemKind};
use crate::gazetteer::{Gazetteer, Level, OfficeTitle, RegionId, RegionKind};
use crate::model::{Evidence, HoldsFact, OfficeFact, OfficeId, Rule};
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
}

/// How a holder was linked to an office phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    /// The holder's name run.
    pub run: NameRun,
    /// The rule that linked them, for provenance.
    pub rule: Rule,
}

/// The prefix an acting marker gives the role ("Plt." → "Pelaksana Tugas").
fn acting_prefix(word: &str) -> Option<&'static str> {
    let lower = word.trim_end_matches('.').to_lowercase();
    Lexicon::get().acting.get(lower.as_str()).copied()
}

/// The unit short names and their full names ("Humas" → "Hubungan Masyarakat").
fn unit_names() -> &'static HashMap<&'static str, &'static str> {
    static UNITS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    UNITS.get_or_init(|| {
        rows(include_str!("../../data/lexicon/unit_abbreviations.tsv"))
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
    let title = titles[title_index.0];
    let mut role = title.role.clone();
    let mut organization = title
        .organization
        .as_deref()
        .and_then(|form| gazetteer.organizations.by_form(form))
        .filter(|&index| !gazetteer.organizations.get(index).is_government());
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
        if let Some(prefix) = acting_prefix(word) {
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
                    // A short form of the body or region just named:
                    // "Kuantan Singingi (Kuansing)".
                    (Some(ItemKind::Word), true)
                        if index > start + 1
                            && matches!(
                                items[index - 1].kind,
                                ItemKind::Region(_) | ItemKind::Organization(_)
                            )
                            && inner.is_some_and(|item| {
                                item.text(text)
                                    .chars()
                                    .next()
                                    .is_some_and(char::is_uppercase)
                            }) =>
                    {
                        index += 3
                    }
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
                seen_body = true;
                // "Sekda Pemkab Kukar": the region's government qualifies the region.
                if gazetteer.organizations.get(*org).is_government() {
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
                seen_body = true;
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
                if has_role_as_written(word, Role::TitleSuffix) {
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
                // even without a body (up to the first comma). A unit's short
                // name ("Kabag Humas") is written out, and lower-case words
                // ("Kepala Biro pemerintahan Setda") count only before a body.
                let division = (!seen_body
                    && Lexicon::get()
                        .words(Role::DivisionWord)
                        .iter()
                        .any(|division| {
                            title.form.ends_with(division) || title.role.ends_with(division)
                        }))
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
                    if words.len() >= 10 {
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
                let body_follows = matches!(
                    items.get(probe).map(|item| &item.kind),
                    Some(ItemKind::Organization(_)) | Some(ItemKind::Region(_))
                );
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
        && has_role(items[start - 1].text(text), Role::OfficeConnector);
    if before_connector {
        let name_end = skip_initials_back(text, items, start - 1);
        if let Some(run) = name_run_ending_at(text, items, start - 1)
            .or_else(|| name_run_ending_at(text, items, name_end))
        {
            return Some(Holder {
                run,
                rule: Rule::NameConnectorTitle,
            });
        }
    }
    if let Some(run) = name_run_ending_at(text, items, start) {
        return Some(Holder {
            run,
            rule: Rule::NameTitle,
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
                rule: Rule::TitleName,
            });
        }
    }
    if start >= 2 && items[start - 1].is_punct(',') {
        if let Some(run) = name_run_ending_at(text, items, start - 1) {
            return Some(Holder {
                run,
                rule: Rule::NameCommaTitle,
            });
        }
    }
    None
}

/// Where a name ends before `end` when its initials in parentheses follow
/// it ("Andi Rahman (AR) selaku …"): the index of the "(", else `end`.
fn skip_initials_back(text: &str, items: &[Item], end: usize) -> usize {
    if end >= 3
        && items[end - 1].is_punct(')')
        && items[end - 2].is_word()
        && items[end - 2]
            .text(text)
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.')
        && items[end - 3].is_punct('(')
    {
        end - 3
    } else {
        end
    }
}

/// Whether the item is a word joining names in a list ("dan", "serta").
fn is_list_joiner(text: &str, item: &Item) -> bool {
    item.is_punct(',') || (item.is_word() && matches!(item.text(text), "dan" | "serta"))
}

/// The persons listed with a holder found before "sebagai"/"selaku" ("A, B
/// dan C selaku Wakil Ketua DPRD"), nearest first. The list stops at a name
/// that an office phrase before it claims ("Ketua DPRD Gowa, A, dan B …").
fn names_listed_before(text: &str, items: &[Item], first: &NameRun) -> Vec<NameRun> {
    let mut runs = Vec::new();
    let mut end = first.items.start;
    while runs.len() < 8 {
        let mut joined = end;
        while joined > 0 && is_list_joiner(text, &items[joined - 1]) {
            joined -= 1;
        }
        // A list ends in "dan"/"serta" before its last name ("A, B dan C");
        // a comma alone ("Besoknya, C sebagai …") starts no list.
        let has_and = items[joined..end]
            .iter()
            .any(|item| item.is_word() && matches!(item.text(text), "dan" | "serta"));
        if joined == end || (runs.is_empty() && !has_and) {
            break;
        }
        let name_end = skip_initials_back(text, items, joined);
        let Some(run) = name_run_ending_at(text, items, name_end) else {
            break;
        };
        let mut before = run.items.start;
        while before > 0 && items[before - 1].is_punct(',') {
            before -= 1;
        }
        let claimed = before > 0
            && matches!(
                items[before - 1].kind,
                ItemKind::Region(_) | ItemKind::Organization(_) | ItemKind::OfficeTitle(_)
            );
        if claimed {
            break;
        }
        end = run.items.start;
        runs.push(run);
    }
    runs
}

/// The persons an office phrase introduces as a list ("tiga anggota DKPP,
/// yaitu A, B, dan C"), in order.
fn names_listed_after(text: &str, items: &[Item], phrase: &OfficePhrase) -> Vec<NameRun> {
    let mut index = phrase.items.end;
    if items.get(index).is_some_and(|item| item.is_punct(',')) {
        index += 1;
    }
    let introduces = items.get(index).is_some_and(|item| {
        item.is_punct(':')
            || (item.is_word() && matches!(item.text(text), "yaitu" | "yakni" | "antara"))
    });
    if !introduces {
        return Vec::new();
    }
    index += 1;
    if items
        .get(index)
        .is_some_and(|item| item.is_word() && item.text(text) == "lain")
    {
        index += 1;
    }
    let mut runs: Vec<NameRun> = Vec::new();
    while runs.len() < 8 {
        let Some(run) = name_run_at(text, items, index) else {
            break;
        };
        if run.name.is_empty() {
            break;
        }
        index = run.items.end;
        runs.push(run);
        let mut next = index;
        while items
            .get(next)
            .is_some_and(|item| is_list_joiner(text, item))
        {
            next += 1;
        }
        if next == index {
            break;
        }
        index = next;
    }
    runs
}

/// Pass: office phrases with their holders, and speakers named as subjects
/// of speech verbs (so that later short forms resolve to them).
pub fn holders(context: &ArticleContext, sink: &mut Sink) {
    let text = context.text();
    for (_, sentence, items) in context.sentences() {
        let mut index = 0;
        while index < items.len() {
            if !matches!(items[index].kind, ItemKind::OfficeTitle(_)) {
                index += 1;
                continue;
            }
            let Some(phrase) =
                parse_office_phrase(text, items, index, &context.titles, context.gazetteer)
            else {
                index += 1;
                continue;
            };
            let next = phrase.items.end.max(index + 1);
            let mut holders: Vec<(NameRun, Rule)> = Vec::new();
            if let Some(holder) = find_holder(text, items, &phrase) {
                if holder.rule == Rule::NameConnectorTitle {
                    for run in names_listed_before(text, items, &holder.run) {
                        holders.push((run, Rule::NameConnectorTitle));
                    }
                }
                holders.push((holder.run, holder.rule));
            } else {
                for run in names_listed_after(text, items, &phrase) {
                    holders.push((run, Rule::TitleName));
                }
            }
            for (run, rule) in holders {
                let person = sink.persons.resolve(&run.name);
                if phrase.former {
                    continue;
                }
                let surface = &text
                    [items[phrase.items.start].span.start..items[phrase.items.end - 1].span.end];
                let office = add_office(context, sink, &phrase, surface);
                let evidence = Evidence::new(sentence.clone(), rule);
                if !sink
                    .facts
                    .holds
                    .iter()
                    .any(|fact| fact.person == person && fact.office == office)
                {
                    sink.facts.holds.push(HoldsFact {
                        person,
                        office,
                        acting: phrase.acting.is_some(),
                        evidence,
                    });
                }
            }
            index = next;
        }
        for run in speech_subjects(text, items) {
            sink.persons.resolve(&run.name);
        }
    }
}

/// The region an office phrase governs: the most specific region it names,
/// lifted to the title's level, else the article's main region for a
/// regional title; none for a national body.
fn jurisdiction(context: &ArticleContext, phrase: &OfficePhrase) -> Option<RegionId> {
    let regions = &context.gazetteer.regions;
    let organization_entry = phrase
        .organization
        .map(|index| context.gazetteer.organizations.get(index));
    let mut jurisdiction = phrase
        .regions
        .iter()
        .copied()
        .filter(|&region| regions.region(region).kind != RegionKind::Country)
        .max_by_key(|&region| regions.region(region).kind.depth());
    let national_title = phrase.levels == [RegionKind::Country];
    if jurisdiction.is_none() && !national_title {
        let needs_region = match organization_entry {
            Some(entry) => {
                entry.level == Level::Regional
                    || (entry.level == Level::Any && context.primary_region.is_some())
            }
            None => !phrase.levels.is_empty(),
        };
        if needs_region {
            jurisdiction = context.primary_region;
        }
    }
    if let Some(region) = jurisdiction {
        if phrase.levels == [RegionKind::Province] {
            jurisdiction = regions.ancestor_at(region, RegionKind::Province);
        } else if !phrase.levels.is_empty()
            && !phrase.levels.contains(&regions.region(region).kind)
            && regions.region(region).kind == RegionKind::District
            && !phrase.levels.contains(&RegionKind::District)
        {
            jurisdiction = regions.ancestor_at(region, RegionKind::Regency);
        }
    }
    if organization_entry.is_some_and(|entry| entry.level == Level::National) {
        jurisdiction = None;
    }
    jurisdiction
}

/// The article's index of the office `phrase` names, adding it (and its
/// body) if new.
pub fn add_office(
    context: &ArticleContext,
    sink: &mut Sink,
    phrase: &OfficePhrase,
    surface: &str,
) -> OfficeId {
    let regions = &context.gazetteer.regions;
    let jurisdiction = jurisdiction(context, phrase);
    let organization = phrase.organization.map(|index| {
        let entry = context.gazetteer.organizations.get(index);
        let form = entry.acronym().unwrap_or(&entry.name).to_string();
        add_organization(context, sink, index, jurisdiction, &form)
    });
    let role_name = match phrase.acting {
        Some(prefix) => format!("{prefix} {}", phrase.role),
        None => phrase.role.clone(),
    };
    let region_code = jurisdiction.map(|index| context.region_code(index));
    let key = (role_name.clone(), organization, region_code.clone());
    if let Some(&index) = sink.office_keys.get(&key) {
        return index;
    }
    let mut label = role_name.clone();
    if let Some(index) = organization {
        label = format!("{label} {}", sink.facts.organizations[index.index()].name);
    } else if let Some(region) = jurisdiction {
        let region = regions.region(region);
        let heads_region = phrase.levels.len() == 1 && phrase.levels[0] == region.kind;
        let name = if heads_region {
            region.name.clone()
        } else {
            region.formal_name()
        };
        label = format!("{label} {name}");
    }
    sink.facts.offices.push(OfficeFact {
        role_name,
        label,
        surface: surface.to_string(),
        jurisdiction: region_code,
        organization,
    });
    let index = OfficeId(sink.facts.offices.len() - 1);
    sink.office_keys.insert(key, index);
    index
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::article_context::test_article;
    use crate::gazetteer::Gazetteer;

    fn context(body: &str) -> ArticleContext<'static> {
        ArticleContext::new(&test_article("Berita", body), Gazetteer::get())
    }

    /// The first office phrase of the first sentence with its holder.
    fn phrase_and_holder(body: &str) -> Option<(OfficePhrase, Option<Holder>)> {
        let context = context(body);
        let items = &context.sentence_items[0];
        let start = items
            .iter()
            .position(|item| matches!(item.kind, ItemKind::OfficeTitle(_)))?;
        let phrase = parse_office_phrase(
            context.text(),
            items,
            start,
            &context.titles,
            context.gazetteer,
        )?;
        let holder = find_holder(context.text(), items, &phrase);
        Some((phrase, holder))
    }

    #[test]
    fn holders_are_found_on_either_side_of_the_title() {
        let cases = [
            (
                "Sekda Gowa Andi Rahman membuka acara.",
                "Andi Rahman",
                Rule::TitleName,
            ),
            (
                "Andi Rahman, Sekretaris Daerah Gowa, membuka acara.",
                "Andi Rahman",
                Rule::NameCommaTitle,
            ),
            (
                "Budi Santoso sebagai Kepala BKN hadir di sana.",
                "Budi Santoso",
                Rule::NameConnectorTitle,
            ),
            (
                "Hadir pula Rina Wati Bupati Gowa.",
                "Rina Wati",
                Rule::NameTitle,
            ),
        ];
        for (body, name, rule) in cases {
            let (_, holder) = phrase_and_holder(body).expect(body);
            let holder = holder.expect(body);
            assert_eq!(holder.run.name, name, "{body}");
            assert_eq!(holder.rule, rule, "{body}");
        }
    }

    #[test]
    fn acting_and_former_markers_belong_to_the_phrase() {
        let (phrase, _) = phrase_and_holder("Plt. Kepala BKPSDM Gowa Rina Wati hadir.").unwrap();
        assert_eq!(phrase.acting, Some("Pelaksana Tugas"));
        assert!(!phrase.former);
        let (phrase, _) = phrase_and_holder("Mantan Sekda Gowa Budi Santoso hadir.").unwrap();
        assert!(phrase.former);
        assert_eq!(phrase.acting, None);
    }

    #[test]
    fn a_units_short_name_is_written_out_and_the_name_after_it_is_the_holder() {
        let (phrase, holder) =
            phrase_and_holder("Kabag Humas Rudi Hartono menjelaskan jadwalnya.").unwrap();
        assert_eq!(phrase.role, "Kepala Bagian Hubungan Masyarakat");
        assert_eq!(holder.expect("a holder").run.name, "Rudi Hartono");
        let (phrase, holder) =
            phrase_and_holder("Kasubag TU BKD Gowa, Rina Wati, menerima berkas itu.").unwrap();
        assert_eq!(phrase.role, "Kepala Subbagian Tata Usaha");
        assert!(phrase.organization.is_some(), "the body after the unit");
        assert_eq!(holder.expect("a holder").run.name, "Rina Wati");
    }

    #[test]
    fn a_division_list_before_a_body_stays_in_the_title() {
        let (phrase, holder) = phrase_and_holder(
            "Kabid Mutasi, Promosi, dan Disiplin BKD Gowa, Andi Rahman, hadir di sana.",
        )
        .unwrap();
        assert_eq!(phrase.role, "Kepala Bidang Mutasi, Promosi, dan Disiplin");
        assert_eq!(holder.expect("a holder").run.name, "Andi Rahman");
        let (phrase, holder) =
            phrase_and_holder("Rina Wati, Kepala Biro umum Setda Gowa, membuka rapat itu.")
                .unwrap();
        assert_eq!(phrase.role, "Kepala Biro Umum");
        assert_eq!(holder.expect("a holder").run.name, "Rina Wati");
    }

    #[test]
    fn a_name_after_the_body_is_not_part_of_the_title() {
        let (phrase, holder) =
            phrase_and_holder("Kasi Intel Kejari Gowa Budi Santoso menahan tersangka.").unwrap();
        assert_eq!(phrase.role, "Kepala Seksi Intelijen");
        assert_eq!(holder.expect("a holder").run.name, "Budi Santoso");
    }

    #[test]
    fn a_short_form_in_parentheses_after_the_region_continues_the_phrase() {
        let (phrase, holder) = phrase_and_holder(
            "Kepala Kejaksaan Negeri Gowa (Kejarigo) Budi Santoso menahan tersangka.",
        )
        .unwrap();
        assert!(!phrase.regions.is_empty());
        assert_eq!(holder.expect("a holder").run.name, "Budi Santoso");
    }

    /// The (person, role) pairs the holders pass finds in `body`.
    fn holds_of(body: &str) -> Vec<(String, String)> {
        let context = context(body);
        let mut sink = Sink::new(&context);
        holders(&context, &mut sink);
        let facts = sink.into_facts();
        facts
            .holds
            .iter()
            .map(|fact| {
                (
                    facts.persons[fact.person.index()].name.clone(),
                    facts.offices[fact.office.index()].role_name.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn names_listed_before_sebagai_all_hold_the_office() {
        let holds = holds_of(
            "Rapat dipimpin Andi Rahman (AR) selaku Ketua DPRD Gowa, Budi Santoso dan Rina Wati serta Joko Susilo selaku Wakil Ketua DPRD Gowa.",
        );
        let has = |name: &str, role: &str| holds.iter().any(|(p, r)| p == name && r == role);
        assert!(has("Andi Rahman", "Ketua"), "{holds:?}");
        assert!(has("Rina Wati", "Wakil Ketua"), "{holds:?}");
        assert!(has("Joko Susilo", "Wakil Ketua"), "{holds:?}");
        assert!(!has("Budi Santoso", "Ketua"), "{holds:?}");
    }

    #[test]
    fn names_listed_after_yaitu_all_hold_the_office() {
        let holds = holds_of(
            "Sidang diikuti tiga anggota DKPP, yaitu Dr. Rina Wati, Prof. Budi Santoso, dan Joko Susilo.",
        );
        let names: Vec<&str> = holds.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            names,
            ["Rina Wati", "Budi Santoso", "Joko Susilo"],
            "{holds:?}"
        );
        assert!(holds.iter().all(|(_, role)| role == "Anggota"));
    }

    #[test]
    fn a_title_after_a_building_word_is_a_place() {
        assert!(phrase_and_holder("Warga berkumpul di Kantor Bupati Gowa sejak pagi.").is_none());
    }

    #[test]
    fn the_holders_pass_names_the_office_with_its_region() {
        let context = context(
            "Sekda Gowa Andi Rahman membuka acara. Andi Rahman juga Sekda Gowa sejak lama.",
        );
        let mut sink = Sink::new(&context);
        holders(&context, &mut sink);
        let facts = sink.into_facts();
        assert_eq!(facts.persons.len(), 1);
        assert_eq!(facts.persons[0].name, "Andi Rahman");
        assert_eq!(
            facts.offices.len(),
            1,
            "one office however often it is named"
        );
        let office = &facts.offices[0];
        assert_eq!(office.role_name, "Sekretaris Daerah");
        assert_eq!(office.label, "Sekretaris Daerah Kabupaten Gowa");
        assert_eq!(office.surface, "Sekda Gowa");
        assert_eq!(facts.holds.len(), 1, "one holds fact per person and office");
        assert_eq!(facts.holds[0].evidence.rule, Rule::TitleName);
        assert_eq!(
            facts.holds[0].evidence.confidence,
            Rule::TitleName.confidence()
        );
    }

    #[test]
    fn an_untitled_regional_office_takes_the_articles_region() {
        let context = context(
            "Bupati Gowa meresmikan pasar di Gowa. Kepala Dinas Pendidikan Budi Santoso mendampingi.",
        );
        let mut sink = Sink::new(&context);
        holders(&context, &mut sink);
        let facts = sink.into_facts();
        let office = facts
            .offices
            .iter()
            .find(|office| office.role_name.starts_with("Kepala"))
            .expect("the head of the education office");
        assert_eq!(office.jurisdiction.as_deref(), Some("73.06"), "Gowa");
    }

    #[test]
    fn a_former_office_names_the_person_but_no_office() {
        let context = context("Mantan Sekda Gowa Budi Santoso hadir.");
        let mut sink = Sink::new(&context);
        holders(&context, &mut sink);
        let facts = sink.into_facts();
        assert_eq!(facts.persons[0].name, "Budi Santoso");
        assert!(facts.offices.is_empty() && facts.holds.is_empty());
    }
}
