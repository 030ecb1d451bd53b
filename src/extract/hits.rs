//! Overlapping gazetteer hits resolved into one sequence: law citations,
//! office titles, bodies and regions compete for the same words, the
//! earliest and longest wins, an office title that runs into a body's name
//! is cut back, and a region that starts a person's name is dropped.

use super::lexicon::{self, has_role, has_role_as_written, Role};
use super::tokens::{ItemKind, TitleHit};
use crate::gazetteer::{Gazetteer, OfficeTitle};
use std::ops::Range;

/// Non-overlapping hits, earliest first, longer first at the same start.
/// An office title that runs into a body's name ("Anggota Komisi" +
/// "Komisi II DPR", "Kepala Dinas" + "Dinas Pendidikan") is cut back to the
/// title before the body.
pub fn choose_hits<'a>(
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
                        ItemKind::OfficeTitle(TitleHit(titles.len() - 1)),
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
/// title or body stands right before it ("Sekda Kukar Sunggono", "Ketua
/// Bawaslu (Badan Pengawas Pemilu) Sumbar Rina").
fn drop_regions_in_names(
    text: &str,
    hits: Vec<(Range<usize>, ItemKind)>,
) -> Vec<(Range<usize>, ItemKind)> {
    let mut kept: Vec<(Range<usize>, ItemKind)> = Vec::with_capacity(hits.len());
    for (position, (span, kind)) in hits.iter().enumerate() {
        if let ItemKind::Region(_) = kind {
            let surface = &text[span.clone()];
            let has_level_word = surface.split_whitespace().next().is_some_and(|word| {
                has_role_as_written(word.trim_end_matches('.'), Role::LevelWord)
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
                && !lexicon::is_not_name_word(next_word)
                && !next_is_hit;
            let before = text[..span.start].trim_end();
            // A short form in parentheses may stand between: "Badan
            // Pengawas Pemilu (Bawaslu) Sumbar Rina".
            let closes = before.len() - usize::from(before.ends_with(')'));
            let after_title = kept.last().is_some_and(|(previous, previous_kind)| {
                (previous.end == before.len() || previous.end == closes)
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
                && !lexicon::is_not_name_word(previous_word)
                && !lexicon::is_name_prefix(previous_word);
            // "kata Bima", "menurut Gowa …": a speech verb before a bare
            // region name makes it a person's name.
            let after_speech_verb = lexicon::is_inverted_speech_verb(previous_word)
                || has_role(&previous_word.to_lowercase(), Role::NameIntroducer);
            // "Kodim 0717/ Grobogan": the seat of a numbered unit.
            let after_unit_number = before
                .strip_suffix('/')
                .is_some_and(|number| number.ends_with(|c: char| c.is_ascii_digit()));
            if !has_level_word
                && !after_unit_number
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

#[cfg(test)]
mod tests {
    use crate::extract::article_context::{test_article, ArticleContext};
    use crate::extract::tokens::ItemKind;
    use crate::gazetteer::Gazetteer;

    /// The kinds and texts of the items of the first sentence of `body`.
    fn items(body: &str) -> Vec<(&'static str, String)> {
        let context = ArticleContext::new(&test_article("Berita", body), Gazetteer::get());
        context.sentence_items[0]
            .iter()
            .filter_map(|item| {
                let kind = match item.kind {
                    ItemKind::Region(_) => "region",
                    ItemKind::Organization(_) => "body",
                    ItemKind::OfficeTitle(_) => "title",
                    ItemKind::Law(_) => "law",
                    _ => return None,
                };
                Some((kind, item.text(context.text()).to_string()))
            })
            .collect()
    }

    #[test]
    fn a_title_keeps_the_region_it_overlaps() {
        assert_eq!(
            items("Wali Kota Pekanbaru membuka rapat."),
            [
                ("title", "Wali Kota".into()),
                ("region", "Pekanbaru".into())
            ]
        );
    }

    #[test]
    fn a_title_that_runs_into_a_body_is_cut_back() {
        assert_eq!(
            items("Kepala Dinas Pendidikan Gowa hadir."),
            [
                ("title", "Kepala".into()),
                ("body", "Dinas Pendidikan".into()),
                ("region", "Gowa".into())
            ]
        );
    }

    #[test]
    fn a_region_that_starts_a_name_is_no_region() {
        // "Bima" is a city; "Bima Arya" is a person.
        assert!(items("Bima Arya Sugiarto hadir di acara itu.").is_empty());
        // After a title it is the title's region.
        assert_eq!(
            items("Wali Kota Bima hadir."),
            [("title", "Wali Kota".into()), ("region", "Bima".into())]
        );
        // So after a numbered unit: "Kodim 0717/Grobogan".
        let kinds = items("Dandim 0717/ Grobogan Letkol Kav. Bambang Santoso hadir.");
        assert!(kinds.contains(&("region", "Grobogan".into())), "{kinds:?}");
        // So after a body's short form in parentheses.
        let kinds = items("Ketua Badan Pengawas Pemilu (Bawaslu) Sumbar Rina Wati hadir.");
        assert!(kinds.contains(&("region", "Sumbar".into())), "{kinds:?}");
    }
}
