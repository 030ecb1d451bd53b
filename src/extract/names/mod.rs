//! Name recognition: which part of a run of capitalised words is a
//! person's name.
//!
//! Indonesian news capitalises far more than names: titles ("Pelaksana
//! Harian"), units ("Bidang Logistik"), decrees ("SK", "Surat Keputusan"),
//! companies ("CV Maju"), and bodies run together with a region and a name
//! ("Panwaskab Sukamaju Budi Santoso"). [`name_part`] judges such a run
//! word by word with the [`vocabulary::Vocabulary`]: ordinary Indonesian
//! words, title words and body words are not names unless name evidence
//! (a listed given name, a word tagged as a person in NERGrit's training
//! split) or the context (an honorific or rank before the run, a speech
//! verb beside it) says so. It trims such words from the edges of the run,
//! splits a body and region off its start, and rejects runs of initials or
//! with a company or document form.

pub mod affixes;
pub mod vocabulary;

use crate::gazetteer::{Gazetteer, RegionKind};
use std::ops::Range;
use vocabulary::{Vocabulary, WordClass};

/// What surrounds a candidate run in its sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// An honorific or rank stands right before the run ("H.", "Kompol").
    pub after_honorific: bool,
    /// A speech verb stands right before or after the run ("kata X",
    /// "X mengatakan").
    pub by_speech_verb: bool,
    /// An office phrase that ends in its body or region stands right
    /// before the run ("Kajari Jember Asih"): it vouches for a dictionary
    /// word as a name, but not for a region's name.
    pub after_office: bool,
}

/// Particles that may stand inside a name in lower case.
const PARTICLES: &[&str] = &["bin", "binti", "van", "de", "da", "dos", "al", "el"];

/// The class of one word of a run, with initials and particles told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// "TS.", "M.", "Moh.": an initial or a shortened name.
    Initial,
    /// "bin", "van".
    Particle,
    /// Any other word, as the vocabulary classes it.
    Word(WordClass),
}

fn part_of(word: &str, vocabulary: &Vocabulary) -> Part {
    let class = vocabulary.classify(word);
    if matches!(
        class,
        WordClass::Title | WordClass::Body | WordClass::Level | WordClass::Form
    ) {
        return Part::Word(class);
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word.ends_with('.') && letters <= 4 {
        return Part::Initial;
    }
    if PARTICLES.contains(&word.to_lowercase().as_str()) {
        return Part::Particle;
    }
    if letters <= 3 && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) {
        // "IH", "SP": capitals without dots are initials too.
        return Part::Initial;
    }
    Part::Word(class)
}

/// Whether a word may be dropped from the edge of a name.
fn is_edge_word(part: Part) -> bool {
    matches!(
        part,
        Part::Word(WordClass::Common | WordClass::Title | WordClass::Body)
    )
}

