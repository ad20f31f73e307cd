//! From "the parser could not continue at this token" to CPython's message for the situation.
//!
//! CPython's PEG parser re-parses a failing input with its `invalid_*` rules to find a specific
//! message. The LR parser here knows the token it stopped at and which terminals it expected;
//! from those and the surrounding tokens this module picks CPython's message and location. Each
//! rule below names the CPython situation it reproduces.

use ophis_lexer::{LineIndex, TextRange, Token, TokenKind};

use crate::error::{ErrorKind, SyntaxError};

/// What the parser saw when it stopped.
pub struct Stop<'a> {
    pub source: &'a str,
    /// The parser's token stream.
    pub tokens: &'a [Token],
    /// Index in `tokens` of the token the parser could not accept.
    pub at: usize,
    /// The terminals it would have accepted there, as the grammar spells them (`"\":\""`, `NEWLINE`).
    pub expected: &'a [String],
}

impl Stop<'_> {
    fn token(&self) -> Token {
        self.tokens[self.at]
    }

    fn kind_at(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn prev_kind(&self, back: usize) -> Option<TokenKind> {
        self.at.checked_sub(back).and_then(|i| self.kind_at(i))
    }

    fn expects(&self, terminal: &str) -> bool {
        self.expected.iter().any(|e| e == terminal)
    }

    fn expects_op(&self, op: &str) -> bool {
        self.expected.iter().any(|e| e.len() == op.len() + 2 && e.starts_with('"') && &e[1..e.len() - 1] == op)
    }

    /// Index of the first token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && !matches!(self.tokens[j - 1].kind, TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent) {
            j -= 1;
        }
        j
    }

    /// The tokens before token `i` at its own bracket depth, nearest first. Bracketed groups
    /// are passed over whole; an opening bracket left open at `i` ends the walk (as `Outer`).
    fn back_at_depth(&self, i: usize) -> impl Iterator<Item = Back> + '_ {
        let mut j = i;
        let mut depth = 0usize;
        let mut done = false;
        std::iter::from_fn(move || {
            while !done && j > 0 {
                j -= 1;
                match self.tokens[j].kind {
                    TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
                    TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth == 0 => {
                        done = true;
                        return Some(Back::Outer(j));
                    }
                    TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
                    _ if depth > 0 => {}
                    kind => return Some(Back::At(j, kind)),
                }
            }
            None
        })
    }

    /// Index of the first token of the expression element that ends just before token `i`:
    /// after the enclosing opening bracket, a comma, or another token that cannot be inside an
    /// expression.
    fn element_start(&self, i: usize) -> usize {
        for back in self.back_at_depth(i) {
            match back {
                Back::Outer(j) => return j + 1,
                // `in` ends the element only as the `in` of a `for` clause (else it is the
                // comparison operator).
                Back::At(j, TokenKind::In) if self.is_for_clause_in(j) => return j + 1,
                Back::At(j, kind) if ends_element(kind) => return j + 1,
                Back::At(..) => {}
            }
        }
        0
    }

    /// Whether the `in` at token `i` belongs to a `for` clause (a `for` precedes it at the same
    /// bracket depth, before any comma or opening bracket).
    fn is_for_clause_in(&self, i: usize) -> bool {
        for back in self.back_at_depth(i) {
            match back {
                Back::At(_, TokenKind::For) => return true,
                Back::At(_, TokenKind::Comma | TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent) | Back::Outer(_) => {
                    return false;
                }
                Back::At(..) => {}
            }
        }
        false
    }

    /// Index of the innermost bracket still open just before token `i` (on its logical line).
    fn open_bracket(&self, i: usize) -> Option<usize> {
        for back in self.back_at_depth(i) {
            match back {
                Back::Outer(j) => return Some(j),
                Back::At(_, TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent) => return None,
                Back::At(..) => {}
            }
        }
        None
    }

    /// Whether token `i` is inside the parameter list of a `def` (not an expression list).
    fn in_def_parameters(&self, i: usize) -> bool {
        let Some(open) = self.open_bracket(i) else { return false };
        let k = |back: usize| open.checked_sub(back).and_then(|x| self.kind_at(x));
        self.tokens[open].kind == TokenKind::Lpar
            && (matches!((k(1), k(2)), (Some(TokenKind::Name), Some(TokenKind::Def)))
                || (k(1) == Some(TokenKind::Rsqb) && self.tokens[self.line_start(open)..open].iter().any(|t| t.kind == TokenKind::Def)))
    }

    /// Bracket nesting depth just before token `i`.
    fn depth_before(&self, i: usize) -> usize {
        let start = self.line_start(i);
        let mut depth = 0usize;
        for t in &self.tokens[start..i] {
            match t.kind {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        depth
    }

    /// The end of the expression starting at token `i`: the last token the grammar accepts
    /// when reading an expression from there.
    fn expression_end(&self, i: usize) -> Option<usize> {
        super::probe_expression_end(self.source, self.tokens, i)
    }

    fn range(&self, from: usize, to_inclusive: usize) -> TextRange {
        TextRange::new(self.tokens[from].range.start, self.tokens[to_inclusive].range.end)
    }
}

/// A step of [`Stop::back_at_depth`].
enum Back {
    /// A token at the starting depth, with its index.
    At(usize, TokenKind),
    /// The opening bracket that encloses the starting token.
    Outer(usize),
}

/// Tokens that end an expression element when scanning back (what cannot be inside one).
fn ends_element(kind: TokenKind) -> bool {
    kind.is_augmented_assignment()
        || matches!(
            kind,
            TokenKind::Comma
                | TokenKind::Colon
                | TokenKind::Equal
                | TokenKind::ColonEqual
                | TokenKind::Newline
                | TokenKind::Indent
                | TokenKind::Dedent
                | TokenKind::Semi
                | TokenKind::Return
                | TokenKind::Yield
                | TokenKind::For
                | TokenKind::If
                | TokenKind::Else
                | TokenKind::Elif
                | TokenKind::While
                | TokenKind::Assert
                | TokenKind::Del
                | TokenKind::Import
                | TokenKind::From
                | TokenKind::As
                | TokenKind::With
                | TokenKind::Lambda
                | TokenKind::FStringStart
                | TokenKind::TStringStart
        )
}

/// Tokens that can start an expression.
pub(crate) fn starts_expression(k: TokenKind) -> bool {
    matches!(
        k,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::TStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::Minus
            | TokenKind::Plus
            | TokenKind::Tilde
            | TokenKind::Not
            | TokenKind::Lambda
            | TokenKind::Await
            | TokenKind::None
            | TokenKind::True
            | TokenKind::False
            | TokenKind::Ellipsis
            | TokenKind::Match
            | TokenKind::Case
            | TokenKind::Type
    )
}

/// Tokens that can end an expression.
fn ends_expression(k: TokenKind) -> bool {
    matches!(
        k,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringEnd
            | TokenKind::TStringEnd
            | TokenKind::Rpar
            | TokenKind::Rsqb
            | TokenKind::Rbrace
            | TokenKind::None
            | TokenKind::True
            | TokenKind::False
            | TokenKind::Ellipsis
    )
}

/// The words CPython uses for the statement whose block is missing.
fn block_owner(stop: &Stop<'_>, colon: usize) -> Option<(String, usize)> {
    let start = stop.line_start(colon);
    let mut i = start;
    // Decorators end with NEWLINE, so the header starts the logical line; skip `async`.
    if stop.kind_at(i) == Some(TokenKind::Async) {
        i += 1;
    }
    let what = match stop.kind_at(i)? {
        TokenKind::If => "'if' statement",
        TokenKind::Elif => "'elif' statement",
        TokenKind::Else => "'else' statement",
        TokenKind::While => "'while' statement",
        TokenKind::For => "'for' statement",
        TokenKind::With => "'with' statement",
        TokenKind::Try => "'try' statement",
        TokenKind::Except if stop.kind_at(i + 1) == Some(TokenKind::Star) => "'except*' statement",
        TokenKind::Except => "'except' statement",
        TokenKind::Finally => "'finally' statement",
        TokenKind::Def => "function definition",
        TokenKind::Class => "class definition",
        TokenKind::Match => "'match' statement",
        TokenKind::Case => "'case' statement",
        _ => return None,
    };
    Some((what.to_string(), i))
}

/// Where CPython points for an error raised at a token that has no position of its own (a
/// DEDENT or the end of input): its tokenizer's cursor, just past the last line of the source
/// (for a string; a file being read points at column 0, see `SyntaxError::end_of_input`), with
/// no end.
fn end_of_last_line(stop: &Stop<'_>) -> SyntaxError {
    let at = last_line_end(stop.source);
    let mut e = SyntaxError::new("", TextRange::new(at, at)).without_end();
    e.end_of_input = true;
    e
}

/// The end of the source's last line, before its line ending.
fn last_line_end(source: &str) -> u32 {
    let trimmed = source.strip_suffix('\n').map(|s| s.strip_suffix('\r').unwrap_or(s)).or_else(|| source.strip_suffix('\r'));
    trimmed.unwrap_or(source).len() as u32
}

/// The error for a parser stop at `stop.at`. A stop at the end of the input is incomplete
/// input: more lines could continue it.
pub fn unexpected(stop: &Stop<'_>) -> SyntaxError {
    let mut e = unexpected_inner(stop);
    if matches!(stop.token().kind, TokenKind::EndOfFile | TokenKind::Dedent)
        && stop.tokens[stop.at..].iter().all(|t| matches!(t.kind, TokenKind::Dedent | TokenKind::EndOfFile))
    {
        e.incomplete = true;
    }
    e
}

fn unexpected_inner(stop: &Stop<'_>) -> SyntaxError {
    let tok = stop.token();
    let range = tok.range;
    let at_eof = matches!(tok.kind, TokenKind::EndOfFile | TokenKind::Dedent);

    // A header's block is missing: CPython's IndentationError "expected an indented block".
    if stop.expects("INDENT") && stop.prev_kind(1) == Some(TokenKind::Newline) && stop.prev_kind(2) == Some(TokenKind::Colon) {
        let colon = stop.at - 2;
        if let Some((what, header)) = block_owner(stop, colon) {
            let index = LineIndex::new(stop.source);
            let line = index.line_col(stop.tokens[header].range.start).line;
            let message = format!("expected an indented block after {what} on line {line}");
            let base = if at_eof { end_of_last_line(stop) } else { SyntaxError::new("", range) };
            let mut e = SyntaxError { message, ..base }.with_kind(ErrorKind::IndentationError);
            if at_eof {
                // An empty line then the end: CPython points at the line after the header.
                e.incomplete = true;
            }
            return e;
        }
    }

    match tok.kind {
        TokenKind::Indent => {
            // CPython points at the last character of the indentation, with no end.
            let start = stop.source[..range.end as usize].char_indices().last().map_or(range.start, |(i, _)| i as u32);
            return SyntaxError::new("unexpected indent", TextRange::new(start, range.end))
                .with_kind(ErrorKind::IndentationError)
                .without_end();
        }
        TokenKind::Dedent if !stop.expects("DEDENT") && stop.kind_at(stop.at + 1) != Some(TokenKind::EndOfFile) => {
            return SyntaxError::new("unexpected unindent", range).with_kind(ErrorKind::IndentationError);
        }
        _ => {}
    }

    // A `try` block followed by neither `except` nor `finally`.
    if stop.expects("\"except\"") && stop.expects("\"finally\"") && !matches!(tok.kind, TokenKind::Except | TokenKind::Finally) {
        let base = if at_eof { end_of_last_line(stop) } else { SyntaxError::new("", range) };
        return SyntaxError { message: "expected 'except' or 'finally' block".into(), ..base };
    }

    // `def NAME` must go on with `(` (CPython forces it, `&&'('`), also when what stands
    // between is not a valid type-parameter list.
    if !at_eof {
        if stop.prev_kind(1) == Some(TokenKind::Name) && stop.prev_kind(2) == Some(TokenKind::Def) && stop.expects_op("(") {
            return SyntaxError::new("expected '('", range);
        }
        if let Some(open) = stop.open_bracket(stop.at)
            && stop.tokens[open].kind == TokenKind::Lsqb
            && open >= 2
            && stop.tokens[open - 1].kind == TokenKind::Name
            && stop.tokens[open - 2].kind == TokenKind::Def
        {
            return SyntaxError::new("expected '('", stop.tokens[open].range);
        }
    }

    // `target: annotation` where the target cannot be annotated (CPython's `invalid_ann_assign`
    // matches `expression ':' expression` whatever follows).
    if let Some(e) = annotation_target_error(stop) {
        return e;
    }

    // A compound statement header ends without its colon. CPython's grammar forces the colon
    // (`&&':'`) after `def`, `try`, `finally` and `else` headers, whatever comes instead; for
    // the other headers only a line end gets this message.
    if stop.expects_op(":") && !at_eof && stop.depth_before(stop.at) == 0 {
        let forced = {
            let mut i = stop.line_start(stop.at);
            if stop.kind_at(i) == Some(TokenKind::Async) {
                i += 1;
            }
            matches!(stop.kind_at(i), Some(TokenKind::Def | TokenKind::Try | TokenKind::Finally | TokenKind::Else))
        };
        if forced || (tok.kind == TokenKind::Newline && block_owner(stop, stop.at).is_some()) {
            return SyntaxError::new("expected ':'", range);
        }
    }

    // `import` with nothing after it.
    if tok.kind == TokenKind::Newline && stop.prev_kind(1) == Some(TokenKind::Import) {
        return SyntaxError::new("Expected one or more names after 'import'", TextRange::new(range.start, range.start));
    }

    // `from x import a,` without parentheses.
    if tok.kind == TokenKind::Newline
        && stop.prev_kind(1) == Some(TokenKind::Comma)
        && stop.tokens[stop.line_start(stop.at)..stop.at].iter().any(|t| t.kind == TokenKind::Import)
        && stop.tokens[stop.line_start(stop.at)].kind == TokenKind::From
    {
        return SyntaxError::new("trailing comma not allowed without surrounding parentheses", range);
    }

    // `import a.b as c.d`.
    if tok.kind == TokenKind::Dot && stop.prev_kind(1) == Some(TokenKind::Name) && stop.prev_kind(2) == Some(TokenKind::As) {
        let line_start = stop.line_start(stop.at);
        if matches!(stop.tokens[line_start].kind, TokenKind::Import | TokenKind::From) {
            let mut end = stop.at;
            while stop.kind_at(end) == Some(TokenKind::Dot) && stop.kind_at(end + 1) == Some(TokenKind::Name) {
                end += 2;
            }
            return SyntaxError::new("cannot use attribute as import target", stop.range(stop.at - 1, end - 1));
        }
    }

    // f-string replacement fields.
    if stop.prev_kind(1) == Some(TokenKind::Lbrace) && in_fstring_field(stop, stop.at - 1) {
        let what = match tok.kind {
            TokenKind::Rbrace => Some("}"),
            TokenKind::Exclamation => Some("!"),
            TokenKind::Colon => Some(":"),
            TokenKind::Equal => Some("="),
            _ => None,
        };
        if let Some(what) = what {
            return SyntaxError::new(format!("f-string: valid expression required before '{what}'"), range);
        }
    }
    if stop.prev_kind(1) == Some(TokenKind::Exclamation) && matches!(tok.kind, TokenKind::Rbrace | TokenKind::Colon) {
        return SyntaxError::new("f-string: missing conversion character", range);
    }

    // A comprehension's `for` targets not followed by `in` (a `for` statement gets the plain
    // message).
    if stop.expects("\"in\"") && stop.depth_before(stop.at) > 0 && !at_eof && after_for_targets(stop) {
        return SyntaxError::new("'in' expected after for-loop variables", range);
    }

    // `*` where an expression must follow: `f(*)`, `[*]`.
    if stop.prev_kind(1) == Some(TokenKind::Star)
        && !starts_expression(tok.kind)
        && matches!(stop.prev_kind(2), Some(TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace | TokenKind::Comma))
    {
        return SyntaxError::new("Invalid star expression", range);
    }

    // `*x for x in y` inside brackets.
    if matches!(tok.kind, TokenKind::For | TokenKind::Async) {
        let start = stop.element_start(stop.at);
        if start < stop.at && stop.tokens[start].kind == TokenKind::Star {
            return SyntaxError::new("iterable unpacking cannot be used in comprehension", stop.range(start, stop.at - 1));
        }
    }

    // `(x.y := 1)`: the target of `:=` is not a name.
    if tok.kind == TokenKind::ColonEqual && stop.at > 0 {
        let start = stop.element_start(stop.at);
        if start < stop.at
            && let Some(kind) = super::probe_expression_kind(stop.source, &stop.tokens[start..stop.at])
        {
            return SyntaxError::new(format!("cannot use assignment expressions with {kind}"), stop.range(start, stop.at - 1));
        }
    }

    // `if x = 1:`, `[a=1]`, `@d=x` — a name, `=`, an expression where CPython's grammar reads a
    // `named_expression` (conditions, display elements, subscripts, groups, decorators).
    if tok.kind == TokenKind::Equal
        && stop.prev_kind(1) == Some(TokenKind::Name)
        && stop.at >= 2
        && named_expression_context(stop, stop.at - 2)
        && let Some(end) = stop.expression_end(stop.at + 1)
        && !matches!(stop.kind_at(end + 1), Some(TokenKind::Equal | TokenKind::ColonEqual))
    {
        return SyntaxError::new("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", stop.range(stop.at - 1, end));
    }

    // `a if b` without `else`.
    if stop.expects("\"else\"") {
        for back in stop.back_at_depth(stop.at) {
            match back {
                Back::At(j, TokenKind::If) => {
                    let start = stop.element_start(j);
                    if start < j {
                        return SyntaxError::new("expected 'else' after 'if' expression", stop.range(start, stop.at - 1));
                    }
                    break;
                }
                Back::Outer(_) => break,
                Back::At(..) => {}
            }
        }
    }

    // Two expressions side by side.
    if starts_expression(tok.kind) && stop.at > 0 && stop.prev_kind(1).is_some_and(ends_expression) {
        let start = stop.element_start(stop.at);
        let line_start = stop.line_start(stop.at);
        // `print x` / `exec x`: the Python 2 statement, wherever an expression element starts
        // with it (CPython's `invalid_legacy_expression`), not after an operator.
        if (start == line_start || start + 1 == stop.at)
            && stop.tokens[start].kind == TokenKind::Name
            && start + 1 == stop.at
            && matches!(stop.tokens[start].range.slice(stop.source), "print" | "exec")
        {
            let name = stop.tokens[start].range.slice(stop.source);
            // CPython's range ends with the `star_expressions` after the name.
            let end = star_expressions_end(stop, stop.at).unwrap_or_else(|| statement_end(stop, stop.at));
            return SyntaxError::new(
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                stop.range(start, end),
            );
        }
        let soft_keyword_start = matches!(stop.tokens[start].kind, TokenKind::Name)
            && matches!(stop.tokens[start].range.slice(stop.source), "match" | "case" | "type" | "_");
        let name_then_string = stop.tokens[start].kind == TokenKind::Name
            && matches!(stop.kind_at(start + 1), Some(TokenKind::String | TokenKind::FStringStart | TokenKind::TStringStart));
        // Where CPython's grammar reads a `disjunction` (a comprehension's `in` and `if` parts,
        // a conditional's test) it does not look for a missing comma.
        let disjunction_context = start > 0
            && (stop.tokens[start - 1].kind == TokenKind::If
                || (stop.tokens[start - 1].kind == TokenKind::In && stop.is_for_clause_in(start - 1)));
        if stop.depth_before(stop.at) > 0
            && start < stop.at
            && !disjunction_context
            && !stop.in_def_parameters(stop.at)
            && !soft_keyword_start
            && !name_then_string
            && let Some(end) = stop.expression_end(stop.at)
        {
            return SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", stop.range(start, end));
        }
    }

    if tok.kind == TokenKind::EndOfFile {
        // The end marker has no column in CPython: offset 0, end 0, on the last line.
        let at = last_line_end(stop.source);
        let mut e = SyntaxError::new("invalid syntax", TextRange::new(at, at));
        e.cpython_offset = Some(0);
        e.cpython_end_offset = Some(0);
        e.incomplete = true;
        return e;
    }
    let mut e = SyntaxError::new("invalid syntax", range);
    if at_eof {
        e.incomplete = true;
    }
    e
}

/// The error for an annotated assignment whose target cannot be annotated, if the stop is in one.
fn annotation_target_error(stop: &Stop<'_>) -> Option<SyntaxError> {
    let start = stop.line_start(stop.at);
    if !starts_expression(stop.tokens[start].kind) || matches!(stop.tokens[start].kind, TokenKind::Lambda) {
        return None;
    }
    // The first colon at bracket depth 0 in the statement, with an expression after it.
    let mut depth = 0usize;
    let mut colon = None;
    for (j, t) in stop.tokens.iter().enumerate().take(stop.at).skip(start) {
        match t.kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth = depth.saturating_sub(1),
            TokenKind::Lambda if depth == 0 => return None,
            TokenKind::Equal | TokenKind::Semi if depth == 0 => return None,
            TokenKind::Colon if depth == 0 => {
                colon = Some(j);
                break;
            }
            _ => {}
        }
    }
    let colon = colon?;
    if colon == start || colon + 1 >= stop.at {
        return None;
    }
    let annotation_end = super::probe_expression_end(stop.source, stop.tokens, colon + 1)?;
    if annotation_end < colon + 1 {
        return None;
    }
    let target = &stop.tokens[start..colon];
    let kind = super::probe_expression_kind(stop.source, target)?;
    let range = stop.range(start, colon - 1);
    let message = match kind {
        "attribute" | "subscript" => return None,
        "tuple" => "only single target (not tuple) can be annotated",
        "list" => "only single target (not list) can be annotated",
        _ => "illegal target for annotation",
    };
    Some(SyntaxError::new(message, range))
}

