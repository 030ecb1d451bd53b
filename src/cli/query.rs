//! `beritagraf query`: SPARQL over the store, as a table or W3C formats.

use super::args::{QueryArgs, QueryFormat};
use super::{store_path, Outcome};
use anyhow::{bail, Context, Result};
use beritagraf::export::jsonld::JsonLdContext;
use beritagraf::store::GraphStore;
use beritagraf::vocab::PREFIXES;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::{Read, Write};

/// The query text with the project's prefixes declared (a query's own
/// declarations come later and win).
pub fn with_prefixes(query: &str) -> String {
    let mut text = String::new();
    for (prefix, namespace) in PREFIXES {
        text.push_str(&format!("PREFIX {prefix}: <{namespace}> "));
    }
    // All on the first line, so positions in error messages keep the
    // query's own line numbers.
    text.push_str(query);
    text
}

fn read_query(args: &QueryArgs) -> Result<String> {
    let query = match (&args.query, &args.file) {
        (_, Some(file)) => std::fs::read_to_string(file)
            .with_context(|| format!("cannot read query file {}", file.display()))?,
        (Some(text), None) if text == "-" => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("cannot read the query from standard input")?;
            text
        }
        (Some(text), None) => text.clone(),
        (None, None) => {
            bail!("no query: give the query text, --file FILE, or - to read standard input")
        }
    };
    if query.trim().is_empty() {
        bail!("the query is empty");
    }
    Ok(query)
}

/// Run the verb.
pub fn run(args: QueryArgs) -> Result<Outcome> {
    let query = read_query(&args)?;
    let store = GraphStore::open_read_only(&store_path(&args.store))?;
    let results = store.query(&with_prefixes(&query))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let base = store
        .base()?
        .unwrap_or_else(|| beritagraf::vocab::BGR.to_string());
    write_results(results, args.format, &base, &mut out)?;
    out.flush()?;
    Ok(Outcome::Success)
}

fn results_format(format: QueryFormat) -> Option<QueryResultsFormat> {
    match format {
        QueryFormat::Json => Some(QueryResultsFormat::Json),
        QueryFormat::Xml => Some(QueryResultsFormat::Xml),
        QueryFormat::Csv => Some(QueryResultsFormat::Csv),
        QueryFormat::Tsv => Some(QueryResultsFormat::Tsv),
        _ => None,
    }
}

fn rdf_format(format: QueryFormat) -> Option<RdfFormat> {
    match format {
        QueryFormat::Table | QueryFormat::Turtle => Some(RdfFormat::Turtle),
        QueryFormat::Ntriples => Some(RdfFormat::NTriples),
        QueryFormat::Rdfxml => Some(RdfFormat::RdfXml),
        QueryFormat::Jsonld => RdfFormat::from_extension("jsonld"),
        _ => None,
    }
}

/// Write query results in `format`.
pub fn write_results(
    results: QueryResults<'_>,
    format: QueryFormat,
    resource_base: &str,
    out: &mut impl Write,
) -> Result<()> {
    match results {
        QueryResults::Boolean(value) => match results_format(format) {
            Some(format) => {
                QueryResultsSerializer::from_format(format)
                    .serialize_boolean_to_writer(&mut *out, value)?;
            }
            None => writeln!(out, "{value}")?,
        },
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            match results_format(format) {
                Some(format) => {
                    let mut serializer = QueryResultsSerializer::from_format(format)
                        .serialize_solutions_to_writer(&mut *out, variables)?;
                    for solution in solutions {
                        serializer.serialize(&solution?)?;
                    }
                    serializer.finish()?;
                }
                None if format == QueryFormat::Table => {
                    let mut rows = Vec::new();
                    for solution in solutions {
                        let solution = solution?;
                        rows.push(
                            variables
                                .iter()
                                .map(|variable| solution.get(variable).map(short_term).unwrap_or_default())
                                .collect::<Vec<String>>(),
                        );
                    }
                    let header: Vec<String> = variables.iter().map(|variable| variable.as_str().to_string()).collect();
                    write_table(&header, &rows, out)?;
                }
                None => bail!("that --format is for CONSTRUCT and DESCRIBE; use table, json, xml, csv or tsv for SELECT"),
            }
        }
        QueryResults::Graph(triples) => {
            if format == QueryFormat::Jsonld {
                let triples = triples.collect::<Result<Vec<_>, _>>()?;
                JsonLdContext::ontology(resource_base)?.write_triples(&triples, out)?;
                return Ok(());
            }
            let Some(rdf) = rdf_format(format) else {
                bail!("CONSTRUCT and DESCRIBE give RDF: use --format turtle, ntriples, rdfxml or jsonld");
            };
            let mut serializer = RdfSerializer::from_format(rdf);
            for (prefix, namespace) in PREFIXES {
                serializer = serializer.with_prefix(*prefix, *namespace)?;
            }
            let mut serializer = serializer.for_writer(&mut *out);
            for triple in triples {
                serializer.serialize_triple(&triple?)?;
            }
            serializer.finish()?;
        }
    }
    Ok(())
}

/// A term for people: IRIs shortened with the known prefixes, literals bare.
pub fn short_term(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => {
            let iri = node.as_str();
            PREFIXES
                .iter()
                .find_map(|(prefix, namespace)| {
                    iri.strip_prefix(namespace)
                        .map(|rest| format!("{prefix}:{rest}"))
                })
                .unwrap_or_else(|| format!("<{iri}>"))
        }
        Term::BlankNode(node) => format!("_:{}", node.as_str()),
        Term::Literal(literal) => literal.value().replace('\n', " "),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

fn write_table(header: &[String], rows: &[Vec<String>], out: &mut impl Write) -> Result<()> {
    let width = |text: &str| text.chars().count();
    let mut widths: Vec<usize> = header.iter().map(|column| width(column)).collect();
    for row in rows {
        for (index, cell) in row.iter().enumerate() {
            widths[index] = widths[index].max(width(cell).min(80));
        }
    }
    let line = |cells: &[String], out: &mut dyn Write| -> std::io::Result<()> {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, &column)| {
                let cell: String = if width(cell) > 80 {
                    cell.chars().take(79).chain(['…']).collect()
                } else {
                    cell.clone()
                };
                format!("{cell}{}", " ".repeat(column.saturating_sub(width(&cell))))
            })
            .collect();
        writeln!(out, "{}", padded.join("  ").trim_end())
    };
    line(header, out)?;
    let rule: Vec<String> = widths.iter().map(|&column| "─".repeat(column)).collect();
    writeln!(out, "{}", rule.join("  "))?;
    for row in rows {
        line(row, out)?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}
