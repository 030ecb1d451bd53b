//! `.txt` articles: the first non-empty line is the headline, the rest the body.

use super::InputError;
use crate::model::Article;
use std::path::Path;

/// Read one `.txt` article of at most `max_bytes`. Its identity is the file
/// name without its folder.
pub fn read_text_article(path: &Path, max_bytes: usize) -> Result<Article, InputError> {
    let io_error = |source| InputError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    if size > max_bytes as u64 {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
            line: None,
            size,
            limit: max_bytes,
        });
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
    let text = decode_text(&bytes, path, None)?;
    let source_id = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    article_from_text(text, source_id, path.display().to_string()).ok_or_else(|| {
        InputError::Empty {
            path: path.to_path_buf(),
            line: None,
        }
    })
}

/// Split text into headline and body; `None` when it holds no text.
pub(super) fn article_from_text(text: &str, source_id: String, origin: String) -> Option<Article> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    let headline = lines
        .by_ref()
        .map(str::trim)
        .find(|line| !line.is_empty())?;
    let body: String = lines.collect::<Vec<_>>().join("\n");
    Some(Article {
        source_id,
        origin,
        headline: headline.to_string(),
        body,
        url: None,
        date: None,
    })
}

/// Bytes to text, refusing binary data and invalid UTF-8 with the offset.
pub(super) fn decode_text<'a>(
    bytes: &'a [u8],
    path: &Path,
    line: Option<u64>,
) -> Result<&'a str, InputError> {
    if let Some(offset) = bytes.iter().position(|&byte| byte == 0) {
        return Err(InputError::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    std::str::from_utf8(bytes).map_err(|error| InputError::NotUtf8 {
        path: path.to_path_buf(),
        line,
        offset: error.valid_up_to(),
    })
}
