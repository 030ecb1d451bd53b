//! `beritagraf completions SHELL`: a completion script generated from the
//! clap definitions, so it always knows every verb, flag and value.

use super::args::{Cli, CompletionsArgs};
use super::Outcome;
use anyhow::Result;
use clap::CommandFactory;
use std::io::Write;

/// Run the verb.
pub fn run(args: CompletionsArgs) -> Result<Outcome> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "beritagraf", &mut script);
    std::io::stdout().lock().write_all(&script)?;
    Ok(Outcome::Success)
}
