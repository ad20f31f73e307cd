//! Parse throughput of ophis against CPython 3.14's `ast.parse`, over the same files in one run.
//!
//! ```text
//! cargo run --release -p ophis-bench --bin parse-throughput -- [--ref PATH] [--runs N] [--warmup N]
//!     [--threads N] [--profile N [--parallel]] [--breakdown] [DIR]
//! ```
//!
//! - `DIR` (default: the reference interpreter's stdlib, from `sysconfig`) is searched for `.py`
//!   files, skipping `site-packages` and `dist-packages`.
//! - Every file is read and decoded (`decode_source`) into memory before anything is timed.
//! - The reference interpreter is spawned once with an embedded script ([`CPYTHON_SCRIPT`]) that
//!   receives the same file list, decodes each file the way CPython does (`tokenize.detect_encoding`),
//!   drops the files `ast.parse` rejects (they are reported, and left out of every measurement), and
//!   times `ast.parse(src)` per file with `time.perf_counter` (and the `del tree` after it).
//! - Each measurement is one pass over all files. The measurements are interleaved in rounds (one
//!   pass of each per round, the CPython process kept alive in between), `--warmup` rounds then
//!   `--runs` timed rounds, and the median pass is reported.
//! - `--profile N` skips CPython and the table: it only runs N passes of ophis lex+parse on one
//!   thread, for `perf record` / `callgrind`.
//!   With `--parallel` too, the passes are (c)'s, on `--threads` threads.
//! - Built with `--features mimalloc`, the whole program (ophis's side) uses mimalloc instead of
//!   the system allocator.
//! - `--breakdown` skips CPython and the table: it times the stages of `ophis_parser::parse` one
//!   after another (lex, `parser_tokens`, `grammar_tokens`, the whole parse) and prints the sizes
//!   of the AST types that the LALRPOP symbol stack moves around.

use std::hint::black_box;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ophis_lexer::LexOptions;
use ophis_parser::ParseOptions;

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const DEFAULT_REF: &str = "/work/shared/tools/cpython314";

/// Run by the reference interpreter as `-I -c CPYTHON_SCRIPT`. Protocol on stdin/stdout, one line
/// each: it reads the file list (one path per line, then an empty line), checks every file with
/// `ast.parse` and prints one JSON object (version, files, bytes, rejected files); then, for each
/// `pass` line it reads, it times one pass over the accepted files and prints `[parse, dealloc]`
/// in seconds and the thread's CPU time of the pass; it exits at end of input.
const CPYTHON_SCRIPT: &str = r#"
import ast, io, json, sys, time, tokenize, gc
paths = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        break
    paths.append(line)
srcs, rejected = [], []
for p in paths:
    try:
        with open(p, "rb") as f:
            data = f.read()
        enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        src = data.decode(enc)
        ast.parse(src, filename=p)
    except Exception as e:
        rejected.append([p, f"{type(e).__name__}: {e}"])
        continue
    srcs.append(src)
print(json.dumps({
    "version": sys.version.split()[0],
    "gc_enabled": gc.isenabled(),
    "files": len(srcs),
    "bytes": sum(len(s.encode("utf-8", "surrogatepass")) for s in srcs),
    "rejected": rejected,
}), flush=True)
perf = time.perf_counter
def one_pass():
    tp = td = 0.0
    c0 = time.thread_time()
    for s in srcs:
        t0 = perf()
        tree = ast.parse(s)
        t1 = perf()
        del tree
        t2 = perf()
        tp += t1 - t0
        td += t2 - t1
    return [tp, td, time.thread_time() - c0]
for line in sys.stdin:
    if line.strip() == "pass":
        print(json.dumps(one_pass()), flush=True)
"#;

struct Args {
    reference: PathBuf,
    runs: usize,
    warmup: usize,
    threads: usize,
    profile: Option<usize>,
    breakdown: bool,
    parallel_only: bool,
    dir: Option<PathBuf>,
}

fn usage() -> ! {
    eprintln!(
        "usage: parse-throughput [--ref PATH] [--runs N] [--warmup N] [--threads N] [--profile N [--parallel]] [--breakdown] [DIR]\n\
         \n\
         Times ophis lex, ophis lex+parse (1 thread and N threads) and CPython's ast.parse over\n\
         every .py file under DIR (default: the reference interpreter's stdlib)."
    );
    std::process::exit(2)
}

