package org.pyjit.runtime.modules;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;

/** The {@code time} module: clocks, sleep, struct_time conversions and formatting. */
public final class TimeModule {
    private TimeModule() {}

    static final StructSeqType STRUCT_TIME = new StructSeqType("time.struct_time",
            new String[] {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
                "tm_zone", "tm_gmtoff"}, 9);

    /** Seconds beyond which a timestamp does not fit the platform's time_t as glibc converts it. */
    private static final double MAX_TIMESTAMP = 67768036191676799.0;

    public static PyModule create() {
        PyModule m = new PyModule("time");
        PyDict d = m.dict;
        d.putStr("struct_time", STRUCT_TIME.type);
        fn(d, "time", 0, 0, a -> {
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        fn(d, "time_ns", 0, 0, a -> {
            Instant now = Instant.now();
            return IntArith.add(IntArith.mul(now.getEpochSecond(), 1_000_000_000L), (long) now.getNano());
        });
        for (String name : new String[] {"perf_counter", "monotonic"}) {
            fn(d, name, 0, 0, a -> System.nanoTime() / 1e9);
            fn(d, name + "_ns", 0, 0, a -> System.nanoTime());
        }
        fn(d, "process_time", 0, 0, a -> processNanos() / 1e9);
        fn(d, "process_time_ns", 0, 0, a -> processNanos());
        fn(d, "thread_time", 0, 0, a -> threadNanos() / 1e9);
        fn(d, "thread_time_ns", 0, 0, a -> threadNanos());
        fn(d, "sleep", 1, 1, a -> sleep(a[0]));
        tupleStyle(d, "gmtime", 0, 1, a -> structTime(seconds(a), ZoneOffset.UTC, "GMT"));
        tupleStyle(d, "localtime", 0, 1, a -> structTime(seconds(a), ZoneId.systemDefault(), null));
        fn(d, "mktime", 1, 1, a -> mktime(a[0]));
        fn(d, "asctime", 0, 1, a -> TimeFormat.asctime(a.length == 0 ? now() : tm(a[0], "asctime")));
        tupleStyle(d, "ctime", 0, 1, a -> TimeFormat.asctime(tm(structTime(seconds(a), ZoneId.systemDefault(), null), "ctime")));
        tupleStyle(d, "strftime", 1, 2, a -> {
            if (!(a[0] instanceof String f)) {
                throw Errors.typeError("strftime() argument 1 must be str, not " + Ops.typeName(a[0]));
            }
            TimeFormat.Tm t = a.length == 1 ? now() : checked(tm(a[1], "strftime"));
            return TimeFormat.strftime(f, t);
        });
        fn(d, "strptime", 1, 2, a -> {
            Object importer = BuiltinsModule.namespace().getStr("__import__");
            if (importer == null) throw Errors.importError("time.strptime needs the import system");
            Object mod = Ops.call(importer, "_strptime");
            return Ops.call(Ops.getAttr(mod, "_strptime_time"), a);
        });
        fn(d, "get_clock_info", 1, 1, a -> clockInfo(a[0]));
        installZone(d);
        return m;
    }

    private static void fn(PyDict d, String name, int min, int max, PyBuiltinFunction.Positional body) {
        d.putStr(name, ModuleFunction.positional("time", name, min, max, body));
    }

    private static void tupleStyle(PyDict d, String name, int min, int max, PyBuiltinFunction.Positional body) {
        d.putStr(name, ModuleFunction.parseTupleStyle("time", name, min, max, body));
    }

    private static long processNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static long threadNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : processNanos();
    }

    private static Object sleep(Object arg) {
        double secs;
        if (arg instanceof Double dd) secs = dd;
        else secs = IntArith.toDouble(MathArgs.toInt(arg));
        if (Double.isNaN(secs)) throw Errors.valueError("Invalid value NaN (not a number)");
        if (secs < 0) throw Errors.valueError("sleep length must be non-negative");
        long nanos = (long) Math.min(secs * 1e9, Long.MAX_VALUE);
        if (nanos == 0) {
            org.pyjit.runtime.interpreter.GlobalInterpreterLock.released(Thread::yield);
        } else {
            org.pyjit.runtime.interpreter.SignalDelivery.sleepNanos(nanos); // Ctrl-C runs its handler meanwhile
        }
        return PyNone.NONE;
    }

    /** The seconds argument of gmtime/localtime/ctime, floored; now when absent or None. */
    private static long seconds(Object[] a) {
        if (a.length == 0 || a[0] == PyNone.NONE) return Instant.now().getEpochSecond();
        Object o = a[0];
        if (o instanceof PyBoxed b) o = b.value;
        if (o instanceof Double dd) {
            if (Double.isNaN(dd)) throw Errors.valueError("Invalid value NaN (not a number)");
            if (Math.abs(dd) > MAX_TIMESTAMP) throw Errors.overflow("timestamp out of range for platform time_t");
            return (long) Math.floor(dd);
        }
        Object i = MathArgs.toInt(o);
        if (i instanceof BigInteger || Math.abs((Long) i) > (long) MAX_TIMESTAMP) {
            throw Errors.overflow("timestamp out of range for platform time_t");
        }
        return (Long) i;
    }

    private static Object structTime(long secs, ZoneId zone, String zoneName) {
        ZonedDateTime z;
        try {
            z = Instant.ofEpochSecond(secs).atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw Errors.overflow("timestamp out of range for platform time_t");
        }
        boolean dst = zone.getRules().isDaylightSavings(z.toInstant());
        String name = zoneName != null ? zoneName : zoneAbbreviation(zone, dst);
        return STRUCT_TIME.make((long) z.getYear(), (long) z.getMonthValue(), (long) z.getDayOfMonth(), (long) z.getHour(),
                (long) z.getMinute(), (long) z.getSecond(), (long) (z.getDayOfWeek().getValue() - 1), (long) z.getDayOfYear(),
                dst ? 1L : 0L, name, (long) z.getOffset().getTotalSeconds());
    }

    private static String zoneAbbreviation(ZoneId zone, boolean dst) {
        if (zone.normalized() instanceof ZoneOffset off && off.getTotalSeconds() == 0) return "UTC";
        return TimeZone.getTimeZone(zone).getDisplayName(dst, TimeZone.SHORT, Locale.ROOT);
    }

    private static TimeFormat.Tm now() {
        return tm(structTime(Instant.now().getEpochSecond(), ZoneId.systemDefault(), null), "strftime");
    }

    /** A struct_time or 9-tuple as C's struct tm (month 0-11, weekday 0 = Sunday, yday 0-365). */
    private static TimeFormat.Tm tm(Object o, String fname) {
        if (!(o instanceof PyTuple t)) throw Errors.typeError("Tuple or struct_time argument required");
        if (t.items.length != 9) throw Errors.typeError(fname + "(): illegal time tuple argument");
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            Object x = t.items[i];
            if (x instanceof Double) throw Errors.typeError("'float' object cannot be interpreted as an integer");
            v[i] = Ops.index(x);
        }
        String zone = null;
        long gmtoff = 0;
        if (t instanceof StructSeqType.Instance s && s.type == STRUCT_TIME.type) {
            Object z = Ops.getAttr(s, "tm_zone"), g = Ops.getAttr(s, "tm_gmtoff");
            if (z instanceof String zs) zone = zs;
            if (g instanceof Long gl) gmtoff = gl;
        } else {
            zone = zoneAbbreviation(ZoneId.systemDefault(), v[8] > 0);
        }
        return new TimeFormat.Tm((int) v[0], (int) v[1] - 1, (int) v[2], (int) v[3], (int) v[4], (int) v[5],
                (int) ((v[6] + 1) % 7), (int) v[7] - 1, (int) v[8], zone, gmtoff);
    }

