//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the repository, when present.
pub fn shared() -> Option<PathBuf> {
    let shared = repo().join("..").join("shared");
    shared
        .join("eval")
        .join("score.py")
        .exists()
        .then_some(shared)
}

/// The result of one run of the binary.
pub struct Run {
    /// Exit code (-1 when killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Panic with both streams unless the exit code is `code`.
    pub fn expect_code(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

fn finish(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Run `beritagraf ARGS` with no inherited store settings.
pub fn beritagraf(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_beritagraf"))
        .args(args)
        .env_remove("BERITAGRAF_STORE")
        .env_remove("XDG_DATA_HOME")
        .env("HOME", std::env::temp_dir())
        .output()
        .expect("the binary runs");
    finish(output)
}

/// A store folder inside a fresh temporary folder.
pub struct TempStore {
    /// Keeps the folder alive.
    pub dir: tempfile::TempDir,
}

impl TempStore {
    /// A new, not yet created store.
    pub fn new() -> TempStore {
        TempStore {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    /// A store filled from copies of the example articles, kept in the
    /// store's folder so that a test can change one, with their folder.
    pub fn with_example_copies() -> (TempStore, PathBuf) {
        let store = TempStore::new();
        let articles = store.file("articles");
        std::fs::create_dir(&articles).unwrap();
        for entry in std::fs::read_dir(examples()).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, articles.join(path.file_name().unwrap())).unwrap();
        }
        store.ingest(&[&articles]).expect_code(0);
        (store, articles)
    }

    /// The store's path as a string.
    pub fn path(&self) -> String {
        self.dir.path().join("store").display().to_string()
    }

    /// A path in the temporary folder.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Run `beritagraf VERB --store STORE ARGS`.
    pub fn run(&self, verb: &str, args: &[&str]) -> Run {
        let store = self.path();
        let mut all = vec![verb, "--store", store.as_str()];
        all.extend_from_slice(args);
        beritagraf(&all)
    }

    /// Ingest `paths` and expect success.
    pub fn ingest(&self, paths: &[&Path]) -> Run {
        let paths: Vec<String> = paths
            .iter()
            .map(|path| path.display().to_string())
            .collect();
        let args: Vec<&str> = paths.iter().map(String::as_str).collect();
        self.run("ingest", &args)
    }

    /// Number of quads in the store, from `stats --json`.
    pub fn quads(&self) -> u64 {
        let run = self.run("stats", &["--json"]).expect_code(0);
        let stats: serde_json::Value = serde_json::from_str(&run.stdout).expect("stats JSON");
        stats["quads"].as_u64().expect("quad count")
    }

    /// Number of articles in the store.
    pub fn article_count(&self) -> usize {
        self.select_csv("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }")[1]
            .parse()
            .expect("a count")
    }

    /// Rows of a SELECT query as CSV lines (header first).
    pub fn select_csv(&self, query: &str) -> Vec<String> {
        let run = self
            .run("query", &[query, "--format", "csv"])
            .expect_code(0);
        run.stdout
            .lines()
            .map(|line| line.trim_end_matches('\r').to_string())
            .collect()
    }
}

/// The example articles folder.
pub fn examples() -> PathBuf {
    repo().join("examples").join("articles")
}

/// Panic with an install hint when a required tool is missing.
pub fn require_tool(tool: &str, package: &str) {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .map(|output| output.status.success())
        .unwrap_or(false);
    assert!(
        found,
        "`{tool}` is needed for this test: install {package} (scripts/setup.sh does)"
    );
}

/// Run `python3 ARGS`, panicking with a hint when python3 or a module is missing.
pub fn python(args: &[&str]) -> Run {
    let output = Command::new("python3")
        .args(args)
        .output()
        .expect("python3 is needed (scripts/setup.sh)");
    finish(output)
}

/// A free TCP port on 127.0.0.1 (the OS picks one; it is released at once).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .port()
}

/// A server process started by a test, killed when dropped.
pub struct Served {
    /// The child process.
    pub child: std::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
}

impl Served {
    /// Start `program ARGS` listening on `port`, and wait (at most 30 s)
    /// until `probe` (a path) answers.
    pub fn start(program: &str, args: &[String], port: u16, probe: &str) -> Served {
        let child = Command::new(program)
            .args(args)
            .env_remove("BERITAGRAF_STORE")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|error| panic!("cannot start {program}: {error}"));
        let mut served = Served {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        for _ in 0..300 {
            if let Ok(Some(status)) = served.child.try_wait() {
                let mut stderr = String::new();
                if let Some(mut pipe) = served.child.stderr.take() {
                    std::io::Read::read_to_string(&mut pipe, &mut stderr).ok();
                }
                panic!("{program} exited with {status}: {stderr}");
            }
            if curl(&served.url(probe), &[]).status != 0 {
                return served;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!("{program} did not answer on port {port} within 30 s");
    }

    /// Start `beritagraf serve --store STORE --bind 127.0.0.1:PORT ARGS`.
    pub fn beritagraf(store: &TempStore, args: &[&str]) -> Served {
        let port = free_port();
        let mut all = vec![
            "serve".to_string(),
            "--store".into(),
            store.path(),
            "--bind".into(),
            format!("127.0.0.1:{port}"),
        ];
        all.extend(args.iter().map(|arg| arg.to_string()));
        Served::start(env!("CARGO_BIN_EXE_beritagraf"), &all, port, "/query")
    }

    /// The full URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What curl got.
pub struct Fetched {
    /// The HTTP status (0 when there was no answer).
    pub status: u16,
    /// The response headers, lower-cased names.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: String,
}

impl Fetched {
    /// The value of header `name` (lower-case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Run `curl URL ARGS` (at most 60 s) and read status, headers and body.
pub fn curl(url: &str, args: &[&str]) -> Fetched {
    let dir = tempfile::tempdir().expect("temporary folder");
    let headers_file = dir.path().join("headers");
    let output = Command::new("curl")
        .args(["--silent", "--max-time", "60", "--dump-header"])
        .arg(&headers_file)
        .args(args)
        .arg(url)
        .output()
        .expect("curl is needed (apt-get install curl)");
    let headers_text = std::fs::read_to_string(&headers_file).unwrap_or_default();
    let mut status = 0;
    let mut headers = Vec::new();
    for line in headers_text.lines() {
        let line = line.trim_end();
        if line.starts_with("HTTP/") {
            status = line
                .split_whitespace()
                .nth(1)
                .and_then(|code| code.parse().ok())
                .unwrap_or(0);
            headers.clear();
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    Fetched {
        status,
        headers,
        body: String::from_utf8_lossy(&output.stdout).into_owned(),
    }
}
