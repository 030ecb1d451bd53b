//! The `beritagraf` command line: see `beritagraf --help`.

fn main() -> std::process::ExitCode {
    beritagraf::cli::main()
}
