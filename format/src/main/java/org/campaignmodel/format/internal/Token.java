package org.campaignmodel.format.internal;

import org.campaignmodel.internal.text.Words;

/**
 * The kinds of token a {@link TokenReader} reports, as plain ints. Why ints: they are the same
 * numbers as Jackson's {@code JsonTokenId} in both Jackson 2 and 3, so that a binding hands over its
 * parser's token id without any mapping in the hot loop.
 */
public final class Token {
    /** No token: the end of the input, or before the first. */
    public static final int NONE = 0;
    /** <code>{</code> */
    public static final int START_OBJECT = 1;
    /** <code>}</code> */
    public static final int END_OBJECT = 2;
    /** {@code [} */
    public static final int START_ARRAY = 3;
    /** {@code ]} */
    public static final int END_ARRAY = 4;
    /** A property name. */
    public static final int NAME = 5;
    /** A string value. */
    public static final int STRING = 6;
    /** A number without fraction or exponent. */
    public static final int INT = 7;
    /** A number with a fraction or exponent. */
    public static final int FLOAT = 8;
    /** {@code true} */
    public static final int TRUE = 9;
    /** {@code false} */
    public static final int FALSE = 10;
    /** {@code null} */
    public static final int NULL = 11;

    private Token() {}

    /**
     * Says what a token is, in the words a message uses.
     *
     * @param token a token id
     * @return such as "an object" or "a number"
     */
    public static Words describe(int token) {
        return Say.words(
                switch (token) {
                    case NONE -> "token.end";
                    case START_OBJECT -> "token.object";
                    case START_ARRAY -> "token.list";
                    case STRING -> "token.string";
                    case INT, FLOAT -> "token.number";
                    case TRUE, FALSE -> "token.boolean";
                    case NULL -> "token.null";
                    case END_OBJECT -> "token.end_object";
                    case END_ARRAY -> "token.end_list";
                    default -> "token.name";
                });
    }
}
