package org.campaignmodel.json;

import java.util.Objects;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.format.internal.PlainWords;
import org.campaignmodel.format.internal.ReadProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * The one exception {@link CampaignJson} throws for a document it cannot read or a value it cannot
 * write: it says what is wrong and where, as a JSON Pointer and, where the text has them, a line and
 * column. The Jackson 2 binding reports the same problems with the same codes, pointers and words.
 *
 * <p>Its message is safe to print: at most {@value #MAX_MESSAGE_LENGTH} characters, with control
 * characters and direction overrides from the document written as {@code \}{@code uXXXX} escapes,
 * so that a property named to clear a terminal cannot do so; so is {@link #problem()}. {@link
 * #pointer()} stays exact, for programs. It holds no parser or input, so that keeping many of them
 * (one per bad NDJSON line) costs little memory.
 */
public final class CampaignJsonException extends DocumentException {
    private static final long serialVersionUID = 1L;

    CampaignJsonException(String code, String pointer, String problem, int line, int column, boolean ndjson) {
        super(code, pointer, problem, line, column, ndjson);
    }

    CampaignJsonException(String code, String pointer, String problem) {
        this(code, pointer, problem, 0, 0, false);
    }

    CampaignJsonException(ReadProblem problem) {
        this(problem.code, problem.pointer, problem.problem, problem.line, problem.column, false);
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
        if (e instanceof InvalidInput invalid) {
            return new CampaignJsonException(invalid.problem());
        }
        if (e instanceof InvalidValue) {
            return new CampaignJsonException("value.invalid", "", String.valueOf(e.getOriginalMessage()));
        }
        return new CampaignJsonException(readProblem(e));
    }

    /** The problem a Jackson failure (other than a value the module cannot write) describes. */
    static ReadProblem readProblem(JacksonException e) {
        if (e instanceof InvalidInput invalid) {
            return invalid.problem();
        }
        TokenStreamLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
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
        String original = String.valueOf(e.getOriginalMessage());
        return new ReadProblem(PlainWords.code(original), pointer, PlainWords.words(original), line, column);
    }

    CampaignJsonException at(String newPointer) {
        return new CampaignJsonException(
                code(),
                newPointer,
                problem(),
                lineNumber().orElse(0),
                columnNumber().orElse(0),
                isNdjsonLine());
    }

    CampaignJsonException atLine(int lineNumber) {
        return new CampaignJsonException(
                code(), pointer(), problem(), lineNumber, columnNumber().orElse(0), true);
    }
}
