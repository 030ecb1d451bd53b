//! The `beritagraf` command line: see `beritagraf --help`.

/// mimalloc: ingest allocates millions of short-lived strings (terms of
/// quads, tokens); the system allocator spent a fifth of ingest CPU on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
