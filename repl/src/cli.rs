//! The command line, parsed as CPython's `python` parses it: single-letter options may be
//! clustered (`-Esu`), options with an argument take it attached or as the next word
//! (`-cprint(1)`, `-W error`), and `-c`, `-m`, a file name or `-` end the options.

/// `-h` output (`{prog}` is the program name).
pub const HELP: &str = "\
usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-b     : warn about str(bytes) and bytes/str comparisons (-bb: errors)
-B     : accepted (ophis writes no bytecode files)
-c cmd : program passed in as string (terminates option list)
-d     : accepted (parser debugging output is not available)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script (needs the REPL)
-I     : isolate from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; -OO: also docstrings
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-v     : verbose (trace import statements); may be repeated
-V     : print the version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
-x     : skip first line of source
-X opt : set implementation-specific option

Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// What to run.
#[derive(Debug, PartialEq)]
pub enum Action {
    /// `-V` (given `n` times).
    Version(u8),
    Help,
    Command(String),
    Module(String),
    File(String),
    /// `-` or no program with a non-terminal stdin.
    Stdin,
    /// No program: the interactive REPL.
    Repl,
}

/// The parsed command line.
#[derive(Debug, Default)]
pub struct CommandLine {
    pub action: Option<Action>,
    /// `sys.argv[1:]` (what follows the program).
    pub args: Vec<String>,
    pub bytes_warning: u8,
    pub dont_write_bytecode: bool,
    pub debug: bool,
    pub ignore_environment: bool,
    pub inspect: bool,
    pub isolated: bool,
    pub optimize: u8,
    pub safe_path: bool,
    pub quiet: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub unbuffered: bool,
    pub verbose: u8,
    pub skip_first_line: bool,
    pub warn_options: Vec<String>,
    pub xoptions: Vec<String>,
}

/// A usage error: the message CPython prints before the usage lines (exit status 2).
#[derive(Debug, PartialEq)]
pub struct UsageError(pub String);

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<CommandLine, UsageError> {
    let mut cl = CommandLine::default();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        match arg.as_str() {
            "--version" => {
                cl.action = Some(Action::Version(1));
                return Ok(cl);
            }
            "--help" | "--help-all" | "--help-env" | "--help-xoptions" => {
                cl.action = Some(Action::Help);
                return Ok(cl);
            }
            "--" => break,
            "-" => return Ok(program(cl, Action::Stdin, &args[i..])),
            a if a.starts_with("--") => return Err(UsageError(format!("Unknown option: {a}"))),
            a if a.starts_with('-') => {
                let letters: Vec<char> = a[1..].chars().collect();
                let mut j = 0;
                while j < letters.len() {
                    let c = letters[j];
                    j += 1;
                    // Options with an argument: the rest of this word, or the next word.
                    if matches!(c, 'c' | 'm' | 'W' | 'X') {
                        let attached: String = letters[j..].iter().collect();
                        let value = if !attached.is_empty() {
                            attached
                        } else if i < args.len() {
                            i += 1;
                            args[i - 1].clone()
                        } else {
                            return Err(UsageError(format!("Argument expected for the -{c} option")));
                        };
                        match c {
                            'c' => return Ok(program(cl, Action::Command(value), &args[i..])),
                            'm' => return Ok(program(cl, Action::Module(value), &args[i..])),
                            'W' => cl.warn_options.push(value),
                            _ => cl.xoptions.push(value),
                        }
                        break;
                    }
                    match c {
                        'b' => cl.bytes_warning += 1,
                        'B' => cl.dont_write_bytecode = true,
                        'd' => cl.debug = true,
                        'E' => cl.ignore_environment = true,
                        'h' | '?' => {
                            cl.action = Some(Action::Help);
                            return Ok(cl);
                        }
                        'i' => cl.inspect = true,
                        'I' => {
                            cl.isolated = true;
                            cl.ignore_environment = true;
                            cl.safe_path = true;
                            cl.no_user_site = true;
                        }
                        'O' => cl.optimize += 1,
                        'P' => cl.safe_path = true,
                        'q' => cl.quiet = true,
                        's' => cl.no_user_site = true,
                        'S' => cl.no_site = true,
                        'u' => cl.unbuffered = true,
                        'v' => cl.verbose += 1,
                        'V' => {
                            let n = match cl.action {
                                Some(Action::Version(n)) => n + 1,
                                _ => 1,
                            };
                            cl.action = Some(Action::Version(n));
                        }
                        'x' => cl.skip_first_line = true,
                        other => return Err(UsageError(format!("Unknown option: -{other}"))),
                    }
                }
            }
            file => return Ok(program(cl, Action::File(file.to_string()), &args[i..])),
        }
    }
    if cl.action.is_none() {
        // After `--`, the next word is the program.
        if i < args.len() {
            let file = args[i].clone();
            let action = if file == "-" { Action::Stdin } else { Action::File(file) };
            return Ok(program(cl, action, &args[i + 1..]));
        } else {
            // `-i` asks for the REPL even when standard input is not a terminal.
            cl.action = Some(if cl.inspect || std::io::IsTerminal::is_terminal(&std::io::stdin()) { Action::Repl } else { Action::Stdin });
        }
    }
    Ok(cl)
}

