//! JSON Lines articles: one object per line with `id`, `headline` or
//! `title`, `body` or `text` (or `html`, a saved page whose main content is
//! extracted), and optional `url` and `date`.

use super::text_file::decode_text;
use super::InputError;
use crate::model::Article;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// A streaming reader over the records of one JSON Lines file. Memory is
/// bounded by the longest line accepted: a line over the limit is skipped
/// without being kept.
pub struct JsonLinesReader {
    path: PathBuf,
    reader: BufReader<File>,
    line_number: u64,
    buffer: Vec<u8>,
    max_line_bytes: usize,
}

/// What reading one line gave.
enum Line {
    /// The end of the file.
    End,
    /// A line (in the buffer, without its length limit exceeded).
    Kept,
    /// A line over the limit, skipped; its length in bytes.
    Skipped(u64),
}

impl JsonLinesReader {
    /// Open `path` for reading records of at most `max_line_bytes` each.
    pub fn open(path: &Path, max_line_bytes: usize) -> Result<JsonLinesReader, InputError> {
        let file = File::open(path).map_err(|source| InputError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(JsonLinesReader {
            path: path.to_path_buf(),
            reader: BufReader::with_capacity(1 << 16, file),
            line_number: 0,
            buffer: Vec::new(),
            max_line_bytes,
        })
    }

    /// Read the next line into the buffer, or skip it when it is longer
    /// than the limit: the buffer never grows past the limit.
    fn read_line(&mut self) -> std::io::Result<Line> {
        self.buffer.clear();
        let limit = self.max_line_bytes as u64;
        let mut length: u64 = 0;
        let mut newline = false;
        while !newline {
            let available = match self.reader.fill_buf() {
                Ok(available) => available,
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            };
            if available.is_empty() {
                break;
            }
            let used = match available.iter().position(|&byte| byte == b'\n') {
                Some(position) => {
                    newline = true;
                    position + 1
                }
                None => available.len(),
            };
            length += used as u64;
            // Keep at most the limit and the newline; a longer line is only counted.
            if length <= limit + 1 {
                self.buffer.extend_from_slice(&available[..used]);
            }
            self.reader.consume(used);
        }
        Ok(if length == 0 {
            Line::End
        } else if length - u64::from(newline) > limit {
            self.buffer.clear();
            Line::Skipped(length)
        } else {
            Line::Kept
        })
    }

    fn parse_record(&self, line: &str) -> Result<Article, InputError> {
        let value: serde_json::Value = serde_json::from_str(line).map_err(|error| {
            // Each line is parsed alone: drop serde's own "at line 1 column N".
            let message = error.to_string();
            let message = message
                .split(" at line ")
                .next()
                .unwrap_or(&message)
                .to_string();
            let column = if error.column() == 0 {
                line.chars().count() + 1
            } else {
                error.column()
            };
            InputError::Json {
                path: self.path.clone(),
                line: self.line_number,
                column,
                message,
            }
        })?;
        let object = value.as_object().ok_or_else(|| InputError::Json {
            path: self.path.clone(),
            line: self.line_number,
            column: 1,
            message: "a record must be a JSON object".into(),
        })?;
        let field = |names: &[&str]| {
            names
                .iter()
                .find_map(|name| object.get(*name))
                .and_then(|value| match value {
                    serde_json::Value::String(text) => Some(text.trim().to_string()),
                    serde_json::Value::Number(number) => Some(number.to_string()),
                    _ => None,
                })
                .filter(|text| !text.is_empty())
        };
        let missing = |field| InputError::MissingField {
            path: self.path.clone(),
            line: self.line_number,
            field,
        };
        let source_id = field(&["id"]).ok_or_else(|| missing("id"))?;
        let headline = field(&["headline", "title"]);
        let date =
            field(&["date", "datePublished", "published"]).and_then(|date| iso_date_prefix(&date));
        // A saved page (an `html` field, or a body that is HTML) goes
        // through main-content extraction; the record's own fields win.
        let html = field(&["html"])
            .or_else(|| field(&["body", "text"]).filter(|body| super::html::looks_like_html(body)));
        if let Some(html) = html {
            let page =
                super::html::page_content(&html).ok_or_else(|| InputError::NoArticleBody {
                    path: self.path.clone(),
                    line: Some(self.line_number),
                })?;
            let headline = headline
                .or(Some(page.headline).filter(|headline| !headline.is_empty()))
                .ok_or_else(|| missing("headline` or `title"))?;
            return Ok(Article {
                source_id,
                origin: format!("{}:{}", self.path.display(), self.line_number),
                headline,
                body: page.body,
                url: field(&["url"]),
                date: date.or(page.date),
            });
        }
        let headline = headline.ok_or_else(|| missing("headline` or `title"))?;
        let body = field(&["body", "text"]).ok_or_else(|| missing("body`, `text` or `html"))?;
        Ok(Article {
            source_id,
            origin: format!("{}:{}", self.path.display(), self.line_number),
            headline,
            body,
            url: field(&["url"]),
            date,
        })
    }
}

/// The `YYYY-MM-DD` at the start of an ISO date or date-time, if valid.
pub(super) fn iso_date_prefix(text: &str) -> Option<String> {
    let date = text.trim().get(..10)?;
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    let shape_ok =
        digits(0..4) && bytes[4] == b'-' && digits(5..7) && bytes[7] == b'-' && digits(8..10);
    if !shape_ok {
        return None;
    }
    let month: u8 = date.get(5..7)?.parse().ok()?;
    let day: u8 = date.get(8..10)?.parse().ok()?;
    (shape_ok && (1..=12).contains(&month) && (1..=31).contains(&day)).then(|| date.to_string())
}

impl Iterator for JsonLinesReader {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.line_number += 1;
            match self.read_line() {
                Ok(Line::End) => return None,
                Ok(Line::Kept) => {}
                Ok(Line::Skipped(size)) => {
                    return Some(Err(InputError::TooLarge {
                        path: self.path.clone(),
                        line: Some(self.line_number),
                        size,
                        limit: self.max_line_bytes,
                    }))
                }
                Err(source) => {
                    return Some(Err(InputError::Io {
                        path: self.path.clone(),
                        source,
                    }))
                }
            }
            let bytes = std::mem::take(&mut self.buffer);
            let result = match decode_text(&bytes, &self.path, Some(self.line_number)) {
                Ok(line) if line.trim().is_empty() => None,
                Ok(line) => Some(self.parse_record(line.trim_start_matches('\u{feff}'))),
                Err(InputError::Binary { .. }) => Some(Err(InputError::NotUtf8 {
                    path: self.path.clone(),
                    line: Some(self.line_number),
                    offset: bytes.iter().position(|&b| b == 0).unwrap_or(0),
                })),
                Err(error) => Some(Err(error)),
            };
            self.buffer = bytes;
            if let Some(result) = result {
                return Some(result);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{iso_date_prefix, JsonLinesReader};
    use crate::input::InputError;

    /// What reading `content` with a line limit of `limit` gives: the ids
    /// read, or `too large (line, size)`.
    fn read(content: &str, limit: usize) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lines.jsonl");
        std::fs::write(&path, content).unwrap();
        JsonLinesReader::open(&path, limit)
            .unwrap()
            .map(|result| match result {
                Ok(article) => article.source_id,
                Err(InputError::TooLarge { line, size, .. }) => {
                    format!("too large ({}, {size})", line.unwrap())
                }
                Err(error) => format!("error: {error}"),
            })
            .collect()
    }

