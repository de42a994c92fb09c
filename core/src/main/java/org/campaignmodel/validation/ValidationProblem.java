package org.campaignmodel.validation;

import java.util.Optional;
import org.campaignmodel.internal.CampaignStyle;
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
