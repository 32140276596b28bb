package org.pyjit.runtime.modules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * {@code time.strftime} and {@code time.asctime} as glibc formats them in the C locale: every
 * conversion glibc has, its flags ({@code -}, {@code _}, {@code 0}, {@code ^}, {@code #}), and
 * unknown conversions copied through unchanged.
 */
final class TimeFormat {
    private TimeFormat() {}

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** Broken-down time as C's {@code struct tm}: month 0-11, weekday 0=Sunday, yday 0-365. */
    record Tm(int year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst, String zone,
            long gmtoff) {}

    /** {@code asctime}: "Sun Sep  9 01:46:40 2001". */
    static String asctime(Tm t) {
        return String.format(Locale.ROOT, "%s %s%3d %02d:%02d:%02d %d", DAYS[t.wday].substring(0, 3),
                MONTHS[t.mon].substring(0, 3), t.mday, t.hour, t.min, t.sec, t.year);
    }

    static String strftime(String format, Tm t) {
        StringBuilder out = new StringBuilder();
        int n = format.length();
        for (int i = 0; i < n; i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            char flag = 0;
            boolean upper = false, swapCase = false;
            while (i + 1 < n && "-_0^#".indexOf(format.charAt(i + 1)) >= 0) {
                char f = format.charAt(++i);
                if (f == '^') upper = true;
                else if (f == '#') swapCase = true;
                else flag = f;
            }
            if (i + 1 >= n) {
                out.append(format, start, n);
                break;
            }
            char conv = format.charAt(++i);
            String s = convert(conv, t, flag);
            if (s == null) {
                out.append(format, start, i + 1);
                continue;
            }
            if (upper || (swapCase && "aAbBhp".indexOf(conv) >= 0)) s = s.toUpperCase(Locale.ROOT);
            else if (swapCase && (conv == 'Z' || conv == 'P')) s = s.toLowerCase(Locale.ROOT);
            out.append(s);
        }
        return out.toString();
    }

    /** One conversion, or null for one glibc does not know. */
    private static String convert(char conv, Tm t, char flag) {
        return switch (conv) {
            case 'a' -> DAYS[t.wday].substring(0, 3);
            case 'A' -> DAYS[t.wday];
            case 'b', 'h' -> MONTHS[t.mon].substring(0, 3);
            case 'B' -> MONTHS[t.mon];
            case 'c' -> DAYS[t.wday].substring(0, 3) + " " + MONTHS[t.mon].substring(0, 3) + " " + num(t.mday, 2, ' ', flag) + " "
                    + num(t.hour, 2, '0', 0) + ":" + num(t.min, 2, '0', 0) + ":" + num(t.sec, 2, '0', 0) + " " + t.year;
            case 'C' -> num(Math.floorDiv(t.year, 100), 2, '0', flag);
            case 'd' -> num(t.mday, 2, '0', flag);
            case 'D' -> num(t.mon + 1, 2, '0', 0) + "/" + num(t.mday, 2, '0', 0) + "/" + num(Math.floorMod(t.year, 100), 2, '0', 0);
            case 'e' -> num(t.mday, 2, ' ', flag);
            case 'F' -> num(t.year, 1, '0', 0) + "-" + num(t.mon + 1, 2, '0', 0) + "-" + num(t.mday, 2, '0', 0);
            case 'G' -> num(isoYear(t), 1, '0', flag);
            case 'g' -> num(Math.floorMod(isoYear(t), 100), 2, '0', flag);
            case 'H' -> num(t.hour, 2, '0', flag);
            case 'I' -> num(hour12(t), 2, '0', flag);
            case 'j' -> num(t.yday + 1, 3, '0', flag);
            case 'k' -> num(t.hour, 2, ' ', flag);
            case 'l' -> num(hour12(t), 2, ' ', flag);
            case 'm' -> num(t.mon + 1, 2, '0', flag);
            case 'M' -> num(t.min, 2, '0', flag);
            case 'n' -> "\n";
            case 'p' -> t.hour < 12 ? "AM" : "PM";
            case 'P' -> t.hour < 12 ? "am" : "pm";
            case 'r' -> num(hour12(t), 2, '0', 0) + ":" + num(t.min, 2, '0', 0) + ":" + num(t.sec, 2, '0', 0) + " "
                    + (t.hour < 12 ? "AM" : "PM");
            case 'R' -> num(t.hour, 2, '0', 0) + ":" + num(t.min, 2, '0', 0);
            case 's' -> Long.toString(epochSeconds(t));
            case 'S' -> num(t.sec, 2, '0', flag);
            case 't' -> "\t";
            case 'T', 'X' -> num(t.hour, 2, '0', 0) + ":" + num(t.min, 2, '0', 0) + ":" + num(t.sec, 2, '0', 0);
            case 'u' -> num(t.wday == 0 ? 7 : t.wday, 1, '0', flag);
            case 'U' -> num((t.yday + 7 - t.wday) / 7, 2, '0', flag);
            case 'V' -> num(isoWeek(t), 2, '0', flag);
            case 'w' -> num(t.wday, 1, '0', flag);
            case 'W' -> num((t.yday + 7 - ((t.wday + 6) % 7)) / 7, 2, '0', flag);
            case 'x' -> num(t.mon + 1, 2, '0', 0) + "/" + num(t.mday, 2, '0', 0) + "/" + num(Math.floorMod(t.year, 100), 2, '0', 0);
            case 'y' -> num(Math.floorMod(t.year, 100), 2, '0', flag);
            case 'Y' -> num(t.year, 1, '0', flag);
            case 'z' -> offset(t.gmtoff);
            case 'Z' -> t.zone == null ? "" : t.zone;
            case '%' -> "%";
            default -> null;
        };
    }

    /** A number padded to {@code width} with {@code pad}; flag '-' drops, '_' spaces and '0' zeroes the padding. */
    private static String num(long v, int width, char pad, int flag) {
        String s = Long.toString(Math.abs(v));
        char p = flag == '_' ? ' ' : flag == '0' ? '0' : pad;
        StringBuilder b = new StringBuilder();
        if (v < 0) b.append('-');
        if (flag != '-') for (int i = s.length() + (v < 0 ? 1 : 0); i < width; i++) b.append(p);
        return b.append(s).toString();
    }

    private static int hour12(Tm t) {
        int h = t.hour % 12;
        return h == 0 ? 12 : h;
    }

    private static String offset(long gmtoff) {
        long a = Math.abs(gmtoff) / 60;
        return String.format(Locale.ROOT, "%c%02d%02d", gmtoff < 0 ? '-' : '+', a / 60, a % 60);
    }

    private static LocalDate date(Tm t) {
        return LocalDate.ofYearDay(t.year, Math.max(1, Math.min(t.yday + 1, LocalDate.of(t.year, 1, 1).lengthOfYear())));
    }

    private static int isoYear(Tm t) {
        return date(t).get(IsoFields.WEEK_BASED_YEAR);
    }

    private static int isoWeek(Tm t) {
        return date(t).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** %s: seconds since the epoch of the broken-down time, read as local time with its offset. */
    private static long epochSeconds(Tm t) {
        LocalDate d = LocalDate.of(t.year, t.mon + 1, Math.max(1, t.mday));
        return d.toEpochDay() * 86400 + t.hour * 3600L + t.min * 60L + t.sec - t.gmtoff;
    }

    /** C's weekday numbering (0 = Sunday) of a date. */
    static int cWeekday(DayOfWeek d) {
        return d.getValue() % 7;
    }
}
