//! Where command output goes: standard output, or a file written through a
//! temporary sibling and renamed into place, so a failed export never
//! leaves half a file.

use anyhow::{Context, Result};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// An output destination.
pub enum Output {
    /// Standard output.
    Stdout(BufWriter<std::io::Stdout>),
    /// A temporary file renamed to `target` on [`Output::finish`].
    File {
        /// The open temporary file.
        writer: BufWriter<std::fs::File>,
        /// The temporary file's path.
        temporary: PathBuf,
        /// The final path.
        target: PathBuf,
    },
}

impl Output {
    /// Standard output, or a file at `path`.
    pub fn open(path: Option<&Path>) -> Result<Output> {
        match path {
            None => Ok(Output::Stdout(BufWriter::new(std::io::stdout()))),
            Some(target) => {
                let name = target
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let temporary =
                    target.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
                let file = std::fs::File::create(&temporary)
                    .with_context(|| format!("cannot write {}", target.display()))?;
                Ok(Output::File {
                    writer: BufWriter::new(file),
                    temporary,
                    target: target.to_path_buf(),
                })
            }
        }
    }

    /// Flush, and move a file into place.
    pub fn finish(self) -> Result<()> {
        match self {
            Output::Stdout(mut writer) => writer.flush().context("cannot write to standard output"),
            Output::File {
                mut writer,
                temporary,
                target,
            } => {
                writer
                    .flush()
                    .with_context(|| format!("cannot write {}", target.display()))?;
                std::fs::rename(&temporary, &target)
                    .with_context(|| format!("cannot write {}", target.display()))
            }
        }
    }

    /// Remove a temporary file after a failure.
    pub fn abandon(self) {
        if let Output::File { temporary, .. } = self {
            let _ = std::fs::remove_file(temporary);
        }
    }
}

impl Write for Output {
    fn write(&mut self, buffer: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(writer) => writer.write(buffer),
            Output::File { writer, .. } => writer.write(buffer),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(writer) => writer.flush(),
            Output::File { writer, .. } => writer.flush(),
        }
    }
}
