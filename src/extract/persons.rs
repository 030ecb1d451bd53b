//! Person names: finding runs of capitalised words that can be a name,
//! separating honorifics, ranks and degrees, and resolving short forms
//! ("Arif") to the full name the article uses ("Arif Fadilah").

use super::law_citations::is_regulation_word;
use super::lexicon::{
    is_degree, is_inverted_speech_verb, is_name_particle, is_name_prefix, is_not_name_word,
    is_passive_speech_verb, is_speech_verb,
};
use super::names::vocabulary::{Vocabulary, WordClass};
use super::names::{name_part, Context};
use super::tokens::{tokenize, Item, ItemKind};
use crate::model::{PersonFact, PersonId};
use std::ops::Range;

/// A run of items that can be a person's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRun {
    /// Item indexes of the run (honorifics and degrees included).
    pub items: Range<usize>,
    /// The cleaned name: honorifics, ranks and degrees removed.
    pub name: String,
}

/// Whether `word` is shaped like part of a name: capitalised, not an
/// all-capitals acronym (except one or two letters: initials, "SP").
fn is_name_shaped(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.iter().all(|c| c.is_uppercase());
    !(all_caps && letters.len() > 2)
}

/// The name run that starts at item `start`, if one does.
pub fn name_run_at(text: &str, items: &[Item], start: usize) -> Option<NameRun> {
    name_run_with(text, items, start, false)
}

/// The name run that starts at item `start`, right after an office phrase
/// that ends in its body or region ("Kajari Jember Asih", "Kajari Tanjab
/// Timur Rahmad"): the phrase vouches for a dictionary word as a name, and
/// the words before the run are no company or document name it continues.
pub fn name_run_after_office(text: &str, items: &[Item], start: usize) -> Option<NameRun> {
    name_run_with(text, items, start, true)
}

fn name_run_with(text: &str, items: &[Item], start: usize, after_office: bool) -> Option<NameRun> {
    let mut index = start;
    let mut words: Vec<&str> = Vec::new();
    let mut seen_core = false;
    let mut after_honorific = false;
    while index < items.len() {
        let item = &items[index];
        // "Letjen TNI Suharyanto": the force's acronym after a rank.
        let force_after_rank = !seen_core
            && after_honorific
            && matches!(item.kind, ItemKind::Organization(_))
            && item.text(text).chars().all(char::is_uppercase)
            && item.text(text).len() <= 5
            && items.get(index + 1).is_some_and(Item::is_word);
        if force_after_rank {
            index += 1;
            continue;
        }
        // "Kapolda Sultra Irjen Dwi Irianto": a rank that is also a title
        // ("Inspektur Jenderal") opens the name like any rank.
        if !seen_core
            && matches!(item.kind, ItemKind::OfficeTitle(_))
            && is_name_prefix(item.text(text))
        {
            after_honorific = true;
            index += 1;
            if items.get(index).is_some_and(|next| next.is_punct('.')) {
                index += 1;
            }
            continue;
        }
        if item.kind != ItemKind::Word {
            break;
        }
        // "Ajun Komisaris Besar Polisi (AKBP) Bahara": a rank written out,
        // its short form in parentheses.
        if !seen_core {
            if let Some(after_rank) = rank_written_out(text, items, index) {
                after_honorific = true;
                index = after_rank;
                continue;
            }
        }
        let word = item.text(text);
        let followed_by_dot = items.get(index + 1).is_some_and(|next| next.is_punct('.'));
        if !seen_core && is_name_prefix(word) {
            after_honorific = true;
            index += 1 + usize::from(followed_by_dot);
            // "(Purn)" after a rank.
            continue;
        }
        if is_degree(word) && (seen_core || word.contains('.')) {
            // Degrees end a name; a run cannot start with one ("M.Si").
            break;
        }
        let name_follows = items.get(index + 1).is_some_and(|next| {
            next.is_word() && is_name_shaped(next.text(text)) && !is_not_name_word(next.text(text))
        });
        // "bin" inside a name; "Al Muktabar", "El Fadli": a capitalised
        // particle opening one.
        let particle = (seen_core
            && is_name_particle(word)
            && items
                .get(index + 1)
                .is_some_and(|next| next.is_word() && is_name_shaped(next.text(text))))
            || (!seen_core
                && word.starts_with(char::is_uppercase)
                && is_name_particle(&word.to_lowercase())
                && word.len() == 2
                && name_follows);
        let next_is_name = items
            .get(index + 2)
            .is_some_and(|next| next.is_word() && is_name_shaped(next.text(text)));
        // Initials ("TS.") and shortened given names ("Moh.", "Muh.").
        let initial = followed_by_dot
            && ((word.chars().all(|c| c.is_uppercase()) && word.chars().count() <= 3)
                || (word.chars().count() <= 4
                    && is_name_shaped(word)
                    && next_is_name
                    && !is_not_name_word(word)));
        let name_word = is_name_shaped(word)
            && (!is_not_name_word(word)
                || (!seen_core && opens_name_after_office(text, items, index, after_office)))
            && !is_regulation_word(word);
        if !(particle || initial || name_word) {
            break;
        }
        if initial {
            words.push(&text[item.span.start..items[index + 1].span.end]);
            index += 2;
        } else {
            words.push(word);
            index += 1;
        }
        seen_core = true;
        if words.len() >= 6 {
            break;
        }
    }
    // A trailing initial with a dot at a sentence end is a full stop instead.
    while words
        .last()
        .is_some_and(|word| word.ends_with('.') && word.len() <= 2)
    {
        words.pop();
    }
    let core: Vec<&str> = words
        .iter()
        .copied()
        .filter(|word| !word.ends_with('.'))
        .collect();
    // After an office phrase the run starts a name of its own, whatever
    // capitalised words stand before it.
    if core.is_empty() || (!after_office && continues_other_name(text, items, start)) {
        return None;
    }
    // Keep only the part of the run that the name recogniser takes for a name.
    let context = Context {
        after_honorific,
        by_speech_verb: speech_verb_beside(text, items, start, index),
        after_office,
    };
    let kept = name_part(&words, context)?;
    let words = &words[kept];
    // Degrees after a comma: ", S.IP, M.Si".
    let mut end = index;
    loop {
        let comma = items.get(end).is_some_and(|item| item.is_punct(','));
        let degree_at = if comma { end + 1 } else { end };
        match items.get(degree_at) {
            Some(item) if item.is_word() && is_degree(item.text(text)) => {
                end = degree_at + 1;
                if items.get(end).is_some_and(|item| item.is_punct('.'))
                    && items.get(end + 1).is_some_and(|item| item.is_punct(','))
                {
                    end += 1;
                }
            }
            _ => break,
        }
    }
    let name = words.join(" ");
    Some(NameRun {
        items: start..end.max(index),
        name,
    })
}

