package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.Expression;
import org.pyjit.compiler.ast.Interactive;
import org.pyjit.compiler.ast.Module;
import org.pyjit.compiler.ast.Stmt;

/**
 * Parses Python 3.11 source into the AST of {@code org.pyjit.compiler.ast}. Errors are thrown as
 * {@link SyntaxErrorException} with CPython's message and location. Parsing tries ANTLR's fast
 * SLL prediction first and re-parses with full LL only when that fails.
 */
public final class PythonSourceParser {
    /** Thread stack for a retry when a deeply nested input overflows the caller's stack. */
    private static final long DEEP_STACK_BYTES = 1L << 30;

    private PythonSourceParser() {
    }

    /** Parses a module ({@code exec} mode). */
    public static Module parseModule(String source, String filename) {
        return withDeepStack(() -> {
            Session s = new Session(withFinalNewline(source), filename, 1, 0);
            PythonParser.File_inputContext tree = s.parse(PythonParser::file_input);
            List<Stmt> body = s.statements().statements(tree.statement());
            return new Module(body, null);
        });
    }

    /**
     * Parses a single expression ({@code eval} mode), as {@code compile(source, filename, "eval")}
     * does; the builtin {@code eval()} strips leading spaces and tabs before that.
     */
    public static Expression parseExpression(String source, String filename) {
        return withDeepStack(() -> {
            Session s = new Session(source, filename, 1, 0);
            s.lexer.setImplicitNewline(false);
            PythonParser.Eval_inputContext tree = s.parse(PythonParser::eval_input);
            return new Expression(s.expressions().expressions(tree.expressions()), null);
        });
    }

    /** Parses one interactive statement ({@code single} mode), as the REPL and {@code compile(..., "single")} do. */
    public static Interactive parseInteractive(String source, String filename) {
        return withDeepStack(() -> {
            Session s = new Session(withFinalNewline(source), filename, 1, 0);
            PythonParser.Single_inputContext tree = s.parse(PythonParser::single_input);
            List<PythonParser.StatementContext> statements = tree.statement();
            if (statements.isEmpty()) {
                int line = source.isEmpty() ? 0 : 1;
                throw s.lines.syntaxError("invalid syntax", line, 0, line, 0);
            }
            if (statements.size() > 1) {
                org.antlr.v4.runtime.Token end = s.buildContext.lastRealToken(statements.getFirst().getStop());
                throw s.buildContext.errorAfter("multiple statements found while compiling a single statement", end);
            }
            List<Stmt> body = new ArrayList<>();
            s.statements().statement(statements.getFirst(), body);
            return new Interactive(body, null);
        });
    }

    /** CPython's exec and single modes add a line break to a source that lacks one. */
    private static String withFinalNewline(String source) {
        return source.isEmpty() || source.endsWith("\n") || source.endsWith("\r") ? source : source + "\n";
    }

    /** Parses the text of an f-string replacement field located at {@code line}/{@code col}. */
    static Expr parseFStringField(String text, String filename, int line, int col) {
        String wrapped = "(" + text + ")";
        try {
            Session s = new Session(wrapped, filename, line, col - 1);
            PythonParser.Fstring_expr_inputContext tree = s.parse(PythonParser::fstring_expr_input);
            return s.expressions().fstringField(tree);
        } catch (SyntaxErrorException e) {
            if (e.fstringReported()) {
                throw e;
            }
            int shift = col - 1;
            int offset = e.lineno() == line ? e.offset() - shift : e.offset();
            int endOffset = e.endLineno() == line && e.endOffset() > 0 ? e.endOffset() - shift : e.endOffset();
            String quoted = e.text() == null || e.text().endsWith("\n") ? e.text() : e.text() + "\n";
            throw new SyntaxErrorException(e.kind(), "f-string: " + e.getMessage(), e.filename(), e.lineno(),
                    offset, quoted, e.endLineno(), endOffset).markFStringReported();
        }
    }

    private interface Work<T> {
        T run();
    }

    private static <T> T withDeepStack(Work<T> work) {
        try {
            return work.run();
        } catch (StackOverflowError overflow) {
            Object[] result = new Object[1];
            RuntimeException[] failure = new RuntimeException[1];
            Thread t = new Thread(null, () -> {
                try {
                    result[0] = work.run();
                } catch (RuntimeException e) {
                    failure[0] = e;
                } catch (StackOverflowError again) {
                    failure[0] = new SyntaxErrorException("SyntaxError", "too many nested parentheses", null, 1, 0,
                            null, 1, 0);
                }
            }, "pyjit-deep-parse", DEEP_STACK_BYTES);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing", e);
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            @SuppressWarnings("unchecked")
            T value = (T) result[0];
            return value;
        }
    }

    /** One parse of one text: lexer, token stream, parser and builders. */
    private static final class Session {
        private final SourceLines lines;
        private final PythonLexer lexer;
        private final CommonTokenStream tokens;
        private final PythonParser parser;
        private final BuildContext buildContext;
        private ExpressionBuilder expressions;
        private StatementBuilder statements;

        Session(String source, String filename, int firstLine, int firstCol) {
            String text = normalize(source);
            lines = new SourceLines(text, filename, firstLine);
            lexer = new PythonLexer(CharStreams.fromString(text, filename));
            lexer.removeErrorListeners();
            lexer.setSource(lines);
            lexer.setLine(firstLine);
            lexer.setCharPositionInLine(firstCol);
            tokens = new CommonTokenStream(lexer);
            parser = new PythonParser(tokens);
            parser.removeErrorListeners();
            buildContext = new BuildContext(lines, tokens);
        }

        <T> T parse(Function<PythonParser, T> rule) {
            tokens.fill();
            SoftKeywords.mark(tokens.getTokens());
            parser.setErrorHandler(new BailErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            try {
                return rule.apply(parser);
            } catch (ParseCancellationException sllFailed) {
                tokens.seek(0);
                parser.reset();
                parser.setErrorHandler(new FirstErrorStrategy());
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                try {
                    return rule.apply(parser);
                } catch (ParseFailure failure) {
                    throw new SyntaxErrorAnalyzer(lines, tokens, lexer, buildContext).explain(failure);
                }
            }
        }

        ExpressionBuilder expressions() {
            if (expressions == null) {
                String filename = lines.filename();
                expressions = new ExpressionBuilder(buildContext,
                        (text, line, col) -> parseFStringField(text, filename, line, col));
            }
            return expressions;
        }

        StatementBuilder statements() {
            if (statements == null) {
                statements = new StatementBuilder(buildContext, expressions());
            }
            return statements;
        }
    }

    /** Universal newlines, and no byte order mark, as CPython reads source files. */
    private static String normalize(String source) {
        String s = source;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }
}
