#!/usr/bin/env python3
"""Regenerate the expected outputs of the pyjit test corpus by running CPython 3.11.

Usage: python3 tools/corpus/regen.py [--check] [PATH ...]

PATH is a program (AREA/NAME.py) or a folder (an area, or the corpus itself); no PATH means
every program. Each program runs as `python3 NAME.py` in its own folder with a fixed, minimal
environment; its stdout goes to NAME.out, its stderr to NAME.err (only when non-empty) and its
exit status to NAME.exit (only when not 0). NAME.in, when present, is fed to stdin.
--check writes nothing and reports every program whose output differs from its files
(exit status 1 if any does), which also shows whether the programs are deterministic.
See test-corpus/README.md for the format.
"""
import os
import subprocess
import sys

CORPUS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "test-corpus")
TIMEOUT_SECONDS = 120


def require_cpython_311():
    """The expected files must come from CPython 3.11 and nothing else."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        sys.stderr.write("regen.py: refusing to run: this is %s %s, the corpus needs CPython 3.11\n"
                         % (sys.implementation.name, ".".join(map(str, sys.version_info[:3]))))
        sys.exit(2)


def is_program(path):
    """A program is AREA/NAME.py directly in an area folder, NAME not starting with '_'.

    Files whose name starts with '_' and everything in deeper folders are modules that
    programs import; they have no expected files of their own.
    """
    folder, name = os.path.split(path)
    return (name.endswith(".py") and not name.startswith("_")
            and os.path.dirname(folder) == CORPUS and os.path.isfile(path))


def all_programs(folder):
    """Every program under folder (the corpus root or one area), sorted."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        found.extend(os.path.join(root, f) for f in files if is_program(os.path.join(root, f)))
    return sorted(found)


def select(args):
    """Turns the command-line paths into a sorted list of programs; exits on a bad path."""
    if not args:
        return all_programs(CORPUS)
    chosen = set()
    for arg in args:
        path = os.path.abspath(arg)
        if os.path.isdir(path):
            chosen.update(all_programs(path))
        elif is_program(path):
            chosen.add(path)
        else:
            sys.stderr.write("regen.py: not a corpus program or folder: %s\n" % arg)
            sys.exit(2)
    return sorted(chosen)


def environment():
    """A fixed environment so that nothing of the caller's leaks into the output."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def normalize(data, folder):
    """CPython 3.11 prints the program's absolute path in tracebacks and syntax errors
    (`File "/…/area/NAME.py"`); the corpus keeps the path relative to the program's folder."""
    for prefix in {folder, os.path.realpath(folder)}:
        data = data.replace((prefix + os.sep).encode(), b"")
    return data


def snapshot(folder):
    """Every file under folder, to find files a program forgot to remove."""
    seen = set()
    for root, dirs, files in os.walk(folder):
        seen.update(os.path.join(root, name) for name in dirs + files)
    return seen


def run(program):
    """Runs one program the corpus way; returns (stdout, stderr, exit status, problems)."""
    folder, name = os.path.split(program)
    stdin_path = program[:-3] + ".in"
    stdin = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin = f.read()
    before = snapshot(folder)
    problems = []
    try:
        done = subprocess.run([sys.executable, name], cwd=folder, env=environment(),
                              input=stdin, capture_output=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None, None, None, ["timed out after %d s" % TIMEOUT_SECONDS]
    if done.returncode < 0:
        problems.append("killed by signal %d" % -done.returncode)
    left = sorted(os.path.relpath(p, folder) for p in snapshot(folder) - before)
    if left:
        problems.append("left files behind: " + ", ".join(left))
    return normalize(done.stdout, folder), normalize(done.stderr, folder), done.returncode, problems


def expected_files(out, err, status):
    """The files a result maps to: suffix -> bytes, or None when the file must not exist."""
    return {
        ".out": out,
        ".err": err if err else None,
        ".exit": ("%d\n" % status).encode() if status != 0 else None,
    }


def read_or_none(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read()


def main(argv):
    require_cpython_311()
    check = "--check" in argv
    programs = select([a for a in argv if a != "--check"])
    if not programs:
        sys.stderr.write("regen.py: no programs found\n")
        return 2
    counts = {"new": 0, "changed": 0, "unchanged": 0}
    per_area = {}
    failing_status = 0
    problems = []
    for program in programs:
        rel = os.path.relpath(program, CORPUS)
        area = rel.split(os.sep)[0]
        per_area[area] = per_area.get(area, 0) + 1
        out, err, status, trouble = run(program)
        problems.extend("%s: %s" % (rel, t) for t in trouble)
        if out is None:
            continue
        if status != 0:
            failing_status += 1
        base = program[:-3]
        wanted = expected_files(out, err, status)
        existing = {suffix: read_or_none(base + suffix) for suffix in wanted}
        if existing[".out"] is None:
            kind = "new"
        elif existing == wanted:
            kind = "unchanged"
        else:
            kind = "changed"
        counts[kind] += 1
        if kind != "unchanged":
            print("%-9s %s" % (kind, rel))
        if check:
            continue
        for suffix, data in wanted.items():
            if data is None:
                if os.path.exists(base + suffix):
                    os.remove(base + suffix)
            elif existing[suffix] != data:
                with open(base + suffix, "wb") as f:
                    f.write(data)
    print()
    print("areas: " + ", ".join("%s %d" % (a, n) for a, n in sorted(per_area.items())))
    print("%d programs (%s): %d new, %d changed, %d unchanged; %d exit with a non-zero status"
          % (len(programs), "checked, nothing written" if check else "expected files written",
             counts["new"], counts["changed"], counts["unchanged"], failing_status))
    for p in problems:
        print("PROBLEM " + p)
    if problems or (check and counts["new"] + counts["changed"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