/// The range of `words` that is a person's name, or `None` when no part
/// of the run is one.
///
/// `words` are the words of a run of capitalised words, honorifics and
/// degrees already removed; initials keep their dot ("TS.").
///
/// ```
/// use beritagraf::extract::names::{name_part, Context};
/// let words = ["Pelaksana", "Harian"];
/// assert_eq!(name_part(&words, Context::default()), None);
/// let words = ["Kopral", "Satu", "Sutrisno"];
/// assert_eq!(name_part(&words, Context::default()), Some(2..3));
/// ```
pub fn name_part(words: &[&str], context: Context) -> Option<Range<usize>> {
    let vocabulary = Vocabulary::get();
    let parts: Vec<Part> = words.iter().map(|word| part_of(word, vocabulary)).collect();
    let mut range = 0..words.len();
    // "<body> <region> <name>", "Kab. <region>": the name starts after the
    // body and the region that qualifies it; a level word always has a
    // region after it, named in the gazetteer or not.
    let is_body = |part: &Part| matches!(part, Part::Word(WordClass::Body | WordClass::Level));
    if let Some(body) = parts.iter().rposition(is_body) {
        if body + 1 < words.len() {
            let region = match region_words_at(&words[body + 1..]) {
                0 if parts[body] == Part::Word(WordClass::Level) => 1,
                found => found,
            };
            range.start = body + 1 + region;
        } else {
            range.end = parts.iter().position(is_body).unwrap_or(body);
        }
    }
    // Forms are judged after the split: a compass word may belong to the
    // region a body names ("Panwaskab Kutai Barat ...").
    if parts[range.clone()].contains(&Part::Word(WordClass::Form)) {
        return None;
    }
    while range.start < range.end && is_edge_word(parts[range.start]) {
        range.start += 1;
    }
    while range.end > range.start
        && (is_edge_word(parts[range.end - 1]) || parts[range.end - 1] == Part::Particle)
    {
        range.end -= 1;
    }
    if range.is_empty() {
        return None;
    }
    range.start = after_unit_words(&parts, range.clone());
    let supported = context.after_honorific || context.by_speech_verb;
    if !supported && is_region_above_district(&words[range.clone()]) {
        // A province's, regency's or city's name alone ("Pekalongan") is no
        // person without a context that makes it one ("kata Bima").
        return None;
    }
    let inner = &parts[range.clone()];
    // "Al Muktabar": a particle opening a run of two or more words is the
    // Arabic article of a name.
    let name_like = inner
        .iter()
        .any(|part| matches!(part, Part::Word(WordClass::Name | WordClass::Unknown)))
        || (inner.len() >= 2 && inner[0] == Part::Particle);
    if name_like {
        return Some(range);
    }
    // Only dictionary words are left: a name when the context vouches for
    // it and none of them is seen as an ordinary word.
    let all_ambiguous = inner.iter().all(|part| {
        matches!(
            part,
            Part::Word(WordClass::Ambiguous) | Part::Initial | Part::Particle
        )
    });
    let has_word = inner.contains(&Part::Word(WordClass::Ambiguous));
    let vouched = supported || context.after_office;
    (vouched && all_ambiguous && has_word).then_some(range)
}

/// Where the name starts in `range` when ordinary words of a unit's name
/// lead it ("Pidana Khusus Wirawan" → "Wirawan"): after the last ordinary
/// or derived word, when a name-like word follows it, only dictionary
/// words come before it (no given name, unlisted word or initial), and
/// the words up to it are two or more or end in a derived word
/// ("Penerangan"). A lone ordinary word before a name stays ("Abang
/// Akhmad Yani", "Teguh Prasetyo"), and so do names with an ordinary word
/// inside ("I Made Suarnata", "Maruli Tua Simanjuntak").
fn after_unit_words(parts: &[Part], range: Range<usize>) -> usize {
    let is_ordinary =
        |part: &Part| matches!(part, Part::Word(WordClass::Ordinary | WordClass::Common));
    let Some(last) = parts[range.clone()].iter().rposition(is_ordinary) else {
        return range.start;
    };
    let cut = range.start + last;
    let name_after = parts[cut + 1..range.end]
        .iter()
        .any(|part| matches!(part, Part::Word(WordClass::Name | WordClass::Unknown)));
    let name_before = parts[range.start..cut].iter().any(|part| {
        matches!(
            part,
            Part::Word(WordClass::Name | WordClass::Unknown) | Part::Initial | Part::Particle
        )
    });
    let long_enough = cut > range.start || parts[cut] == Part::Word(WordClass::Common);
    if name_after && !name_before && long_enough {
        cut + 1
    } else {
        range.start
    }
}

/// How many words at the start of `words` name a region in the gazetteer
/// ("Kutai Barat").
fn region_words_at(words: &[&str]) -> usize {
    let text = words.join(" ");
    let longest = Gazetteer::get()
        .regions
        .find_candidates(&text)
        .into_iter()
        .filter(|found| found.span.start == 0)
        .map(|found| found.span.end)
        .max();
    longest.map_or(0, |end| text[..end].split(' ').count())
}