    /** CPython's checktm, after mapping the "unset" values 0 of month, day and yday. */
    private static TimeFormat.Tm checked(TimeFormat.Tm t) {
        int mon = t.mon() == -1 ? 0 : t.mon();
        if (mon < 0 || mon > 11) throw Errors.valueError("month out of range");
        int mday = t.mday() == 0 ? 1 : t.mday();
        if (mday < 0 || mday > 31) throw Errors.valueError("day of month out of range");
        if (t.hour() < 0 || t.hour() > 23) throw Errors.valueError("hour out of range");
        if (t.min() < 0 || t.min() > 59) throw Errors.valueError("minute out of range");
        if (t.sec() < 0 || t.sec() > 61) throw Errors.valueError("seconds out of range");
        if (t.wday() < 0) throw Errors.valueError("day of week out of range");
        int yday = t.yday() == -1 ? 0 : t.yday();
        if (yday < 0 || yday > 365) throw Errors.valueError("day of year out of range");
        return new TimeFormat.Tm(t.year(), mon, mday, t.hour(), t.min(), t.sec(), t.wday(), yday, t.isdst(), t.zone(),
                t.gmtoff());
    }

    /** {@code mktime(t)}: local broken-down time to seconds since the epoch (fields may overflow, as in C). */
    private static double mktime(Object o) {
        TimeFormat.Tm t = tm(o, "mktime");
        try {
            LocalDateTime ldt = LocalDateTime.of(t.year(), 1, 1, 0, 0).plusMonths(t.mon()).plusDays(t.mday() - 1L)
                    .plusHours(t.hour()).plusMinutes(t.min()).plusSeconds(t.sec());
            return ldt.atZone(ZoneId.systemDefault()).toEpochSecond();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw Errors.overflow("mktime argument out of range");
        }
    }

    private static Object clockInfo(Object name) {
        Map<String, Object> info = new LinkedHashMap<>();
        String n = name instanceof String s ? s : "";
        switch (n) {
            case "time" -> {
                info.put("implementation", "clock_gettime(CLOCK_REALTIME)");
                info.put("monotonic", false);
                info.put("adjustable", true);
            }
            case "monotonic", "perf_counter" -> {
                info.put("implementation", "clock_gettime(CLOCK_MONOTONIC)");
                info.put("monotonic", true);
                info.put("adjustable", false);
            }
            case "process_time", "thread_time" -> {
                info.put("implementation", n.equals("thread_time") ? "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"
                        : "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)");
                info.put("monotonic", true);
                info.put("adjustable", false);
            }
            default -> throw Errors.valueError("unknown clock");
        }
        info.put("resolution", 1e-09);
        return SimpleNamespace.create(info);
    }

    /** timezone, altzone, daylight and tzname of the local zone, as of January and July this year. */
    private static void installZone(PyDict d) {
        ZoneId zone = ZoneId.systemDefault();
        int year = java.time.Year.now().getValue();
        ZonedDateTime jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(zone), jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(zone);
        boolean janDst = zone.getRules().isDaylightSavings(jan.toInstant());
        ZonedDateTime std = janDst ? jul : jan, dst = janDst ? jan : jul;
        boolean daylight = zone.getRules().isDaylightSavings(dst.toInstant());
        d.putStr("timezone", (long) -std.getOffset().getTotalSeconds());
        d.putStr("altzone", (long) -(daylight ? dst : std).getOffset().getTotalSeconds());
        d.putStr("daylight", daylight ? 1L : 0L);
        d.putStr("tzname", PyTuple.of(zoneAbbreviation(zone, false), daylight ? zoneAbbreviation(zone, true)
                : zoneAbbreviation(zone, false)));
        d.putStr("_STRUCT_TM_ITEMS", 11L);
    }
}
