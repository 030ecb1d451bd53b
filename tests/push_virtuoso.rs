//! `beritagraf push` against Virtuoso, the server of Debian's
//! `virtuoso-opensource` package: a private instance (its own
//! `virtuoso.ini`, database and loopback ports in a temporary folder)
//! started by the test, a user made for the push, and the graphs written
//! through the Digest-authenticated `/sparql-graph-crud-auth`, as a user of
//! Virtuoso would. Quad counts there, read back through Virtuoso's own
//! `/sparql` endpoint, must equal the local ones. Without `virtuoso-t` the
//! tests print why and skip.

use crate::util::{curl, examples, free_port, TempStore};
use std::fs;
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The user the tests create and push as.
const USER: &str = "beritagraf";
const PASSWORD: &str = "push-secret";

/// Whether `program` is on the PATH.
fn installed(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .map(|output| output.status.success())
        .unwrap_or(false)
}

/// A private Virtuoso, killed (and its folder removed) when dropped, also
/// when the test fails.
struct Virtuoso {
    child: Child,
    folder: tempfile::TempDir,
    http_port: u16,
    sql_port: u16,
}

impl Virtuoso {
    /// Start Virtuoso in a fresh folder, or say why not and return `None`.
    fn start() -> Option<Virtuoso> {
        for program in ["virtuoso-t", "isql-vt"] {
            if !installed(program) {
                eprintln!("skipped: `{program}` is not installed (apt-get install virtuoso-opensource; scripts/setup.sh does)");
                return None;
            }
        }
        // A server that dies while starting (a port taken between choosing
        // and binding it, when other tests run beside) is started again on
        // fresh ports, at most three times.
        let mut consoles = Vec::new();
        for _ in 0..3 {
            let mut server = Virtuoso::spawn();
            match server.wait_until_online() {
                Ok(()) => return Some(server),
                Err(console) => consoles.push(console),
            }
        }
        panic!(
            "virtuoso did not come online in three starts:\n{}",
            consoles.join("\n---\n")
        );
    }

    /// Start `virtuoso-t` in a fresh folder on fresh loopback ports.
    fn spawn() -> Virtuoso {
        let folder = tempfile::tempdir().expect("temporary folder");
        let (http_port, sql_port) = (free_port(), free_port());
        let dir = folder.path().display().to_string();
        let ini = folder.path().join("virtuoso.ini");
        fs::write(
            &ini,
            format!(
                "[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {dir}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
"
            ),
        )
        .expect("virtuoso.ini");
        let log = fs::File::create(folder.path().join("console.log")).expect("log file");
        let child = Command::new("virtuoso-t")
            .arg("+foreground")
            .arg("+configfile")
            .arg(&ini)
            .current_dir(folder.path())
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log file"))
            .stderr(log)
            .spawn()
            .expect("virtuoso-t starts");
        Virtuoso {
            child,
            folder,
            http_port,
            sql_port,
        }
    }

