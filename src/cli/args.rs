//! Command-line arguments (clap derive); the doc comments are the help text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Build a knowledge graph of Indonesian news: who holds which office,
/// where events took place, which statements cite which laws.
///
/// Articles go into an embedded Oxigraph (RocksDB) store on disk; ask it
/// questions with SPARQL and export it as RDF or GraphViz DOT.
#[derive(Debug, Parser)]
#[command(name = "beritagraf", version, propagate_version = true)]
#[command(after_help = "Examples:
  beritagraf ingest examples/articles
  beritagraf query 'SELECT ?name ?office WHERE { ?p schema:name ?name ; bg:holdsOffice/rdfs:label ?office }'
  beritagraf query --file examples/queries/who-holds-which-office.rq --format csv
  beritagraf export --format turtle --output graph.ttl
  beritagraf export --format dot | sfdp -Tsvg > graph.svg
  beritagraf extract article.txt --format jsonl
  beritagraf stats
  beritagraf gc
  beritagraf completions bash > ~/.local/share/bash-completion/completions/beritagraf

The store lives in $BERITAGRAF_STORE, or else $XDG_DATA_HOME/beritagraf/store
(~/.local/share/beritagraf/store); --store overrides both.")]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The store to use.
#[derive(Debug, Args, Clone)]
pub struct StoreArgs {
    /// Store folder (default: $BERITAGRAF_STORE, else ~/.local/share/beritagraf/store).
    #[arg(long, value_name = "DIR", env = "BERITAGRAF_STORE")]
    pub store: Option<PathBuf>,
}

/// The verbs.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles (.txt, .html or .jsonl files, folders of them, or `-`
    /// for standard input) into the store.
    ///
    /// Each article becomes one named graph. An unchanged article is skipped;
    /// a changed one replaces its graph whole. A bad file is reported and
    /// skipped, and the exit code is 1 when any article failed.
    #[command(after_help = "Examples:
  beritagraf ingest examples/articles
  beritagraf ingest --store /tmp/graf archive.jsonl more/articles
  beritagraf ingest saved-pages/                  # .html/.htm pages: main content only
  curl -s https://example.org/berita/1 | beritagraf ingest -
  beritagraf ingest --base https://data.example.org/id/ archive.jsonl")]
    Ingest(IngestArgs),
    /// Ask the store a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE).
    ///
    /// The query runs over the union of all graphs. The prefixes bg:, bgr:,
    /// schema:, prov:, rdf:, rdfs:, skos:, xsd: and org: are predefined.
    #[command(after_help = "Examples:
  beritagraf query 'SELECT * WHERE { ?law a bg:Law ; rdfs:label ?label }'
  beritagraf query --file examples/queries/statements-citing-a-law.rq --format json
  echo 'ASK { ?s bg:citesLaw ?l }' | beritagraf query -")]
    Query(QueryArgs),
    /// Write the whole graph as RDF or GraphViz DOT.
    #[command(after_help = "Examples:
  beritagraf export --format nquads --output graph.nq
  beritagraf export --format dot --output graph.dot && sfdp -Tpng graph.dot -o graph.png
  beritagraf export --format svg --focus Sunggono --output sunggono.svg
  beritagraf export --format png --relation cites-law --cluster region --output citations.png
  beritagraf export --format svg --article 01-gowa-sosialisasi-netralitas.txt --output article.svg")]
    Export(ExportArgs),
    /// Print the facts of articles without touching a store.
    #[command(after_help = "Examples:
  beritagraf extract examples/articles/01-gowa-sosialisasi-netralitas.txt
  beritagraf extract --format jsonl archive.jsonl
  beritagraf extract saved-page.html
  pbpaste | beritagraf extract - --format jsonl")]
    Extract(ExtractArgs),
    /// Counts per class and relation, articles, and the store's size.
    #[command(after_help = "Examples:
  beritagraf stats
  beritagraf stats --json | jq .counts.persons")]
    Stats(StatsArgs),
    /// Serve the store over HTTP: a SPARQL endpoint, the Graph Store
    /// Protocol, and a page for exploring the graph.
    ///
    /// Routes follow Oxigraph's server: /query (SPARQL 1.1 Protocol; a bare
    /// GET describes the service), /update (only with --allow-update), /store
    /// (Graph Store Protocol: GET and HEAD of ?graph=IRI or ?default, PUT,
    /// POST and DELETE only with --allow-update) and / (the explorer page).
    /// Queries run over the union of all graphs, with the query verb's
    /// prefixes predefined. The server reads a snapshot of the store and
    /// reopens it within a second of any change, so an `ingest` into the same
    /// store may run at any time and its articles are answered without a
    /// restart.
    #[command(after_help = "Examples:
  beritagraf serve
  beritagraf serve --store /tmp/graf --bind 127.0.0.1:7878 --cors
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?l a bg:Law } LIMIT 5' http://127.0.0.1:7878/query
  curl 'http://127.0.0.1:7878/store?graph=https://w3id.org/beritagraf/id/graph/gazetteer'

