package dev.xenlint.syntax;

/**
 * The kinds of {@link Node}, one per form of the grammar in {@code grammar/XenParser.g4}. The
 * kinds named after a whole category ({@link #CLAUSE}, {@link #SMALL_STATEMENT}, {@link #TEST},
 * {@link #EXPR}, {@link #ATOM}) are what the parser leaves where it could not tell which form was
 * written; they occur only on lines with a syntax error.
 */
public enum NodeKind {
    LINE(Category.OTHER),
    SMALL_STATEMENTS(Category.OTHER),

    CLAUSE(Category.CLAUSE),
    IF_CLAUSE(Category.CLAUSE),
    ELIF_CLAUSE(Category.CLAUSE),
    ELSE_CLAUSE(Category.CLAUSE),
    FOR_CLAUSE(Category.CLAUSE),
    WHILE_CLAUSE(Category.CLAUSE),
    TRY_CLAUSE(Category.CLAUSE),
    EXCEPT_CLAUSE(Category.CLAUSE),
    FINALLY_CLAUSE(Category.CLAUSE),
    DEF_CLAUSE(Category.CLAUSE),
    CLASS_CLAUSE(Category.CLAUSE),
    WITH_CLAUSE(Category.CLAUSE),
    WITH_ITEM(Category.OTHER),

    SMALL_STATEMENT(Category.STATEMENT),
    EXPRESSION_STATEMENT(Category.STATEMENT),
    IMPORT_STATEMENT(Category.STATEMENT),
    FROM_IMPORT_STATEMENT(Category.STATEMENT),
    PRINT_STATEMENT(Category.STATEMENT),
    PASS_STATEMENT(Category.STATEMENT),
    BREAK_STATEMENT(Category.STATEMENT),
    CONTINUE_STATEMENT(Category.STATEMENT),
    RETURN_STATEMENT(Category.STATEMENT),
    DEL_STATEMENT(Category.STATEMENT),
    GLOBAL_STATEMENT(Category.STATEMENT),
    RAISE_STATEMENT(Category.STATEMENT),
    ASSERT_STATEMENT(Category.STATEMENT),

    AUGMENTED_ASSIGN(Category.OTHER),
    DOTTED_NAME(Category.OTHER),
    DOTTED_AS_NAME(Category.OTHER),
    IMPORT_AS_NAMES(Category.OTHER),
    PARAMETERS(Category.OTHER),
    PARAMETER(Category.OTHER),
    TARGET_LIST(Category.OTHER),
    TARGET(Category.OTHER),
    TEST_LIST(Category.OTHER),

    TEST(Category.TEST),
    CONDITIONAL_TEST(Category.TEST),
    LAMBDA_TEST(Category.TEST),

    EXPR(Category.EXPR),
    ATOM_EXPR(Category.EXPR),
    CALL_EXPR(Category.EXPR),
    SUBSCRIPT_EXPR(Category.EXPR),
    ATTRIBUTE_EXPR(Category.EXPR),
    POWER_EXPR(Category.EXPR),
    UNARY_EXPR(Category.EXPR),
    MULTIPLICATIVE_EXPR(Category.EXPR),
    ADDITIVE_EXPR(Category.EXPR),
    SHIFT_EXPR(Category.EXPR),
    BIT_AND_EXPR(Category.EXPR),
    BIT_XOR_EXPR(Category.EXPR),
    BIT_OR_EXPR(Category.EXPR),
    COMPARISON_EXPR(Category.EXPR),
    NOT_EXPR(Category.EXPR),
    AND_EXPR(Category.EXPR),
    OR_EXPR(Category.EXPR),
    COMPARISON(Category.OTHER),

    ATOM(Category.ATOM),
    PAREN_ATOM(Category.ATOM),
    LIST_ATOM(Category.ATOM),
    DICT_ATOM(Category.ATOM),
    NAME_ATOM(Category.ATOM),
    NUMBER_ATOM(Category.ATOM),
    STRING_ATOM(Category.ATOM),
    CONSTANT_ATOM(Category.ATOM),

    DICT_ENTRIES(Category.OTHER),
    COMP_FOR(Category.OTHER),
    ARGUMENTS(Category.OTHER),
    ARGUMENT(Category.OTHER),
    SUBSCRIPTS(Category.OTHER),
    SUBSCRIPT(Category.OTHER);

    /** The grammar rule a kind is a form of, where the rule has several forms. */
    public enum Category { CLAUSE, STATEMENT, TEST, EXPR, ATOM, OTHER }

    private final Category category;

    NodeKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
