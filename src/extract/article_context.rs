//! What every pass reads about one article, fixed before the passes run:
//! the cleaned text with its sentences and quotations, the gazetteer hits
//! and law citations, each sentence as items, the article's main region
//! (the one regional bodies and untitled offices belong to) and its
//! publication date. Nothing here changes once built.

use super::dates::{find_dates, parse_iso_date};
use super::hits::choose_hits;
use super::law_citations::{find_law_citations, LawCitation};
use super::names::vocabulary::Vocabulary;
use super::region_short_forms::region_short_forms;
use super::tokens::{items_with_hits, CitationHit, Item, ItemKind, TitleHit};
use crate::gazetteer::{Gazetteer, Match, OfficeTitle, RegionId, RegionKind, Regions};
use crate::model::Article;
use crate::text::{normalize, prepare, PreparedText};
use std::collections::HashMap;
use std::ops::Range;

/// One article, read and matched, as the passes see it.
pub struct ArticleContext<'g> {
    /// The gazetteer the hits index into.
    pub gazetteer: &'g Gazetteer,
    /// The cleaned text, its sentences and quotations.
    pub prepared: PreparedText,
    /// The headline, normalised.
    pub headline: String,
    /// Publication date from the article's metadata or its boilerplate.
    pub published: Option<(u16, u8, u8)>,
    /// The article's year: its publication's, else that of the first full
    /// date in its text. Dates written without a year ("Senin (19/9)")
    /// take it.
    pub year: Option<u16>,
    /// The region hits kept after overlaps were resolved, in text order.
    pub region_hits: Vec<Match<RegionId>>,
    /// The office titles that [`ItemKind::OfficeTitle`] items index.
    pub titles: Vec<&'g OfficeTitle>,
    /// The law citations that [`ItemKind::Law`] items index, in text order.
    pub citations: Vec<LawCitation>,
    /// Each sentence of `prepared.sentences` as items.
    pub sentence_items: Vec<Vec<Item>>,
    /// The article's main region (see [`primary_region`]).
    pub primary_region: Option<RegionId>,
    /// The region the dateline names ("KENDARI –"), if it names one.
    pub dateline_region: Option<RegionId>,
}

impl<'g> ArticleContext<'g> {
    /// Prepare the text of `article` and find every gazetteer hit and law
    /// citation in it.
    pub fn new(article: &Article, gazetteer: &'g Gazetteer) -> ArticleContext<'g> {
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

        // Regions named by the dateline and the headline help resolve
        // same-name regions in the body.
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
        let dateline_region = context.first().copied();
        context.extend(
            gazetteer
                .regions
                .find(&headline, &[])
                .into_iter()
                .map(|hit| hit.value),
        );
        let mut region_hits = gazetteer.regions.find(text, &context);
        region_hits.retain(|hit| !is_common_word_opening(text, &hit.span));
        region_hits.extend(region_short_forms(text, &region_hits, gazetteer));
        let organization_hits = gazetteer.organizations.find(text);
        let title_hits = gazetteer.offices.find(text);
        let citations = find_law_citations(text);

        let mut titles: Vec<&OfficeTitle> = title_hits.iter().map(|hit| hit.value).collect();
        let mut candidates: Vec<(Range<usize>, u8, ItemKind)> = Vec::new();
        for (index, citation) in citations.iter().enumerate() {
            candidates.push((citation.span.clone(), 0, ItemKind::Law(CitationHit(index))));
        }
        for (index, hit) in title_hits.iter().enumerate() {
            candidates.push((hit.span.clone(), 1, ItemKind::OfficeTitle(TitleHit(index))));
        }
        for hit in &organization_hits {
            candidates.push((hit.span.clone(), 2, ItemKind::Organization(hit.value)));
        }
        for hit in &region_hits {
            candidates.push((hit.span.clone(), 3, ItemKind::Region(hit.value)));
        }
        let hits = choose_hits(text, candidates, &mut titles, gazetteer);
        let kept_regions: Vec<Match<RegionId>> = hits
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
        let year = published
            .map(|(year, _, _)| year)
            .or_else(|| find_dates(text).iter().find_map(|date| date.year));
        ArticleContext {
            gazetteer,
            prepared,
            headline,
            published,
            year,
            dateline_region,
            region_hits: kept_regions,
            titles,
            citations,
            sentence_items,
            primary_region: primary,
        }
    }

    /// The cleaned text every range points into.
    pub fn text(&self) -> &str {
        &self.prepared.text
    }

    /// The byte range of sentence `index`.
    pub fn sentence(&self, index: usize) -> Range<usize> {
        self.prepared.sentences[index].range.clone()
    }

    /// The sentences in order, each as (index, byte range, items).
    pub fn sentences(&self) -> impl Iterator<Item = (usize, Range<usize>, &[Item])> + '_ {
        self.sentence_items
            .iter()
            .enumerate()
            .map(|(index, items)| (index, self.sentence(index), items.as_slice()))
    }

    /// The sentence holding byte `offset` (sentences are in text order).
    pub fn sentence_of(&self, offset: usize) -> usize {
        let sentences = &self.prepared.sentences;
        sentences
            .partition_point(|sentence| sentence.range.end <= offset)
            .min(sentences.len().saturating_sub(1))
    }

    /// The Kemendagri code of gazetteer region `id`.
    pub fn region_code(&self, id: RegionId) -> String {
        self.gazetteer.regions.region(id).code.clone()
    }
}

