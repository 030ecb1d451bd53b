//! Content negotiation: the format to answer in, from the request's
//! `Accept` header (media ranges with `q` weights and wildcards) and the
//! formats a response can take, in the server's order of preference.

use super::HttpError;
use oxhttp::model::StatusCode;
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::sparql::results::QueryResultsFormat;

/// Media types of query results, the first being the default.
pub const RESULT_TYPES: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
    ("application/json", QueryResultsFormat::Json),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/xml", QueryResultsFormat::Xml),
];

/// JSON-LD without a profile.
const JSON_LD: RdfFormat = RdfFormat::JsonLd {
    profile: JsonLdProfileSet::empty(),
};

/// Media types of graphs (triples), the first being the default.
pub const GRAPH_TYPES: &[(&str, RdfFormat)] = &[
    ("text/turtle", RdfFormat::Turtle),
    ("application/n-triples", RdfFormat::NTriples),
    ("application/rdf+xml", RdfFormat::RdfXml),
    ("application/ld+json", JSON_LD),
    ("application/n-quads", RdfFormat::NQuads),
    ("application/trig", RdfFormat::TriG),
    ("application/x-turtle", RdfFormat::Turtle),
    ("text/plain", RdfFormat::NTriples),
    ("application/xml", RdfFormat::RdfXml),
];

/// Media types of whole datasets (graphs kept), the first being the default.
pub const DATASET_TYPES: &[(&str, RdfFormat)] = &[
    ("application/n-quads", RdfFormat::NQuads),
    ("application/trig", RdfFormat::TriG),
];

/// One media range of an `Accept` header.
struct Range {
    kind: String,
    subtype: String,
    weight: f32,
}

fn ranges(accept: &str) -> Vec<Range> {
    accept
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let (kind, subtype) = parts.next()?.trim().split_once('/')?;
            let mut weight = 1.0;
            for parameter in parts {
                if let Some((name, value)) = parameter.split_once('=') {
                    if name.trim().eq_ignore_ascii_case("q") {
                        weight = value.trim().parse().unwrap_or(0.0);
                    }
                }
            }
            Some(Range {
                kind: kind.trim().to_ascii_lowercase(),
                subtype: subtype.trim().to_ascii_lowercase(),
                weight,
            })
        })
        .collect()
}

/// The weight `ranges` give `media` (the most specific matching range
/// decides), or `None` when no range matches.
fn weight(ranges: &[Range], media: &str) -> Option<f32> {
    let (kind, subtype) = media.split_once('/')?;
    ranges
        .iter()
        .filter_map(|range| {
            let specificity = match (range.kind.as_str(), range.subtype.as_str()) {
                (k, s) if k == kind && s == subtype => 3,
                (k, "*") if k == kind => 2,
                ("*", "*") => 1,
                _ => return None,
            };
            Some((specificity, range.weight))
        })
        .max_by_key(|(specificity, _)| *specificity)
        .map(|(_, weight)| weight)
}

/// The best of `offers` for `accept` (the first offer without an `Accept`
/// header), with its media type; 406 when none is acceptable.
pub fn choose<T: Copy>(
    accept: Option<&str>,
    offers: &[(&'static str, T)],
) -> Result<(&'static str, T), HttpError> {
    let accept = accept.map(str::trim).filter(|accept| !accept.is_empty());
    let Some(accept) = accept else {
        return Ok(offers[0]);
    };
    let ranges = ranges(accept);
    let mut best: Option<(f32, (&'static str, T))> = None;
    for &offer in offers {
        if let Some(weight) = weight(&ranges, offer.0).filter(|weight| *weight > 0.0) {
            if best.is_none_or(|(best_weight, _)| weight > best_weight) {
                best = Some((weight, offer));
            }
        }
    }
    best.map(|(_, offer)| offer).ok_or_else(|| {
        let mut types: Vec<&str> = offers.iter().map(|(media, _)| *media).collect();
        types.dedup();
        HttpError::new(
            StatusCode::NOT_ACCEPTABLE,
            format!(
                "no acceptable format for `Accept: {accept}`: this answer can be {}",
                types.join(", ")
            ),
        )
    })
}

/// The RDF format of a request body's media type, for parsing it.
pub fn body_format(media_type: &str) -> Option<RdfFormat> {
    GRAPH_TYPES
        .iter()
        .chain(DATASET_TYPES)
        .find(|(media, _)| *media == media_type)
        .map(|(_, format)| *format)
        .or_else(|| (media_type == "application/json").then_some(JSON_LD))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_headers_pick_formats() {
        let table: &[(Option<&str>, Option<QueryResultsFormat>)] = &[
            (None, Some(QueryResultsFormat::Json)),
            (Some(""), Some(QueryResultsFormat::Json)),
            (Some("*/*"), Some(QueryResultsFormat::Json)),
            (
                Some("application/sparql-results+xml"),
                Some(QueryResultsFormat::Xml),
            ),
            (Some("text/csv"), Some(QueryResultsFormat::Csv)),
            (
                Some("text/tab-separated-values; charset=utf-8"),
                Some(QueryResultsFormat::Tsv),
            ),
            (
                Some("application/json;q=0.5, text/csv"),
                Some(QueryResultsFormat::Csv),
            ),
            (
                Some("text/*;q=0.9, */*;q=0.1"),
                Some(QueryResultsFormat::Csv),
            ),
            (Some("text/csv;q=0, */*"), Some(QueryResultsFormat::Json)),
            (
                Some("application/sparql-results+xml, application/rdf+xml"),
                Some(QueryResultsFormat::Xml),
            ),
            (Some("image/png"), None),
            (Some("text/html;q=1, text/csv;q=0"), None),
        ];
        for (accept, expected) in table {
            let chosen = choose(*accept, RESULT_TYPES).ok().map(|(_, format)| format);
            assert_eq!(chosen, *expected, "Accept: {accept:?}");
        }
    }

    #[test]
    fn graphs_default_to_turtle_and_honour_rdf_xml() {
        assert_eq!(choose(None, GRAPH_TYPES).unwrap().1, RdfFormat::Turtle);
        assert_eq!(
            choose(Some("application/rdf+xml"), GRAPH_TYPES).unwrap().1,
            RdfFormat::RdfXml
        );
        assert_eq!(
            choose(Some("application/ld+json"), GRAPH_TYPES).unwrap().1,
            JSON_LD
        );
        let refused = choose(Some("text/csv"), GRAPH_TYPES).unwrap_err();
        assert_eq!(refused.status, StatusCode::NOT_ACCEPTABLE);
    }
}