/// Whether an expression starting right after token `before` is read as a `named_expression`.
fn named_expression_context(stop: &Stop<'_>, before: usize) -> bool {
    match stop.tokens[before].kind {
        TokenKind::If | TokenKind::Elif | TokenKind::While | TokenKind::At => true,
        TokenKind::Lsqb | TokenKind::Lbrace => true,
        // A group or tuple, not a call's argument list.
        TokenKind::Lpar => !(before > 0 && ends_expression(stop.tokens[before - 1].kind)),
        TokenKind::Comma => match stop.open_bracket(before) {
            Some(open) => match stop.tokens[open].kind {
                TokenKind::Lsqb => true,
                TokenKind::Lbrace => true,
                TokenKind::Lpar => !(open > 0 && ends_expression(stop.tokens[open - 1].kind)),
                _ => false,
            },
            None => false,
        },
        _ => false,
    }
}

/// The last token of a comma-separated run of expressions starting at token `i`.
fn star_expressions_end(stop: &Stop<'_>, i: usize) -> Option<usize> {
    let mut end = stop.expression_end(i)?;
    while stop.kind_at(end + 1) == Some(TokenKind::Comma) {
        match stop.kind_at(end + 2) {
            Some(k) if starts_expression(k) || k == TokenKind::Star => match stop.expression_end(end + 2 + (k == TokenKind::Star) as usize) {
                Some(e) => end = e,
                None => break,
            },
            _ => {
                end += 1;
                break;
            }
        }
    }
    Some(end)
}

