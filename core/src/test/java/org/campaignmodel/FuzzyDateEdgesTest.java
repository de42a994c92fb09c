package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of fuzzy dates: year and field bounds, where an error points, and what an interval keeps. */
final class FuzzyDateEdgesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"9999, 9999", "-9999, -9999", "0, 0000", "7, 0007", "-7, -0007", "1948, 1948"})
    void shouldWriteYearsWithFourDigits(int year, String edtf) {
        assertThat(FuzzyDate.ofYear(year).getEdtf()).hasValue(edtf);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10000", "-10000"})
    void shouldRefuseYearsOfFiveDigits(int year) {
        assertThatThrownBy(() -> FuzzyDate.ofYear(year))
                .isInstanceOf(FuzzyDateFormatException.class)
                .hasMessageContaining("between -9999 and 9999");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023-09, 2023-09", "2023-10, 2023-10", "2023-01-09, 2023-01-09", "2023-01-10, 2023-01-10"})
    void shouldWriteMonthsAndDaysWithTwoDigits(String text, String edtf) {
        FuzzyDate date = text.length() == 7 ? FuzzyDate.of(YearMonth.parse(text)) : FuzzyDate.of(LocalDate.parse(text));
        assertThat(date.getEdtf()).hasValue(edtf);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-06-01T23:59:59Z      | true
            2023-06-01T24:00:00Z      | false
            2023-06-01T12:59:00Z      | true
            2023-06-01T12:60:00Z      | false
            2023-06-01T12:00:59Z      | true
            2023-06-01T12:00:60Z      | false
            2023-06-01T12:00:00+14:00 | true
            2023-06-01T12:00:00+15:00 | false
            2023-06-01T12:00:00-14:59 | true
            2023-06-01T12:00:00-14:60 | false
            2023-06-01T12:00:00       | true
            """)
    void shouldBoundEveryTimeField(String edtf, boolean valid) {
        if (valid) {
            assertThat(FuzzyDate.parse(edtf).getEdtf()).hasValue(edtf);
        } else {
            assertThatThrownBy(() -> FuzzyDate.parse(edtf)).isInstanceOf(FuzzyDateFormatException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-06-01T12:00:00+0500 | 22 | expected ':', found '0'
            2023-06-01T12:00         | 16 | expected ':', found the end
            2023-06-01T12:0a:00      | 15 | expected minutes (00 to 59), found 'a'
            2023-06-01T1             | 11 | as two characters, found the end
            1948 x                   | 4  | character U+0020
            1948/1950/1952           | 9  | exactly one '/'
            """)
    void shouldPointAtTheProblem(String edtf, int position, String message) {
        assertThatThrownBy(() -> FuzzyDate.parse(edtf)).isInstanceOfSatisfying(FuzzyDateFormatException.class, e -> {
            assertThat(e.getPosition()).isEqualTo(position);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"64, false", "65, true"})
    void shouldRefuseInputLongerThan64Characters(int length, boolean refusedForLength) {
        String input = "1948" + "x".repeat(length - 4);
        assertThatThrownBy(() -> FuzzyDate.parse(input))
                .isInstanceOf(FuzzyDateFormatException.class)
                .satisfies(e -> assertThat(String.valueOf(e.getMessage()).contains("at most 64 characters"))
                        .isEqualTo(refusedForLength));
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"200, true", "201, false"})
    void shouldAcceptPhrasesOfAtMost200Characters(int length, boolean valid) {
        String phrase = "p".repeat(length);
        if (valid) {
            assertThat(FuzzyDate.parse("1948", phrase).getPhrase()).hasValue(phrase);
        } else {
            assertThatThrownBy(() -> FuzzyDate.parse("1948", phrase))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at most 200 characters");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ../2014   | true  | false | none | 2014
            1985/..   | false | true  | 1985 | none
            1985/2014 | false | false | 1985 | 2014
            /2014     | false | false | none | 2014
            1985/     | false | false | 1985 | none
            """)
    void shouldKeepWhatEachEndOfAnIntervalSays(
            String edtf, boolean openStart, boolean openEnd, String start, String end) {
        FuzzyDate interval = FuzzyDate.parse(edtf);

        assertThat(interval.isOpenStart()).isEqualTo(openStart);
        assertThat(interval.isOpenEnd()).isEqualTo(openEnd);
        assertThat(interval.getStart().flatMap(FuzzyDate::getEdtf).orElse("none"))
                .isEqualTo(start);
        assertThat(interval.getEnd().flatMap(FuzzyDate::getEdtf).orElse("none")).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"196X, true", "19XX, true", "1960, false", "2023-XX, true", "2023-06-XX, true", "2023-06-01, false"})
    void shouldSayWhetherDigitsAreUnspecified(String edtf, boolean unspecified) {
        assertThat(FuzzyDate.parse(edtf).hasUnspecifiedDigits()).isEqualTo(unspecified);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-21~ | 2022-12-01 | 2023-08-31
            2023-06~ | 2023-05-01 | 2023-07-31
            2023~    | 2022-01-01 | 2024-12-31
            2023-06  | 2023-06-01 | 2023-06-30
            """)
    void shouldWidenApproximateDatesByOneOfTheirUnit(String edtf, String earliest, String latest) {
        FuzzyDate date = FuzzyDate.parse(edtf);

        assertThat(date.getEarliest()).hasValue(LocalDate.parse(earliest));
        assertThat(date.getLatest()).hasValue(LocalDate.parse(latest));
    }
}
