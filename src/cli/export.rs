//! `beritagraf export`: the whole graph as RDF, or a drawing of it (DOT,
//! or SVG/PNG rendered by Graphviz) with focused views.

use super::args::{ClusterArg, ExportArgs, ExportFormat, RelationArg};
use super::output::Output;
use super::query::with_prefixes;
use super::{store_path, Outcome};
use anyhow::{bail, Context, Result};
use beritagraf::export::dot::{Clustering, EntityGraph, RelationView};
use beritagraf::export::jsonld::JsonLdContext;
use beritagraf::store::{GraphStore, StoreError};
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
        // Compacted by our own writer (see `write_jsonld`).
        ExportFormat::Jsonld => return None,
        ExportFormat::Dot | ExportFormat::Svg | ExportFormat::Png => return None,
    })
}

/// Largest view `--format svg|png` renders unless `--max-nodes` says
/// otherwise: sfdp lays out 50,000 nodes in minutes (README, "Drawing big
/// graphs"); beyond that a picture is unreadable and the wait unbounded.
const RENDER_MAX_NODES: usize = 20_000;

/// From this many nodes on, a picture is laid out by `sfdp`, not `dot`.
const SFDP_FROM_NODES: usize = 151;

/// From this many nodes on, rendering warns that it takes a while.
const RENDER_WARN_NODES: usize = 2_000;

/// The DOT text of the view the arguments ask for, with at most `cap` nodes
/// when a cap applies.
fn drawing(store: &GraphStore, args: &ExportArgs, cap: Option<usize>) -> Result<(String, usize)> {
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
    let graph = match cap {
        Some(max) => graph.limit(max, args.keep_most_connected)?,
        None => graph,
    };
    let clustering = match args.cluster {
        ClusterArg::Region => Clustering::Region,
        ClusterArg::Article => Clustering::Article,
        ClusterArg::None => Clustering::None,
    };
    let nodes = graph.node_count();
    let mut dot = graph.to_dot(clustering);
    if nodes >= STRAIGHT_EDGES_FROM_NODES {
        dot = straight_edges(&dot);
    }
    Ok((dot, nodes))
}

/// From this many nodes on, DOT text asks for straight edges: routing
/// curved edges around nodes (`splines=true`) dominates a large layout.
const STRAIGHT_EDGES_FROM_NODES: usize = 1_000;

/// The DOT text with straight edges (`splines=false`) instead of curved
/// ones routed around the nodes: with `sfdp`, routing took 40 times the
/// layout's own time on a 1,000-node graph (README, "Drawing big graphs").
fn straight_edges(dot: &str) -> String {
    dot.replacen("splines=true", "splines=false", 1)
}

/// Render DOT text with Graphviz: `dot` for small graphs, `sfdp` for large ones.
pub(crate) fn render(dot: &str, nodes: usize, format: &str) -> Result<Vec<u8>> {
    let engine = if nodes < SFDP_FROM_NODES {
        "dot"
    } else {
        "sfdp"
    };
    if nodes >= RENDER_WARN_NODES {
        eprintln!(
            "beritagraf: laying out {nodes} nodes with Graphviz's `{engine}`; this takes minutes (about 3 minutes of CPU at 10,000 nodes, more beyond)"
        );
    }
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
    let text = if engine == "sfdp" {
        straight_edges(dot)
    } else {
        dot.to_string()
    };
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

/// The store as compacted JSON-LD: one graph object per named graph.
fn write_jsonld(store: &GraphStore, output: &mut impl Write) -> Result<()> {
    let base = store
        .base()?
        .unwrap_or_else(|| beritagraf::vocab::BGR.to_string());
    let context = JsonLdContext::ontology(&base)?;
    let mut writer = context.dataset_writer(output);
    store.for_each_graph(|name, triples| {
        writer
            .add_graph(name, &triples)
            .map_err(|error| StoreError::Export(error.to_string()))
    })?;
    writer.finish()?;
    Ok(())
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
    if args.keep_most_connected && args.max_nodes.is_none() && args.format == ExportFormat::Dot {
        bail!("--keep-most-connected needs --max-nodes N with --format dot, which has no limit of its own");
    }
    // DOT text of any size is written; only rendering a picture has a cap.
    let render_cap = Some(args.max_nodes.unwrap_or(RENDER_MAX_NODES));
    let bytes: Option<Vec<u8>> = match args.format {
        ExportFormat::Dot => Some(drawing(&store, &args, args.max_nodes)?.0.into_bytes()),
        ExportFormat::Svg => {
            let (dot, nodes) = drawing(&store, &args, render_cap)?;
            Some(render(&dot, nodes, "svg")?)
        }
        ExportFormat::Png => {
            let (dot, nodes) = drawing(&store, &args, render_cap)?;
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
        (None, None) => write_jsonld(&store, &mut output),
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
