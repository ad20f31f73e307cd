//! Parsing: source text to AST, or the syntax errors CPython would report.

pub mod actions;
mod arguments;
pub mod depth;
mod diagnose;
pub(crate) mod literals;
mod strings;
mod targets;
pub mod token;

use lalrpop_util::ParseError;
use ophis_lexer::{LexOptions, Token, TokenKind};

use crate::ast::*;
use crate::error::SyntaxError;
use crate::grammar;
use token::Tok;

/// What kind of input to parse, as the `mode` argument of `compile()` / `ast.parse()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`).
    #[default]
    Module,
    /// A single expression (`eval`).
    Expression,
    /// One interactive statement (`single`).
    Interactive,
    /// A function type comment (`func_type`).
    FunctionType,
}

/// Options of a parse.
#[derive(Clone, Copy, Debug, Default)]
pub struct ParseOptions {
    pub mode: Mode,
    /// Read `# type:` comments as `ast.parse(type_comments=True)` does.
    pub type_comments: bool,
}

/// Parses `source` (already decoded text) and returns the tree, or the first syntax error as
/// CPython reports it. The tree is at most [`depth::MAX_DEPTH`] levels deep.
pub fn parse(source: &str, options: ParseOptions) -> Result<Mod, SyntaxError> {
    let lexed = ophis_lexer::lex(source, LexOptions { type_comments: options.type_comments });
    let tokens = ophis_lexer::parser_tokens(&lexed.tokens, source);
    if depth::nesting_bound(&tokens) <= depth::FAST_PATH_BOUND {
        return parse_tokens(source, options, &lexed, &tokens);
    }
    // Possibly deep input: parse where the stack is large, and keep only a tree of bounded depth.
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new().stack_size(depth::DEEP_PARSE_STACK).spawn_scoped(scope, || {
            let result = parse_tokens(source, options, &lexed, &tokens);
            match result {
                Ok(tree) if depth::tree_depth(&tree) > depth::MAX_DEPTH => {
                    drop(tree);
                    Err(too_complex())
                }
                other => other,
            }
        });
        match worker {
            Ok(handle) => handle.join().unwrap_or_else(|_| Err(too_complex())),
            Err(_) => Err(too_complex()),
        }
    })
}

/// CPython's error for input nested too deeply for its parser.
fn too_complex() -> SyntaxError {
    SyntaxError::new("Parser stack overflowed - Python source too complex to parse", ophis_lexer::TextRange::default())
        .with_kind(crate::error::ErrorKind::MemoryError)
}

fn parse_tokens(source: &str, options: ParseOptions, lexed: &ophis_lexer::Lexed, tokens: &[Token]) -> Result<Mod, SyntaxError> {
    parse_tokens_with(source, options, lexed, tokens, true)
}

/// `later_lex_errors_win`: apply CPython's rule that a tokenizer error after a parser error is
/// reported instead of it (only tokenizer errors from `tokens[0]` on count).
fn parse_tokens_with(
    source: &str,
    options: ParseOptions,
    lexed: &ophis_lexer::Lexed,
    tokens: &[Token],
    later_lex_errors_win: bool,
) -> Result<Mod, SyntaxError> {
    let terminals = token::grammar_tokens(tokens);
    let input = terminals.iter().zip(tokens).map(|(&t, tok)| {
        if tok.kind == TokenKind::Unknown {
            Err(token::lex_error_at(&lexed.errors, tok).unwrap_or_else(|| SyntaxError::new("invalid syntax", tok.range)))
        } else {
            Ok(t)
        }
    });
    let result = match options.mode {
        Mode::Module => grammar::FileParser::new().parse(source, input).map(|body| {
            let type_ignores = type_ignores(source, &lexed.tokens, options.type_comments);
            Mod::Module(ModModule { range: ophis_lexer::TextRange::new(0, source.len() as u32), body, type_ignores })
        }),
        Mode::Expression => grammar::EvalInputParser::new()
            .parse(source, input)
            .map(|body| Mod::Expression(ModExpression { range: body.range(), body: Box::new(body) })),
        Mode::Interactive => grammar::InteractiveParser::new()
            .parse(source, input)
            .map(|body| Mod::Interactive(ModInteractive { range: ophis_lexer::TextRange::new(0, source.len() as u32), body })),
        Mode::FunctionType => grammar::FuncTypeInputParser::new().parse(source, input).map(|parsed| {
            let (argtypes, returns) = *parsed;
            Mod::FunctionType(ModFunctionType {
                range: ophis_lexer::TextRange::new(0, source.len() as u32),
                argtypes,
                returns: Box::new(returns),
            })
        }),
    };
    // The tokenizer errors a parse starting at `tokens[0]` would meet.
    let first = tokens.first().map_or(0, |t| t.range.start);
    let skip = lexed.errors.iter().take_while(|e| e.token.start < first).count();
    let lex_errors: &[ophis_lexer::LexError] = if later_lex_errors_win { &lexed.errors[skip..] } else { &[] };
    result.map_err(|e| convert_error(source, tokens, lex_errors, e))
}

