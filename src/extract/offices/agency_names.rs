//! Regional agencies named by glued syllable abbreviations: "Disnakerprin"
//! is the Dinas of Tenaga Kerja and Perindustrian. Writers coin such names
//! freely, so they are read syllable by syllable from a table of fields
//! (`data/lexicon/agency_syllables.tsv`) rather than listed whole.

use crate::tables::rows;
use std::sync::LazyLock;

/// Field abbreviations with the field each stands for, longest first.
static SYLLABLES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut rows: Vec<(&'static str, &'static str)> =
        rows(include_str!("../../../data/lexicon/agency_syllables.tsv"))
            .filter(|row| row.len() >= 2)
            .map(|row| (row[0], row[1]))
            .collect();
    rows.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
    rows
});

/// Words that open a Dinas's glued name.
const DINAS_OPENINGS: &[&str] = &["dis", "din"];

/// The full name of the agency a capitalised glued abbreviation spells
/// ("Disnakerprin" → "Dinas Tenaga Kerja dan Perindustrian"), when its
/// syllables after "Dis"/"Din" are all fields of the table.
pub fn spelled_agency(word: &str) -> Option<String> {
    if !word.starts_with(char::is_uppercase) || !word.chars().all(|c| c.is_alphanumeric()) {
        return None;
    }
    let lower = word.to_lowercase();
    let rest = DINAS_OPENINGS
        .iter()
        .find_map(|opening| lower.strip_prefix(opening))?;
    let fields = fields_of(rest).filter(|fields| !fields.is_empty())?;
    Some(format!("Dinas {}", join_fields(&fields)))
}

/// The fields `rest` is made of, read from the left with the longest
/// syllable that still lets the rest be read.
fn fields_of(rest: &str) -> Option<Vec<&'static str>> {
    if rest.is_empty() {
        return Some(Vec::new());
    }
    SYLLABLES.iter().find_map(|(form, field)| {
        let after = rest.strip_prefix(form)?;
        let mut fields = fields_of(after)?;
        fields.insert(0, *field);
        Some(fields)
    })
}

/// "A", "A dan B", "A, B dan C".
fn join_fields(fields: &[&str]) -> String {
    match fields {
        [] => String::new(),
        [only] => only.to_string(),
        [init @ .., last] => format!("{} dan {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_syllables_spell_the_agency() {
        let cases = [
            ("Disnakerprin", "Dinas Tenaga Kerja dan Perindustrian"),
            ("Dispermasdes", "Dinas Pemberdayaan Masyarakat dan Desa"),
            ("Disparpora", "Dinas Pariwisata dan Pemuda dan Olahraga"),
            ("Dinkes", "Dinas Kesehatan"),
            ("Disdikbud", "Dinas Pendidikan dan Kebudayaan"),
        ];
        for (word, name) in cases {
            assert_eq!(spelled_agency(word).as_deref(), Some(name), "{word}");
        }
    }

    #[test]
    fn words_the_syllables_do_not_cover_are_no_agency() {
        for word in ["Distrik", "Dinamika", "Diskusi", "disnaker", "Dis", "Dinas"] {
            assert_eq!(spelled_agency(word), None, "{word}");
        }
    }
}
