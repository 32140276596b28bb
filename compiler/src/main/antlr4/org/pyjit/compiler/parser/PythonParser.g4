/*
 * Python 3.11 syntax, shaped for ANTLR's ALL(*) prediction. Where CPython's PEG grammar uses
 * lookahead to tell targets from expressions, this grammar parses a superset (targets as
 * expressions, parameters and arguments in any order) and AstBuilder checks the rest with
 * CPython's messages. f-strings arrive as one STRING token and are parsed by FStringParser.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; contextSuperClass = PythonRuleContext; }

// ---------------------------------------------------------------- start rules

file_input : statement* EOF;

single_input : statement* EOF;

eval_input : expressions NEWLINE* EOF;

/** An f-string replacement field's expression, wrapped in parentheses as CPython does. */
fstring_expr_input : atom NEWLINE? EOF;

// ---------------------------------------------------------------- statements

statement : compound_stmt | simple_stmts;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE;

simple_stmt
    : expr_stmt
    | return_stmt
    | import_name
    | import_from
    | raise_stmt
    | pass_stmt
    | del_stmt
    | assert_stmt
    | break_stmt
    | continue_stmt
    | global_stmt
    | nonlocal_stmt
    ;

// Assignments, augmented and annotated assignments, expression statements; the targets are
// parsed as expressions and checked by AstBuilder.
expr_stmt
    : annotated_rhs
      ( COLON annotation=expression (ASSIGN annotated_rhs)?
      | augassign annotated_rhs
      | (ASSIGN annotated_rhs)*
      )
    ;

annotated_rhs : yield_expr | star_expressions;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
    | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL
    | DOUBLESLASHEQUAL
    ;

return_stmt : RETURN star_expressions?;
raise_stmt : RAISE (expression (FROM expression)?)?;
pass_stmt : PASS;
break_stmt : BREAK;
continue_stmt : CONTINUE;
global_stmt : GLOBAL NAME (COMMA NAME)*;
nonlocal_stmt : NONLOCAL NAME (COMMA NAME)*;
del_stmt : DEL del_target (COMMA del_target)* COMMA?;
del_target : STAR? bitwise_or;
assert_stmt : ASSERT expression (COMMA expression)?;

import_name : IMPORT dotted_as_name (COMMA dotted_as_name)*;
dotted_as_name : dotted_name (AS NAME)?;
dotted_name : NAME (DOT NAME)*;

import_from
    : FROM (DOT | ELLIPSIS)* dotted_name? IMPORT
      ( STAR
      | LPAR import_as_name (COMMA import_as_name)* COMMA? RPAR
      | import_as_name (COMMA import_as_name)*
      )
    ;
import_as_name : NAME (AS NAME)?;

// ---------------------------------------------------------------- compound statements

compound_stmt
    : function_def
    | if_stmt
    | class_def
    | with_stmt
    | for_stmt
    | try_stmt
    | while_stmt
    | decorated
    | match_stmt
    ;

block : simple_stmts | NEWLINE INDENT statement+ DEDENT;

decorated : decorator+ (class_def | function_def);
decorator : AT named_expression NEWLINE;

class_def : CLASS NAME (LPAR arguments? RPAR)? COLON block;

function_def : ASYNC? DEF NAME LPAR parameters? RPAR (ARROW expression)? COLON block;

parameters : parameter (COMMA parameter)* COMMA?;
parameter
    : SLASH
    | STAR (NAME (COLON star_expression)? (ASSIGN expression)?)?
    | DOUBLESTAR NAME (COLON expression)? (ASSIGN expression)?
    | NAME (COLON expression)? (ASSIGN expression)?
    ;

if_stmt : IF named_expression COLON block elif_clause* else_clause?;
elif_clause : ELIF named_expression COLON block;
else_clause : ELSE COLON block;

while_stmt : WHILE named_expression COLON block else_clause?;

for_stmt : ASYNC? FOR star_targets IN star_expressions COLON block else_clause?;

with_stmt
    : ASYNC? WITH
      ( LPAR with_item (COMMA with_item)* COMMA? RPAR
      | with_item (COMMA with_item)*
      )
      COLON block
    ;
with_item : expression (AS star_target)?;

try_stmt
    : TRY COLON block
      ( except_clause+ else_clause? finally_clause?
      | finally_clause
      )
    ;
except_clause : EXCEPT STAR? (expression (AS NAME)?)? COLON block;
finally_clause : FINALLY COLON block;

// ---------------------------------------------------------------- match statements
// 'match' and 'case' are soft keywords: SoftKeywords turns the NAME tokens that start a match
// statement and its cases into MATCH and CASE before parsing; '_' stays a NAME. PatternBuilder
// checks what this superset lets through.

