"""Runs CPython's own regression tests (the `test` package of a CPython 3.11 installation)
under pyjit, one module at a time with `-m unittest` and a timeout, and prints a table
module -> ran / passed / failed / errors / skipped. A module that crashes or times out counts
as one error, with its first error line. Used by `make test-cpython`; runs on the host python3.

    python3 run_cpython_tests.py [--interpreter CMD] [--testdir DIR] [--timeout S] [MODULE ...]
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import time

RAN = re.compile(r"^Ran (\d+) tests? in ([\d.]+)s$", re.M)
# unittest's last line: "OK", "OK (skipped=2)", "FAILED (failures=1, errors=2, skipped=3)"
VERDICT = re.compile(r"^(OK|FAILED)(?: \((.*)\))?\s*$", re.M)
ERROR_LINE = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)\b.*)$", re.M)


def parse_summary(output):
    """The counts in a unittest run's output, or None when it printed no summary (a crash).

    Returns a dict with ran, passed, failed, errors, skipped, verdict. Expected failures count
    as passed; unexpected successes as failed (unittest reports both as such).
    """
    ran = RAN.findall(output)
    verdicts = VERDICT.findall(output)
    if not ran or not verdicts:
        return None
    total = int(ran[-1][0])
    verdict, details = verdicts[-1]
    counts = {}
    for part in filter(None, (p.strip() for p in details.split(","))):
        key, _, value = part.partition("=")
        counts[key.strip()] = int(value)
    failed = counts.get("failures", 0) + counts.get("unexpected successes", 0)
    errors = counts.get("errors", 0)
    skipped = counts.get("skipped", 0)
    return {"ran": total, "passed": total - failed - errors - skipped, "failed": failed,
            "errors": errors, "skipped": skipped, "verdict": verdict}


def first_error_line(output):
    """The first line that names an exception, else the last non-empty line."""
    m = ERROR_LINE.search(output)
    if m:
        return m.group(1).strip()
    lines = [line for line in output.splitlines() if line.strip()]
    return lines[-1].strip() if lines else "(no output)"


def crashed(note):
    return {"ran": 0, "passed": 0, "failed": 0, "errors": 1, "skipped": 0, "verdict": "CRASH", "note": note}


def run_module(command, module, timeout, cwd):
    started = time.monotonic()
    try:
        proc = subprocess.run(command + ["-m", "unittest", "test." + module], cwd=cwd, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        output = proc.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        result = crashed("timeout after %ds" % timeout)
    else:
        result = parse_summary(output)
        if result is None:
            result = crashed(first_error_line(output))
        elif result["ran"] <= 1 and result["errors"] and "Failed to import test module" in output:
            result = crashed("import failed: " + first_error_line(output.split("Failed to import test module", 1)[1]))
        else:
            result["note"] = "" if result["verdict"] == "OK" else first_error_line(output)
    result["seconds"] = time.monotonic() - started
    return result


def format_table(rows):
    """rows: (module, result) pairs -> the table as text, totals last."""
    header = ("module", "ran", "passed", "failed", "errors", "skipped", "time", "note")
    lines = [header]
    totals = dict.fromkeys(("ran", "passed", "failed", "errors", "skipped"), 0)
    for module, r in rows:
        for k in totals:
            totals[k] += r[k]
        note = r.get("note", "")
        lines.append((module, r["ran"], r["passed"], r["failed"], r["errors"], r["skipped"], "%.1fs" % r["seconds"],
                      note if len(note) <= 70 else note[:67] + "..."))
    lines.append(("TOTAL", totals["ran"], totals["passed"], totals["failed"], totals["errors"], totals["skipped"], "", ""))
    widths = [max(len(str(row[i])) for row in lines) for i in range(len(header))]
    out = []
    for n, row in enumerate(lines):
        cells = [str(c).ljust(widths[i]) if i in (0, 7) else str(c).rjust(widths[i]) for i, c in enumerate(row)]
        out.append("  ".join(cells).rstrip())
        if n == 0 or n == len(lines) - 2:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def read_modules(path):
    with open(path) as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--interpreter", default=os.path.join(here, "..", "..", "bin", "pyjit"),
                   help="command that runs Python (default: bin/pyjit; 'python3' checks the harness itself)")
    p.add_argument("--testdir", help="the CPython 'test' package directory (default: <stdlib>/test)")
    p.add_argument("--stdlib", help="CPython 3.11's library directory (holds os.py and test/)")
    p.add_argument("--timeout", type=int, default=300, help="seconds per module (default 300)")
    p.add_argument("modules", nargs="*", help="test modules (default: modules.txt)")
    args = p.parse_args(argv)
    testdir = args.testdir or os.path.join(args.stdlib or "/usr/lib/python3.11", "test")
    if not os.path.isfile(os.path.join(testdir, "test_bisect.py")):
        print("CPython's regression tests were not found in %s.\n"
              "Install them (Debian/Ubuntu: apt-get install libpython3.11-testsuite), or point --testdir "
              "(make: CPYTHON_TESTDIR=...) at the 'test' directory of any CPython 3.11." % testdir)
        return 2
    modules = args.modules or read_modules(os.path.join(here, "modules.txt"))
    command = shlex.split(args.interpreter)
    if os.sep in command[0]:
        command[0] = os.path.abspath(command[0])  # the tests run in a scratch directory
    env_stdlib = os.path.dirname(os.path.abspath(testdir))
    os.environ.setdefault("PYJIT_STDLIB", env_stdlib)
    rows = []
    workdir = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pyjit-cpython-tests-%d" % os.getpid())
    os.makedirs(workdir, exist_ok=True)
    for module in modules:
        if not os.path.exists(os.path.join(testdir, module + ".py")) and not os.path.isdir(os.path.join(testdir, module)):
            r = crashed("not in " + testdir)
            r["seconds"] = 0.0
        else:
            print("running %s ..." % module, file=sys.stderr, flush=True)
            r = run_module(command, module, args.timeout, workdir)
        rows.append((module, r))
    print(format_table(rows))
    return 0 if all(r["verdict"] == "OK" for _, r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
