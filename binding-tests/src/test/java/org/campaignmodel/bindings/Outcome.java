package org.campaignmodel.bindings;

import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.DocumentException;
import org.jspecify.annotations.Nullable;

/**
 * What one binding made of one document: the value it read, or what it refused and where. Two
 * bindings agree when their outcomes are equal.
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
}
