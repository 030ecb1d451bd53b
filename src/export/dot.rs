//! The graph as GraphViz DOT: one node per entity (persons, offices,
//! bodies, events, regions, laws, statements, articles), never one per
//! literal; nodes labelled by name, shaped and coloured by class, with a
//! legend; edges labelled by relation. Built with petgraph; output is
//! sorted, so the same graph always gives the same text.

use crate::vocab::{bg, prov, rdf, schema};
use oxigraph::model::{NamedNodeRef, Term, Triple};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// The class of an entity node, which decides its look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityClass {
    /// schema:Person.
    Person,
    /// bg:Office.
    Office,
    /// schema:Organization.
    Organization,
    /// schema:Event.
    Event,
    /// bg:Region and its subclasses.
    Region,
    /// bg:Law.
    Law,
    /// bg:Statement.
    Statement,
    /// schema:NewsArticle.
    Article,
}

impl EntityClass {
    fn of(class: NamedNodeRef<'_>) -> Option<EntityClass> {
        Some(match class {
            c if c == schema::PERSON => EntityClass::Person,
            c if c == bg::OFFICE => EntityClass::Office,
            c if c == schema::ORGANIZATION => EntityClass::Organization,
            c if c == schema::EVENT => EntityClass::Event,
            c if c == bg::REGION
                || c == bg::PROVINCE
                || c == bg::REGENCY
                || c == bg::CITY
                || c == bg::DISTRICT
                || c == bg::COUNTRY =>
            {
                EntityClass::Region
            }
            c if c == bg::LAW => EntityClass::Law,
            c if c == bg::STATEMENT => EntityClass::Statement,
            c if c == schema::NEWS_ARTICLE => EntityClass::Article,
            _ => return None,
        })
    }

    /// Legend name.
    pub fn name(self) -> &'static str {
        match self {
            EntityClass::Person => "person",
            EntityClass::Office => "office",
            EntityClass::Organization => "organisation",
            EntityClass::Event => "event",
            EntityClass::Region => "region",
            EntityClass::Law => "law",
            EntityClass::Statement => "statement",
            EntityClass::Article => "article",
        }
    }

    fn style(self) -> (&'static str, &'static str) {
        match self {
            EntityClass::Person => ("ellipse", "#ffd8a8"),
            EntityClass::Office => ("box", "#d0ebff"),
            EntityClass::Organization => ("box3d", "#e5dbff"),
            EntityClass::Event => ("octagon", "#ffc9c9"),
            EntityClass::Region => ("house", "#d3f9d8"),
            EntityClass::Law => ("note", "#fff3bf"),
            EntityClass::Statement => ("box", "#f1f3f5"),
            EntityClass::Article => ("folder", "#e9ecef"),
        }
    }
}

/// The relations drawn, with their labels (the ontology's `rdfs:label`s).
const RELATIONS: &[(NamedNodeRef<'static>, &str)] = &[
    (bg::HOLDS_OFFICE, "holds office"),
    (bg::LOCATED_IN, "located in"),
    (bg::CITES_LAW, "cites law"),
    (bg::SPEAKER, "said by"),
    (bg::JURISDICTION, "jurisdiction"),
    (bg::IN_ORGANIZATION, "in organization"),
    (schema::CONTAINED_IN_PLACE, "part of"),
    (schema::ORGANIZER, "organised by"),
    (prov::WAS_DERIVED_FROM, "from article"),
];

/// One entity node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityNode {
    /// Its IRI.
    pub iri: String,
    /// Its class.
    pub class: EntityClass,
    /// Its label.
    pub label: String,
}

/// Entities and the relations between them.
pub struct EntityGraph {
    /// The graph: nodes are entities, edges relation labels.
    pub graph: DiGraph<EntityNode, &'static str>,
}

fn excerpt(text: &str, limit: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= limit {
        text
    } else {
        format!(
            "{}…",
            text.chars().take(limit).collect::<String>().trim_end()
        )
    }
}

