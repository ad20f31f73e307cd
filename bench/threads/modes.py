#!/usr/bin/env python3
"""Threading-mode comparison (issue 5): wall time of bench/threads/workload.py with 1, 2 and N
threads under ophis (free-threaded), ophis with PYTHON_GIL=1, and the reference CPython 3.14,
runs interleaved, median of REPS. Prints a table and the 2-thread speed-up (2 * t1 / t2:
throughput of 2 threads over 1; 2.0 is perfect scaling on 2 cores).

Usage: bench/threads/modes.py [--ophis PATH] [--cpython PATH] [--reps N] [--threads 1,2,4]
                              [--fib 24] [--objects 300000]
"""
import argparse
import os
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def timed(cmd, env):
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ophis', default=os.path.join(ROOT, 'target/release/ophis'))
    ap.add_argument('--cpython', default=os.path.join(ROOT, '../shared/tools/cpython314'))
    ap.add_argument('--reps', type=int, default=5)
    ap.add_argument('--threads', default='1,2,4')
    ap.add_argument('--fib', type=int, default=24)
    ap.add_argument('--objects', type=int, default=300000)
    args = ap.parse_args()
    threads = [int(t) for t in args.threads.split(',')]
    base_env = dict(os.environ)
    base_env.pop('PYTHON_GIL', None)
    modes = [
        ('ophis free-threaded', args.ophis, base_env),
        ('ophis PYTHON_GIL=1', args.ophis, dict(base_env, PYTHON_GIL='1')),
        ('CPython 3.14', args.cpython, base_env),
    ]
    workloads = [('fib', args.fib), ('objects', args.objects)]
    script = os.path.join(HERE, 'workload.py')
    times = {}
    for _ in range(args.reps):
        for kind, size in workloads:
            for n in threads:
                for name, exe, env in modes:
                    t = timed([exe, script, kind, str(n), str(size)], env)
                    times.setdefault((kind, n, name), []).append(t)
    print(f"{'workload':<10} {'mode':<22} " + ' '.join(f'{n:>2} thr (s)' for n in threads) + '  2-thread speed-up')
    for kind, size in workloads:
        for name, _, _ in modes:
            med = {n: statistics.median(times[(kind, n, name)]) for n in threads}
            speedup = f'{2 * med[1] / med[2]:.2f}x' if 1 in med and 2 in med else '-'
            print(f"{kind + '(' + str(size) + ')':<10} {name:<22} " + ' '.join(f'{med[n]:>10.3f}' for n in threads) + f'  {speedup:>8}')


if __name__ == '__main__':
    main()
