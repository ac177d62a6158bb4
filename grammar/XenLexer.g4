/*
 * Lexer for Xen domain configuration files.
 *
 * One lexer serves both dialects: xl's strict `key = value` subset and the
 * Python 2 that xm executed. The lexer is lossless: whitespace, line
 * continuations and blank-line newlines go to HIDDEN, comments to COMMENTS,
 * characters no rule accepts to ERRORS. Nothing is skipped, so the text of
 * all tokens, concatenated, is the input.
 *
 * Newlines are significant only at bracket depth zero and after a line with
 * content; XenLexerBase moves the others to HIDDEN, as Python's tokenizer
 * does with its NL token.
 *
 * This grammar is the specification; xenlint runs dev.xenlint.syntax.XenTokenizer,
 * a hand-written lexer that yields the very same tokens (XenTokenizerTest
 * compares the two). A change here needs the same change there.
 */
lexer grammar XenLexer;

options { superClass = XenLexerBase; }

channels { COMMENTS, ERRORS }

// ---- keywords (Python 2) ---------------------------------------------------
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
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
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
PRINT    : 'print';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
TRUE     : 'True';
FALSE    : 'False';
NONE     : 'None';

// ---- literals --------------------------------------------------------------
// A string may lack its closing quote; XenLexerBase reports that and the
// parser still sees a STRING, so one typo yields one diagnostic.
STRING
    : STRING_PREFIX? ( LONG_SINGLE | LONG_DOUBLE | SHORT_SINGLE | SHORT_DOUBLE )
    ;

// A string between typographic quotes (‘…’, “…”, „…“, «…», as pasted from a formatted document),
// closed on its line: neither toolstack reads it, but it is a STRING, so the parse goes on as if
// the quotes were straight and every rule sees the value; the parser driver reports it (with the
// repair) once per string. An unpaired typographic quote stays an ERROR_CHAR.
TYPOGRAPHIC_STRING
    : TYPOGRAPHIC_QUOTE ~[\r\n\u00AB\u00B4\u00BB\u2018-\u201F\u2032\u2033\u2039\u203A\u2E42\u300C-\u300F\u301D-\u301F\uFE41-\uFE44\uFF02\uFF07\uFF62\uFF63]* TYPOGRAPHIC_QUOTE
      -> type(STRING)
    ;

NUMBER
    : '0' [xX] HEX_DIGIT+ [lL]?
    | DIGIT+ ( '.' DIGIT* )? EXPONENT? [lLjJ]?
    | '.' DIGIT+ EXPONENT? [jJ]?
    ;

NAME : ID_START ID_CONTINUE* ;

// ---- brackets (depth tracked by XenLexerBase) -------------------------------
LPAREN : '(' { openBracket(); };
RPAREN : ')' { closeBracket(); };
LBRACK : '[' { openBracket(); };
RBRACK : ']' { closeBracket(); };
LBRACE : '{' { openBracket(); };
RBRACE : '}' { closeBracket(); };

// ---- operators and delimiters -----------------------------------------------
POWER_ASSIGN       : '**=';
FLOOR_DIV_ASSIGN   : '//=';
LSHIFT_ASSIGN      : '<<=';
RSHIFT_ASSIGN      : '>>=';
PLUS_ASSIGN        : '+=';
MINUS_ASSIGN       : '-=';
STAR_ASSIGN        : '*=';
SLASH_ASSIGN       : '/=';
PERCENT_ASSIGN     : '%=';
AMP_ASSIGN         : '&=';
PIPE_ASSIGN        : '|=';
CARET_ASSIGN       : '^=';
POWER              : '**';
FLOOR_DIV          : '//';
LEFT_SHIFT         : '<<';
RIGHT_SHIFT        : '>>';
EQUALS             : '==';
NOT_EQUALS         : '!=' | '<>';
LESS_EQUAL         : '<=';
GREATER_EQUAL      : '>=';
LESS               : '<';
GREATER            : '>';
ASSIGN             : '=';
PLUS               : '+';
MINUS              : '-';
STAR               : '*';
SLASH              : '/';
PERCENT            : '%';
AMPERSAND          : '&';
PIPE               : '|';
CARET              : '^';
TILDE              : '~';
DOT                : '.';
COMMA              : ',';
COLON              : ':';
SEMI               : ';';

// ---- layout ------------------------------------------------------------------
NEWLINE : '\r'? '\n' | '\r' ;

LINE_CONTINUATION : '\\' ( '\r'? '\n' | '\r' ) -> channel(HIDDEN);

WS : [ \t\f]+ -> channel(HIDDEN);

COMMENT : '#' ~[\r\n]* -> channel(COMMENTS);

// Anything else is a token of its own, so the lexer never fails.
ERROR_CHAR : . -> channel(ERRORS);

// ---- fragments -----------------------------------------------------------------
fragment STRING_PREFIX : [uUbB]? [rR] | [uUbB] ;
fragment SHORT_SINGLE  : '\'' ( ~[\\\r\n'] | ESCAPE )* '\''? ;
fragment SHORT_DOUBLE  : '"' ( ~[\\\r\n"] | ESCAPE )* '"'? ;
fragment LONG_SINGLE   : '\'\'\'' ( ESCAPE | ~'\\' )*? ( '\'\'\'' | EOF ) ;
fragment LONG_DOUBLE   : '"""' ( ESCAPE | ~'\\' )*? ( '"""' | EOF ) ;
fragment ESCAPE        : '\\' ( '\r\n' | . ) ;
// Unicode's Quotation_Mark characters other than ' and ", and the acute accent and primes fonts substitute
fragment TYPOGRAPHIC_QUOTE
    : [\u00AB\u00B4\u00BB\u2018-\u201F\u2032\u2033\u2039\u203A\u2E42\u300C-\u300F\u301D-\u301F\uFE41-\uFE44\uFF02\uFF07\uFF62\uFF63]
    ;
fragment DIGIT         : [0-9] ;
fragment HEX_DIGIT     : [0-9a-fA-F] ;
fragment EXPONENT      : [eE] [+-]? DIGIT+ ;
fragment ID_START      : [a-zA-Z_] ;
fragment ID_CONTINUE   : [a-zA-Z0-9_] ;
