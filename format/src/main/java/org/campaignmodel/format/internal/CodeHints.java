package org.campaignmodel.format.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaignmodel.Code;

/**
 * The known code a person most likely meant: the same code in lower case ({@code Met}), a near
 * spelling ({@code canceled}), or the counterpart from a neighbouring list ({@code won} is a
 * campaign's status; a demand is {@code met}).
 */
final class CodeHints {
    /** Codes of one list that people write for another list's, by list. */
    private static final Map<String, Map<String, String>> COUNTERPARTS = Map.of(
            "DemandStatus", Map.of("won", "met", "partially_won", "partially_met", "lost", "rejected"),
            "CampaignStatus", Map.of("met", "won", "partially_met", "partially_won", "rejected", "lost"));

    private CodeHints() {}

    /**
     * Finds the hint for a code.
     *
     * @param list the code list's name
     * @param written what was written
     * @param known the list's known codes
     * @return the words to end the message with, or an empty string when nothing is close
     */
    static Object hint(String list, String written, Collection<? extends Code> known) {
        List<String> values = known.stream().map(Code::getValue).toList();
        String cleaned =
                written.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (!cleaned.equals(written) && values.contains(cleaned)) {
            return Say.words("did_you_mean", cleaned);
        }
        String counterpart = COUNTERPARTS.getOrDefault(list, Map.of()).get(cleaned);
        if (counterpart != null && values.contains(counterpart)) {
            return Say.words("code.counterpart", list, counterpart);
        }
        String closest = Suggestions.closest(cleaned, values);
        return closest == null || closest.equals(written) ? "" : Say.words("did_you_mean", closest);
    }
}
