//! From event mentions to event facts: a mention becomes an event when the
//! article makes it concrete, takes its date, regions, venue and
//! organisers, and merges with the event of the same kind already found
//! (a shorter or longer name, no contradicting place).

use super::mentions::EventMention;
use super::places::{most_specific, place_before, place_regions, venue_place};
use crate::extract::article_context::ArticleContext;
use crate::extract::dates::{find_dates, FoundDate};
use crate::extract::lexicon::{has_role, Lexicon, Role};
use crate::extract::organizations::{add_organization, body_at, is_government};
use crate::extract::sink::Sink;
use crate::extract::tokens::{Item, ItemKind};
use crate::gazetteer::{RegionId, RegionKind};
use crate::model::{EventFact, Evidence, OrganizationId, Rule};
use std::collections::HashMap;

/// Turn `mention` (in sentence `sentence_index`) into an event when the
/// article makes it concrete (a date, a place, an organiser, a proper
/// name), or merge it into the event of its kind already found.
pub fn add_event(
    context: &ArticleContext,
    sink: &mut Sink,
    sentence_index: usize,
    mention: &EventMention,
    best_names: &HashMap<&'static str, (usize, String)>,
) {
    // "Penandatanganan pakta integritas itu …" refers back only when
    // an event of that kind is already known.
    if mention.anaphoric
        && sink
            .facts
            .events
            .iter()
            .any(|event| event.kind == mention.kind)
    {
        return;
    }
    // "Muhammad Gempa Awaljon Putra": a kind word that starts part of a
    // person's name is no event.
    if mention.proper && mention.words >= 2 && names_person(sink, &mention.name) {
        return;
    }
    let items = &context.sentence_items[sentence_index];
    let range = context.sentence(sentence_index);
    let text = context.text();
    let dates: Vec<_> = find_dates(&text[range.clone()]);
    if mention.anaphoric
        && Lexicon::get()
            .event_kinds
            .iter()
            .any(|kind| kind.named && kind.kind == mention.kind)
    {
        complete_last_event(context, sink, (items, range), &dates, mention);
        return;
    }
    let (mut regions, mut venue, mut has_place) = place_regions(context, items, mention.span.end);
    if !has_place {
        if let Some((before_regions, before_venue)) =
            place_before(context, items, mention.span.start)
        {
            (regions, venue, has_place) = (before_regions, before_venue, true);
        }
    }

    let lexicon = Lexicon::get();
    // "… digelar di …", or "Bawaslu Bantaeng menggelar rapat …".
    let held_by_subject = text[range.start..mention.span.start]
        .split_whitespace()
        .next_back()
        .is_some_and(|word| has_role(word, Role::OrganisingVerb));
    let organised = held_by_subject
        || lexicon
            .words(Role::Organised)
            .any_inside(&text[mention.span.end..range.end].to_lowercase());
    // An act is reported of someone: a body, an office or a region in its
    // sentence makes it concrete.
    let acted = mention.act
        && items.iter().any(|item| {
            matches!(
                item.kind,
                ItemKind::Organization(_) | ItemKind::OfficeTitle(_) | ItemKind::Region(_)
            )
        });
    let concrete = !dates.is_empty()
        || has_place
        || organised
        || acted
        || (mention.proper && mention.words >= 2);
    if !concrete {
        return;
    }
    // A bare kind word takes the fullest name the article gives that kind.
    let kind_words = mention.name.split_whitespace().count() <= 2 && mention.words <= 2;
    let name = match best_names.get(mention.kind) {
        Some((words, best)) if kind_words && *words > mention.words => best.clone(),
        _ => mention.name.clone(),
    };
    if name.split_whitespace().count() < 2
        && dates.is_empty()
        && regions.is_empty()
        && venue.is_none()
        && !acted
    {
        return;
    }
    let explicit_place = !regions.is_empty();
    let mut rule = Rule::EventPlace;
    if regions.is_empty() {
        // "Koordinator Bawaslu Gunungkidul menjelaskan, penertiban …": the
        // region of the body named with the event in its sentence.
        regions = body_regions(context, items);
        if !regions.is_empty() {
            rule = Rule::EventBodyRegion;
        }
    }
    if regions.is_empty() {
        // "ucapnya di Tenggarong ... sosialisasi": a place earlier in the
        // sentence or the two before, or a venue with its region there.
        let earliest = sentence_index.saturating_sub(2);
        for previous in (earliest..=sentence_index).rev() {
            let start = context.sentence(previous).start;
            let previous_items = &context.sentence_items[previous];
            let (mut found, _, _) = place_regions(context, previous_items, start);
            if found.is_empty() {
                found = venue_place(context, previous_items);
            }
            if !found.is_empty() {
                regions = found;
                rule = Rule::EventNearbyPlace;
                break;
            }
        }
    }
    let next_sentence_virtual = context
        .prepared
        .sentences
        .get(sentence_index + 1)
        .is_some_and(|next| {
            let lower = text[next.range.clone()].to_lowercase();
            lexicon.words(Role::VirtualNextSentence).any_inside(&lower)
        });
    if mention.virtual_event || next_sentence_virtual {
        // Participants joining from named regions.
        for next in sentence_index + 1..(sentence_index + 4).min(context.sentence_items.len()) {
            let next_range = context.sentence(next);
            let lower = text[next_range].to_lowercase();
            if lexicon.words(Role::Participants).any_inside(&lower) {
                for item in &context.sentence_items[next] {
                    if let ItemKind::Region(region) = item.kind {
                        regions.push(region);
                    }
                }
            }
        }
    }
    if regions.is_empty() {
        if let Some(primary) = context.primary_region {
            // "KENDARI – … di Rumah Jabatan Gubernur": the dateline's city,
            // when it lies in the article's region, is the more exact place.
            let dateline = context.dateline_region.filter(|&dateline| {
                dateline != primary && context.gazetteer.regions.is_within(dateline, primary)
            });
            regions.push(dateline.unwrap_or(primary));
            rule = Rule::EventArticleRegion;
        }
    }
    let region_indexes = most_specific(context, regions);
    let regions: Vec<String> = region_indexes
        .iter()
        .filter(|&&region| context.gazetteer.regions.region(region).kind != RegionKind::Country)
        .map(|&region| context.region_code(region))
        .collect();
    let date = dates
        .iter()
        .find(|date| date.span.start + range.start >= mention.span.start)
        .or(dates.first())
        .map(|date| date.to_event_date(context.year));
    let mut organizers: Vec<OrganizationId> = Vec::new();
    if organised {
        let bodies: Vec<(usize, Option<RegionId>, String)> = (0..items.len())
            .filter(|&index| items[index].span.start >= mention.span.end)
            .filter_map(|index| body_at(text, items, index))
            .filter(|(organization, _, _)| !is_government(context.gazetteer, *organization))
            .collect();
        for (organization, region, surface) in bodies {
            organizers.push(add_organization(
                context,
                sink,
                organization,
                region,
                &surface,
            ));
        }
    }
    organizers.sort_unstable();
    organizers.dedup();
    // Coreference: the same kind and a shorter or longer name, and no
    // place that contradicts the event already found.
    let words_of = |name: &str| {
        name.to_lowercase()
            .split_whitespace()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let mention_words = words_of(&name);
    let gazetteer_regions = &context.gazetteer.regions;
    let compatible = |known: &[String]| {
        !explicit_place
            || known.iter().any(|code| {
                let Some(known_index) = gazetteer_regions.by_code(code) else {
                    return false;
                };
                region_indexes.iter().any(|&index| {
                    gazetteer_regions.is_within(index, known_index)
                        || gazetteer_regions.is_within(known_index, index)
                })
            })
    };
    let family = |kind: &str| -> String {
        lexicon
            .event_kinds
            .iter()
            .find(|entry| entry.kind == kind)
            .map_or(kind, |entry| entry.family)
            .to_string()
    };
    // A bare kind word ("Rapat yang berlangsung …") is the event of its family already found.
    let bare = mention.words == 1;
    // A mention placed only by the article's region or a body named with
    // it, or an event placed by the article's region, is the event of the
    // same kind already found ("acara pelantikan gubernur selama 45 menit,
    // kata Asisten Setdaprov Riau" after "pelantikan … di Istana Negara,
    // Jakarta") unless their dates differ; so is a mention placed by the
    // same nearby place.
    let unplaced = |event: &EventFact| {
        event.kind == mention.kind
            && (matches!(rule, Rule::EventArticleRegion | Rule::EventBodyRegion)
                || event.evidence.rule == Rule::EventArticleRegion
                || (rule != Rule::EventPlace && event.regions == regions))
            && (event.date.is_none() || date.is_none() || event.date == date)
    };
    let existing = sink
        .facts
        .events
        .iter()
        .rposition(|event| bare && event.kind == mention.kind)
        .or_else(|| {
            sink.facts
                .events
                .iter()
                .rposition(|event| bare && family(&event.kind) == family(mention.kind))
        })
        .or_else(|| {
            sink.facts.events.iter().position(|event| {
                event.kind == mention.kind
                    && {
                        let known = words_of(&event.name);
                        mention_words.iter().all(|word| known.contains(word))
                            || known.iter().all(|word| mention_words.contains(word))
                    }
                    && (compatible(&event.regions) || event.evidence.rule != Rule::EventPlace)
            })
        })
        .or_else(|| sink.facts.events.iter().position(unplaced));
    let evidence = Evidence::new(range, rule);
    match existing {
        Some(index) => {
            let event = &mut sink.facts.events[index];
            // A bare mention of the family ("Rapat …") keeps the name of the
            // event of another kind it joins ("Rapat Kerja").
            if mention_words.len() > words_of(&event.name).len() && event.kind == mention.kind {
                event.name = name;
            }
            if placement_rank(event.evidence.rule) < placement_rank(rule) {
                event.regions = regions;
                event.evidence = evidence;
            } else if bare && (mention.virtual_event || explicit_place) {
                // More places for the same event (participants joining from elsewhere).
                for region in regions {
                    if !event.regions.contains(&region) {
                        event.regions.push(region);
                    }
                }
            }
            event.date = event.date.or(date);
            event.venue = event.venue.clone().or(venue);
            for organizer in organizers {
                if !event.organizers.contains(&organizer) {
                    event.organizers.push(organizer);
                }
            }
        }
        None => sink.facts.events.push(EventFact {
            name,
            kind: mention.kind.to_string(),
            date,
            regions,
            venue,
            organizers,
            evidence,
        }),
    }
}

/// "Kegiatan tersebut berlangsung di Hotel X, Makassar, Kamis (5/12)": a
/// generic word referring back gives the event before it the date, venue
/// and place its sentence (items, byte range and dates) states, where that
/// event lacks them.
fn complete_last_event(
    context: &ArticleContext,
    sink: &mut Sink,
    (items, range): (&[Item], std::ops::Range<usize>),
    dates: &[FoundDate],
    mention: &EventMention,
) {
    let Some(event) = sink.facts.events.last_mut() else {
        return;
    };
    let (regions, venue, _) = place_regions(context, items, mention.span.end);
    if event.date.is_none() {
        event.date = dates.first().map(|date| date.to_event_date(context.year));
    }
    event.venue = event.venue.take().or(venue);
    if !regions.is_empty() && placement_rank(event.evidence.rule) < placement_rank(Rule::EventPlace)
    {
        event.regions = most_specific(context, regions)
            .into_iter()
            .map(|region| context.region_code(region))
            .collect();
        event.evidence = Evidence::new(range, Rule::EventPlace);
    }
}

/// How directly a rule places an event: its own place phrase first, then
/// a body named with it, a nearby place, and the article's region last.
fn placement_rank(rule: Rule) -> u8 {
    match rule {
        Rule::EventPlace => 3,
        Rule::EventBodyRegion => 2,
        Rule::EventNearbyPlace => 1,
        _ => 0,
    }
}

/// The regions of the bodies named with a region in a sentence ("Bawaslu
/// Gunungkidul", "Kejaksaan Negeri Jember"), when they agree: one region,
/// or regions within one another.
fn body_regions(context: &ArticleContext, items: &[Item]) -> Vec<RegionId> {
    let text = context.text();
    // Offices do not count: "Gubernur Riau dilantik" took place in Jakarta.
    let mut regions: Vec<RegionId> = (0..items.len())
        .filter_map(|index| body_at(text, items, index))
        .filter_map(|(_, region, _)| region)
        .collect();
    regions.sort_unstable();
    regions.dedup();
    let specific = most_specific(context, regions.clone());
    if specific.len() == 1 {
        specific
    } else {
        Vec::new()
    }
}

/// Whether the first two words of `name` stand together in the name of a
/// person the article names.
fn names_person(sink: &Sink, name: &str) -> bool {
    let words: Vec<String> = name
        .split_whitespace()
        .take(2)
        .map(str::to_lowercase)
        .collect();
    sink.facts.persons.iter().any(|person| {
        std::iter::once(&person.name)
            .chain(&person.aliases)
            .any(|form| {
                let form: Vec<String> = form.split_whitespace().map(str::to_lowercase).collect();
                form.windows(2).any(|pair| pair == words.as_slice())
            })
    })
}
