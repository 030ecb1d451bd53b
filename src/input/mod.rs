//! Reading articles from files: `.txt` (headline on the first non-empty
//! line, body after it), `.html`/`.htm` (saved web pages, main content
//! only), `.jsonl` (one JSON object per line) and standard input.
//!
//! Readers stream: a JSON Lines file is read line by line, so an archive of
//! any size needs memory for one article at a time. Every problem is a typed
//! [`InputError`] naming the file and, where it helps, the line or byte.

mod error;
mod html;
mod jsonl;
mod text_file;
mod walk;

pub use error::InputError;
pub use html::{looks_like_html, page_content, PageContent};
pub use jsonl::JsonLinesReader;
pub use text_file::{read_html_article, read_stdin_article, read_text_article};
pub use walk::{collect_input_files, InputFormat};

use crate::model::Article;
use std::path::Path;

/// Largest article accepted by default, in bytes: 4 MiB, twenty times the
/// longest news article we have seen. Extraction needs about 45 bytes of
/// memory per byte of text, so this keeps two articles in flight (one per
/// core) well inside ingest's 1 GiB bound. A larger article is reported and
/// skipped without being read into memory.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;

/// The articles of one input file, in order, each one or an error. An
/// article (a `.txt` file or one JSON line) over `max_article_bytes` is an
/// [`InputError::TooLarge`].
pub fn read_articles(
    path: &Path,
    format: InputFormat,
    max_article_bytes: usize,
) -> Box<dyn Iterator<Item = Result<Article, InputError>> + Send> {
    match format {
        InputFormat::Text => Box::new(std::iter::once(read_text_article(path, max_article_bytes))),
        InputFormat::Html => Box::new(std::iter::once(read_html_article(path, max_article_bytes))),
        InputFormat::Stdin => Box::new(std::iter::once(read_stdin_article(
            &mut std::io::stdin().lock(),
            max_article_bytes,
        ))),
        InputFormat::JsonLines => match JsonLinesReader::open(path, max_article_bytes) {
            Ok(reader) => Box::new(reader),
            Err(error) => Box::new(std::iter::once(Err(error))),
        },
    }
}
