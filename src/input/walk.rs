//! Finding input files: named files as given, folders walked recursively in
//! a stable (sorted) order.

use super::InputError;
use std::path::{Path, PathBuf};

/// The format of an input file, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// `.txt`: one article, headline on the first non-empty line.
    Text,
    /// `.jsonl` or `.ndjson`: one article per line.
    JsonLines,
    /// `.html` or `.htm`: a saved web page, of which the main content is read.
    Html,
    /// `-`: one article on standard input, HTML or text.
    Stdin,
}

impl InputFormat {
    /// The format of `path`, from its extension (case-insensitive).
    pub fn of(path: &Path) -> Option<InputFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "txt" => Some(InputFormat::Text),
            "jsonl" | "ndjson" => Some(InputFormat::JsonLines),
            "html" | "htm" => Some(InputFormat::Html),
            _ => None,
        }
    }
}

/// Every input file under `paths`: files as named (an unknown extension is an
/// error), folders walked recursively (other files are ignored, hidden ones
/// skipped), and `-` for standard input (at most once). A folder with no
/// article file is an error.
pub fn collect_input_files(paths: &[PathBuf]) -> Result<Vec<(PathBuf, InputFormat)>, InputError> {
    let mut files = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            if files
                .iter()
                .any(|(_, format)| *format == InputFormat::Stdin)
            {
                return Err(InputError::StdinTwice);
            }
            files.push((path.clone(), InputFormat::Stdin));
            continue;
        }
        let metadata = std::fs::metadata(path).map_err(|source| {
            if source.kind() == std::io::ErrorKind::NotFound {
                InputError::NotFound { path: path.clone() }
            } else {
                InputError::Io {
                    path: path.clone(),
                    source,
                }
            }
        })?;
        if metadata.is_dir() {
            let before = files.len();
            walk_folder(path, &mut files)?;
            if files.len() == before {
                return Err(InputError::NoArticles { path: path.clone() });
            }
        } else {
            let format = InputFormat::of(path)
                .ok_or_else(|| InputError::UnknownFormat { path: path.clone() })?;
            files.push((path.clone(), format));
        }
    }
    Ok(files)
}

fn walk_folder(folder: &Path, files: &mut Vec<(PathBuf, InputFormat)>) -> Result<(), InputError> {
    let io_error = |source| InputError::Io {
        path: folder.to_path_buf(),
        source,
    };
    let mut entries = std::fs::read_dir(folder)
        .map_err(io_error)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(io_error)?;
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let file_type = entry.file_type().map_err(io_error)?;
        if file_type.is_dir() {
            walk_folder(&path, files)?;
        } else if let Some(format) = InputFormat::of(&path) {
            files.push((path, format));
        }
    }
    Ok(())
}
