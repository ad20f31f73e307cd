# Types (not subclassable, not picklable), argument-count errors, parameters and
# bytes-like inputs.
from compression.zstd import *
import compression.zstd as z
def t(f):
    try:
        r = f(); s = repr(r); print('ok', (f'<{type(r).__name__} object>' if ' at 0x' in s else s)[:150])
    except Exception as e: print(type(e).__name__, e)
def sub(base):
    class S(base): pass
    return S
for b in (ZstdCompressor, ZstdDecompressor, ZstdDict):
    t(lambda: sub(b))
t(lambda: ZstdDecompressor(1, 2, 3))
t(lambda: ZstdDecompressor().decompress(data=compress(b'abc')))
t(lambda: ZstdDecompressor().decompress(compress(b'abc'), max_length=0))
t(lambda: ZstdCompressor().compress(data=b'abc', mode=2))
t(lambda: ZstdCompressor().FLUSH_FRAME)
t(lambda: ZstdCompressor().compress())
t(lambda: ZstdCompressor().flush(mode=1, x=2))
t(lambda: ZstdDict())
t(lambda: ZstdDict(b'12345678', is_raw=True, x=1))
t(lambda: z.zstd_version_info)
t(lambda: z.COMPRESSION_LEVEL_DEFAULT)
t(lambda: z.FrameInfo(1, 2))
fi = get_frame_info(compress(b'x'))
t(lambda: setattr(fi, 'decompressed_size', 5))
t(lambda: Strategy.btultra2 > Strategy.fast)
t(lambda: CompressionParameter.strategy.bounds())
t(lambda: compress(b'x' * 1000, options={CompressionParameter.strategy: Strategy.btultra2, CompressionParameter.window_log: 10}))
t(lambda: decompress(compress(b'x' * 1000, 22)))
t(lambda: decompress(compress(b'x' * 1000, -5)))
t(lambda: compress(bytearray(b'abc')))
t(lambda: compress(memoryview(b'abcdef')[1:4]))
t(lambda: decompress(bytearray(compress(b'abc'))))
d = ZstdDecompressor()
t(lambda: d.decompress(compress(b'abc') + compress(b'def')))
t(lambda: d.unused_data)
t(lambda: ZstdCompressor(level=True).compress(b'a', 2))
t(lambda: ZstdCompressor(options={}).compress(b'a', 2))
t(lambda: ZstdCompressor(options={CompressionParameter.nb_workers: 2, CompressionParameter.job_size: 1 << 20}).compress(b'abc' * 100000, 2)[:8])
t(lambda: __import__('copy').copy(ZstdCompressor()))
t(lambda: __import__('copy').deepcopy(ZstdDict(b'12345678', is_raw=True)))
print(ZstdCompressor.__name__, ZstdCompressor.__qualname__, ZstdCompressor.__module__, ZstdCompressor, ZstdDict)
