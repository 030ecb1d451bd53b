//! Speaker attribution: who said a quotation or a reported statement.
//!
//! Direct quotes are attributed by the words after the closing mark
//! ("…," kata Suhajar; "…," pungkasnya) or before the opening one
//! (Sunggono mengatakan, "…"). Reported speech is attributed by its
//! subject (Suhajar menjelaskan, …), by "menurut X", by inverted verbs
//! (…, kata dia), and pronouns (Ia, Dia, -nya, Dirinya, Baginya) point back
//! to the last named speaker.
//!
//! The [`statements`] pass makes the statements: every quotation long
//! enough to be one, and every sentence outside quotations that cites a law.

use super::article_context::ArticleContext;
use super::laws::citations_in;
use super::lexicon::{
    acting_prefix, has_role, is_inverted_speech_verb, is_name_prefix, is_passive_speech_verb,
    is_speech_verb, written_out_acting, Lexicon, Role,
};
use super::persons::{name_run_at, NameRun};
use super::sink::Sink;
use super::tokens::{Item, ItemKind, TitleHit};
use crate::model::{Citation, Evidence, PersonId, Rule, StatementFact};
use std::ops::Range;

/// Confidence of a law-citing sentence outside quotations whose speaker is
/// known, and whose speaker is not (the reporter's voice).
const CITING_SENTENCE_CONFIDENCE: (f64, f64) = (0.8, 0.7);

/// Shortest quotation (in words) that counts as a statement; shorter ones
/// are names and titles in quotes.
const MIN_QUOTE_WORDS: usize = 5;

/// Who a statement is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attribution {
    /// A named person.
    Named(NameRun, Rule),
    /// A pronoun or "-nya": the last named speaker.
    Pronoun(Rule),
    /// A title alone ("kata Kajari"): the one holder of that title.
    Title(TitleHit),
    /// An office phrase whose holder the holders pass found, starting at
    /// this byte ("jelas Kabid Pembinaan, Dokumentasi, dan Informasi BKPP
    /// Bontang, Sigit Alfian"): that holder.
    OfficePhrase(usize),
    /// No attribution: the reporter's voice.
    Unattributed,
}

/// An inverted speech verb, bare ("kata") or with "-nya" ("katanya").
fn inverted_verb(word: &str) -> Option<bool> {
    let lower = word.to_lowercase();
    if is_inverted_speech_verb(&lower) {
        return Some(lower == "katanya");
    }
    let stem = lower.strip_suffix("nya")?;
    is_inverted_speech_verb(stem).then_some(true)
}

fn is_speech_adverb(word: &str) -> bool {
    has_role(word, Role::SpeechAdverb)
}

fn is_speaker_pronoun(word: &str) -> bool {
    has_role(word, Role::SpeakerPronoun)
}

/// The name run after `index`, skipping office titles, bodies and regions
/// ("kata Sekda Kukar Sunggono").
fn name_after(text: &str, items: &[Item], index: usize) -> Option<NameRun> {
    let mut index = past_acting_marker(text, items, index);
    while let Some(item) = items.get(index) {
        match item.kind {
            ItemKind::OfficeTitle(_) | ItemKind::Organization(_) | ItemKind::Region(_) => {
                index += 1
            }
            ItemKind::Punct(',') if index > 0 => index += 1,
            _ => break,
        }
    }
    name_run_at(text, items, index)
}

/// The title at `index` when no name follows it ("kata Kajari Gowa,",
/// "Sekda mengakui"): bodies and regions after it may qualify it.
fn title_alone(text: &str, items: &[Item], index: usize) -> Option<(TitleHit, usize)> {
    let ItemKind::OfficeTitle(hit) = items.get(index)?.kind else {
        return None;
    };
    let mut end = index + 1;
    while items
        .get(end)
        .is_some_and(|item| matches!(item.kind, ItemKind::Organization(_) | ItemKind::Region(_)))
    {
        end += 1;
    }
    let name_follows = items
        .get(end)
        .is_some_and(|item| item.is_capitalised_word(text));
    (!name_follows).then_some((hit, end))
}

