package org.campaignmodel.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;

/**
 * Hostile documents for the reader. A normal build runs the saved inputs once each (regression mode);
 * {@code JAZZER_FUZZ=1 ./mvnw -pl json test -Dtest=ReaderFuzzTest} fuzzes for real.
 */
final class ReaderFuzzTest {
    private static final CampaignJson JSON = CampaignJson.create();

    @FuzzTest(maxDuration = "10m")
    void shouldReadOrRefuseWithItsOwnException(@NotNull String document) {
        for (Class<?> type : new Class<?>[] {Campaign.class, Article.class, Event.class}) {
            try {
                Object value = JSON.read(document, type);
                if (!JSON.read(JSON.write(value), type).equals(value)) {
                    throw new AssertionError("round trip changed " + document);
                }
            } catch (CampaignJsonException expected) {
                // the one allowed failure, with a message that is safe to print
                String message = String.valueOf(expected.getMessage());
                if (message.length() > CampaignJsonException.MAX_MESSAGE_LENGTH
                        || message.chars()
                                .anyMatch(c -> Character.getType(c) == Character.CONTROL
                                        || (c >= 0x2028 && c <= 0x202E)
                                        || (c >= 0x2066 && c <= 0x2069))) {
                    throw new AssertionError("unsafe message for " + document + ": " + message, expected);
                }
            }
        }
    }
}
