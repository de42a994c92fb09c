package org.campaignmodel.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.ValidationProblem;
import org.campaignmodel.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * What one record's value turned out to be: a document that reads and passes every rule, or the
 * report of why not. Made without throwing, for records from outside that may be anything: a
 * stream can send the good ones on and the rest, with {@link #reportJson()}, to a dead-letter topic.
 * A value that cannot be read gets one problem with the reader's code (such as {@code json.syntax}
 * or {@code json.unknown_property}), the JSON Pointer and the reader's message; a record without a
 * value gets {@value #NO_VALUE}; a readable one that breaks rules gets the validator's report. It
 * works with either binding and needs no JSON library of its own.
 *
 * @param <T> the document type
 */
public final class RecordCheck<T> {
    /** The code of a record without a value, where a document was expected. */
    public static final String NO_VALUE = "json.empty";

    private final @Nullable T document;
    private final ValidationReport report;

    private RecordCheck(@Nullable T document, ValidationReport report) {
        this.document = document;
        this.report = report;
    }

    /**
     * Reads and validates one record value.
     *
     * @param value the record's value; {@code null} (a tombstone) is reported as {@value #NO_VALUE}
     * @param type the document type
     * @param json the binding's facade to read with, and its limits
     * @param validator the validator
     * @param <T> the type
     * @return the outcome
     */
    public static <T> RecordCheck<T> of(
            byte @Nullable [] value, Class<T> type, CampaignFormat<?> json, CampaignValidator validator) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(validator, "validator");
        if (value == null) {
            return unreadable(NO_VALUE, "", "The record has no value; send a " + type.getSimpleName() + " document.");
        }
        T document;
        try {
            document = json.read(value, type);
        } catch (DocumentException e) {
            return unreadable(e.code(), e.pointer(), e.problem());
        }
        ValidationReport report = validator.validate(document);
        return new RecordCheck<>(report.isValid() ? document : null, report);
    }

    private static <T> RecordCheck<T> unreadable(String code, String pointer, String message) {
        return new RecordCheck<>(
                null,
                ValidationReport.builder()
                        .addProblems(ValidationProblem.builder()
                                .code(code)
                                .path("")
                                .pointer(pointer)
                                .message(message)
                                .build())
                        .build());
    }

    /** {@return whether the value is a document that passes every rule} */
    public boolean isValid() {
        return document != null;
    }

    /** {@return the document, if the value is a valid one} */
    public Optional<T> document() {
        return Optional.ofNullable(document);
    }

    /** {@return the report: empty for a valid document} */
    public ValidationReport report() {
        return report;
    }

    /**
     * Returns the report as JSON, for a dead-letter record's header or value: {@code {"valid":false,
     * "truncated":false,"problems":[{"pointer":...,"code":...,"message":...}]}}.
     *
     * @return UTF-8 JSON
     */
    public byte[] reportJson() {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"valid\":").append(isValid());
        json.append(",\"truncated\":").append(report.isTruncated());
        json.append(",\"problems\":[");
        String comma = "";
        for (ValidationProblem p : report.getProblems()) {
            json.append(comma).append("{\"pointer\":");
            quoted(json, p.getPointer());
            json.append(",\"code\":");
            quoted(json, p.getCode());
            json.append(",\"message\":");
            quoted(json, p.getMessage());
            json.append('}');
            comma = ",";
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string: quotes, backslashes and control characters escaped, the rest as it is. */
    private static void quoted(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04X", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
