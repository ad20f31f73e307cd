//! The logos scanner: one DFA over the source that recognises every token of regular mode.
//!
//! It knows nothing about context. The stateful layer in [`super`] calls it one token at a time
//! from wherever it stands and decides what each raw token means there (NEWLINE or NL, the end
//! of an f-string replacement field, a format-spec colon, ...). Complete string literals are
//! matched here; when a literal is unterminated the DFA falls back to the opener alone
//! (`StringOpen`), and the layer reports the error.

use logos::Logos;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Raw {
    /// Spaces, tabs and form feeds between tokens.
    #[regex(r"[ \t\x0c]+")]
    Whitespace,

    #[token("\n")]
    #[token("\r\n")]
    #[token("\r")]
    Newline,

    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,

    /// A backslash followed by a line end: explicit line joining.
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,

    /// A backslash followed by anything else (or nothing).
    #[token("\\")]
    Backslash,

    /// An identifier candidate. As in CPython's scanner every non-ASCII character is a potential
    /// identifier character; the layer checks XID_Start/XID_Continue afterwards.
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Name,

    // --- numbers (only well-formed ones; the layer re-scans when a number is followed by an
    // identifier character, to report CPython's errors) ---
    #[regex(r"[1-9](_?[0-9])*|0(_?0)*")]
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    #[regex(r"0[oO](_?[0-7])+")]
    #[regex(r"0[bB](_?[01])+")]
    Int,

    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    Float,

    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]")]
    Complex,

    // --- strings ---
    /// A complete single-quoted or triple-quoted string or bytes literal, prefix included.
    #[regex(r#"([rRbBuU]|[rR][bB]|[bB][rR])?'([^'\\\r\n]|\\(\r\n|[^\r]|\r))*'"#)]
    #[regex(r#"([rRbBuU]|[rR][bB]|[bB][rR])?"([^"\\\r\n]|\\(\r\n|[^\r]|\r))*""#)]
    #[regex(r#"([rRbBuU]|[rR][bB]|[bB][rR])?'''([^'\\]|\\[\x00-\u{10FFFF}]|'[^'\\]|'\\[\x00-\u{10FFFF}]|''[^'\\]|''\\[\x00-\u{10FFFF}])*'''"#)]
    #[regex(r#"([rRbBuU]|[rR][bB]|[bB][rR])?"""([^"\\]|\\[\x00-\u{10FFFF}]|"[^"\\]|"\\[\x00-\u{10FFFF}]|""[^"\\]|""\\[\x00-\u{10FFFF}])*""""#)]
    String,

    /// The opening of a string literal whose end the DFA could not find (unterminated).
    #[regex(r#"([rRbBuU]|[rR][bB]|[bB][rR])?('''|"""|'|")"#)]
    StringOpen,

    /// `f"`, `rf'''`, ... : the start of an f-string.
    #[regex(r#"([fF]|[rR][fF]|[fF][rR])('''|"""|'|")"#)]
    FStringStart,

    /// `t"`, `tr'''`, ... : the start of a t-string.
    #[regex(r#"([tT]|[rR][tT]|[tT][rR])('''|"""|'|")"#)]
    TStringStart,

    // --- operators and delimiters ---
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(":")]
    Colon,
    #[token("!")]
    Exclamation,
    /// Any other operator; the layer looks its spelling up with `TokenKind::operator`.
    #[token(",")]
    #[token(";")]
    #[token("+")]
    #[token("-")]
    #[token("*")]
    #[token("/")]
    #[token("|")]
    #[token("&")]
    #[token("<")]
    #[token(">")]
    #[token("=")]
    #[token(".")]
    #[token("%")]
    #[token("==")]
    #[token("!=")]
    #[token("<=")]
    #[token(">=")]
    #[token("~")]
    #[token("^")]
    #[token("<<")]
    #[token(">>")]
    #[token("**")]
    #[token("+=")]
    #[token("-=")]
    #[token("*=")]
    #[token("/=")]
    #[token("%=")]
    #[token("&=")]
    #[token("|=")]
    #[token("^=")]
    #[token("<<=")]
    #[token(">>=")]
    #[token("**=")]
    #[token("//")]
    #[token("//=")]
    #[token("@")]
    #[token("@=")]
    #[token("->")]
    #[token("...")]
    #[token(":=")]
    Operator,
}
