package org.campaignmodel;

import java.util.Locale;
import org.campaignmodel.internal.text.Words;

/**
 * Thrown when a string is not a fuzzy date this library understands (EDTF levels 0 and 1). The message
 * names the offending position and says what was expected there.
 */
public final class FuzzyDateFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The string that failed to parse. */
    private final String input;

    /** The zero-based index of the problem in the input. */
    private final int position;

    /** What is wrong there, in words either language can say. */
    @SuppressWarnings("serial") // plain text and numbers
    private final Words reason;

    FuzzyDateFormatException(String input, int position, Words reason) {
        super(Words.of(EdtfParser.MESSAGES, "frame", input, position, reason).english());
        this.input = input;
        this.position = position;
        this.reason = reason;
    }

    /**
     * Returns the message in a language: Spanish for {@code es}, otherwise English, as {@link
     * #getMessage()}.
     *
     * @param locale the language
     * @return the message
     */
    public String getMessage(Locale locale) {
        return Words.of(EdtfParser.MESSAGES, "frame", input, position, reason).in(locale);
    }

    /**
     * Returns the string that failed to parse.
     *
     * @return the input, as given
     */
    public String getInput() {
        return input;
    }

    /**
     * Returns where in the input the problem was found.
     *
     * @return a zero-based character index; the input's length when it ended too early
     */
    public int getPosition() {
        return position;
    }
}
