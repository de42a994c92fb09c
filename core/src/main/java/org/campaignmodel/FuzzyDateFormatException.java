package org.campaignmodel;

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

    FuzzyDateFormatException(String input, int position, String problem) {
        super("Invalid fuzzy date \"" + input + "\" at position " + position + ": " + problem);
        this.input = input;
        this.position = position;
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