/// The attribution to the title at `index`: the title alone ("kata
/// Kajari"), else the office phrase it opens, whose holder the holders
/// pass found past words a name run cannot cross ("jelas Kabid Pembinaan,
/// Dokumentasi, dan Informasi BKPP Bontang, Sigit Alfian").
fn title_attribution(text: &str, items: &[Item], index: usize) -> Option<Attribution> {
    // "kata Pj Bupati": the marker is part of the office phrase.
    let title = past_acting_marker(text, items, index);
    if let Some((hit, _)) = title_alone(text, items, title) {
        return Some(Attribution::Title(hit));
    }
    let item = items.get(title)?;
    matches!(item.kind, ItemKind::OfficeTitle(_))
        .then(|| Attribution::OfficePhrase(items[index].span.start))
}

/// Whether `items` (the words after an inverted speech verb) are an
/// epithet: a short phrase holding an office title and ending in "itu" or
/// "tersebut" ("mantan Bupati Banyuwangi itu", "pria yang juga Ketua
/// DPRD tersebut").
fn is_epithet(text: &str, items: &[Item]) -> bool {
    let phrase: Vec<&Item> = items
        .iter()
        .take_while(|item| !matches!(item.kind, ItemKind::Punct('.' | ',' | '"')))
        .take(9)
        .collect();
    let closes = phrase.last().is_some_and(|item| {
        item.is_word() && matches!(item.text(text).to_lowercase().as_str(), "itu" | "tersebut")
    });
    closes
        && phrase
            .iter()
            .any(|item| matches!(item.kind, ItemKind::OfficeTitle(_)))
}

/// The index past an acting marker at `index` ("Pj", "Plt.", "Pelaksana
/// Tugas"), or `index` when none stands there.
fn past_acting_marker(text: &str, items: &[Item], index: usize) -> usize {
    let marker = |at: usize| {
        items
            .get(at)
            .is_some_and(|item| item.is_word() && acting_prefix(item.text(text)).is_some())
    };
    if !marker(index) {
        return index;
    }
    let mut next = index + 1;
    if items.get(next).is_some_and(|item| item.is_punct('.')) {
        next += 1;
    }
    // "Pelaksana Tugas", "Pelaksana Harian".
    if items.get(next).is_some_and(|item| {
        item.is_word() && written_out_acting(items[index].text(text), item.text(text)).is_some()
    }) {
        next += 1;
    }
    next
}

/// Whether the word at `index` (after optional adverbs) is a speech verb;
/// returns the index after the verb.
fn speech_verb_at(text: &str, items: &[Item], mut index: usize) -> Option<usize> {
    let mut skipped = 0;
    while let Some(item) = items.get(index) {
        if !item.is_word() {
            return None;
        }
        let word = item.text(text);
        if is_speech_verb(word) {
            return Some(index + 1);
        }
        if is_speech_adverb(word) && skipped < 2 {
            skipped += 1;
            index += 1;
            continue;
        }
        return None;
    }
    None
}

/// Attribution from the items after a closing quote mark.
pub fn after_quote(text: &str, items: &[Item]) -> Attribution {
    let mut index = 0;
    while items
        .get(index)
        .is_some_and(|item| matches!(item.kind, ItemKind::Punct(',' | '"' | '.' | '!' | '?')))
    {
        index += 1;
    }
    let Some(item) = items.get(index) else {
        return Attribution::Unattributed;
    };
    if item.is_word() {
        if let Some(with_suffix) = inverted_verb(item.text(text)) {
            if with_suffix {
                return Attribution::Pronoun(Rule::QuoteVerbNya);
            }
            let next = items.get(index + 1);
            if next.is_some_and(|next| next.is_word() && is_speaker_pronoun(next.text(text))) {
                return Attribution::Pronoun(Rule::QuoteVerbPronoun);
            }
            if let Some(run) = name_after(text, items, index + 1) {
                return Attribution::Named(run, Rule::QuoteVerbName);
            }
            if let Some(attribution) = title_attribution(text, items, index + 1) {
                return attribution;
            }
            if is_epithet(text, &items[index + 1..]) {
                return Attribution::Pronoun(Rule::QuoteVerbPronoun);
            }
            return Attribution::Unattributed;
        }
        if let Some(run) = name_after(text, items, index) {
            if speech_verb_at(text, items, run.items.end).is_some() {
                return Attribution::Named(run, Rule::QuoteNameVerb);
            }
        }
        if let Some((hit, end)) = title_alone(text, items, index) {
            if speech_verb_at(text, items, end).is_some() {
                return Attribution::Title(hit);
            }
        }
        if is_speaker_pronoun(item.text(text)) && speech_verb_at(text, items, index + 1).is_some() {
            return Attribution::Pronoun(Rule::QuotePronounVerb);
        }
    }
    Attribution::Unattributed
}