/// Whether source typed at an interactive prompt is ready to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputStatus {
    /// A complete statement (or nothing).
    Complete,
    /// Valid so far, but more input is needed: an unclosed bracket, a block header waiting for
    /// its body, an unterminated triple-quoted string, a trailing backslash.
    Incomplete,
    /// An error more input cannot fix.
    Invalid(SyntaxError),
}

/// Decides whether the REPL should run `source` or read another line.
pub fn input_status(source: &str) -> InputStatus {
    match parse(source, ParseOptions { mode: Mode::Interactive, type_comments: false }) {
        Ok(_) => InputStatus::Complete,
        Err(e) if e.incomplete => InputStatus::Incomplete,
        Err(e) => InputStatus::Invalid(e),
    }
}

/// Every syntax error of a module that the parser can find, in source order; empty when the
/// source is valid. The first is the one [`parse`] reports. After an error the parser resumes
/// at the next top-level statement, so each broken top-level statement contributes its first
/// error (what linters and `ophis check` report).
pub fn syntax_errors(source: &str, options: ParseOptions) -> Vec<SyntaxError> {
    let first = match parse(source, ParseOptions { mode: Mode::Module, ..options }) {
        Ok(_) => return vec![],
        Err(e) => e,
    };
    let lexed = ophis_lexer::lex(source, LexOptions { type_comments: options.type_comments });
    let tokens = ophis_lexer::parser_tokens(&lexed.tokens, source);
    let boundaries = top_level_statement_starts(&tokens);
    let mut errors = vec![first];
    let mut after = errors[0].range.start.max(errors[0].range.end.saturating_sub(1));
    while let Some(&start) = boundaries.iter().find(|&&b| tokens[b].range.start > after) {
        let chunk = &tokens[start..];
        if depth::nesting_bound(chunk) > depth::FAST_PATH_BOUND {
            break;
        }
        match parse_tokens_with(source, ParseOptions { mode: Mode::Module, ..options }, &lexed, chunk, true) {
            Ok(_) => break,
            Err(e) => {
                if e.range.start < tokens[start].range.start {
                    break;
                }
                after = e.range.start.max(e.range.end.saturating_sub(1));
                errors.push(e);
            }
        }
    }
    errors
}

/// Indices of the tokens that begin a statement at indentation level 0 (not counting the lines
/// of `elif`, `else`, `except` and `finally`, which continue a statement).
fn top_level_statement_starts(tokens: &[Token]) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut indent = 0usize;
    let mut at_line_start = true;
    for (i, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::Indent => indent += 1,
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            TokenKind::Newline => at_line_start = true,
            TokenKind::EndOfFile => {}
            kind => {
                if at_line_start
                    && indent == 0
                    && i > 0
                    && !matches!(kind, TokenKind::Elif | TokenKind::Else | TokenKind::Except | TokenKind::Finally)
                {
                    starts.push(i);
                }
                at_line_start = false;
            }
        }
    }
    starts
}

/// Parses a module (`exec` mode) without type comments.
pub fn parse_module(source: &str) -> Result<ModModule, SyntaxError> {
    match parse(source, ParseOptions::default())? {
        Mod::Module(m) => Ok(m),
        _ => unreachable!("module mode yields a Module"),
    }
}

/// Parses one expression (`eval` mode).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    match parse(source, ParseOptions { mode: Mode::Expression, type_comments: false })? {
        Mod::Expression(e) => Ok(*e.body),
        _ => unreachable!("eval mode yields an Expression"),
    }
}

/// `# type: ignore` comments become `TypeIgnore(lineno, tag)`, the tag being what follows
/// `ignore`.
fn type_ignores(source: &str, raw: &[Token], enabled: bool) -> Vec<TypeIgnore> {
    if !enabled {
        return vec![];
    }
    let index = ophis_lexer::LineIndex::new(source);
    raw.iter()
        .filter(|t| t.kind == TokenKind::TypeIgnore)
        .map(|t| {
            let text = t.range.slice(source);
            let tag = text.find("ignore").map_or("", |i| &text[i + "ignore".len()..]);
            TypeIgnore::TypeIgnore(TypeIgnoreTypeIgnore {
                range: t.range,
                lineno: index.line_col(t.range.start).line,
                tag: tag.into(),
            })
        })
        .collect()
}

