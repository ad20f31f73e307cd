"""Differential test of float repr: random doubles through the reference and through ophis.

    python3 vm/src/format/scripts/float_repr_differential.py OPHIS [--count N] [--seed S] [--reference PATH]

Writes N doubles (random bit patterns, and k * 2**e with short mantissas, where halfway ties
between shortest strings occur) as float.hex() text to a temporary file, runs a program printing
repr(float.fromhex(line)) for each under both interpreters, and reports every difference.
Exit status 1 when any differs.
"""
import argparse, math, os, random, struct, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
DEFAULT_REFERENCE = os.path.join(os.path.dirname(ROOT), "shared", "tools", "cpython314")
PROGRAM = "import sys\nfor line in open(sys.argv[1]):\n    print(repr(float.fromhex(line.strip())))\n"


def doubles(count, seed):
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        if rng.random() < 0.3:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        else:
            k = rng.getrandbits(rng.randint(1, 53)) | 1
            try:
                x = math.ldexp(k, rng.randint(-1074, 971))
            except OverflowError:
                continue
        out.append(x.hex())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ophis")
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reference", default=DEFAULT_REFERENCE)
    args = ap.parse_args()
    values = doubles(args.count, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "floats.txt")
        prog = os.path.join(tmp, "reprs.py")
        with open(data, "w") as f:
            f.write("\n".join(values) + "\n")
        with open(prog, "w") as f:
            f.write(PROGRAM)
        ref = subprocess.run([args.reference, prog, data], capture_output=True, text=True, check=True).stdout.splitlines()
        got = subprocess.run([args.ophis, prog, data], capture_output=True, text=True, check=True).stdout.splitlines()
    diffs = [(v, r, g) for v, r, g in zip(values, ref, got) if r != g]
    if len(ref) != len(got):
        print("line counts differ: reference %d, ophis %d" % (len(ref), len(got)))
    for v, r, g in diffs[:50]:
        print("%s: reference %s, ophis %s" % (v, r, g))
    print("%d of %d reprs differ" % (len(diffs), len(values)))
    return 1 if diffs or len(ref) != len(got) else 0


if __name__ == "__main__":
    sys.exit(main())
