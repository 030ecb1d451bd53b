//! Facts to RDF: the quads of one article's named graph (named by the
//! article's IRI), and the region descriptions it needs in the shared
//! gazetteer graph. The shape follows `CONTRACT.md`.

use crate::extract::EXTRACTOR_VERSION;
use crate::gazetteer::{Gazetteer, RegionId, RegionKind};
use crate::model::{Article, ArticleFacts, EventDate, Evidence};
use crate::resolve::IriMinter;
use crate::vocab::{bg, prov, rdf, schema, XSD};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use std::collections::BTreeSet;

/// The quads of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleGraph {
    /// The article's IRI, also the name of its graph.
    pub graph: NamedNode,
    /// The article's own facts, all in `graph`.
    pub quads: Vec<Quad>,
    /// Descriptions of regions (gazetteer graph) and of the persons,
    /// offices, bodies, laws and events the article names (entities graph):
    /// shared by all articles, written idempotently.
    pub reference: Vec<Quad>,
}

/// Byte offsets to character offsets in one text, with a sparse index.
struct CharOffsets<'a> {
    text: &'a str,
    checkpoints: Vec<(usize, usize)>,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        let mut checkpoints = vec![(0, 0)];
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            if byte >= checkpoints.last().map_or(0, |c| c.0) + 4096 {
                checkpoints.push((byte, chars));
            }
        }
        CharOffsets { text, checkpoints }
    }

    fn chars_before(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let position = self
            .checkpoints
            .partition_point(|checkpoint| checkpoint.0 <= byte)
            - 1;
        let (start, count) = self.checkpoints[position];
        count + self.text[start..byte].chars().count()
    }
}

struct Writer {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Writer {
    fn add(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, object: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::NamedNode(subject.clone()),
            predicate.into_owned(),
            object.into(),
            self.graph.clone(),
        ));
    }
}

fn typed(value: impl Into<String>, datatype: &str) -> Literal {
    Literal::new_typed_literal(value, NamedNode::new_unchecked(format!("{XSD}{datatype}")))
}

fn node(iri: String) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn date_literal(date: EventDate) -> Literal {
    let datatype = match date {
        EventDate::Full { .. } => "date",
        EventDate::MonthDay { .. } => "gMonthDay",
        EventDate::Year(_) => "gYear",
    };
    typed(date.to_string(), datatype)
}

