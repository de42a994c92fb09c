package org.campaignmodel.json;

import org.campaignmodel.format.internal.ReadProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A document that does not match the model, with the JSON Pointer of the offending place. It is a
 * Jackson mismatch error, so that code using the module on its own mapper handles it like any other;
 * {@link CampaignJson} turns it into a {@link CampaignJsonException}.
 */
final class InvalidInput extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    /** What is wrong and where. */
    @SuppressWarnings("serial") // a plain value of strings and ints
    private final ReadProblem problem;

    InvalidInput(JsonParser parser, ReadProblem problem) {
        super(
                parser,
                problem.problem + " (at " + (problem.pointer.isEmpty() ? "the document root" : problem.pointer) + ")",
                new TokenStreamLocation(null, -1, -1, problem.line, problem.column));
        this.problem = problem;
    }

    ReadProblem problem() {
        return problem;
    }
}
