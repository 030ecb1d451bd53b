//! The on-disk graph store: the only module that touches Oxigraph's
//! `Store`. One named graph per article (replaced whole when the article
//! changes) plus the shared gazetteer graph; queries run over the union of
//! all graphs unless they name a graph.

use crate::rdf::ArticleGraph;
use crate::vocab::bg;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term, Triple,
};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::{BuildHasher, RandomState};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A problem with the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process has the store open for writing.
    #[error("store {path} is in use by another process (only one `ingest` can write at a time; wait for it to finish)")]
    InUse {
        /// The store's folder.
        path: PathBuf,
    },
    /// The store's creation was interrupted before it was whole.
    #[error("store {path} was never completely created (the ingest creating it was interrupted): run `beritagraf ingest` again to finish it")]
    Incomplete {
        /// The store's folder.
        path: PathBuf,
    },
    /// The store path exists but is not a folder.
    #[error("store path {path} is a file, not a store folder")]
    NotAFolder {
        /// The path.
        path: PathBuf,
    },
    /// There is no store at the path (read-only commands).
    #[error("no store at {path}: run `beritagraf ingest` first, or give --store")]
    Missing {
        /// The path.
        path: PathBuf,
    },
    /// The disk holding the store is full.
    #[error("store {path}: the disk is full ({cause}). Articles stored before this one are whole; free some space and run the same ingest again to finish")]
    DiskFull {
        /// The store's folder.
        path: PathBuf,
        /// RocksDB's words.
        cause: StorageError,
    },
    /// The store's folder cannot be written (read-only mount, permissions).
    #[error("store {path} cannot be written ({cause}). Check the folder's permissions and mount, or give another --store; `query`, `export` and `stats` can still read it")]
    NotWritable {
        /// The store's folder.
        path: PathBuf,
        /// RocksDB's or the system's words.
        cause: StorageError,
    },
    /// The query was cancelled (it ran past its time limit).
    #[error("the query was cancelled")]
    Cancelled,
    /// The storage layer failed.
    #[error("store {path}: {cause}")]
    Storage {
        /// The store's folder.
        path: PathBuf,
        /// RocksDB's or Oxigraph's error.
        cause: StorageError,
    },
    /// The query is not valid SPARQL.
    #[error("malformed SPARQL: {0}")]
    Syntax(String),
    /// The query failed while running.
    #[error("query failed: {0}")]
    Evaluation(String),
    /// Writing an export failed.
    #[error("export failed: {0}")]
    Export(String),
    /// The store's IRIs are minted under another base than the one asked.
    #[error("store {path} holds IRIs minted under <{store_base}>, not <{asked_base}>: give --base {store_base} (or no --base) to add to it, or use another --store")]
    OtherBase {
        /// The store's folder.
        path: PathBuf,
        /// The base the store's articles use.
        store_base: String,
        /// The base asked for.
        asked_base: String,
    },
    /// The thread writing to the store stopped without a result (a bug).
    #[error("the store writer stopped unexpectedly")]
    WriterStopped,
}

/// An open store.
pub struct GraphStore {
    store: Store,
    path: PathBuf,
}

fn storage(path: &Path) -> impl Fn(StorageError) -> StoreError + '_ {
    move |cause| {
        let message = cause.to_string().to_lowercase();
        let path = path.to_path_buf();
        // RocksDB's own words for a held LOCK file ("While lock file: …/LOCK:
        // Resource temporarily unavailable"); "lock" alone would also match
        // unrelated errors such as "block checksum mismatch".
        let lock_held = message.contains("lock file")
            || message.contains("/lock:")
            || message.contains("lock hold")
            || message.contains("resource temporarily unavailable");
        let io_kind = match &cause {
            StorageError::Io(error) => Some(error.kind()),
            _ => None,
        };
        if lock_held {
            StoreError::InUse { path }
        } else if message.contains("column family not found") {
            StoreError::Incomplete { path }
        } else if message.contains("no space left on device")
            || io_kind == Some(std::io::ErrorKind::StorageFull)
        {
            StoreError::DiskFull { path, cause }
        } else if message.contains("read-only file system")
            || message.contains("permission denied")
            || matches!(
                io_kind,
                Some(std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied)
            )
        {
            StoreError::NotWritable { path, cause }
        } else {
            StoreError::Storage { path, cause }
        }
    }
}

