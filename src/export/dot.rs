//! The graph as GraphViz DOT: one node per entity (persons, offices,
//! bodies, events, regions, laws, statements, articles), never one per
//! literal; nodes labelled by name, shaped and coloured by class, with a
//! legend; edges labelled by relation. Built with petgraph; output is
//! sorted, so the same graph always gives the same text.

use crate::vocab::{bg, prov, rdf, schema};
use oxigraph::model::{GraphName, NamedNodeRef, Quad, Term, Triple};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::fmt::Write;

/// The class of an entity node, which decides its look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
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
            EntityClass::Organization => "organization",
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
    /// Every name it has (for finding it by name).
    pub names: Vec<String>,
    /// The article graphs it is described in.
    pub articles: BTreeSet<String>,
    /// The name of the province it belongs to, for clustering by region.
    pub province: Option<String>,
}

/// Which relations a view draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationView {
    /// Persons, their offices, and the offices' regions and bodies.
    HoldsOffice,
    /// Events, their regions, and the regions' parents.
    LocatedIn,
    /// Statements, the laws they cite and who said them.
    CitesLaw,
    /// Everything.
    All,
}

impl RelationView {
    fn keeps(self, label: &str) -> bool {
        match self {
            RelationView::HoldsOffice => {
                matches!(label, "holds office" | "jurisdiction" | "in organization")
            }
            RelationView::LocatedIn => matches!(label, "located in" | "part of"),
            RelationView::CitesLaw => matches!(label, "cites law" | "said by"),
            RelationView::All => true,
        }
    }
}

/// How to group nodes into boxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clustering {
    /// No boxes.
    None,
    /// One box per province.
    Region,
    /// One box per article (entities of one article only).
    Article,
}

/// A view that cannot be drawn as asked.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ViewError {
    /// No entity has that name.
    #[error("no entity named `{0}` (names are matched case-insensitively; try part of the name or an IRI)")]
    Unknown(String),
    /// Several entities have that name.
    #[error("`{name}` matches {count} entities; say which one: {candidates}")]
    Ambiguous {
        /// What was asked.
        name: String,
        /// How many matched.
        count: usize,
        /// Their labels and IRIs.
        candidates: String,
    },
    /// No article has that id.
    #[error("no article `{0}` in the store (give its file name or JSON Lines id, or its IRI)")]
    UnknownArticle(String),
    /// The view is larger than asked.
    #[error("the view has {nodes} nodes, more than --max-nodes {max}: narrow it with --focus, --relation or --article, raise --max-nodes, add --keep-most-connected, or write --format dot, which has no limit")]
    TooLarge {
        /// Nodes in the view.
        nodes: usize,
        /// The limit.
        max: usize,
    },
}

/// Entities and the relations between them.
#[derive(Debug, Clone)]
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

fn subject_iri(triple_subject: &oxigraph::model::NamedOrBlankNode) -> String {
    match triple_subject {
        oxigraph::model::NamedOrBlankNode::NamedNode(node) => node.as_str().to_string(),
        other => other.to_string(),
    }
}

