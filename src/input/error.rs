//! The errors of reading input files.

use std::path::PathBuf;

/// A problem with one input file or one record in it.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The path does not exist.
    #[error("{path}: no such file or folder")]
    NotFound {
        /// The path given.
        path: PathBuf,
    },
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file is not valid UTF-8.
    #[error("{path}{line}: not UTF-8 text (invalid byte at offset {offset})", line = line.map(|l| format!(":{l}")).unwrap_or_default())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Line number for JSON Lines input.
        line: Option<u64>,
        /// Byte offset of the first invalid byte (within the line for JSON Lines).
        offset: usize,
    },
    /// The file holds binary data.
    #[error("{path}: binary data, not an article (NUL byte at offset {offset})")]
    Binary {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The file or record has no text.
    #[error("{path}{line}: empty article: no headline or body", line = line.map(|l| format!(":{l}")).unwrap_or_default())]
    Empty {
        /// The file.
        path: PathBuf,
        /// Line number for JSON Lines input.
        line: Option<u64>,
    },
    /// An HTML page (a file, standard input or a JSON Lines record) has no
    /// article body: only navigation, scripts, lists or too little text.
    #[error("{path}{line}: no article body found in the HTML page (only menus, scripts, lists or too little text); skipped", line = line.map(|l| format!(":{l}")).unwrap_or_default())]
    NoArticleBody {
        /// The file (`-` for standard input).
        path: PathBuf,
        /// Line number for JSON Lines input.
        line: Option<u64>,
    },
    /// The article (a file, or one JSON line) is larger than the limit.
    #[error("{path}{line}: article of {size} bytes is larger than the limit of {limit} bytes (--max-article-mb); skipped", line = line.map(|l| format!(":{l}")).unwrap_or_default())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Line number for JSON Lines input.
        line: Option<u64>,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: usize,
    },
    /// A JSON Lines record is not valid JSON or not an object.
    #[error("{path}:{line}:{column}: malformed JSON: {message}")]
    Json {
        /// The file.
        path: PathBuf,
        /// Line number (1-based).
        line: u64,
        /// Column within the line (1-based).
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// A JSON Lines record lacks a required field.
    #[error("{path}:{line}: record has no `{field}` field")]
    MissingField {
        /// The file.
        path: PathBuf,
        /// Line number (1-based).
        line: u64,
        /// The field's name(s).
        field: &'static str,
    },
    /// Two articles of one run have the same identity.
    #[error("{origin}: duplicate article id `{id}` (an article with this id was already read in this run); skipped")]
    DuplicateId {
        /// Where the second one was read.
        origin: String,
        /// The id.
        id: String,
    },
    /// A file named on the command line is not in a known format.
    #[error("{path}: unknown input format (expected a .txt, .html, .htm, .jsonl or .ndjson file, a folder, or - for standard input)")]
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// Standard input (`-`) was named more than once.
    #[error("standard input (-) can be read only once")]
    StdinTwice,
    /// A folder holds no article files.
    #[error("{path}: no articles found (no .txt, .html, .htm, .jsonl or .ndjson files)")]
    NoArticles {
        /// The folder.
        path: PathBuf,
    },
}
