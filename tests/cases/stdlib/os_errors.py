# os: failing system calls raise the OSError subclass for the errno, with filenames.
import os, errno

for expr in ['os.stat("/nonexistent/x")', 'os.listdir("/nonexistent")', 'os.remove("/nonexistent")',
             'os.rename("/nonexistent", "/nonexistent2")', 'os.rmdir("/")', 'os.mkdir("/")',
             'os.chdir("/nonexistent")', 'os.stat("a\\0b")', 'os.fspath(5)', 'os.stat(5.5)', 'os.close(9999)',
             'os.read(9999, 1)', 'os.urandom(-1)', 'os.readlink("/")', 'os.open("/nonexistent", os.O_RDONLY)']:
    try:
        print(expr, "->", eval(expr))
    except OSError as e:
        print(expr, "!!", type(e).__name__, e, e.errno, errno.errorcode[e.errno], e.filename, e.filename2)
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
print(os.strerror(2), os.strerror(13), errno.ENOENT, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK)
print(isinstance(OSError(2, 'x'), FileNotFoundError), OSError(2, 'x', 'f'), OSError(13, 'y', 'f', None, 'g'))
