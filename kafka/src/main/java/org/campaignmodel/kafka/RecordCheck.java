package org.campaignmodel.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.json.CampaignJsonException;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.ValidationProblem;
import org.campaignmodel.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one record's value turned out to be: a document that reads and passes every rule, or the
 * report of why not. Made without throwing, for records from outside that may be anything: a
 * stream can send the good ones on and the rest, with {@link #reportJson()}, to a dead-letter topic.
 * A value that cannot be read gets one problem with code {@value #UNREADABLE}, the JSON Pointer and
 * the reader's message; a readable one that breaks rules gets the validator's report.
 *
 * @param <T> the document type
 */
public final class RecordCheck<T> {
    /** The code of a problem that kept the value from being read at all. */
    public static final String UNREADABLE = "json";

    private static final JsonMapper REPORTS = JsonMapper.builder().build();

    private final @Nullable T document;
    private final ValidationReport report;

    private RecordCheck(@Nullable T document, ValidationReport report) {
        this.document = document;
        this.report = report;
    }

    /**
     * Reads and validates one record value.
     *
     * @param value the record's value; {@code null} (a tombstone) is reported as unreadable
     * @param type the document type
     * @param json the facade to read with, and its limits
     * @param validator the validator
     * @param <T> the type
     * @return the outcome
     */
    public static <T> RecordCheck<T> of(
            byte @Nullable [] value, Class<T> type, CampaignJson json, CampaignValidator validator) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(validator, "validator");
        if (value == null) {
            return unreadable("", "The record has no value; send a " + type.getSimpleName() + " document.");
        }
        T document;
        try {
            document = json.read(value, type);
        } catch (CampaignJsonException e) {
            return unreadable(e.pointer(), e.problem());
        }
        ValidationReport report = validator.validate(document);
        return new RecordCheck<>(report.isValid() ? document : null, report);
    }

    private static <T> RecordCheck<T> unreadable(String pointer, String message) {
        return new RecordCheck<>(
                null,
                ValidationReport.builder()
                        .addProblems(ValidationProblem.builder()
                                .code(UNREADABLE)
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
        ObjectNode root = REPORTS.createObjectNode();
        root.put("valid", isValid());
        root.put("truncated", report.isTruncated());
        ArrayNode problems = root.putArray("problems");
        for (ValidationProblem p : report.getProblems()) {
            problems.addObject()
                    .put("pointer", p.getPointer())
                    .put("code", p.getCode())
                    .put("message", p.getMessage());
        }
        return REPORTS.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }
}
