//! `beritagraf gc`: remove shared descriptions no article uses any more,
//! and report what was removed.

use super::args::GcArgs;
use super::{store_path, Outcome};
use anyhow::{Context, Result};
use beritagraf::store::GraphStore;
use std::fmt::Write as _;
use std::io::Write;

/// Run the verb.
pub fn run(args: GcArgs) -> Result<Outcome> {
    let path = store_path(&args.store);
    if !path.exists() {
        anyhow::bail!(
            "no store at {}: run `beritagraf ingest` first, or give --store",
            path.display()
        );
    }
    let store = GraphStore::open(&path)?;
    let base = store
        .base()?
        .unwrap_or_else(|| beritagraf::vocab::BGR.to_string());
    let report = store
        .collect_garbage(&base, args.dry_run)
        .with_context(|| format!("gc of {} stopped; nothing was removed", path.display()))?;
    let text = if args.json {
        format!("{}\n", serde_json::to_string_pretty(&report)?)
    } else {
        let verb = if report.dry_run {
            "would remove"
        } else {
            "removed"
        };
        let mut text = String::new();
        let _ = writeln!(text, "store            {}", path.display());
        let _ = writeln!(
            text,
            "{verb:<16} {} entity descriptions, {} region descriptions ({} quads)",
            report.entity_descriptions_removed,
            report.region_descriptions_removed,
            report.quads_removed
        );
        for iri in &report.removed {
            let _ = writeln!(text, "  {iri}");
        }
        text
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(Outcome::Success)
}