/// Whether `words` are exactly the name of a province, regency or city
/// (districts are left out: many carry a person's name).
fn is_region_above_district(words: &[&str]) -> bool {
    let text = words.join(" ");
    let regions = &Gazetteer::get().regions;
    regions
        .find_candidates(&text)
        .into_iter()
        .filter(|found| found.span == (0..text.len()))
        .flat_map(|found| found.value)
        .any(|index| {
            matches!(
                regions.region(index).kind,
                RegionKind::Province | RegionKind::Regency | RegionKind::City
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(run: &str, context: Context) -> Option<String> {
        let words: Vec<&str> = run.split(' ').collect();
        name_part(&words, context).map(|range| words[range].join(" "))
    }

    #[test]
    fn runs_of_capitalised_words_give_their_names() {
        let none = Context::default();
        let cases = [
            // Titles, units and ordinary words are no names.
            ("Pelaksana Harian", None),
            ("Surat Keputusan", None),
            ("Kerja Lapangan", None),
            ("Penindakan", None),
            ("Perpustakaan Daerah", None),
            ("Kemasyarakatan", None),
            // Company and document forms, initials.
            ("CV Maju Bersama", None),
            ("PT Sinar Jaya Abadi", None),
            ("SK", None),
            ("IH", None),
            ("A. B.", None),
            // Ranks, titles and bodies come off the edges.
            ("Kopral Satu Sutrisno", Some("Sutrisno")),
            ("Harian Sutarmidji", Some("Sutarmidji")),
            (
                "Panwaskab Kutai Barat Arief Wicaksono",
                Some("Arief Wicaksono"),
            ),
            ("Kab. Sukamakmur", None),
            ("Kabupaten Sukamakmur Hendra Wijaya", Some("Hendra Wijaya")),
            ("Pemberdayagunaan", None),
            ("Gunung Sumbing", None),
            ("Kutai Kartanegara", None),
            // Names stay whole, dictionary words among them.
            ("Budi Santoso", Some("Budi Santoso")),
            ("Indah Permatasari", Some("Indah Permatasari")),
            ("TS. Arif Fadilah", Some("TS. Arif Fadilah")),
            ("Sunggono", Some("Sunggono")),
            ("Johan Budi SP", Some("Johan Budi SP")),
            ("Ahmad bin Abdullah", Some("Ahmad bin Abdullah")),
            // Ordinary words of a unit's name before a name are cut off;
            // a lone one before a name stays.
            ("Pidana Khusus Wirawan", Some("Wirawan")),
            ("Teguh Prasetyo", Some("Teguh Prasetyo")),
            ("I Made Suarnata", Some("I Made Suarnata")),
            ("Maruli Tua Simanjuntak", Some("Maruli Tua Simanjuntak")),
            // An agency's syllable abbreviation is a body.
            ("Disnakerprin Wulan Sari", Some("Wulan Sari")),
            ("Dinkes Rahmat Hidayat", Some("Rahmat Hidayat")),
            ("Dinda Lestari", Some("Dinda Lestari")),
        ];
        for (run, expected) in cases {
            assert_eq!(judge(run, none).as_deref(), expected, "{run}");
        }
    }

    #[test]
    fn context_decides_a_lone_dictionary_word() {
        let quiet = Context::default();
        let speech = Context {
            by_speech_verb: true,
            ..Context::default()
        };
        assert_eq!(judge("Tangguh", quiet), None);
        assert_eq!(judge("Tangguh", speech).as_deref(), Some("Tangguh"));
        // Context never turns a plainly ordinary word into a name.
        assert_eq!(judge("Keputusan", speech), None);
        // A region's name is a person's only when the context says so.
        assert_eq!(judge("Bima", quiet), None);
        assert_eq!(judge("Bima", speech).as_deref(), Some("Bima"));
        // An office phrase before the run vouches for a dictionary word,
        // never for a region's name.
        let office = Context {
            after_office: true,
            ..Context::default()
        };
        assert_eq!(judge("Asih", quiet), None);
        assert_eq!(judge("Asih", office).as_deref(), Some("Asih"));
        assert_eq!(judge("Bima", office), None);
    }
}
