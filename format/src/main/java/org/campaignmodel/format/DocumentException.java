package org.campaignmodel.format;

import java.util.OptionalInt;
import org.campaignmodel.format.internal.SafeText;

/**
 * A document a binding cannot read, or a value it cannot write: what is wrong and where, as a JSON
 * Pointer and, where the text has them, a line and column. Each binding throws its own subclass
 * ({@code CampaignJsonException} for Jackson 3, {@code CampaignJackson2Exception} for Jackson 2);
 * code that works with any binding catches this type.
 *
 * <p>Its message is safe to print: at most {@value #MAX_MESSAGE_LENGTH} characters, with control
 * characters and direction overrides from the document written as {@code \}{@code uXXXX} escapes,
 * so that a property named to clear a terminal cannot do so; so is {@link #problem()}. {@link
 * #pointer()} stays exact, for programs. It holds no parser or input, so that keeping many of them
 * (one per bad NDJSON line) costs little memory.
 */
public abstract class DocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The longest message this exception carries, in characters. */
    public static final int MAX_MESSAGE_LENGTH = 500;

    /** What kind of problem it is, such as {@code json.unknown_property}. */
    private final String code;

    /** The JSON Pointer of the problem; empty for the document as a whole. */
    private final String pointer;

    /** What is wrong, without the location. */
    private final String problem;

    /** The one-based line of the input, or 0 when unknown. */
    private final int line;

    /** The one-based column of the line, or 0 when unknown. */
    private final int column;

    /** Whether the line numbers lines of NDJSON, one document each. */
    private final boolean ndjson;

    /**
     * Creates the exception; bindings call this.
     *
     * @param code what kind of problem it is, such as {@code json.unknown_property}
     * @param pointer the JSON Pointer of the problem, empty for the whole document
     * @param problem what is wrong, in plain words
     * @param line the one-based line, or 0 when unknown
     * @param column the one-based column, or 0 when unknown
     * @param ndjson whether the line counts lines of NDJSON
     */
    protected DocumentException(String code, String pointer, String problem, int line, int column, boolean ndjson) {
        super(SafeText.message(pointer, problem, line, column, ndjson));
        this.code = code;
        this.pointer = pointer;
        this.problem = SafeText.shown(problem, MAX_MESSAGE_LENGTH - 100);
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.ndjson = ndjson;
    }

    /**
     * Returns what kind of problem it is, a stable code programs can act on, such as {@code
     * json.unknown_property}, {@code json.syntax} or {@code date.invalid}; the README lists them.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns where the problem is.
     *
     * @return a JSON Pointer such as {@code /demands/2/number}; the empty string for the whole document
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns what is wrong, in plain words, without the location; like the message, safe to print.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns the line of the input the problem is on: for NDJSON the line of the document, otherwise
     * the line within the document's text.
     *
     * @return the one-based line number, where the input has one
     */
    public OptionalInt lineNumber() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * Returns the column of that line the problem is at.
     *
     * @return the one-based column, where the input has one
     */
    public OptionalInt columnNumber() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /**
     * Tells whether the problem was found reading NDJSON, where {@link #lineNumber()} counts documents.
     *
     * @return true for a line of NDJSON
     */
    public boolean isNdjsonLine() {
        return ndjson;
    }
}
