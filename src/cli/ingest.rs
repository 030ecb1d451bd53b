//! `beritagraf ingest`: read articles into the store and print a summary.

use super::args::IngestArgs;
use super::{store_path, Outcome};
use crate::ingest::{ingest, IngestOptions, IngestSummary};
use crate::input::collect_input_files;
use crate::store::GraphStore;
use anyhow::{Context, Result};

/// Run the verb.
pub fn run(args: IngestArgs) -> Result<Outcome> {
    let files = collect_input_files(&args.paths)?;
    let path = store_path(&args.store);
    let store = GraphStore::open(&path)?;
    let quiet = args.quiet;
    let summary = ingest(
        &store,
        &files,
        &IngestOptions::default(),
        |error| eprintln!("beritagraf: skipped: {error}"),
        |_| {},
    )
    .with_context(|| format!("ingest into {} stopped", path.display()))?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else if !quiet {
        print_summary(&summary, &path);
    }
    Ok(if summary.failed > 0 {
        Outcome::PartialFailure
    } else {
        Outcome::Success
    })
}

fn print_summary(summary: &IngestSummary, path: &std::path::Path) {
    println!("store            {}", path.display());
    println!(
        "articles         {} read, {} written, {} unchanged, {} failed",
        summary.articles_read, summary.articles_written, summary.unchanged, summary.failed
    );
    println!("quads written    {}", summary.quads_written);
    println!(
        "facts            {} persons, {} offices, {} events, {} laws, {} statements",
        summary.persons, summary.offices, summary.events, summary.laws, summary.statements
    );
}