/// Create an empty store at `path` (which must not exist) all at once:
/// RocksDB writes a new database in several steps, and a process killed
/// between them would leave a folder that read-only opens refuse. The store
/// is made in a hidden sibling folder and renamed into place when whole.
fn create(path: &Path) -> Result<(), StoreError> {
    let io = |error: std::io::Error| storage(path)(StorageError::Io(error));
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "store".into());
    let staging = path.with_file_name(format!(".{name}.creating"));
    if staging.exists() {
        // Left by a creation that was interrupted.
        std::fs::remove_dir_all(&staging).map_err(io)?;
    }
    drop(Store::open(&staging).map_err(storage(path))?);
    std::fs::rename(&staging, path).map_err(io)
}

impl GraphStore {
    /// Open (creating if needed) the store at `path` for reading and writing.
    pub fn open(path: &Path) -> Result<GraphStore, StoreError> {
        if path.exists() && !path.is_dir() {
            return Err(StoreError::NotAFolder {
                path: path.to_path_buf(),
            });
        }
        if let Some(parent) = path
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
        {
            std::fs::create_dir_all(parent)
                .map_err(|error| storage(path)(StorageError::Io(error)))?;
        }
        if !path.exists() {
            create(path)?;
        }
        let store = Store::open(path).map_err(storage(path))?;
        Ok(GraphStore {
            store,
            path: path.to_path_buf(),
        })
    }

