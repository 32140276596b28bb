package org.pyjit.runtime.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code _locale} module for the C locale: {@code setlocale} keeps each category's name
 * (LC_CTYPE starts from the environment, as CPython sets it at start-up; "C", "POSIX", the
 * C.UTF-8 spellings and locales installed under /usr/lib/locale are accepted, but formatting
 * and collation stay those of the C locale), {@code localeconv} and {@code nl_langinfo} give
 * the C locale's values, {@code strcoll} compares code points, {@code strxfrm} is the identity,
 * {@code getencoding} is UTF-8 (pyjit always reads and writes text as UTF-8).
 */
public final class LocaleModule {
    private LocaleModule() {}

    private static final String MODULE = "_locale";
    private static final String[] CATEGORY_NAMES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"};
    /** glibc's other categories, which LC_ALL reports too. */
    private static final String[] OTHER_CATEGORIES = {"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
        "LC_IDENTIFICATION"};
    private static final int LC_ALL = 6;
    private static final String[] CURRENT = new String[6];
    private static PyType error;

    private static final Object[][] LANGINFO = {{"CODESET", 14, "UTF-8"}, {"D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y"},
        {"D_FMT", 0x20029, "%m/%d/%y"}, {"T_FMT", 0x2002A, "%H:%M:%S"}, {"T_FMT_AMPM", 0x2002B, "%I:%M:%S %p"},
        {"AM_STR", 0x20026, "AM"}, {"PM_STR", 0x20027, "PM"}, {"RADIXCHAR", 0x10000, "."}, {"THOUSEP", 0x10001, ""},
        {"YESEXPR", 0x50000, "^[yY]"}, {"NOEXPR", 0x50001, "^[nN]"}, {"CRNCYSTR", 0x4000F, "-"}, {"ERA", 0x2002C, ""},
        {"ERA_D_FMT", 0x2002E, ""}, {"ERA_D_T_FMT", 0x20030, ""}, {"ERA_T_FMT", 0x20031, ""}, {"ALT_DIGITS", 0x2002F, ""},
        {"_DATE_FMT", 0x2006C, "%a %b %e %H:%M:%S %Z %Y"}};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};

    private static PyBuiltinFunction fn(String name, int min, int max, PyBuiltinFunction.Positional body) {
        return ModuleFunction.parseTupleStyle(MODULE, name, min, max, body);
    }

    public static PyModule create() {
        synchronized (LocaleModule.class) {
            if (error == null) {
                error = new PyType(BuiltinTypes.TYPE, "Error", ExceptionTypes.EXCEPTION, null);
                error.namespace.putStr("__module__", "locale");
                error.instancesHaveDict = true;
            }
            java.util.Arrays.fill(CURRENT, "C");
            CURRENT[0] = fromEnvironment(0);
        }
        PyModule m = new PyModule(MODULE);
        PyDict d = m.dict;
        d.putStr("Error", error);
        for (int i = 0; i < CATEGORY_NAMES.length; i++) d.putStr(CATEGORY_NAMES[i], (long) i);
        d.putStr("LC_ALL", (long) LC_ALL);
        d.putStr("CHAR_MAX", 127L);
        for (Object[] item : LANGINFO) d.putStr((String) item[0], (long) (Integer) item[1]);
        for (int i = 0; i < 7; i++) {
            d.putStr("DAY_" + (i + 1), (long) (0x20007 + i));
            d.putStr("ABDAY_" + (i + 1), (long) (0x20000 + i));
        }
        for (int i = 0; i < 12; i++) {
            d.putStr("MON_" + (i + 1), (long) (0x2001A + i));
            d.putStr("ABMON_" + (i + 1), (long) (0x2000E + i));
        }
        d.putStr("setlocale", fn("setlocale", 1, 2, a -> setlocale(Ops.index(a[0]), a.length > 1 ? a[1] : PyNone.NONE)));
        d.putStr("localeconv", fn("localeconv", 0, 0, a -> localeconv()));
        d.putStr("nl_langinfo", fn("nl_langinfo", 1, 1, a -> langinfo(Ops.index(a[0]))));
        d.putStr("getencoding", fn("getencoding", 0, 0, a -> "UTF-8"));
        d.putStr("strcoll", fn("strcoll", 2, 2, a -> (long) Integer.signum(compareCodePoints(str("strcoll", a[0]), str("strcoll", a[1])))));
        d.putStr("strxfrm", fn("strxfrm", 1, 1, a -> str("strxfrm", a[0])));
        d.putStr("gettext", fn("gettext", 1, 1, a -> a[0]));
        d.putStr("dgettext", fn("dgettext", 2, 2, a -> a[1]));
        d.putStr("dcgettext", fn("dcgettext", 3, 3, a -> a[1]));
        d.putStr("textdomain", fn("textdomain", 1, 1, a -> a[0] == PyNone.NONE ? "messages" : a[0]));
        d.putStr("bindtextdomain", fn("bindtextdomain", 2, 2, a -> a[1] == PyNone.NONE ? "/usr/share/locale" : a[1]));
        d.putStr("bind_textdomain_codeset", fn("bind_textdomain_codeset", 2, 2, a -> a[1]));
        return m;
    }

    private static String str(String fname, Object o) {
        if (o instanceof String s) return s;
        if (o instanceof org.pyjit.runtime.objects.PyBoxed b && b.value instanceof String s) return s;
        throw Errors.typeError(fname + "() argument must be str, not " + Ops.typeName(o));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i), y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The locale the environment selects for a category: LC_ALL, then LC_<category>, then LANG, else C. */
    private static String fromEnvironment(int category) {
        Map<String, String> env = System.getenv();
        for (String var : new String[] {"LC_ALL", CATEGORY_NAMES[category], "LANG"}) {
            String v = env.get(var);
            if (v != null && !v.isEmpty()) return v;
        }
        return "C";
    }

    private static boolean available(String name) {
        if (name.equals("C") || name.equals("POSIX") || name.equalsIgnoreCase("C.UTF-8") || name.equalsIgnoreCase("C.utf8")) return true;
        if (name.contains("/") || name.contains("..")) return false;
        return Files.isDirectory(Path.of("/usr/lib/locale", name)) || Files.isDirectory(Path.of("/usr/lib/locale", name.replace("UTF-8", "utf8")));
    }

    private static PyException unsupported() {
        return new PyException(PyBaseException.create(error, "unsupported locale setting"));
    }

    private static synchronized Object setlocale(long category, Object locale) {
        if (category < 0 || category > LC_ALL) throw new PyException(PyBaseException.create(error, "invalid locale category"));
        int c = (int) category;
        if (locale == PyNone.NONE) return query(c);
        String name = str("setlocale", locale);
        if (c == LC_ALL) {
            String[] chosen = new String[6];
            for (int i = 0; i < 6; i++) {
                chosen[i] = name.isEmpty() ? fromEnvironment(i) : name;
                if (!available(chosen[i])) throw unsupported();
            }
            System.arraycopy(chosen, 0, CURRENT, 0, 6);
            return query(LC_ALL);
        }
        String chosen = name.isEmpty() ? fromEnvironment(c) : name;
        if (!available(chosen)) throw unsupported();
        CURRENT[c] = chosen;
        return chosen;
    }

    private static String query(int category) {
        if (category != LC_ALL) return CURRENT[category];
        boolean same = true;
        for (String s : CURRENT) same &= s.equals(CURRENT[0]);
        if (same && CURRENT[0].equals("C")) return "C";
        if (same) return CURRENT[0];
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) b.append(i == 0 ? "" : ";").append(CATEGORY_NAMES[i]).append('=').append(CURRENT[i]);
        for (String other : OTHER_CATEGORIES) b.append(';').append(other).append("=C");
        return b.toString();
    }

    private static PyDict localeconv() {
        PyDict d = new PyDict();
        for (String k : new String[] {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"}) d.putStr(k, "");
        d.putStr("mon_grouping", new PyList());
        d.putStr("positive_sign", "");
        d.putStr("negative_sign", "");
        for (String k : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes",
            "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            d.putStr(k, 127L);
        }
        d.putStr("decimal_point", ".");
        d.putStr("thousands_sep", "");
        d.putStr("grouping", new PyList());
        return d;
    }

    private static String langinfo(long key) {
        for (Object[] item : LANGINFO) if ((Integer) item[1] == key) return (String) item[2];
        if (key >= 0x20007 && key < 0x20007 + 7) return DAYS[(int) (key - 0x20007)];
        if (key >= 0x20000 && key < 0x20000 + 7) return DAYS[(int) (key - 0x20000)].substring(0, 3);
        if (key >= 0x2001A && key < 0x2001A + 12) return MONTHS[(int) (key - 0x2001A)];
        if (key >= 0x2000E && key < 0x2000E + 12) return MONTHS[(int) (key - 0x2000E)].substring(0, 3);
        throw Errors.valueError("unsupported langinfo constant");
    }
}
