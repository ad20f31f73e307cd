//! Prints what `python3.14 -m tokenize [-e] FILE` prints, using ophis-lexer.
//!
//!     cargo run -p ophis-lexer --example tokenize -- [-e] FILE

use std::io::Write;

fn main() {
    let mut exact = false;
    let mut file = None;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "-e" | "--exact" => exact = true,
            _ => file = Some(a),
        }
    }
    let Some(file) = file else {
        eprintln!("usage: tokenize [-e] FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => {
            // As Python's OSError prints: `[Errno 2] No such file or directory: 'path'`.
            let msg = e.to_string();
            let msg = msg.split(" (os error").next().unwrap_or(&msg).to_string();
            let mut quoted = String::new();
            ophis_lexer::unicode::python_repr(&file, &mut quoted);
            match e.raw_os_error() {
                Some(code) => eprintln!("error: [Errno {code}] {msg}: {quoted}"),
                None => eprintln!("error: {msg}"),
            }
            std::process::exit(1);
        }
    };
    match ophis_lexer::tokenize_listing(&bytes, &file, exact) {
        Ok(out) => {
            let _ = std::io::stdout().write_all(out.as_bytes());
        }
        Err((err, code)) => {
            let _ = std::io::stderr().write_all(err.as_bytes());
            std::process::exit(code);
        }
    }
}
