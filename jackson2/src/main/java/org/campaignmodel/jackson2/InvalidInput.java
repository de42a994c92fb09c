package org.campaignmodel.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.campaignmodel.format.internal.ReadProblem;

/**
 * A document that does not match the model, with the JSON Pointer of the offending place: a Jackson
 * mismatch error, so that code using the module on its own mapper handles it like any other.
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
                new JsonLocation(ContentReference.unknown(), -1, problem.line, problem.column));
        this.problem = problem;
    }

    ReadProblem problem() {
        return problem;
    }
}
