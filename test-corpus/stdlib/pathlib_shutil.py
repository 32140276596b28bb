# pathlib and shutil in a temporary directory: paths, mkdir/touch/write/read, glob, iterdir, stat, rename, copy, copytree, move, rmtree.
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

p = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parents[2], p.parts[:3], p.anchor, p.is_absolute())
print(PurePosixPath("a/b") / "c" / "d.txt", PurePosixPath("a/b/c.tar.gz").with_suffix(".zip"), PurePosixPath("x/y.py").with_name("z.py"))
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("a/../b").as_posix(), PurePosixPath("a", "b", "c").joinpath("d"))
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b").match("/a/*"), PurePosixPath("A") == PurePosixPath("A"), sorted([PurePosixPath("b"), PurePosixPath("a")]))

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg" / "mod.py").write_text("print('hi')\n")
    (root / "src" / "data.bin").write_bytes(b"\x00\x01\x02")
    (root / "src" / "notes.txt").touch()
    print(sorted(x.name for x in (root / "src").iterdir()), (root / "src" / "pkg").is_dir(), (root / "src" / "data.bin").is_file())
    print(sorted(str(x.relative_to(root)) for x in root.glob("src/*.txt")), sorted(str(x.relative_to(root)) for x in root.rglob("*.py")))
    print((root / "src" / "pkg" / "mod.py").read_text(), (root / "src" / "data.bin").read_bytes(), (root / "src" / "data.bin").stat().st_size)
    print((root / "nope").exists(), (root / "src").exists(), Path(tmp).resolve() == root.resolve(), (root / "src").is_absolute())
    renamed = (root / "src" / "notes.txt").rename(root / "src" / "readme.txt")
    print(renamed.name, renamed.exists(), (root / "src" / "notes.txt").exists())
    with (root / "src" / "readme.txt").open("a") as f:
        f.write("appended")
    print((root / "src" / "readme.txt").read_text())
    shutil.copy(root / "src" / "data.bin", root / "copy.bin")
    shutil.copy2(root / "src" / "readme.txt", root / "readme2.txt")
    shutil.copytree(root / "src", root / "dst")
    print(sorted(str(x.relative_to(root / "dst")) for x in (root / "dst").rglob("*")))
    shutil.move(str(root / "copy.bin"), str(root / "dst" / "moved.bin"))
    print((root / "copy.bin").exists(), (root / "dst" / "moved.bin").read_bytes())
    shutil.rmtree(root / "dst")
    print((root / "dst").exists(), sorted(os.listdir(root)))
    print(shutil.which("definitely-not-a-command-xyz"), shutil.disk_usage(tmp).total > 0)
    (root / "src" / "readme.txt").unlink()
    (root / "src" / "pkg" / "mod.py").unlink()
    (root / "src" / "pkg").rmdir()
    print(sorted(x.name for x in (root / "src").iterdir()))
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
print(Path("relative/x.txt").parts, Path.cwd() == Path(os.getcwd()), Path("~").expanduser() == Path(os.path.expanduser("~")))
