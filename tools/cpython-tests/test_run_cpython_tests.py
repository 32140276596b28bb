"""Tests of the harness's parsing and table (python3 -m unittest, in this directory)."""
import unittest

import run_cpython_tests as r


class ParseSummaryTest(unittest.TestCase):
    def test_ok(self):
        out = "....\n----------------------------------------------------------------------\nRan 42 tests in 0.026s\n\nOK\n"
        self.assertEqual(r.parse_summary(out), {"ran": 42, "passed": 42, "failed": 0, "errors": 0, "skipped": 0,
                                                "verdict": "OK"})

    def test_ok_with_skips_and_expected_failures(self):
        s = r.parse_summary("Ran 168 tests in 3.735s\n\nOK (skipped=1, expected failures=2)\n")
        self.assertEqual((s["passed"], s["skipped"], s["verdict"]), (167, 1, "OK"))

    def test_failed(self):
        s = r.parse_summary("FAIL: test_x\nRan 10 tests in 1.0s\n\nFAILED (failures=2, errors=3, skipped=1)\n")
        self.assertEqual((s["ran"], s["passed"], s["failed"], s["errors"], s["skipped"]), (10, 4, 2, 3, 1))

    def test_unexpected_success_counts_as_failure(self):
        s = r.parse_summary("Ran 3 tests in 0.1s\n\nFAILED (unexpected successes=1)\n")
        self.assertEqual((s["passed"], s["failed"]), (2, 1))

    def test_one_test(self):
        self.assertEqual(r.parse_summary("Ran 1 test in 0.001s\n\nFAILED (errors=1)\n")["errors"], 1)

    def test_crash_has_no_summary(self):
        self.assertIsNone(r.parse_summary("Traceback (most recent call last):\n  File ...\nSyntaxError: bad\n"))


class FirstErrorLineTest(unittest.TestCase):
    def test_names_the_exception(self):
        out = "Traceback (most recent call last):\n  File \"x\", line 1\nzlib.error: Error -3 while decompressing\n"
        self.assertEqual(r.first_error_line(out), "zlib.error: Error -3 while decompressing")

    def test_falls_back_to_last_line(self):
        self.assertEqual(r.first_error_line("something\nKilled\n\n"), "Killed")


class TableTest(unittest.TestCase):
    def test_rows_and_totals(self):
        rows = [("test_a", {"ran": 3, "passed": 2, "failed": 1, "errors": 0, "skipped": 0, "seconds": 1.0, "note": "AssertionError: x"}),
                ("test_b", dict(r.crashed("SyntaxError: no"), seconds=0.5))]
        lines = r.format_table(rows).splitlines()
        self.assertTrue(lines[0].startswith("module"))
        self.assertIn("AssertionError: x", lines[2])
        self.assertTrue(lines[3].startswith("test_b") and lines[3].endswith("SyntaxError: no"))
        self.assertEqual(lines[-1].split(), ["TOTAL", "3", "2", "1", "1", "0"])


if __name__ == "__main__":
    unittest.main()