/// Attribution of reported speech within one sentence.
pub fn reported(text: &str, items: &[Item]) -> Attribution {
    for (index, item) in items.iter().enumerate() {
        if !item.is_word() {
            continue;
        }
        let word = item.text(text);
        let lower = word.to_lowercase();
        // "Disampaikan, …": the one speaking is the last named.
        if index == 0
            && is_passive_speech_verb(&lower)
            && items.get(1).is_some_and(|next| next.is_punct(','))
        {
            return Attribution::Pronoun(Rule::PassiveVerbOpening);
        }
        // "Menurut Sunggono," / "Menurutnya," / "Menurut dia,"
        if lower == "menurutnya" || lower == "baginya" {
            return Attribution::Pronoun(Rule::MenurutNya);
        }
        if lower == "menurut" {
            let next = items.get(index + 1);
            if next.is_some_and(|next| next.is_word() && is_speaker_pronoun(next.text(text))) {
                return Attribution::Pronoun(Rule::MenurutPronoun);
            }
            if let Some(run) = name_after(text, items, index + 1) {
                return Attribution::Named(run, Rule::MenurutName);
            }
            if let Some(attribution) = title_attribution(text, items, index + 1) {
                return attribution;
            }
        }
        // "Ia menjelaskan …", "Dirinya juga mengimbau …" at the start.
        if index <= 2
            && is_speaker_pronoun(word)
            && word.chars().next().is_some_and(char::is_uppercase)
        {
            let mut next = index + 1;
            // "Ia (Teguh) mengatakan"
            if items.get(next).is_some_and(|item| item.is_punct('(')) {
                if let Some(run) = name_run_at(text, items, next + 1) {
                    if items
                        .get(run.items.end)
                        .is_some_and(|item| item.is_punct(')'))
                    {
                        return Attribution::Named(run, Rule::PronounNamed);
                    }
                }
            }
            while items
                .get(next)
                .is_some_and(|item| item.is_word() && is_speech_adverb(item.text(text)))
            {
                next += 1;
            }
            if items.get(next).is_some_and(|item| {
                item.is_word() && {
                    let verb = item.text(text).to_lowercase();
                    verb.starts_with("me") || verb.starts_with("ber") || is_speech_verb(&verb)
                }
            }) {
                return Attribution::Pronoun(Rule::PronounSubject);
            }
        }
        // "… , kata dia," / "… , ujarnya" / "… , kata Sunggono"
        if index > 0 && items[index - 1].is_punct(',') {
            if let Some(with_suffix) = inverted_verb(word) {
                if with_suffix {
                    return Attribution::Pronoun(Rule::InvertedVerbNya);
                }
                let next = items.get(index + 1);
                if next.is_some_and(|next| next.is_word() && is_speaker_pronoun(next.text(text))) {
                    return Attribution::Pronoun(Rule::InvertedVerbPronoun);
                }
                if let Some(run) = name_after(text, items, index + 1) {
                    return Attribution::Named(run, Rule::InvertedVerbName);
                }
                if let Some(attribution) = title_attribution(text, items, index + 1) {
                    return attribution;
                }
                // "papar mantan Bupati Banyuwangi itu": an epithet points
                // back to the one last named.
                if is_epithet(text, &items[index + 1..]) {
                    return Attribution::Pronoun(Rule::InvertedVerbPronoun);
                }
            }
        }
        // "disampaikan Sunggono"
        if is_passive_speech_verb(word) {
            let mut next = index + 1;
            if items
                .get(next)
                .is_some_and(|item| item.text(text).eq_ignore_ascii_case("oleh"))
            {
                next += 1;
            }
            if let Some(run) = name_after(text, items, next) {
                return Attribution::Named(run, Rule::PassiveVerbName);
            }
            // "dikatakan Kepala Bagian Pengaduan KASN Muhaziron": the holder
            // of the office phrase after the verb.
            if let Some(attribution) = title_attribution(text, items, next) {
                return attribution;
            }
        }
    }
    if let Some(run) = speech_subjects(text, items).into_iter().next() {
        return Attribution::Named(run, Rule::SubjectSpeechVerb);
    }
    // "Sekda mengakui, …": a title alone opening the sentence.
    let opening = usize::from(
        items
            .first()
            .is_some_and(|item| item.is_word() && has_role(item.text(text), Role::SpeechAdverb)),
    );
    if let Some((hit, end)) = title_alone(text, items, opening) {
        let mut verb = end;
        if items.get(verb).is_some_and(|item| item.is_punct(',')) {
            verb += 1;
        }
        if speech_verb_at(text, items, verb).is_some() {
            return Attribution::Title(hit);
        }
    }
    Attribution::Unattributed
}

