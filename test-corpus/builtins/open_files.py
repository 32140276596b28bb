# Checks open() for text files: write, read, readline(s), iteration, append, seek/tell basics, with-blocks; removes its file.
import os
path = "open_files_tmp.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth without newline"])
print("write returned", n, "closed after with:", f.closed)
with open(path) as f:
    content = f.read()
print(repr(content))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip("\n")))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(path, "w") as f:
    print("via print", 1, 2, file=f)
    print("unicode: é € 😀", file=f)
with open(path, encoding="utf-8") as f:
    print(f.read(5), "|", f.read(), end="")
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw))
f = open(path)
print(f.readable(), f.writable(), f.closed, f.name, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
with open(path, "w") as f:
    f.write("")
with open(path) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
os.remove(path)
try:
    open(path)
except FileNotFoundError:
    print("file removed")
