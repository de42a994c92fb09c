package org.campaignmodel.bindings;

import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.DocumentException;
import org.jspecify.annotations.Nullable;

/**
 * What one binding made of one document: the value it read, or what it refused and where. Two
 * bindings agree when their outcomes are equal, with one exception the README names: a number
 * malformed at its end ({@code 8.8.}, {@code 0X}). Jackson 3's parser checks what follows a number
 * as soon as it reads it, Jackson 2's only with the next token, so Jackson 3 may report the number
 * where Jackson 2 reports a problem the codec finds first at the same place (the property's name),
 * and Jackson 3's character parser puts a second decimal point at the number's start. Both refuse
 * the document at the same pointer, and one of them calls it a syntax error.
 */
record Outcome(
        @Nullable Object value, String code, String pointer, String problem, int line, int column, String message) {
    static Outcome of(CampaignFormat<?> json, String document, Class<?> type) {
        try {
            return new Outcome(json.read(document, type), "", "", "", 0, 0, "");
        } catch (DocumentException e) {
            return new Outcome(
                    null,
                    e.code(),
                    e.pointer(),
                    e.problem(),
                    e.lineNumber().orElse(0),
                    e.columnNumber().orElse(0),
                    String.valueOf(e.getMessage()));
        }
    }

    boolean refused() {
        return value == null;
    }

    /**
     * Tells whether another binding's outcome agrees with this one.
     *
     * @param other the other outcome
     * @return true when they are equal, or both refuse at one pointer and one of them because the
     *     parser found the text there malformed
     */
    boolean agrees(Outcome other) {
        if (equals(other)) {
            return true;
        }
        return refused()
                && other.refused()
                && pointer.equals(other.pointer)
                && (code.equals("json.syntax") || other.code.equals("json.syntax"));
    }
}
