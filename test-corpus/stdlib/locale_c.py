# locale on _locale (the C locale; LC_CTYPE from the environment, which the corpus sets to C.UTF-8): setlocale, localeconv, nl_langinfo, strcoll, formatting
import locale, _locale
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, ""))
print(sorted(locale.localeconv().items()))
for k in ("CODESET", "D_T_FMT", "D_FMT", "T_FMT", "RADIXCHAR", "THOUSEP", "YESEXPR", "DAY_1", "ABDAY_7", "MON_12", "ABMON_1", "AM_STR"):
    print(k, repr(locale.nl_langinfo(getattr(locale, k))))
print(locale.getencoding(), locale.getpreferredencoding(False))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("x", "x"), locale.strxfrm("abc"))
print(locale.format_string("%.2f", 1234567.891, grouping=True), locale.str(3.5), locale.atof("2.5"), locale.currency is not None)
try:
    locale.setlocale(locale.LC_ALL, "xx_YY")
except locale.Error as e:
    print("Error", e)
print(locale.getlocale(), locale.normalize("en_us"))
