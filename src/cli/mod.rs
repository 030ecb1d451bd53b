//! The command line: argument parsing ([`args`]), one module per verb, and
//! the exit-code policy: 0 success, 1 when some input failed but the run
//! went on, 2 when the command could not run at all.

pub mod args;
mod completions;
mod digest_auth;
mod export;
mod extract;
mod gc;
mod ingest;
mod man;
mod output;
mod push;
mod query;
mod serve;
mod stats;

use args::{Cli, Command, StoreArgs};
use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

/// How a verb ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked.
    Success,
    /// Some inputs failed; the rest was done.
    PartialFailure,
}

/// Run the command line and return the exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage_error(error),
    };
    let result = match cli.command {
        Command::Ingest(args) => ingest::run(args),
        Command::Query(args) => query::run(args),
        Command::Export(args) => export::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Push(args) => push::run(args),
        Command::Gc(args) => gc::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
    };
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::PartialFailure) => ExitCode::from(1),
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("beritagraf: error: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// Print a command-line mistake (or the help and version, which clap
/// reports the same way) and return its exit code: 2 for mistakes. An
/// unknown flag also gets the list of the verb's valid ones.
fn usage_error(error: clap::Error) -> ExitCode {
    use clap::CommandFactory;
    let _ = error.print();
    if !error.use_stderr() {
        return ExitCode::SUCCESS;
    }
    if error.kind() == clap::error::ErrorKind::UnknownArgument {
        let command = Cli::command();
        let verb = std::env::args()
            .skip(1)
            .find_map(|word| command.find_subcommand(&word).cloned());
        let (name, flags) = match &verb {
            Some(verb) => (format!("beritagraf {}", verb.get_name()), long_flags(verb)),
            None => ("beritagraf".to_string(), long_flags(&command)),
        };
        eprintln!("\nvalid options of `{name}`: {}", flags.join(", "));
    }
    ExitCode::from(2)
}

/// The `--long` flags of a command, help and version included.
fn long_flags(command: &clap::Command) -> Vec<String> {
    let mut flags: Vec<String> = command
        .get_arguments()
        .filter_map(|argument| argument.get_long())
        .map(|long| format!("--{long}"))
        .collect();
    flags.extend(["--help".to_string(), "--version".to_string()]);
    flags.dedup();
    flags
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || cause.to_string().contains("Broken pipe")
    })
}

/// The store folder: `--store`, else `$BERITAGRAF_STORE` (both through
/// clap), else `$XDG_DATA_HOME/beritagraf/store`, else
/// `~/.local/share/beritagraf/store`, else `./beritagraf-store`.
pub fn store_path(args: &StoreArgs) -> PathBuf {
    if let Some(path) = &args.store {
        return path.clone();
    }
    if let Some(data) = std::env::var_os("XDG_DATA_HOME").filter(|value| !value.is_empty()) {
        return PathBuf::from(data).join("beritagraf").join("store");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|value| !value.is_empty()) {
        return PathBuf::from(home).join(".local/share/beritagraf/store");
    }
    PathBuf::from("beritagraf-store")
}
