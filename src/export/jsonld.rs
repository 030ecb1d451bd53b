//! Compacted JSON-LD, driven by the ontology's context
//! (`ontology/context.jsonld`, compiled in).
//!
//! The writer does what a JSON-LD processor's compaction does for the
//! shapes of data beritagraf emits, and nothing that could change the
//! triples read back:
//!
//! - a subject's triples become one node object: `@id`, `@type` (class
//!   terms such as `Person`, else compact IRIs), then its properties;
//! - a property with a term in the context is written under the term
//!   (`name`, `holdsOffice`), any other under a compact IRI (`bg:foo`) or
//!   its full IRI;
//! - a term's `@type` coercion (`@id`, `xsd:gYear` …) is used only for the
//!   values that fit it: an IRI under an `@id` term is a bare string, a
//!   literal of the coerced datatype its bare lexical form; any other value
//!   is written as a full `{"@id"}` or `{"@value", "@type"}` object;
//! - IRIs are shortened by the context's prefixes (`bgr:person/sunggono`),
//!   never to bare terms, so `@id` values need no vocabulary resolution;
//! - literal values stay strings, never JSON numbers or booleans, so their
//!   lexical forms are kept exactly;
//! - a dataset is one `@graph` array: the default graph's nodes, then one
//!   `{"@id": graph, "@graph": [...]}` object per named graph.
//!
//! Output is sorted (subjects, properties, values), so the same graph
//! always gives the same text.

use oxigraph::model::{GraphName, Literal, NamedOrBlankNode, Term, Triple};
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

/// The ontology's JSON-LD context, as shipped in `ontology/context.jsonld`.
pub const CONTEXT_JSONLD: &str = include_str!("../../ontology/context.jsonld");

/// XML Schema's string datatype: plain JSON strings.
const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";

/// RDF's type property, written as `@type`.
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// How a term coerces its values.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Coercion {
    /// No coercion: strings are `xsd:string` literals.
    None,
    /// `"@type": "@id"`: strings are IRIs.
    Id,
    /// `"@type": datatype`: strings are literals of this datatype (full IRI).
    Datatype(String),
}

/// A term of the context: its name and coercion.
#[derive(Debug, Clone)]
struct TermDefinition {
    name: String,
    coercion: Coercion,
}

/// The context a document is compacted with.
#[derive(Debug, Clone)]
pub struct JsonLdContext {
    /// The `@context` object as written in documents.
    context: serde_json::Value,
    /// Prefixes as (name, namespace), longest namespace first.
    prefixes: Vec<(String, String)>,
    /// Terms by the IRI they stand for.
    terms: HashMap<String, TermDefinition>,
}

/// A problem with the context file.
#[derive(Debug, thiserror::Error)]
pub enum ContextError {
    /// The file is not JSON, or has no `@context` object.
    #[error("the JSON-LD context is malformed: {0}")]
    Malformed(String),
}

impl JsonLdContext {
    /// The ontology's context ([`CONTEXT_JSONLD`]) with the `bgr:` prefix
    /// bound to `resource_base`, the base the store's IRIs are minted under.
    pub fn ontology(resource_base: &str) -> Result<JsonLdContext, ContextError> {
        JsonLdContext::parse(CONTEXT_JSONLD, Some(resource_base))
    }