    #[test]
    fn lines_over_the_limit_are_skipped_and_the_next_ones_read() {
        let line = |id: &str, body: &str| format!(r#"{{"id":"{id}","title":"T","body":"{body}"}}"#);
        let short = line("a", "x");
        let at_limit = line("b", &"y".repeat(100 - short.len()));
        let over = line("c", &"z".repeat(101 - short.len()));
        let content = format!("{short}\n{at_limit}\n{over}\n{short}\n");
        assert_eq!(
            read(&content, at_limit.len()),
            ["a", "b", &format!("too large (3, {})", over.len() + 1), "a"]
        );
        // The last line, over the limit and without a newline.
        let content = format!("{short}\n{over}");
        assert_eq!(
            read(&content, at_limit.len()),
            ["a".to_string(), format!("too large (2, {})", over.len())]
        );
        // A line far longer than the reader's buffer.
        let huge = line("d", &"w".repeat(1 << 20));
        let content = format!("{huge}\n{short}\n");
        assert_eq!(
            read(&content, 4096),
            [
                format!("too large (1, {})", huge.len() + 1),
                "a".to_string()
            ]
        );
        assert_eq!(read(&content, 2 << 20), ["d", "a"]);
    }

    #[test]
    fn dates_are_read_from_iso_prefixes() {
        let cases = [
            ("2024-03-12", Some("2024-03-12")),
            ("2024-03-12T08:00:00+07:00", Some("2024-03-12")),
            ("12/03/2024", None),
            ("2024-13-01", None),
            ("", None),
            ("2024\u{2013}03-12", None),
        ];
        for (input, expected) in cases {
            assert_eq!(iso_date_prefix(input).as_deref(), expected, "{input}");
        }
    }
}
