//! `beritagraf extract`: print the facts of articles without a store.

use super::args::{ExtractArgs, ExtractFormat};
use super::Outcome;
use crate::extract::extract;
use crate::gazetteer::Gazetteer;
use crate::ingest::content_hash;
use crate::input::{collect_input_files, read_articles};
use crate::rdf::article_graph;
use crate::resolve::IriMinter;
use crate::vocab::PREFIXES;
use anyhow::Result;
use oxigraph::io::{RdfFormat, RdfSerializer};
use std::collections::HashSet;
use std::io::Write;

/// Run the verb.
pub fn run(args: ExtractArgs) -> Result<Outcome> {
    let files = collect_input_files(&args.paths)?;
    let minter = IriMinter::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let rdf = match args.format {
        ExtractFormat::Turtle => Some(RdfFormat::Turtle),
        ExtractFormat::Nquads => Some(RdfFormat::NQuads),
        ExtractFormat::Jsonl => None,
    };
    let mut serializer = rdf.map(|format| {
        let mut serializer = RdfSerializer::from_format(format);
        for (prefix, namespace) in PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *namespace)
                .expect("valid prefixes");
        }
        serializer.for_writer(Vec::new())
    });
    let mut seen = HashSet::new();
    for (path, format) in &files {
        for result in read_articles(path, *format) {
            let article = match result {
                Ok(article) => article,
                Err(error) => {
                    eprintln!("beritagraf: skipped: {error}");
                    failed = true;
                    continue;
                }
            };
            let facts = extract(&article);
            match serializer.as_mut() {
                None => {
                    let record = serde_json::json!({ "article": article.source_id, "headline": article.headline, "facts": facts });
                    serde_json::to_writer(&mut out, &record)?;
                    out.write_all(b"\n")?;
                }
                Some(serializer) => {
                    let graph = article_graph(
                        &article,
                        &facts,
                        &content_hash(&article),
                        &minter,
                        Gazetteer::get(),
                    );
                    for quad in graph.quads.iter().chain(&graph.reference) {
                        if rdf == Some(RdfFormat::NQuads) {
                            serializer.serialize_quad(quad)?;
                        } else if seen.insert(oxigraph::model::Triple::from(quad.clone())) {
                            serializer.serialize_triple(oxigraph::model::TripleRef::from(
                                quad.as_ref(),
                            ))?;
                        }
                    }
                }
            }
        }
    }
    if let Some(serializer) = serializer {
        out.write_all(&serializer.finish()?)?;
    }
    out.flush()?;
    Ok(if failed {
        Outcome::PartialFailure
    } else {
        Outcome::Success
    })
}
