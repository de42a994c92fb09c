package org.campaignmodel.bindings;

import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.DocumentException;
import org.jspecify.annotations.Nullable;

/**
 * What one binding made of one document: the value it read, or what it refused and where. Two
 * bindings agree when their outcomes are equal, with one exception the README names: a number with
 * a second decimal point ({@code 8.8.}). Jackson 3's parser stops at it while it reads the number,
 * Jackson 2's only at the next token, so the two may place it differently (Jackson 3's character
 * parser at the number's start) or, when the number follows a property the codec refuses, report
 * that property first. Both refuse the document at the same pointer.
 */
record Outcome(
        @Nullable Object value, String code, String pointer, String problem, int line, int column, String message) {
    /** Words of the one problem the parsers find at different moments. */
    static final String SECOND_DECIMAL_POINT = "a number has one decimal point at most";

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
     * @return true when they are equal, or both refuse at one pointer and one of them for a second
     *     decimal point
     */
    boolean agrees(Outcome other) {
        if (equals(other)) {
            return true;
        }
        return refused()
                && other.refused()
                && pointer.equals(other.pointer)
                && (problem.contains(SECOND_DECIMAL_POINT) || other.problem.contains(SECOND_DECIMAL_POINT));
    }
}