impl EntityGraph {
    /// Build from triples (the union of the store's graphs).
    pub fn from_triples(triples: &[Triple]) -> EntityGraph {
        let mut classes: BTreeMap<String, EntityClass> = BTreeMap::new();
        let mut names: HashMap<String, (u8, String)> = HashMap::new();
        for triple in triples {
            let subject = triple.subject.to_string();
            let subject = subject
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string();
            if triple.predicate == rdf::TYPE {
                if let Term::NamedNode(class) = &triple.object {
                    if let Some(class) = EntityClass::of(class.as_ref()) {
                        classes.entry(subject).or_insert(class);
                    }
                }
                continue;
            }
            let rank = match triple.predicate.as_ref() {
                p if p == schema::NAME => 1,
                p if p == rdf::LABEL => 0,
                p if p == schema::HEADLINE || p == schema::TEXT => 2,
                _ => continue,
            };
            if let Term::Literal(literal) = &triple.object {
                let entry = names.entry(subject).or_insert((u8::MAX, String::new()));
                // Best kind of name first; among those the fullest, then the first in order.
                let better = rank < entry.0
                    || (rank == entry.0
                        && (literal.value().len() > entry.1.len()
                            || (literal.value().len() == entry.1.len()
                                && literal.value() < entry.1.as_str())));
                if better {
                    *entry = (rank, literal.value().to_string());
                }
            }
        }
        let mut graph = DiGraph::new();
        let mut index: HashMap<String, NodeIndex> = HashMap::new();
        for (iri, class) in &classes {
            let raw = names
                .get(iri)
                .map(|(_, name)| name.clone())
                .unwrap_or_else(|| iri.rsplit('/').next().unwrap_or(iri).to_string());
            let label = match class {
                EntityClass::Statement => format!("“{}”", excerpt(&raw, 60)),
                _ => excerpt(&raw, 80),
            };
            let node = graph.add_node(EntityNode {
                iri: iri.clone(),
                class: *class,
                label,
            });
            index.insert(iri.clone(), node);
        }
        let mut edges: Vec<(NodeIndex, NodeIndex, &'static str)> = Vec::new();
        for triple in triples {
            let Some((_, label)) = RELATIONS
                .iter()
                .find(|(predicate, _)| triple.predicate == *predicate)
            else {
                continue;
            };
            let Term::NamedNode(object) = &triple.object else {
                continue;
            };
            let subject = triple.subject.to_string();
            let subject = subject.trim_start_matches('<').trim_end_matches('>');
            if let (Some(&from), Some(&to)) = (index.get(subject), index.get(object.as_str())) {
                edges.push((from, to, label));
            }
        }
        edges.sort();
        edges.dedup();
        for (from, to, label) in edges {
            graph.add_edge(from, to, label);
        }
        EntityGraph { graph }
    }

    /// The DOT text.
    pub fn to_dot(&self) -> String {
        let mut out = String::new();
        out.push_str("digraph beritagraf {\n");
        out.push_str(
            "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true];\n",
        );
        out.push_str("  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n");
        out.push_str("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#495057\"];\n");
        let mut nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        nodes.sort_by(|a, b| self.graph[*a].iri.cmp(&self.graph[*b].iri));
        let identifier: HashMap<NodeIndex, usize> = nodes
            .iter()
            .enumerate()
            .map(|(position, &node)| (node, position))
            .collect();
        let mut used: Vec<EntityClass> = Vec::new();
        for &node in &nodes {
            let entity = &self.graph[node];
            let (shape, color) = entity.class.style();
            if !used.contains(&entity.class) {
                used.push(entity.class);
            }
            let _ = writeln!(
                out,
                "  n{} [label=\"{}\", shape={shape}, fillcolor=\"{color}\", tooltip=\"{}\"];",
                identifier[&node],
                escape(&entity.label),
                escape(&entity.iri)
            );
        }
        let mut edges: Vec<(usize, usize, &str)> = self
            .graph
            .edge_indices()
            .filter_map(|edge| {
                let (from, to) = self.graph.edge_endpoints(edge)?;
                Some((identifier[&from], identifier[&to], self.graph[edge]))
            })
            .collect();
        edges.sort();
        for (from, to, label) in edges {
            let _ = writeln!(out, "  n{from} -> n{to} [label=\"{}\"];", escape(label));
        }
        used.sort();
        if !used.is_empty() {
            out.push_str("  subgraph cluster_legend {\n    label=\"legend\"; fontsize=10; color=\"#adb5bd\";\n");
            for class in &used {
                let (shape, color) = class.style();
                let _ = writeln!(
                    out,
                    "    legend_{0} [label=\"{0}\", shape={shape}, fillcolor=\"{color}\"];",
                    class.name()
                );
            }
            out.push_str("  }\n");
        }
        out.push_str("}\n");
        out
    }
}

/// Escape text for a double-quoted DOT string.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn hostile_labels_are_escaped() {
        let cases = [
            ("plain", "plain"),
            ("say \"hi\"", "say \\\"hi\\\""),
            ("back\\slash", "back\\\\slash"),
            ("two\nlines", "two\\nlines"),
            ("tab\there", "tab here"),
            ("Jérôme – “kutipan”", "Jérôme – “kutipan”"),
        ];
        for (input, expected) in cases {
            assert_eq!(escape(input), expected, "{input}");
        }
    }
}
