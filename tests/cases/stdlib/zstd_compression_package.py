# The `compression` package (PEP 784): compression.zstd and the re-exports of zlib and gzip.
import compression
import compression.zstd
import compression.zlib
import compression.gzip
import zlib
import gzip

print(compression.__name__, compression.zstd.__name__)
print(compression.zlib.compress is zlib.compress, compression.zlib.decompress is zlib.decompress)
print(compression.zlib.__doc__ == zlib.__doc__)
print(compression.gzip.open is gzip.open, compression.gzip.GzipFile is gzip.GzipFile)
data = b'compression package ' * 50
print(compression.zlib.decompress(compression.zlib.compress(data)) == data)
print(compression.gzip.decompress(compression.gzip.compress(data)) == data)
print(sorted(compression.zstd.__all__))
