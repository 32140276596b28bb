# tempfile and os in a temporary directory: TemporaryDirectory, mkstemp/mkdtemp, NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile.
import os
import tempfile

with tempfile.TemporaryDirectory(prefix="pyjit-") as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("pyjit-"))
    fd, path = tempfile.mkstemp(suffix=".txt", dir=d)
    os.write(fd, b"written through os")
    os.close(fd)
    with open(path) as f:
        print(f.read(), path.endswith(".txt"), os.path.dirname(path) == d)
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), sorted(os.path.basename(p) == os.path.basename(sub) for p in os.listdir(d)))
    with tempfile.NamedTemporaryFile("w+", dir=d, delete=True, suffix=".log") as nf:
        nf.write("line 1\nline 2\n")
        nf.flush()
        nf.seek(0)
        print(nf.readlines(), os.path.exists(nf.name), nf.name.endswith(".log"))
    print(os.path.exists(nf.name))
    with tempfile.TemporaryFile(dir=d) as tf:
        tf.write(b"binary data")
        tf.seek(0)
        print(tf.read(), tf.mode)
    with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as sp:
        sp.write("short")
        print(sp._rolled, end=" ")
        sp.write(" and now long enough")
        sp.seek(0)
        print(sp._rolled, sp.read())
    saved = d
print(os.path.exists(saved), tempfile.gettempdir() == tempfile.gettempdir(), isinstance(tempfile.gettempprefix(), str))