    /// Open an existing store at `path` for reading: a snapshot that works
    /// while an ingest holds the store.
    pub fn open_read_only(path: &Path) -> Result<GraphStore, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        if !path.is_dir() {
            return Err(StoreError::NotAFolder {
                path: path.to_path_buf(),
            });
        }
        let store = Store::open_read_only(path).map_err(storage(path))?;
        Ok(GraphStore {
            store,
            path: path.to_path_buf(),
        })
    }

    /// The store's folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the store holds no quad at all.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        self.store.is_empty().map_err(storage(&self.path))
    }

    /// Number of quads.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.store.len().map_err(storage(&self.path))
    }

    /// The content hash recorded for the article graph `article`, if stored.
    pub fn content_hash(&self, article: NamedNodeRef<'_>) -> Result<Option<String>, StoreError> {
        let mut quads = self.store.quads_for_pattern(
            Some(article.into()),
            Some(bg::CONTENT_HASH),
            None,
            Some(GraphNameRef::NamedNode(article)),
        );
        match quads.next() {
            Some(quad) => Ok(match quad.map_err(storage(&self.path))?.object {
                Term::Literal(literal) => Some(literal.value().to_string()),
                _ => None,
            }),
            None => Ok(None),
        }
    }

    /// Replace an article's graph with `graph` in one transaction, and add
    /// its region descriptions: either all of it lands or none of it.
    /// Returns the number of quads written.
    pub fn replace_article(&self, graph: &ArticleGraph) -> Result<usize, StoreError> {
        let mut transaction = self
            .store
            .start_transaction()
            .map_err(storage(&self.path))?;
        transaction
            .clear_graph(graph.graph.as_ref())
            .map_err(storage(&self.path))?;
        for quad in graph.quads.iter().chain(&graph.reference) {
            transaction.insert(quad.as_ref());
        }
        transaction.commit().map_err(storage(&self.path))?;
        Ok(graph.quads.len())
    }

    /// Run a SPARQL query over the union of all graphs (unless the query
    /// names its own dataset).
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = SparqlEvaluator::new()
            .parse_query(sparql)
            .map_err(|error| StoreError::Syntax(error.to_string()))?;
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|error| StoreError::Evaluation(error.to_string()))
    }

    /// Run a SPARQL query for a server: the project's prefixes are
    /// predefined without adding text (so error positions are the query's
    /// own), `token` can cancel it, and `dataset` (the protocol's
    /// `default-graph-uri` and `named-graph-uri`), when given, replaces the
    /// default union of all graphs.
    pub fn query_cancellable(
        &self,
        sparql: &str,
        dataset: Option<&RequestDataset>,
        token: CancellationToken,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = evaluator()?
            .with_cancellation_token(token)
            .parse_query(sparql)
            .map_err(|error| StoreError::Syntax(error.to_string()))?;
        match dataset {
            Some(dataset) => {
                let dataset_mut = prepared.dataset_mut();
                dataset_mut.set_default_graph(
                    dataset
                        .default_graphs
                        .iter()
                        .cloned()
                        .map(GraphName::NamedNode)
                        .collect(),
                );
                if !dataset.named_graphs.is_empty() {
                    dataset_mut.set_available_named_graphs(
                        dataset
                            .named_graphs
                            .iter()
                            .cloned()
                            .map(NamedOrBlankNode::NamedNode)
                            .collect(),
                    );
                }
            }
            None if prepared.dataset().is_default_dataset() => {
                prepared.dataset_mut().set_default_graph_as_union();
            }
            None => {}
        }
        prepared.on_store(&self.store).execute().map_err(|error| {
            if matches!(error, oxigraph::sparql::QueryEvaluationError::Cancelled) {
                StoreError::Cancelled
            } else {
                StoreError::Evaluation(error.to_string())
            }
        })
    }

    /// Run a SPARQL 1.1 Update (the project's prefixes predefined).
    pub fn update(&self, sparql: &str) -> Result<(), StoreError> {
        evaluator()?
            .parse_update(sparql)
            .map_err(|error| StoreError::Syntax(error.to_string()))?
            .on_store(&self.store)
            .execute()
            .map_err(|error| StoreError::Evaluation(error.to_string()))
    }

    /// The names of every named graph (articles and the shared graphs).
    pub fn named_graphs(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut graphs = Vec::new();
        for graph in self.store.named_graphs() {
            if let NamedOrBlankNode::NamedNode(graph) = graph.map_err(storage(&self.path))? {
                graphs.push(graph);
            }
        }
        Ok(graphs)
    }

    /// Whether the store holds a graph called `graph`.
    pub fn contains_graph(&self, graph: NamedNodeRef<'_>) -> Result<bool, StoreError> {
        self.store
            .contains_named_graph(graph)
            .map_err(storage(&self.path))
    }

    /// Write the triples of one graph (the default graph when `graph` is
    /// `None`) in a triple format. Returns the number of triples written.
    pub fn write_graph(
        &self,
        graph: Option<NamedNodeRef<'_>>,
        format: RdfFormat,
        writer: impl Write,
    ) -> Result<usize, StoreError> {
        let graph_name = graph.map_or(GraphNameRef::DefaultGraph, GraphNameRef::NamedNode);
        let mut serializer = prefixed_serializer(format)?.for_writer(writer);
        let mut count = 0;
        for quad in self
            .store
            .quads_for_pattern(None, None, None, Some(graph_name))
        {
            let quad = quad.map_err(storage(&self.path))?;
            serializer
                .serialize_triple(quad.as_ref())
                .map_err(|error| StoreError::Export(error.to_string()))?;
            count += 1;
        }
        serializer
            .finish()
            .map_err(|error| StoreError::Export(error.to_string()))?;
        Ok(count)
    }

    /// Replace the triples of one graph (the default graph when `graph` is
    /// `None`) with `triples` in one transaction; with `replace` false, add
    /// them to what it holds.
    pub fn put_graph(
        &self,
        graph: Option<NamedNodeRef<'_>>,
        triples: &[Triple],
        replace: bool,
    ) -> Result<(), StoreError> {
        let graph_name = graph.map_or(GraphNameRef::DefaultGraph, GraphNameRef::NamedNode);
        let mut transaction = self
            .store
            .start_transaction()
            .map_err(storage(&self.path))?;
        if replace {
            transaction
                .clear_graph(graph_name)
                .map_err(storage(&self.path))?;
        }
        if let Some(graph) = graph {
            transaction.insert_named_graph(graph);
        }
        for triple in triples {
            transaction.insert(QuadRef::new(
                triple.subject.as_ref(),
                triple.predicate.as_ref(),
                triple.object.as_ref(),
                graph_name,
            ));
        }
        transaction.commit().map_err(storage(&self.path))
    }

    /// Remove one named graph, or empty the default graph.
    pub fn remove_graph(&self, graph: Option<NamedNodeRef<'_>>) -> Result<(), StoreError> {
        match graph {
            Some(graph) => self.store.remove_named_graph(graph),
            None => self.store.clear_graph(GraphNameRef::DefaultGraph),
        }
        .map_err(storage(&self.path))
    }

    /// The quads around one entity, for drawing it: every quad within
    /// `depth` links of `center` (either direction, through IRIs), plus the
    /// types and names of the entities reached. Each node contributes at
    /// most `per_node` quads in each direction, so a region named by
    /// thousands of articles stays drawable.
    pub fn neighbourhood_quads(
        &self,
        center: NamedNodeRef<'_>,
        depth: usize,
        per_node: usize,
    ) -> Result<Vec<Quad>, StoreError> {
        let mut seen: HashSet<NamedNode> = HashSet::from([center.into_owned()]);
        let mut frontier = vec![center.into_owned()];
        let mut quads = Vec::new();
        for level in 0..=depth {
            let mut next = Vec::new();
            for node in &frontier {
                let outgoing =
                    self.store
                        .quads_for_pattern(Some(node.as_ref().into()), None, None, None);
                for quad in outgoing.take(per_node) {
                    let quad = quad.map_err(storage(&self.path))?;
                    if level < depth {
                        if let Term::NamedNode(object) = &quad.object {
                            if seen.insert(object.clone()) {
                                next.push(object.clone());
                            }
                        }
                    }
                    quads.push(quad);
                }
                if level == depth {
                    continue;
                }
                let incoming =
                    self.store
                        .quads_for_pattern(None, None, Some(node.as_ref().into()), None);
                for quad in incoming.take(per_node) {
                    let quad = quad.map_err(storage(&self.path))?;
                    if let NamedOrBlankNode::NamedNode(subject) = &quad.subject {
                        if seen.insert(subject.clone()) {
                            next.push(subject.clone());
                        }
                    }
                    quads.push(quad);
                }
            }
            frontier = next;
        }
        quads.sort_by_cached_key(ToString::to_string);
        quads.dedup();
        Ok(quads)
    }

    /// Write every quad: dataset formats keep graphs, triple formats get the union.
    pub fn export(&self, format: RdfFormat, writer: impl Write) -> Result<(), StoreError> {
        let mut serializer = prefixed_serializer(format)?.for_writer(writer);
        let export_error = |error: std::io::Error| StoreError::Export(error.to_string());
        if format.supports_datasets() {
            for quad in self.store.iter() {
                serializer
                    .serialize_quad(&quad.map_err(storage(&self.path))?)
                    .map_err(export_error)?;
            }
        } else {
            let mut seen = std::collections::HashSet::new();
            for quad in self.store.iter() {
                let quad = quad.map_err(storage(&self.path))?;
                let triple = oxigraph::model::Triple::from(quad);
                if seen.insert(triple.clone()) {
                    serializer.serialize_triple(&triple).map_err(export_error)?;
                }
            }
        }
        serializer.finish().map_err(export_error)?;
        Ok(())
    }

    /// Every quad, sorted, for drawing the graph.
    pub fn all_quads(&self) -> Result<Vec<Quad>, StoreError> {
        let mut quads = self
            .store
            .iter()
            .collect::<Result<Vec<Quad>, _>>()
            .map_err(storage(&self.path))?;
        quads.sort_by_cached_key(ToString::to_string);
        Ok(quads)
    }

    /// The triples a CONSTRUCT or DESCRIBE query gives.
    pub fn construct(&self, sparql: &str) -> Result<Vec<oxigraph::model::Triple>, StoreError> {
        match self.query(sparql)? {
            QueryResults::Graph(triples) => triples
                .collect::<Result<Vec<_>, _>>()
                .map_err(|error| StoreError::Evaluation(error.to_string())),
            _ => Err(StoreError::Evaluation(
                "a drawing query must be CONSTRUCT or DESCRIBE".into(),
            )),
        }
    }

    /// The base the store's IRIs are minted under, read from an article's
    /// IRI (`<base>article/<slug>`); `None` for a store without articles.
    pub fn base(&self) -> Result<Option<String>, StoreError> {
        let quad = self
            .store
            .quads_for_pattern(None, Some(bg::CONTENT_HASH), None, None)
            .next()
            .transpose()
            .map_err(storage(&self.path))?;
        Ok(quad.and_then(|quad| match quad.subject {
            NamedOrBlankNode::NamedNode(article) => {
                let iri = article.as_str();
                iri.rfind("article/").map(|end| iri[..end].to_string())
            }
            _ => None,
        }))
    }

    /// Refuse to add IRIs minted under `base` to a store whose articles
    /// use another base.
    pub fn check_base(&self, base: &str) -> Result<(), StoreError> {
        match self.base()? {
            Some(store_base) if store_base != base => Err(StoreError::OtherBase {
                path: self.path.clone(),
                store_base,
                asked_base: base.to_string(),
            }),
            _ => Ok(()),
        }
    }

    /// Call `visit` with each graph's triples: the default graph first
    /// (when it holds any), then the named graphs in IRI order, each with
    /// its triples sorted. One graph is in memory at a time.
    pub fn for_each_graph(
        &self,
        mut visit: impl FnMut(&GraphName, Vec<Triple>) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut names = self
            .store
            .named_graphs()
            .map(|name| name.map(GraphName::from))
            .collect::<Result<Vec<_>, _>>()
            .map_err(storage(&self.path))?;
        names.sort_by_cached_key(ToString::to_string);
        names.insert(0, GraphName::DefaultGraph);
        for name in names {
            let mut triples = self
                .store
                .quads_for_pattern(None, None, None, Some(name.as_ref()))
                .map(|quad| quad.map(Triple::from))
                .collect::<Result<Vec<_>, _>>()
                .map_err(storage(&self.path))?;
            if triples.is_empty() {
                continue;
            }
            triples.sort_by_cached_key(ToString::to_string);
            visit(&name, triples)?;
        }
        Ok(())
    }

    /// Remove the descriptions in the shared graphs (`<base>graph/entities`,
    /// `<base>graph/gazetteer`) that no article graph reaches: an entity is
    /// in use when an article graph names it, or when a description in use
    /// names it (an office's region, a region's province). Reads and
    /// removals happen in one transaction, so an interrupted `gc` removes
    /// nothing. With `dry_run`, only counts.
    pub fn collect_garbage(&self, base: &str, dry_run: bool) -> Result<GcReport, StoreError> {
        let entities = NamedNode::new_unchecked(format!("{base}graph/entities"));
        let gazetteer = NamedNode::new_unchecked(format!("{base}graph/gazetteer"));
        let shared = [
            GraphName::NamedNode(entities.clone()),
            GraphName::NamedNode(gazetteer.clone()),
        ];
        let mut transaction = self
            .store
            .start_transaction()
            .map_err(storage(&self.path))?;
        // What the article graphs name, and the links between descriptions.
        let mut used: HashSet<NamedNode> = HashSet::new();
        let mut links: HashMap<NamedNode, Vec<NamedNode>> = HashMap::new();
        let mut described: Vec<Quad> = Vec::new();
        for quad in transaction.iter() {
            let quad = quad.map_err(storage(&self.path))?;
            if shared.contains(&quad.graph_name) {
                if let (NamedOrBlankNode::NamedNode(subject), Term::NamedNode(object)) =
                    (&quad.subject, &quad.object)
                {
                    links
                        .entry(subject.clone())
                        .or_default()
                        .push(object.clone());
                }
                described.push(quad);
                continue;
            }
            if let NamedOrBlankNode::NamedNode(subject) = &quad.subject {
                used.insert(subject.clone());
            }
            if let Term::NamedNode(object) = &quad.object {
                used.insert(object.clone());
            }
        }
        let mut pending: Vec<NamedNode> = used.iter().cloned().collect();
        while let Some(node) = pending.pop() {
            for object in links.get(&node).into_iter().flatten() {
                if used.insert(object.clone()) {
                    pending.push(object.clone());
                }
            }
        }
        let mut report = GcReport {
            dry_run,
            ..GcReport::default()
        };
        let mut removed_subjects: BTreeSet<(bool, String)> = BTreeSet::new();
        for quad in described {
            let in_use = match &quad.subject {
                NamedOrBlankNode::NamedNode(subject) => used.contains(subject),
                _ => true,
            };
            if in_use {
                continue;
            }
            let is_gazetteer = quad.graph_name == shared[1];
            removed_subjects.insert((is_gazetteer, quad.subject.to_string()));
            report.quads_removed += 1;
            if !dry_run {
                transaction.remove(quad.as_ref());
            }
        }
        report.entity_descriptions_removed = removed_subjects.iter().filter(|(g, _)| !g).count();
        report.region_descriptions_removed = removed_subjects.iter().filter(|(g, _)| *g).count();
        report.removed = removed_subjects
            .into_iter()
            .map(|(_, subject)| {
                subject
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_string()
            })
            .collect();
        if !dry_run {
            transaction.commit().map_err(storage(&self.path))?;
            self.flush()?;
        }
        Ok(report)
    }

    /// Start a bulk load within `memory_megabytes`: nothing is visible
    /// until [`BulkLoad::commit`], so an interrupted load leaves the store
    /// as it was.
    pub fn start_bulk_load(&self, memory_megabytes: usize) -> BulkLoad<'_> {
        BulkLoad {
            loader: self
                .store
                .bulk_loader()
                .with_max_memory_size_in_megabytes(memory_megabytes),
            path: &self.path,
            buffer: Vec::new(),
            hand_over_quads: loader_hand_over_quads(memory_megabytes),
            reference_seen: HashSet::new(),
            fingerprint_keys: (RandomState::new(), RandomState::new()),
        }
    }

    /// Compact the store: merge its files so that reads touch few of them
    /// (after a bulk load). Takes about a minute per 20 million quads.
    pub fn optimize(&self) -> Result<(), StoreError> {
        self.store.optimize().map_err(storage(&self.path))
    }

    /// Make sure everything written is on disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.store.flush().map_err(storage(&self.path))
    }
}

