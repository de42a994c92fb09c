package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the error shows a problem: whole when it fits, cut with an ellipsis when not, hidden characters escaped. */
final class CampaignJsonExceptionTest {
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            abc               | 3 | abc
            abcd              | 3 | ab…
            abcd              | 4 | abcd
            ''                | 1 | ''
            """)
    void shouldShowTextWholeWhenItFits(String text, int max, String shown) {
        assertThat(CampaignJsonException.shown(text, max)).isEqualTo(shown);
    }

    @Test
    void shouldEscapeHiddenCharactersWithoutSplittingThem() {
        assertThat(CampaignJsonException.shown("a\u0000b", 20)).isEqualTo("a\\u0000b");
        assertThat(CampaignJsonException.shown("ab\u0000", 8)).isEqualTo("ab\\u0000");
        assertThat(CampaignJsonException.shown("ab\u0000", 7)).isEqualTo("ab…");
        assertThat(CampaignJsonException.shown("a\u202Eb\u2028c\uFEFF", 40)).isEqualTo("a\\u202Eb\\u2028c\\uFEFF");
        assertThat(CampaignJsonException.shown("a\u2027b\u202Fc\u2065d\u206Ae", 40))
                .isEqualTo("a\u2027b\u202Fc\u2065d\u206Ae");
        assertThat(CampaignJsonException.shown("a\u2066b\u2069c", 40)).isEqualTo("a\\u2066b\\u2069c");
    }

    @Test
    void shouldKeepSurrogatePairsAndEscapeBrokenOnes() {
        String smile = "\uD83D\uDE00";
        assertThat(CampaignJsonException.shown(smile + smile, 4)).isEqualTo(smile + smile);
        assertThat(CampaignJsonException.shown(smile + smile + smile, 4)).isEqualTo(smile + "…");
        assertThat(CampaignJsonException.shown("a\uD83D", 20)).isEqualTo("a\\uD83D");
        assertThat(CampaignJsonException.shown("\uDE00\uD83Da", 20)).isEqualTo("\\uDE00\\uD83Da");
    }

    @Test
    void shouldSayWhereInADocument() {
        CampaignJsonException e = new CampaignJsonException("/demands/2/number", "Not a number.", 3, 14, false);

        assertThat(e.getMessage()).isEqualTo("/demands/2/number: Not a number. (line 3, column 14)");
        assertThat(e.pointer()).isEqualTo("/demands/2/number");
        assertThat(e.problem()).isEqualTo("Not a number.");
        assertThat(e.lineNumber()).hasValue(3);
        assertThat(e.columnNumber()).hasValue(14);
        assertThat(e.isNdjsonLine()).isFalse();
    }

    @Test
    void shouldSayWhichLineOfNdjson() {
        CampaignJsonException e = new CampaignJsonException("/name", "Blank.", 0, 9, false).atLine(7);

        assertThat(e.getMessage()).isEqualTo("line 7: /name: Blank. (column 9)");
        assertThat(e.isNdjsonLine()).isTrue();
        assertThat(e.lineNumber()).hasValue(7);
        assertThat(new CampaignJsonException("", "Empty.", 7, 0, true).getMessage())
                .isEqualTo("line 7: /: Empty.");
    }

    @Test
    void shouldLeaveOutWhatItDoesNotKnow() {
        CampaignJsonException e = new CampaignJsonException("", "Empty.", 0, 0, false);

        assertThat(e.getMessage()).isEqualTo("/: Empty.");
        assertThat(e.lineNumber()).isEmpty();
        assertThat(e.columnNumber()).isEmpty();
        assertThat(new CampaignJsonException("", "Empty.", -1, -5, false).columnNumber())
                .isEmpty();
    }

    @Test
    void shouldKeepTheWholeMessageWithinItsLimit() {
        String pointer = "/" + "p".repeat(200);
        String problem = "q".repeat(1000);

        CampaignJsonException e = new CampaignJsonException(pointer, problem, 12345, 67890, false);

        assertThat(e.getMessage())
                .hasSize(CampaignJsonException.MAX_MESSAGE_LENGTH)
                .startsWith("/" + "p".repeat(78) + "…: qqq")
                .endsWith("q… (line 12345, column 67890)");
        assertThat(e.problem()).hasSize(CampaignJsonException.MAX_MESSAGE_LENGTH - 100);
        assertThat(e.pointer()).isEqualTo(pointer);
    }

    @Test
    void shouldMoveToAnotherPointerKeepingTheRest() {
        CampaignJsonException e = new CampaignJsonException("", "Too deep.", 2, 5, false).at("/a/b");

        assertThat(e.getMessage()).isEqualTo("/a/b: Too deep. (line 2, column 5)");
    }
}
