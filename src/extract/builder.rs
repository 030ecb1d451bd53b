//! The extraction passes over one article, accumulating its facts.

use super::article_context::primary_region;
use super::dates::{find_dates, parse_iso_date};
use super::events::{find_election_mentions, find_event_mentions, ElectionMention, EventMention};
use super::law_citations::{find_law_citations, LawCitation};
use super::offices::{find_holder, parse_office_phrase, OfficePhrase, GOVERNMENT_KEYS};
use super::persons::PersonRegistry;
use super::speakers::{after_quote, reported, sentence_subject, speech_subjects, Attribution};
use super::tokens::{items_with_hits, Item, ItemKind};
use crate::gazetteer::{Gazetteer, Level, Match, OfficeTitle, RegionKind};
use crate::model::{
    Article, ArticleFacts, Citation, EventDate, EventFact, Evidence, HoldsFact, LawFact,
    OfficeFact, OrganizationFact, StatementFact,
};
use crate::text::{normalize, prepare, PreparedText};
use std::collections::HashMap;
use std::ops::Range;

/// Shortest quotation (in words) that counts as a statement; shorter ones
/// are names and titles in quotes.
const MIN_QUOTE_WORDS: usize = 5;

/// The state of one article's extraction.
pub struct Builder<'a> {
    gazetteer: &'a Gazetteer,
    prepared: PreparedText,
    headline: String,
    published: Option<(u16, u8, u8)>,
    region_hits: Vec<Match<usize>>,
    titles: Vec<&'a OfficeTitle>,
    citations: Vec<LawCitation>,
    sentence_items: Vec<Vec<Item>>,
    primary_region: Option<usize>,
    persons: PersonRegistry,
    facts: ArticleFacts,
    organization_keys: HashMap<(String, Option<String>), usize>,
    office_keys: HashMap<(String, Option<usize>, Option<String>), usize>,
    law_keys: HashMap<(String, String, u16, Option<String>), usize>,
}

