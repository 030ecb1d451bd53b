//! Indonesian affixes: whether a word is an ordinary root word with
//! prefixes and suffixes added ("keputusan" ← "putus", "penindakan" ←
//! "tindak", "kemasyarakatan" ← "masyarakat"). A light form of the
//! confix-stripping stemmers (Nazief–Adriani, Sastrawi): suffixes first,
//! then up to two prefixes with the nasal changes of `meN-`/`peN-`, each
//! candidate checked against the root-word list.

/// Particles and possessives, then derivational suffixes, outermost first.
const INFLECTIONAL_SUFFIXES: &[&str] = &["lah", "kah", "tah", "pun", "nya", "ku", "mu"];
const DERIVATIONAL_SUFFIXES: &[&str] = &["kan", "an"];

/// The shortest root a derived word may have, in characters.
const MIN_ROOT_CHARS: usize = 3;

/// How a derived word was formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derivation {
    /// The root word.
    pub root: String,
    /// Whether a prefix was removed to reach it ("keputusan", "pembangunan")
    /// rather than only suffixes ("harian", "tantangan").
    pub prefixed: bool,
}

/// How `word` (lower case) is derived from a root word by affixes, if it
/// is; `None` for a word that is itself a root or not derived from one.
/// Only `-kan` and `-an` count as derivational suffixes: `-i` ends too many
/// given names ("Rasyidi", "Suryani").
pub fn derivation(word: &str, is_root: &dyn Fn(&str) -> bool) -> Option<Derivation> {
    let stems = suffix_stems(word);
    for stem in &stems {
        if stem != word && is_root(stem) {
            return Some(Derivation {
                root: stem.clone(),
                prefixed: false,
            });
        }
    }
    for stem in &stems {
        // A compound takes a prefix and a suffix together: "pendayagunaan"
        // ← "daya" + "guna" (a name such as "Permatasari" has no suffix).
        let suffixed = stem != word;
        let is_root_or_compound =
            |candidate: &str| is_root(candidate) || (suffixed && is_compound(candidate, is_root));
        for once in prefix_stems(stem) {
            if is_root_or_compound(&once) {
                return Some(Derivation {
                    root: once,
                    prefixed: true,
                });
            }
            for twice in prefix_stems(&once) {
                if is_root_or_compound(&twice) {
                    return Some(Derivation {
                        root: twice,
                        prefixed: true,
                    });
                }
            }
        }
    }
    None
}

/// Whether `stem` is two root words of four letters or more written as one
/// ("dayaguna").
fn is_compound(stem: &str, is_root: &dyn Fn(&str) -> bool) -> bool {
    stem.char_indices().any(|(split, _)| {
        let (head, tail) = stem.split_at(split);
        head.chars().count() > MIN_ROOT_CHARS
            && tail.chars().count() > MIN_ROOT_CHARS
            && is_root(head)
            && is_root(tail)
    })
}

/// `word` and the stems left after removing suffixes.
fn suffix_stems(word: &str) -> Vec<String> {
    let mut stems = vec![word.to_string()];
    let mut inflected = vec![word.to_string()];
    for suffix in INFLECTIONAL_SUFFIXES {
        if let Some(stem) = strip_suffix(word, suffix) {
            inflected.push(stem.to_string());
        }
    }
    for base in &inflected {
        if base != word {
            stems.push(base.clone());
        }
        for suffix in DERIVATIONAL_SUFFIXES {
            if let Some(stem) = strip_suffix(base, suffix) {
                stems.push(stem.to_string());
            }
        }
    }
    stems
}

fn strip_suffix<'a>(word: &'a str, suffix: &str) -> Option<&'a str> {
    word.strip_suffix(suffix)
        .filter(|stem| stem.chars().count() >= MIN_ROOT_CHARS)
}

/// The stems left after removing one prefix, with the sound a nasal
/// prefix replaced restored ("menulis" → "tulis", "penyapu" → "sapu").
fn prefix_stems(word: &str) -> Vec<String> {
    let mut stems = Vec::new();
    let mut push = |stem: String| {
        if stem.chars().count() >= MIN_ROOT_CHARS && !stems.contains(&stem) {
            stems.push(stem);
        }
    };
    for plain in [
        "di", "ke", "se", "ber", "be", "bel", "ter", "te", "per", "pel",
    ] {
        if let Some(rest) = word.strip_prefix(plain) {
            push(rest.to_string());
        }
    }
    for nasal in ["me", "pe"] {
        let Some(rest) = word.strip_prefix(nasal) else {
            continue;
        };
        let starts_vowel = |s: &str| s.starts_with(['a', 'e', 'i', 'o', 'u']);
        if let Some(after) = rest.strip_prefix("nge") {
            push(after.to_string());
        }
        if let Some(after) = rest.strip_prefix("ng") {
            push(after.to_string());
            if starts_vowel(after) {
                push(format!("k{after}"));
            }
        }
        if let Some(after) = rest.strip_prefix("ny") {
            push(format!("s{after}"));
        }
        if let Some(after) = rest.strip_prefix('m') {
            push(after.to_string());
            if starts_vowel(after) {
                push(format!("p{after}"));
            }
        }
        if let Some(after) = rest.strip_prefix('n') {
            push(after.to_string());
            if starts_vowel(after) {
                push(format!("t{after}"));
            }
        }
        if rest.starts_with(['l', 'm', 'n', 'r', 'w', 'y']) {
            push(rest.to_string());
        }
    }
    stems
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOTS: &[&str] = &[
        "putus",
        "tindak",
        "masyarakat",
        "pustaka",
        "hari",
        "daya",
        "tulis",
        "sapu",
        "kerja",
        "pakai",
        "kirim",
        "ajar",
        "satu",
        "guna",
    ];

    fn root(word: &str) -> Option<(String, bool)> {
        derivation(word, &|candidate: &str| ROOTS.contains(&candidate))
            .map(|found| (found.root, found.prefixed))
    }

    #[test]
    fn affixed_words_lead_back_to_their_roots() {
        let cases = [
            ("keputusan", Some(("putus", true))),
            ("penindakan", Some(("tindak", true))),
            ("kemasyarakatan", Some(("masyarakat", true))),
            ("perpustakaan", Some(("pustaka", true))),
            ("harian", Some(("hari", false))),
            ("pemberdayaan", Some(("daya", true))),
            ("menulis", Some(("tulis", true))),
            ("penyapu", Some(("sapu", true))),
            ("bekerja", Some(("kerja", true))),
            ("memakai", Some(("pakai", true))),
            ("dikirimkan", Some(("kirim", true))),
            ("pelajaran", Some(("ajar", true))),
            ("kesatuannya", Some(("satu", true))),
            ("pemberdayagunaan", Some(("dayaguna", true))),
            // Roots themselves, words that are not derived, and "-i".
            ("kerja", None),
            ("sunggono", None),
            ("setiawan", None),
            ("ajari", None),
        ];
        for (word, expected) in cases {
            let expected = expected.map(|(root, prefixed)| (root.to_string(), prefixed));
            assert_eq!(root(word), expected, "{word}");
        }
    }
}
