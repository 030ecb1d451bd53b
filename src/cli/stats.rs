//! `beritagraf stats`: what the store holds.

use super::args::StatsArgs;
use super::query::with_prefixes;
use super::{store_path, Outcome};
use anyhow::Result;
use beritagraf::store::GraphStore;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use serde::Serialize;
use std::fmt::Write as _;

/// Counts shown by `stats`, as (label, SPARQL pattern counted).
const COUNTS: &[(&str, &str)] = &[
    ("articles", "?x a schema:NewsArticle"),
    ("persons", "?x a schema:Person"),
    ("offices", "?x a bg:Office"),
    ("organizations", "?x a schema:Organization"),
    ("events", "?x a schema:Event"),
    ("regions", "?x a bg:Region"),
    ("laws", "?x a bg:Law"),
    ("statements", "?x a bg:Statement"),
    ("holds office edges", "?x bg:holdsOffice ?y"),
    ("located in edges", "?x bg:locatedIn ?y"),
    ("cites law edges", "?x bg:citesLaw ?y"),
    ("said by edges", "?x bg:speaker ?y"),
];

#[derive(Serialize)]
struct Stats {
    store: String,
    quads: usize,
    bytes_on_disk: u64,
    counts: serde_json::Map<String, serde_json::Value>,
}

fn folder_size(path: &std::path::Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| match entry.metadata() {
                    Ok(metadata) if metadata.is_dir() => folder_size(&entry.path()),
                    Ok(metadata) => metadata.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Run the verb.
pub fn run(args: StatsArgs) -> Result<Outcome> {
    let path = store_path(&args.store);
    let store = GraphStore::open_read_only(&path)?;
    let mut counts = Vec::new();
    let mut json_counts = serde_json::Map::new();
    for (label, pattern) in COUNTS {
        // Distinct entities, or distinct edges for the relations.
        let query = if pattern.contains("?y") {
            with_prefixes(&format!(
                "SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?x ?y WHERE {{ {pattern} }} }}"
            ))
        } else {
            with_prefixes(&format!(
                "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}"
            ))
        };
        let mut count = 0;
        if let QueryResults::Solutions(mut solutions) = store.query(&query)? {
            if let Some(solution) = solutions.next() {
                if let Some(Term::Literal(literal)) = solution?.get("n") {
                    count = literal.value().parse().unwrap_or(0);
                }
            }
        }
        counts.push((label.to_string(), count));
        json_counts.insert(label.replace(' ', "_"), serde_json::Value::from(count));
    }
    let stats = Stats {
        store: path.display().to_string(),
        quads: store.len()?,
        bytes_on_disk: folder_size(&path),
        counts: json_counts,
    };
    let mut text = String::new();
    if args.json {
        text = format!("{}\n", serde_json::to_string_pretty(&stats)?);
    } else {
        let _ = writeln!(text, "store               {}", stats.store);
        let _ = writeln!(
            text,
            "size on disk        {:.1} MiB",
            stats.bytes_on_disk as f64 / 1_048_576.0
        );
        let _ = writeln!(text, "quads               {}", stats.quads);
        for (label, count) in &counts {
            let _ = writeln!(text, "{label:<19} {count}");
        }
    }
    std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes())?;
    Ok(Outcome::Success)
}
