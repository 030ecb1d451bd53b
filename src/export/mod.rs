//! Exports beyond plain RDF serialisation: the entity graph drawn as
//! GraphViz DOT ([`dot`]), and compacted JSON-LD with the ontology's
//! context ([`jsonld`]).

pub mod dot;
pub mod jsonld;