/// Whether a name run may start at `index`: not in the middle of a
/// capitalised phrase ("Workshop Pengawasan Media Sosial menyebut" has no
/// person "Pengawasan Media Sosial").
fn starts_phrase(text: &str, items: &[Item], index: usize) -> bool {
    index <= 1
        || !items[index - 1].is_word()
        || !items[index - 1]
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        || is_name_prefix(items[index - 1].text(text))
}

/// The person a sentence is about: a name near its start followed by a
/// verb ("Kepala BKD, Nurdin Pakaya, melaporkan …"). Pronouns in the
/// sentences after it refer to this person.
pub fn sentence_subject(text: &str, items: &[Item]) -> Option<NameRun> {
    let mut index = 0;
    while index < items.len().min(24) {
        if let Some(run) =
            name_run_at(text, items, index).filter(|_| starts_phrase(text, items, index))
        {
            let mut next = run.items.end;
            if items.get(next).is_some_and(|item| item.is_punct(',')) {
                next += 1;
            }
            while items
                .get(next)
                .is_some_and(|item| item.is_word() && is_speech_adverb(item.text(text)))
            {
                next += 1;
            }
            let verb = items
                .get(next)
                .filter(|item| item.is_word())
                .map(|item| item.text(text).to_lowercase());
            if verb.is_some_and(|verb| {
                verb.starts_with("me") || verb.starts_with("ber") || is_speech_verb(&verb)
            }) || speech_verb_after_relative(text, items, run.items.end).is_some()
            {
                return Some(run);
            }
            index = run.items.end.max(index + 1);
        } else {
            index += 1;
        }
    }
    None
}

/// The index after the speech verb that follows a relative clause at
/// `at` ("Budi yang juga hadir di acara itu menerangkan"): "yang", at most
/// eight words and no punctuation, then the verb.
fn speech_verb_after_relative(text: &str, items: &[Item], at: usize) -> Option<usize> {
    let opens = items
        .get(at)
        .is_some_and(|item| item.is_word() && item.text(text).eq_ignore_ascii_case("yang"));
    if !opens {
        return None;
    }
    let end = (at + 10).min(items.len());
    for (index, item) in items.iter().enumerate().take(end).skip(at + 2) {
        if !item.is_word() {
            return None;
        }
        if is_speech_verb(item.text(text)) {
            return Some(index + 1);
        }
    }
    None
}

/// Every name run in the sentence that is the subject of a speech verb
/// ("Sunggono menekankan", "Teguh juga mengingatkan").
pub fn speech_subjects(text: &str, items: &[Item]) -> Vec<NameRun> {
    let mut subjects = Vec::new();
    let mut index = 0;
    while index < items.len() {
        if let Some(run) =
            name_run_at(text, items, index).filter(|_| starts_phrase(text, items, index))
        {
            let end = run.items.end;
            let verb_follows = speech_verb_at(text, items, end).is_some()
                || (items.get(end).is_some_and(|item| item.is_punct(','))
                    && speech_verb_at(text, items, end + 1).is_some())
                || speech_verb_after_relative(text, items, end).is_some();
            if verb_follows {
                subjects.push(run);
            }
            index = end.max(index + 1);
        } else {
            index += 1;
        }
    }
    subjects
}

/// Whether `sentence` opens with a paraphrase-continuation word ("Hal ini
/// …", "Sebagaimana …").
fn continues_paraphrase(sentence: &str) -> bool {
    let opening: String = sentence.chars().take(24).collect::<String>().to_lowercase();
    Lexicon::get()
        .words(Role::ParaphraseContinuation)
        .iter()
        .any(|opener| {
            opening
                .strip_prefix(opener)
                .is_some_and(|rest| rest.starts_with(' '))
        })
}

/// Resolve an attribution to a person, given the last named speaker.
fn speaker_of(
    context: &ArticleContext,
    sink: &mut Sink,
    attribution: &Attribution,
    last: Option<PersonId>,
) -> (Option<PersonId>, Rule) {
    match attribution {
        Attribution::Named(run, rule) => (Some(sink.persons.resolve(&run.name)), *rule),
        Attribution::Pronoun(rule) => (last, *rule),
        Attribution::Title(hit) => match holder_of_title(context, sink, *hit) {
            Some(person) => (Some(person), Rule::SpeakerByTitle),
            None => (None, Rule::ReporterVoice),
        },
        Attribution::OfficePhrase(start) => match holder_of_phrase_at(context, sink, *start) {
            Some(person) => (Some(person), Rule::SpeakerByTitle),
            None => (None, Rule::ReporterVoice),
        },
        Attribution::Unattributed => (None, Rule::ReporterVoice),
    }
}

