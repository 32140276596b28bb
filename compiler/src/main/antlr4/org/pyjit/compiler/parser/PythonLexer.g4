/*
 * Python 3.11 tokens. The context-sensitive parts of Python's lexical structure (INDENT/DEDENT,
 * newlines inside brackets, string literals with their prefixes, CPython's tokenizer errors) are
 * handled by PythonLexerBase; this grammar covers the regular parts.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

// Produced by PythonLexerBase, never matched by a rule here; MATCH and CASE are the soft
// keywords where SoftKeywords finds a match statement.
tokens { INDENT, DEDENT, STRING, MATCH, CASE }

// Keywords
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

NEWLINE : '\n';

NAME : ID_START ID_CONTINUE*;

NUMBER
    : DEC_INTEGER
    | '0' [xX] ('_'? [0-9a-fA-F])+
    | '0' [oO] ('_'? [0-7])+
    | '0' [bB] ('_'? [01])+
    | FLOAT_NUMBER
    | (FLOAT_NUMBER | DIGIT_PART) [jJ]
    ;

// Brackets
LPAR : '(';
RPAR : ')';
LSQB : '[';
RSQB : ']';
LBRACE : '{';
RBRACE : '}';

// Operators and delimiters (longest match picks the compound forms)
ELLIPSIS : '...';
DOT : '.';
COMMA : ',';
COLON : ':';
SEMI : ';';
ARROW : '->';
WALRUS : ':=';
AT : '@';
ASSIGN : '=';
PLUS : '+';
MINUS : '-';
STAR : '*';
DOUBLESTAR : '**';
SLASH : '/';
DOUBLESLASH : '//';
PERCENT : '%';
TILDE : '~';
CIRCUMFLEX : '^';
AMPER : '&';
VBAR : '|';
LEFTSHIFT : '<<';
RIGHTSHIFT : '>>';
LESS : '<';
GREATER : '>';
EQEQUAL : '==';
NOTEQUAL : '!=';
LESSEQUAL : '<=';
GREATEREQUAL : '>=';
PLUSEQUAL : '+=';
MINEQUAL : '-=';
STAREQUAL : '*=';
SLASHEQUAL : '/=';
PERCENTEQUAL : '%=';
AMPEREQUAL : '&=';
VBAREQUAL : '|=';
CIRCUMFLEXEQUAL : '^=';
LEFTSHIFTEQUAL : '<<=';
RIGHTSHIFTEQUAL : '>>=';
DOUBLESTAREQUAL : '**=';
DOUBLESLASHEQUAL : '//=';
ATEQUAL : '@=';

COMMENT : '#' ~[\n]* -> channel(HIDDEN);
WS : [ \t\f]+ -> channel(HIDDEN);
LINE_JOIN : '\\' '\n' -> channel(HIDDEN);

// Any other character; PythonLexerBase turns it into CPython's error.
ERROR_CHAR : . ;

fragment DEC_INTEGER : [1-9] ('_'? [0-9])* | '0'+ ('_'? '0')*;
fragment DIGIT_PART : [0-9] ('_'? [0-9])*;
fragment FLOAT_NUMBER
    : DIGIT_PART? '.' DIGIT_PART EXPONENT?
    | DIGIT_PART '.' EXPONENT?
    | DIGIT_PART EXPONENT
    ;
fragment EXPONENT : [eE] [+-]? DIGIT_PART;

// Identifiers per PEP 3131 (approximating XID_Start/XID_Continue by their general categories).
fragment ID_START : [_\p{L}\p{Nl}\u1885\u1886\u2118\u212E\u309B\u309C];
fragment ID_CONTINUE : ID_START | [\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00B7\u0387\u1369-\u1371\u19DA];
