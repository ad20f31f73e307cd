# os: files, directories, stat, links, scandir and walk in a scratch directory.
import os, stat

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_os_files_scratch')

def clean():
    if not os.path.lexists(base):
        return
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            p = os.path.join(root, name)
            os.unlink(p) if os.path.islink(p) else os.rmdir(p)
    os.rmdir(base)

clean()
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b', 'c'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, os.path.basename(e.filename))
f = os.path.join(base, 'a', 'f.txt')
fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world'))
os.close(fd)
fd = os.open(f, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 2))
os.close(fd)
st = os.stat(f)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st[6], len(st), type(st.st_mtime), type(st.st_mtime_ns))
os.chmod(f, 0o640)
print(stat.filemode(os.stat(f).st_mode), stat.S_IMODE(os.stat(f).st_mode) == 0o640)
print(sorted(os.listdir(os.path.join(base, 'a'))), sorted(os.listdir(os.fsencode(os.path.join(base, 'a')))))
link = os.path.join(base, 'a', 'link')
os.symlink(f, link)
print(os.readlink(link) == f, os.path.islink(link), os.path.isfile(link), stat.S_ISLNK(os.lstat(link).st_mode))
print(os.path.realpath(link) == f, os.path.getsize(f), os.path.samefile(link, f), os.path.exists(base + '/nope'))
os.rename(f, f + '.2')
os.replace(f + '.2', f)
os.utime(f, (1_000_000_000, 1_000_000_000.5))
print(os.stat(f).st_mtime, os.stat(f).st_atime_ns, os.path.getmtime(f))
print(os.access(f, os.R_OK), os.access(base + '/nope', os.F_OK))
with os.scandir(os.path.join(base, 'a')) as entries:
    for e in sorted(entries, key=lambda e: e.name):
        print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), os.path.relpath(e.path, base), repr(e))
for root, dirs, files in os.walk(base):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
r, w = os.pipe()
os.write(w, b'through a pipe')
os.close(w)
print(os.read(r, 100), os.isatty(r))
os.close(r)
clean()
print(os.path.exists(base))