fn parse_args() -> Args {
    let mut args = Args {
        reference: PathBuf::from(DEFAULT_REF),
        runs: 5,
        warmup: 1,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        profile: None,
        breakdown: false,
        parallel_only: false,
        dir: None,
    };
    let mut it = std::env::args().skip(1);
    let number = |v: Option<String>| -> usize { v.and_then(|s| s.parse().ok()).unwrap_or_else(|| usage()) };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--ref" => args.reference = PathBuf::from(it.next().unwrap_or_else(|| usage())),
            "--runs" => args.runs = number(it.next()).max(1),
            "--warmup" => args.warmup = number(it.next()),
            "--threads" => args.threads = number(it.next()).max(1),
            "--profile" => args.profile = Some(number(it.next()).max(1)),
            "--breakdown" => args.breakdown = true,
            "--parallel" => args.parallel_only = true,
            "-h" | "--help" => usage(),
            s if s.starts_with('-') => usage(),
            _ if args.dir.is_none() => args.dir = Some(PathBuf::from(a)),
            _ => usage(),
        }
    }
    args
}

fn reference_stdlib(reference: &Path) -> PathBuf {
    let out = Command::new(reference)
        .args(["-I", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run the reference interpreter {}: {e}", reference.display()));
    assert!(out.status.success(), "reference interpreter failed: {}", String::from_utf8_lossy(&out.stderr));
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn collect_py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let path = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            let name = e.file_name();
            if name == "site-packages" || name == "dist-packages" {
                continue;
            }
            collect_py_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "py") && std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
            // Regular files and symbolic links to them (dangling links are skipped).
            out.push(path);
        }
    }
}

/// A tiny extractor for the flat JSON the script prints (numbers, strings, lists, bools).
mod json {
    #[derive(Debug)]
    pub enum Value {
        Num(f64),
        Str(String),
        #[allow(dead_code)]
        Bool(bool),
        List(Vec<Value>),
        Obj(Vec<(String, Value)>),
        Null,
    }

    impl Value {
        pub fn get(&self, key: &str) -> Option<&Value> {
            match self {
                Value::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
                _ => None,
            }
        }
        pub fn num(&self) -> f64 {
            match self {
                Value::Num(n) => *n,
                _ => f64::NAN,
            }
        }
        pub fn str(&self) -> &str {
            match self {
                Value::Str(s) => s,
                _ => "",
            }
        }
        pub fn list(&self) -> &[Value] {
            match self {
                Value::List(v) => v,
                _ => &[],
            }
        }
    }

    pub fn parse(s: &str) -> Option<Value> {
        let mut p = Parser { s: s.as_bytes(), i: 0 };
        let v = p.value()?;
        p.ws();
        (p.i == p.s.len()).then_some(v)
    }