Open http://127.0.0.1:7878/ in a browser to search the graph by name.")]
    Serve(ServeArgs),
    /// Send every named graph to a SPARQL 1.1 Graph Store Protocol server.
    ///
    /// Each graph (one per article, plus the shared entities and gazetteer
    /// graphs) is sent with `PUT URL?graph=IRI`, so pushing again replaces
    /// the graphs there and never duplicates them. The bare URL is never
    /// written to (some servers clear the whole store on that). Failed
    /// requests are retried with backoff; the exit code is 1 when a graph
    /// could not be sent.
    #[command(after_help = "Examples:
  beritagraf push --graph-store http://127.0.0.1:7878/store
  beritagraf push --graph-store http://db:8890/sparql-graph-crud-auth --user beritagraf --digest   # Virtuoso
  beritagraf push --graph-store http://127.0.0.1:7878/store --state ~/.cache/beritagraf-push.json --jobs 4
  beritagraf push --graph-store http://shared-store:7878/store --merge-shared   # one shard of an archive")]
    Push(PushArgs),
    /// Remove shared descriptions (entities, regions) that no article uses any more.
    ///
    /// Re-ingesting a changed article replaces its graph, but the
    /// descriptions of persons, offices, bodies, laws, events and regions it
    /// named stay in the shared graphs. `gc` removes, in one transaction,
    /// those that no article graph reaches, and reports how many it removed.
    #[command(after_help = "Examples:
  beritagraf gc
  beritagraf gc --dry-run --json")]
    Gc(GcArgs),
    /// Print a shell completion script.
    #[command(after_help = "Examples:
  beritagraf completions bash > ~/.local/share/bash-completion/completions/beritagraf
  beritagraf completions zsh > ~/.zfunc/_beritagraf
  beritagraf completions fish > ~/.config/fish/completions/beritagraf.fish
  beritagraf completions powershell >> $PROFILE")]
    Completions(CompletionsArgs),
    /// Print the manual page (roff) on standard output.
    #[command(after_help = "Examples:
  beritagraf man | man -l -
  beritagraf man > ~/.local/share/man/man1/beritagraf.1
  beritagraf man export | man -l -")]
    Man(ManArgs),
}

/// Limits on the articles read (`ingest`, `extract`).
#[derive(Debug, Args, Clone)]
pub struct ReadLimits {
    /// Largest article to read, in MiB (a .txt file or one JSON line); a
    /// larger one is reported and skipped without being loaded.
    #[arg(long, value_name = "MIB", default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub max_article_mb: u32,
}

impl ReadLimits {
    /// The article size limit in bytes.
    pub fn max_article_bytes(&self) -> usize {
        self.max_article_mb as usize * 1024 * 1024
    }
}

/// `ingest` arguments.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files (.txt, .html, .htm, .jsonl) or folders to read, recursively;
    /// `-` reads one article from standard input (HTML or text).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// Mint IRIs under this base (ending in `/` or `#`); default: the base
    /// the store was built with, else https://w3id.org/beritagraf/id/.
    #[arg(long, value_name = "IRI", value_parser = parse_base)]
    pub base: Option<String>,
    /// Print nothing but errors.
    #[arg(long, short, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print progress after every batch, even without a terminal.
    #[arg(long, short)]
    pub verbose: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// Limits on what is read.
    #[command(flatten)]
    pub limits: ReadLimits,
}

