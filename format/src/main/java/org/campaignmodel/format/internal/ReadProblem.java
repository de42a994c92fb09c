package org.campaignmodel.format.internal;

import java.util.Locale;
import org.campaignmodel.internal.text.Localized;

/**
 * One problem the reader found: a code, where it is (JSON Pointer, line and column) and what is
 * wrong in words English and Spanish readers understand. Thrown at once in strict reading,
 * collected otherwise. It carries no stack trace: it says where in the document, which is what its
 * reader needs.
 */
public final class ReadProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problem's code, such as {@code json.unknown_property}. */
    public final String code;

    /** The JSON Pointer of the problem; empty for the whole document. */
    public final String pointer;

    /** What is wrong, in English, without the location. */
    public final String problem;

    /** The one-based line, or 0 when unknown. */
    public final int line;

    /** The one-based column, or 0 when unknown. */
    public final int column;

    @SuppressWarnings("serial") // text and numbers
    private final Localized words;

    /**
     * Creates a problem.
     *
     * @param code the code
     * @param pointer the JSON Pointer
     * @param words what is wrong
     * @param line the one-based line, or 0
     * @param column the one-based column, or 0
     */
    public ReadProblem(String code, String pointer, Localized words, int line, int column) {
        super(code, null, false, false);
        this.code = code;
        this.pointer = pointer;
        this.words = words;
        this.problem = words.in(Locale.ENGLISH);
        this.line = line;
        this.column = column;
    }

    /**
     * Says what is wrong in a language.
     *
     * @param locale Spanish for {@code es}, otherwise English
     * @return the words, without the location
     */
    public String problem(Locale locale) {
        return words.in(locale);
    }

    /**
     * Moves the problem to another pointer.
     *
     * @param newPointer the pointer
     * @return the problem there
     */
    public ReadProblem at(String newPointer) {
        return new ReadProblem(code, newPointer, words, line, column);
    }

    @Override
    public String getMessage() {
        return problem;
    }
}
