package org.campaignmodel.format.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignmodel.internal.text.Localized;

/**
 * What the model's builders say when they refuse a value (a range without its maximum, a blank
 * phrase), in the reader's English and Spanish. The model says it in English only, for programmers;
 * the reader says it to the person who wrote the document. A sentence not in the table is shown as
 * the model wrote it; a test holds the table to the model's words.
 */
final class ModelWords {
    static final Map<String, String> KEYS = Map.of(
            "set at least one of person, seat or organization.",
            "impossible.decision_maker",
            "set at least one of name, streetAddress, locality, region or country.",
            "impossible.place",
            "set maximum for a BETWEEN range, and only for one.",
            "impossible.quantity",
            "a currency is set for money, and only for money.",
            "impossible.unit.currency",
            "a name is set for a named unit, and only for one.",
            "impossible.unit.name",
            "A fuzzy date's phrase must not be blank; omit it instead.",
            "phrase.blank",
            "A fuzzy date's phrase must be one line of visible text: it holds a control character, a direction"
                    + " override, a line separator or a broken surrogate.",
            "phrase.unsafe");
    private static final Pattern TOO_LONG =
            Pattern.compile("A fuzzy date's phrase must be at most (\\d+) characters; it has (\\d+)\\.");

    private ModelWords() {}

    /**
     * Finds the reader's words for one of the model's sentences.
     *
     * @param english what the model said
     * @return the same in either language
     */
    static Localized of(String english) {
        String key = KEYS.get(english);
        if (key != null) {
            return Say.words(key);
        }
        Matcher m = TOO_LONG.matcher(english);
        if (m.matches()) {
            return Say.words("phrase.too_long", m.group(1), m.group(2));
        }
        return locale -> english;
    }
}
