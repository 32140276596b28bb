package org.pyjit.runtime.modules.expat;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code pyexpat}: the XML parser {@code xml.etree.ElementTree}, {@code xml.dom.minidom},
 * {@code xml.sax}, {@code plistlib} and {@code xmlrpc} are built on, with expat 2.5's error codes,
 * messages and positions, on pyjit's own {@link XmlPushParser}.
 */
public final class ExpatModule {
    private ExpatModule() {}

    static final PyType ERROR = makeError();
    static final PyType PARSER_TYPE = makeParserType();

    private static PyType makeError() {
        PyType t = new PyType(BuiltinTypes.TYPE, "ExpatError", ExceptionTypes.EXCEPTION, null);
        t.namespace.putStr("__module__", "xml.parsers.expat");
        t.instancesHaveDict = true;
        return t;
    }

    /** The ExpatError for {@code e}: "message: line L, column C" with code, lineno and offset. */
    static PyException error(XmlError e) {
        PyBaseException v = PyBaseException.create(ERROR, e.getMessage() + ": line " + e.line + ", column " + e.column);
        Ops.setAttr(v, "code", (long) e.code);
        Ops.setAttr(v, "lineno", (long) e.line);
        Ops.setAttr(v, "offset", (long) e.column);
        return new PyException(v);
    }

    public static PyModule create() {
        PyModule m = new PyModule("pyexpat");
        PyDict d = m.dict;
        d.putStr("EXPAT_VERSION", "expat_2.5.0");
        d.putStr("version_info", PyTuple.of(2L, 5L, 0L));
        d.putStr("native_encoding", "UTF-8");
        PyList features = new PyList();
        features.append(PyTuple.of("sizeof(XML_Char)", 1L));
        features.append(PyTuple.of("sizeof(XML_LChar)", 1L));
        features.append(PyTuple.of("XML_NS", 0L));
        d.putStr("features", features);
        d.putStr("ExpatError", ERROR);
        d.putStr("error", ERROR);
        d.putStr("XMLParserType", PARSER_TYPE);
        d.putStr("XML_PARAM_ENTITY_PARSING_NEVER", 0L);
        d.putStr("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", 1L);
        d.putStr("XML_PARAM_ENTITY_PARSING_ALWAYS", 2L);
        d.putStr("ErrorString", PyBuiltinFunction.positional("ErrorString", "pyexpat", 1, 1, a -> {
            String msg = ExpatErrors.message((int) Ops.index(a[0]));
            return msg == null ? PyNone.NONE : msg;
        }));
        ArgParser createArgs = new ArgParser("ParserCreate", new String[] {"encoding", "namespace_separator", "intern"}, 0, 3, 0);
        d.putStr("ParserCreate", new PyBuiltinFunction("ParserCreate", "pyexpat", (a, kw) -> {
            Object[] p = createArgs.parse(a, kw, 0);
            String encoding = optionalText(p[0], "encoding");
            String separator = optionalText(p[1], "namespace_separator");
            if (separator != null && separator.codePointCount(0, separator.length()) > 1) {
                throw Errors.valueError("namespace_separator must be at most one character, omitted, or None");
            }
            Object intern = p[2] == null ? new PyDict() : p[2];
            if (intern != PyNone.NONE && !(intern instanceof PyDict)) throw Errors.typeError("intern must be a dictionary");
            return new XmlParserObject(encoding, separator, intern);
        }));
        d.putStr("errors", errorsModule());
        d.putStr("model", modelModule());
        return m;
    }

    private static String optionalText(Object o, String name) {
        if (o == null || o == PyNone.NONE) return null;
        String s = org.pyjit.runtime.types.string.Strings.asStr(o);
        if (s != null) return s;
        throw Errors.typeError("ParserCreate() argument '" + name + "' must be str or None, not " + Ops.typeName(o));
    }

    private static PyModule errorsModule() {
        PyModule m = new PyModule("pyexpat.errors");
        m.dict.putStr("__doc__", "Constants used to describe error conditions.");
        PyDict codes = new PyDict(), messages = new PyDict();
        for (int code = 1; code < ExpatErrors.TABLE.length; code++) {
            String msg = ExpatErrors.TABLE[code][1];
            m.dict.putStr("XML_ERROR_" + ExpatErrors.TABLE[code][0], msg);
            codes.put(msg, (long) code);
            messages.put((long) code, msg);
        }
        m.dict.putStr("codes", codes);
        m.dict.putStr("messages", messages);
        return m;
    }

    private static PyModule modelModule() {
        PyModule m = new PyModule("pyexpat.model");
        m.dict.putStr("__doc__", "Constants used to interpret content model information.");
        String[] types = {"EMPTY", "ANY", "MIXED", "NAME", "CHOICE", "SEQ"};
        for (int i = 0; i < types.length; i++) m.dict.putStr("XML_CTYPE_" + types[i], (long) i + 1);
        String[] quants = {"NONE", "OPT", "REP", "PLUS"};
        for (int i = 0; i < quants.length; i++) m.dict.putStr("XML_CQUANT_" + quants[i], (long) i);
        return m;
    }

    // ------------------------------------------------------------------ the parser type

