# Bad input: truncated and corrupt frames raise ZstdError (or EOFError from ZstdFile), and
# decompression bombs stay bounded by max_length and by the default window limit.
import io
from compression import zstd
import _zstd_data

FIX = 'stdlib/zstd_fixtures/'
text = _zstd_data.sample_text()


def show(f):
    try:
        r = f()
        print('ok', r if not isinstance(r, bytes) else (len(r), r[:20]))
    except Exception as e:
        print(type(e).__name__, e)


frame = zstd.compress(text, options={zstd.CompressionParameter.checksum_flag: 1})
for cut in (0, 3, 4, 10, len(frame) // 2, len(frame) - 1):
    show(lambda: zstd.decompress(frame[:cut]))
corrupt = bytearray(frame)
corrupt[len(corrupt) // 2] ^= 0xFF
show(lambda: zstd.decompress(bytes(corrupt)))
corrupt = bytearray(frame)
corrupt[-1] ^= 0x55  # the checksum
show(lambda: zstd.decompress(bytes(corrupt)))
corrupt = bytearray(frame)
corrupt[4] ^= 0xFF  # the frame header descriptor
show(lambda: zstd.decompress(bytes(corrupt)))
show(lambda: zstd.decompress(b'\x28\xb5\x2f\xfd'))
show(lambda: zstd.decompress(frame + b'\x00' * 3))
show(lambda: zstd.get_frame_size(frame[:-1]))
show(lambda: zstd.get_frame_info(b'\x28\xb5\x2f\xfd'))
with zstd.ZstdFile(io.BytesIO(frame[:-9])) as f:
    show(f.read)
with zstd.ZstdFile(io.BytesIO(b'\x01' * 50)) as f:
    show(f.read)
d = zstd.ZstdDecompressor()
show(lambda: d.decompress(frame[:100]))
show(lambda: d.decompress(b'\xff' * 100))


def rss_kb():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return 0


# 2 GiB of zeros in a 72 KB frame: read 64 MiB of it, 1 MiB at a time.
with open(FIX + 'bomb_zeros_2g.zst', 'rb') as f:
    bomb = f.read()
print('bomb', len(bomb), zstd.get_frame_info(bomb), zstd.get_frame_size(bomb) == len(bomb))
d = zstd.ZstdDecompressor()
before = rss_kb()
total = 0
chunk = d.decompress(bomb, 1 << 20)
sizes = set()
for _ in range(64):
    sizes.add(len(chunk))
    total += len(chunk)
    if chunk.count(0) != len(chunk):
        print('not zeros')
    chunk = d.decompress(b'', 1 << 20)
print('read', total, 'in chunks of', sorted(sizes), 'eof', d.eof, 'needs_input', d.needs_input)
print('memory stayed bounded:', rss_kb() - before < 48 * 1024)

# A frame whose window (2 GiB) is beyond the default decoder limit (128 MiB): refused up
# front, one-shot or incremental; allowed with an explicit window_log_max.
with open(FIX + 'bomb_window31.zst', 'rb') as f:
    wide = f.read()
print('window bomb', len(wide), zstd.get_frame_info(wide))
show(lambda: zstd.decompress(wide))
show(lambda: zstd.ZstdDecompressor().decompress(wide, 100))
d = zstd.ZstdDecompressor(options={zstd.DecompressionParameter.window_log_max: 31})
got = d.decompress(wide, 1 << 16)
print('with window_log_max=31:', len(got), got.count(0) == len(got), d.needs_input, d.eof)
