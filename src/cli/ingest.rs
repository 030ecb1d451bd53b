//! `beritagraf ingest`: read articles into the store, with a progress bar
//! on a terminal, and print a summary.

use super::args::IngestArgs;
use super::{store_path, Outcome};
use anyhow::{Context, Result};
use beritagraf::ingest::{ingest, IngestOptions, IngestSummary};
use beritagraf::input::collect_input_files;
use beritagraf::resolve::IriMinter;
use beritagraf::store::GraphStore;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::fmt::Write as _;
use std::io::IsTerminal;
use std::time::Instant;

/// Run the verb.
pub fn run(args: IngestArgs) -> Result<Outcome> {
    let files = collect_input_files(&args.paths)?;
    let total_bytes: u64 = files
        .iter()
        .filter_map(|(path, _)| std::fs::metadata(path).ok())
        .map(|metadata| metadata.len())
        .sum();
    let path = store_path(&args.store);
    let store = GraphStore::open(&path)?;
    // A store keeps the base it was built with: --base must agree with it.
    let base = match &args.base {
        Some(base) => {
            store.check_base(base)?;
            base.clone()
        }
        None => store
            .base()?
            .unwrap_or_else(|| beritagraf::vocab::BGR.to_string()),
    };
    let show_bar = !args.quiet && !args.json && std::io::stderr().is_terminal();
    let bar = if show_bar {
        ProgressBar::new(total_bytes)
    } else {
        ProgressBar::hidden()
    };
    if show_bar {
        bar.set_draw_target(ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
    }
    let started = Instant::now();
    let verbose = args.verbose;
    let summary = ingest(
        &store,
        &files,
        &IngestOptions {
            max_article_bytes: args.limits.max_article_bytes(),
            minter: IriMinter::new(&base),
            ..IngestOptions::default()
        },
        |error| bar.suspend(|| eprintln!("beritagraf: skipped: {error}")),
        |progress: &IngestSummary| {
            bar.set_position(progress.bytes_read.min(total_bytes));
            if progress.compacted {
                bar.set_message(format!(
                    "{} articles; compacting the store",
                    progress.articles_read
                ));
            } else {
                bar.set_message(format!("{} articles", progress.articles_read));
            }
            // Compaction starts after the load; the end sets the elapsed time.
            if verbose && progress.compacted && progress.elapsed_ms == 0 {
                eprintln!(
                    "beritagraf: {} articles stored; compacting the store, {:.1} s",
                    progress.articles_written,
                    started.elapsed().as_secs_f64()
                );
            } else if verbose {
                eprintln!(
                    "beritagraf: {} articles read ({} written, {} unchanged, {} failed), {:.1} MB, {:.1} s",
                    progress.articles_read,
                    progress.articles_written,
                    progress.unchanged,
                    progress.failed,
                    progress.bytes_read as f64 / 1e6,
                    started.elapsed().as_secs_f64()
                );
            }
        },
    )
    .with_context(|| format!("ingest into {} stopped", path.display()))?;
    bar.finish_and_clear();
    let text = if args.json {
        format!("{}\n", serde_json::to_string_pretty(&summary)?)
    } else if !args.quiet {
        summary_text(&summary, &path, started.elapsed().as_secs_f64())
    } else {
        String::new()
    };
    std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes())?;
    Ok(if summary.failed > 0 {
        Outcome::PartialFailure
    } else {
        Outcome::Success
    })
}

fn summary_text(summary: &IngestSummary, path: &std::path::Path, seconds: f64) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "store            {}", path.display());
    let _ = writeln!(
        text,
        "articles         {} read, {} written, {} unchanged, {} failed",
        summary.articles_read, summary.articles_written, summary.unchanged, summary.failed
    );
    let _ = writeln!(text, "quads written    {}", summary.quads_written);
    let _ = writeln!(
        text,
        "facts            {} persons, {} offices, {} events, {} laws, {} statements",
        summary.persons, summary.offices, summary.events, summary.laws, summary.statements
    );
    let _ = writeln!(
        text,
        "time             {seconds:.2} s ({:.0} articles/s, {:.1} MB/s)",
        summary.articles_read as f64 / seconds.max(1e-9),
        summary.bytes_read as f64 / 1e6 / seconds.max(1e-9)
    );
    text
}
