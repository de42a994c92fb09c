package org.campaignmodel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the character rules: the first and last character of each refused range, and the
 * neighbours just outside it, in one-line and in long text; and the length and port edges of URLs.
 */
final class CharacterRuleBoundariesTest {
    @ParameterizedTest(name = "U+{0}: one line {1}, long text {2}")
    @CsvSource({
        "0000, true, true",
        "0009, true, false",
        "000A, true, false",
        "000B, true, true",
        "000D, true, false",
        "001F, true, true",
        "0020, false, false",
        "007E, false, false",
        "007F, true, true",
        "0080, true, true",
        "009F, true, true",
        "00A0, false, false",
        "2027, false, false",
        "2028, true, false",
        "2029, true, false",
        "202A, true, true",
        "202E, true, true",
        "202F, false, false",
        "2065, false, false",
        "2066, true, true",
        "2069, true, true",
        "206A, false, false",
    })
    void shouldRefuseExactlyTheRangesOfHiddenCharacters(String hex, boolean oneLine, boolean longText) {
        String text = "a" + (char) Integer.parseInt(hex, 16) + "b";

        assertThat(TextValidator.hasUnsafe(text, false)).as("one line").isEqualTo(oneLine);
        assertThat(TextValidator.hasUnsafe(text, true)).as("long text").isEqualTo(longText);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "a pair, '\uD83D\uDE00', false",
        "a pair at the start, '\uD83D\uDE00b', false",
        "a lone high surrogate at the end, 'a\uD83D', true",
        "a high surrogate before a letter, '\uD83Db', true",
        "a lone low surrogate, 'a\uDE00b', true",
        "a reversed pair, '\uDE00\uD83D', true",
        "two pairs, '\uD83D\uDE00\uD83D\uDE00', false",
    })
    void shouldRefuseBrokenSurrogates(String name, String text, boolean unsafe) {
        assertThat(TextValidator.hasUnsafe(text, false)).as(name).isEqualTo(unsafe);
        assertThat(TextValidator.hasUnsafe(text, true)).as(name).isEqualTo(unsafe);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "https://example.org:1/, true",
        "https://example.org:65535/, true",
        "https://example.org:65536/, false",
        "https://example.org:0/, false",
        "https://bücher.example:8080/, true",
        "https://bücher.example:0/, false",
        "https://bücher.example/, true",
        "http://example.org/, true",
        "HTTPS://EXAMPLE.ORG/, true",
        "ftp://example.org/, false",
        "https:///path, false",
        "https://user@example.org/, false",
    })
    void shouldAcceptOnlyUsablePorts(String url, boolean valid) {
        assertThat(HttpUrlValidator.isHttpUrl(url)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"2000, true", "2001, false"})
    void shouldAcceptUrlsUpTo2000Characters(int length, boolean valid) {
        String start = "https://example.org/";
        String url = start + "a".repeat(length - start.length());

        assertThat(url).hasSize(length);
        assertThat(HttpUrlValidator.isHttpUrl(url)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"100, true", "101, false"})
    void shouldAcceptSlugsUpTo100Characters(int length, boolean valid) {
        assertThat(new SlugValidator().isValid("a".repeat(length), new RuleContext()))
                .isEqualTo(valid);
    }
}
