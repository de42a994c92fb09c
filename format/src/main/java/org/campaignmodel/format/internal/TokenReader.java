package org.campaignmodel.format.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A JSON token stream as the codec reads it: what each binding's parser offers, in the few calls the
 * codec needs. Implementations throw their own parser's exception for text that is not JSON; the
 * codec lets it pass and the binding says what it means.
 */
public interface TokenReader {
    /** {@return the next token's id (see {@link Token}), {@link Token#NONE} at the end of the input} */
    int next();

    /** {@return the current token's id} */
    int current();

    /**
     * Moves to the next token and, if it is a property name, returns it.
     *
     * @return the name, or null when the object ends there
     */
    @Nullable
    String nextName();

    /** {@return the text of the current string value or property name} */
    String string();

    /** {@return the current number exactly as written} */
    String numberText();

    /** {@return whether the current whole number fits an {@code int}} */
    boolean isInt();

    /** {@return the current whole number as an {@code int}; only when {@link #isInt()}} */
    int intValue();

    /**
     * Returns the current number as a decimal.
     *
     * @return the value
     * @throws NumberFormatException or {@link ArithmeticException} for a number no decimal can hold
     */
    BigDecimal decimalValue();

    /** At the start of an object or list, moves to its end; otherwise does nothing. */
    void skipChildren();

    /** {@return the JSON Pointer of the current value, or of the value a current name names} */
    String pointer();

    /** {@return the JSON Pointer of the object or list whose start token is current} */
    String containerPointer();

    /** {@return whether the object or list whose start token is current is the whole document} */
    boolean atRoot();

    /** {@return how deep the current position is in the whole document, objects and lists counted} */
    int depth();

    /** {@return how many characters or bytes of the input are read} */
    long offset();

    /** {@return the one-based line where the current token starts, or 0 when unknown} */
    int line();

    /** {@return the one-based column where the current token starts, or 0 when unknown} */
    int column();

    /**
     * Tells whether the parser's own limits are looser than the codec's, so that the codec must
     * check depth and length itself (a framework's parser with Jackson's defaults).
     *
     * @return true when the codec checks depth and document length
     */
    boolean needsLimitChecks();
}