    private static PyType makeParserType() {
        PyType t = BuiltinTypes.make("xmlparser", BuiltinTypes.OBJECT);
        t.namespace.putStr("__module__", "pyexpat");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            throw Errors.typeError("cannot create 'pyexpat.xmlparser' instances");
        }));
        for (String name : XmlParserObject.HANDLERS.keySet()) {
            attribute(t, name, x -> {
                Object h = x.handlers.get(name);
                return h == null ? PyNone.NONE : h;
            }, (x, v) -> x.setHandler(name, v));
        }
        flag(t, "buffer_text", x -> x.bufferText, (x, v) -> {
            if (!v) x.flushText();
            x.bufferText = v;
        });
        flag(t, "ordered_attributes", x -> x.orderedAttributes, (x, v) -> x.orderedAttributes = v);
        flag(t, "specified_attributes", x -> x.specifiedAttributes, (x, v) -> x.specifiedAttributes = v);
        flag(t, "namespace_prefixes", x -> x.parser.namespacePrefixes, (x, v) -> x.parser.namespacePrefixes = v);
        attribute(t, "buffer_size", x -> (long) x.bufferSize, (x, v) -> {
            if (v instanceof java.math.BigInteger) throw Errors.overflow("Python int too large to convert to C int");
            if (!(v instanceof Long n)) throw Errors.typeError("buffer_size must be an integer");
            if (n <= 0) throw Errors.valueError("buffer_size must be greater than zero");
            if (n > Integer.MAX_VALUE) throw Errors.valueError("buffer_size must not be greater than " + Integer.MAX_VALUE);
            x.flushText();
            x.bufferSize = n.intValue();
        });
        attribute(t, "buffer_used", x -> (long) x.bufferUsed(), null);
        attribute(t, "intern", x -> x.intern, null);
        attribute(t, "ErrorCode", x -> x.error == null ? 0L : (long) x.error.code, null);
        attribute(t, "ErrorLineNumber", x -> x.error == null ? (long) x.parser.line : (long) x.error.line, null);
        attribute(t, "ErrorColumnNumber", x -> x.error == null ? (long) x.parser.column : (long) x.error.column, null);
        attribute(t, "ErrorByteIndex", x -> x.error == null ? -1L : x.error.byteIndex, null);
        attribute(t, "CurrentLineNumber", x -> (long) x.parser.eventLine, null);
        attribute(t, "CurrentColumnNumber", x -> (long) x.parser.eventColumn, null);
        attribute(t, "CurrentByteIndex", x -> x.parser.eventByte, null);
        ArgParser parseArgs = new ArgParser("Parse", new String[] {"data", "isfinal"}, 2, 2, 1);
        t.namespace.putStr("Parse", new PyMethodDescriptor(t, "Parse", (a, kw) -> {
            Object[] p = parseArgs.parse(a, kw, 1);
            return self(a[0]).parse(p[0], p[1] != null && Ops.isTrue(p[1]));
        }));
        method(t, "ParseFile", 1, 1, a -> parseFile(self(a[0]), a[1]));
        method(t, "SetBase", 1, 1, a -> {
            self(a[0]).base = Ops.str(a[1]);
            return PyNone.NONE;
        });
        method(t, "GetBase", 0, 0, a -> self(a[0]).base == null ? PyNone.NONE : self(a[0]).base);
        method(t, "GetInputContext", 0, 0, a -> PyNone.NONE);
        method(t, "SetParamEntityParsing", 1, 1, a -> 0L);
        method(t, "UseForeignDTD", 0, 1, a -> PyNone.NONE);
        method(t, "ExternalEntityParserCreate", 1, 2, a -> {
            throw Errors.notImplemented("pyjit's pyexpat does not parse external entities");
        });
        return t;
    }

    private static XmlParserObject self(Object o) {
        if (o instanceof XmlParserObject x) return x;
        throw Errors.typeError("descriptor requires a 'pyexpat.xmlparser' object but received '" + Ops.typeName(o) + "'");
    }

    private static Object parseFile(XmlParserObject x, Object file) {
        Object read = Ops.getAttrOrNull(file, "read");
        if (read == null) throw Errors.typeError("argument must have 'read' attribute");
        while (true) {
            Object data = Ops.call(read, 2048L);
            boolean text = org.pyjit.runtime.types.string.Strings.asStr(data) != null;
            if (!text && !(data instanceof org.pyjit.runtime.objects.BufferExporter)) {
                throw Errors.typeError("read() did not return a bytes object (type=" + Ops.typeName(data) + ")");
            }
            boolean last = Ops.len(data) == 0;
            x.parse(data, last);
            if (last) return 1L;
        }
    }

    private static void method(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    private static void attribute(PyType t, String name, Function<XmlParserObject, Object> get, BiConsumer<XmlParserObject, Object> set) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> get.apply(self(o)), (o, v) -> {
            if (set == null) throw Errors.attributeError("attribute '" + name + "' of 'pyexpat.xmlparser' objects is not writable");
            if (v == null) throw Errors.attributeError("Cannot delete attribute");
            set.accept(self(o), v);
        }));
    }

    private interface FlagSetter {
        void set(XmlParserObject x, boolean v);
    }

    private static void flag(PyType t, String name, Function<XmlParserObject, Boolean> get, FlagSetter set) {
        attribute(t, name, x -> get.apply(x), (x, v) -> set.set(x, Ops.isTrue(v)));
    }
}
