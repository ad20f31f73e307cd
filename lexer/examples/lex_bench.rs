//! Measures `lex` throughput over every .py file under a directory (default: the reference
//! standard library). Not a test: timing never belongs in a test.
//!
//!     cargo run --release -p ophis-lexer --example lex_bench -- [DIR]

use std::time::Instant;

fn collect(dir: &std::path::Path, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            if let Ok(b) = std::fs::read(&p) {
                if let Ok(s) = ophis_lexer::decode_source(&b) {
                    out.push(s.into_owned());
                }
            }
        }
    }
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| {
        format!("{}/.cache/ophis-ref/root/usr/lib/python3.14", std::env::var("HOME").unwrap_or_default())
    });
    let mut sources = Vec::new();
    collect(std::path::Path::new(&dir), &mut sources);
    let bytes: usize = sources.iter().map(|s| s.len()).sum();
    let mut best = f64::MAX;
    let mut tokens = 0;
    for _ in 0..5 {
        let t = Instant::now();
        tokens = 0;
        for s in &sources {
            let lexed = ophis_lexer::lex(s, ophis_lexer::LexOptions::default());
            tokens += lexed.tokens.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} files, {:.1} MB, {} tokens: best of 5 {:.3} s = {:.0} MB/s, {:.1} M tokens/s",
        sources.len(),
        bytes as f64 / 1e6,
        tokens,
        best,
        bytes as f64 / 1e6 / best,
        tokens as f64 / 1e6 / best
    );
}
