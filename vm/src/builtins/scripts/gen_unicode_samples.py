"""Generates vm/src/builtins/testdata/unicode_samples.txt: what CPython 3.14's str methods answer
for sample code points and strings, which the unit tests of unicode.rs compare against.

Run from the repository root with the reference interpreter:
    ../shared/tools/cpython314 vm/src/builtins/scripts/gen_unicode_samples.py > vm/src/builtins/testdata/unicode_samples.txt

Line formats (fields separated by tabs, strings as space-separated hex code points, "-" for empty):
  C <cp> <predicate bits> <lower> <upper> <title> <casefold>
  S <string> <lower> <upper> <title> <capitalize> <swapcase> <casefold> <isupper/islower/istitle/isidentifier bits>
The predicate bits of C lines are isalpha isdecimal isdigit isnumeric isspace isalnum isprintable, in that order.
"""
import random
import sys

def hexs(s):
    return " ".join("%X" % ord(c) for c in s) or "-"

def bits(*flags):
    return "".join("1" if f else "0" for f in flags)

out = sys.stdout
random.seed(1234)
points = set(range(0, 0x800)) | set(range(0x1E00, 0x2200)) | set(range(0x2C00, 0x2D30)) | set(range(0xA640, 0xA800)) | set(range(0xFB00, 0xFB50))
points |= set(range(0x800, 0x110000, 331))
for cp in sorted(points):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    p = bits(c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isalnum(), c.isprintable())
    out.write("C\t%X\t%s\t%s\t%s\t%s\t%s\n" % (cp, p, hexs(c.lower()), hexs(c.upper()), hexs(c.title()), hexs(c.casefold())))
alphabet = "aAbBσΣςǅǆǄ ́'.:-ß1ﬁİıŉΌ\u0345ʰ_٣\u2028Ⅻǈ"
for _ in range(1500):
    s = "".join(random.choice(alphabet) for _ in range(random.randint(1, 8)))
    flags = bits(s.isupper(), s.islower(), s.istitle(), s.isidentifier())
    out.write("S\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (hexs(s), hexs(s.lower()), hexs(s.upper()), hexs(s.title()), hexs(s.capitalize()), hexs(s.swapcase()), hexs(s.casefold()), flags))