    struct Parser<'a> {
        s: &'a [u8],
        i: usize,
    }

    impl Parser<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
        }
        fn eat(&mut self, c: u8) -> bool {
            self.ws();
            if self.s.get(self.i) == Some(&c) {
                self.i += 1;
                true
            } else {
                false
            }
        }
        fn value(&mut self) -> Option<Value> {
            self.ws();
            match *self.s.get(self.i)? {
                b'{' => {
                    self.i += 1;
                    let mut fields = Vec::new();
                    if self.eat(b'}') {
                        return Some(Value::Obj(fields));
                    }
                    loop {
                        self.ws();
                        let Value::Str(k) = self.string()? else { return None };
                        if !self.eat(b':') {
                            return None;
                        }
                        fields.push((k, self.value()?));
                        if self.eat(b'}') {
                            return Some(Value::Obj(fields));
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                b'[' => {
                    self.i += 1;
                    let mut items = Vec::new();
                    if self.eat(b']') {
                        return Some(Value::List(items));
                    }
                    loop {
                        items.push(self.value()?);
                        if self.eat(b']') {
                            return Some(Value::List(items));
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                b'"' => self.string(),
                b't' if self.s[self.i..].starts_with(b"true") => {
                    self.i += 4;
                    Some(Value::Bool(true))
                }
                b'f' if self.s[self.i..].starts_with(b"false") => {
                    self.i += 5;
                    Some(Value::Bool(false))
                }
                b'n' if self.s[self.i..].starts_with(b"null") => {
                    self.i += 4;
                    Some(Value::Null)
                }
                _ => {
                    let start = self.i;
                    while self.i < self.s.len() && matches!(self.s[self.i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
                        self.i += 1;
                    }
                    std::str::from_utf8(&self.s[start..self.i]).ok()?.parse().ok().map(Value::Num)
                }
            }
        }
        fn string(&mut self) -> Option<Value> {
            if self.s.get(self.i) != Some(&b'"') {
                return None;
            }
            self.i += 1;
            let mut out = String::new();
            loop {
                let c = *self.s.get(self.i)?;
                self.i += 1;
                match c {
                    b'"' => return Some(Value::Str(out)),
                    b'\\' => {
                        let e = *self.s.get(self.i)?;
                        self.i += 1;
                        match e {
                            b'n' => out.push('\n'),
                            b't' => out.push('\t'),
                            b'r' => out.push('\r'),
                            b'b' => out.push('\u{8}'),
                            b'f' => out.push('\u{c}'),
                            b'u' => {
                                let hex = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
                                self.i += 4;
                                let cp = u32::from_str_radix(hex, 16).ok()?;
                                out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                            }
                            other => out.push(other as char),
                        }
                    }
                    _ => {
                        // Copy the whole UTF-8 sequence.
                        let start = self.i - 1;
                        let len = match c {
                            0x00..=0x7f => 1,
                            0xc0..=0xdf => 2,
                            0xe0..=0xef => 3,
                            _ => 4,
                        };
                        self.i = start + len;
                        out.push_str(std::str::from_utf8(self.s.get(start..start + len)?).ok()?);
                    }
                }
            }
        }
    }
}

struct Source {
    path: PathBuf,
    text: String,
}

/// CPU time of this thread (`CLOCK_THREAD_CPUTIME_ID`) or of the whole process.
fn cpu_time(clock: libc::clockid_t) -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime only writes the timespec we pass it.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The timings of one pass over all files, in seconds.
#[derive(Clone, Copy)]
struct Timing {
    /// Wall time of the work, summed file by file.
    work: f64,
    /// Wall time of dropping the results, summed file by file.
    drop: f64,
    /// CPU time of the pass (work and drop; the thread's, or the whole process's for the
    /// multi-threaded pass).
    cpu: f64,
}

/// One pass: total time of the work and total time of dropping its results, file by file.
fn pass<T>(sources: &[Source], f: impl Fn(&str) -> T) -> Timing {
    let mut work = Duration::ZERO;
    let mut drop_time = Duration::ZERO;
    let cpu0 = cpu_time(libc::CLOCK_THREAD_CPUTIME_ID);
    for s in sources {
        let t0 = Instant::now();
        let r = black_box(f(black_box(&s.text)));
        let t1 = Instant::now();
        drop(r);
        let t2 = Instant::now();
        work += t1 - t0;
        drop_time += t2 - t1;
    }
    let cpu = cpu_time(libc::CLOCK_THREAD_CPUTIME_ID) - cpu0;
    Timing { work: work.as_secs_f64(), drop: drop_time.as_secs_f64(), cpu: cpu.as_secs_f64() }
}

/// One pass on `threads` threads; files are handed out largest first from a shared counter.
/// `work` is the wall time (each result is dropped on the thread that made it, inside the
/// timing), `drop` is 0, `cpu` is the process CPU time (all threads) of the pass.
fn parallel_pass(sources: &[Source], order: &[usize], threads: usize) -> Timing {
    let next = AtomicUsize::new(0);
    let cpu0 = cpu_time(libc::CLOCK_PROCESS_CPUTIME_ID);
    let t0 = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&file) = order.get(i) else { break };
                    let r = ophis_parser::parse(black_box(&sources[file].text), ParseOptions::default());
                    drop(black_box(r));
                }
            });
        }
    });
    let wall = t0.elapsed();
    let cpu = cpu_time(libc::CLOCK_PROCESS_CPUTIME_ID) - cpu0;
    Timing { work: wall.as_secs_f64(), drop: 0.0, cpu: cpu.as_secs_f64() }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 }
}

struct Row {
    name: String,
    /// Wall seconds per pass, one entry per timed pass.
    wall: Vec<f64>,
    /// CPU seconds per pass, where measured.
    cpu: Option<Vec<f64>>,
    /// A headline row (MB/s and ratio shown), not a part of one.
    ratio: bool,
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg").map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" ")).unwrap_or_default()
}