    /// A context from the text of a context document (`{"@context": {...}}`),
    /// with the `bgr:` prefix rebound when `resource_base` is given.
    pub fn parse(text: &str, resource_base: Option<&str>) -> Result<JsonLdContext, ContextError> {
        let document: serde_json::Value = serde_json::from_str(text)
            .map_err(|error| ContextError::Malformed(error.to_string()))?;
        let mut context = document
            .get("@context")
            .filter(|context| context.is_object())
            .cloned()
            .ok_or_else(|| ContextError::Malformed("no `@context` object".into()))?;
        if let (Some(base), Some(object)) = (resource_base, context.as_object_mut()) {
            object.insert("bgr".into(), serde_json::Value::String(base.to_string()));
        }
        let entries = context.as_object().cloned().unwrap_or_default();
        // Prefixes first: every term is expanded through them.
        let mut prefixes = Vec::new();
        for (name, value) in &entries {
            if let Some(iri) = value.as_str() {
                if !name.starts_with('@')
                    && (iri.ends_with('/') || iri.ends_with('#'))
                    && iri.contains("://")
                {
                    prefixes.push((name.clone(), iri.to_string()));
                }
            }
        }
        prefixes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        let expand = |value: &str| -> Option<String> {
            if let Some((prefix, suffix)) = value.split_once(':') {
                if let Some((_, namespace)) = prefixes.iter().find(|(name, _)| name == prefix) {
                    return Some(format!("{namespace}{suffix}"));
                }
            }
            value.contains("://").then(|| value.to_string())
        };
        let mut terms = HashMap::new();
        for (name, value) in &entries {
            if name.starts_with('@') || prefixes.iter().any(|(prefix, _)| prefix == name) {
                continue;
            }
            let (iri, coercion) = match value {
                serde_json::Value::String(iri) => (iri.as_str(), Coercion::None),
                serde_json::Value::Object(definition) => {
                    let iri = definition
                        .get("@id")
                        .and_then(|iri| iri.as_str())
                        .ok_or_else(|| {
                            ContextError::Malformed(format!("term `{name}` has no @id"))
                        })?;
                    let coercion = match definition.get("@type").and_then(|kind| kind.as_str()) {
                        None => Coercion::None,
                        Some("@id") => Coercion::Id,
                        Some(datatype) => {
                            Coercion::Datatype(expand(datatype).ok_or_else(|| {
                                ContextError::Malformed(format!(
                                    "term `{name}`: unknown datatype `{datatype}`"
                                ))
                            })?)
                        }
                    };
                    (iri, coercion)
                }
                _ => {
                    return Err(ContextError::Malformed(format!(
                        "term `{name}` is neither an IRI nor an object"
                    )))
                }
            };
            let iri = expand(iri).ok_or_else(|| {
                ContextError::Malformed(format!("term `{name}`: cannot expand `{iri}`"))
            })?;
            terms.entry(iri).or_insert(TermDefinition {
                name: name.clone(),
                coercion,
            });
        }
        Ok(JsonLdContext {
            context,
            prefixes,
            terms,
        })
    }

    /// The IRI shortened by the longest matching prefix, or as it is.
    fn compact_iri(&self, iri: &str) -> String {
        for (name, namespace) in &self.prefixes {
            if let Some(suffix) = iri.strip_prefix(namespace.as_str()) {
                if !suffix.is_empty() && !suffix.starts_with("//") {
                    return format!("{name}:{suffix}");
                }
            }
        }
        iri.to_string()
    }

    /// An `@id` value: a compact IRI or a blank node label.
    fn id(&self, node: &NamedOrBlankNode) -> String {
        match node {
            NamedOrBlankNode::NamedNode(iri) => self.compact_iri(iri.as_str()),
            NamedOrBlankNode::BlankNode(blank) => format!("_:{}", blank.as_str()),
        }
    }

    /// A class in `@type`: its term when it has a plain one, else a compact IRI.
    fn class(&self, iri: &str) -> String {
        match self.terms.get(iri) {
            Some(term) if term.coercion == Coercion::None => term.name.clone(),
            _ => self.compact_iri(iri),
        }
    }

    /// A value under a property with `coercion`.
    fn value(&self, object: &Term, coercion: &Coercion) -> Json {
        match object {
            Term::NamedNode(iri) => {
                let id = self.compact_iri(iri.as_str());
                if *coercion == Coercion::Id {
                    Json::String(id)
                } else {
                    Json::Object(vec![("@id".into(), Json::String(id))])
                }
            }
            Term::BlankNode(blank) => {
                let id = format!("_:{}", blank.as_str());
                if *coercion == Coercion::Id {
                    Json::String(id)
                } else {
                    Json::Object(vec![("@id".into(), Json::String(id))])
                }
            }
            Term::Literal(literal) => self.literal(literal, coercion),
            #[allow(unreachable_patterns)]
            _ => Json::String(object.to_string()),
        }
    }

    fn literal(&self, literal: &Literal, coercion: &Coercion) -> Json {
        let value = Json::String(literal.value().to_string());
        if let Some(language) = literal.language() {
            return Json::Object(vec![
                ("@language".into(), Json::String(language.to_string())),
                ("@value".into(), value),
            ]);
        }
        let datatype = literal.datatype().as_str();
        match coercion {
            Coercion::None if datatype == XSD_STRING => value,
            Coercion::Datatype(coerced) if coerced == datatype => value,
            _ if datatype == XSD_STRING => Json::Object(vec![("@value".into(), value)]),
            _ => Json::Object(vec![
                ("@type".into(), Json::String(self.compact_iri(datatype))),
                ("@value".into(), value),
            ]),
        }
    }

