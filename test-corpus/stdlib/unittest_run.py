# unittest: a TestCase run by a TextTestRunner writing to a stream, with failures, errors, skips and subtests
import io
import unittest

class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.values = [3, 1, 2]

    def test_sort(self):
        self.assertEqual(sorted(self.values), [1, 2, 3])

    def test_fails(self):
        self.assertEqual(sum(self.values), 7, "sum is off")

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_containers(self):
        self.assertIn(2, self.values)
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arithmetic)
out = io.StringIO()
result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
text = out.getvalue()
lines = [l for l in text.splitlines() if not l.startswith("Ran ") and 'File "' not in l]
print("\n".join(lines))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())