/// A serializer that declares the project's prefixes.
fn prefixed_serializer(format: RdfFormat) -> Result<RdfSerializer, StoreError> {
    let mut serializer = RdfSerializer::from_format(format);
    for (prefix, namespace) in crate::vocab::PREFIXES {
        serializer = serializer
            .with_prefix(*prefix, *namespace)
            .map_err(|error| StoreError::Export(error.to_string()))?;
    }
    Ok(serializer)
}

/// A SPARQL evaluator with the project's prefixes predefined.
fn evaluator() -> Result<SparqlEvaluator, StoreError> {
    let mut evaluator = SparqlEvaluator::new();
    for (prefix, namespace) in crate::vocab::PREFIXES {
        evaluator = evaluator
            .with_prefix(*prefix, *namespace)
            .map_err(|error| StoreError::Syntax(error.to_string()))?;
    }
    Ok(evaluator)
}

/// The dataset a protocol request names (`default-graph-uri`,
/// `named-graph-uri`) instead of the union of all graphs.
#[derive(Debug, Clone, Default)]
pub struct RequestDataset {
    /// Graphs merged into the default graph.
    pub default_graphs: Vec<NamedNode>,
    /// Graphs `GRAPH` patterns may see (all when empty).
    pub named_graphs: Vec<NamedNode>,
}