/// The item after a rank written out in capitalised words with its short
/// form in parentheses ("Ajun Komisaris Besar Polisi (AKBP)"), when one
/// starts at `start`.
fn rank_written_out(text: &str, items: &[Item], start: usize) -> Option<usize> {
    let open =
        (start + 1..(start + 6).min(items.len())).find(|&index| items[index].is_punct('('))?;
    let written_out = items[start..open]
        .iter()
        .all(|item| item.is_word() && is_name_shaped(item.text(text)));
    let short_form = items.get(open + 1)?;
    let closes = items.get(open + 2).is_some_and(|item| item.is_punct(')'));
    (written_out && closes && short_form.is_word() && is_name_prefix(short_form.text(text)))
        .then_some(open + 3)
}

/// Whether the word at item `index`, one kept out of names because it is
/// mostly something else ("Hari": day), opens a name here: it is a listed
/// given name, a listed given name follows it, and an office phrase, a
/// body, a region or a closing parenthesis stands right before it
/// ("Kajari Kuansing (Kuansing) Hari Wibowo"), as a holder's name does.
fn opens_name_after_office(text: &str, items: &[Item], index: usize, after_office: bool) -> bool {
    let vocabulary = Vocabulary::get();
    let is_given = |item: &Item| {
        item.is_word()
            && is_name_shaped(item.text(text))
            && vocabulary.is_given_name(&item.text(text).to_lowercase())
    };
    let office_before = after_office
        || index.checked_sub(1).is_some_and(|before| {
            let item = &items[before];
            item.is_punct(')')
                || matches!(
                    item.kind,
                    ItemKind::OfficeTitle(_) | ItemKind::Organization(_) | ItemKind::Region(_)
                )
        });
    office_before
        && is_given(&items[index])
        && items
            .get(index + 1)
            .is_some_and(|next| is_given(next) && !is_not_name_word(next.text(text)))
}

/// Whether the run at item `start` continues a name that is no person's:
/// the capitalised words before it hold a company or document form ("PT
/// Sinar Jaya"), or a region's level word stands right before it ("Kab.
/// Sukamakmur").
fn continues_other_name(text: &str, items: &[Item], start: usize) -> bool {
    let vocabulary = Vocabulary::get();
    let before = &items[..start];
    let level_before = before
        .iter()
        .rev()
        .find(|item| !item.is_punct('.'))
        .filter(|item| item.is_word())
        .is_some_and(|item| vocabulary.classify(item.text(text)) == WordClass::Level);
    level_before
        || before
            .iter()
            .rev()
            .take_while(|item| {
                item.is_punct('.') || (item.is_word() && is_name_shaped(item.text(text)))
            })
            .any(|item| item.is_word() && vocabulary.classify(item.text(text)) == WordClass::Form)
}