    /// Wait (at most 90 s) until both the SQL and the HTTP port answer;
    /// the console output when the server exits or the time runs out.
    fn wait_until_online(&mut self) -> Result<(), String> {
        let started = Instant::now();
        let sql = std::net::SocketAddr::from(([127, 0, 0, 1], self.sql_port));
        loop {
            let sql_up = TcpStream::connect_timeout(&sql, Duration::from_secs(1)).is_ok();
            if sql_up && self.sparql("ASK { }").status == 200 {
                eprintln!(
                    "virtuoso online in {:.1} s",
                    started.elapsed().as_secs_f64()
                );
                return Ok(());
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("virtuoso exited ({status}):\n{}", self.console()));
            }
            if started.elapsed() >= Duration::from_secs(90) {
                return Err(format!(
                    "virtuoso did not come online within 90 s:\n{}",
                    self.console()
                ));
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn console(&self) -> String {
        fs::read_to_string(self.folder.path().join("console.log")).unwrap_or_default()
    }

    /// Run SQL statements as `dba` (the password of a new database) with
    /// `isql-vt`, at most 60 s, and fail on any error.
    fn sql(&self, statements: &str) {
        let script = self.folder.path().join("statements.sql");
        fs::write(&script, statements).expect("SQL script");
        let output = Command::new("timeout")
            .arg("60")
            .arg("isql-vt")
            .arg(format!("127.0.0.1:{}", self.sql_port))
            .args(["dba", "dba"])
            .arg(&script)
            .output()
            .expect("isql-vt runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            output.status.success() && !text.contains("*** Error"),
            "isql-vt: {text}"
        );
    }

    /// A SPARQL query on Virtuoso's public `/sparql` endpoint, as CSV.
    fn sparql(&self, query: &str) -> crate::util::Fetched {
        curl(
            &self.url("/sparql"),
            &[
                "--data-urlencode",
                &format!("query={query}"),
                "-H",
                "Accept: text/csv",
            ],
        )
    }

    /// The first value of a one-row SELECT.
    fn value(&self, query: &str) -> String {
        let answer = self.sparql(query);
        assert_eq!(answer.status, 200, "{query}: {}", answer.body);
        answer
            .body
            .lines()
            .nth(1)
            .unwrap_or("")
            .trim()
            .trim_matches('"')
            .to_string()
    }

    /// Quads in beritagraf's graphs (a new Virtuoso holds graphs of its own).
    fn quads(&self) -> u64 {
        self.value("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/beritagraf/\")) }")
            .parse()
            .expect("a count")
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.http_port)
    }
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn push(store: &TempStore, server: &Virtuoso, extra: &[&str]) -> serde_json::Value {
    let url = server.url("/sparql-graph-crud-auth");
    let mut args = vec![
        "--graph-store",
        url.as_str(),
        "--user",
        USER,
        "--password",
        PASSWORD,
        "--json",
    ];
    args.extend_from_slice(extra);
    let run = store.run("push", &args).expect_code(0);
    serde_json::from_str(&run.stdout).expect("push --json")
}

/// The user a Virtuoso administrator makes for pushing: allowed to update
/// through SPARQL and the Graph Store endpoints.
fn create_push_user(server: &Virtuoso) {
    server.sql(&format!(
        "DB.DBA.USER_CREATE ('{USER}', '{PASSWORD}');\nGRANT SPARQL_UPDATE TO \"{USER}\";\n"
    ));
}

fn headline_count(server: &Virtuoso, article: &str, headline: &str) -> String {
    server.value(&format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <https://w3id.org/beritagraf/id/article/{article}> {{ ?a <https://schema.org/headline> \"{headline}\" }} }}"
    ))
}

#[test]
fn push_to_virtuoso_with_digest_authentication_mirrors_the_store() {
    let Some(server) = Virtuoso::start() else {
        return;
    };
    create_push_user(&server);
    let (store, articles) = TempStore::with_example_copies();
    assert_eq!(server.quads(), 0, "a new Virtuoso holds none of our graphs");

    let first = push(&store, &server, &["--digest"]);
    let graphs = store
        .select_csv("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[1]
        .parse::<u64>()
        .unwrap();
    assert_eq!(first["pushed"], graphs, "{first}");
    assert_eq!(first["quads"], store.quads(), "{first}");
    assert_eq!(server.quads(), store.quads());

    // Again, without --digest: Virtuoso refuses the Basic credentials
    // without a challenge, and push turns to Digest by itself.
    let again = push(&store, &server, &[]);
    assert_eq!(again["pushed"], graphs, "{again}");
    assert_eq!(
        server.quads(),
        store.quads(),
        "a second push must not duplicate"
    );

    let article = "01-gowa-sosialisasi-netralitas.txt";
    let old_headline = store.select_csv(&format!(
        "SELECT ?h WHERE {{ <https://w3id.org/beritagraf/id/article/{article}> schema:headline ?h }}"
    ))[1]
        .clone();
    assert_eq!(headline_count(&server, article, &old_headline), "1");
    let headline = "Bupati Gowa buka rapat di Kafé Sungguminasa";
    fs::write(
        articles.join(article),
        format!("{headline}\nBupati Gowa, Adnan Purichta Ichsan, membuka rapat koordinasi di Sungguminasa, Kabupaten Gowa.\n"),
    )
    .unwrap();
    store.ingest(&[&articles]).expect_code(0);
    push(&store, &server, &["--digest", "--jobs", "4"]);
    assert_eq!(
        server.quads(),
        store.quads(),
        "the changed article replaced its graph"
    );
    assert_eq!(
        headline_count(&server, article, headline),
        "1",
        "UTF-8 kept"
    );
    assert_eq!(headline_count(&server, article, &old_headline), "0");
}

/// A wrong password and anonymous writes are refused; the unauthenticated
/// `/sparql-graph-crud` writes as Virtuoso's `SPARQL` user, and takes the
/// push once an administrator allows that user to update.
#[test]
fn virtuoso_refuses_wrong_and_missing_credentials_until_allowed() {
    let Some(server) = Virtuoso::start() else {
        return;
    };
    create_push_user(&server);
    let store = TempStore::new();
    store
        .ingest(&[&examples().join("02-makassar-rakor-pengawasan-asn.txt")])
        .expect_code(0);
    let authenticated = server.url("/sparql-graph-crud-auth");
    let wrong = store
        .run(
            "push",
            &[
                "--graph-store",
                &authenticated,
                "--user",
                USER,
                "--password",
                "not-the-password",
                "--digest",
                "--attempts",
                "2",
                "--quiet",
            ],
        )
        .expect_code(1);
    assert!(
        wrong
            .stderr
            .contains("article/02-makassar-rakor-pengawasan-asn.txt> failed"),
        "{}",
        wrong.stderr
    );
    let anonymous = store
        .run(
            "push",
            &[
                "--graph-store",
                &authenticated,
                "--attempts",
                "1",
                "--quiet",
            ],
        )
        .expect_code(1);
    assert!(
        anonymous
            .stderr
            .contains("401 Unauthorized: the server wants credentials"),
        "{}",
        anonymous.stderr
    );
    let open = server.url("/sparql-graph-crud");
    let refused = store
        .run(
            "push",
            &["--graph-store", &open, "--attempts", "1", "--quiet"],
        )
        .expect_code(1);
    assert!(refused.stderr.contains("403"), "{}", refused.stderr);
    assert_eq!(server.quads(), 0, "nothing was written");

    server.sql(
        "GRANT SPARQL_UPDATE TO \"SPARQL\";\nDB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);\n",
    );
    store
        .run("push", &["--graph-store", &open, "--quiet"])
        .expect_code(0);
    assert_eq!(server.quads(), store.quads());
}