    /// The node objects of a set of triples, sorted by subject.
    fn node_objects(&self, triples: &[Triple]) -> Vec<Json> {
        let mut subjects: BTreeMap<String, (NamedOrBlankNode, Vec<&Triple>)> = BTreeMap::new();
        for triple in triples {
            subjects
                .entry(triple.subject.to_string())
                .or_insert_with(|| (triple.subject.clone(), Vec::new()))
                .1
                .push(triple);
        }
        subjects
            .into_values()
            .map(|(subject, triples)| self.node_object(&subject, &triples))
            .collect()
    }

    fn node_object(&self, subject: &NamedOrBlankNode, triples: &[&Triple]) -> Json {
        let mut members = vec![("@id".to_string(), Json::String(self.id(subject)))];
        let types: Vec<&Term> = triples
            .iter()
            .filter(|triple| triple.predicate.as_str() == RDF_TYPE)
            .map(|triple| &triple.object)
            .collect();
        // `@type` holds IRIs only; a literal or blank type stays rdf:type.
        let types_as_keyword = types
            .iter()
            .all(|object| matches!(object, Term::NamedNode(_)));
        if types_as_keyword && !types.is_empty() {
            let mut classes: Vec<String> = types
                .iter()
                .filter_map(|object| match object {
                    Term::NamedNode(iri) => Some(self.class(iri.as_str())),
                    _ => None,
                })
                .collect();
            classes.sort();
            classes.dedup();
            members.push((
                "@type".into(),
                one_or_many(classes.into_iter().map(Json::String).collect()),
            ));
        }
        let mut properties: BTreeMap<String, (Coercion, Vec<&Term>)> = BTreeMap::new();
        for triple in triples {
            let predicate = triple.predicate.as_str();
            if predicate == RDF_TYPE && types_as_keyword {
                continue;
            }
            let (key, coercion) = match self.terms.get(predicate) {
                Some(term) => (term.name.clone(), term.coercion.clone()),
                None => (self.compact_iri(predicate), Coercion::None),
            };
            properties
                .entry(key)
                .or_insert_with(|| (coercion, Vec::new()))
                .1
                .push(&triple.object);
        }
        for (key, (coercion, mut objects)) in properties {
            objects.sort_by_cached_key(|object| object.to_string());
            objects.dedup();
            let values = objects
                .into_iter()
                .map(|object| self.value(object, &coercion))
                .collect();
            members.push((key, one_or_many(values)));
        }
        Json::Object(members)
    }

    fn write_document(&self, members: Vec<Json>, out: &mut impl Write) -> io::Result<()> {
        let context = serde_json::to_string_pretty(&self.context).map_err(io::Error::other)?;
        out.write_all(b"{\n  \"@context\": ")?;
        out.write_all(indent(&context, 2).as_bytes())?;
        out.write_all(b",\n  \"@graph\": [")?;
        for (position, member) in members.iter().enumerate() {
            out.write_all(if position == 0 { b"\n    " } else { b",\n    " })?;
            member.write(out, 2)?;
        }
        out.write_all(if members.is_empty() {
            b"]\n}\n"
        } else {
            b"\n  ]\n}\n"
        })?;
        Ok(())
    }

    /// Write `triples` (a CONSTRUCT result, or a union of graphs) as one
    /// compacted JSON-LD document.
    pub fn write_triples(&self, triples: &[Triple], out: &mut impl Write) -> io::Result<()> {
        self.write_document(self.node_objects(triples), out)
    }

    /// Start a dataset document: graphs are added one at a time with
    /// [`DatasetWriter::add_graph`], so one graph is in memory at a time.
    pub fn dataset_writer<'a, W: Write>(&'a self, out: W) -> DatasetWriter<'a, W> {
        DatasetWriter {
            context: self,
            out,
            written: 0,
        }
    }
}

/// A dataset being written as compacted JSON-LD (see
/// [`JsonLdContext::dataset_writer`]).
pub struct DatasetWriter<'a, W: Write> {
    context: &'a JsonLdContext,
    out: W,
    written: usize,
}

