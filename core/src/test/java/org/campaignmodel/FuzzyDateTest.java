package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.campaignmodel.FuzzyDate.Kind;
import org.campaignmodel.FuzzyDate.Precision;
import org.campaignmodel.FuzzyDate.Qualifier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FuzzyDateTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1948                 | DATE     | YEAR     | NONE                      | 1948-01-01 | 1948-12-31
            2023-06              | DATE     | MONTH    | NONE                      | 2023-06-01 | 2023-06-30
            2024-02-29           | DATE     | DAY      | NONE                      | 2024-02-29 | 2024-02-29
            2023-12-07T10:30:00Z | DATE     | DATETIME | NONE                      | 2023-12-07 | 2023-12-07
            2023-12-07T10:30:00  | DATE     | DATETIME | NONE                      | 2023-12-07 | 2023-12-07
            2001-21              | DATE     | SEASON   | NONE                      | 2001-03-01 | 2001-05-31
            2001-24              | DATE     | SEASON   | NONE                      | 2001-12-01 | 2002-02-28
            196X                 | DATE     | YEAR     | NONE                      | 1960-01-01 | 1969-12-31
            19XX                 | DATE     | YEAR     | NONE                      | 1900-01-01 | 1999-12-31
            2004-XX              | DATE     | MONTH    | NONE                      | 2004-01-01 | 2004-12-31
            1985-04-XX           | DATE     | DAY      | NONE                      | 1985-04-01 | 1985-04-30
            1985-XX-XX           | DATE     | DAY      | NONE                      | 1985-01-01 | 1985-12-31
            -0044                | DATE     | YEAR     | NONE                      | -0044-01-01 | -0044-12-31
            -019X                | DATE     | YEAR     | NONE                      | -0199-01-01 | -0190-12-31
            1990~                | DATE     | YEAR     | APPROXIMATE               | 1989-01-01 | 1991-12-31
            1984?                | DATE     | YEAR     | UNCERTAIN                 | 1983-01-01 | 1985-12-31
            2004-06-11%          | DATE     | DAY      | APPROXIMATE_AND_UNCERTAIN | 2004-06-10 | 2004-06-12
            2004-06~             | DATE     | MONTH    | APPROXIMATE               | 2004-05-01 | 2004-07-31
            2001-22~             | DATE     | SEASON   | APPROXIMATE               | 2001-03-01 | 2001-11-30
            ../2014              | INTERVAL | -        | NONE                      | -          | 2014-12-31
            /2014                | INTERVAL | -        | NONE                      | -          | 2014-12-31
            1985-04-12/..        | INTERVAL | -        | NONE                      | 1985-04-12 | -
            1985-04-12/          | INTERVAL | -        | NONE                      | 1985-04-12 | -
            1964/2008            | INTERVAL | -        | NONE                      | 1964-01-01 | 2008-12-31
            1984~/2004-06        | INTERVAL | -        | NONE                      | 1983-01-01 | 2004-06-30
            """)
    void shouldParseEveryLevelZeroAndOneForm(
            String edtf,
            Kind kind,
            @Nullable Precision precision,
            Qualifier qualifier,
            @Nullable String earliest,
            @Nullable String latest) {
        FuzzyDate date = FuzzyDate.parse(edtf);

        assertThat(date.getKind()).isEqualTo(kind);
        assertThat(date.getPrecision().orElse(null)).isEqualTo(precision);
        assertThat(date.getQualifier()).isEqualTo(qualifier);
        assertThat(date.getEarliest().map(LocalDate::toString).orElse(null)).isEqualTo(day(earliest));
        assertThat(date.getLatest().map(LocalDate::toString).orElse(null)).isEqualTo(day(latest));
        assertThat(date).hasToString(edtf);
        assertThat(date.getEdtf()).contains(edtf);
    }

    private static @Nullable String day(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text).toString();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''              | 0  | found nothing
            2014-13         | 5  | a month is 01 to 12, XX, or a season 21 to 24; found 13
            2023-02-29      | 8  | day 29 does not exist in 2023-02 (it has 28 days)
            20X4            | 3  | unspecified digits (X) must be the last digits of the year
            X984            | 0  | the first digit of a year must be given
            198u            | 3  | use X for an unspecified digit
            12345           | 4  | years of more than four digits
            Y170000002      | 0  | EDTF 'Y' notation
            196X-05         | 4  | a year with unspecified digits cannot have a month
            2004-XX-11      | 8  | when the month is XX the day must be XX too
            1990?~          | 5  | use a single qualifier
            2014 by         | 4  | unexpected character U+0020 after the year
            2014/2010       | 4  | the interval ends (2010) before it starts (2014)
            ../..           | 0  | an interval needs a date at one end at least
            1990/2000/2010  | 9  | an interval has exactly one '/'
            ..              | 0  | only allowed as one end of an interval
            2014-06-01T25:00:00 | 11 | expected an hour (00 to 23), found 25
            2014-06-01T10:00:00Z~ | 20 | a date and time cannot be qualified
            -0000           | 0  | year zero is written 0000
            194             | 3  | a year has four digits
            """)
    void shouldRefuseBadStringsNamingThePosition(String edtf, int position, String problem) {
        assertThatThrownBy(() -> FuzzyDate.parse(edtf))
                .isInstanceOfSatisfying(FuzzyDateFormatException.class, e -> {
                    assertThat(e.getPosition()).isEqualTo(position);
                    assertThat(e.getInput()).isEqualTo(edtf);
                })
                .hasMessageStartingWith("Invalid fuzzy date \"" + edtf + "\" at position " + position + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void shouldRefuseOverlongInputBeforeParsingIt() {
        String hostile = "1".repeat(100_000);

        assertThatThrownBy(() -> FuzzyDate.parse(hostile))
                .isInstanceOf(FuzzyDateFormatException.class)
                .hasMessageContaining("at most 64 characters");
    }

    @Test
    void shouldKeepThePhraseBesideTheValue() {
        FuzzyDate byAnd = FuzzyDate.parse("../2014", "By 2014");

        assertThat(byAnd.getPhrase()).contains("By 2014");
        assertThat(byAnd.isOpenStart()).isTrue();
        assertThat(byAnd.getStart()).isEmpty();
        assertThat(byAnd.getEnd()).contains(FuzzyDate.ofYear(2014));
        assertThat(byAnd).hasToString("../2014").isNotEqualTo(FuzzyDate.parse("../2014"));
    }

    @Test
    void shouldModelLaterAsRelativeWithNoDateOfItsOwn() {
        FuzzyDate later = FuzzyDate.relative("later");

        assertThat(later.getKind()).isEqualTo(Kind.RELATIVE);
        assertThat(later.getEdtf()).isEmpty();
        assertThat(later.getEarliest()).isEmpty();
        assertThat(later.getLatest()).isEmpty();
        assertThat(later).hasToString("<later>");
        assertThatThrownBy(() -> FuzzyDate.parse(later.toString())).isInstanceOf(FuzzyDateFormatException.class);
        assertThat(later.compareTo(FuzzyDate.ofYear(9999))).isPositive();
    }

    @Test
    void shouldBuildFromFactoriesAndBuilderAlike() {
        assertThat(FuzzyDate.of(YearMonth.of(2023, 6))).isEqualTo(FuzzyDate.parse("2023-06"));
        assertThat(FuzzyDate.of(LocalDate.of(2023, 12, 7))).isEqualTo(FuzzyDate.parse("2023-12-07"));
        assertThat(FuzzyDate.ofYear(800)).hasToString("0800");
        assertThat(FuzzyDate.builder().edtf("2014").phrase("That same year").build())
                .isEqualTo(FuzzyDate.parse("2014", "That same year"));
        assertThat(FuzzyDate.builder().relative().phrase("later").build()).isEqualTo(FuzzyDate.relative("later"));
    }

    @Test
    void shouldExplainWhatTheBuilderLacks() {
        assertThatThrownBy(() -> FuzzyDate.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set edtf(\"1948\") or relative()");
        assertThatThrownBy(() -> FuzzyDate.builder().relative().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a relative date needs its phrase");
        assertThatThrownBy(() ->
                        FuzzyDate.builder().relative().edtf("2014").phrase("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> FuzzyDate.relative(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> FuzzyDate.ofYear(10_000))
                .isInstanceOf(FuzzyDateFormatException.class)
                .hasMessageContaining("between -9999 and 9999");
    }

    @Test
    void shouldOrderByWhenThingsHappenedWithOpenStartsPlacedAtTheirEnd() {
        FuzzyDate in1948 = FuzzyDate.parse("1948");
        FuzzyDate by2014 = FuzzyDate.parse("../2014");
        FuzzyDate in2014 = FuzzyDate.parse("2014");
        FuzzyDate june2023 = FuzzyDate.parse("2023-06");

        assertThat(in1948).isLessThan(by2014);
        assertThat(by2014).isLessThan(june2023);
        assertThat(FuzzyDate.CHRONOLOGICAL.compare(by2014, in2014)).isZero();
        assertThat(in2014.compareTo(by2014)).isNotZero();
        assertThat(FuzzyDate.parse("2014-05")).isGreaterThan(in2014);
    }

    @org.junit.jupiter.api.Test
    void shouldMakeASchoolYearAMarkedIntervalNotASeason() {
        FuzzyDate usual = FuzzyDate.schoolYear(2020);
        FuzzyDate september = FuzzyDate.schoolYear(2024, java.time.Month.SEPTEMBER, java.time.Month.JULY);
        FuzzyDate plain = FuzzyDate.parse("2020-08/2021-06");

        assertThat(usual.getEdtf()).contains("2020-08/2021-06");
        assertThat(usual.getPhrase()).isEmpty();
        assertThat(usual.getSchoolYear()).hasValue(2020);
        assertThat(usual.describe()).isEqualTo("2020-21 school year");
        assertThat(usual.getKind()).isEqualTo(FuzzyDate.Kind.INTERVAL);
        assertThat(usual.getEarliest()).contains(java.time.LocalDate.of(2020, 8, 1));
        assertThat(usual.getLatest()).contains(java.time.LocalDate.of(2021, 6, 30));
        assertThat(september.getEdtf()).contains("2024-09/2025-07");
        assertThat(september.getSchoolYear()).hasValue(2024);
        assertThat(FuzzyDate.schoolYear(1999).describe()).isEqualTo("1999-00 school year");
        assertThat(FuzzyDate.parse("2020-21").getPrecision()).contains(FuzzyDate.Precision.SEASON);
        // the mark is part of the value
        assertThat(plain.getSchoolYear()).isEmpty();
        assertThat(plain.describe()).isEqualTo("August 2020 to June 2021");
        assertThat(usual).isNotEqualTo(plain).isEqualTo(plain.asSchoolYear());
        assertThat(usual.hashCode()).isEqualTo(plain.asSchoolYear().hashCode());
        assertThat(usual.compareTo(plain)).isPositive();
        assertThat(usual.withPhrase("that school year").getSchoolYear()).hasValue(2020);
        assertThat(FuzzyDate.parse("2024-08-14/2025-06-12").asSchoolYear().describe())
                .isEqualTo("2024-25 school year");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"2020-08/2022-06", "2020/2021", "2020-08~/2021-06", "../2021-06", "2020-08", "2020-XX/2021-06"})
    void shouldRefuseToMarkWhatIsNoSchoolYear(String edtf) {
        FuzzyDate date = FuzzyDate.parse(edtf);

        org.assertj.core.api.Assertions.assertThatThrownBy(date::asSchoolYear)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(edtf + " is not one");
    }
}