fn main() {
    let args = parse_args();
    let dir = args.dir.clone().unwrap_or_else(|| reference_stdlib(&args.reference));
    let mut paths = Vec::new();
    collect_py_files(&dir, &mut paths);
    paths.sort();
    if paths.is_empty() {
        eprintln!("no .py files under {}", dir.display());
        std::process::exit(1);
    }

    // Read and decode everything first.
    let mut sources = Vec::with_capacity(paths.len());
    let mut undecodable = Vec::new();
    for path in paths {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("skipping {}: {e}", path.display());
                continue;
            }
        };
        match ophis_lexer::decode_source(&bytes) {
            Ok(text) => {
                let text = text.into_owned();
                sources.push(Source { path, text });
            }
            Err(e) => undecodable.push((path, e)),
        }
    }

    if args.breakdown {
        breakdown(&sources, args.runs);
        return;
    }
    if let (Some(n), true) = (args.profile, args.parallel_only) {
        let mut order: Vec<usize> = (0..sources.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(sources[i].text.len()));
        for _ in 0..n {
            let t = parallel_pass(&sources, &order, args.threads);
            eprintln!("parallel pass on {} threads: wall {:.3} s, process CPU {:.3} s", args.threads, t.work, t.cpu);
        }
        return;
    }
    if let Some(n) = args.profile {
        let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
        eprintln!("profile mode: {n} passes of ophis lex+parse over {} files, {bytes} bytes", sources.len());
        for _ in 0..n {
            let t = pass(&sources, |s| ophis_parser::parse(s, ParseOptions::default()));
            eprintln!("pass: parse {:.3} s, drop {:.3} s", t.work, t.drop);
        }
        return;
    }

    // CPython: decide which files it rejects (they are left out of everything).
    eprintln!("starting {} on {} files...", args.reference.display(), sources.len());
    let mut child = Command::new(&args.reference)
        .args(["-I", "-c", CPYTHON_SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run the reference interpreter {}: {e}", args.reference.display()));
    let mut to_cpython = child.stdin.take().expect("stdin");
    let mut from_cpython = BufReader::new(child.stdout.take().expect("stdout"));
    for s in &sources {
        writeln!(to_cpython, "{}", s.path.display()).expect("write file list");
    }
    writeln!(to_cpython).expect("write file list");
    to_cpython.flush().expect("write file list");
    let mut line = String::new();
    from_cpython.read_line(&mut line).expect("read from the reference interpreter");
    let report = json::parse(&line).expect("JSON from the reference interpreter");
    let cpython_version = report.get("version").map_or("?", |v| v.str()).to_string();
    let rejected: Vec<(String, String)> = report
        .get("rejected")
        .map(|r| r.list().iter().map(|p| (p.list()[0].str().to_string(), p.list()[1].str().to_string())).collect())
        .unwrap_or_default();
    sources.retain(|s| !rejected.iter().any(|(p, _)| Path::new(p) == s.path));
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let cpython_bytes = report.get("bytes").map_or(f64::NAN, |b| b.num()) as usize;
    let cpython_files = report.get("files").map_or(f64::NAN, |b| b.num()) as usize;
    if cpython_bytes != bytes || cpython_files != sources.len() {
        eprintln!(
            "warning: CPython decoded {cpython_files} files / {cpython_bytes} bytes, ophis {} files / {bytes} bytes",
            sources.len()
        );
    }
    let mut cpython_pass = || -> Timing {
        writeln!(to_cpython, "pass").and_then(|_| to_cpython.flush()).expect("write to the reference interpreter");
        let mut line = String::new();
        from_cpython.read_line(&mut line).expect("read from the reference interpreter");
        let v = json::parse(&line).expect("JSON from the reference interpreter");
        Timing { work: v.list()[0].num(), drop: v.list()[1].num(), cpu: v.list()[2].num() }
    };

    // ophis rejects any file CPython accepts? (Reported; its time still counts.)
    let ophis_failures: Vec<(&Path, String)> = sources
        .iter()
        .filter_map(|s| ophis_parser::parse(&s.text, ParseOptions::default()).err().map(|e| (s.path.as_path(), format!("{e:?}"))))
        .collect();

    let mut order: Vec<usize> = (0..sources.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sources[i].text.len()));

    // Rounds: each round runs every measurement once, so that load from elsewhere on the machine
    // falls on all of them alike; the first `warmup` rounds are not recorded.
    let lex = |s: &str| ophis_lexer::lex(s, LexOptions::default());
    let parse = |s: &str| ophis_parser::parse(s, ParseOptions::default());
    let load_before = loadavg();
    let (mut lex_passes, mut parse_passes, mut par_passes, mut cpython_passes) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for round in 0..args.warmup + args.runs {
        eprintln!("round {}/{}{}", round + 1, args.warmup + args.runs, if round < args.warmup { " (warm-up)" } else { "" });
        let c = cpython_pass();
        let l = pass(&sources, lex);
        let p = pass(&sources, parse);
        let t = parallel_pass(&sources, &order, args.threads);
        if round >= args.warmup {
            cpython_passes.push(c);
            lex_passes.push(l);
            parse_passes.push(p);
            par_passes.push(t);
        }
    }
    drop(to_cpython);
    let _ = child.wait();
    let load_after = loadavg();

    let total = |v: &[Timing]| -> Vec<f64> { v.iter().map(|t| t.work + t.drop).collect() };
    let cpu = |v: &[Timing]| -> Option<Vec<f64>> { Some(v.iter().map(|t| t.cpu).collect()) };
    let rows = vec![
        Row { name: "(a) ophis lex only, 1 thread".into(), wall: total(&lex_passes), cpu: cpu(&lex_passes), ratio: true },
        Row {
            name: "(b) ophis lex+parse → Rust AST, 1 thread (incl. drop)".into(),
            wall: total(&parse_passes),
            cpu: cpu(&parse_passes),
            ratio: true,
        },
        Row { name: "    (b) without the AST drop".into(), wall: parse_passes.iter().map(|t| t.work).collect(), cpu: None, ratio: false },
        Row { name: "    (b) AST drop alone".into(), wall: parse_passes.iter().map(|t| t.drop).collect(), cpu: None, ratio: false },
        Row {
            name: format!("(c) ophis lex+parse → Rust AST, {} threads (incl. drop)", args.threads),
            wall: total(&par_passes),
            cpu: cpu(&par_passes),
            ratio: true,
        },
        Row {
            name: format!("(d) CPython {cpython_version} ast.parse, 1 thread (incl. dealloc)"),
            wall: total(&cpython_passes),
            cpu: cpu(&cpython_passes),
            ratio: true,
        },
        Row { name: "    (d) without the tree dealloc".into(), wall: cpython_passes.iter().map(|t| t.work).collect(), cpu: None, ratio: false },
        Row { name: "    (d) tree dealloc alone".into(), wall: cpython_passes.iter().map(|t| t.drop).collect(), cpu: None, ratio: false },
    ];
    let cpython_wall = median(rows[5].wall.clone());
    let cpython_cpu = median(rows[5].cpu.clone().unwrap_or_default());

    println!("files: {} .py files under {} ({} bytes = {:.2} MB of decoded source)", sources.len(), dir.display(), bytes, bytes as f64 / 1e6);
    println!("machine: {} cores (available_parallelism), {}", std::thread::available_parallelism().map_or(1, |n| n.get()), cpu_model());
    println!("allocator (ophis side): {}", if cfg!(feature = "mimalloc") { "mimalloc" } else { "system (glibc malloc)" });
    println!(
        "passes: {} warm-up + {} timed rounds; each round runs (d), (a), (b), (c) once; times are per pass over all files",
        args.warmup, args.runs
    );
    println!("load average (/proc/loadavg) before: {load_before}; after: {load_after}");
    if !undecodable.is_empty() {
        println!("excluded, ophis decode_source failed ({}):", undecodable.len());
        for (p, e) in &undecodable {
            println!("  {}: {e:?}", p.display());
        }
    }
    if !rejected.is_empty() {
        println!("excluded, rejected by CPython ({}):", rejected.len());
        for (p, e) in &rejected {
            println!("  {p}: {e}");
        }
    } else {
        println!("excluded, rejected by CPython: none");
    }
    if !ophis_failures.is_empty() {
        println!("warning: ophis rejects {} file(s) CPython accepts (timed anyway):", ophis_failures.len());
        for (p, e) in &ophis_failures {
            println!("  {}: {e}", p.display());
        }
    }
    println!();
    println!("| measurement | wall median | wall min–max | MB/s (wall) | speed vs CPython (wall) | CPU-time median | MB/s (CPU) | speed vs CPython (CPU) |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for row in &rows {
        let med = median(row.wall.clone());
        let min = row.wall.iter().copied().fold(f64::INFINITY, f64::min);
        let max = row.wall.iter().copied().fold(0.0, f64::max);
        let mbs = |t: f64| format!("{:.1}", bytes as f64 / 1e6 / t);
        let (wall_mbs, wall_ratio) = if row.ratio { (mbs(med), format!("{:.2}×", cpython_wall / med)) } else { Default::default() };
        let (cpu_med, cpu_mbs, cpu_ratio) = match &row.cpu {
            Some(c) => {
                let m = median(c.clone());
                if row.name.starts_with("(c)") {
                    // Process CPU time of all threads: not a speed, only shows the cores it got.
                    (format!("{:.1} ms (all threads)", m * 1e3), String::new(), String::new())
                } else {
                    (format!("{:.1} ms", m * 1e3), mbs(m), format!("{:.2}×", cpython_cpu / m))
                }
            }
            None => Default::default(),
        };
        let name = if row.ratio { row.name.clone() } else { format!("&nbsp;&nbsp;&nbsp;&nbsp;{}", row.name.trim_start()) };
        println!(
            "| {name} | {:.1} ms | {:.1}–{:.1} ms | {wall_mbs} | {wall_ratio} | {cpu_med} | {cpu_mbs} | {cpu_ratio} |",
            med * 1e3,
            min * 1e3,
            max * 1e3
        );
    }
}

