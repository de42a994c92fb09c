package org.campaignmodel.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.campaignmodel.internal.CampaignStyle;
import org.campaignmodel.internal.TextValidator;
import org.immutables.value.Value;

/** One thing wrong with a model object: what, where, and in words an editor understands. */
@Value.Immutable
@CampaignStyle
public interface ValidationProblem {
    /** {@return a stable, machine-readable code, such as {@code demand.number.sequence}} */
    String getCode();

    /** {@return the property path from the validated object, such as {@code demands[2].number}} */
    String getPath();

    /** {@return the same location as a JSON Pointer into the object's JSON form, such as {@code /demands/2/number}} */
    String getPointer();

    /** {@return a plain-language message saying what is wrong and how to fix it} */
    String getMessage();

    /**
     * Returns the offending value for display: at most 80 characters, with control characters and
     * direction overrides written as {@code \}{@code uXXXX} escapes so that the report cannot hide
     * them.
     *
     * @return the value, if there is one to show
     */
    Optional<String> getValue();

    /**
     * Returns the one-based line of the document text where the problem is, for problems found while
     * reading text; a model object built in code has no lines.
     *
     * @return the line, if known
     */
    OptionalInt getLine();

    /**
     * Returns the one-based column of {@link #getLine()} where the problem is.
     *
     * @return the column, if known
     */
    OptionalInt getColumn();

    /**
     * Returns the pointer as a report may print it: {@code /} for the whole document, and characters
     * that could hide text or drive a terminal (an escape character in a property name, say) written
     * as {@code \}{@code uXXXX} escapes. {@link #getPointer()} stays exact, for programs.
     *
     * @return the pointer to show
     */
    default String getShownPointer() {
        String pointer = getPointer();
        if (pointer.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder(pointer.length());
        pointer.codePoints().forEach(c -> {
            if (TextValidator.isHidden(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ValidationProblem}; {@link CampaignValidator} makes these. */
    final class Builder extends ImmutableValidationProblem.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
