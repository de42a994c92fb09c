package org.campaignmodel.bindings;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.DocumentException;

/**
 * Hostile documents for the readers of both bindings, which must agree on every one: the same value,
 * or the same code, pointer, words, line and column. A normal build runs the saved inputs once each
 * (regression mode); {@code JAZZER_FUZZ=1 ./mvnw -pl binding-tests -am test -Dtest=ReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} fuzzes for real.
 */
final class ReaderFuzzTest {
    private static final CampaignFormat<?> JACKSON_3 = Binding.JACKSON_3.format();
    private static final CampaignFormat<?> JACKSON_2 = Binding.JACKSON_2.format();

    @FuzzTest(maxDuration = "10m")
    void shouldReadOrRefuseAlikeInEveryBinding(@NotNull String document) {
        for (Class<?> type : new Class<?>[] {Campaign.class, Article.class, Event.class}) {
            Outcome three = Outcome.of(JACKSON_3, document, type);
            Outcome two = Outcome.of(JACKSON_2, document, type);
            if (!three.agrees(two)) {
                throw new AssertionError("the bindings disagree on " + document + ":\n" + three + "\n" + two);
            }
            if (three.refused()) {
                checkSafe(document, three.message());
            } else if (!JACKSON_3.read(JACKSON_3.write(three.value()), type).equals(three.value())) {
                throw new AssertionError("round trip changed " + document);
            }
        }
    }

    /** The one allowed failure comes with a message that is safe to print. */
    private static void checkSafe(String document, String message) {
        if (message.length() > DocumentException.MAX_MESSAGE_LENGTH
                || message.chars()
                        .anyMatch(c -> Character.getType(c) == Character.CONTROL
                                || (c >= 0x2028 && c <= 0x202E)
                                || (c >= 0x2066 && c <= 0x2069))) {
            throw new AssertionError("unsafe message for " + document + ": " + message);
        }
    }
}
