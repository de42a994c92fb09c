package org.campaignmodel.bindings;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.Locale;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.format.TolerantDocument;

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
            tolerant(document, type);
        }
    }

    /**
     * The tolerant reading agrees across the bindings too, and what it reads and keeps it writes back:
     * read again, the same value and the same kept properties, in any order. The one refusal allowed is a kept
     * property inside "parties", which the full form written back has no place for.
     */
    private static void tolerant(String document, Class<?> type) {
        TolerantDocument<?> three = JACKSON_3.checkTolerant(document, type, Locale.ENGLISH);
        TolerantDocument<?> two = JACKSON_2.checkTolerant(document, type, Locale.ENGLISH);
        if (!three.getValue().equals(two.getValue())
                || !three.getUnknownProperties().equals(two.getUnknownProperties())
                || !three.getVersion().equals(two.getVersion())) {
            throw new AssertionError("the bindings read " + document + " tolerantly in different ways");
        }
        if (three.getValue().isEmpty()) {
            return;
        }
        String back;
        try {
            back = JACKSON_3.write(three);
        } catch (DocumentException e) {
            boolean inParties = three.getUnknownProperties().stream()
                    .anyMatch(p -> p.getPointer().startsWith("/parties/"));
            if (inParties && String.valueOf(e.problem()).startsWith("Cannot write back")) {
                return;
            }
            throw new AssertionError("could not write back " + document + ": " + e.getMessage(), e);
        }
        TolerantDocument<?> again = JACKSON_3.checkTolerant(back, type, Locale.ENGLISH);
        if (!again.getValue().equals(three.getValue())
                // written back at the ends of their objects, so in another order, but all the same
                || !new java.util.HashSet<>(again.getUnknownProperties())
                        .equals(new java.util.HashSet<>(three.getUnknownProperties()))) {
            throw new AssertionError("a tolerant round trip changed " + document + " into " + back);
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
