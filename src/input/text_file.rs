//! One-article inputs: `.txt` files (the first non-empty line is the
//! headline, the rest the body), `.html` pages (main content, see
//! [`super::html`]) and standard input (either of the two).

use super::html::{looks_like_html, page_content};
use super::InputError;
use crate::model::Article;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;

/// Read one `.txt` article of at most `max_bytes`. Its identity is the file
/// name without its folder.
pub fn read_text_article(path: &Path, max_bytes: usize) -> Result<Article, InputError> {
    let bytes = read_file(path, max_bytes)?;
    let text = decode_text(&bytes, path, None)?;
    article_from_text(text, file_name(path), path.display().to_string()).ok_or_else(|| {
        InputError::Empty {
            path: path.to_path_buf(),
            line: None,
        }
    })
}

/// Read one saved web page of at most `max_bytes`: its main content, with
/// the headline and date the page gives. Its identity is the file name
/// without its folder.
pub fn read_html_article(path: &Path, max_bytes: usize) -> Result<Article, InputError> {
    let bytes = read_file(path, max_bytes)?;
    let html = decode_text(&bytes, path, None)?;
    article_from_html(html, file_name(path), path)
}

/// Read one article of at most `max_bytes` from `input` (standard input):
/// an HTML page when it starts like one, else text as in a `.txt` file. Its
/// identity is `stdin-` and the start of the SHA-256 of its bytes, so the
/// same article piped twice is one article, and two different ones are two.
pub fn read_stdin_article(input: &mut impl Read, max_bytes: usize) -> Result<Article, InputError> {
    let path = Path::new("-");
    let mut bytes = Vec::new();
    input
        .take(max_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| InputError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if bytes.len() > max_bytes {
        // Count the rest without keeping it.
        let rest = std::io::copy(input, &mut std::io::sink()).unwrap_or(0);
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
            line: None,
            size: bytes.len() as u64 + rest,
            limit: max_bytes,
        });
    }
    let text = decode_text(&bytes, path, None)?;
    let digest = Sha256::digest(&bytes);
    let source_id: String = format!("stdin-{digest:x}").chars().take(6 + 16).collect();
    if looks_like_html(text) {
        return article_from_html(text, source_id, path);
    }
    article_from_text(text, source_id, "standard input".to_string()).ok_or_else(|| {
        InputError::Empty {
            path: path.to_path_buf(),
            line: None,
        }
    })
}

/// An article from a page's main content; the headline falls back to the
/// body's first line when the page names none.
fn article_from_html(html: &str, source_id: String, path: &Path) -> Result<Article, InputError> {
    let page = page_content(html).ok_or_else(|| InputError::NoArticleBody {
        path: path.to_path_buf(),
        line: None,
    })?;
    let headline = if page.headline.is_empty() {
        page.body.lines().next().unwrap_or_default().to_string()
    } else {
        page.headline
    };
    Ok(Article {
        source_id,
        origin: if path.as_os_str() == "-" {
            "standard input".to_string()
        } else {
            path.display().to_string()
        },
        headline,
        body: page.body,
        url: None,
        date: page.date,
    })
}

/// The file's bytes, refused unread when over `max_bytes`.
fn read_file(path: &Path, max_bytes: usize) -> Result<Vec<u8>, InputError> {
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
    std::fs::read(path).map_err(io_error)
}

/// The file name without its folder: an article's identity.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
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
