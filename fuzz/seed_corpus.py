#!/usr/bin/env python3
"""Seeds a fuzz corpus directory (default fuzz/corpus/<target>, git-ignored) from the parser
conformance cases (tests/parser/valid and invalid, whole) and the reference standard library
(every .py file outside site-packages/dist-packages, cut into pieces of at most --chunk bytes at
lines that start at column 0, so that the pieces fit libFuzzer's -max_len).

    python3 fuzz/seed_corpus.py [--stdlib DIR] [--chunk BYTES] CORPUS_DIR
"""
import argparse
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_STDLIB = os.path.expanduser("~/.cache/ophis-ref/root/usr/lib/python3.14")
TOP_LEVEL = re.compile(rb"^[A-Za-z_@#]")


def chunks(data: bytes, limit: int):
    lines = data.splitlines(keepends=True)
    cur = b""
    for line in lines:
        if cur and TOP_LEVEL.match(line) and len(cur) + len(line) > limit:
            yield cur
            cur = b""
        cur += line
        while len(cur) > 2 * limit:  # no top-level line for a long while: cut anyway
            yield cur[:limit]
            cur = cur[limit:]
    if cur:
        yield cur


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stdlib", default=DEFAULT_STDLIB)
    ap.add_argument("--chunk", type=int, default=4096)
    ap.add_argument("corpus")
    args = ap.parse_args()
    os.makedirs(args.corpus, exist_ok=True)
    seen = set()

    def put(data: bytes):
        h = hashlib.sha1(data).hexdigest()
        if h in seen:
            return
        seen.add(h)
        with open(os.path.join(args.corpus, h), "wb") as f:
            f.write(data)

    for kind in ("valid", "invalid"):
        d = os.path.join(ROOT, "tests", "parser", kind)
        for name in sorted(os.listdir(d)):
            if name.endswith(".py"):
                with open(os.path.join(d, name), "rb") as f:
                    put(f.read())
    for dirpath, dirnames, filenames in os.walk(args.stdlib):
        dirnames[:] = sorted(n for n in dirnames if n not in ("site-packages", "dist-packages"))
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if name.endswith(".py") and os.path.isfile(path):
                with open(path, "rb") as f:
                    data = f.read()
                for piece in chunks(data, args.chunk):
                    put(piece)
    print(f"{len(seen)} seed inputs in {args.corpus}", file=sys.stderr)


if __name__ == "__main__":
    main()
