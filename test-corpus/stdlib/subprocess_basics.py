# subprocess on CPython's own subprocess.py: run/check_output/Popen with pipes, files, DEVNULL, STDOUT, cwd, env, errors, timeouts, signals, waitpid
import os
import select
import signal
import subprocess
import sys
import tempfile

r = subprocess.run(["/bin/echo", "hello", "world"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode, r.args)
print(subprocess.check_output(["/bin/cat"], input=b"abc\n"))
print(subprocess.check_output(["/bin/cat"], input="text in\n", text=True), end="")
print(subprocess.run(["sh", "-c", "exit 3"]).returncode)
print(subprocess.call(["sh", "-c", "exit 5"]))

try:
    subprocess.run(["sh", "-c", "echo oops >&2; exit 2"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode, e.stderr)
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 1"])
except subprocess.CalledProcessError as e:
    print("output kept:", e.output)

try:
    subprocess.run(["nosuchprog"])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(["/bin/echo"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)

try:
    subprocess.run(["/bin/sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd)
try:
    subprocess.run(["/bin/sleep", "5"], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired with pipes:", e.cmd, e.output)

p = subprocess.Popen(["/bin/sleep", "5"])
print("poll while running:", p.poll())
p.terminate()
print("terminate:", p.wait())
p = subprocess.Popen(["/bin/sleep", "5"])
p.kill()
print("kill:", p.wait(), p.returncode)
p = subprocess.Popen(["/bin/sleep", "5"])
os.kill(p.pid, signal.SIGUSR1)
print("os.kill SIGUSR1:", p.wait())

print(subprocess.run("echo $((1+2)) >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("exit 7"))

with tempfile.TemporaryDirectory() as d:
    for name in ("b.txt", "a.txt"):
        open(os.path.join(d, name), "w").close()
    print(subprocess.run(["ls"], cwd=d, capture_output=True, text=True).stdout.split())
    out = os.path.join(d, "out.txt")
    with open(out, "w") as f:
        f.write("first\n")
        f.flush()
        subprocess.run(["/bin/echo", "child"], stdout=f)
        f.write("last\n")
    print(open(out).read(), end="")
    with open(out) as f:
        print(subprocess.run(["/bin/cat"], stdin=f, capture_output=True).stdout)

print(subprocess.run(["sh", "-c", "echo $FOO-$BAR"], env={"FOO": "foo", "BAR": "bar"}, capture_output=True, text=True).stdout, end="")
os.environ["PYJIT_SUBPROCESS_TEST"] = "inherited"
print(subprocess.check_output(["sh", "-c", "echo $PYJIT_SUBPROCESS_TEST"], text=True), end="")

p = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
out, err = p.communicate(input=b"x" * 200000)
print(len(out), err, p.returncode)
p = subprocess.Popen(["sh", "-c", "cat; echo done >&2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
print(p.communicate("line 1\nline 2\n"))
p = subprocess.Popen(["/bin/echo", "streamed"], stdout=subprocess.PIPE)
print(p.stdout.read(), p.wait())
p.stdout.close()
with subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b"42\n")
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)

print(subprocess.run(["/bin/echo", "to devnull"], stdout=subprocess.DEVNULL).returncode)

r, w = os.pipe()
os.write(w, b"through a pipe")
print(select.select([r], [], [], 0)[0] == [r])
print(os.read(r, 100))
print(select.select([r], [], [], 0.05))
os.close(w)
print(os.read(r, 100))
os.close(r)

pid = subprocess.Popen(["sh", "-c", "exit 9"]).pid
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))
pid = subprocess.Popen(["/bin/sleep", "5"]).pid
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, signal.SIGTERM)
wpid, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)

sys.stdout.flush()
subprocess.run(["/bin/echo", "inherited stdout"])
subprocess.run(["sh", "-c", "echo inherited stderr >&2"])
print("end")