fn convert_error(source: &str, tokens: &[Token], lex_errors: &[ophis_lexer::LexError], error: ParseError<u32, Tok, SyntaxError>) -> SyntaxError {
    // The stopping token, found by span and kind (a synthesized NEWLINE, DEDENTs and the
    // ENDMARKER can share one empty span at the end).
    let index_of = |token: &(u32, Tok, u32)| {
        tokens.iter().position(|t| t.range.start == token.0 && t.range.end == token.2 && Tok::K(t.kind) == token.1)
            .or_else(|| tokens.iter().position(|t| t.range.start == token.0 && t.range.end == token.2))
    };
    // Where the parser was when it stopped (CPython compares lines with its last token).
    let stop_offset = match &error {
        ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token } => token.0,
        ParseError::InvalidToken { location } | ParseError::UnrecognizedEof { location, .. } => *location,
        ParseError::User { error } => error.range.end,
    };
    let parser_error = match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SyntaxError::new("invalid syntax", ophis_lexer::TextRange::new(location, location)),
        ParseError::UnrecognizedEof { location, .. } => diagnose::unexpected_eof(location),
        ParseError::UnrecognizedToken { token, expected } => match index_of(&token) {
            Some(at) => diagnose::unexpected(&diagnose::Stop { source, tokens, at, expected: &expected }),
            None => SyntaxError::new("invalid syntax", ophis_lexer::TextRange::new(token.0, token.2)),
        },
        ParseError::ExtraToken { token } => SyntaxError::new("invalid syntax", ophis_lexer::TextRange::new(token.0, token.2)),
    };
    // A lexical error the parser reached is reported as it is.
    if lex_errors.iter().any(|e| e.message == parser_error.message && e.range == parser_error.range) {
        return parser_error;
    }
    // Otherwise CPython tokenizes the rest of the source after a parser error, and a tokenizer
    // error found there replaces it (an unclosed bracket only when the parser error is on a
    // later line than the bracket). A generic indentation error is not replaced.
    let generic_indent = parser_error.kind == crate::error::ErrorKind::IndentationError
        && matches!(parser_error.message.as_str(), "unexpected indent" | "unexpected unindent");
    // Some tokenizer errors are raised only when the parser reaches them (CPython's
    // `tokenizer_error` codes: line continuation, unindent mismatch, tabs, too deep, EOF); the
    // rest-of-source scan stops at them without replacing anything.
    let deferred = |e: &ophis_lexer::LexError| {
        matches!(
            e.message.as_str(),
            "unexpected character after line continuation character"
                | "unindent does not match any outer indentation level"
                | "inconsistent use of tabs and spaces in indentation"
                | "too many levels of indentation"
                | "unexpected EOF while parsing"
        )
    };
    if !generic_indent
        && let Some(first) = lex_errors.first()
        && !deferred(first)
    {
        if first.message.ends_with("was never closed") {
            // CPython replaces the error when the last token its parser fetched is on a later
            // line than the bracket. Its second pass fetches to the end of the input whenever it
            // parses an expression from a token inside the (never closed, so endless) logical
            // line of the bracket.
            let index = ophis_lexer::LineIndex::new(source);
            let stop_index = tokens.iter().position(|t| t.range.start >= stop_offset);
            let bracket_index = tokens.iter().position(|t| t.range.start >= first.range.start);
            let generic = parser_error.message == "invalid syntax" || parser_error.message.contains("forgot a comma");
            let reads_to_end = generic && match (stop_index, bracket_index) {
                (Some(s), Some(b)) => {
                    let line_start = tokens[..b]
                        .iter()
                        .rposition(|t| matches!(t.kind, TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent))
                        .map_or(0, |p| p + 1);
                    // Import statements hold no expressions for the parser to run into.
                    let import = matches!(tokens[line_start].kind, TokenKind::Import | TokenKind::From);
                    s >= line_start && !import && diagnose::starts_expression(tokens[s].kind)
                }
                _ => false,
            };
            if reads_to_end || index.line_col(stop_offset).line > index.line_col(first.range.start).line {
                return SyntaxError::from(first.clone());
            }
        } else {
            return SyntaxError::from(first.clone());
        }
    }
    parser_error
}

/// Parses the tokens `tokens[start..]` of the logical line as one expression and returns the
/// index of its last token (the token before the first one the expression cannot take).
pub(crate) fn probe_expression_end(source: &str, tokens: &[Token], start: usize) -> Option<usize> {
    let end = tokens[start..].iter().position(|t| matches!(t.kind, TokenKind::Newline | TokenKind::EndOfFile)).map_or(tokens.len(), |p| start + p);
    let slice = &tokens[start..end];
    let last = slice.last()?.range.end;
    let mut terminals = token::grammar_tokens(slice);
    terminals.push((last, Tok::K(TokenKind::EndOfFile), last));
    match grammar::ExpressionProbeParser::new().parse(source, terminals.into_iter().map(Ok::<_, SyntaxError>)) {
        Ok(_) => Some(end - 1),
        Err(ParseError::UnrecognizedToken { token, .. }) => {
            let stop = slice.iter().position(|t| t.range.start == token.0).unwrap_or(slice.len());
            (stop > 0).then(|| start + stop - 1)
        }
        Err(_) => None,
    }
}

/// What CPython would call the expression made of exactly these tokens (`"attribute"`,
/// `"literal"`, ...), or `None` if they are not an expression or are a plain name.
pub(crate) fn probe_expression_kind(source: &str, tokens: &[Token]) -> Option<&'static str> {
    let last = tokens.last()?.range.end;
    let mut terminals = token::grammar_tokens(tokens);
    terminals.push((last, Tok::K(TokenKind::EndOfFile), last));
    let expr = grammar::ExpressionProbeParser::new().parse(source, terminals.into_iter().map(Ok::<_, SyntaxError>)).ok()?;
    match expr {
        Expr::Name(_) => None,
        other => Some(targets::expr_name(&other)),
    }
}
