package org.campaignmodel.format.internal;

/** A value the writer cannot write, such as an extension that is not JSON; each binding wraps it. */
public final class WriteProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the problem.
     *
     * @param message what is wrong, in plain words
     */
    public WriteProblem(String message) {
        super(message, null, false, false);
    }
}