/// A number that changes whenever the store at `path` is written: a hash
/// of the names, sizes and modification times of its files (RocksDB
/// appends every write to its log file and adds files on flushes and
/// compactions). Readers poll it to know when to reopen their snapshot.
pub fn change_marker(path: &Path) -> std::io::Result<u64> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(path)? {
        let entry = entry?;
        let metadata = match entry.metadata() {
            Ok(metadata) => metadata,
            // Removed between listing and reading (a compaction).
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
            Err(error) => return Err(error),
        };
        entries.push((entry.file_name(), metadata.len(), metadata.modified().ok()));
    }
    entries.sort();
    let hasher =
        std::hash::BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default();
    Ok(hasher.hash_one(&entries))
}

/// What [`GraphStore::collect_garbage`] removed (or, in a dry run, would
/// remove).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct GcReport {
    /// Whether nothing was removed, only counted.
    pub dry_run: bool,
    /// Descriptions of persons, offices, bodies, laws and events removed
    /// from the entities graph.
    pub entity_descriptions_removed: usize,
    /// Region descriptions removed from the gazetteer graph.
    pub region_descriptions_removed: usize,
    /// Quads removed.
    pub quads_removed: usize,
    /// The IRIs whose descriptions were removed, sorted.
    pub removed: Vec<String>,
}

