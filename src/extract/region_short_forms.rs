//! Short forms an article defines for regions: "Kabupaten Aceh Barat Daya
//! (Abdya)", "Kuantan Singingi (Kuansing)". News writes a regency's
//! local short form in parentheses once and then uses it alone ("Sekda
//! Abdya Salman"); the gazetteer cannot list every one, so the article's
//! own definition is read and its later uses become hits of that region.

use crate::gazetteer::{is_word_boundary, Gazetteer, Match, RegionId};
use regex::Regex;
use std::sync::LazyLock;

/// A short form in parentheses: one capitalised word of 2 to 12 letters.
static SHORT_FORM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\((\p{Lu}[\p{L}]{1,11})\)").expect("valid regex"));

/// The hits of the short forms `text` defines right after a region hit
/// ("Aceh Barat Daya (Abdya)"), at every later use of the form as a whole
/// word, written the same way. A form is kept only when it shares its
/// first letter with the region's name or its written form, and when the
/// gazetteer knows it as nothing else (so "Makassar (Sulsel)" gives no
/// "Sulsel" for Makassar, and "(Foto)" nothing at all).
pub fn region_short_forms(
    text: &str,
    region_hits: &[Match<RegionId>],
    gazetteer: &Gazetteer,
) -> Vec<Match<RegionId>> {
    let mut found = Vec::new();
    for hit in region_hits {
        let Some(captures) = SHORT_FORM.captures(&text[hit.span.end..]) else {
            continue;
        };
        let (Some(whole), Some(form)) = (captures.get(0), captures.get(1)) else {
            continue;
        };
        let form = form.as_str();
        let written = &text[hit.span.clone()];
        let name = &gazetteer.regions.region(hit.value).name;
        let initial = form.chars().next();
        let shares_initial = [written, name.as_str()].iter().any(|words| {
            words
                .split_whitespace()
                .any(|word| word.chars().next() == initial)
        });
        let known = !gazetteer.regions.find_candidates(form).is_empty()
            || !gazetteer.organizations.find(form).is_empty()
            || !gazetteer.offices.find(form).is_empty();
        if !shares_initial || known {
            continue;
        }
        let after_definition = hit.span.end + whole.end();
        for (start, _) in text[after_definition..].match_indices(form) {
            let start = after_definition + start;
            let span = start..start + form.len();
            if is_word_boundary(text, &span)
                && !region_hits.iter().any(|other| overlaps(&other.span, &span))
                && !found
                    .iter()
                    .any(|other: &Match<RegionId>| other.span == span)
            {
                found.push(Match {
                    span,
                    value: hit.value,
                });
            }
        }
    }
    found.sort_by_key(|hit| hit.span.start);
    found
}

fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn short_form_regions(text: &str) -> Vec<(String, String)> {
        let gazetteer = Gazetteer::get();
        let hits = gazetteer.regions.find(text, &[]);
        region_short_forms(text, &hits, gazetteer)
            .into_iter()
            .map(|hit| {
                (
                    text[hit.span].to_string(),
                    gazetteer.regions.region(hit.value).name.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_short_form_defined_after_a_region_names_it_later() {
        let found = short_form_regions(
            "Sekda Kabupaten Aceh Barat Daya (Abdya) membuka rapat. \
             Pegawai Abdya hadir, dan Sekda Abdya memberi arahan.",
        );
        let regions: Vec<&str> = found.iter().map(|(_, region)| region.as_str()).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(regions.iter().all(|region| *region == "Aceh Barat Daya"));
    }

    #[test]
    fn known_forms_and_other_parentheses_define_nothing() {
        // A province after a city, a credit, a body's acronym.
        assert!(short_form_regions("Warga Makassar (Sulsel) antre. Sulsel cerah.").is_empty());
        assert!(short_form_regions("Banjir di Gowa (Foto) surut. Foto lain.").is_empty());
        assert!(short_form_regions("Bupati Gowa (Gowa) hadir. Gowa ramai.").is_empty());
        // Written otherwise later, or inside another word: no use of it.
        assert!(
            short_form_regions("Di Aceh Barat Daya (Abdya) ramai. ABDYA dan Abdyanto.").is_empty()
        );
    }
}
