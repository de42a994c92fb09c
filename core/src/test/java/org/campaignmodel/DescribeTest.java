package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DescribeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1948                 | 1948
            2023-06              | June 2023
            2025-07-29           | July 29, 2025
            2023-12-07T10:30:00Z | December 7, 2023 10:30Z
            ../2014              | by 2014
            /2014                | until 2014
            1985/..              | since 1985
            1985/                | from 1985
            1964/2008            | 1964 to 2008
            1990~                | around 1990
            1984?                | 1984?
            2004-06%             | around June 2004?
            196X                 | the 1960s
            19XX                 | the 1900s
            2001-21              | spring 2001
            2004-XX              | 2004
            -0044                | 44 BCE
            """)
    void shouldDescribeFuzzyDatesAsPeopleWriteThem(String edtf, String description) {
        assertThat(FuzzyDate.parse(edtf, "a phrase that is not used").describe())
                .isEqualTo(description);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MORE_THAN     | 200      | count   | more than 200
            EXACTLY       | 8        | percent | 8%
            APPROXIMATELY | 25000000 | USD     | about $25,000,000
            AT_MOST       | 1.5      | EUR     | at most €1.5
            FEWER_THAN    | 3        | XAF     | fewer than XAF 3
            """)
    void shouldDescribeQuantitiesWithComparisonAndUnit(Comparison comparison, String value, String unit, String text) {
        Unit u = unit.equals("count") ? Unit.count() : unit.equals("percent") ? Unit.percent() : Unit.money(unit);

        assertThat(Quantity.of(comparison, new BigDecimal(value), u).describe()).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void shouldDescribeRangesAndRelativeDates() {
        Quantity range = Quantity.builder()
                .comparison(Comparison.BETWEEN)
                .value(BigDecimal.valueOf(5))
                .maximum(BigDecimal.TEN)
                .unit(Unit.named("hours"))
                .build();

        assertThat(range.describe()).isEqualTo("between 5 and 10 hours");
        assertThat(FuzzyDate.relative("later").describe()).isEqualTo("later");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            EXACTLY       | 1       | counselors | 250  | students | -      | 1 counselors per 250 students
            APPROXIMATELY | 12      | arrests    | 1000 | students | -      | about 12 arrests per 1,000 students
            EXACTLY       | 2500000 | USD        | -    | -        | P1Y    | $2,500,000 a year
            MORE_THAN     | 40      | arrests    | -    | -        | P1M    | more than 40 arrests a month
            EXACTLY       | 3       | shifts     | -    | -        | PT1H   | 3 shifts an hour
            EXACTLY       | 5       | visits     | -    | -        | P2W    | 5 visits every 2 weeks
            EXACTLY       | 5       | visits     | -    | -        | P1Y6M  | 5 visits per P1Y6M
            EXACTLY       | 2       | officers   | 100  | students | P1D    | 2 officers per 100 students a day
            """)
    void shouldDescribeRatesWithTheirBasisAndPeriod(
            Comparison comparison, String value, String unit, String per, String perUnit, String period, String text) {
        Quantity.Builder b = Quantity.builder()
                .comparison(comparison)
                .value(new BigDecimal(value))
                .unit(unit.equals("USD") ? Unit.money("USD") : Unit.named(unit));
        if (per != null) {
            b.per(RateBasis.of(new BigDecimal(per), Unit.named(perUnit)));
        }
        if (period != null) {
            b.period(period);
        }

        assertThat(b.build().describe()).isEqualTo(text);
    }
}
