#!/bin/sh
# Regenerates the zstd interoperability fixtures (run by hand from this directory; needs the
# `zstd` command-line tool, the reference CPython 3.14 and a built ophis). CI only reads the
# committed results.
#   REF=/path/to/cpython3.14 OPHIS=/path/to/ophis sh make_fixtures.sh
set -eu
REF=${REF:-/work/shared/tools/cpython314}
OPHIS=${OPHIS:-ophis}
cd "$(dirname "$0")"
data() { "$REF" -c 'import sys; sys.path.insert(0, ".."); import _zstd_data, sys; sys.stdout.buffer.write(_zstd_data.sample_text())'; }
zstd --version > tool_version.txt

# Made by the zstd tool.
data | zstd -q -3 -c > cli_level3.zst
data | zstd -q -19 --check -c > cli_level19_check.zst
data | zstd -q --no-check --fast=5 -c > cli_fast5.zst
{ data | head -c 1000 | zstd -q -c; data | tail -c 1000 | zstd -q -c; } > cli_two_frames.zst
rm -rf train && mkdir train
"$REF" -c 'import sys; sys.path.insert(0, ".."); import _zstd_data
for i, s in enumerate(_zstd_data.samples()):
    open(f"train/{i:03d}", "wb").write(s)'
zstd -q --train train/* --maxdict=2048 -o cli.dict
zstd -q -D cli.dict -c train/007 > cli_dict_sample7.zst
rm -rf train

# Made by CPython 3.14's compression.zstd.
"$REF" - <<'PY'
import sys
sys.path.insert(0, '..')
import _zstd_data
from compression import zstd
text = _zstd_data.sample_text()
open('cpython_level3.zst', 'wb').write(zstd.compress(text))
open('cpython_checksum.zst', 'wb').write(zstd.compress(text, options={zstd.CompressionParameter.checksum_flag: 1, zstd.CompressionParameter.compression_level: 9}))
c = zstd.ZstdCompressor(level=5)
open('cpython_stream.zst', 'wb').write(c.compress(text[:30000]) + c.flush(c.FLUSH_BLOCK) + c.compress(text[30000:]) + c.flush())
d = zstd.train_dict(_zstd_data.samples(), 2048)
open('cpython.dict', 'wb').write(d.dict_content)
open('cpython_dict_sample9.zst', 'wb').write(zstd.compress(_zstd_data.samples()[9], zstd_dict=d))
PY

# Made by ophis, checked here by the tool and by CPython (their verdicts are committed).
"$OPHIS" - <<'PY'
import sys
sys.path.insert(0, '..')
import _zstd_data
from compression import zstd
text = _zstd_data.sample_text()
open('ophis_level7_check.zst', 'wb').write(zstd.compress(text, options={zstd.CompressionParameter.compression_level: 7, zstd.CompressionParameter.checksum_flag: 1}))
d = zstd.ZstdDict(open('cli.dict', 'rb').read())
open('ophis_cli_dict_sample3.zst', 'wb').write(zstd.compress(_zstd_data.samples()[3], zstd_dict=d))
PY
{
  echo "zstd -t ophis_level7_check.zst: $(zstd -q -t ophis_level7_check.zst && echo ok)"
  echo "zstd -d ophis_level7_check.zst | sha256: $(zstd -q -d -c ophis_level7_check.zst | sha256sum | cut -d' ' -f1)"
  echo "zstd -D cli.dict -d ophis_cli_dict_sample3.zst: $(zstd -q -D cli.dict -d -c ophis_cli_dict_sample3.zst)"
  "$REF" -c 'import sys, hashlib; sys.path.insert(0, ".."); import _zstd_data; from compression import zstd
print("cpython decompress ophis_level7_check.zst == text:", zstd.decompress(open("ophis_level7_check.zst","rb").read()) == _zstd_data.sample_text())
print("cpython sha256 of text:", hashlib.sha256(_zstd_data.sample_text()).hexdigest())'
} > ophis_made_verdicts.txt

# Decompression bombs: 2 GiB of zeros in a small frame (content size unknown, window 8 MiB),
# and 1 GiB of zeros in a frame whose window (2 GiB) is beyond the default decoder limit.
head -c 2147483648 /dev/zero | zstd -q -1 -c > bomb_zeros_2g.zst
head -c 1073741824 /dev/zero | zstd -q -1 --long=31 -c > bomb_window31.zst
ls -l
