//! Reading articles from files: `.txt` (headline on the first non-empty
//! line, body after it) and `.jsonl` (one JSON object per line).
//!
//! Readers stream: a JSON Lines file is read line by line, so an archive of
//! any size needs memory for one article at a time. Every problem is a typed
//! [`InputError`] naming the file and, where it helps, the line or byte.

mod error;
mod jsonl;
mod text_file;
mod walk;

pub use error::InputError;
pub use jsonl::JsonLinesReader;
pub use text_file::read_text_article;
pub use walk::{collect_input_files, InputFormat};

use crate::model::Article;
use std::path::Path;

/// Largest article body accepted, in bytes (a larger one is reported and skipped).
pub const MAX_ARTICLE_BYTES: usize = 128 * 1024 * 1024;

/// The articles of one input file, in order, each one or an error.
pub fn read_articles(
    path: &Path,
    format: InputFormat,
) -> Box<dyn Iterator<Item = Result<Article, InputError>> + Send> {
    match format {
        InputFormat::Text => Box::new(std::iter::once(read_text_article(path))),
        InputFormat::JsonLines => match JsonLinesReader::open(path) {
            Ok(reader) => Box::new(reader),
            Err(error) => Box::new(std::iter::once(Err(error))),
        },
    }
}
