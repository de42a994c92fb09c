package org.campaignmodel.json;

import java.util.Objects;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * The one exception {@link CampaignJson} throws for a document it cannot read or a value it cannot
 * write: it says what is wrong and where, as a JSON Pointer and, where the text has them, a line and
 * column.
 *
 * <p>Its message is safe to print: at most {@value #MAX_MESSAGE_LENGTH} characters, with control
 * characters and direction overrides from the document written as {@code \}{@code uXXXX} escapes,
 * so that a property named to clear a terminal cannot do so; so is {@link #problem()}. {@link
 * #pointer()} stays exact, for programs. It holds
 * no parser or input, so that keeping many of them (one per bad NDJSON line) costs little memory.
 */
public final class CampaignJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The longest message this exception carries, in characters. */
    public static final int MAX_MESSAGE_LENGTH = 500;

    /** The longest stretch of a pointer or quoted value a message shows. */
    private static final int MAX_SHOWN = 80;

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

    CampaignJsonException(String pointer, String problem, int line, int column, boolean ndjson) {
        super(format(pointer, problem, line, column, ndjson));
        this.pointer = pointer;
        this.problem = shown(problem, MAX_MESSAGE_LENGTH - 100);
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.ndjson = ndjson;
    }

    CampaignJsonException(String pointer, String problem) {
        this(pointer, problem, 0, 0, false);
    }

    /**
     * Turns a Jackson exception from any mapper that has {@link CampaignModule} into this one, with the
     * JSON Pointer, line and column of the problem, as {@link CampaignJson} does: for frameworks that
     * read with their own mapper and want the library's diagnostics.
     *
     * @param e the exception a mapper threw while reading or writing campaign documents
     * @return the same problem as a {@code CampaignJsonException}
     */
    public static CampaignJsonException from(JacksonException e) {
        Objects.requireNonNull(e, "e");
        TokenStreamLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        if (e instanceof InvalidInput invalid) {
            return new CampaignJsonException(invalid.pointer(), invalid.problem(), line, column, false);
        }
        String pointer = "";
        if (e.processor() instanceof JsonParser parser) {
            pointer = parser.streamReadContext().pathAsPointer().toString();
        } else if (!e.getPath().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (JacksonException.Reference ref : e.getPath()) {
                String name = ref.getPropertyName();
                b.append('/').append(name != null ? name.replace("~", "~0").replace("/", "~1") : ref.getIndex());
            }
            pointer = b.toString();
        }
        String problem = PlainWords.describe(String.valueOf(e.getOriginalMessage()));
        return new CampaignJsonException(pointer, problem, line, column, false);
    }

    private static String format(String pointer, String problem, int line, int column, boolean ndjson) {
        StringBuilder message = new StringBuilder();
        if (ndjson && line > 0) {
            message.append("line ").append(line).append(": ");
        }
        message.append(pointer.isEmpty() ? "/" : shown(pointer, MAX_SHOWN)).append(": ");
        String where = "";
        if (!ndjson && line > 0) {
            where = " (line " + line + ", column " + column + ")";
        } else if (ndjson && column > 0) {
            where = " (column " + column + ")";
        }
        int room = MAX_MESSAGE_LENGTH - message.length() - where.length();
        message.append(shown(problem, room)).append(where);
        return message.toString();
    }

    /**
     * Text as a message may show it: hidden characters escaped, and cut with an ellipsis to at most
     * {@code max} characters.
     */
    static String shown(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int cut = -1; // where the ellipsis goes if the whole text does not fit; escapes are never split
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String piece;
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                piece = paired ? text.substring(i, i + 2) : escape(c);
                if (paired) {
                    i++;
                }
            } else {
                piece = hidden(c) ? escape(c) : String.valueOf(c);
            }
            if (cut < 0 && out.length() + piece.length() > max - 1) {
                cut = out.length();
            }
            out.append(piece);
            if (out.length() > max) {
                return out.substring(0, cut) + '…';
            }
        }
        return out.toString();
    }

    private static boolean hidden(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF;
    }

    private static String escape(char c) {
        return String.format("\\u%04X", (int) c);
    }

    CampaignJsonException at(String newPointer) {
        return new CampaignJsonException(newPointer, problem, line, column, ndjson);
    }

    CampaignJsonException atLine(int lineNumber) {
        return new CampaignJsonException(pointer, problem, lineNumber, column, true);
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