match_stmt
    : MATCH star_named_expression (COMMA star_named_expression)* COMMA?
      COLON NEWLINE INDENT case_block+ DEDENT
    ;

case_block
    : CASE patterns (IF named_expression)? COLON block
    ;

patterns : maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?;

maybe_star_pattern : STAR NAME | pattern;

pattern : or_pattern (AS NAME)?;

or_pattern : closed_pattern (VBAR closed_pattern)*;

closed_pattern
    : literal_pattern
    | name_or_attr (LPAR class_arguments? RPAR)?
    | LPAR (maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?)? RPAR
    | LSQB (maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?)? RSQB
    | LBRACE (mapping_item (COMMA mapping_item)* COMMA?)? RBRACE
    ;

literal_pattern
    : MINUS? NUMBER ((PLUS | MINUS) NUMBER)?
    | STRING+
    | NONE
    | TRUE
    | FALSE
    ;

name_or_attr : NAME (DOT NAME)*;

class_arguments : class_argument (COMMA class_argument)* COMMA?;
class_argument : NAME ASSIGN pattern | pattern;

mapping_item : DOUBLESTAR NAME | (literal_pattern | name_or_attr) COLON pattern;

// ---------------------------------------------------------------- targets

star_targets : star_target (COMMA star_target)* COMMA?;
star_target : STAR? bitwise_or;

// ---------------------------------------------------------------- expressions

expressions : expression (COMMA expression)* COMMA?;

expression
    : disjunction (IF disjunction ELSE expression)?
    | lambdef
    ;

yield_expr : YIELD (FROM expression | star_expressions?);

star_expressions : star_expression (COMMA star_expression)* COMMA?;
star_expression : STAR bitwise_or | expression;

star_named_expression : STAR bitwise_or | named_expression;

named_expression : NAME WALRUS expression | expression;

disjunction : conjunction (OR conjunction)*;
conjunction : inversion (AND inversion)*;
inversion : NOT inversion | comparison;

comparison : bitwise_or (comp_op bitwise_or)*;
comp_op
    : EQEQUAL | NOTEQUAL | LESS | LESSEQUAL | GREATER | GREATEREQUAL
    | IN | NOT IN | IS | IS NOT
    ;

bitwise_or : bitwise_xor (VBAR bitwise_xor)*;
bitwise_xor : bitwise_and (CIRCUMFLEX bitwise_and)*;
bitwise_and : shift_expr (AMPER shift_expr)*;
shift_expr : sum ((LEFTSHIFT | RIGHTSHIFT) sum)*;
sum : term ((PLUS | MINUS) term)*;
term : factor ((STAR | SLASH | DOUBLESLASH | PERCENT | AT) factor)*;
factor : (PLUS | MINUS | TILDE) factor | power;
power : await_primary (DOUBLESTAR factor)?;
await_primary : AWAIT? primary;

primary : atom trailer*;
trailer
    : DOT NAME
    | LPAR arguments? RPAR
    | LSQB slices RSQB
    ;

slices : slice (COMMA slice)* COMMA?;
slice
    : STAR bitwise_or
    | named_expression (COLON expression? (COLON expression?)?)?
    | COLON expression? (COLON expression?)?
    ;

// No labelled alternatives here: ANTLR would allocate a second context for every atom.
atom
    : NAME
    | TRUE
    | FALSE
    | NONE
    | STRING+
    | NUMBER
    | ELLIPSIS
    | LPAR (yield_expr | testlist_comp)? RPAR
    | LSQB testlist_comp? RSQB
    | LBRACE dict_or_set? RBRACE
    ;

testlist_comp
    : star_named_expression
      ( for_if_clauses
      | (COMMA star_named_expression)* COMMA?
      )
    ;

dict_or_set
    : dict_or_set_item
      ( for_if_clauses
      | (COMMA dict_or_set_item)* COMMA?
      )
    ;
dict_or_set_item
    : DOUBLESTAR bitwise_or
    | STAR bitwise_or
    | named_expression (COLON expression)?
    ;

for_if_clauses : for_if_clause+;
for_if_clause : ASYNC? FOR star_targets IN disjunction (IF disjunction)*;

lambdef : LAMBDA lambda_parameters? COLON expression;
lambda_parameters : lambda_parameter (COMMA lambda_parameter)* COMMA?;
lambda_parameter
    : SLASH
    | STAR (NAME (ASSIGN expression)?)?
    | DOUBLESTAR NAME (ASSIGN expression)?
    | NAME (ASSIGN expression)?
    ;

arguments : argument (COMMA argument)* COMMA?;
argument
    : NAME ASSIGN expression
    | DOUBLESTAR expression
    | STAR expression for_if_clauses?
    | named_expression for_if_clauses?
    ;
