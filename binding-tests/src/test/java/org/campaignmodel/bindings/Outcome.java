package org.campaignmodel.bindings;

import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.DocumentException;
import org.jspecify.annotations.Nullable;

/**
 * What one binding made of one document: the value it read, or what it refused and where. Two
 * bindings agree when their outcomes are equal. One place is left out: Jackson 3's character
 * parser puts a number's second decimal point ({@code 8.8.}) at the number's start, where Jackson 2
 * and Jackson 3's byte parser put it at the point itself; both say the same words, the column
 * differs, and the README says so.
 */
record Outcome(
        @Nullable Object value, String code, String pointer, String problem, int line, int column, String message) {
    /** Words of the one problem whose column the parsers place differently. */
    static final String SECOND_DECIMAL_POINT = "a number has one decimal point at most";

    static Outcome of(CampaignFormat<?> json, String document, Class<?> type) {
        try {
            return new Outcome(json.read(document, type), "", "", "", 0, 0, "");
        } catch (DocumentException e) {
            if (e.problem().contains(SECOND_DECIMAL_POINT)) {
                return new Outcome(
                        null, e.code(), e.pointer(), e.problem(), e.lineNumber().orElse(0), 0, "");
            }
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
}
