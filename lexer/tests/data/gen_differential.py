"""Regenerates lexer/tests/data/differential.txt: random soups of tricky fragments for which
CPython 3.14's compile() reports a *tokenizer* error, with that error.

    ../shared/tools/cpython314 lexer/tests/data/gen_differential.py > lexer/tests/data/differential.txt

Line format: hex(UTF-8 source) TAB class TAB message TAB lineno TAB offset TAB end_lineno TAB end_offset.
The test (tests/differential.rs) checks that the lexer's first error is exactly that error: a
tokenizer error CPython reports is always the first lexical error of the input, because the
parser stops at the first erroneous token and, after a generic syntax error, CPython tokenizes
the rest of the input and reports the first tokenizer error it finds.
"""
import random
import warnings

warnings.simplefilter("ignore")
random.seed(7)
P = [" ", "  ", "\t", "\n", "\\", "\\\n", "#", "x", "é", "€", "\u00a0", "$", "0", "1", "_", "e", "j", "o",
     "b", ".", "'", '"', "'''", 'f"', "f'", "t'", "{", "}", "(", ")", "[", "]", ":", "!", "=", "!r", "if",
     "    ", "a", "+", ",", "0x", "0o", "9"]
TOKENIZER_MESSAGES = [
    "invalid character", "invalid non-printable", "invalid decimal literal", "invalid hexadecimal literal",
    "invalid octal literal", "invalid binary literal", "invalid imaginary literal", "in octal literal",
    "in binary literal", "unterminated", "f-string: single", "t-string: single", "f-string: expecting '}'",
    "t-string: expecting '}'", "was never closed", "does not match", "unmatched", "line continuation",
    "unexpected EOF", "indentation", "leading zeros", "nested", "newlines are not",
]
for _ in range(6000):
    src = "".join(random.choice(P) for _ in range(random.randint(1, 14))) + random.choice(["", "\n"])
    try:
        compile(src, "<x>", "exec")
        continue
    except SyntaxError as e:
        if "or format specs" in e.msg or not any(m in e.msg for m in TOKENIZER_MESSAGES):
            continue
        print("\t".join([src.encode().hex(), type(e).__name__, e.msg] +
                        [str(v) for v in (e.lineno, e.offset, e.end_lineno, e.end_offset)]))
    except ValueError:
        continue
