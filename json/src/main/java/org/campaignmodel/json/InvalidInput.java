package org.campaignmodel.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A document that does not match the model, with the JSON Pointer of the offending place. It is a
 * Jackson mismatch error, so that code using the module on its own mapper handles it like any other;
 * {@link CampaignJson} turns it into a {@link CampaignJsonException}.
 */
final class InvalidInput extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    /** Where in the document the problem is. */
    private final String pointer;

    /** What is wrong, without the location. */
    private final String problem;

    InvalidInput(JsonParser parser, String pointer, String problem) {
        super(parser, problem + " (at " + (pointer.isEmpty() ? "the document root" : pointer) + ")");
        this.pointer = pointer;
        this.problem = problem;
    }

    String pointer() {
        return pointer;
    }

    String problem() {
        return problem;
    }
}
