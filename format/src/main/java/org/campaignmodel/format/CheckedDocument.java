package org.campaignmodel.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.campaignmodel.validation.ValidationProblem;
import org.campaignmodel.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * What {@link CampaignFormat#check(String, Class, java.util.Locale, Class[]) checking} a document
 * found: one report with every problem the reader met and, when the document could be built, every
 * problem validation found, with the notices beside them; and the value, when there were no problems.
 *
 * <pre>{@code
 * CheckedDocument<Article> checked = CampaignJson.create().check(json, Article.class, Locale.ENGLISH);
 * if (checked.isValid()) {
 *     publish(checked.getValue().orElseThrow());
 * } else {
 *     System.err.println(checked.getReport());
 * }
 * }</pre>
 *
 * @param <T> the document's model type
 */
public final class CheckedDocument<T> {
    private final @Nullable T value;
    private final ValidationReport report;
    private final int lineNumber;

    private CheckedDocument(@Nullable T value, ValidationReport report, int lineNumber) {
        this.value = value;
        this.report = report;
        this.lineNumber = lineNumber;
    }

    /**
     * Makes a result; bindings call this.
     *
     * @param value the value, which is kept only when the report is valid
     * @param report the report
     * @param lineNumber the NDJSON line the document was on, or 0 for a whole document
     * @param <T> the model type
     * @return the result
     */
    public static <T> CheckedDocument<T> of(@Nullable T value, ValidationReport report, int lineNumber) {
        Objects.requireNonNull(report, "report");
        // a value with problems is never handed out: it may lack what the document failed to say
        return new CheckedDocument<>(report.isValid() ? value : null, report, Math.max(lineNumber, 0));
    }

    /**
     * Returns the document's value when it was read and is valid; a document with problems gives
     * none, so that nothing half-read is used by mistake.
     *
     * @return the value, if the document is valid
     */
    public Optional<T> getValue() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns every problem and notice, reader's first (in the order of the document), then
     * validation's. Pointers are JSON Pointers into the document; lines and columns are there for
     * the reader's problems.
     *
     * @return the report
     */
    public ValidationReport getReport() {
        return report;
    }

    /** {@return true when the document was read and has no problems; notices do not count} */
    public boolean isValid() {
        return report.isValid();
    }

    /**
     * Returns the one-based line of an NDJSON input this document was on.
     *
     * @return the line, for documents read from NDJSON
     */
    public OptionalInt getLineNumber() {
        return lineNumber == 0 ? OptionalInt.empty() : OptionalInt.of(lineNumber);
    }

    /**
     * Moves the result to a line of NDJSON: the reader's problems, found on the document's one line,
     * get that line's number.
     */
    CheckedDocument<T> atLine(int number) {
        ValidationReport.Builder moved =
                ValidationReport.builder().from(report).problems(List.of()).notices(List.of());
        for (ValidationProblem p : report.getProblems()) {
            moved.addProblems(onLine(p, number));
        }
        for (ValidationProblem p : report.getNotices()) {
            moved.addNotices(onLine(p, number));
        }
        return new CheckedDocument<>(value, moved.build(), number);
    }

    private static ValidationProblem onLine(ValidationProblem p, int number) {
        return p.getLine().isPresent() || p.getColumn().isPresent()
                ? ValidationProblem.builder().from(p).line(number).build()
                : p;
    }

    /** {@return the report as text, with the NDJSON line in front where there is one} */
    @Override
    public String toString() {
        return (lineNumber == 0 ? "" : "line " + lineNumber + ": ") + report;
    }
}
