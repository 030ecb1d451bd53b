//! Laws: one fact per law an article cites, whichever way it is written,
//! with one label per law in every article (the official title when the
//! gazetteer knows it). The grammar of citations is in
//! [`super::law_citations`]; this module decides the facts.

use super::article_context::ArticleContext;
use super::sink::Sink;
use super::tokens::CitationHit;
use crate::model::{Citation, LawFact, LawId};
use std::ops::Range;

/// The article's index of the law that `citation` names, adding it if
/// new. A later citation that gives the `tentang` title fills it in when
/// the first did not.
pub fn add_law(context: &ArticleContext, sink: &mut Sink, citation: CitationHit) -> LawId {
    let citation = &context.citations[citation.0];
    let issuer = citation.issuer.clone();
    let code = citation.law_type.code();
    let key = (
        code.to_string(),
        citation.number.clone(),
        citation.year,
        issuer.clone(),
    );
    if let Some(&index) = sink.law_keys.get(&key) {
        let law = &mut sink.facts.laws[index.index()];
        if law.title.is_none() && citation.title.is_some() {
            law.title = citation.title.clone();
        }
        return index;
    }
    // One label per law in every article: the official title when known,
    // else type, number and year alone (the written title stays in lawTitle).
    let official = context
        .gazetteer
        .laws
        .title(code, &citation.number, citation.year);
    let mut label = match &issuer {
        Some(issuer) => format!(
            "{} {issuer} Nomor {} Tahun {}",
            citation.law_type.full_name(),
            citation.number,
            citation.year
        ),
        None => format!(
            "{} Nomor {} Tahun {}",
            citation.law_type.full_name(),
            citation.number,
            citation.year
        ),
    };
    if let Some(title) = official {
        label = format!("{label} tentang {title}");
    }
    sink.facts.laws.push(LawFact {
        law_type: code,
        number: citation.number.clone(),
        year: citation.year,
        title: official
            .map(String::from)
            .or_else(|| citation.title.clone()),
        issuer,
        label,
    });
    let index = LawId(sink.facts.laws.len() - 1);
    sink.law_keys.insert(key, index);
    index
}

/// The laws cited in `range` (each once), adding them to the article's laws.
pub fn citations_in(
    context: &ArticleContext,
    sink: &mut Sink,
    range: &Range<usize>,
) -> Vec<Citation> {
    // Citations are in text order: find the ones starting in `range` by binary search.
    let first = context
        .citations
        .partition_point(|citation| citation.span.start < range.start);
    let last = context
        .citations
        .partition_point(|citation| citation.span.start < range.end);
    let mut citations: Vec<Citation> = Vec::new();
    for index in first..last.max(first) {
        let law = add_law(context, sink, CitationHit(index));
        let article_ref = context.citations[index].article_ref.clone();
        if !citations.iter().any(|citation| citation.law == law) {
            citations.push(Citation { law, article_ref });
        }
    }
    citations
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::article_context::test_article;
    use crate::gazetteer::Gazetteer;

    #[test]
    fn one_law_however_it_is_cited_and_with_one_label() {
        let context = ArticleContext::new(
            &test_article(
                "Netralitas",
                "Aturan itu ada dalam UU Nomor 5 Tahun 2014. Undang-Undang Nomor 5 Tahun 2014 \
                 tentang Aparatur Sipil Negara juga mengatur sanksi.",
            ),
            Gazetteer::get(),
        );
        let mut sink = Sink::new(&context);
        let first = citations_in(&context, &mut sink, &context.sentence(0));
        let second = citations_in(&context, &mut sink, &context.sentence(1));
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].law, second[0].law, "the same law");
        let facts = sink.into_facts();
        assert_eq!(facts.laws.len(), 1);
        let law = &facts.laws[0];
        assert_eq!(
            (law.law_type, law.number.as_str(), law.year),
            ("UU", "5", 2014)
        );
        assert!(
            law.label.starts_with("Undang-Undang Nomor 5 Tahun 2014"),
            "{}",
            law.label
        );
        assert!(law.title.is_some(), "the title given later is kept");
    }
}