impl EntityGraph {
    /// Build from the store's quads (graph names tell which article
    /// describes what).
    pub fn from_quads(quads: &[Quad]) -> EntityGraph {
        let mut classes: BTreeMap<String, EntityClass> = BTreeMap::new();
        let mut provinces: HashSet<String> = HashSet::new();
        let mut names: HashMap<String, Vec<(u8, String)>> = HashMap::new();
        let mut articles: HashMap<String, BTreeSet<String>> = HashMap::new();
        let mut links: HashMap<(&'static str, String), Vec<String>> = HashMap::new();
        for quad in quads {
            let subject = subject_iri(&quad.subject);
            if let GraphName::NamedNode(graph) = &quad.graph_name {
                if graph.as_str().contains("/article/") {
                    articles
                        .entry(subject.clone())
                        .or_default()
                        .insert(graph.as_str().to_string());
                }
            }
            if quad.predicate == rdf::TYPE {
                if let Term::NamedNode(class) = &quad.object {
                    if class.as_ref() == bg::PROVINCE {
                        provinces.insert(subject.clone());
                    }
                    if let Some(class) = EntityClass::of(class.as_ref()) {
                        classes.entry(subject).or_insert(class);
                    }
                }
                continue;
            }
            let rank = match quad.predicate.as_ref() {
                p if p == rdf::LABEL => Some(0),
                p if p == schema::NAME => Some(1),
                p if p == schema::HEADLINE || p == schema::TEXT => Some(2),
                p if p == schema::ALTERNATE_NAME || p == rdf::ALT_LABEL || p == bg::SOURCE_FILE => {
                    Some(3)
                }
                _ => None,
            };
            if let (Some(rank), Term::Literal(literal)) = (rank, &quad.object) {
                names
                    .entry(subject)
                    .or_default()
                    .push((rank, literal.value().to_string()));
                continue;
            }
            let key = match quad.predicate.as_ref() {
                p if p == bg::LOCATED_IN => "located",
                p if p == bg::JURISDICTION => "jurisdiction",
                p if p == schema::CONTAINED_IN_PLACE => "parent",
                p if p == bg::HOLDS_OFFICE => "holds",
                p if p == bg::SPEAKER => "speaker",
                p if p == prov::WAS_DERIVED_FROM => "article",
                p if p == schema::AREA_SERVED => "served",
                p if p == schema::MENTIONS => "mentions",
                _ => continue,
            };
            if let Term::NamedNode(object) = &quad.object {
                links
                    .entry((key, subject))
                    .or_default()
                    .push(object.as_str().to_string());
            }
        }
        for values in links.values_mut() {
            values.sort();
            values.dedup();
        }
        let first = |key: &'static str, iri: &str| -> Option<String> {
            links
                .get(&(key, iri.to_string()))
                .and_then(|values| values.first().cloned())
        };
        let province_of_region = |region: &str| -> Option<String> {
            let mut current = region.to_string();
            for _ in 0..6 {
                if provinces.contains(&current) {
                    return Some(current);
                }
                current = first("parent", &current)?;
            }
            None
        };
        let province_of = |iri: &str, class: EntityClass| -> Option<String> {
            let region = match class {
                EntityClass::Region => Some(iri.to_string()),
                EntityClass::Event => first("located", iri),
                EntityClass::Office => first("jurisdiction", iri),
                EntityClass::Organization => first("served", iri),
                EntityClass::Person => {
                    first("holds", iri).and_then(|office| first("jurisdiction", &office))
                }
                EntityClass::Statement => first("speaker", iri)
                    .and_then(|person| first("holds", &person))
                    .and_then(|office| first("jurisdiction", &office))
                    .or_else(|| {
                        first("article", iri).and_then(|article| {
                            links.get(&("mentions", article)).and_then(|mentioned| {
                                mentioned
                                    .iter()
                                    .find(|node| classes.get(*node) == Some(&EntityClass::Region))
                                    .cloned()
                            })
                        })
                    }),
                EntityClass::Article => {
                    links
                        .get(&("mentions", iri.to_string()))
                        .and_then(|mentioned| {
                            mentioned
                                .iter()
                                .find(|node| classes.get(*node) == Some(&EntityClass::Region))
                                .cloned()
                        })
                }
                EntityClass::Law => None,
            }?;
            province_of_region(&region)
        };
        let mut graph = DiGraph::new();
        let mut index: HashMap<String, NodeIndex> = HashMap::new();
        for (iri, class) in &classes {
            let mut all = names.get(iri).cloned().unwrap_or_default();
            // Best kind of name first; among those the fullest, then the first in order.
            all.sort_by(|a, b| {
                a.0.cmp(&b.0)
                    .then(b.1.len().cmp(&a.1.len()))
                    .then(a.1.cmp(&b.1))
            });
            let raw = all
                .iter()
                .find(|(rank, _)| *rank < 3)
                .map(|(_, name)| name.clone())
                .unwrap_or_else(|| iri.rsplit('/').next().unwrap_or(iri).to_string());
            let label = match class {
                EntityClass::Statement => format!("“{}”", excerpt(&raw, 60)),
                _ => excerpt(&raw, 80),
            };
            let mut node_names: Vec<String> = all.into_iter().map(|(_, name)| name).collect();
            node_names.dedup();
            let node = graph.add_node(EntityNode {
                iri: iri.clone(),
                class: *class,
                label,
                names: node_names,
                articles: articles.get(iri).cloned().unwrap_or_default(),
                province: province_of(iri, *class).map(|province| {
                    names
                        .get(&province)
                        .and_then(|all| {
                            all.iter()
                                .filter(|(rank, _)| *rank == 1)
                                .map(|(_, name)| name.clone())
                                .min()
                        })
                        .unwrap_or(province)
                }),
            });
            index.insert(iri.clone(), node);
        }
        let mut edges: Vec<(NodeIndex, NodeIndex, &'static str)> = Vec::new();
        for quad in quads {
            let Some((_, label)) = RELATIONS
                .iter()
                .find(|(predicate, _)| quad.predicate == *predicate)
            else {
                continue;
            };
            let Term::NamedNode(object) = &quad.object else {
                continue;
            };
            let subject = subject_iri(&quad.subject);
            if let (Some(&from), Some(&to)) = (index.get(&subject), index.get(object.as_str())) {
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

    /// Build from plain triples (no article membership).
    pub fn from_triples(triples: &[Triple]) -> EntityGraph {
        let quads: Vec<Quad> = triples
            .iter()
            .map(|triple| triple.clone().in_graph(GraphName::DefaultGraph))
            .collect();
        EntityGraph::from_quads(&quads)
    }

    /// Number of entities.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// The subgraph of the nodes for which `keep` holds, and the edges between them.
    fn keep_nodes(&self, keep: impl Fn(NodeIndex) -> bool) -> EntityGraph {
        EntityGraph {
            graph: self.graph.filter_map(
                |node, weight| keep(node).then(|| weight.clone()),
                |_, edge| Some(*edge),
            ),
        }
    }

    /// The entity called `needle` (an IRI, or a name matched
    /// case-insensitively: an exact name first, else a unique part of one).
    pub fn find(&self, needle: &str) -> Result<NodeIndex, ViewError> {
        if let Some(node) = self
            .graph
            .node_indices()
            .find(|&node| self.graph[node].iri == needle)
        {
            return Ok(node);
        }
        let wanted = needle.trim().to_lowercase();
        let exact: Vec<NodeIndex> = self
            .graph
            .node_indices()
            .filter(|&node| {
                self.graph[node]
                    .names
                    .iter()
                    .any(|name| name.to_lowercase() == wanted)
            })
            .collect();
        let candidates = if exact.is_empty() {
            self.graph
                .node_indices()
                .filter(|&node| {
                    self.graph[node].class != EntityClass::Statement
                        && self.graph[node]
                            .names
                            .iter()
                            .any(|name| name.to_lowercase().contains(&wanted))
                })
                .collect()
        } else {
            exact
        };
        match candidates.len() {
            0 => Err(ViewError::Unknown(needle.to_string())),
            1 => Ok(candidates[0]),
            count => {
                let mut listed: Vec<String> = candidates
                    .iter()
                    .map(|&node| {
                        format!(
                            "{} ({}) <{}>",
                            self.graph[node].label,
                            self.graph[node].class.name(),
                            self.graph[node].iri
                        )
                    })
                    .collect();
                listed.sort();
                listed.truncate(8);
                Err(ViewError::Ambiguous {
                    name: needle.to_string(),
                    count,
                    candidates: listed.join("; "),
                })
            }
        }
    }

    /// The entities within `depth` edges of `center` (either direction).
    /// Region hierarchy edges are followed only upwards, so one region
    /// does not pull in all its neighbours' events.
    pub fn neighbourhood(&self, center: NodeIndex, depth: usize) -> EntityGraph {
        let mut distance: HashMap<NodeIndex, usize> = HashMap::from([(center, 0)]);
        let mut queue = VecDeque::from([center]);
        while let Some(node) = queue.pop_front() {
            let here = distance[&node];
            if here >= depth {
                continue;
            }
            let outgoing = self
                .graph
                .edges_directed(node, petgraph::Direction::Outgoing)
                .map(|edge| edge.target());
            let incoming = self
                .graph
                .edges_directed(node, petgraph::Direction::Incoming)
                .filter(|edge| {
                    !(*edge.weight() == "part of"
                        || (self.graph[node].class == EntityClass::Region && node != center))
                })
                .map(|edge| edge.source());
            let next: Vec<NodeIndex> = outgoing.chain(incoming).collect();
            for neighbour in next {
                if let std::collections::hash_map::Entry::Vacant(entry) = distance.entry(neighbour)
                {
                    entry.insert(here + 1);
                    queue.push_back(neighbour);
                }
            }
        }
        self.keep_nodes(|node| distance.contains_key(&node))
    }

    /// Only the edges of one relation view, and the nodes they touch.
    pub fn with_relation(&self, view: RelationView) -> EntityGraph {
        if view == RelationView::All {
            return self.clone();
        }
        let citing: HashSet<NodeIndex> = self
            .graph
            .edge_references()
            .filter(|edge| *edge.weight() == "cites law")
            .map(|edge| edge.source())
            .collect();
        // A statement's speaker is drawn in the citations view only when the statement cites a law.
        let kept = self.graph.filter_map(
            |_, weight| Some(weight.clone()),
            |index, edge| {
                let source = self.graph.edge_endpoints(index)?.0;
                let wanted = view.keeps(edge)
                    && !(view == RelationView::CitesLaw
                        && *edge == "said by"
                        && !citing.contains(&source));
                wanted.then_some(*edge)
            },
        );
        let touched: HashSet<NodeIndex> = kept
            .edge_references()
            .flat_map(|edge| [edge.source(), edge.target()])
            .collect();
        EntityGraph { graph: kept }.keep_nodes(|node| touched.contains(&node))
    }

    /// The entities described in one article, and the article.
    pub fn of_article(&self, article: &str) -> Result<EntityGraph, ViewError> {
        let article_node = self
            .graph
            .node_indices()
            .find(|&node| {
                let entity = &self.graph[node];
                entity.class == EntityClass::Article
                    && (entity.iri == article || entity.names.iter().any(|name| name == article))
            })
            .ok_or_else(|| ViewError::UnknownArticle(article.to_string()))?;
        let iri = self.graph[article_node].iri.clone();
        Ok(
            self.keep_nodes(|node| {
                node == article_node || self.graph[node].articles.contains(&iri)
            }),
        )
    }

    /// Only the nodes and relation edges present in `triples` (a CONSTRUCT result).
    pub fn restricted_to(&self, triples: &[Triple]) -> EntityGraph {
        let mentioned: HashSet<String> = triples
            .iter()
            .flat_map(|triple| {
                let mut iris = vec![subject_iri(&triple.subject)];
                if let Term::NamedNode(object) = &triple.object {
                    iris.push(object.as_str().to_string());
                }
                iris
            })
            .collect();
        let edges: HashSet<(String, String)> = triples
            .iter()
            .filter_map(|triple| match &triple.object {
                Term::NamedNode(object) => {
                    Some((subject_iri(&triple.subject), object.as_str().to_string()))
                }
                _ => None,
            })
            .collect();
        let nodes = self.graph.filter_map(
            |_, weight| mentioned.contains(&weight.iri).then(|| weight.clone()),
            |_, edge| Some(*edge),
        );
        let kept = nodes.filter_map(
            |_, weight| Some(weight.clone()),
            |index, edge| {
                let (from, to) = nodes.edge_endpoints(index)?;
                edges
                    .contains(&(nodes[from].iri.clone(), nodes[to].iri.clone()))
                    .then_some(*edge)
            },
        );
        EntityGraph { graph: kept }
    }

    /// At most `max` nodes: an error when larger, unless
    /// `keep_most_connected`, which keeps the `max` nodes with the most
    /// edges (ties broken by IRI).
    pub fn limit(&self, max: usize, keep_most_connected: bool) -> Result<EntityGraph, ViewError> {
        let nodes = self.graph.node_count();
        if nodes <= max {
            return Ok(self.clone());
        }
        if !keep_most_connected {
            return Err(ViewError::TooLarge { nodes, max });
        }
        let mut ranked: Vec<NodeIndex> = self.graph.node_indices().collect();
        ranked.sort_by(|a, b| {
            let degree = |node: NodeIndex| {
                self.graph
                    .edges_directed(node, petgraph::Direction::Outgoing)
                    .count()
                    + self
                        .graph
                        .edges_directed(node, petgraph::Direction::Incoming)
                        .count()
            };
            degree(*b)
                .cmp(&degree(*a))
                .then(self.graph[*a].iri.cmp(&self.graph[*b].iri))
        });
        let kept: HashSet<NodeIndex> = ranked.into_iter().take(max).collect();
        Ok(self.keep_nodes(|node| kept.contains(&node)))
    }

    /// The DOT text, nodes grouped into boxes by `clustering`.
    pub fn to_dot(&self, clustering: Clustering) -> String {
        let mut out = String::new();
        out.push_str("digraph beritagraf {\n");
        out.push_str("  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true, outputorder=edgesfirst];\n");
        out.push_str("  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n");
        out.push_str("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#495057\"];\n");
        let mut nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        nodes.sort_by(|a, b| self.graph[*a].iri.cmp(&self.graph[*b].iri));
        let identifier: HashMap<NodeIndex, usize> = nodes
            .iter()
            .enumerate()
            .map(|(position, &node)| (node, position))
            .collect();
        let label_of: HashMap<String, String> = self
            .graph
            .node_weights()
            .map(|node| (node.iri.clone(), node.label.clone()))
            .collect();
        let mut clusters: BTreeMap<String, Vec<NodeIndex>> = BTreeMap::new();
        let mut loose = Vec::new();
        for &node in &nodes {
            let entity = &self.graph[node];
            let key = match clustering {
                Clustering::None => None,
                Clustering::Region => entity.province.clone(),
                Clustering::Article => match entity.class {
                    EntityClass::Article => Some(entity.iri.clone()),
                    _ if entity.articles.len() == 1 => entity.articles.iter().next().cloned(),
                    _ => None,
                },
            };
            match key {
                Some(key) => clusters.entry(key).or_default().push(node),
                None => loose.push(node),
            }
        }
        let mut used: Vec<EntityClass> = Vec::new();
        let mut write_node = |out: &mut String, node: NodeIndex, indent: &str| {
            let entity = &self.graph[node];
            let (shape, color) = entity.class.style();
            if !used.contains(&entity.class) {
                used.push(entity.class);
            }
            let _ = writeln!(
                out,
                "{indent}n{} [label=\"{}\", shape={shape}, fillcolor=\"{color}\", tooltip=\"{}\"];",
                identifier[&node],
                escape(&entity.label),
                escape(&entity.iri)
            );
        };
        for (position, (key, members)) in clusters.iter().enumerate() {
            let title = label_of.get(key).cloned().unwrap_or_else(|| key.clone());
            let _ = writeln!(out, "  subgraph cluster_{position} {{\n    label=\"{}\"; fontsize=11; style=rounded; color=\"#868e96\";", escape(&title));
            for &node in members {
                write_node(&mut out, node, "    ");
            }
            out.push_str("  }\n");
        }
        for &node in &loose {
            write_node(&mut out, node, "  ");
        }
        let mut edges: Vec<(usize, usize, &str)> = self
            .graph
            .edge_references()
            .map(|edge| {
                (
                    identifier[&edge.source()],
                    identifier[&edge.target()],
                    *edge.weight(),
                )
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
