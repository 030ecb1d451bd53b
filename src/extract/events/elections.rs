//! Elections as events: concrete when they have a year or a region.
//! National ones (Pemilu, Pilpres, Pileg) take place in Indonesia unless
//! the article places them ("Pemilu 2019 di Aceh Tamiang"); regional
//! ones in the region named, else in the region of a body named with them
//! ("Bawaslu Banten"), else in all of Indonesia when simultaneous, else in
//! the article's region.

use super::mentions::ElectionMention;
use crate::extract::article_context::ArticleContext;
use crate::extract::lexicon::{has_role, Role};
use crate::extract::organizations::body_at;
use crate::extract::sink::Sink;
use crate::extract::tokens::{Item, ItemKind};
use crate::gazetteer::{RegionId, RegionKind};
use crate::model::{EventDate, EventFact, Evidence, Rule};
use std::ops::Range;

/// An election mention with the region written right after it
/// ("Pilkada Kepri", "Pilkada serentak 2024 di Kalimantan Timur").
pub fn election_candidate(
    text: &str,
    mut mention: ElectionMention,
    items: &[Item],
    sentence: Option<Range<usize>>,
) -> ElectionCandidate {
    let mut explicit = None;
    let mut skipped = 0;
    let first = items
        .iter()
        .position(|item| item.span.start >= mention.span.end)
        .unwrap_or(items.len());
    // "rakor pada Pemilu 2024 di Batam": the place is the rakor's.
    let backdrop = items
        .iter()
        .rev()
        .find(|item| item.span.end <= mention.span.start)
        .is_some_and(|item| item.is_word() && has_role(item.text(text), Role::ElectionBackdrop));
    for (index, item) in items.iter().enumerate().skip(first) {
        match &item.kind {
            ItemKind::Region(_) if mention.national && backdrop => break,
            ItemKind::Region(region) => {
                explicit = Some(*region);
                // "Pilkada Kabupaten Malang Tahun 2015".
                if mention.year.is_none() {
                    mention.year = year_at(text, &items[index + 1..]);
                }
                break;
            }
            // "Pemilu 2019 di Aceh Tamiang": a national election held
            // in the region named.
            ItemKind::Word
                if skipped == 0
                    && index == first
                    && mention.national
                    && item.text(text).eq_ignore_ascii_case("di") =>
            {
                skipped += 1;
            }
            ItemKind::Word | ItemKind::Number
                if skipped < 3
                    && !mention.national
                    && has_role(item.text(text), Role::ElectionFiller) =>
            {
                skipped += 1;
            }
            ItemKind::Number if skipped < 3 && item.text(text).len() == 4 => skipped += 1,
            _ => break,
        }
    }
    // "Kabupaten Gowa akan melaksanakan pilkada serentak": the region the
    // sentence opens with holds the election.
    if explicit.is_none() {
        explicit = host_region(text, &mention, items);
    }
    // The region of a body or an office named in the same sentence
    // ("Bawaslu Banten", "calon Bupati Bandung Barat").
    let body_region = items
        .windows(2)
        .find_map(|pair| match (&pair[0].kind, &pair[1].kind) {
            (ItemKind::Organization(_) | ItemKind::OfficeTitle(_), ItemKind::Region(region)) => {
                Some(*region)
            }
            _ => None,
        });
    // "pilkada setempat": the local election, of the region the sentence
    // or the article is about.
    let local = text[mention.span.end..]
        .split_whitespace()
        .next()
        .is_some_and(|word| {
            word.trim_end_matches([',', '.', ';', ':', ')', '"'])
                .eq_ignore_ascii_case("setempat")
        });
    ElectionCandidate {
        mention,
        explicit,
        body_region,
        local,
        sentence,
    }
}