impl<W: Write> DatasetWriter<'_, W> {
    /// Add the triples of one graph: the default graph's nodes go into the
    /// top-level `@graph`, a named graph's into a graph object.
    pub fn add_graph(&mut self, name: &GraphName, triples: &[Triple]) -> io::Result<()> {
        if self.written == 0 {
            let context =
                serde_json::to_string_pretty(&self.context.context).map_err(io::Error::other)?;
            self.out.write_all(b"{\n  \"@context\": ")?;
            self.out.write_all(indent(&context, 2).as_bytes())?;
            self.out.write_all(b",\n  \"@graph\": [")?;
        }
        let nodes = self.context.node_objects(triples);
        let members = match name {
            GraphName::DefaultGraph => nodes,
            GraphName::NamedNode(iri) => vec![Json::Object(vec![
                (
                    "@id".into(),
                    Json::String(self.context.compact_iri(iri.as_str())),
                ),
                ("@graph".into(), Json::Array(nodes)),
            ])],
            GraphName::BlankNode(blank) => vec![Json::Object(vec![
                ("@id".into(), Json::String(format!("_:{}", blank.as_str()))),
                ("@graph".into(), Json::Array(nodes)),
            ])],
        };
        for member in members {
            self.out.write_all(if self.written == 0 {
                b"\n    "
            } else {
                b",\n    "
            })?;
            member.write(&mut self.out, 2)?;
            self.written += 1;
        }
        Ok(())
    }

    /// End the document and return the writer.
    pub fn finish(mut self) -> io::Result<W> {
        if self.written == 0 {
            // No graph at all: an empty document, still with its context.
            self.context.write_document(Vec::new(), &mut self.out)?;
        } else {
            self.out.write_all(b"\n  ]\n}\n")?;
        }
        Ok(self.out)
    }
}

