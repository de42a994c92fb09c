package org.campaignmodel.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The context the library's own validation walk hands to the rules: it records what a rule reports,
 * as a message template and the steps from the checked object to the problem (property names and
 * list indexes), without building a provider's property-path nodes. Rules report through {@link
 * Violations}, which writes here or to a provider's context alike. Not API.
 */
public final class RuleContext implements ConstraintValidatorContext {
    /** One problem a rule reported: its message template and the steps to where it is. */
    public record Report(String template, List<Object> steps) {}

    private String defaultTemplate = "";
    private final List<Report> reports = new ArrayList<>(2);
    private boolean defaultReport = true;

    /**
     * Makes the context ready for one run of one rule; a walk reuses one context, in one thread.
     *
     * @param template the rule's own message template
     * @return this context
     */
    public RuleContext reset(String template) {
        this.defaultTemplate = template;
        this.reports.clear();
        this.defaultReport = true;
        return this;
    }

    /**
     * Returns what the rule reported, once it has said no.
     *
     * @return the reports, the default one first if the rule left it on
     */
    public List<Report> reports() {
        if (!defaultReport) {
            return List.copyOf(reports);
        }
        List<Report> all = new ArrayList<>(reports.size() + 1);
        all.add(new Report(defaultTemplate, List.of()));
        all.addAll(reports);
        return all;
    }

    void report(String template, List<Object> steps) {
        reports.add(new Report(template, steps));
    }

    @Override
    public void disableDefaultConstraintViolation() {
        defaultReport = false;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return defaultTemplate;
    }

    @Override
    public ClockProvider getClockProvider() {
        return Clock::systemDefaultZone;
    }

    /**
     * Not used: the library's rules report through {@link Violations}.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        throw new UnsupportedOperationException(
                "Campaign rules report through Violations; this context builds no provider paths");
    }

    /**
     * Not used by the library's rules.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException("RuleContext cannot be unwrapped to " + type.getName());
    }
}
