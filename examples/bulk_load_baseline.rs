//! The "bare bulk load" baseline of the ingest benchmark: load an N-Quads
//! file into a fresh store with Oxigraph's bulk loader, nothing else.
//!
//! ```text
//! cargo run --release --example bulk_load_baseline -- --nquads graph.nq --store /tmp/bare [--memory-mb 256]
//! ```
//!
//! Prints one JSON object: `quads` (parsed and loaded), `seconds` (open →
//! parse → load → commit), `compact_seconds` (the compaction after it, as
//! `beritagraf ingest` does), `quads_per_second`, `input_bytes`, and the
//! settings used. `beritagraf ingest` uses the same loader with the same
//! memory budget (256 MB by default), so the ratio ingest / baseline is the
//! cost of reading, extracting and building the graphs on top of storing it.

use clap::Parser;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::store::{LoaderError, Store};
use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::time::Instant;

/// The same allocator as `beritagraf` itself, so the ratio compares like
/// with like.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Bulk-load an N-Quads file into a fresh Oxigraph store and time it.
#[derive(Debug, Parser)]
struct Args {
    /// The N-Quads file to load.
    #[arg(long, value_name = "FILE")]
    nquads: PathBuf,
    /// Store folder to create; must not exist or be empty.
    #[arg(long, value_name = "DIR")]
    store: PathBuf,
    /// Memory budget of the bulk loader in megabytes (the ingest uses 256).
    #[arg(long, default_value_t = 256)]
    memory_mb: usize,
    /// Parse leniently (skip some IRI and literal validation).
    #[arg(long)]
    lenient: bool,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    if args.store.exists() && std::fs::read_dir(&args.store)?.next().is_some() {
        return Err(format!(
            "{} is not empty: the baseline needs a fresh store",
            args.store.display()
        )
        .into());
    }
    let input_bytes = std::fs::metadata(&args.nquads)?.len();
    let file = File::open(&args.nquads)?;
    let reader = BufReader::with_capacity(1 << 20, file);

    let started = Instant::now();
    let store = Store::open(&args.store)?;
    let mut parser = RdfParser::from_format(RdfFormat::NQuads);
    if args.lenient {
        parser = parser.lenient();
    }
    let mut quads: u64 = 0;
    let counted = parser.for_reader(reader).inspect(|result| {
        if result.is_ok() {
            quads += 1;
        }
    });
    let mut loader = store
        .bulk_loader()
        .with_max_memory_size_in_megabytes(args.memory_mb);
    loader.load_ok_quads::<_, LoaderError>(counted)?;
    loader.commit()?;
    // Committed bulk-loaded files are durable: no flush.
    let seconds = started.elapsed().as_secs_f64();
    // The compaction `beritagraf ingest` runs after a bulk load, timed
    // on its own.
    let compacted = Instant::now();
    store.optimize()?;
    let compact_seconds = compacted.elapsed().as_secs_f64();

    let report = serde_json::json!({
        "nquads": args.nquads.display().to_string(),
        "store": args.store.display().to_string(),
        "input_bytes": input_bytes,
        "memory_mb": args.memory_mb,
        "lenient": args.lenient,
        "quads": quads,
        "seconds": (seconds * 1000.0).round() / 1000.0,
        "compact_seconds": (compact_seconds * 1000.0).round() / 1000.0,
        "quads_per_second": if seconds > 0.0 { (quads as f64 / seconds).round() } else { 0.0 },
    });
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(())
}
