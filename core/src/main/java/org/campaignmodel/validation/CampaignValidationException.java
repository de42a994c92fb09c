package org.campaignmodel.validation;

/** Thrown by {@link CampaignValidator#requireValid} with the whole report of what is wrong. */
public final class CampaignValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The report; every problem found, not just the first. */
    @SuppressWarnings("serial") // the report is an immutable value; serializing it is not supported
    private final ValidationReport report;

    CampaignValidationException(String what, ValidationReport report) {
        super(what + " is not valid (" + report.getProblems().size() + " problem"
                + (report.getProblems().size() == 1 ? "" : "s") + "):\n" + report);
        this.report = report;
    }

    /** {@return the report of every problem found} */
    public ValidationReport getReport() {
        return report;
    }
}
