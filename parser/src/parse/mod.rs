//! Parsing: source text to AST, or the syntax errors CPython would report.

pub mod actions;
mod arguments;
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
use token::{Spanned, Tok};

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
/// CPython reports it.
pub fn parse(source: &str, options: ParseOptions) -> Result<Mod, SyntaxError> {
    let lexed = ophis_lexer::lex(source, LexOptions { type_comments: options.type_comments });
    let tokens = ophis_lexer::parser_tokens(&lexed.tokens, source);
    let terminals = token::grammar_tokens(&tokens);
    let input = terminals.iter().zip(&tokens).map(|(&t, tok)| {
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
        Mode::FunctionType => grammar::FuncTypeInputParser::new().parse(source, input).map(|(argtypes, returns)| {
            Mod::FunctionType(ModFunctionType {
                range: ophis_lexer::TextRange::new(0, source.len() as u32),
                argtypes,
                returns: Box::new(returns),
            })
        }),
    };
    result.map_err(|e| convert_error(source, &tokens, &terminals, e))
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

fn convert_error(source: &str, tokens: &[Token], terminals: &[Spanned], error: ParseError<u32, Tok, SyntaxError>) -> SyntaxError {
    match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SyntaxError::new("invalid syntax", ophis_lexer::TextRange::new(location, location)),
        ParseError::UnrecognizedEof { location, expected } => diagnose::unexpected(source, tokens, terminals, None, location, &expected),
        ParseError::UnrecognizedToken { token, expected } => diagnose::unexpected(source, tokens, terminals, Some(token), token.0, &expected),
        ParseError::ExtraToken { token } => SyntaxError::new("invalid syntax", ophis_lexer::TextRange::new(token.0, token.2)),
    }
}
