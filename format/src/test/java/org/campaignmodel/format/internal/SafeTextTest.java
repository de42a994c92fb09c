package org.campaignmodel.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a message shows text: whole when it fits, cut with an ellipsis when not, hidden characters escaped. */
final class SafeTextTest {
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            abc               | 3 | abc
            abcd              | 3 | ab…
            abcd              | 4 | abcd
            ''                | 1 | ''
            """)
    void shouldShowTextWholeWhenItFits(String text, int max, String shown) {
        assertThat(SafeText.shown(text, max)).isEqualTo(shown);
    }

    @Test
    void shouldEscapeHiddenCharactersWithoutSplittingThem() {
        assertThat(SafeText.shown("a\u0000b", 20)).isEqualTo("a\\u0000b");
        assertThat(SafeText.shown("ab\u0000", 8)).isEqualTo("ab\\u0000");
        assertThat(SafeText.shown("ab\u0000", 7)).isEqualTo("ab…");
        assertThat(SafeText.shown("a\u202Eb\u2028c\uFEFF", 40)).isEqualTo("a\\u202Eb\\u2028c\\uFEFF");
        assertThat(SafeText.shown("a\u2027b\u202Fc\u2065d\u206Ae", 40)).isEqualTo("a\u2027b\u202Fc\u2065d\u206Ae");
        assertThat(SafeText.shown("a\u2066b\u2069c", 40)).isEqualTo("a\\u2066b\\u2069c");
    }

    @Test
    void shouldKeepSurrogatePairsAndEscapeBrokenOnes() {
        String smile = "\uD83D\uDE00";
        assertThat(SafeText.shown(smile + smile, 4)).isEqualTo(smile + smile);
        assertThat(SafeText.shown(smile + smile + smile, 4)).isEqualTo(smile + "…");
        assertThat(SafeText.shown("a\uD83D", 20)).isEqualTo("a\\uD83D");
        assertThat(SafeText.shown("\uDE00\uD83Da", 20)).isEqualTo("\\uDE00\\uD83Da");
    }
}
