//! Exports beyond plain RDF serialisation: the entity graph drawn as
//! GraphViz DOT ([`dot`]).

pub mod dot;
