# Checks sys.stdout/sys.stderr usage: write, print(file=...), interleaving goes to separate expected files.
import sys
print("stdout 1")
print("stderr 1", file=sys.stderr)
sys.stdout.write("stdout 2\n")
sys.stderr.write("stderr 2\n")
for i in range(3):
    stream = sys.stdout if i % 2 == 0 else sys.stderr
    print("line", i, "to", "stdout" if stream is sys.stdout else "stderr", file=stream)
print("unicode to stderr: é € 😀", file=sys.stderr)
print("unicode to stdout: é € 😀")
sys.stdout.write("no newline at end of a write")
sys.stdout.write(" -- continued\n")
print(sys.stdout.writable(), sys.stderr.writable(), sys.stdout.encoding.lower().replace("-", ""))
sys.stdout.writelines(["a\n", "b\n"])
print(file=sys.stderr)
print("done")
lines = ["alpha", "beta", "gamma"]
for i, line in enumerate(lines):
    sys.stdout.write(f"{i}: {line}\n")
    if i == 1:
        sys.stderr.write(f"warning at line {i}\n")
print("after loop", len(lines))
