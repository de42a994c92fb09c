package org.campaignmodel.json;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The one exception {@link CampaignJson} throws for a document it cannot read or a value it cannot
 * write: it says what is wrong and where, as a JSON Pointer and, for NDJSON, a line number.
 */
public final class CampaignJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the problem; empty for the document as a whole. */
    private final String pointer;

    /** What is wrong, without the location. */
    private final String problem;

    /** The one-based NDJSON line, or 0 when not reading NDJSON. */
    private final int line;

    CampaignJsonException(String pointer, String problem, int line, @Nullable Throwable cause) {
        super(format(pointer, problem, line), cause);
        this.pointer = pointer;
        this.problem = problem;
        this.line = line;
    }

    private static String format(String pointer, String problem, int line) {
        return (line > 0 ? "line " + line + ": " : "") + (pointer.isEmpty() ? "/" : pointer) + ": " + problem;
    }

    CampaignJsonException atLine(int lineNumber) {
        return new CampaignJsonException(pointer, problem, lineNumber, getCause());
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
     * Returns what is wrong, in plain words, without the location.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns the NDJSON line the problem is on.
     *
     * @return the one-based line number, when reading NDJSON
     */
    public OptionalInt lineNumber() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