/// Whether a speech verb stands right before item `start` ("kata X",
/// "disampaikan X") or right after item `end` ("X mengatakan", "X, kata").
fn speech_verb_beside(text: &str, items: &[Item], start: usize, end: usize) -> bool {
    let before = start
        .checked_sub(1)
        .and_then(|index| items.get(index))
        .filter(|item| item.is_word())
        .map(|item| item.text(text));
    let before_is_verb = before.is_some_and(|word| {
        is_inverted_speech_verb(word)
            || is_passive_speech_verb(word)
            || word.eq_ignore_ascii_case("menurut")
    });
    let after = if items.get(end).is_some_and(|item| item.is_punct(',')) {
        end + 1
    } else {
        end
    };
    let after_is_verb = items
        .get(after)
        .filter(|item| item.is_word())
        .is_some_and(|item| {
            let word = item.text(text);
            is_speech_verb(word) || is_inverted_speech_verb(word)
        });
    before_is_verb || after_is_verb
}

/// The name run ending just before item `end` (exclusive), if one does.
pub fn name_run_ending_at(text: &str, items: &[Item], end: usize) -> Option<NameRun> {
    // Try the longest run first: start as far left as a run reaches `end`.
    let earliest = end.saturating_sub(10);
    (earliest..end)
        .filter_map(|start| name_run_at(text, items, start))
        .find(|run| run.items.end == end && !run.name.is_empty())
}

/// The byte ranges of every person's name in `text[range]`, read as one
/// sentence with no gazetteer hits: each run of capitalised words that the
/// name recogniser accepts, honorifics and degrees left out.
pub fn person_spans(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let items = tokenize(text, range);
    let mut spans = Vec::new();
    let mut index = 0;
    while index < items.len() {
        let Some(run) = name_run_at(text, &items, index) else {
            index += 1;
            continue;
        };
        let covered = items[run.items.start].span.start..items[run.items.end - 1].span.end;
        if let Some(offset) = text[covered.clone()].find(run.name.as_str()) {
            let start = covered.start + offset;
            spans.push(start..start + run.name.len());
        }
        index = run.items.end.max(index + 1);
    }
    spans
}