/// The holder the holders pass found for the office phrase written at
/// byte `start` of the text, in the sentence there.
fn holder_of_phrase_at(context: &ArticleContext, sink: &Sink, start: usize) -> Option<PersonId> {
    let written = &context.text()[start..];
    sink.facts
        .holds
        .iter()
        .find(|hold| {
            hold.evidence.sentence.contains(&start)
                && written.starts_with(&sink.facts.offices[hold.office.index()].surface)
        })
        .map(|hold| hold.person)
}

/// The one person the article gives the title of `hit` ("Kajari" →
/// the holder of "Kepala Kejaksaan Negeri"), acting or not; none when
/// no one or several hold it.
fn holder_of_title(context: &ArticleContext, sink: &Sink, hit: TitleHit) -> Option<PersonId> {
    let title = context.titles[hit.0];
    let role = &title.role;
    // "Kajari" implies its body: "Kepala" of a Kejaksaan Negeri is the one.
    let body_key = title
        .organization
        .as_deref()
        .and_then(|form| context.gazetteer.organizations.by_form(form))
        .map(|index| context.gazetteer.organizations.get(index).key.as_str());
    let mut holders = sink.facts.holds.iter().filter_map(|hold| {
        let office = &sink.facts.offices[hold.office.index()];
        let same_role =
            office.role_name == *role || office.role_name.ends_with(&format!(" {role}"));
        let same_head_of_body = body_key.is_some_and(|key| {
            office
                .organization
                .is_some_and(|body| sink.facts.organizations[body.index()].key == key)
                && role.starts_with(office.role_name.as_str())
        });
        (same_role || same_head_of_body).then_some(hold.person)
    });
    let first = holders.next()?;
    holders.all(|other| other == first).then_some(first)
}