/// The region an article is mainly about: the regency or city named most
/// often (a district counts for its regency), else the province named most
/// often. Ties go to the region named first.
pub fn primary_region(regions: &Regions, hits: &[Match<RegionId>]) -> Option<RegionId> {
    let mut local: HashMap<RegionId, (usize, usize)> = HashMap::new();
    let mut provincial: HashMap<RegionId, (usize, usize)> = HashMap::new();
    for (order, hit) in hits.iter().enumerate() {
        let region = regions.region(hit.value);
        if region.kind.depth() >= 2 {
            if let Some(local_region) = regions.ancestor_at(hit.value, RegionKind::Regency) {
                let entry = local.entry(local_region).or_insert((0, order));
                entry.0 += 1;
            }
        }
        if region.kind.depth() >= 1 {
            if let Some(province) = regions.ancestor_at(hit.value, RegionKind::Province) {
                let entry = provincial.entry(province).or_insert((0, order));
                entry.0 += 1;
            }
        }
    }
    let best = |counts: &HashMap<RegionId, (usize, usize)>| {
        counts
            .iter()
            .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
            .map(|(&index, _)| index)
    };
    best(&local).or_else(|| best(&provincial))
}

/// An article with `body` and a plain headline, for the passes' unit tests.
#[cfg(test)]
pub fn test_article(headline: &str, body: &str) -> Article {
    Article {
        source_id: "uji.txt".into(),
        origin: "uji.txt".into(),
        headline: headline.into(),
        body: body.into(),
        url: None,
        date: None,
    }
}

/// Whether the region hit at `span` is an ordinary word that only its place
/// at the start of a sentence capitalises ("Puncak peringatan hari jadi …",
/// not the regency of Puncak): one dictionary word, after a sentence end,
/// followed by a lower-case word that is no verb.
fn is_common_word_opening(text: &str, span: &Range<usize>) -> bool {
    let surface = &text[span.clone()];
    if surface.contains(' ') || !Vocabulary::get().is_word(&surface.to_lowercase()) {
        return false;
    }
    let before = text[..span.start].trim_end();
    let opens_sentence = before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"']);
    let next = text[span.end..]
        .split_whitespace()
        .next()
        .unwrap_or_default();
    let verb = ["me", "ber", "di", "ter", "se"]
        .iter()
        .any(|prefix| next.starts_with(prefix));
    opens_sentence && next.starts_with(char::is_lowercase) && !verb
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(headline: &str, body: &str) -> ArticleContext<'static> {
        ArticleContext::new(&test_article(headline, body), Gazetteer::get())
    }

    fn region_name(context: &ArticleContext, id: Option<RegionId>) -> Option<String> {
        id.map(|id| context.gazetteer.regions.region(id).name.clone())
    }

    #[test]
    fn the_main_region_is_the_regency_named_most_often() {
        let context = context(
            "Bupati meninjau pasar",
            "Bupati Gowa meninjau pasar di Kabupaten Gowa. Ia lalu terbang ke Makassar. \
             Pasar di Gowa itu baru dibangun.",
        );
        assert_eq!(
            region_name(&context, context.primary_region).as_deref(),
            Some("Gowa")
        );
    }

    #[test]
    fn a_province_is_the_main_region_when_no_regency_is_named() {
        let context = context(
            "Rapat di Kalimantan Timur",
            "Gubernur Kalimantan Timur memimpin rapat bersama para kepala dinas.",
        );
        assert_eq!(
            region_name(&context, context.primary_region).as_deref(),
            Some("Kalimantan Timur")
        );
    }

    #[test]
    fn the_headline_counts_towards_the_main_region() {
        // The body names no region; the headline does.
        let context = context(
            "Warga Kutai Kartanegara antusias",
            "Warga memadati lapangan sejak pagi. Acara ditutup dengan doa bersama.",
        );
        assert_eq!(
            region_name(&context, context.primary_region).as_deref(),
            Some("Kutai Kartanegara")
        );
        assert!(
            context.region_hits.is_empty(),
            "the headline is not the body"
        );
    }

    #[test]
    fn sentences_are_read_as_items_with_their_hits() {
        let context = context(
            "Sosialisasi netralitas",
            "Sekda Gowa membuka sosialisasi. Ia mengutip UU Nomor 5 Tahun 2014 tentang ASN.",
        );
        assert_eq!(context.prepared.sentences.len(), 2);
        let first = &context.sentence_items[0];
        assert!(matches!(first[0].kind, ItemKind::OfficeTitle(_)));
        assert!(matches!(first[1].kind, ItemKind::Region(_)));
        let second = &context.sentence_items[1];
        assert!(second
            .iter()
            .any(|item| item.kind == ItemKind::Law(CitationHit(0))));
        assert_eq!(context.citations.len(), 1);
        let law_start = context.citations[0].span.start;
        assert_eq!(context.sentence_of(law_start), 1);
        assert_eq!(context.sentence_of(0), 0);
    }

    #[test]
    fn a_headline_that_is_a_lead_sentence_is_read_with_the_body() {
        let context = context(
            "Bupati Gowa mengingatkan seluruh aparatur sipil negara agar menjaga netralitas menjelang pemilihan kepala daerah tahun ini.",
            "Pesan itu disampaikan dalam apel pagi.",
        );
        assert_eq!(context.prepared.sentences.len(), 2);
        assert!(context.text().starts_with("Bupati Gowa"));
    }

    #[test]
    fn the_publication_date_comes_from_the_metadata_first() {
        let mut article = test_article("Rapat", "Rapat digelar di Makassar.");
        article.date = Some("2024-03-05".into());
        let context = ArticleContext::new(&article, Gazetteer::get());
        assert_eq!(context.published, Some((2024, 3, 5)));
    }
}