/// A JSON value with object members in the order written.
#[derive(Debug, Clone, PartialEq)]
enum Json {
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

fn one_or_many(mut values: Vec<Json>) -> Json {
    if values.len() == 1 {
        values.remove(0)
    } else {
        Json::Array(values)
    }
}

impl Json {
    /// Write with two-space indentation, at nesting `level`.
    fn write(&self, out: &mut impl Write, level: usize) -> io::Result<()> {
        let pad = |level: usize| "  ".repeat(level);
        match self {
            Json::String(text) => {
                serde_json::to_writer(&mut *out, text).map_err(io::Error::other)?;
            }
            Json::Array(items) if items.is_empty() => out.write_all(b"[]")?,
            Json::Array(items) => {
                out.write_all(b"[")?;
                for (position, item) in items.iter().enumerate() {
                    let separator = if position == 0 { "" } else { "," };
                    write!(out, "{separator}\n{}", pad(level + 1))?;
                    item.write(out, level + 1)?;
                }
                write!(out, "\n{}]", pad(level))?;
            }
            Json::Object(members) => {
                out.write_all(b"{")?;
                for (position, (key, value)) in members.iter().enumerate() {
                    let separator = if position == 0 { "" } else { "," };
                    write!(out, "{separator}\n{}", pad(level + 1))?;
                    serde_json::to_writer(&mut *out, key).map_err(io::Error::other)?;
                    out.write_all(b": ")?;
                    value.write(out, level + 1)?;
                }
                write!(out, "\n{}}}", pad(level))?;
            }
        }
        Ok(())
    }
}

/// `text` with every line after the first indented by `level` steps.
fn indent(text: &str, level: usize) -> String {
    text.replace('\n', &format!("\n{}", "  ".repeat(level)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::BGR;
    use oxigraph::model::{BlankNode, LiteralRef, NamedNode};

    fn iri(text: &str) -> NamedNode {
        NamedNode::new(text).unwrap()
    }

    fn written(triples: &[Triple]) -> serde_json::Value {
        let context = JsonLdContext::ontology(BGR).unwrap();
        let mut out = Vec::new();
        context.write_triples(triples, &mut out).unwrap();
        serde_json::from_slice(&out).expect("the output is JSON")
    }

    #[test]
    fn every_ontology_term_has_a_short_name_in_the_context() {
        let context = JsonLdContext::ontology(BGR).unwrap();
        for term in crate::vocab::bg::ALL_BG_TERMS {
            assert!(
                context.terms.contains_key(term.as_str()),
                "{} has no term in ontology/context.jsonld",
                term.as_str()
            );
        }
    }

    #[test]
    fn values_use_coercion_only_where_they_fit() {
        let person = iri("https://w3id.org/beritagraf/id/person/dedi-kusnadi");
        let office = iri("https://w3id.org/beritagraf/id/office/camat/32.17.07");
        let law = iri("https://w3id.org/beritagraf/id/law/uu/2014/5");
        let triples = vec![
            Triple::new(
                person.clone(),
                iri(RDF_TYPE),
                iri("https://schema.org/Person"),
            ),
            Triple::new(
                person.clone(),
                iri("https://schema.org/name"),
                Literal::new_simple_literal("Dedi Kusnadi"),
            ),
            Triple::new(
                person.clone(),
                iri("https://w3id.org/beritagraf/ontology#holdsOffice"),
                office.clone(),
            ),
            // An IRI-coerced property with a literal value: a value object.
            Triple::new(
                person.clone(),
                iri("https://w3id.org/beritagraf/ontology#holdsOffice"),
                Literal::new_simple_literal("Camat"),
            ),
            Triple::new(
                law.clone(),
                iri("https://w3id.org/beritagraf/ontology#lawYear"),
                Literal::new_typed_literal("2014", iri("http://www.w3.org/2001/XMLSchema#gYear")),
            ),
            // A gYear-coerced property with an integer: keeps its datatype.
            Triple::new(
                law.clone(),
                iri("https://w3id.org/beritagraf/ontology#lawYear"),
                Literal::new_typed_literal("14", iri("http://www.w3.org/2001/XMLSchema#integer")),
            ),
            // A property without a term, a language-tagged name, a blank node.
            Triple::new(
                law.clone(),
                iri("https://w3id.org/beritagraf/ontology#unknownThing"),
                BlankNode::new("b1").unwrap(),
            ),
            Triple::new(
                law.clone(),
                iri("https://schema.org/name"),
                Literal::from(LiteralRef::new_language_tagged_literal_unchecked(
                    "Law on the Civil Service",
                    "en",
                )),
            ),
        ];
        let json = written(&triples);
        let graph = json["@graph"].as_array().unwrap();
        let law_node = &graph[0];
        let person_node = &graph[1];
        assert_eq!(law_node["@id"], "bgr:law/uu/2014/5");
        assert_eq!(
            law_node["lawYear"],
            serde_json::json!([{"@type": "xsd:integer", "@value": "14"}, "2014"])
        );
        assert_eq!(
            law_node["bg:unknownThing"],
            serde_json::json!({"@id": "_:b1"})
        );
        assert_eq!(
            law_node["name"],
            serde_json::json!({"@language": "en", "@value": "Law on the Civil Service"})
        );
        assert_eq!(person_node["@id"], "bgr:person/dedi-kusnadi");
        assert_eq!(person_node["@type"], "Person");
        assert_eq!(person_node["name"], "Dedi Kusnadi");
        assert_eq!(
            person_node["holdsOffice"],
            serde_json::json!([{"@value": "Camat"}, "bgr:office/camat/32.17.07"])
        );
        assert!(
            json["@context"]["holdsOffice"].is_object(),
            "the context is embedded"
        );
    }

    #[test]
    fn a_custom_base_rebinds_the_bgr_prefix() {
        let context = JsonLdContext::ontology("https://data.example.org/id/").unwrap();
        assert_eq!(
            context.compact_iri("https://data.example.org/id/person/x"),
            "bgr:person/x"
        );
        assert_eq!(
            context.compact_iri("https://w3id.org/beritagraf/id/person/x"),
            "https://w3id.org/beritagraf/id/person/x"
        );
        // A suffix that would read as an absolute IRI is not shortened.
        assert_eq!(
            context.compact_iri("https://schema.org///x"),
            "https://schema.org///x"
        );
        assert_eq!(context.compact_iri("https://schema.org//x"), "schema:/x");
    }

    #[test]
    fn datasets_put_each_named_graph_in_its_own_object() {
        let context = JsonLdContext::ontology(BGR).unwrap();
        let article = iri("https://w3id.org/beritagraf/id/article/a.txt");
        let triple = Triple::new(
            article.clone(),
            iri("https://schema.org/headline"),
            Literal::new_simple_literal("Judul"),
        );
        let mut writer = context.dataset_writer(Vec::new());
        writer
            .add_graph(&GraphName::NamedNode(article), &[triple])
            .unwrap();
        let out = writer.finish().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            json["@graph"],
            serde_json::json!([{"@id": "bgr:article/a.txt", "@graph": [{"@id": "bgr:article/a.txt", "headline": "Judul"}]}])
        );
        let empty: serde_json::Value =
            serde_json::from_slice(&context.dataset_writer(Vec::new()).finish().unwrap()).unwrap();
        assert_eq!(empty["@graph"], serde_json::json!([]));
    }
}
