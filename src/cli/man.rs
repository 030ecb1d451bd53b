//! `beritagraf man [VERB]`: the manual page in roff, generated from the
//! clap definitions (the same text as `--help`).

use super::args::{Cli, ManArgs};
use super::Outcome;
use anyhow::{bail, Result};
use clap::CommandFactory;
use std::io::Write;

/// Run the verb.
pub fn run(args: ManArgs) -> Result<Outcome> {
    let mut command = Cli::command();
    // Building sets each verb's display name (`beritagraf-ingest`) and
    // version, which the page's title and synopsis use.
    command.build();
    let page = match &args.verb {
        None => command,
        Some(verb) => {
            let verbs: Vec<String> = command
                .get_subcommands()
                .map(|sub| sub.get_name().to_string())
                .collect();
            let Some(sub) = command.find_subcommand(verb) else {
                bail!(
                    "unknown verb `{verb}`: expected one of {}",
                    verbs.join(", ")
                );
            };
            sub.clone()
        }
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page).render(&mut roff)?;
    std::io::stdout().lock().write_all(&roff)?;
    Ok(Outcome::Success)
}
