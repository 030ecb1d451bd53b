//! The name recogniser's word tables, compiled into the binary: ordinary
//! Indonesian root words (Sastrawi's dictionary), Indonesian given and
//! family names (Faker's `id_ID` lists), how often NERGrit's training split
//! tags a word as a person or not, and the project's own list of title,
//! body, level, form and name words (`data/name_words.tsv`).

use super::affixes::derivation;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// What a single word says about being part of a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// A listed given name, or tagged a person more often than not.
    Name,
    /// In no table: most likely a proper noun, so possibly a name.
    Unknown,
    /// A root word with no other evidence, or a root with a suffix
    /// ("Tantangan"): a name or an ordinary word.
    Ambiguous,
    /// A word seen in lower case in running text, or capitalised as
    /// something else more often than as a person ("Kerja", "Didik"):
    /// mostly an ordinary word, yet given names are among them.
    Ordinary,
    /// Surely an ordinary word: a root with a prefix ("Keputusan",
    /// "Pembangunan").
    Common,
    /// A word of a title, rank or unit ("Pelaksana", "Bidang", "Satu").
    Title,
    /// A word that starts the name of a body ("Panwaskab", "Bawaslu").
    Body,
    /// A region's level word ("Kabupaten", "Kab.", "Kota"): the region's
    /// name follows it.
    Level,
    /// A company or document form ("PT", "CV", "SK"): the run is no person.
    Form,
}

/// How often NERGrit's training split saw a word in each role.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    person: u32,
    other: u32,
    lower: u32,
}

/// The kind a word has in the project's own table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OwnKind {
    Title,
    Body,
    Level,
    Form,
    /// Listed as a possible name despite the dictionary ("Budi").
    Name,
}

/// All tables, built once.
pub struct Vocabulary {
    roots: HashSet<&'static str>,
    given_names: HashSet<&'static str>,
    evidence: HashMap<&'static str, Counts>,
    own: HashMap<&'static str, OwnKind>,
}

static SHARED: LazyLock<Vocabulary> = LazyLock::new(|| {
    Vocabulary::from_tables(
        include_str!("../../../data/indonesian_words.tsv"),
        include_str!("../../../data/indonesian_names.tsv"),
        include_str!("../../../data/name_evidence.tsv"),
        include_str!("../../../data/name_words.tsv"),
    )
});

/// The rows of a table after its header line, blank lines and `#` comments skipped.
fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').collect())
}

impl Vocabulary {
    /// The shared vocabulary built from the tables compiled into the binary.
    pub fn get() -> &'static Vocabulary {
        &SHARED
    }

    /// Builds the vocabulary from the four tables' text. Malformed rows
    /// are skipped.
    pub fn from_tables(
        roots: &'static str,
        given_names: &'static str,
        evidence: &'static str,
        own: &'static str,
    ) -> Vocabulary {
        let count = |cell: Option<&&str>| cell.and_then(|c| c.parse().ok()).unwrap_or(0);
        Vocabulary {
            roots: rows(roots).filter_map(|row| row.first().copied()).collect(),
            given_names: rows(given_names)
                .filter_map(|row| row.first().copied())
                .collect(),
            evidence: rows(evidence)
                .filter(|row| row.len() == 4)
                .map(|row| {
                    let counts = Counts {
                        person: count(row.get(1)),
                        other: count(row.get(2)),
                        lower: count(row.get(3)),
                    };
                    (row[0], counts)
                })
                .collect(),
            own: rows(own)
                .filter(|row| row.len() >= 2)
                .filter_map(|row| {
                    let kind = match row[1] {
                        "title" => OwnKind::Title,
                        "body" => OwnKind::Body,
                        "level" => OwnKind::Level,
                        "form" => OwnKind::Form,
                        "name" => OwnKind::Name,
                        _ => return None,
                    };
                    Some((row[0], kind))
                })
                .collect(),
        }
    }

    /// How `lower` derives from a root word, if it does.
    fn derivation(&self, lower: &str) -> Option<super::affixes::Derivation> {
        derivation(lower, &|stem: &str| self.roots.contains(stem))
    }

    /// Whether `lower` is an Indonesian word: a root, a word derived from
    /// one, or a word seen in lower case in running text.
    pub fn is_word(&self, lower: &str) -> bool {
        self.roots.contains(lower)
            || self
                .evidence
                .get(lower)
                .is_some_and(|counts| counts.lower > 0)
            || self.derivation(lower).is_some()
    }

    /// Whether `lower` is a listed given or family name.
    pub fn is_given_name(&self, lower: &str) -> bool {
        self.given_names.contains(lower)
    }

    /// What `word` (any case) says about being part of a person's name.
    pub fn classify(&self, word: &str) -> WordClass {
        let lower = word.trim_end_matches('.').to_lowercase();
        let own = self.own.get(lower.as_str()).copied();
        match own {
            Some(OwnKind::Form) => return WordClass::Form,
            Some(OwnKind::Title) => return WordClass::Title,
            Some(OwnKind::Body) => return WordClass::Body,
            Some(OwnKind::Level) => return WordClass::Level,
            Some(OwnKind::Name) => return WordClass::Name,
            None => {}
        }
        if self.is_given_name(&lower) {
            return WordClass::Name;
        }
        let counts = self
            .evidence
            .get(lower.as_str())
            .copied()
            .unwrap_or_default();
        if counts.person > 0 && counts.person >= counts.lower + counts.other {
            return WordClass::Name;
        }
        let is_root = self.roots.contains(lower.as_str());
        let derived = if is_root {
            None
        } else {
            self.derivation(&lower)
        };
        if derived.as_ref().is_some_and(|found| found.prefixed) {
            return WordClass::Common;
        }
        if counts.lower > 0 || counts.other > counts.person + 1 {
            return WordClass::Ordinary;
        }
        if is_root || derived.is_some() {
            return WordClass::Ambiguous;
        }
        if is_agency_abbreviation(&lower) {
            return WordClass::Body;
        }
        WordClass::Unknown
    }
}

/// Whether an unlisted word is a regional agency's syllable abbreviation:
/// "Dis" or "Din" (Dinas) and a consonant, as in "Disdik", "Dinkes",
/// "Disnakertrans". Given names of that shape ("Dinda") are listed, so
/// they never reach this test.
fn is_agency_abbreviation(lower: &str) -> bool {
    let rest = lower
        .strip_prefix("dis")
        .or_else(|| lower.strip_prefix("din"));
    rest.and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_ascii_alphabetic() && !"aeiouy".contains(c))
        && lower.chars().count() >= 5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_classed_by_the_compiled_tables() {
        let vocabulary = Vocabulary::get();
        let cases = [
            ("Budi", WordClass::Name),
            ("Sunggono", WordClass::Unknown),
            ("Tangguh", WordClass::Ambiguous),
            ("Daerah", WordClass::Ordinary),
            ("Keputusan", WordClass::Common),
            ("Pelaksana", WordClass::Title),
            ("Panwaskab", WordClass::Body),
            ("Kab.", WordClass::Level),
            ("PT", WordClass::Form),
            ("La", WordClass::Name),
            ("Disnakerprin", WordClass::Body),
            ("Dinkes", WordClass::Body),
            ("Dinda", WordClass::Name),
        ];
        for (word, expected) in cases {
            assert_eq!(vocabulary.classify(word), expected, "{word}");
        }
    }
}