/// Result formats of `query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QueryFormat {
    /// An aligned table (SELECT), true/false (ASK), Turtle (CONSTRUCT).
    Table,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL Query Results XML.
    Xml,
    /// SPARQL 1.1 Query Results CSV.
    Csv,
    /// SPARQL 1.1 Query Results TSV.
    Tsv,
    /// Turtle (CONSTRUCT/DESCRIBE).
    Turtle,
    /// N-Triples (CONSTRUCT/DESCRIBE).
    Ntriples,
    /// RDF/XML (CONSTRUCT/DESCRIBE).
    Rdfxml,
    /// JSON-LD (CONSTRUCT/DESCRIBE).
    Jsonld,
}

/// `query` arguments.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The query text, or `-` to read it from standard input.
    #[arg(value_name = "QUERY", conflicts_with = "file")]
    pub query: Option<String>,
    /// Read the query from this file.
    #[arg(long, short, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Turtle (union of all graphs).
    Turtle,
    /// N-Triples (union of all graphs).
    Ntriples,
    /// N-Quads (graphs kept).
    Nquads,
    /// TriG (graphs kept).
    Trig,
    /// RDF/XML (union of all graphs).
    Rdfxml,
    /// JSON-LD, compacted with ontology/context.jsonld (graphs kept).
    Jsonld,
    /// GraphViz DOT: one node per entity, edges labelled by relation.
    Dot,
    /// A picture rendered by Graphviz (SVG).
    Svg,
    /// A picture rendered by Graphviz (PNG).
    Png,
}

/// Relations a drawing shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RelationArg {
    /// Persons, offices, their regions and bodies.
    HoldsOffice,
    /// Events, their regions and the regions' parents.
    LocatedIn,
    /// Statements, the laws they cite and who said them.
    CitesLaw,
    /// Every relation.
    All,
}

/// Boxes a drawing groups nodes into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClusterArg {
    /// One box per province.
    Region,
    /// One box per article.
    Article,
    /// No boxes.
    None,
}

/// `export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write here instead of standard output (written whole or not at all).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// Drawings only: the neighbourhood of one entity, by name (case-insensitive) or IRI.
    #[arg(
        long,
        value_name = "NAME-OR-IRI",
        help_heading = "Drawing (dot, svg, png)"
    )]
    pub focus: Option<String>,
    /// Drawings only: how many edges away from --focus to go.
    #[arg(
        long,
        default_value_t = 2,
        value_name = "N",
        help_heading = "Drawing (dot, svg, png)"
    )]
    pub depth: usize,
    /// Drawings only: which relations to draw.
    #[arg(long, value_enum, default_value_t = RelationArg::All, help_heading = "Drawing (dot, svg, png)")]
    pub relation: RelationArg,
    /// Drawings only: just what one article says (file name, JSON Lines id or IRI).
    #[arg(long, value_name = "ID", help_heading = "Drawing (dot, svg, png)")]
    pub article: Option<String>,
    /// Drawings only: draw the result of a CONSTRUCT query (prefixes bg:, schema: … predefined).
    #[arg(
        long,
        value_name = "CONSTRUCT-QUERY",
        help_heading = "Drawing (dot, svg, png)"
    )]
    pub query: Option<String>,
    /// Drawings only: group nodes into boxes.
    #[arg(long, value_enum, default_value_t = ClusterArg::None, help_heading = "Drawing (dot, svg, png)")]
    pub cluster: ClusterArg,
    /// Drawings only: refuse views with more nodes than this (svg and png:
    /// 20000 unless given; dot: no limit unless given).
    #[arg(long, value_name = "N", help_heading = "Drawing (dot, svg, png)")]
    pub max_nodes: Option<usize>,
    /// Drawings only: with --max-nodes, keep the most connected nodes instead of refusing.
    #[arg(long, help_heading = "Drawing (dot, svg, png)")]
    pub keep_most_connected: bool,
}

/// Formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// Turtle, one graph per article merged.
    Turtle,
    /// N-Quads with one graph per article.
    Nquads,
    /// One JSON object of facts per article.
    Jsonl,
}