/// Pass: quotations and law-citing sentences with their speakers.
pub fn statements(context: &ArticleContext, sink: &mut Sink) {
    let text = context.text();
    let quotes: Vec<Range<usize>> = context
        .prepared
        .quotes
        .iter()
        .filter(|quote| text[(*quote).clone()].split_whitespace().count() >= MIN_QUOTE_WORDS)
        .cloned()
        .collect();
    let mut last_speaker: Option<PersonId> = None;
    // The speaker of the sentence before when it was a paraphrase ("X
    // menjelaskan, …").
    let mut paraphrase_speaker: Option<PersonId> = None;
    let mut done_quotes = vec![false; quotes.len()];
    for (_, sentence, items) in context.sentences() {
        // Quotations that close in this sentence.
        for (quote_index, quote) in quotes.iter().enumerate() {
            if done_quotes[quote_index] || quote.end > sentence.end || quote.end <= sentence.start {
                continue;
            }
            done_quotes[quote_index] = true;
            let after: Vec<Item> = items
                .iter()
                .filter(|item| item.span.start >= quote.end)
                .cloned()
                .collect();
            let mut attribution = after_quote(text, &after);
            let pronoun = matches!(attribution, Attribution::Pronoun(_));
            if attribution == Attribution::Unattributed || pronoun {
                let opening_sentence = context.sentence_of(quote.start);
                let before: Vec<Item> = context.sentence_items[opening_sentence]
                    .iter()
                    .filter(|item| item.span.end <= quote.start)
                    .cloned()
                    .collect();
                // Before the opening mark: "Sunggono mengatakan, “…" is
                // reported speech; "…,” ucapnya" after it is the same person.
                let before_quote = reported(text, &before);
                if !pronoun || matches!(before_quote, Attribution::Named(..)) {
                    attribution = before_quote;
                }
            }
            let (speaker, rule) = speaker_of(context, sink, &attribution, last_speaker);
            if speaker.is_some() {
                last_speaker = speaker;
            }
            let citations = citations_in(context, sink, quote);
            let inner = text[quote.clone()]
                .trim_matches('"')
                .trim()
                .trim_end_matches([',', ';'])
                .to_string();
            sink.facts.statements.push(StatementFact {
                text: inner,
                speaker,
                citations,
                evidence: Evidence {
                    sentence: quote.clone(),
                    rule,
                    confidence: if speaker.is_some() {
                        rule.confidence()
                    } else {
                        Rule::ReporterVoice.confidence()
                    },
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
        let cites_outside = context.citations.iter().any(|citation| {
            sentence.start <= citation.span.start
                && citation.span.start < sentence.end
                && !quotes.iter().any(|quote| {
                    quote.start <= citation.span.start && citation.span.start < quote.end
                })
        });
        let attribution = reported(text, &outside);
        let (mut speaker, mut rule) = speaker_of(context, sink, &attribution, last_speaker);
        // "Lilik menegaskan, …. Hal ini telah diatur dalam UU …".
        if let Some(previous) = paraphrase_speaker.filter(|_| speaker.is_none()) {
            if continues_paraphrase(&text[sentence.clone()]) {
                (speaker, rule) = (Some(previous), Rule::ParaphraseContinues);
            }
        }
        paraphrase_speaker = match &attribution {
            Attribution::Named(_, Rule::SubjectSpeechVerb) => speaker,
            _ => None,
        };
        if cites_outside {
            let citations: Vec<Citation> = citations_in(context, sink, &sentence)
                .into_iter()
                .filter(|citation| {
                    let law = &sink.facts.laws[citation.law.index()];
                    // Statements are in text order: only the latest can hold this sentence.
                    !sink.facts.statements.iter().rev().take(8).any(|statement| {
                        statement.evidence.sentence.start <= sentence.start
                            && sentence.end <= statement.evidence.sentence.end
                            && statement
                                .citations
                                .iter()
                                .any(|c| sink.facts.laws[c.law.index()] == *law)
                    })
                })
                .collect();
            if !citations.is_empty() {
                sink.facts.statements.push(StatementFact {
                    text: text[sentence.clone()].to_string(),
                    speaker,
                    citations,
                    evidence: Evidence {
                        sentence: sentence.clone(),
                        rule,
                        confidence: if speaker.is_some() {
                            CITING_SENTENCE_CONFIDENCE.0
                        } else {
                            CITING_SENTENCE_CONFIDENCE.1
                        },
                    },
                });
            }
        }
        // A title resolved to its holder names the speaker as a name does.
        let by_title = matches!(
            attribution,
            Attribution::Title(_) | Attribution::OfficePhrase(_)
        ) && speaker.is_some();
        if matches!(attribution, Attribution::Named(..)) || by_title {
            last_speaker = speaker;
        } else if let Some(subject) = sentence_subject(text, &outside) {
            // "Nurdin Pakaya melaporkan …": later pronouns point to this
            // person; a lone unknown word opening a sentence is no person.
            let known = sink.persons.find(&subject.name);
            if known.is_some() || subject.name.split_whitespace().count() >= 2 {
                last_speaker = Some(sink.persons.resolve(&subject.name));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn attribution(text: &str) -> String {
        let items = tokenize(text, 0..text.len());
        match reported(text, &items) {
            Attribution::Named(run, _) => run.name,
            Attribution::Pronoun(_) => "<pronoun>".into(),
            Attribution::Title(_) | Attribution::OfficePhrase(_) => "<title>".into(),
            Attribution::Unattributed => "<none>".into(),
        }
    }

    fn after(text: &str) -> String {
        let items = tokenize(text, 0..text.len());
        match after_quote(text, &items) {
            Attribution::Named(run, _) => run.name,
            Attribution::Pronoun(_) => "<pronoun>".into(),
            Attribution::Title(_) | Attribution::OfficePhrase(_) => "<title>".into(),
            Attribution::Unattributed => "<none>".into(),
        }
    }

    #[test]
    fn reported_speech_is_attributed() {
        let cases = [
            (
                "Suhajar menjelaskan, netralitas ASN telah diatur dalam UU.",
                "Suhajar",
            ),
            ("Ia mengatakan ASN harus netral.", "<pronoun>"),
            ("Menurut Sunggono, pelanggaran berdampak.", "Sunggono"),
            ("Menurut dia, ASN yang tidak netral merugikan.", "<pronoun>"),
            ("Baginya, netralitas berlaku luas.", "<pronoun>"),
            (
                "Posisi ASN, kata dia, tidak bisa lepas dari sorotan.",
                "<pronoun>",
            ),
            ("Hal itu disampaikan Sunggono pada sosialisasi.", "Sunggono"),
            (
                "Netralitas diatur dalam Undang-Undang Nomor 20 Tahun 2023.",
                "<none>",
            ),
            ("Selain itu, Teguh juga mengingatkan motif lain.", "Teguh"),
            ("Dirinya juga mengimbau partai politik.", "<pronoun>"),
            // The bare verb of spoken style.
            ("Wibowo sampaikan, ASN harus netral.", "Wibowo"),
        ];
        for (text, expected) in cases {
            assert_eq!(attribution(text), expected, "{text}");
        }
    }

    #[test]
    fn quotes_are_attributed_after_the_closing_mark() {
        let cases = [
            (", kata Suhajar dalam keterangan tertulisnya.", "Suhajar"),
            (", pungkasnya.", "<pronoun>"),
            (", ujar Arif saat mengikuti kampanye.", "Arif"),
            (" pintanya saat menjadi pembicara.", "<pronoun>"),
            (", tambah Agus.", "Agus"),
            (", kata dia.", "<pronoun>"),
            (" Sunggono menambahkan.", "Sunggono"),
            (". Itu sebabnya dia datang.", "<none>"),
        ];
        for (text, expected) in cases {
            assert_eq!(after(text), expected, "{text}");
        }
    }

    fn statements_of(body: &str) -> crate::model::ArticleFacts {
        let context = ArticleContext::new(
            &crate::extract::article_context::test_article("Berita", body),
            crate::gazetteer::Gazetteer::get(),
        );
        let mut sink = Sink::new(&context);
        statements(&context, &mut sink);
        sink.into_facts()
    }

    #[test]
    fn quotations_take_their_speaker_and_pronouns_point_back() {
        let facts = statements_of(
            "\"Semua pegawai wajib menjaga netralitas selama tahapan berlangsung,\" kata Budi Santoso. \
             \"Pelanggaran akan kami laporkan kepada atasan masing-masing,\" ujarnya.",
        );
        assert_eq!(facts.statements.len(), 2);
        let speaker = facts.statements[0].speaker.expect("a named speaker");
        assert_eq!(facts.person(speaker).name, "Budi Santoso");
        assert_eq!(facts.statements[0].evidence.rule, Rule::QuoteVerbName);
        assert_eq!(facts.statements[1].speaker, Some(speaker));
        assert_eq!(facts.statements[1].evidence.rule, Rule::QuoteVerbNya);
        assert!(!facts.statements[0].text.starts_with('"'));
    }

    /// The statements of `body` after the holders pass, as in extraction.
    fn statements_with_holders_of(body: &str) -> crate::model::ArticleFacts {
        let context = ArticleContext::new(
            &crate::extract::article_context::test_article("Berita", body),
            crate::gazetteer::Gazetteer::get(),
        );
        let mut sink = Sink::new(&context);
        crate::extract::offices::holders(&context, &mut sink);
        statements(&context, &mut sink);
        sink.into_facts()
    }

    #[test]
    fn an_acting_title_names_its_speaker() {
        let facts = statements_with_holders_of(
            "\"Kami siap menjaga netralitas pegawai di sini,\" sebut Pj Bupati Gowa, Budi Santoso. \
             Ia hadir di sana. \"Kita netral dalam pilkada tahun ini,\" kata Pj Bupati.",
        );
        let speakers: Vec<Option<PersonId>> = facts
            .statements
            .iter()
            .map(|statement| statement.speaker)
            .collect();
        assert_eq!(speakers.len(), 2, "{:?}", facts.statements);
        assert!(
            speakers.iter().all(|speaker| speaker.is_some()),
            "{:?}",
            facts.statements
        );
        assert_eq!(
            facts.persons[speakers[1].unwrap().index()].name,
            "Budi Santoso"
        );
    }

    /// The name of the speaker of statement `index`.
    fn speaker_name(facts: &crate::model::ArticleFacts, index: usize) -> &str {
        let speaker = facts.statements[index].speaker.expect("a speaker");
        &facts.persons[speaker.index()].name
    }

    #[test]
    fn an_epithet_after_the_verb_points_back_to_the_last_speaker() {
        let facts = statements_with_holders_of(
            "Budi Santoso menjelaskan, target itu penting. \
             \"Target pemerintah harus dicapai bersama semua pihak,\" papar mantan Bupati Gowa itu.",
        );
        assert_eq!(speaker_name(&facts, 0), "Budi Santoso");
    }

    #[test]
    fn a_passive_verb_before_an_office_phrase_names_its_holder() {
        let facts = statements_with_holders_of(
            "Hal itu dikatakan Kepala Bagian Pengaduan KASN Budi Santoso di Jakarta. \
             \"Kewenangan kami hanya memberi rekomendasi kepada pejabat,\" ujarnya.",
        );
        assert_eq!(speaker_name(&facts, 0), "Budi Santoso");
    }

    #[test]
    fn a_pronoun_after_a_quote_is_the_speaker_named_before_it() {
        let facts = statements_with_holders_of(
            "Andi Rahman menjelaskan aturan itu. Budi Santoso menambahkan, \
             \"Kita harus netral dalam pilkada tahun ini,\" ucapnya.",
        );
        assert_eq!(speaker_name(&facts, 0), "Budi Santoso");
    }

    #[test]
    fn a_speaker_before_a_relative_clause_is_the_subject_of_its_verb() {
        let facts = statements_with_holders_of(
            "Budi Santoso yang juga hadir di acara itu mengaku senang. \
             \"Kita netral dalam pilkada tahun ini,\" katanya.",
        );
        assert_eq!(speaker_name(&facts, 0), "Budi Santoso");
    }

    #[test]
    fn a_speaker_named_by_a_title_alone_is_its_one_holder() {
        let facts = statements_with_holders_of(
            "Kepala Kejaksaan Negeri Gowa, Budi Santoso, menahan tersangka. \
             \"Tersangka kami tahan selama dua puluh hari ke depan,\" kata Kajari. \
             Sekda mengakui, pemberhentian itu sesuai UU Nomor 5 Tahun 2014.",
        );
        let quote = &facts.statements[0];
        let speaker = quote.speaker.expect("the Kajari");
        assert_eq!(facts.person(speaker).name, "Budi Santoso");
        assert_eq!(quote.evidence.rule, Rule::SpeakerByTitle);
        // No one holds the Sekda's office here: the reporter's voice.
        assert_eq!(facts.statements[1].speaker, None);
        assert_eq!(facts.statements[1].evidence.rule, Rule::ReporterVoice);
        // A holder the holders pass found past a unit's comma list.
        let listed = statements_with_holders_of(
            "\"Sanksinya sesuai dengan aturan kepegawaian yang berlaku,\" jelas Kabid Pembinaan, \
             Dokumentasi, dan Informasi BKPP Bontang, Budi Santoso, Jumat (4/5).",
        );
        let speaker = listed.statements[0].speaker.expect("the Kabid");
        assert_eq!(listed.person(speaker).name, "Budi Santoso");
    }

    #[test]
    fn a_paraphrase_goes_on_in_the_next_sentence_and_after_a_bare_passive_verb() {
        let facts = statements_of(
            "Budi Santoso menegaskan, penanganan banjir menjadi tanggung jawab daerah. \
             Hal ini telah diatur dalam UU Nomor 24 Tahun 2007. \
             Dijelaskan, aturan itu diperkuat PP Nomor 21 Tahun 2008. \
             Warga sudah lama menunggu. Hal itu sesuai UU Nomor 5 Tahun 2014.",
        );
        let speakers: Vec<Option<String>> = facts
            .statements
            .iter()
            .map(|statement| statement.speaker.map(|id| facts.person(id).name.clone()))
            .collect();
        let budi = Some("Budi Santoso".to_string());
        assert_eq!(
            speakers,
            [budi.clone(), budi, None],
            "{:?}",
            facts.statements
        );
        assert_eq!(facts.statements[0].evidence.rule, Rule::ParaphraseContinues);
        assert_eq!(facts.statements[1].evidence.rule, Rule::PassiveVerbOpening);
    }

    #[test]
    fn short_quotations_are_names_not_statements() {
        let facts = statements_of("Warga menyebut program itu \"Gowa Sehat\" sejak awal.");
        assert!(facts.statements.is_empty());
    }

    #[test]
    fn a_sentence_citing_a_law_is_a_statement_in_the_reporters_voice() {
        let facts = statements_of("Netralitas pegawai diatur dalam UU Nomor 5 Tahun 2014.");
        assert_eq!(facts.statements.len(), 1);
        let statement = &facts.statements[0];
        assert_eq!(statement.speaker, None);
        assert_eq!(statement.evidence.rule, Rule::ReporterVoice);
        assert_eq!(statement.citations.len(), 1);
        assert_eq!(facts.law(statement.citations[0].law).year, 2014);
    }
}
