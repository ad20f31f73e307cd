"""compression.zstd throughput: one-shot compress/decompress and streaming (ZstdCompressor /
ZstdDecompressor with 64 KiB pieces), medians of several runs, printed as MB/s.

Run with any interpreter: `ophis bench.py` or `cpython3.14 bench.py`; compare.sh runs both.
"""

import sys
import time
from compression import zstd

RUNS = 7


def make_text(size):
    words = [b'alpha', b'beta', b'gamma', b'delta', b'epsilon', b'zeta', b'eta', b'theta',
             b'iota', b'kappa', b'lambda', b'mu', b'nu', b'xi', b'omicron', b'pi']
    parts, total, x, i = [], 0, 12345, 0
    while total < size:
        x = (x * 1103515245 + 12345) % 2**31
        line = b'%05d %s %d\n' % (i, b' '.join(words[(x >> (3 * k)) % 16] for k in range(3 + x % 7)), x)
        parts.append(line)
        total += len(line)
        i += 1
    return b''.join(parts)[:size]


def make_noisy(size):
    # Poorly compressible bytes from a linear congruential generator.
    out = bytearray(size)
    x = 987654321
    for i in range(size):
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        out[i] = x >> 56
    return bytes(out)


def median_seconds(f):
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    times.sort()
    return times[len(times) // 2]


def streaming_compress(data, level):
    c = zstd.ZstdCompressor(level=level)
    out = [c.compress(data[i:i + 65536]) for i in range(0, len(data), 65536)]
    out.append(c.flush())
    return b''.join(out)


def streaming_decompress(frame):
    d = zstd.ZstdDecompressor()
    out = []
    for i in range(0, len(frame), 65536):
        out.append(d.decompress(frame[i:i + 65536]))
    return b''.join(out)


def main():
    datasets = [('text 8 MiB', make_text(8 << 20)), ('noisy 1 MiB', make_noisy(1 << 20))]
    print(f'{"data":12} {"level":>5} {"ratio":>6} {"compress":>9} {"decompress":>10} {"stream c":>9} {"stream d":>9}  (MB/s)')
    for name, data in datasets:
        for level in (1, 3, 9, 19):
            if level == 19 and len(data) > (2 << 20):
                data_l = data[:2 << 20]
            else:
                data_l = data
            mb = len(data_l) / 1e6
            frame = zstd.compress(data_l, level)
            assert zstd.decompress(frame) == data_l
            c = median_seconds(lambda: zstd.compress(data_l, level))
            d = median_seconds(lambda: zstd.decompress(frame))
            sc = median_seconds(lambda: streaming_compress(data_l, level))
            sd = median_seconds(lambda: streaming_decompress(frame))
            label = name if level != 19 or data_l is data else name.split()[0] + ' 2 MiB'
            print(f'{label:12} {level:5d} {len(data_l) / len(frame):6.2f} {mb / c:9.1f} {mb / d:10.1f} {mb / sc:9.1f} {mb / sd:9.1f}')
            sys.stdout.flush()


main()