/// Build the graph of one article.
pub fn article_graph(
    article: &Article,
    facts: &ArticleFacts,
    content_hash: &str,
    minter: &IriMinter,
    gazetteer: &Gazetteer,
) -> ArticleGraph {
    let source = article.source_id.as_str();
    let article_node = node(minter.article(source));
    let mut out = Writer {
        graph: GraphName::NamedNode(article_node.clone()),
        quads: Vec::new(),
    };
    // Descriptions of shared entities go to one graph, once: repeated in
    // every article graph, they would multiply the rows of every query over
    // the union of graphs.
    let mut entities = Writer {
        graph: GraphName::NamedNode(node(minter.entities_graph())),
        quads: Vec::new(),
    };
    let offsets = CharOffsets::new(&facts.text);
    let mut referenced_regions: BTreeSet<String> = BTreeSet::new();

    out.add(&article_node, rdf::TYPE, schema::NEWS_ARTICLE);
    out.add(
        &article_node,
        schema::HEADLINE,
        Literal::new_simple_literal(&article.headline),
    );
    out.add(
        &article_node,
        bg::SOURCE_FILE,
        Literal::new_simple_literal(source),
    );
    out.add(
        &article_node,
        bg::CONTENT_HASH,
        Literal::new_simple_literal(content_hash),
    );
    out.add(
        &article_node,
        bg::EXTRACTOR_VERSION,
        Literal::new_simple_literal(EXTRACTOR_VERSION),
    );
    if let Some(url) = &article.url {
        out.add(&article_node, schema::URL, Literal::new_simple_literal(url));
    }
    if let Some((year, month, day)) = facts.published {
        out.add(
            &article_node,
            schema::DATE_PUBLISHED,
            typed(format!("{year:04}-{month:02}-{day:02}"), "date"),
        );
    }

    let mut evidence_count = 0;
    let mut evidence = |out: &mut Writer,
                        subject: &NamedNode,
                        predicate: NamedNodeRef<'_>,
                        object: Term,
                        found: &Evidence,
                        extra: &[(NamedNodeRef<'_>, Term)]| {
        let evidence_node = node(minter.evidence(source, evidence_count));
        evidence_count += 1;
        out.add(&evidence_node, rdf::TYPE, bg::EVIDENCE);
        out.add(&evidence_node, rdf::SUBJECT, subject.clone());
        out.add(&evidence_node, rdf::PREDICATE, predicate.into_owned());
        out.add(&evidence_node, rdf::OBJECT, object);
        out.add(
            &evidence_node,
            bg::RULE,
            Literal::new_simple_literal(found.rule.name()),
        );
        out.add(
            &evidence_node,
            bg::CONFIDENCE,
            typed(format!("{:.2}", found.confidence), "decimal"),
        );
        if found.sentence.end > found.sentence.start {
            out.add(
                &evidence_node,
                bg::START_OFFSET,
                typed(
                    offsets.chars_before(found.sentence.start).to_string(),
                    "integer",
                ),
            );
            out.add(
                &evidence_node,
                bg::END_OFFSET,
                typed(
                    offsets.chars_before(found.sentence.end).to_string(),
                    "integer",
                ),
            );
            out.add(
                &evidence_node,
                bg::EVIDENCE_TEXT,
                Literal::new_simple_literal(&facts.text[found.sentence.clone()]),
            );
        }
        out.add(&evidence_node, prov::WAS_DERIVED_FROM, article_node.clone());
        for (predicate, value) in extra {
            out.add(&evidence_node, *predicate, value.clone());
        }
    };

    // Regions the body names.
    for code in &facts.regions {
        let region = node(minter.region(code));
        out.add(&article_node, schema::MENTIONS, region);
        referenced_regions.insert(code.clone());
    }

    // Persons.
    let person_nodes: Vec<NamedNode> = facts
        .persons
        .iter()
        .map(|person| node(minter.person(&person.name)))
        .collect();
    for (person, person_node) in facts.persons.iter().zip(&person_nodes) {
        entities.add(person_node, rdf::TYPE, schema::PERSON);
        entities.add(
            person_node,
            schema::NAME,
            Literal::new_simple_literal(&person.name),
        );
        for alias in &person.aliases {
            entities.add(
                person_node,
                schema::ALTERNATE_NAME,
                Literal::new_simple_literal(alias),
            );
        }
        out.add(&article_node, schema::MENTIONS, person_node.clone());
    }

    // Bodies.
    let organization_nodes: Vec<NamedNode> = facts
        .organizations
        .iter()
        .map(|organization| node(minter.organization(organization)))
        .collect();
    for (organization, organization_node) in facts.organizations.iter().zip(&organization_nodes) {
        entities.add(organization_node, rdf::TYPE, schema::ORGANIZATION);
        entities.add(
            organization_node,
            schema::NAME,
            Literal::new_simple_literal(&organization.name),
        );
        for form in &organization.forms {
            if *form != organization.name {
                entities.add(
                    organization_node,
                    rdf::ALT_LABEL,
                    Literal::new_simple_literal(form),
                );
            }
        }
        if let Some(code) = &organization.region {
            entities.add(
                organization_node,
                schema::AREA_SERVED,
                node(minter.region(code)),
            );
            referenced_regions.insert(code.clone());
        }
        out.add(&article_node, schema::MENTIONS, organization_node.clone());
    }

    // Offices and who holds them.
    let office_nodes: Vec<NamedNode> = facts
        .offices
        .iter()
        .map(|office| {
            node(minter.office(
                office,
                office.organization.map(|index| facts.organization(index)),
                source,
            ))
        })
        .collect();
    for (office, office_node) in facts.offices.iter().zip(&office_nodes) {
        entities.add(office_node, rdf::TYPE, bg::OFFICE);
        entities.add(
            office_node,
            rdf::LABEL,
            Literal::new_simple_literal(&office.label),
        );
        entities.add(
            office_node,
            bg::ROLE_NAME,
            Literal::new_simple_literal(&office.role_name),
        );
        entities.add(
            office_node,
            schema::NAME,
            Literal::new_simple_literal(&office.surface),
        );
        if let Some(code) = &office.jurisdiction {
            entities.add(office_node, bg::JURISDICTION, node(minter.region(code)));
            referenced_regions.insert(code.clone());
        }
        if let Some(index) = office.organization {
            entities.add(
                office_node,
                bg::IN_ORGANIZATION,
                organization_nodes[index.index()].clone(),
            );
        }
    }
    for hold in &facts.holds {
        let person = &person_nodes[hold.person.index()];
        let office = &office_nodes[hold.office.index()];
        out.add(person, bg::HOLDS_OFFICE, office.clone());
        let acting = [(
            bg::ACTING,
            Term::from(typed(hold.acting.to_string(), "boolean")),
        )];
        evidence(
            &mut out,
            person,
            bg::HOLDS_OFFICE,
            office.clone().into(),
            &hold.evidence,
            &acting,
        );
    }

    // Laws.
    let law_nodes: Vec<NamedNode> = facts.laws.iter().map(|law| node(minter.law(law))).collect();
    for (law, law_node) in facts.laws.iter().zip(&law_nodes) {
        entities.add(law_node, rdf::TYPE, bg::LAW);
        entities.add(
            law_node,
            bg::LAW_TYPE,
            Literal::new_simple_literal(law.law_type),
        );
        entities.add(
            law_node,
            bg::LAW_NUMBER,
            Literal::new_simple_literal(&law.number),
        );
        entities.add(
            law_node,
            bg::LAW_YEAR,
            typed(format!("{:04}", law.year), "gYear"),
        );
        if let Some(title) = &law.title {
            entities.add(law_node, bg::LAW_TITLE, Literal::new_simple_literal(title));
        }
        entities.add(
            law_node,
            rdf::LABEL,
            Literal::new_simple_literal(&law.label),
        );
        out.add(&article_node, schema::MENTIONS, law_node.clone());
    }

    // Statements.
    for (index, statement) in facts.statements.iter().enumerate() {
        let statement_node = node(minter.statement(source, index));
        out.add(&statement_node, rdf::TYPE, bg::STATEMENT);
        out.add(
            &statement_node,
            schema::TEXT,
            Literal::new_simple_literal(&statement.text),
        );
        out.add(
            &statement_node,
            prov::WAS_DERIVED_FROM,
            article_node.clone(),
        );
        if let Some(speaker) = statement.speaker {
            out.add(
                &statement_node,
                bg::SPEAKER,
                person_nodes[speaker.index()].clone(),
            );
            evidence(
                &mut out,
                &statement_node,
                bg::SPEAKER,
                person_nodes[speaker.index()].clone().into(),
                &statement.evidence,
                &[],
            );
        }
        for citation in &statement.citations {
            let law = &law_nodes[citation.law.index()];
            out.add(&statement_node, bg::CITES_LAW, law.clone());
            let extra: Vec<(NamedNodeRef<'_>, Term)> = citation
                .article_ref
                .iter()
                .map(|reference| {
                    (
                        bg::ARTICLE_REF,
                        Term::from(Literal::new_simple_literal(reference)),
                    )
                })
                .collect();
            evidence(
                &mut out,
                &statement_node,
                bg::CITES_LAW,
                law.clone().into(),
                &statement.evidence,
                &extra,
            );
        }
    }

    // Events.
    for event in &facts.events {
        let event_node = node(minter.event(event, source));
        entities.add(&event_node, rdf::TYPE, schema::EVENT);
        entities.add(
            &event_node,
            schema::NAME,
            Literal::new_simple_literal(&event.name),
        );
        entities.add(
            &event_node,
            bg::EVENT_KIND,
            Literal::new_simple_literal(&event.kind),
        );
        out.add(&event_node, prov::WAS_DERIVED_FROM, article_node.clone());
        if let Some(date) = event.date {
            entities.add(&event_node, schema::START_DATE, date_literal(date));
        }
        if let Some(venue) = &event.venue {
            entities.add(
                &event_node,
                schema::LOCATION,
                Literal::new_simple_literal(venue),
            );
        }
        for &organizer in &event.organizers {
            entities.add(
                &event_node,
                schema::ORGANIZER,
                organization_nodes[organizer.index()].clone(),
            );
        }
        for code in &event.regions {
            let region = node(minter.region(code));
            out.add(&event_node, bg::LOCATED_IN, region.clone());
            evidence(
                &mut out,
                &event_node,
                bg::LOCATED_IN,
                region.into(),
                &event.evidence,
                &[],
            );
            referenced_regions.insert(code.clone());
        }
        out.add(&article_node, schema::MENTIONS, event_node);
    }

    let mut reference = region_descriptions(&referenced_regions, minter, gazetteer);
    reference.extend(entities.quads);
    ArticleGraph {
        graph: article_node,
        quads: out.quads,
        reference,
    }
}

/// Descriptions of `codes` and all their ancestors, in the gazetteer graph.
pub fn region_descriptions(
    codes: &BTreeSet<String>,
    minter: &IriMinter,
    gazetteer: &Gazetteer,
) -> Vec<Quad> {
    let regions = &gazetteer.regions;
    let mut out = Writer {
        graph: GraphName::NamedNode(node(minter.gazetteer_graph())),
        quads: Vec::new(),
    };
    let mut described: BTreeSet<RegionId> = BTreeSet::new();
    for code in codes {
        if let Some(index) = regions.by_code(code) {
            described.extend(regions.lineage(index));
        }
    }
    for index in described {
        let region = regions.region(index);
        let region_node = node(minter.region(&region.code));
        let class = match region.kind {
            RegionKind::Country => bg::COUNTRY,
            RegionKind::Province => bg::PROVINCE,
            RegionKind::Regency => bg::REGENCY,
            RegionKind::City => bg::CITY,
            RegionKind::District => bg::DISTRICT,
        };
        out.add(&region_node, rdf::TYPE, bg::REGION);
        out.add(&region_node, rdf::TYPE, class);
        out.add(
            &region_node,
            schema::NAME,
            Literal::new_simple_literal(&region.name),
        );
        out.add(
            &region_node,
            bg::REGION_CODE,
            Literal::new_simple_literal(&region.code),
        );
        // The formal name tells a regency from the city of the same name.
        out.add(
            &region_node,
            rdf::LABEL,
            Literal::new_simple_literal(region.formal_name()),
        );
        for alias in &region.aliases {
            out.add(
                &region_node,
                rdf::ALT_LABEL,
                Literal::new_simple_literal(alias),
            );
        }
        if let Some(parent) = region.parent {
            out.add(
                &region_node,
                schema::CONTAINED_IN_PLACE,
                node(minter.region(&regions.region(parent).code)),
            );
        }
    }
    out.quads
}
