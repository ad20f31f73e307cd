#!/usr/bin/env python3
"""Differential check of syntax errors: mutate real code, compare ophis's error with CPython's.

Takes the .py files of a corpus (default: the reference stdlib), cuts windows of a few lines,
applies one deterministic mutation per window (delete / duplicate / replace a character or a
token-like chunk), keeps the snippets CPython rejects, and compares exception class, message
and line number of `ophis -m ast` with `ast.parse` of the reference.

    python3 tests/corpus/check_errors.py [--count N] [--seed S] [--show K] [DIR...]
"""
import argparse, json, os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PROBE = r'''
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        ast.parse(src)
        out.append(None)
    except SyntaxError as e:
        out.append(["%s: %s" % (type(e).__name__, e.msg), e.lineno, e.offset])
    except (MemoryError, RecursionError, ValueError) as e:
        out.append(["%s: %s" % (type(e).__name__, e), None, None])
json.dump(out, sys.stdout)
'''

PIECES = ["(", ")", "[", "]", ":", ",", "=", "if", "else", "for", "in", "def", "return", "'", '"', "import", " ", "\n", "*", ".", "lambda", "{", "}", "not", "==", "yield", "async", "with", "as"]


def mutate(rng, text):
    i = rng.randrange(len(text)) if text else 0
    kind = rng.randrange(4)
    if kind == 0:
        return text[:i] + text[i + 1:]
    if kind == 1:
        return text[:i] + rng.choice(PIECES) + text[i:]
    if kind == 2:
        j = min(len(text), i + rng.randrange(1, 8))
        return text[:i] + text[j:]
    return text[:i] + rng.choice(PIECES) + text[i + 1:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=15)
    ap.add_argument("--ref", default=os.path.join(ROOT, "..", "shared", "tools", "cpython314"))
    ap.add_argument("--ophis", default=os.path.join(ROOT, "target", "release", "ophis"))
    args = ap.parse_args()
    paths = args.paths or [subprocess.run([args.ref, "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"],
                                          capture_output=True, text=True, check=True).stdout.strip()]
    files = []
    for p in paths:
        for d, dirs, names in os.walk(p):
            dirs.sort()
            if "site-packages" in d:
                continue
            files += [os.path.join(d, n) for n in sorted(names) if n.endswith(".py")]
    rng = random.Random(args.seed)
    snippets = []
    while len(snippets) < args.count * 3:
        path = rng.choice(files)
        try:
            lines = open(path, encoding="utf-8").read().splitlines(keepends=True)
        except (UnicodeDecodeError, OSError):
            continue
        if len(lines) < 3:
            continue
        start = rng.randrange(len(lines))
        window = "".join(lines[start:start + rng.randrange(1, 6)])
        # Dedent to make the window a plausible module.
        import textwrap
        window = textwrap.dedent(window)
        snippets.append(mutate(rng, window))
    ref = json.loads(subprocess.run([args.ref, "-c", PROBE], input=json.dumps(snippets), capture_output=True, text=True, check=True).stdout)
    cases = [(s, r) for s, r in zip(snippets, ref) if r is not None][:args.count]
    same_msg = same_line = 0
    diffs = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "case.py")
        for src, (msg, line, offset) in cases:
            with open(path, "w", encoding="utf-8") as f:
                f.write(src)
            out = subprocess.run([args.ophis, "-m", "ast", path], capture_output=True, text=True)
            if out.returncode == 0:
                diffs.append((src, msg, line, "accepted"))
                continue
            err = out.stderr.rstrip().splitlines()
            last = err[-1] if err else ""
            got_line = None
            for l in err:
                if l.startswith("  File \"") and ", line " in l:
                    got_line = int(l.rsplit(", line ", 1)[1])
            if last == msg:
                same_msg += 1
                if got_line == line:
                    same_line += 1
                    continue
            diffs.append((src, msg, line, "%s (line %s)" % (last, got_line)))
    for src, msg, line, got in diffs[:args.show]:
        print("---", repr(src[:200]))
        print("    CPython: %s (line %s)" % (msg, line))
        print("    ophis:   %s" % got)
    n = len(cases)
    print("%d rejected snippets: message matches %d (%.1f%%), message and line match %d (%.1f%%)"
          % (n, same_msg, 100.0 * same_msg / max(n, 1), same_line, 100.0 * same_line / max(n, 1)))


if __name__ == "__main__":
    main()
