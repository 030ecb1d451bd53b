//! Capacity: oversized articles and huge archives are handled within
//! ingest's memory bound of 1 GiB, measured as the child's peak resident
//! set (`wait4`'s `ru_maxrss`).

use crate::util::{examples, Run, TempStore};
use std::fs;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

/// Ingest's memory bound, in KiB.
const MEMORY_BOUND_KIB: u64 = 1024 * 1024;

/// Run `beritagraf ARGS` and give its result and its peak resident memory in KiB.
// The child is reaped by `wait4`, which also gives its resource usage.
#[allow(clippy::zombie_processes)]
fn run_measured(args: &[&str]) -> (Run, u64) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_beritagraf"))
        .args(args)
        .env_remove("BERITAGRAF_STORE")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let pid = child.id() as libc::pid_t;
    let drain = |mut stream: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            stream.read_to_string(&mut text).expect("readable output");
            text
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data; wait4 fills it for the child we started.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4 on the child");
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    let run = Run {
        code,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    };
    (run, usage.ru_maxrss as u64)
}

/// Write about `megabytes` MB of article text (distinct sentences) to
/// `out`, with `paragraph_break` between paragraphs.
fn write_text(out: &mut impl Write, megabytes: usize, paragraph_break: &[u8]) {
    let mut written = 0;
    let mut index = 0;
    while written < megabytes * 1_000_000 {
        let sentence =
            format!("Rapat koordinasi ke-{index} membahas netralitas aparatur di kantor camat. ");
        out.write_all(sentence.as_bytes()).unwrap();
        written += sentence.len();
        index += 1;
        if index % 20 == 0 {
            out.write_all(paragraph_break).unwrap();
        }
    }
}

#[test]
fn hundred_megabyte_articles_are_refused_without_being_loaded_and_the_rest_is_ingested() {
    let store = TempStore::new();
    let big_text = store.file("arsip-raksasa.txt");
    {
        let mut out = std::io::BufWriter::new(fs::File::create(&big_text).unwrap());
        out.write_all(b"Arsip raksasa\n").unwrap();
        write_text(&mut out, 100, b"\n\n");
    }
    let lines = store.file("campuran.jsonl");
    {
        let mut out = std::io::BufWriter::new(fs::File::create(&lines).unwrap());
        let small = |id: &str| serde_json::json!({"id": id, "headline": "Rapat", "body": "Bupati Gowa, Adnan Purichta Ichsan, membuka rapat di Sungguminasa."});
        writeln!(out, "{}", small("kecil-1")).unwrap();
        out.write_all(br#"{"id": "raksasa", "headline": "Raksasa", "body": ""#)
            .unwrap();
        // Paragraph breaks escaped: the whole article is one JSON line.
        write_text(&mut out, 100, br"\n\n");
        out.write_all(b"\"}\n").unwrap();
        writeln!(out, "{}", small("kecil-2")).unwrap();
    }
    let store_path = store.path();
    let (run, peak_kib) = run_measured(&[
        "ingest",
        "--store",
        &store_path,
        &examples().display().to_string(),
        &big_text.display().to_string(),
        &lines.display().to_string(),
    ]);
    let run = run.expect_code(1);
    assert!(
        run.stderr.contains("arsip-raksasa.txt: article of")
            && run.stderr.contains("larger than the limit"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("campuran.jsonl:2: article of"),
        "the long line is named with its line number: {}",
        run.stderr
    );
    assert!(run.stdout.contains("10 read, 10 written"), "{}", run.stdout);
    assert!(
        peak_kib < 256 * 1024,
        "a refused article is never loaded: peak RSS {peak_kib} KiB"
    );
    assert_eq!(store.article_count(), 10);
}

#[test]
fn a_million_line_archive_is_ingested_within_the_memory_bound() {
    let store = TempStore::new();
    let archive = store.file("sejuta.jsonl");
    {
        let mut out = std::io::BufWriter::new(fs::File::create(&archive).unwrap());
        for index in 0..1_000_000 {
            writeln!(
                out,
                r#"{{"id": "kabar-{index:07}", "headline": "Kabar {index}", "body": "Warga berkumpul di balai desa pada pagi hari ke-{index}."}}"#
            )
            .unwrap();
        }
    }
    let store_path = store.path();
    let (run, peak_kib) = run_measured(&[
        "ingest",
        "--store",
        &store_path,
        "--json",
        &archive.display().to_string(),
    ]);
    let run = run.expect_code(0);
    let summary: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(summary["articles_read"], 1_000_000);
    assert_eq!(summary["articles_written"], 1_000_000);
    assert!(
        peak_kib < MEMORY_BOUND_KIB,
        "peak RSS {peak_kib} KiB over the 1 GiB bound"
    );
    assert_eq!(store.article_count(), 1_000_000);
    assert!(Path::new(&store_path).is_dir());
}
