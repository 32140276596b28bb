# os and os.path in a scratch directory: mkdir/makedirs, open/write through os and open(), stat, listdir, scandir, rename, remove, errors.
import os
import os.path
import stat

base = "os_files_tmp"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

os.mkdir(base)
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(os.path.join(base, "a", "b", "c")))

p = os.path.join(base, "data.txt")
with open(p, "w") as f:
    f.write("hello\nworld\n")
st = os.stat(p)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), type(st.st_mtime).__name__, st[6])
print(stat.S_ISDIR(os.stat(base).st_mode), os.path.getsize(p))

fd = os.open(os.path.join(base, "raw.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"abc"), os.write(fd, b"defgh"))
print(os.fstat(fd).st_size)
os.close(fd)
fd = os.open(os.path.join(base, "raw.bin"), os.O_RDONLY)
print(os.read(fd, 4), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
os.lseek(fd, 1, os.SEEK_SET)
with open(fd, "rb") as f:
    print(f.read())
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e.errno)

print(sorted(os.listdir(base)))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(base, e.name))
print(repr(entries[0]).startswith("<DirEntry "))

os.rename(p, os.path.join(base, "renamed.txt"))
os.replace(os.path.join(base, "raw.bin"), os.path.join(base, "renamed.txt"))
with open(os.path.join(base, "renamed.txt"), "rb") as f:
    print(f.read())

for bad in [lambda: os.stat("no_such_file_here"), lambda: os.rmdir(os.path.join(base, "renamed.txt")),
            lambda: os.remove(os.path.join(base, "a")), lambda: os.mkdir(base), lambda: os.listdir("no_such_dir"),
            lambda: os.rename("no_such_a", "no_such_b"), lambda: os.rmdir(os.path.join(base, "a"))]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, "|", e)

print(os.path.join("a", "b", "c.txt"), os.path.split("/x/y/z.py"), os.path.splitext("archive.tar.gz"))
print(os.path.basename("/usr/lib/x.so"), os.path.dirname("/usr/lib/x.so"), os.path.normpath("a//b/../c/./d"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.abspath(base) == os.path.join(os.getcwd(), base))
print(os.path.relpath("/a/b/c", "/a"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]))
print(os.fspath(base), os.sep, os.pathsep, os.curdir, os.pardir, os.linesep == "\n", os.name, os.devnull)

cwd = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()) == base, sorted(os.listdir()))
with open("inside.txt", "w") as f:
    f.write("x")
os.chdir(cwd)
print(os.path.exists(os.path.join(base, "inside.txt")))

walked = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    walked.append((os.path.relpath(root, base), sorted(files)))
print(walked)

os.environ["PYJIT_TEST_VAR"] = "value"
print(os.environ["PYJIT_TEST_VAR"], os.getenv("PYJIT_TEST_VAR"), "PYJIT_TEST_VAR" in os.environ, os.environ.get("NOPE_X", "dflt"))
del os.environ["PYJIT_TEST_VAR"]
print(os.getenv("PYJIT_TEST_VAR"), type(os.environ).__name__, os.environb.get(b"NOPE_X"))
print(os.getpid() > 0, len(os.urandom(8)), os.strerror(2), os.cpu_count() > 0, isinstance(os.times().user, float))
print(os.access(base, os.R_OK | os.W_OK), os.access("no_such_file_here", os.F_OK))
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.S_IMODE(0o100644))

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.unlink(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
