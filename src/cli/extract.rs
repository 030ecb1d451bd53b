//! `beritagraf extract`: print the facts of articles without a store.

use super::args::{ExtractArgs, ExtractFormat};
use super::Outcome;
use anyhow::Result;
use beritagraf::extract::extract;
use beritagraf::gazetteer::Gazetteer;
use beritagraf::ingest::content_hash;
use beritagraf::input::{collect_input_files, read_articles, InputFormat};
use beritagraf::model::{Article, ArticleFacts};
use beritagraf::rdf::article_graph;
use beritagraf::resolve::IriMinter;
use beritagraf::vocab::PREFIXES;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Triple, TripleRef};
use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

/// Run the verb. Output streams: each article's facts are written as soon
/// as it is extracted, so memory does not grow with the input.
pub fn run(args: ExtractArgs) -> Result<Outcome> {
    let files = collect_input_files(&args.paths)?;
    let max_bytes = args.limits.max_article_bytes();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let rdf = match args.format {
        ExtractFormat::Turtle => RdfFormat::Turtle,
        ExtractFormat::Nquads => RdfFormat::NQuads,
        ExtractFormat::Jsonl => {
            let failed = for_each_article(&files, max_bytes, |article, facts| {
                let record = serde_json::json!({ "article": article.source_id, "headline": article.headline, "facts": facts });
                serde_json::to_writer(&mut out, &record)?;
                out.write_all(b"\n")?;
                Ok(())
            })?;
            out.flush()?;
            return Ok(outcome(failed));
        }
    };
    let mut serializer = RdfSerializer::from_format(rdf);
    for (prefix, namespace) in PREFIXES {
        serializer = serializer.with_prefix(*prefix, *namespace)?;
    }
    let mut serializer = serializer.for_writer(&mut out);
    let minter = IriMinter::new(&args.base);
    // Triple formats print a shared description (a region, a person) once,
    // not once per article that names it; article triples are unique.
    let mut shared_seen = HashSet::new();
    let failed = for_each_article(&files, max_bytes, |article, facts| {
        let graph = article_graph(
            article,
            facts,
            &content_hash(article),
            &minter,
            Gazetteer::get(),
        );
        if rdf == RdfFormat::NQuads {
            for quad in graph.quads.iter().chain(&graph.reference) {
                serializer.serialize_quad(quad)?;
            }
            return Ok(());
        }
        for quad in &graph.quads {
            serializer.serialize_triple(TripleRef::from(quad.as_ref()))?;
        }
        for quad in graph.reference {
            let triple = Triple::from(quad);
            if !shared_seen.contains(&triple) {
                serializer.serialize_triple(&triple)?;
                shared_seen.insert(triple);
            }
        }
        Ok(())
    })?;
    serializer.finish()?;
    out.flush()?;
    Ok(outcome(failed))
}

/// Read and extract every article of `files`, reporting unreadable ones;
/// true when any failed.
fn for_each_article(
    files: &[(PathBuf, InputFormat)],
    max_bytes: usize,
    mut write: impl FnMut(&Article, &ArticleFacts) -> Result<()>,
) -> Result<bool> {
    let mut failed = false;
    for (path, format) in files {
        for result in read_articles(path, *format, max_bytes) {
            match result {
                Ok(article) => write(&article, &extract(&article))?,
                Err(error) => {
                    eprintln!("beritagraf: skipped: {error}");
                    failed = true;
                }
            }
        }
    }
    Ok(failed)
}

fn outcome(failed: bool) -> Outcome {
    if failed {
        Outcome::PartialFailure
    } else {
        Outcome::Success
    }
}
