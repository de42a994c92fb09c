package org.campaignmodel.format.internal;

import java.math.BigDecimal;

/**
 * A JSON generator as the codec writes to it: what each binding's generator offers, in the few calls
 * the codec needs. Property names of the model are written by number ({@link #name(int)}), so that
 * each binding can keep them encoded in its own form.
 */
public interface TokenWriter {
    /**
     * Starts an object.
     *
     * @param value the value it holds, for a generator that tracks it
     */
    void startObject(Object value);

    /** Ends the object. */
    void endObject();

    /** Starts a list. */
    void startArray();

    /** Ends the list. */
    void endArray();

    /**
     * Writes one of the model's property names.
     *
     * @param name its number in {@link ModelWriters#NAMES}
     */
    void name(int name);

    /**
     * Writes any other property name.
     *
     * @param name the name
     */
    void name(String name);

    /**
     * Writes a string.
     *
     * @param value the text
     */
    void string(String value);

    /**
     * Writes a whole number.
     *
     * @param value the number
     */
    void number(int value);

    /**
     * Writes a decimal with every digit and its scale.
     *
     * @param value the number
     */
    void decimal(BigDecimal value);

    /**
     * Writes a number exactly as it was read, or as close as a generator that holds no text can.
     *
     * @param text a JSON number
     */
    void numberAsWritten(String text);

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value the value
     */
    void bool(boolean value);

    /** Writes {@code null}; only inside extension values, which hold any JSON. */
    void nullValue();

    /** {@return whether nothing has been written yet outside the current value} */
    boolean inRoot();
}
