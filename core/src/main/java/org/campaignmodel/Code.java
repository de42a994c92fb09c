package org.campaignmodel;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A value from one of the model's open code lists: statuses and kinds that other projects may extend.
 *
 * <p>Each code list (such as {@link DemandStatus}) has constants for the codes this library knows, and
 * {@code of(String)} accepts any other well-formed code too, so that a document written by a newer
 * version or another project never fails to read because of a status it invented. Such a code is kept
 * exactly and reports {@link #isKnown()} as false; code that must act on it can fall back as it sees
 * fit. A well-formed code is lowercase ASCII letters and digits in words joined by underscores, at most
 * 64 characters, such as {@code moved_online}.
 */
public abstract class Code {
    private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final int MAX_LENGTH = 64;

    private final String value;
    private final boolean known;

    Code(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    static String check(String value, String list) {
        if (value.length() > MAX_LENGTH || !SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException(list + " code \"" + shorten(value)
                    + "\" is not well formed: use lowercase letters and digits in words joined by"
                    + " underscores, at most " + MAX_LENGTH + " characters, such as \"moved_online\".");
        }
        return value;
    }

    private static String shorten(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "…";
    }

    /**
     * Returns the code as written in documents.
     *
     * @return the code, such as {@code proposed}
     */
    public final String getValue() {
        return value;
    }

    /**
     * Tells whether this library defines the code.
     *
     * @return true for one of the list's constants, false for a code another project introduced
     */
    public final boolean isKnown() {
        return known;
    }

    /**
     * Two codes are equal when they belong to the same list and have the same value.
     *
     * @param o the object to compare with
     * @return true if equal
     */
    @Override
    @SuppressWarnings("EqualsGetClass") // codes of different lists are never equal, even when spelled alike
    public final boolean equals(@Nullable Object o) {
        return o != null && o.getClass() == getClass() && ((Code) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the code.
     *
     * @return the code as written in documents
     */
    @Override
    public final String toString() {
        return value;
    }
}
