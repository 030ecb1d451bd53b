//! `beritagraf export`: the whole graph as RDF, or a drawing of it (DOT,
//! or SVG/PNG rendered by Graphviz) with focused views.

use super::args::{ClusterArg, ExportArgs, ExportFormat, RelationArg};
use super::output::Output;
use super::query::with_prefixes;
use super::{store_path, Outcome};
use crate::export::dot::{Clustering, EntityGraph, RelationView};
use crate::store::GraphStore;
use anyhow::{bail, Context, Result};
use oxigraph::io::RdfFormat;
use std::io::Write;
use std::process::{Command, Stdio};

fn rdf_format(format: ExportFormat) -> Option<RdfFormat> {
    Some(match format {
        ExportFormat::Turtle => RdfFormat::Turtle,
        ExportFormat::Ntriples => RdfFormat::NTriples,
        ExportFormat::Nquads => RdfFormat::NQuads,
        ExportFormat::Trig => RdfFormat::TriG,
        ExportFormat::Rdfxml => RdfFormat::RdfXml,
        ExportFormat::Jsonld => RdfFormat::from_extension("jsonld")?,
        ExportFormat::Dot | ExportFormat::Svg | ExportFormat::Png => return None,
    })
}

/// The DOT text of the view the arguments ask for.
fn drawing(store: &GraphStore, args: &ExportArgs) -> Result<(String, usize)> {
    let mut graph = EntityGraph::from_quads(&store.all_quads()?);
    if let Some(query) = &args.query {
        let triples = store.construct(&with_prefixes(query))?;
        graph = graph.restricted_to(&triples);
    }
    if let Some(article) = &args.article {
        graph = graph.of_article(article)?;
    }
    graph = graph.with_relation(match args.relation {
        RelationArg::HoldsOffice => RelationView::HoldsOffice,
        RelationArg::LocatedIn => RelationView::LocatedIn,
        RelationArg::CitesLaw => RelationView::CitesLaw,
        RelationArg::All => RelationView::All,
    });
    if let Some(focus) = &args.focus {
        let center = graph.find(focus)?;
        graph = graph.neighbourhood(center, args.depth);
    }
    if graph.node_count() == 0 {
        bail!("the view is empty: nothing in the store matches these options");
    }
    let graph = graph.limit(args.max_nodes, args.keep_most_connected)?;
    let clustering = match args.cluster {
        ClusterArg::Region => Clustering::Region,
        ClusterArg::Article => Clustering::Article,
        ClusterArg::None => Clustering::None,
    };
    Ok((graph.to_dot(clustering), graph.node_count()))
}

/// Render DOT text with Graphviz: `dot` for small graphs, `sfdp` for large ones.
pub(crate) fn render(dot: &str, nodes: usize, format: &str) -> Result<Vec<u8>> {
    let engine = if nodes <= 150 { "dot" } else { "sfdp" };
    let mut child = Command::new(engine)
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| {
            if error.kind() == std::io::ErrorKind::NotFound {
                anyhow::anyhow!("rendering {format} needs Graphviz's `{engine}`: install the graphviz package (apt-get install graphviz), or use --format dot")
            } else {
                anyhow::anyhow!("cannot run Graphviz's `{engine}`: {error}")
            }
        })?;
    let mut stdin = child.stdin.take().context("Graphviz's input")?;
    let text = dot.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let output = child
        .wait_with_output()
        .context("Graphviz did not finish")?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("writing to Graphviz failed"))??;
    if !output.status.success() {
        bail!(
            "Graphviz's `{engine}` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(output.stdout)
}

/// Run the verb.
pub fn run(args: ExportArgs) -> Result<Outcome> {
    let drawing_format = matches!(
        args.format,
        ExportFormat::Dot | ExportFormat::Svg | ExportFormat::Png
    );
    let view_options = args.focus.is_some()
        || args.article.is_some()
        || args.query.is_some()
        || args.relation != RelationArg::All
        || args.cluster != ClusterArg::None;
    if view_options && !drawing_format {
        bail!("--focus, --relation, --article, --query and --cluster apply to drawings: use --format dot, svg or png");
    }
    if args.format == ExportFormat::Png
        && args.output.is_none()
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
    {
        bail!("a PNG is binary: give --output FILE or redirect standard output");
    }
    let store = GraphStore::open_read_only(&store_path(&args.store))?;
    let bytes: Option<Vec<u8>> = match args.format {
        ExportFormat::Dot => Some(drawing(&store, &args)?.0.into_bytes()),
        ExportFormat::Svg => {
            let (dot, nodes) = drawing(&store, &args)?;
            Some(render(&dot, nodes, "svg")?)
        }
        ExportFormat::Png => {
            let (dot, nodes) = drawing(&store, &args)?;
            Some(render(&dot, nodes, "png")?)
        }
        _ => None,
    };
    let mut output = Output::open(args.output.as_deref())?;
    let written = match (bytes, rdf_format(args.format)) {
        (Some(bytes), _) => output.write_all(&bytes).map_err(anyhow::Error::from),
        (None, Some(format)) => store
            .export(format, &mut output)
            .map_err(anyhow::Error::from),
        (None, None) => unreachable!("every format is a drawing or RDF"),
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
