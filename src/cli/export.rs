//! `beritagraf export`: the whole graph as RDF or GraphViz DOT.

use super::args::{ExportArgs, ExportFormat};
use super::output::Output;
use super::{store_path, Outcome};
use crate::export::dot::EntityGraph;
use crate::store::GraphStore;
use anyhow::Result;
use oxigraph::io::RdfFormat;
use std::io::Write;

fn rdf_format(format: ExportFormat) -> Option<RdfFormat> {
    Some(match format {
        ExportFormat::Turtle => RdfFormat::Turtle,
        ExportFormat::Ntriples => RdfFormat::NTriples,
        ExportFormat::Nquads => RdfFormat::NQuads,
        ExportFormat::Trig => RdfFormat::TriG,
        ExportFormat::Rdfxml => RdfFormat::RdfXml,
        ExportFormat::Jsonld => RdfFormat::from_extension("jsonld")?,
        ExportFormat::Dot => return None,
    })
}

/// Run the verb.
pub fn run(args: ExportArgs) -> Result<Outcome> {
    let store = GraphStore::open_read_only(&store_path(&args.store))?;
    let mut output = Output::open(args.output.as_deref())?;
    let written = match rdf_format(args.format) {
        Some(format) => store
            .export(format, &mut output)
            .map_err(anyhow::Error::from),
        None => store
            .union_triples()
            .map_err(anyhow::Error::from)
            .and_then(|triples| {
                Ok(output.write_all(EntityGraph::from_triples(&triples).to_dot().as_bytes())?)
            }),
    };
    match written {
        Ok(()) => {
            output.finish()?;
            Ok(Outcome::Success)
        }
        Err(error) => {
            output.abandon();
            Err(error)
        }
    }
}