/// Lower-case tokens of a name, punctuation dropped, for comparisons.
pub fn name_key(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|token| !token.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The persons of one article, with short forms resolved to full names.
#[derive(Debug, Default)]
pub struct PersonRegistry {
    persons: Vec<PersonFact>,
    /// `name_key` of each person's current name, kept in step with `persons`.
    keys: Vec<Vec<String>>,
    /// Persons by the words of their names, to find candidates quickly.
    by_word: std::collections::HashMap<String, Vec<usize>>,
    last_used: Vec<usize>,
    clock: usize,
}

impl PersonRegistry {
    /// The index of the person named `name`, adding them if new. A name
    /// whose words are all in a known name is that person ("Arif" →
    /// "Arif Fadilah"); a fuller name upgrades a known short one.
    pub fn resolve(&mut self, name: &str) -> PersonId {
        PersonId(self.resolve_index(name))
    }

    fn resolve_index(&mut self, name: &str) -> usize {
        self.clock += 1;
        let key = name_key(name);
        let mut best: Option<usize> = None;
        let mut candidates: Vec<usize> = key
            .iter()
            .filter_map(|word| self.by_word.get(word))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for index in candidates {
            let known = &self.keys[index];
            let same = key == *known;
            let shorter = key.len() < known.len() && key.iter().all(|token| known.contains(token));
            let longer = known.len() < key.len() && known.iter().all(|token| key.contains(token));
            if (same || shorter || longer)
                && best.is_none_or(|current| self.last_used[index] > self.last_used[current])
            {
                best = Some(index);
            }
        }
        match best {
            Some(index) => {
                let person = &mut self.persons[index];
                if self.keys[index] != key {
                    if key.len() > self.keys[index].len() {
                        let old = std::mem::replace(&mut person.name, name.to_string());
                        push_unique(&mut person.aliases, old);
                        for word in &key {
                            let entry = self.by_word.entry(word.clone()).or_default();
                            if !entry.contains(&index) {
                                entry.push(index);
                            }
                        }
                        self.keys[index] = key;
                    } else {
                        push_unique(&mut person.aliases, name.to_string());
                    }
                }
                self.last_used[index] = self.clock;
                index
            }
            None => {
                self.persons.push(PersonFact {
                    name: name.to_string(),
                    aliases: Vec::new(),
                });
                for word in &key {
                    self.by_word
                        .entry(word.clone())
                        .or_default()
                        .push(self.persons.len() - 1);
                }
                self.keys.push(key);
                self.last_used.push(self.clock);
                self.persons.len() - 1
            }
        }
    }

    /// The index of a known person named `name` (or a short form of it).
    pub fn find(&self, name: &str) -> Option<PersonId> {
        let key = name_key(name);
        self.persons
            .iter()
            .enumerate()
            .filter(|(index, person)| {
                let known = &self.keys[*index];
                key.iter().all(|token| known.contains(token))
                    || person.aliases.iter().any(|alias| name_key(alias) == key)
            })
            .max_by_key(|(index, _)| self.last_used[*index])
            .map(|(index, _)| PersonId(index))
    }

    /// The persons found, in order of first mention.
    pub fn into_persons(self) -> Vec<PersonFact> {
        self.persons
    }
}

fn push_unique(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Option<String> {
        let items = tokenize(text, 0..text.len());
        name_run_at(text, &items, 0).map(|run| run.name)
    }

    #[test]
    fn names_lose_honorifics_and_degrees() {
        let cases = [
            ("H. TS. Arif Fadilah menegaskan", Some("TS. Arif Fadilah")),
            (
                "Drs. H. Muhammad Idris Latif, M.Si mengatakan",
                Some("Muhammad Idris Latif"),
            ),
            ("H Sutarmidji Gubernur", Some("Sutarmidji")),
            (
                "Moh. Syaiful Anam, S.Sos., M.Si., mengatakan",
                Some("Moh. Syaiful Anam"),
            ),
            ("Johan Budi SP dari", Some("Johan Budi SP")),
            ("Kompol Andi Rahman, S.IK, MH", Some("Andi Rahman")),
            ("Sementara itu", None),
            ("ASN harus", None),
            ("Senin (5/8)", None),
            ("Perpres Nomor 16, yang", None),
            ("Permendagri itu", None),
        ];
        for (text, expected) in cases {
            assert_eq!(run(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn sentences_give_only_the_names_the_recogniser_accepts() {
        let cases: [(&str, &[&str]); 6] = [
            (
                "Kopral Satu Sutrisno mengatakan pos jaga dibuka.",
                &["Sutrisno"],
            ),
            (
                "Pelaksana Harian Kepala Dinas, Budi Santoso, hadir bersama CV Maju Bersama.",
                &["Budi Santoso"],
            ),
            ("SK itu diteken Bupati kemarin.", &[]),
            ("Kami menunggu Keputusan Penindakan dari pusat.", &[]),
            ("Pemeriksaan berlangsung di Kab. Sukamakmur kemarin.", &[]),
            (
                "Rapat dipimpin H. Arief Wicaksono, kata Tangguh.",
                &["Arief Wicaksono", "Tangguh"],
            ),
        ];
        for (sentence, expected) in cases {
            let found: Vec<&str> = person_spans(sentence, 0..sentence.len())
                .into_iter()
                .map(|span| &sentence[span])
                .collect();
            assert_eq!(found, expected, "{sentence}");
        }
    }

    #[test]
    fn a_word_kept_out_of_names_opens_a_holders_name() {
        let spans = |sentence: &str| -> Vec<String> {
            person_spans(sentence, 0..sentence.len())
                .into_iter()
                .map(|span| sentence[span].to_string())
                .collect()
        };
        assert_eq!(
            spans("Hal itu dikatakan kepala desa (kades) Hari Wibowo kemarin."),
            ["Hari Wibowo"]
        );
        // A day's name stays a day's name.
        assert!(spans("Pada Hari Kartini warga berkumpul.").is_empty());
        assert!(spans("Upacara (pagi) Hari Senin digelar.").is_empty());
    }

    #[test]
    fn a_rank_written_out_with_its_short_form_opens_a_name() {
        assert_eq!(
            run("Ajun Komisaris Besar Polisi (AKBP) Bahara Marpaung menegaskan").as_deref(),
            Some("Bahara Marpaung")
        );
        // Words before an ordinary short form are no rank.
        assert_eq!(run("Badan Kepegawaian (BKD) Gowa").as_deref(), None);
    }

    #[test]
    fn short_forms_resolve_to_full_names() {
        let mut registry = PersonRegistry::default();
        let full = registry.resolve("Arif Fadilah");
        assert_eq!(registry.resolve("Arif"), full);
        let short = registry.resolve("Suhajar");
        assert_eq!(registry.resolve("Suhajar Diantoro"), short);
        let persons = registry.into_persons();
        assert_eq!(persons[short.index()].name, "Suhajar Diantoro");
        assert_eq!(persons[short.index()].aliases, ["Suhajar"]);
        assert_eq!(persons[full.index()].aliases, ["Arif"]);
    }
}
