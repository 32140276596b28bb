package org.pyjit.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyjit.runtime.testutil.Py.list;
import static org.pyjit.runtime.testutil.Py.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.Batch;
import org.pyjit.runtime.testutil.CPython;
import org.pyjit.runtime.testutil.Py;

/** The time module against CPython's (CPython runs with the JVM's time zone). */
class TimeModuleTest {
    static PyModule time;

    @BeforeAll
    static void boot() {
        Py.boot();
        time = TimeModule.create();
    }

    static Object t(String name, Object... args) {
        return Ops.call(Ops.getAttr(time, name), args);
    }

    static PyTuple st(long... v) {
        Object[] o = new Object[v.length];
        for (int i = 0; i < v.length; i++) o[i] = v[i];
        return new PyTuple(o);
    }

    static final String ALL_DIRECTIVES = "%a %A %b %B %c %d %e %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %Z %% %G %g %V %u %C %D "
            + "%F %h %k %l %s %P %r %R %T %n %t %f %Q %-d %_d %^a %#b %0e %";

    @Test
    void conversionsAndFormatting() {
        Batch b = new Batch("import time\n");
        for (long secs : new long[] {0, 1_000_000_000L, -1, 951782400L, 4102444799L, -2208988800L, 1700000000L}) {
            b.check("tuple(time.gmtime(" + secs + "))", () -> new PyTuple(((PyTuple) t("gmtime", secs)).items));
            b.check("tuple(time.localtime(" + secs + "))", () -> new PyTuple(((PyTuple) t("localtime", secs)).items));
            b.check("time.strftime(" + Batch.literal(ALL_DIRECTIVES) + ", time.gmtime(" + secs + "))",
                    () -> t("strftime", ALL_DIRECTIVES, t("gmtime", secs)));
            b.check("time.asctime(time.gmtime(" + secs + "))", () -> t("asctime", t("gmtime", secs)));
            b.check("time.ctime(" + secs + ")", () -> t("ctime", secs));
            b.check("time.mktime(time.localtime(" + secs + "))", () -> t("mktime", t("localtime", secs)));
        }
        b.check("tuple(time.gmtime(-1.5))", () -> new PyTuple(((PyTuple) t("gmtime", -1.5)).items))
                .check("tuple(time.gmtime(True))", () -> new PyTuple(((PyTuple) t("gmtime", true)).items))
                .check("(time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff, time.gmtime(0).tm_year, time.gmtime(0).tm_wday)",
                        () -> {
                            Object g = t("gmtime", 0L);
                            return tuple(Ops.getAttr(g, "tm_zone"), Ops.getAttr(g, "tm_gmtoff"), Ops.getAttr(g, "tm_year"),
                                    Ops.getAttr(g, "tm_wday"));
                        })
                .check("time.localtime(0).tm_zone", () -> Ops.getAttr(t("localtime", 0L), "tm_zone"))
                .check("repr(time.gmtime(0))", () -> Ops.repr(t("gmtime", 0L)))
                .check("time.asctime((2000, 1, 1, 0, 0, 0, 5, 1, 0))", () -> t("asctime", st(2000, 1, 1, 0, 0, 0, 5, 1, 0)))
                .check("time.strftime('%Y-%m-%d %j %a', (2000, 0, 0, 0, 0, 0, 0, 0, 0))",
                        () -> t("strftime", "%Y-%m-%d %j %a", st(2000, 0, 0, 0, 0, 0, 0, 0, 0)))
                .check("time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0))", () -> t("strftime", "%Y", st(2000, 13, 1, 0, 0, 0, 0, 1, 0)))
                .check("time.strftime('%Y', (2000, 1, 32, 0, 0, 0, 0, 1, 0))", () -> t("strftime", "%Y", st(2000, 1, 32, 0, 0, 0, 0, 1, 0)))
                .check("time.strftime('%Y', (2000, 1, 1, 24, 0, 0, 0, 1, 0))", () -> t("strftime", "%Y", st(2000, 1, 1, 24, 0, 0, 0, 1, 0)))
                .check("time.strftime('%Y', (2000, 1, 1, 0, 60, 0, 0, 1, 0))", () -> t("strftime", "%Y", st(2000, 1, 1, 0, 60, 0, 0, 1, 0)))
                .check("time.strftime('%Y', (2000, 1, 1, 0, 0, 62, 0, 1, 0))", () -> t("strftime", "%Y", st(2000, 1, 1, 0, 0, 62, 0, 1, 0)))
                .check("time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 367, 0))", () -> t("strftime", "%Y", st(2000, 1, 1, 0, 0, 0, 0, 367, 0)))
                .check("time.strftime('%Y', (1, 2, 3))", () -> t("strftime", "%Y", st(1, 2, 3)))
                .check("time.strftime(1)", () -> t("strftime", 1L))
                .check("time.strftime('%Y', 5)", () -> t("strftime", "%Y", 5L))
                .check("time.strftime()", () -> t("strftime"))
                .check("time.gmtime(1, 2)", () -> t("gmtime", 1L, 2L))
                .check("time.gmtime(1e20)", () -> t("gmtime", 1e20))
                .check("time.gmtime('a')", () -> t("gmtime", "a"))
                .check("time.gmtime(float('nan'))", () -> t("gmtime", Double.NaN))
                .check("time.mktime((1, 2, 3))", () -> t("mktime", st(1, 2, 3)))
                .check("time.sleep(-1)", () -> t("sleep", -1L))
                .check("time.sleep('a')", () -> t("sleep", "a"))
                .check("time.sleep()", () -> t("sleep"))
                .check("time.sleep(0)", () -> t("sleep", 0L))
                .check("time.sleep(0.001)", () -> t("sleep", 0.001))
                .check("time.time(1)", () -> t("time", 1L))
                .check("(time.timezone, time.altzone, time.daylight, time.tzname)",
                        () -> tuple(Ops.getAttr(time, "timezone"), Ops.getAttr(time, "altzone"), Ops.getAttr(time, "daylight"),
                                Ops.getAttr(time, "tzname")))
                .check("repr(time.get_clock_info('monotonic'))", () -> Ops.repr(t("get_clock_info", "monotonic")))
                .check("time.get_clock_info('x')", () -> t("get_clock_info", "x"))
                .run();
    }

    @Test
    void clocks() {
        double now = (Double) t("time");
        double cpython = Double.parseDouble(CPython.run("import time\nprint(repr(time.time()))\n").trim());
        assertTrue(Math.abs(now - cpython) < 60, "time.time() agrees with CPython's clock");
        long ns = (Long) t("time_ns");
        assertTrue(Math.abs(ns / 1e9 - now) < 60);
        double a = (Double) t("monotonic"), b = (Double) t("perf_counter");
        t("sleep", 0.01);
        assertTrue((Double) t("monotonic") - a >= 0.009, "monotonic advances over a sleep");
        assertTrue((Double) t("perf_counter") - b >= 0.009);
        assertTrue((Long) t("perf_counter_ns") > 0);
        double cpu = (Double) t("process_time");
        assertTrue(cpu > 0, "the JVM has used CPU time");
        assertTrue((Double) t("thread_time") >= 0);
        assertEquals(PyNone.NONE, t("sleep", 0L));
        PyList names = list();
        assertEquals(0, names.size);
    }
}