/// Sets the program and its arguments, unless `-V` was given (which wins, as in CPython).
fn program(mut cl: CommandLine, action: Action, args: &[String]) -> CommandLine {
    if !matches!(cl.action, Some(Action::Version(_))) {
        cl.action = Some(action);
        cl.args = args.to_vec();
    }
    cl
}

/// `sys.flags` values the command line sets (the others keep their defaults).
pub fn sys_flags(cl: &CommandLine) -> Vec<(&'static str, i64)> {
    vec![
        ("debug", cl.debug as i64),
        ("inspect", cl.inspect as i64),
        ("interactive", cl.inspect as i64),
        ("optimize", cl.optimize as i64),
        ("dont_write_bytecode", cl.dont_write_bytecode as i64),
        ("no_user_site", cl.no_user_site as i64),
        ("no_site", cl.no_site as i64),
        ("ignore_environment", cl.ignore_environment as i64),
        ("verbose", cl.verbose as i64),
        ("bytes_warning", cl.bytes_warning as i64),
        ("quiet", cl.quiet as i64),
        ("isolated", cl.isolated as i64),
        ("safe_path", cl.safe_path as i64),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn clustered_and_attached_options() {
        let cl = parse(&words("-Esu -OO -Werror -X dev -cprint(1) a b")).unwrap();
        assert!(cl.ignore_environment && cl.no_user_site && cl.unbuffered);
        assert_eq!(cl.optimize, 2);
        assert_eq!(cl.warn_options, ["error"]);
        assert_eq!(cl.xoptions, ["dev"]);
        assert_eq!(cl.action, Some(Action::Command("print(1)".into())));
        assert_eq!(cl.args, ["a", "b"]);
    }

    #[test]
    fn isolation_implies_e_p_s() {
        let cl = parse(&words("-I script.py x")).unwrap();
        assert!(cl.isolated && cl.ignore_environment && cl.safe_path && cl.no_user_site);
        assert_eq!(cl.action, Some(Action::File("script.py".into())));
        assert_eq!(cl.args, ["x"]);
    }

    #[test]
    fn program_ends_the_options() {
        let cl = parse(&words("-m json.tool -u")).unwrap();
        assert_eq!(cl.action, Some(Action::Module("json.tool".into())));
        assert_eq!(cl.args, ["-u"]);
        let cl = parse(&words("-- -weird.py -E")).unwrap();
        assert_eq!(cl.action, Some(Action::File("-weird.py".into())));
        assert!(!cl.ignore_environment);
    }

    #[test]
    fn usage_errors() {
        assert_eq!(parse(&words("-z")).unwrap_err(), UsageError("Unknown option: -z".into()));
        assert_eq!(parse(&words("-c")).unwrap_err(), UsageError("Argument expected for the -c option".into()));
        assert_eq!(parse(&words("-E -W")).unwrap_err(), UsageError("Argument expected for the -W option".into()));
    }
}
