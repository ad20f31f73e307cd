//! Token kinds and spans: the contract between the lexer and everything that consumes it.

use std::fmt;

/// A half-open byte range `start..end` into the (UTF-8) source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

impl TextRange {
    pub const fn new(start: u32, end: u32) -> Self {
        TextRange { start, end }
    }
    pub const fn empty(at: u32) -> Self {
        TextRange { start: at, end: at }
    }
    pub const fn len(self) -> u32 {
        self.end - self.start
    }
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }
    /// The smallest range covering both.
    pub fn cover(self, other: TextRange) -> TextRange {
        TextRange { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
    pub fn contains_range(self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn slice(self, source: &str) -> &str {
        &source[self.start as usize..self.end as usize]
    }
}

impl fmt::Display for TextRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// One token: what it is and where it is. The text is `range.slice(source)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    pub kind: TokenKind,
    pub range: TextRange,
}

macro_rules! token_kinds {
    (
        layout { $($(#[$lm:meta])* $lv:ident => $lname:literal,)* }
        literals { $($(#[$tm:meta])* $tv:ident => $tname:literal,)* }
        keywords { $($kv:ident => $kw:literal,)* }
        soft_keywords { $($sv:ident => $sw:literal,)* }
        operators { $($(#[$om:meta])* $ov:ident => $op:literal => $oname:literal,)* }
    ) => {
        /// Every kind of token. Keywords are distinct kinds (tokenize reports them as NAME);
        /// soft keywords are `Name` in the raw stream and become `Match`/`Case`/`Type` only in the
        /// parser's stream, where [`crate::parser_tokens`] decides from context.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum TokenKind {
            $($(#[$lm])* $lv,)*
            $($(#[$tm])* $tv,)*
            $($kv,)*
            $($sv,)*
            $($(#[$om])* $ov,)*
        }

        impl TokenKind {
            /// The name CPython's `tokenize` module prints for this kind (`OP` for every operator,
            /// `NAME` for keywords).
            pub fn tokenize_name(self) -> &'static str {
                match self {
                    $(TokenKind::$lv => $lname,)*
                    $(TokenKind::$tv => $tname,)*
                    $(TokenKind::$kv => "NAME",)*
                    $(TokenKind::$sv => "NAME",)*
                    $(TokenKind::$ov => "OP",)*
                }
            }

            /// The exact token name CPython's `token` module uses for an operator
            /// (`LPAR`, `NOTEQUAL`, ...), used by `tokenize -e`.
            pub fn exact_name(self) -> &'static str {
                match self {
                    $(TokenKind::$ov => $oname,)*
                    other => other.tokenize_name(),
                }
            }

            /// The keyword for a hard-keyword spelling.
            pub fn keyword(text: &str) -> Option<TokenKind> {
                match text {
                    $($kw => Some(TokenKind::$kv),)*
                    _ => None,
                }
            }

            /// The soft-keyword kind for a spelling (`match`, `case`, `type`).
            pub fn soft_keyword(text: &str) -> Option<TokenKind> {
                match text {
                    $($sw => Some(TokenKind::$sv),)*
                    _ => None,
                }
            }

            /// The operator or delimiter with this spelling.
            pub fn operator(text: &str) -> Option<TokenKind> {
                match text {
                    $($op => Some(TokenKind::$ov),)*
                    _ => None,
                }
            }

            /// The fixed spelling of a keyword or operator, if the kind has one.
            pub fn as_str(self) -> Option<&'static str> {
                match self {
                    $(TokenKind::$kv => Some($kw),)*
                    $(TokenKind::$sv => Some($sw),)*
                    $(TokenKind::$ov => Some($op),)*
                    _ => None,
                }
            }

            pub fn is_keyword(self) -> bool {
                matches!(self, $(TokenKind::$kv)|*)
            }

            pub fn is_soft_keyword(self) -> bool {
                matches!(self, $(TokenKind::$sv)|*)
            }

            pub fn is_operator(self) -> bool {
                matches!(self, $(TokenKind::$ov)|*)
            }
        }
    };
}

token_kinds! {
    layout {
        Newline => "NEWLINE",
        /// A newline that does not end a logical line (blank line, comment line, inside brackets).
        NonLogicalNewline => "NL",
        Indent => "INDENT",
        Dedent => "DEDENT",
        Comment => "COMMENT",
        /// `# type: ...` comment, produced only when type comments are requested.
        TypeComment => "TYPE_COMMENT",
        /// `# type: ignore...` comment, produced only when type comments are requested.
        TypeIgnore => "TYPE_IGNORE",
        EndOfFile => "ENDMARKER",
        /// Text the lexer could not make a token of; the matching error is in the lexer's error list.
        Unknown => "ERRORTOKEN",
    }
    literals {
        Name => "NAME",
        /// Integer literal of any base.
        Int => "NUMBER",
        /// Float literal (with a point or an exponent).
        Float => "NUMBER",
        /// Imaginary literal (`1j`, `1.5J`).
        Complex => "NUMBER",
        /// A whole non-f, non-t string or bytes literal, prefix and quotes included.
        String => "STRING",
        FStringStart => "FSTRING_START",
        FStringMiddle => "FSTRING_MIDDLE",
        FStringEnd => "FSTRING_END",
        TStringStart => "TSTRING_START",
        TStringMiddle => "TSTRING_MIDDLE",
        TStringEnd => "TSTRING_END",
    }
    keywords {
        False => "False",
        None => "None",
        True => "True",
        And => "and",
        As => "as",
        Assert => "assert",
        Async => "async",
        Await => "await",
        Break => "break",
        Class => "class",
        Continue => "continue",
        Def => "def",
        Del => "del",
        Elif => "elif",
        Else => "else",
        Except => "except",
        Finally => "finally",
        For => "for",
        From => "from",
        Global => "global",
        If => "if",
        Import => "import",
        In => "in",
        Is => "is",
        Lambda => "lambda",
        Nonlocal => "nonlocal",
        Not => "not",
        Or => "or",
        Pass => "pass",
        Raise => "raise",
        Return => "return",
        Try => "try",
        While => "while",
        With => "with",
        Yield => "yield",
    }
    soft_keywords {
        Match => "match",
        Case => "case",
        Type => "type",
    }
    operators {
        Lpar => "(" => "LPAR",
        Rpar => ")" => "RPAR",
        Lsqb => "[" => "LSQB",
        Rsqb => "]" => "RSQB",
        Colon => ":" => "COLON",
        Comma => "," => "COMMA",
        Semi => ";" => "SEMI",
        Plus => "+" => "PLUS",
        Minus => "-" => "MINUS",
        Star => "*" => "STAR",
        Slash => "/" => "SLASH",
        Vbar => "|" => "VBAR",
        Amper => "&" => "AMPER",
        Less => "<" => "LESS",
        Greater => ">" => "GREATER",
        Equal => "=" => "EQUAL",
        Dot => "." => "DOT",
        Percent => "%" => "PERCENT",
        Lbrace => "{" => "LBRACE",
        Rbrace => "}" => "RBRACE",
        EqEqual => "==" => "EQEQUAL",
        NotEqual => "!=" => "NOTEQUAL",
        LessEqual => "<=" => "LESSEQUAL",
        GreaterEqual => ">=" => "GREATEREQUAL",
        Tilde => "~" => "TILDE",
        Circumflex => "^" => "CIRCUMFLEX",
        LeftShift => "<<" => "LEFTSHIFT",
        RightShift => ">>" => "RIGHTSHIFT",
        DoubleStar => "**" => "DOUBLESTAR",
        PlusEqual => "+=" => "PLUSEQUAL",
        MinEqual => "-=" => "MINEQUAL",
        StarEqual => "*=" => "STAREQUAL",
        SlashEqual => "/=" => "SLASHEQUAL",
        PercentEqual => "%=" => "PERCENTEQUAL",
        AmperEqual => "&=" => "AMPEREQUAL",
        VbarEqual => "|=" => "VBAREQUAL",
        CircumflexEqual => "^=" => "CIRCUMFLEXEQUAL",
        LeftShiftEqual => "<<=" => "LEFTSHIFTEQUAL",
        RightShiftEqual => ">>=" => "RIGHTSHIFTEQUAL",
        DoubleStarEqual => "**=" => "DOUBLESTAREQUAL",
        DoubleSlash => "//" => "DOUBLESLASH",
        DoubleSlashEqual => "//=" => "DOUBLESLASHEQUAL",
        At => "@" => "AT",
        AtEqual => "@=" => "ATEQUAL",
        Rarrow => "->" => "RARROW",
        Ellipsis => "..." => "ELLIPSIS",
        ColonEqual => ":=" => "COLONEQUAL",
        /// `!` appears only before a conversion in f/t-string replacement fields.
        Exclamation => "!" => "EXCLAMATION",
    }
}

impl TokenKind {
    /// Tokens that carry no syntax for the parser (comments and non-logical newlines).
    pub fn is_trivia(self) -> bool {
        matches!(self, TokenKind::Comment | TokenKind::NonLogicalNewline)
    }

    /// The augmented assignment operators (`+=` ... `@=`; not `:=`).
    pub fn is_augmented_assignment(self) -> bool {
        matches!(
            self,
            TokenKind::PlusEqual
                | TokenKind::MinEqual
                | TokenKind::StarEqual
                | TokenKind::SlashEqual
                | TokenKind::PercentEqual
                | TokenKind::AmperEqual
                | TokenKind::VbarEqual
                | TokenKind::CircumflexEqual
                | TokenKind::LeftShiftEqual
                | TokenKind::RightShiftEqual
                | TokenKind::DoubleStarEqual
                | TokenKind::DoubleSlashEqual
                | TokenKind::AtEqual
        )
    }
}