/// A bulk load in progress (see [`GraphStore::start_bulk_load`]). Quads are
/// buffered and handed to Oxigraph's loader in large batches: each hand-over
/// writes sorted files, so one per article would be slow.
pub struct BulkLoad<'a> {
    loader: oxigraph::store::BulkLoader<'a>,
    path: &'a Path,
    buffer: Vec<Quad>,
    hand_over_quads: usize,
    /// Fingerprints of the shared descriptions already queued: every
    /// article repeats the descriptions of the entities it names, and the
    /// loader would sort and write each copy.
    reference_seen: HashSet<u128>,
    fingerprint_keys: (RandomState, RandomState),
}

/// Quads handed to Oxigraph's loader at once for a memory budget: one of
/// its batches per thread (it sorts and writes `budget × 1000 / threads`
/// quads per batch, a thread each). Smaller hand-overs leave it waiting on
/// partial batches; larger ones only add memory.
fn loader_hand_over_quads(memory_megabytes: usize) -> usize {
    memory_megabytes.max(1) * 1000
}

impl BulkLoad<'_> {
    /// Queue an article's quads and the shared descriptions not queued yet.
    pub fn add(&mut self, graph: ArticleGraph) -> Result<(), StoreError> {
        self.buffer.extend(graph.quads);
        for quad in graph.reference {
            let fingerprint = (u128::from(self.fingerprint_keys.0.hash_one(&quad)) << 64)
                | u128::from(self.fingerprint_keys.1.hash_one(&quad));
            if self.reference_seen.insert(fingerprint) {
                self.buffer.push(quad);
            }
        }
        if self.buffer.len() >= self.hand_over_quads {
            self.hand_over()?;
        }
        Ok(())
    }

    fn hand_over(&mut self) -> Result<(), StoreError> {
        let batch = std::mem::replace(&mut self.buffer, Vec::with_capacity(self.hand_over_quads));
        self.loader.load_quads(batch).map_err(storage(self.path))
    }

    /// Write everything queued to the store at once.
    pub fn commit(mut self) -> Result<(), StoreError> {
        if !self.buffer.is_empty() {
            self.hand_over()?;
        }
        self.loader.commit().map_err(storage(self.path))
    }
}
