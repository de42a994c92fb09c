package org.campaignmodel.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** Everything wrong with a model object, found in one pass, in a stable order. */
@Value.Immutable
@CampaignStyle
public abstract class ValidationReport {
    ValidationReport() {}

    /** {@return the problems, ordered by location and then by code; empty when the object is valid} */
    public abstract List<ValidationProblem> getProblems();

    /**
     * Returns the notices: things that are not wrong but look like mistakes, such as a code the
     * library does not know that is close to one it does ({@code won} for the demand status {@code
     * met}). Open code lists accept new codes, so a notice never makes a report invalid; a strict
     * caller, such as the command line's {@code --strict}, may still refuse them.
     *
     * @return the notices, in the order found; usually empty
     */
    public abstract List<ValidationProblem> getNotices();

    /**
     * Tells whether validation stopped before the end because the object has more than {@link
     * CampaignValidator#MAX_PROBLEMS} problems; the report then holds that many of them.
     *
     * @return true when there were more problems than the report holds
     */
    @Value.Default
    public boolean isTruncated() {
        return false;
    }

    /** {@return true when there are no problems} */
    public boolean isValid() {
        return getProblems().isEmpty();
    }

    /**
     * Returns the report as lines of the form {@code /pointer: message [code] (value: ...)}.
     *
     * @return "valid", or one line per problem
     */
    @Override
    public String toString() {
        String notices = getNotices().stream().map(p -> "\nnotice: " + line(p)).collect(Collectors.joining());
        if (isValid()) {
            return "valid" + notices;
        }
        return getProblems().stream().map(ValidationReport::line).collect(Collectors.joining("\n"))
                + (isTruncated() ? "\n(stopped after " + getProblems().size() + " problems; there are more)" : "")
                + notices;
    }

    private static String line(ValidationProblem p) {
        return p.getShownPointer() + ": " + p.getMessage() + " [" + p.getCode() + "]"
                + p.getValue().map(v -> " (value: " + v + ")").orElse("");
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ValidationReport}; {@link CampaignValidator} makes these. */
    public static final class Builder extends ImmutableValidationReport.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