/// `extract` arguments.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files (.txt, .html, .htm, .jsonl) or folders to read; `-` reads one
    /// article from standard input (HTML or text).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Turtle)]
    pub format: ExtractFormat,
    /// Mint IRIs under this base (ending in `/` or `#`).
    #[arg(long, value_name = "IRI", value_parser = parse_base, default_value = beritagraf::vocab::BGR)]
    pub base: String,
    /// Limits on what is read.
    #[command(flatten)]
    pub limits: ReadLimits,
}

/// `stats` arguments.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// Print as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `serve` arguments.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// Address and port to listen on (loopback by default: give
    /// 0.0.0.0:7878 only behind a firewall or proxy you trust).
    #[arg(long, value_name = "ADDRESS:PORT", default_value = "127.0.0.1:7878")]
    pub bind: std::net::SocketAddr,
    /// Accept SPARQL updates and Graph Store writes (refused with 403
    /// otherwise). Each write opens the store for writing for its own
    /// duration, and is refused with 503 while an `ingest` holds the store.
    #[arg(long)]
    pub allow_update: bool,
    /// Allow pages from any origin to call the endpoint (adds
    /// Access-Control-Allow-Origin to every response and answers preflights).
    #[arg(long)]
    pub cors: bool,
    /// Cancel a query that runs longer than this many seconds (503).
    #[arg(long, value_name = "N", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout_s: u64,
    /// Refuse results with more rows (or triples) than this (422): add a
    /// LIMIT to the query.
    #[arg(long, value_name = "N", default_value_t = 100_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_rows: u64,
    /// Refuse request bodies larger than this many MiB (413).
    #[arg(long, value_name = "MIB", default_value_t = 16, value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_body_mb: u64,
}

/// `push` arguments.
#[derive(Debug, Args)]
pub struct PushArgs {
    /// The server's Graph Store Protocol URL (Oxigraph: http://HOST:7878/store;
    /// Virtuoso: http://HOST:8890/sparql-graph-crud-auth with --user and
    /// --digest, or /sparql-graph-crud when anonymous writes are allowed).
    /// Plain http only.
    #[arg(long, value_name = "URL")]
    pub graph_store: String,
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// User name. It is sent with HTTP Basic authentication, and a
    /// server's HTTP Digest challenge is answered (Virtuoso's
    /// /sparql-graph-crud-auth accepts only Digest).
    #[arg(
        long,
        value_name = "U",
        requires = "password",
        conflicts_with = "token"
    )]
    pub user: Option<String>,
    /// Password for --user.
    #[arg(
        long,
        value_name = "P",
        requires = "user",
        env = "BERITAGRAF_PUSH_PASSWORD",
        hide_env_values = true
    )]
    pub password: Option<String>,
    /// Use HTTP Digest authentication only: no Basic credentials are sent,
    /// so the password never crosses the network; the first request fetches
    /// the server's challenge.
    #[arg(long, requires = "user")]
    pub digest: bool,
    /// Bearer token.
    #[arg(
        long,
        value_name = "T",
        env = "BERITAGRAF_PUSH_TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,
    /// Graphs sent at once.
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = clap::value_parser!(u64).range(1..=64))]
    pub jobs: u64,
    /// Remember in FILE a fingerprint of each graph pushed to this URL, and
    /// send only graphs that changed since the last push (a daily push then
    /// sends the new and changed articles and the shared graphs).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Send the shared graphs (entities, gazetteer) with POST, which adds
    /// to what the server holds, instead of PUT: for several machines that
    /// each push a shard of one archive (article graphs are still PUT).
    #[arg(long)]
    pub merge_shared: bool,
    /// Attempts per graph before giving up (with backoff between them).
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u64).range(1..=20))]
    pub attempts: u64,
    /// Give up on one request after this many seconds.
    #[arg(long, value_name = "N", default_value_t = 120)]
    pub timeout_s: u64,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}
/// `gc` arguments.
#[derive(Debug, Args)]
pub struct GcArgs {
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// Count what would be removed, and remove nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `completions` arguments.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `man` arguments.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// A verb, for its own page; the whole tool when absent.
    #[arg(value_name = "VERB")]
    pub verb: Option<String>,
}

/// A base IRI: absolute, ending in `/` or `#`.
fn parse_base(text: &str) -> Result<String, String> {
    beritagraf::resolve::check_base(text).map(|()| text.to_string())
}
