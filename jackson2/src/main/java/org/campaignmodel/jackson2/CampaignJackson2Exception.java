package org.campaignmodel.jackson2;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Objects;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.format.internal.PlainWords;
import org.campaignmodel.format.internal.ReadProblem;

/**
 * The one exception {@link CampaignJackson2} throws for a document it cannot read or a value it
 * cannot write, with the same code, JSON Pointer, line, column and words as the Jackson 3 binding's
 * {@code CampaignJsonException}. Its message is safe to print (see {@link DocumentException}).
 */
public final class CampaignJackson2Exception extends DocumentException {
    private static final long serialVersionUID = 1L;

    CampaignJackson2Exception(String code, String pointer, String problem, int line, int column, boolean ndjson) {
        super(code, pointer, problem, line, column, ndjson);
    }

    CampaignJackson2Exception(ReadProblem problem) {
        this(problem.code, problem.pointer, problem.problem, problem.line, problem.column, false);
    }

    /**
     * Turns a Jackson 2 exception from any mapper that has {@link Jackson2CampaignModule} into this
     * one, with the JSON Pointer, line and column of the problem, as {@link CampaignJackson2} does: for
     * frameworks that read with their own mapper and want the library's diagnostics.
     *
     * @param e the exception a mapper threw while reading or writing campaign documents
     * @return the same problem as a {@code CampaignJackson2Exception}
     */
    public static CampaignJackson2Exception from(JacksonException e) {
        Objects.requireNonNull(e, "e");
        if (e instanceof InvalidInput invalid) {
            return new CampaignJackson2Exception(invalid.problem());
        }
        if (e instanceof InvalidValue) {
            return new CampaignJackson2Exception(
                    "value.invalid", "", String.valueOf(e.getOriginalMessage()), 0, 0, false);
        }
        return new CampaignJackson2Exception(readProblem(e));
    }

    /** The problem a Jackson failure (other than a value the module cannot write) describes. */
    static ReadProblem readProblem(JacksonException e) {
        if (e instanceof InvalidInput invalid) {
            return invalid.problem();
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String pointer = "";
        if (e.getProcessor() instanceof JsonParser parser) {
            pointer = parser.getParsingContext().pathAsPointer().toString();
        } else if (e instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                String name = ref.getFieldName();
                b.append('/').append(name != null ? name.replace("~", "~0").replace("/", "~1") : ref.getIndex());
            }
            pointer = b.toString();
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Illegal character ((CTRL-CHAR") && column > 1) {
            // Jackson 2 places this one after the character, Jackson 3 (and every other error) at it
            column--;
        }
        return new ReadProblem(PlainWords.code(original), pointer, PlainWords.words(original), line, column);
    }

    CampaignJackson2Exception at(String newPointer) {
        return new CampaignJackson2Exception(
                code(),
                newPointer,
                problem(),
                lineNumber().orElse(0),
                columnNumber().orElse(0),
                isNdjsonLine());
    }

    CampaignJackson2Exception atLine(int lineNumber) {
        return new CampaignJackson2Exception(
                code(), pointer(), problem(), lineNumber, columnNumber().orElse(0), true);
    }
}