/// Elections become events when concrete: with a year or a region.
/// National ones (Pemilu, Pilpres, Pileg) take place in Indonesia;
/// regional ones in the region named, else in all of Indonesia when
/// simultaneous ("Pilkada serentak 2024"), else in the article's region.
pub fn elections(context: &ArticleContext, sink: &mut Sink, candidates: Vec<ElectionCandidate>) {
    // The year of an election named without one ("Pilwalkot Makassar"):
    // the article's, from its date or the first full date in it.
    let article_year = context.year;
    let indonesia = context.gazetteer.regions.by_code("ID").unwrap_or_default();
    let election_body_region = election_body_region(context);
    let explicit_kinds: Vec<(&'static str, Option<u16>)> = candidates
        .iter()
        .filter(|candidate| candidate.explicit.is_some() && !candidate.mention.in_list)
        // A national election is placed only with its year ("Pemilu 2019
        // di Aceh Tamiang"; "tahapan pemilu di Banyuwangi" is its local part).
        .filter(|candidate| !candidate.mention.national || candidate.mention.year.is_some())
        .map(|candidate| (candidate.mention.kind, candidate.mention.year))
        .collect();
    for candidate in &candidates {
        let mention = &candidate.mention;
        let mut mention = mention.clone();
        // "ikut pilkada dan kini menjadi Bupati Konawe Selatan": the body or
        // office named with a regional election places it, too.
        let placed = candidate.explicit.is_some()
            || candidate.local
            || (candidate.body_region.is_some() && !mention.national);
        // "menciptakan Pilkada yang sehat" in an article whose election
        // bodies all serve one region: that region's election.
        let bare = !placed && mention.year.is_none() && !mention.national;
        if mention.year.is_none() && !mention.national && (placed || election_body_region.is_some())
        {
            mention.year = year_elsewhere(&candidates, mention.kind).or(article_year);
        }
        let mention = &mention;
        if mention.in_list || (!placed && mention.year.is_none()) {
            continue;
        }
        let placed_elsewhere = explicit_kinds.iter().any(|(kind, year)| {
            same_election_family(kind, mention.kind) && (year.is_none() || *year == mention.year)
        });
        let (region, rule) = if mention.national {
            match candidate.explicit {
                _ if mention.year.is_none() => continue,
                Some(region) => (region, Rule::ElectionExplicitRegion),
                // "Pemilu 2019" beside "Pemilu 2019 di Aceh Tamiang".
                None if placed_elsewhere => continue,
                None => (indonesia, Rule::ElectionNational),
            }
        } else if let Some(region) = candidate.explicit {
            (region, Rule::ElectionExplicitRegion)
        } else if placed_elsewhere {
            // The same election is placed elsewhere in the article
            // ("Pilkada 2020 ini" beside "Pemilihan Gubernur Sulteng").
            continue;
        } else if let Some(region) = candidate.body_region {
            (region, Rule::ElectionBodyRegion)
        } else if let Some(region) = election_body_region.filter(|_| bare) {
            (region, Rule::ElectionBodyRegion)
        } else if mention.simultaneous {
            (indonesia, Rule::ElectionSimultaneous)
        } else {
            (
                context.primary_region.unwrap_or(indonesia),
                Rule::ElectionArticleRegion,
            )
        };
        // A governor's election is the province's ("Pilgub" beside
        // "Gubernur Bengkulu", whose name is also a city's); no election
        // but a village head's is held by a district ("Pilkada Kalibawang"
        // is its regency's).
        let regions = &context.gazetteer.regions;
        let region = match mention.kind {
            "Pilgub" => regions
                .ancestor_at(region, RegionKind::Province)
                .unwrap_or(region),
            "Pilkades" => region,
            _ if regions.region(region).kind == RegionKind::District => regions
                .ancestor_at(region, RegionKind::Regency)
                .or_else(|| regions.ancestor_at(region, RegionKind::City))
                .unwrap_or(region),
            _ => region,
        };
        let region_entry = context.gazetteer.regions.region(region);
        let mut name = mention.kind.to_string();
        if mention.simultaneous {
            name.push_str(" Serentak");
        }
        if region_entry.kind != RegionKind::Country {
            name = format!("{name} {}", region_entry.name);
        }
        if let Some(year) = mention.year {
            name = format!("{name} {year}");
        }
        let code = region_entry.code.clone();
        let kind = mention.kind.to_lowercase();
        let date = mention.year.map(EventDate::Year);
        // "Pilbup Berau 2024" beside "Pilkada Berau 2024": one election.
        let existing = sink.facts.events.iter().position(|event| {
            same_election_family(&event.kind, &kind)
                && event.regions.first() == Some(&code)
                && (event.date.is_none() || date.is_none() || event.date == date)
        });
        if let Some(index) = existing {
            if sink.facts.events[index].date.is_none() && date.is_some() {
                sink.facts.events[index].date = date;
                sink.facts.events[index].name = name;
            }
            continue;
        }
        sink.facts.events.push(EventFact {
            name,
            kind,
            date,
            regions: vec![code],
            venue: None,
            organizers: Vec::new(),
            evidence: Evidence::new(candidate.sentence.clone().unwrap_or(0..0), rule),
        });
    }
}

/// The region a sentence opens with, when a verb of holding an election
/// stands between it and the election `mention` ("Kabupaten Gowa menjadi
/// salah satu daerah yang akan melaksanakan pilkada serentak").
fn host_region(text: &str, mention: &ElectionMention, items: &[Item]) -> Option<RegionId> {
    if mention.national {
        return None;
    }
    let ItemKind::Region(region) = items.first()?.kind else {
        return None;
    };
    let before: Vec<&str> = items
        .iter()
        .filter(|item| item.is_word() && item.span.end <= mention.span.start)
        .map(|item| item.text(text))
        .collect();
    let host = before
        .iter()
        .position(|word| has_role(word, Role::ElectionHost))?;
    // "Kota Bima tidak menggelar pilkada tahun ini".
    let denied = host > 0 && has_role(before[host - 1], Role::Negation);
    (!denied).then_some(region)
}

/// The one region the article's election bodies serve ("Bawaslu
/// Kabupaten Gorontalo", "KPU Kabupaten Gorontalo"), when they all name
/// the same regency, city or province.
fn election_body_region(context: &ArticleContext) -> Option<RegionId> {
    let text = context.text();
    let regions = &context.gazetteer.regions;
    let mut served: Vec<RegionId> = Vec::new();
    for items in &context.sentence_items {
        for index in 0..items.len() {
            let Some((organization, Some(region), _)) = body_at(text, items, index) else {
                continue;
            };
            if context.gazetteer.organizations.get(organization).kind == "election_body" {
                served.push(region);
            }
        }
    }
    let first = *served.first()?;
    let one_region = served.iter().all(|&region| region == first);
    (one_region
        && matches!(
            regions.region(first).kind,
            RegionKind::Regency | RegionKind::City | RegionKind::Province
        ))
    .then_some(first)
}

/// The year written at the start of `items` ("2015", "Tahun 2015").
fn year_at(text: &str, items: &[Item]) -> Option<u16> {
    let mut rest = items.iter();
    let mut item = rest.next()?;
    if item.is_word() && item.text(text).eq_ignore_ascii_case("tahun") {
        item = rest.next()?;
    }
    let year: u16 = (item.kind == ItemKind::Number)
        .then(|| item.text(text).parse().ok())
        .flatten()?;
    (1945..=2100).contains(&year).then_some(year)
}

/// Whether two election kinds (in any case) can name one election: the same kind, or
/// a regional head election and the governor's, regent's or mayor's
/// election it is.
fn same_election_family(a: &str, b: &str) -> bool {
    fn family(kind: &str) -> String {
        match kind.to_lowercase().as_str() {
            "pilgub" | "pilbup" | "pilwalkot" => "pilkada".to_string(),
            other => other.to_string(),
        }
    }
    family(a) == family(b)
}

/// The one year the article gives elections of `kind` elsewhere ("Pilkada
/// 2015" beside "Pilkada Kabupaten Malang"), if it gives exactly one.
fn year_elsewhere(candidates: &[ElectionCandidate], kind: &str) -> Option<u16> {
    let mut years = candidates
        .iter()
        .filter(|candidate| candidate.mention.kind == kind && !candidate.mention.in_list)
        .filter_map(|candidate| candidate.mention.year);
    let first = years.next()?;
    years.all(|year| year == first).then_some(first)
}

/// An election mention with the region written after it, before deciding.
pub struct ElectionCandidate {
    /// The mention.
    pub mention: ElectionMention,
    /// The region written right after it.
    pub explicit: Option<RegionId>,
    /// The region of a body or office named in the same sentence ("Bawaslu Banten").
    pub body_region: Option<RegionId>,
    /// Written "… setempat": the local election.
    pub local: bool,
    /// The sentence it is in; `None` in the headline.
    pub sentence: Option<Range<usize>>,
}