/// Cumulative stage timings of `ophis_parser::parse` (each stage re-runs the ones before it, so
/// the differences are the cost of each stage), and the sizes of the types on the parser's stack.
fn breakdown(sources: &[Source], runs: usize) {
    use ophis_parser::ast;
    use ophis_parser::parse::actions as a;
    use std::mem::size_of;
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let lex = |s: &str| ophis_lexer::lex(s, LexOptions::default());
    let lex_filter = |s: &str| {
        let l = ophis_lexer::lex(s, LexOptions::default());
        ophis_lexer::parser_tokens(&l.tokens, s)
    };
    let lex_filter_terminals = |s: &str| {
        let l = ophis_lexer::lex(s, LexOptions::default());
        let t = ophis_lexer::parser_tokens(&l.tokens, s);
        ophis_parser::parse::token::grammar_tokens(&t)
    };
    let parse = |s: &str| ophis_parser::parse(s, ParseOptions::default());
    let tokens: usize = sources.iter().map(|s| lex(&s.text).tokens.len()).sum();
    let parser_tokens: usize = sources.iter().map(|s| lex_filter(&s.text).len()).sum();
    let stage = |name: &str, f: &dyn Fn() -> Timing| {
        f();
        let v: Vec<f64> = (0..runs).map(|_| { let t = f(); t.work + t.drop }).collect();
        let m = median(v);
        println!("| {name} | {:.1} ms | {:.1} MB/s |", m * 1e3, bytes as f64 / 1e6 / m);
        m
    };
    println!("{} files, {bytes} bytes, {tokens} raw tokens, {parser_tokens} parser tokens", sources.len());
    println!();
    println!("| cumulative stage (1 thread, median of {runs}) | time | MB/s |");
    println!("|---|---:|---:|");
    stage("lex", &|| pass(sources, lex));
    stage("lex + parser_tokens", &|| pass(sources, lex_filter));
    stage("lex + parser_tokens + grammar_tokens", &|| pass(sources, lex_filter_terminals));
    stage("whole parse (+ LALRPOP drive and actions, AST drop)", &|| pass(sources, parse));
    println!();
    println!("| type | size in bytes |");
    println!("|---|---:|");
    macro_rules! sizes { ($($t:ty),* $(,)?) => { $( println!("| `{}` | {} |", stringify!($t), size_of::<$t>()); )* } }
    sizes!(
        ast::Expr, ast::Stmt, ast::Pattern, ast::ExceptHandler, ast::Comprehension, ast::MatchCase,
        ast::Alias, ast::Arg, ast::Keyword, ast::TypeParam, ast::Identifier, ast::Constant,
        (ast::Expr, Option<ast::Expr>), (Option<ast::Expr>, ast::Expr), (ast::CmpOp, ast::Expr),
        (bool, ast::ExceptHandler), a::ArgItem, a::ParamItem, a::MappingItem, a::FStringElement,
        a::StringPart, ophis_parser::parse::token::Tok,
    );
}
