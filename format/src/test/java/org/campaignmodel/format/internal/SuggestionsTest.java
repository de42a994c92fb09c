package org.campaignmodel.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "did you mean" of unknown property and type names: edit distances and when to suggest. */
final class SuggestionsTest {
    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            ''       | ''       | 0
            abc      | abc      | 0
            abc      | abd      | 1
            abc      | ab       | 1
            ab       | abc      | 1
            ab       | ba       | 1
            abcd     | badc     | 2
            ca       | abc      | 3
            kitten   | sitting  | 3
            a        | abcd     | 3
            xbcd     | abcd     | 1
            abcx     | abcd     | 1
            """)
    void shouldCountEditsWithSwapsOfNeighbours(String a, String b, int expected) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
        assertThat(Suggestions.distance(b, a)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource({"a, abcde", "abcde, a"})
    void shouldGiveUpOnLengthsTooFarApart(String a, String b) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest(name = "length {0}")
    @CsvSource({"100, 0", "101, 2147483647"})
    void shouldGiveUpOnNamesLongerThanAHundred(int length, int expected) {
        String name = "a".repeat(length);
        assertThat(Suggestions.distance(name, name)).isEqualTo(expected);
        assertThat(Suggestions.distance("a".repeat(100), name)).isEqualTo(length == 100 ? 0 : Integer.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', emptyValue = "", nullValues = "none", textBlock = """
            headlne       | headline,dek,bylines | headline
            HEADLINE      | headline,dek         | headline
            hedlne        | headline             | headline
            hdlne         | headline             | none
            nam           | name,url             | name
            nm            | name                 | none
            orgnztions    | organizations        | organizations
            orgnztns      | organizations        | none
            aa            | ab,ac                | ab
            aa            | ac,ab                | ac
            ur            | url                  | url
            x             | url                  | none
            x             | ''                   | none
            """)
    void shouldSuggestOnlyWhenMostOfTheNameIsRight(String wrong, String known, String expected) {
        List<String> names = known.isEmpty() ? List.of() : List.of(known.split(","));
        assertThat(Suggestions.closest(wrong, names)).isEqualTo(expected);
    }
}
