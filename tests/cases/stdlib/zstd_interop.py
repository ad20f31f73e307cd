# Interoperability: frames made by the zstd command-line tool and by CPython 3.14
# (zstd_fixtures/, see make_fixtures.sh) decompress to the original data, and what ophis
# compresses is byte-identical to the committed ophis-made fixtures that the tool and
# CPython verified (zstd_fixtures/ophis_made_verdicts.txt).
import io
from compression import zstd
import _zstd_data

FIX = 'stdlib/zstd_fixtures/'
text = _zstd_data.sample_text()
samples = _zstd_data.samples()


def load(name):
    with open(FIX + name, 'rb') as f:
        return f.read()


print(len(text), len(samples))
for name in ['cli_level3.zst', 'cli_level19_check.zst', 'cli_fast5.zst',
             'cpython_level3.zst', 'cpython_checksum.zst', 'cpython_stream.zst']:
    frame = load(name)
    info = zstd.get_frame_info(frame)
    print(name, zstd.decompress(frame) == text, info, zstd.get_frame_size(frame) == len(frame))
    # Incrementally, in small input pieces with a small output limit.
    d = zstd.ZstdDecompressor()
    out = []
    for i in range(0, len(frame), 777):
        out.append(d.decompress(frame[i:i + 777], 4096))
        while not d.needs_input and not d.eof:
            out.append(d.decompress(b'', 4096))
    print('  incremental', b''.join(out) == text, d.eof, d.unused_data)

two = load('cli_two_frames.zst')
print('two frames', zstd.decompress(two) == text[:1000] + text[-1000:])
first = zstd.get_frame_size(two)
print('  first frame size', first, zstd.get_frame_info(two[first:]))
with zstd.ZstdFile(io.BytesIO(two)) as f:
    print('  ZstdFile', f.read() == text[:1000] + text[-1000:])

cli_dict = zstd.ZstdDict(load('cli.dict'))
print('cli dict', cli_dict.dict_id, len(cli_dict))
frame = load('cli_dict_sample7.zst')
print('  frame', zstd.get_frame_info(frame))
print('  decompress', zstd.decompress(frame, zstd_dict=cli_dict) == samples[7])
for how in ('as_digested_dict', 'as_undigested_dict'):
    print('  ', how, zstd.decompress(frame, zstd_dict=getattr(cli_dict, how)) == samples[7])
try:
    zstd.decompress(frame)
except zstd.ZstdError as e:
    print('  without the dictionary:', e)

py_dict = zstd.ZstdDict(load('cpython.dict'))
frame = load('cpython_dict_sample9.zst')
print('cpython dict', py_dict.dict_id, zstd.get_frame_info(frame),
      zstd.decompress(frame, zstd_dict=py_dict) == samples[9])
# Training on the same samples gives the same dictionary as CPython's.
print('trained here == cpython.dict', zstd.train_dict(samples, 2048).dict_content == py_dict.dict_content)

# What ophis writes: identical to the fixtures the tool and CPython checked.
P = zstd.CompressionParameter
made = zstd.compress(text, options={P.compression_level: 7, P.checksum_flag: 1})
print('ophis level 7 + checksum == fixture', made == load('ophis_level7_check.zst'))
made = zstd.compress(samples[3], zstd_dict=cli_dict)
print('ophis with cli.dict == fixture', made == load('ophis_cli_dict_sample3.zst'))
with open(FIX + 'ophis_made_verdicts.txt') as f:
    print(f.read().strip())
# And what the tool wrote compresses back identically here.
print('cpython_level3 reproduced', zstd.compress(text) == load('cpython_level3.zst'))
