/*
 * Parser for Xen domain configuration files, both dialects.
 *
 * The unit of parsing is one logical line (Python's term): a list spanning
 * lines, or a line joined by a backslash, is one logical line. The driver
 * (dev.xenlint.syntax.ConfigParser) hands the parser one logical line at a
 * time, so an error never reaches past the end of its line, and derives the
 * block structure of if/for/def/try from indentation afterwards, the way
 * Python's tokenizer derives INDENT and DEDENT.
 *
 * xl files use only `NAME (= | +=) value` with strings, numbers and lists;
 * everything else here is the Python 2 that xm files contain.
 */
parser grammar XenParser;

options { tokenVocab = XenLexer; contextSuperClass = XenParserContext; }

line
    : ( smallStatements | clause COLON smallStatements? ) NEWLINE? EOF
    ;

smallStatements
    : smallStatement ( SEMI smallStatement )* SEMI?
    ;

// Headers of compound statements; their bodies are the following, more
// indented lines, or the statements after the colon on the same line.
clause
    : IF test                                                  # ifClause
    | ELIF test                                                # elifClause
    | ELSE                                                     # elseClause
    | FOR targetList IN testList                               # forClause
    | WHILE test                                               # whileClause
    | TRY                                                      # tryClause
    | EXCEPT ( test ( ( AS | COMMA ) target )? )?              # exceptClause
    | FINALLY                                                  # finallyClause
    | DEF NAME LPAREN parameters? RPAREN                       # defClause
    | CLASS NAME ( LPAREN testList? RPAREN )?                  # classClause
    | WITH withItem ( COMMA withItem )*                        # withClause
    ;

withItem
    : test ( AS target )?
    ;

smallStatement
    : testList ( ( ASSIGN testList )+ | augmentedAssign testList )?   # expressionStatement
    | IMPORT dottedAsName ( COMMA dottedAsName )*                     # importStatement
    | FROM DOT* dottedName? IMPORT
      ( STAR | LPAREN importAsNames RPAREN | importAsNames )          # fromImportStatement
    | PRINT ( RIGHT_SHIFT test ( COMMA test )* COMMA?
            | test ( COMMA test )* COMMA? )?                          # printStatement
    | PASS                                                            # passStatement
    | BREAK                                                           # breakStatement
    | CONTINUE                                                        # continueStatement
    | RETURN testList?                                                # returnStatement
    | DEL testList                                                    # delStatement
    | GLOBAL NAME ( COMMA NAME )*                                     # globalStatement
    | RAISE ( test ( COMMA test ( COMMA test )? )? )?                 # raiseStatement
    | ASSERT test ( COMMA test )?                                     # assertStatement
    ;

augmentedAssign
    : PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | SLASH_ASSIGN | PERCENT_ASSIGN
    | FLOOR_DIV_ASSIGN | POWER_ASSIGN | AMP_ASSIGN | PIPE_ASSIGN | CARET_ASSIGN
    | LSHIFT_ASSIGN | RSHIFT_ASSIGN
    ;

dottedName    : NAME ( DOT NAME )* ;
dottedAsName  : dottedName ( AS NAME )? ;
importAsNames : NAME ( AS NAME )? ( COMMA NAME ( AS NAME )? )* COMMA? ;

parameters
    : parameter ( COMMA parameter )* COMMA?
    ;

parameter
    : NAME ( ASSIGN test )?
    | STAR NAME
    | POWER NAME
    | LPAREN targetList RPAREN
    ;

targetList
    : target ( COMMA target )* COMMA?
    ;

target
    : NAME ( DOT NAME | LBRACK test RBRACK )*
    | LPAREN targetList RPAREN
    | LBRACK targetList RBRACK
    ;

testList
    : test ( COMMA test )* COMMA?
    ;

test
    : expr ( IF expr ELSE test )?                              # conditionalTest
    | LAMBDA parameters? COLON test                            # lambdaTest
    ;

// Alternatives are listed from the tightest binding to the loosest.
expr
    : atom                                                     # atomExpr
    | expr LPAREN arguments? RPAREN                            # callExpr
    | expr LBRACK subscripts RBRACK                            # subscriptExpr
    | expr DOT NAME                                            # attributeExpr
    | <assoc = right> expr POWER expr                          # powerExpr
    | op = ( PLUS | MINUS | TILDE ) expr                       # unaryExpr
    | expr op = ( STAR | SLASH | FLOOR_DIV | PERCENT ) expr    # multiplicativeExpr
    | expr op = ( PLUS | MINUS ) expr                          # additiveExpr
    | expr op = ( LEFT_SHIFT | RIGHT_SHIFT ) expr              # shiftExpr
    | expr AMPERSAND expr                                      # bitAndExpr
    | expr CARET expr                                          # bitXorExpr
    | expr PIPE expr                                           # bitOrExpr
    | expr comparison expr                                     # comparisonExpr
    | NOT expr                                                 # notExpr
    | expr AND expr                                            # andExpr
    | expr OR expr                                             # orExpr
    ;

// `IS NOT` before `IS`: `a is not b` could also read as `a is (not b)`, and
// ANTLR resolves the ambiguity with the alternative listed first.
comparison
    : LESS | GREATER | EQUALS | NOT_EQUALS | LESS_EQUAL | GREATER_EQUAL
    | NOT IN | IN | IS NOT | IS
    ;

atom
    : LPAREN ( test compFor | testList )? RPAREN               # parenAtom
    | LBRACK ( test compFor | testList )? RBRACK               # listAtom
    | LBRACE dictEntries? RBRACE                               # dictAtom
    | NAME                                                     # nameAtom
    | NUMBER                                                   # numberAtom
    | STRING+                                                  # stringAtom
    | ( TRUE | FALSE | NONE )                                  # constantAtom
    ;

dictEntries
    : test COLON test ( COMMA test COLON test )* COMMA?
    | testList
    ;

compFor
    : FOR targetList IN expr ( compFor | IF expr )*
    ;

arguments
    : argument ( COMMA argument )* COMMA?
    ;

argument
    : NAME ASSIGN test
    | STAR test
    | POWER test
    | test compFor?
    ;

subscripts
    : subscript ( COMMA subscript )* COMMA?
    ;

subscript
    : test? COLON test? ( COLON test? )?
    | test
    ;