impl<'a> Builder<'a> {
    /// Prepare the text and find every gazetteer hit of `article`.
    pub fn new(article: &Article, gazetteer: &'a Gazetteer) -> Builder<'a> {
        let headline = normalize(&article.headline);
        // A "headline" that is really the lead paragraph (long, or a full
        // sentence) is read as part of the body.
        let lead = headline.split_whitespace().count() >= 15 || headline.ends_with('.');
        let prepared = if lead && !article.body.contains(article.headline.trim()) {
            prepare(&format!("{}\n{}", article.headline, article.body))
        } else {
            prepare(&article.body)
        };
        let text = prepared.text.as_str();
        let published = article
            .date
            .as_deref()
            .and_then(parse_iso_date)
            .or(prepared.published);

        let mut context = Vec::new();
        if let Some(place) = &prepared.dateline_place {
            context.extend(
                gazetteer
                    .regions
                    .find(place, &[])
                    .into_iter()
                    .map(|hit| hit.value),
            );
        }
        context.extend(
            gazetteer
                .regions
                .find(&headline, &[])
                .into_iter()
                .map(|hit| hit.value),
        );
        let region_hits = gazetteer.regions.find(text, &context);
        let organization_hits = gazetteer.organizations.find(text);
        let title_hits = gazetteer.offices.find(text);
        let citations = find_law_citations(text);

        let mut titles: Vec<&OfficeTitle> = title_hits.iter().map(|hit| hit.value).collect();
        let mut candidates: Vec<(Range<usize>, u8, ItemKind)> = Vec::new();
        for (index, citation) in citations.iter().enumerate() {
            candidates.push((citation.span.clone(), 0, ItemKind::Law(index)));
        }
        for (index, hit) in title_hits.iter().enumerate() {
            candidates.push((hit.span.clone(), 1, ItemKind::OfficeTitle(index)));
        }
        for hit in &organization_hits {
            candidates.push((hit.span.clone(), 2, ItemKind::Organization(hit.value)));
        }
        for hit in &region_hits {
            candidates.push((hit.span.clone(), 3, ItemKind::Region(hit.value)));
        }
        let hits = choose_hits(text, candidates, &mut titles, gazetteer);
        let kept_regions: Vec<Match<usize>> = hits
            .iter()
            .filter_map(|(span, kind)| match kind {
                ItemKind::Region(index) => Some(Match {
                    span: span.clone(),
                    value: *index,
                }),
                _ => None,
            })
            .collect();
        let mut weighted = kept_regions.clone();
        weighted.extend(context.iter().map(|&value| Match { span: 0..0, value }));
        let primary = primary_region(&gazetteer.regions, &weighted);
        let sentence_items = prepared
            .sentences
            .iter()
            .map(|sentence| items_with_hits(text, sentence.range.clone(), &hits))
            .collect();
        let facts = ArticleFacts {
            text: prepared.text.clone(),
            published,
            ..ArticleFacts::default()
        };
        Builder {
            gazetteer,
            prepared,
            headline,
            published,
            region_hits: kept_regions,
            titles,
            citations,
            sentence_items,
            primary_region: primary,
            persons: PersonRegistry::default(),
            facts,
            organization_keys: HashMap::new(),
            office_keys: HashMap::new(),
            law_keys: HashMap::new(),
        }
    }

    /// Run every pass and return the facts.
    pub fn run(mut self) -> ArticleFacts {
        self.collect_regions();
        self.collect_organizations();
        self.persons_and_offices();
        self.statements();
        self.events();
        self.facts.persons = std::mem::take(&mut self.persons).into_persons();
        self.facts
    }

    fn text(&self) -> &str {
        &self.prepared.text
    }

    fn region_code(&self, index: usize) -> String {
        self.gazetteer.regions.region(index).code.clone()
    }

    fn collect_regions(&mut self) {
        for hit in &self.region_hits {
            let code = self.gazetteer.regions.region(hit.value).code.clone();
            if code != "ID" && !self.facts.regions.contains(&code) {
                self.facts.regions.push(code);
            }
        }
    }

    /// Every body the article names, with the region that follows it
    /// ("Bawaslu Kukar") or the article's region for regional bodies.
    fn collect_organizations(&mut self) {
        let mut found = Vec::new();
        for items in &self.sentence_items {
            for (index, item) in items.iter().enumerate() {
                if let ItemKind::Organization(organization) = item.kind {
                    let next_region = match items.get(index + 1).map(|item| &item.kind) {
                        Some(ItemKind::Region(region)) => Some(*region),
                        _ => None,
                    };
                    found.push((
                        organization,
                        next_region,
                        self.text()[item.span.clone()].to_string(),
                    ));
                }
            }
        }
        // A body that exists at every level ("Bawaslu") named without a
        // region is the one the article names with a region, when it names
        // exactly one; otherwise the national body.
        let mut regions_of: HashMap<usize, Vec<usize>> = HashMap::new();
        for (organization, region, _) in &found {
            if let Some(region) = region {
                let entry = regions_of.entry(*organization).or_default();
                if !entry.contains(region) {
                    entry.push(*region);
                }
            }
        }
        for (organization, region, surface) in found {
            let region =
                region.or_else(|| match regions_of.get(&organization).map(Vec::as_slice) {
                    Some([only]) => Some(*only),
                    _ => None,
                });
            if GOVERNMENT_KEYS
                .contains(&self.gazetteer.organizations.get(organization).key.as_str())
            {
                continue;
            }
            self.organization(organization, region, &surface);
        }
    }

    /// The article's index of a body, adding it if new.
    fn organization(&mut self, organization: usize, region: Option<usize>, surface: &str) -> usize {
        let entry = self.gazetteer.organizations.get(organization);
        let region = match entry.level {
            Level::National => None,
            Level::Regional | Level::Any => region.or(if entry.level == Level::Regional {
                self.primary_region
            } else {
                None
            }),
        };
        let region_code = region.map(|index| self.region_code(index));
        let key = (entry.key.clone(), region_code.clone());
        if let Some(&index) = self.organization_keys.get(&key) {
            let forms = &mut self.facts.organizations[index].forms;
            if !forms.iter().any(|form| form == surface) {
                forms.push(surface.to_string());
            }
            return index;
        }
        let name = match region.map(|region| self.gazetteer.regions.region(region)) {
            // "Panitia Pengawas Pemilihan Umum Kecamatan" + "Tenayan Raya", not "Kecamatan Kecamatan …".
            Some(region) if entry.name.ends_with(region.kind.prefix()) => {
                format!("{} {}", entry.name, region.name)
            }
            Some(region) => format!("{} {}", entry.name, region.formal_name()),
            None => entry.name.clone(),
        };
        let mut forms = vec![surface.to_string()];
        if let (Some(acronym), Some(region)) = (entry.acronym(), region) {
            forms.push(format!(
                "{acronym} {}",
                self.gazetteer.regions.region(region).name
            ));
        } else if let Some(acronym) = entry.acronym() {
            forms.push(acronym.to_string());
        }
        forms.dedup();
        self.facts.organizations.push(OrganizationFact {
            key: entry.key.clone(),
            name,
            forms,
            region: region_code,
        });
        self.organization_keys
            .insert(key, self.facts.organizations.len() - 1);
        self.facts.organizations.len() - 1
    }

    /// Pass 1: office phrases with their holders, and speakers named as
    /// subjects of speech verbs.
    fn persons_and_offices(&mut self) {
        for sentence_index in 0..self.sentence_items.len() {
            let items = self.sentence_items[sentence_index].clone();
            let sentence = self.prepared.sentences[sentence_index].range.clone();
            let mut index = 0;
            while index < items.len() {
                if !matches!(items[index].kind, ItemKind::OfficeTitle(_)) {
                    index += 1;
                    continue;
                }
                let Some(phrase) =
                    parse_office_phrase(self.text(), &items, index, &self.titles, self.gazetteer)
                else {
                    index += 1;
                    continue;
                };
                let next = phrase.items.end.max(index + 1);
                if let Some(holder) = find_holder(self.text(), &items, &phrase) {
                    let person = self.persons.resolve(&holder.run.name);
                    if !phrase.former {
                        let surface = self.text()[items[phrase.items.start].span.start
                            ..items[phrase.items.end - 1].span.end]
                            .to_string();
                        let office = self.office(&phrase, &surface);
                        let evidence = Evidence {
                            sentence: sentence.clone(),
                            rule: holder.rule,
                            confidence: holder.confidence,
                        };
                        if !self
                            .facts
                            .holds
                            .iter()
                            .any(|fact| fact.person == person && fact.office == office)
                        {
                            self.facts.holds.push(HoldsFact {
                                person,
                                office,
                                acting: phrase.acting.is_some(),
                                evidence,
                            });
                        }
                    }
                }
                index = next;
            }
            for run in speech_subjects(self.text(), &items) {
                self.persons.resolve(&run.name);
            }
        }
    }

    /// The article's index of the office a phrase names, adding it if new.
    fn office(&mut self, phrase: &OfficePhrase, surface: &str) -> usize {
        let regions = &self.gazetteer.regions;
        let organization_entry = phrase
            .organization
            .map(|index| self.gazetteer.organizations.get(index));
        // The most specific region named, lifted to the title's level.
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
                        || (entry.level == Level::Any && self.primary_region.is_some())
                }
                None => !phrase.levels.is_empty(),
            };
            if needs_region {
                jurisdiction = self.primary_region;
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
        let organization = phrase.organization.map(|index| {
            let entry = self.gazetteer.organizations.get(index);
            let form = entry.acronym().unwrap_or(&entry.name).to_string();
            self.organization(index, jurisdiction, &form)
        });
        let role_name = match phrase.acting {
            Some(prefix) => format!("{prefix} {}", phrase.role),
            None => phrase.role.clone(),
        };
        let region_code = jurisdiction.map(|index| self.region_code(index));
        let key = (role_name.clone(), organization, region_code.clone());
        if let Some(&index) = self.office_keys.get(&key) {
            return index;
        }
        let mut label = role_name.clone();
        if let Some(index) = organization {
            let name = self.facts.organizations[index].name.clone();
            label = format!("{label} {name}");
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
        self.facts.offices.push(OfficeFact {
            role_name,
            label,
            surface: surface.to_string(),
            jurisdiction: region_code,
            organization,
        });
        self.office_keys.insert(key, self.facts.offices.len() - 1);
        self.facts.offices.len() - 1
    }

    /// Resolve an attribution to a person, given the last named speaker.
    fn speaker_of(
        &mut self,
        attribution: &Attribution,
        last: Option<usize>,
    ) -> (Option<usize>, &'static str) {
        match attribution {
            Attribution::Named(run, rule) => (Some(self.persons.resolve(&run.name)), rule),
            Attribution::Pronoun(rule) => (last, rule),
            Attribution::Unattributed => (None, "reporter-voice"),
        }
    }

    fn law(&mut self, citation_index: usize) -> usize {
        let citation = &self.citations[citation_index];
        let issuer = citation.issuer.clone();
        let code = citation.law_type.code();
        let key = (
            code.to_string(),
            citation.number.clone(),
            citation.year,
            issuer.clone(),
        );
        if let Some(&index) = self.law_keys.get(&key) {
            if self.facts.laws[index].title.is_none() && citation.title.is_some() {
                self.facts.laws[index].title = citation.title.clone();
            }
            return index;
        }
        // One label per law in every article: the official title when known,
        // else type, number and year alone (the written title stays in lawTitle).
        let official = self
            .gazetteer
            .laws
            .title(code, &citation.number, citation.year);
        let mut label = format!(
            "{} Nomor {} Tahun {}",
            citation.law_type.full_name(),
            citation.number,
            citation.year
        );
        if let Some(issuer) = &issuer {
            label = format!(
                "{} {issuer} Nomor {} Tahun {}",
                citation.law_type.full_name(),
                citation.number,
                citation.year
            );
        }
        if let Some(title) = official {
            label = format!("{label} tentang {title}");
        }
        self.facts.laws.push(LawFact {
            law_type: code,
            number: citation.number.clone(),
            year: citation.year,
            title: official
                .map(String::from)
                .or_else(|| citation.title.clone()),
            issuer,
            label,
        });
        self.law_keys.insert(key, self.facts.laws.len() - 1);
        self.facts.laws.len() - 1
    }

    fn citations_in(&mut self, range: &Range<usize>) -> Vec<Citation> {
        // Citations are in text order: find the ones starting in `range` by binary search.
        let first = self
            .citations
            .partition_point(|citation| citation.span.start < range.start);
        let last = self
            .citations
            .partition_point(|citation| citation.span.start < range.end);
        let inside: Vec<usize> = (first..last.max(first)).collect();
        let mut citations: Vec<Citation> = Vec::new();
        for index in inside {
            let law = self.law(index);
            let article_ref = self.citations[index].article_ref.clone();
            if !citations.iter().any(|citation| citation.law == law) {
                citations.push(Citation { law, article_ref });
            }
        }
        citations
    }

    /// Pass 2: quotations and law-citing sentences with their speakers.
    fn statements(&mut self) {
        let quotes: Vec<Range<usize>> = self
            .prepared
            .quotes
            .iter()
            .filter(|quote| {
                self.text()[(*quote).clone()].split_whitespace().count() >= MIN_QUOTE_WORDS
            })
            .cloned()
            .collect();
        let mut last_speaker: Option<usize> = None;
        let mut done_quotes = vec![false; quotes.len()];
        for sentence_index in 0..self.sentence_items.len() {
            let items = self.sentence_items[sentence_index].clone();
            let sentence = self.prepared.sentences[sentence_index].range.clone();
            // Quotations that close in this sentence.
            for (quote_index, quote) in quotes.iter().enumerate() {
                if done_quotes[quote_index]
                    || quote.end > sentence.end
                    || quote.end <= sentence.start
                {
                    continue;
                }
                done_quotes[quote_index] = true;
                let after: Vec<Item> = items
                    .iter()
                    .filter(|item| item.span.start >= quote.end)
                    .cloned()
                    .collect();
                let mut attribution = after_quote(self.text(), &after);
                if attribution == Attribution::Unattributed {
                    let opening_sentence = self.sentence_of(quote.start);
                    let before: Vec<Item> = self.sentence_items[opening_sentence]
                        .iter()
                        .filter(|item| item.span.end <= quote.start)
                        .cloned()
                        .collect();
                    // Before the opening mark: "Sunggono mengatakan, “…" is reported speech.
                    attribution = reported(self.text(), &before);
                }
                let (speaker, rule) = self.speaker_of(&attribution, last_speaker);
                if speaker.is_some() {
                    last_speaker = speaker;
                }
                let citations = self.citations_in(quote);
                let inner = self.text()[quote.clone()]
                    .trim_matches('"')
                    .trim()
                    .trim_end_matches([',', ';'])
                    .to_string();
                self.facts.statements.push(StatementFact {
                    text: inner,
                    speaker,
                    citations,
                    evidence: Evidence {
                        sentence: quote.clone(),
                        rule,
                        confidence: if speaker.is_some() { 0.85 } else { 0.6 },
                    },
                });
            }
            // Reported speech outside quotations.
            let outside: Vec<Item> = items
                .iter()
                .filter(|item| {
                    !quotes
                        .iter()
                        .any(|quote| quote.start <= item.span.start && item.span.end <= quote.end)
                })
                .cloned()
                .collect();
            let cites_outside = self.citations.iter().any(|citation| {
                sentence.start <= citation.span.start
                    && citation.span.start < sentence.end
                    && !quotes.iter().any(|quote| {
                        quote.start <= citation.span.start && citation.span.start < quote.end
                    })
            });
            let attribution = reported(self.text(), &outside);
            let (speaker, rule) = self.speaker_of(&attribution, last_speaker);
            if cites_outside {
                let citations: Vec<Citation> = self
                    .citations_in(&sentence)
                    .into_iter()
                    .filter(|citation| {
                        let law = &self.facts.laws[citation.law];
                        // Statements are in text order: only the latest can hold this sentence.
                        !self.facts.statements.iter().rev().take(8).any(|statement| {
                            statement.evidence.sentence.start <= sentence.start
                                && sentence.end <= statement.evidence.sentence.end
                                && statement
                                    .citations
                                    .iter()
                                    .any(|c| self.facts.laws[c.law] == *law)
                        })
                    })
                    .collect();
                if !citations.is_empty() {
                    self.facts.statements.push(StatementFact {
                        text: self.text()[sentence.clone()].to_string(),
                        speaker,
                        citations,
                        evidence: Evidence {
                            sentence: sentence.clone(),
                            rule,
                            confidence: if speaker.is_some() { 0.8 } else { 0.7 },
                        },
                    });
                }
            }
            if matches!(attribution, Attribution::Named(..)) {
                last_speaker = speaker;
            } else if let Some(subject) = sentence_subject(self.text(), &outside) {
                // "Nurdin Pakaya melaporkan …": later pronouns point to this
                // person; a lone unknown word opening a sentence is no person.
                let known = self.persons.find(&subject.name);
                if known.is_some() || subject.name.split_whitespace().count() >= 2 {
                    last_speaker = Some(self.persons.resolve(&subject.name));
                }
            }
        }
    }

    /// The sentence holding byte `offset` (sentences are in text order).
    fn sentence_of(&self, offset: usize) -> usize {
        let sentences = &self.prepared.sentences;
        sentences
            .partition_point(|sentence| sentence.range.end <= offset)
            .min(sentences.len().saturating_sub(1))
    }

    /// Pass 3: events and elections with their regions and dates.
    fn events(&mut self) {
        let mut mentions: Vec<(usize, EventMention)> = Vec::new();
        let mut elections: Vec<ElectionCandidate> = Vec::new();
        for sentence_index in 0..self.sentence_items.len() {
            let range = self.prepared.sentences[sentence_index].range.clone();
            let sentence_text = self.text()[range.clone()].to_string();
            let items = self.sentence_items[sentence_index].clone();
            for mention in find_event_mentions(&sentence_text, range.start) {
                let inside_body = items.iter().any(|item| {
                    matches!(
                        item.kind,
                        ItemKind::Organization(_) | ItemKind::OfficeTitle(_)
                    ) && item.span.start <= mention.span.start
                        && mention.span.start < item.span.end
                });
                if !inside_body && !mention.campaign_period {
                    mentions.push((sentence_index, mention));
                }
            }
            for mention in find_election_mentions(&sentence_text, range.start) {
                let text = self.text().to_string();
                elections.push(self.election_candidate(
                    &text,
                    mention,
                    &items,
                    Some(range.clone()),
                ));
            }
        }
        // The fullest name of each kind, for short mentions ("Bimtek" after
        // "bimbingan teknis netralitas ASN").
        let mut best_names: HashMap<&'static str, (usize, String)> = HashMap::new();
        for (_, mention) in &mentions {
            let entry = best_names.entry(mention.kind).or_insert((0, String::new()));
            if mention.words > entry.0 {
                *entry = (mention.words, mention.name.clone());
            }
        }
        for (sentence_index, mention) in &mentions {
            self.event(*sentence_index, mention, &best_names);
        }
        // Elections named in the headline count when the body has none of that kind.
        let headline = self.headline.clone();
        let headline_hits: Vec<(Range<usize>, ItemKind)> = self
            .gazetteer
            .regions
            .find(&headline, &[])
            .into_iter()
            .map(|hit| (hit.span, ItemKind::Region(hit.value)))
            .collect();
        let items = items_with_hits(&headline, 0..headline.len(), &headline_hits);
        for mention in find_election_mentions(&headline, 0) {
            let concrete_in_body = elections.iter().any(|candidate| {
                candidate.mention.kind == mention.kind
                    && (candidate.explicit.is_some() || candidate.mention.year.is_some())
            });
            if !concrete_in_body {
                elections.push(self.election_candidate(&headline, mention, &items, None));
            }
        }
        self.elections(elections);
    }

    /// Regions of the place phrase after `from` ("di Aula Kantor Bupati
    /// Gowa, Sungguminasa"), with the venue words. Regions that are part of
    /// a venue's name ("Aula Rajabasa", "Universitas Negeri Manado") are
    /// not places.
    fn place_regions(&self, items: &[Item], from: usize) -> (Vec<usize>, Option<String>, bool) {
        let text = self.text();
        let Some(di) = items.iter().position(|item| {
            item.span.start >= from && item.is_word() && item.text(text).eq_ignore_ascii_case("di")
        }) else {
            return (Vec::new(), None, false);
        };
        // The place must follow closely, with no clause in between
        // ("Apel dipimpin … yang tersebar di Banjarmasin" is not where the apel was).
        let between: Vec<&Item> = items
            .iter()
            .filter(|item| item.span.start >= from && item.span.end <= items[di].span.start)
            .collect();
        // "yang digelar BKPSDM Gowa … di …" still places the event; "yang
        // tersebar di …" or "dipimpin … di …" is about something else.
        const ORGANISED: &[&str] = &[
            "digelar",
            "diselenggarakan",
            "dilaksanakan",
            "diadakan",
            "berlangsung",
            "bertempat",
        ];
        let clause_break = between.iter().enumerate().any(|(position, item)| {
            let word = item.text(text).to_lowercase();
            let next = between
                .get(position + 1)
                .map(|next| next.text(text).to_lowercase());
            item.is_word()
                && !ORGANISED.contains(&word.as_str())
                && ((word == "yang"
                    && !next
                        .as_deref()
                        .is_some_and(|next| ORGANISED.contains(&next)))
                    || matches!(
                        word.as_str(),
                        "dan"
                            | "serta"
                            | "untuk"
                            | "dengan"
                            | "karena"
                            | "agar"
                            | "sehingga"
                            | "sementara"
                            | "namun"
                            | "bahwa"
                    )
                    || (word.starts_with("di") && word.len() > 4)
                    || word.starts_with("me"))
        });
        if clause_break || between.iter().filter(|item| item.is_word()).count() > 16 {
            return (Vec::new(), None, false);
        }
        let mut regions = Vec::new();
        let mut venue_words = Vec::new();
        for (offset, item) in items[di + 1..].iter().enumerate() {
            let previous = &items[di + offset];
            match &item.kind {
                ItemKind::Region(region) => {
                    let in_venue_name = previous.is_word()
                        && previous
                            .text(text)
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                        && !matches!(
                            previous.text(text),
                            "Kecamatan"
                                | "Distrik"
                                | "Kabupaten"
                                | "Kota"
                                | "Provinsi"
                                | "Desa"
                                | "Kelurahan"
                        );
                    if in_venue_name {
                        venue_words.push(item.text(text));
                    } else {
                        regions.push(*region);
                    }
                }
                ItemKind::Punct('(' | ';') | ItemKind::Number => break,
                ItemKind::Word => {
                    let word = item.text(text);
                    let lower = word.to_lowercase();
                    if matches!(
                        lower.as_str(),
                        "sementara"
                            | "namun"
                            | "yang"
                            | "untuk"
                            | "dengan"
                            | "karena"
                            | "agar"
                            | "saat"
                            | "ketika"
                            | "pada"
                            | "sejak"
                            | "hingga"
                            | "bersama"
                            | "oleh"
                    ) || (word.chars().next().is_some_and(char::is_lowercase)
                        && (lower.starts_with("me") || lower.starts_with("ber")))
                    {
                        break;
                    }
                    if regions.is_empty() && word.chars().next().is_some_and(char::is_uppercase) {
                        venue_words.push(word);
                    }
                }
                ItemKind::Organization(_) | ItemKind::OfficeTitle(_) if regions.is_empty() => {
                    venue_words.push(item.text(text))
                }
                _ => {}
            }
        }
        let venue = (!venue_words.is_empty()).then(|| venue_words.join(" "));
        let is_place = !regions.is_empty() || venue.is_some();
        (regions, venue, is_place)
    }

    fn most_specific(&self, regions: Vec<usize>) -> Vec<usize> {
        let mut kept: Vec<usize> = Vec::new();
        for &region in &regions {
            let is_ancestor_of_other = regions
                .iter()
                .any(|&other| other != region && self.gazetteer.regions.is_within(other, region));
            if !is_ancestor_of_other && !kept.contains(&region) {
                kept.push(region);
            }
        }
        kept
    }

    fn event(
        &mut self,
        sentence_index: usize,
        mention: &EventMention,
        best_names: &HashMap<&'static str, (usize, String)>,
    ) {
        // "Penandatanganan pakta integritas itu …" refers back only when
        // an event of that kind is already known.
        if mention.anaphoric
            && self
                .facts
                .events
                .iter()
                .any(|event| event.kind == mention.kind)
        {
            return;
        }
        let items = self.sentence_items[sentence_index].clone();
        let range = self.prepared.sentences[sentence_index].range.clone();
        let text = self.text().to_string();
        let dates: Vec<_> = find_dates(&text[range.clone()]);
        let (mut regions, venue, has_place) = self.place_regions(&items, mention.span.end);

        let organised = ["diselenggarakan", "digelar", "dilaksanakan", "diadakan"]
            .iter()
            .any(|word| {
                text[mention.span.end..range.end]
                    .to_lowercase()
                    .contains(word)
            });
        let concrete =
            !dates.is_empty() || has_place || organised || (mention.proper && mention.words >= 2);
        if !concrete {
            return;
        }
        // A bare kind word takes the fullest name the article gives that kind.
        let kind_words = mention.name.split_whitespace().count() <= 2 && mention.words <= 2;
        let name = match best_names.get(mention.kind) {
            Some((words, best)) if kind_words && *words > mention.words => best.clone(),
            _ => mention.name.clone(),
        };
        if name.split_whitespace().count() < 2 && dates.is_empty() && regions.is_empty() {
            return;
        }
        let explicit_place = !regions.is_empty();
        let mut rule = "event-place";
        if regions.is_empty() {
            // "ucapnya di Tenggarong ... sosialisasi": a place earlier in the sentence or the two before.
            let earliest = sentence_index.saturating_sub(2);
            for previous in (earliest..=sentence_index).rev() {
                let previous_items = self.sentence_items[previous].clone();
                let start = self.prepared.sentences[previous].range.start;
                let (found, _, _) = self.place_regions(&previous_items, start);
                if !found.is_empty() {
                    regions = found;
                    rule = "event-nearby-place";
                    break;
                }
            }
        }
        let next_sentence_virtual =
            self.prepared
                .sentences
                .get(sentence_index + 1)
                .is_some_and(|next| {
                    let lower = text[next.range.clone()].to_lowercase();
                    [
                        "secara virtual",
                        "secara daring",
                        "secara hibrida",
                        "secara hybrid",
                        "secara online",
                        "zoom",
                    ]
                    .iter()
                    .any(|word| lower.contains(word))
                });
        if mention.virtual_event || next_sentence_virtual {
            // Participants joining from named regions.
            for next in sentence_index + 1..(sentence_index + 4).min(self.sentence_items.len()) {
                let next_range = self.prepared.sentences[next].range.clone();
                let lower = text[next_range].to_lowercase();
                if [
                    "diikuti",
                    "dikuti",
                    "peserta",
                    "daerahnya",
                    "bergabung",
                    "terhubung",
                    "mengikuti",
                    "daring",
                    "virtual",
                ]
                .iter()
                .any(|word| lower.contains(word))
                {
                    for item in &self.sentence_items[next] {
                        if let ItemKind::Region(region) = item.kind {
                            regions.push(region);
                        }
                    }
                }
            }
        }
        if regions.is_empty() {
            if let Some(primary) = self.primary_region {
                regions.push(primary);
                rule = "event-article-region";
            }
        }
        let region_indexes = self.most_specific(regions);
        let regions: Vec<String> = region_indexes
            .iter()
            .filter(|&&region| self.gazetteer.regions.region(region).kind != RegionKind::Country)
            .map(|&region| self.region_code(region))
            .collect();
        let date = dates
            .iter()
            .find(|date| date.span.start + range.start >= mention.span.start)
            .or(dates.first())
            .map(|date| date.to_event_date(self.published.map(|(year, _, _)| year)));
        let organizers: Vec<usize> = if organised {
            let organizations: Vec<(usize, Option<usize>, String)> = items
                .iter()
                .enumerate()
                .filter(|(_, item)| item.span.start >= mention.span.end)
                .filter_map(|(index, item)| match item.kind {
                    ItemKind::Organization(organization) => {
                        let region = match items.get(index + 1).map(|item| &item.kind) {
                            Some(ItemKind::Region(region)) => Some(*region),
                            _ => None,
                        };
                        Some((organization, region, item.text(&text).to_string()))
                    }
                    _ => None,
                })
                .collect();
            organizations
                .into_iter()
                .filter(|(organization, _, _)| {
                    !GOVERNMENT_KEYS
                        .contains(&self.gazetteer.organizations.get(*organization).key.as_str())
                })
                .map(|(organization, region, surface)| {
                    self.organization(organization, region, &surface)
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut organizers = organizers;
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
        let gazetteer_regions = &self.gazetteer.regions;
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
        fn family(kind: &str) -> &str {
            match kind {
                "rapat" | "rakor" | "rakornas" | "rakorda" | "raker" | "pertemuan" => "rapat",
                other => other,
            }
        }
        // A bare kind word ("Rapat yang berlangsung …") is the event of its family already found.
        let bare = mention.words == 1;
        let existing = self
            .facts
            .events
            .iter()
            .rposition(|event| bare && family(&event.kind) == family(mention.kind))
            .or_else(|| {
                self.facts.events.iter().position(|event| {
                    event.kind == mention.kind
                        && {
                            let known = words_of(&event.name);
                            mention_words.iter().all(|word| known.contains(word))
                                || known.iter().all(|word| mention_words.contains(word))
                        }
                        && (compatible(&event.regions) || event.evidence.rule != "event-place")
                })
            });
        let evidence = Evidence {
            sentence: range,
            rule,
            confidence: if rule == "event-place" { 0.85 } else { 0.7 },
        };
        match existing {
            Some(index) => {
                let event = &mut self.facts.events[index];
                if mention_words.len() > words_of(&event.name).len() {
                    event.name = name;
                }
                if event.evidence.rule != "event-place" && rule == "event-place" {
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
            None => self.facts.events.push(EventFact {
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

    /// An election mention with the region written right after it
    /// ("Pilkada Kepri", "Pilkada serentak 2024 di Kalimantan Timur").
    fn election_candidate(
        &self,
        text: &str,
        mention: ElectionMention,
        items: &[Item],
        sentence: Option<Range<usize>>,
    ) -> ElectionCandidate {
        let mut explicit = None;
        let mut skipped = 0;
        for item in items
            .iter()
            .filter(|item| item.span.start >= mention.span.end)
        {
            match &item.kind {
                ItemKind::Region(region) => {
                    explicit = Some(*region);
                    break;
                }
                ItemKind::Word | ItemKind::Number
                    if skipped < 3
                        && !mention.national
                        && matches!(
                            item.text(text).to_lowercase().as_str(),
                            "serentak" | "di" | "tahun" | "provinsi" | "kabupaten" | "kota"
                        ) =>
                {
                    skipped += 1;
                }
                ItemKind::Number if skipped < 3 && item.text(text).len() == 4 => skipped += 1,
                _ => break,
            }
        }
        ElectionCandidate {
            mention,
            explicit,
            sentence,
        }
    }

    /// Elections become events when concrete: with a year or a region.
    /// National ones (Pemilu, Pilpres, Pileg) take place in Indonesia;
    /// regional ones in the region named, else in all of Indonesia when
    /// simultaneous ("Pilkada serentak 2024"), else in the article's region.
    fn elections(&mut self, candidates: Vec<ElectionCandidate>) {
        // The year of an election named without one ("Pilwalkot Makassar"):
        // the article's, from its date or the first full date in it.
        let article_year = self
            .published
            .map(|(year, _, _)| year)
            .or_else(|| find_dates(self.text()).iter().find_map(|date| date.year));
        let indonesia = self.gazetteer.regions.by_code("ID").unwrap_or_default();
        let explicit_kinds: Vec<(&'static str, Option<u16>)> = candidates
            .iter()
            .filter(|candidate| candidate.explicit.is_some() && !candidate.mention.in_list)
            .map(|candidate| (candidate.mention.kind, candidate.mention.year))
            .collect();
        for candidate in &candidates {
            let mention = &candidate.mention;
            let mut mention = mention.clone();
            if mention.year.is_none() && candidate.explicit.is_some() && !mention.national {
                mention.year = article_year;
            }
            let mention = &mention;
            if mention.in_list || (candidate.explicit.is_none() && mention.year.is_none()) {
                continue;
            }
            let (region, rule) = if mention.national {
                if mention.year.is_none() {
                    continue;
                }
                (indonesia, "election-national")
            } else if let Some(region) = candidate.explicit {
                (region, "election-explicit-region")
            } else if explicit_kinds.iter().any(|(kind, year)| {
                *kind == mention.kind && (year.is_none() || *year == mention.year)
            }) {
                // The same election is placed elsewhere in the article.
                continue;
            } else if mention.simultaneous {
                (indonesia, "election-simultaneous")
            } else {
                (
                    self.primary_region.unwrap_or(indonesia),
                    "election-article-region",
                )
            };
            let region_entry = self.gazetteer.regions.region(region);
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
            let existing = self.facts.events.iter().position(|event| {
                event.kind == kind
                    && event.regions.first() == Some(&code)
                    && (event.date.is_none() || date.is_none() || event.date == date)
            });
            if let Some(index) = existing {
                if self.facts.events[index].date.is_none() && date.is_some() {
                    self.facts.events[index].date = date;
                    self.facts.events[index].name = name;
                }
                continue;
            }
            self.facts.events.push(EventFact {
                name,
                kind,
                date,
                regions: vec![code],
                venue: None,
                organizers: Vec::new(),
                evidence: Evidence {
                    sentence: candidate.sentence.clone().unwrap_or(0..0),
                    rule,
                    confidence: if rule == "election-explicit-region" || rule == "election-national"
                    {
                        0.85
                    } else {
                        0.7
                    },
                },
            });
        }
    }
}

/// An election mention with the region written after it, before deciding.
struct ElectionCandidate {
    mention: ElectionMention,
    explicit: Option<usize>,
    sentence: Option<Range<usize>>,
}

/// Non-overlapping hits, earliest first, longer first at the same start.
/// An office title that runs into a body's name ("Anggota Komisi" +
/// "Komisi II DPR", "Kepala Dinas" + "Dinas Pendidikan") is cut back to the
/// title before the body.
fn choose_hits<'a>(
    text: &str,
    mut candidates: Vec<(Range<usize>, u8, ItemKind)>,
    titles: &mut Vec<&'a OfficeTitle>,
    gazetteer: &'a Gazetteer,
) -> Vec<(Range<usize>, ItemKind)> {
    candidates.sort_by(|a, b| {
        a.0.start
            .cmp(&b.0.start)
            .then(b.0.end.cmp(&a.0.end))
            .then(a.1.cmp(&b.1))
    });
    let mut chosen: Vec<(Range<usize>, ItemKind)> = Vec::new();
    for (index, (span, _, kind)) in candidates.iter().enumerate() {
        if let Some((last, last_kind)) = chosen.last() {
            if last.end > span.start {
                // "Wali Kota" + "Kota Pekanbaru": keep the title, and the region after it.
                if matches!(kind, ItemKind::Region(_))
                    && matches!(
                        last_kind,
                        ItemKind::OfficeTitle(_) | ItemKind::Organization(_)
                    )
                    && span.end > last.end
                {
                    let rest = &text[last.end..span.end];
                    let trimmed = rest.trim_start();
                    let start = last.end + rest.len() - trimmed.len();
                    if let Some(hit) = gazetteer
                        .regions
                        .find(trimmed, &[])
                        .into_iter()
                        .find(|hit| hit.span == (0..trimmed.len()))
                    {
                        chosen.push((start..span.end, ItemKind::Region(hit.value)));
                    } else if !trimmed.is_empty() {
                        // "Sekretaris Kecamatan" + "Kecamatan Soreang": the region the form named.
                        chosen.push((start..span.end, kind.clone()));
                    }
                }
                continue;
            }
        }
        if matches!(kind, ItemKind::OfficeTitle(_)) {
            let overlapping_body = candidates[index + 1..]
                .iter()
                .find(|(other, _, other_kind)| {
                    matches!(other_kind, ItemKind::Organization(_))
                        && other.start > span.start
                        && other.start < span.end
                        && other.end > span.end
                });
            if let Some((body, _, _)) = overlapping_body {
                let head = text[span.start..body.start].trim_end();
                if let Some(title) = gazetteer.offices.by_form(head) {
                    titles.push(title);
                    chosen.push((
                        span.start..span.start + head.len(),
                        ItemKind::OfficeTitle(titles.len() - 1),
                    ));
                    continue;
                }
            }
        }
        chosen.push((span.clone(), kind.clone()));
    }
    drop_regions_in_names(text, chosen)
}

/// A bare region name that starts a run of capitalised words is part of a
/// person's or a paper's name ("Bima Arya Wibisana", "Riau Pos"), unless a
/// title or body stands right before it ("Sekda Kukar Sunggono").
fn drop_regions_in_names(
    text: &str,
    hits: Vec<(Range<usize>, ItemKind)>,
) -> Vec<(Range<usize>, ItemKind)> {
    let mut kept: Vec<(Range<usize>, ItemKind)> = Vec::with_capacity(hits.len());
    for (position, (span, kind)) in hits.iter().enumerate() {
        if let ItemKind::Region(_) = kind {
            let surface = &text[span.clone()];
            let has_level_word = surface.split_whitespace().next().is_some_and(|word| {
                matches!(
                    word.trim_end_matches('.'),
                    "Kabupaten"
                        | "Kab"
                        | "Kota"
                        | "Provinsi"
                        | "Prov"
                        | "Kecamatan"
                        | "Kec"
                        | "Pemkab"
                        | "Pemkot"
                        | "Pemprov"
                        | "Pemerintah"
                )
            });
            let rest = &text[span.end..];
            let next_word: &str = if rest.starts_with(' ') {
                rest.trim_start()
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .next()
                    .unwrap_or("")
            } else {
                ""
            };
            let next_is_hit = hits.get(position + 1).is_some_and(|(next, _)| {
                next.start == span.end + (rest.len() - rest.trim_start().len())
            });
            let name_follows = next_word.chars().next().is_some_and(char::is_uppercase)
                && !next_word.chars().all(|c| c.is_uppercase())
                && !super::lexicon::is_not_name_word(next_word)
                && !next_is_hit;
            let before = text[..span.start].trim_end();
            let after_title = kept.last().is_some_and(|(previous, previous_kind)| {
                previous.end == before.len()
                    && matches!(
                        previous_kind,
                        ItemKind::OfficeTitle(_) | ItemKind::Organization(_) | ItemKind::Region(_)
                    )
            });
            let previous_word = before
                .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
                .next()
                .unwrap_or("");
            let name_precedes = before.len() < text[..span.start].len()
                && !after_title
                && previous_word.len()
                    == before.len()
                        - before
                            .rfind(|c: char| !c.is_alphanumeric() && c != '\'')
                            .map_or(0, |i| i + 1)
                && previous_word.chars().next().is_some_and(char::is_uppercase)
                && !previous_word.chars().all(|c| c.is_uppercase())
                && !super::lexicon::is_not_name_word(previous_word)
                && !super::lexicon::is_name_prefix(previous_word);
            // "kata Bima", "menurut Gowa …": a speech verb before a bare
            // region name makes it a person's name.
            let after_speech_verb =
                super::lexicon::is_in(super::lexicon::INVERTED_SPEECH_VERBS, previous_word)
                    || matches!(
                        previous_word.to_lowercase().as_str(),
                        "menurut" | "oleh" | "bersama" | "sdr" | "saudara"
                    );
            if !has_level_word
                && ((name_follows && !after_title)
                    || name_precedes
                    || (after_speech_verb && !after_title))
            {
                continue;
            }
        }
        kept.push((span.clone(), kind.clone()));
    }
    kept
}