/// Whether the tokens before the stop, back to a `for` at the same bracket depth, are only that
/// `for`'s targets (no `in`, condition or other clause in between).
fn after_for_targets(stop: &Stop<'_>) -> bool {
    for back in stop.back_at_depth(stop.at) {
        match back {
            Back::At(_, TokenKind::For) => return true,
            Back::At(
                _,
                TokenKind::In
                | TokenKind::If
                | TokenKind::Else
                | TokenKind::Colon
                | TokenKind::Equal
                | TokenKind::Lambda
                | TokenKind::Newline
                | TokenKind::Indent
                | TokenKind::Dedent,
            )
            | Back::Outer(_) => return false,
            Back::At(..) => {}
        }
    }
    false
}

/// The last token of the statement holding token `i` (before its NEWLINE or `;`).
fn statement_end(stop: &Stop<'_>, i: usize) -> usize {
    let mut j = i;
    let mut depth = 0usize;
    while let Some(k) = stop.kind_at(j + 1) {
        match k {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth = depth.saturating_sub(1),
            TokenKind::Newline | TokenKind::EndOfFile => break,
            TokenKind::Semi if depth == 0 => break,
            _ => {}
        }
        j += 1;
    }
    j
}

/// Whether the `{` at token `i` opens an f-string or t-string replacement field.
fn in_fstring_field(stop: &Stop<'_>, i: usize) -> bool {
    matches!(
        i.checked_sub(1).and_then(|j| stop.kind_at(j)),
        Some(TokenKind::FStringStart | TokenKind::FStringMiddle | TokenKind::TStringStart | TokenKind::TStringMiddle)
    )
}

/// The error for the end of input where more was expected (no tokens left).
pub fn unexpected_eof(location: u32) -> SyntaxError {
    let mut e = SyntaxError::new("unexpected EOF while parsing", TextRange::new(location, location));
    e.incomplete = true;
    e
}
