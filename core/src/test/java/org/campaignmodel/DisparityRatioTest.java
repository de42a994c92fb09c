package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The ratio of two qualified shares says as much as the shares do, and no more. */
final class DisparityRatioTest {
    private static Quantity percent(String written) {
        String[] parts = written.split(" ", -1);
        Comparison comparison = Comparison.valueOf(parts[0]);
        if (comparison == Comparison.BETWEEN) {
            return Quantity.builder()
                    .comparison(comparison)
                    .value(new BigDecimal(parts[1]))
                    .maximum(new BigDecimal(parts[2]))
                    .unit(Unit.percent())
                    .build();
        }
        return Quantity.of(comparison, new BigDecimal(parts[1]), Unit.percent());
    }

    private static Optional<Quantity> ratio(Quantity share, Quantity baseline) {
        Statistic s =
                Statistic.builder().measure("share of arrests").value(share).build();
        Statistic b = Statistic.builder()
                .measure("share of enrollment")
                .value(baseline)
                .build();
        return Disparity.of(s, b).getRatio();
    }

    @ParameterizedTest(name = "{0} over {1} is {2}")
    @CsvSource({
        "EXACTLY 25,         EXACTLY 8,        EXACTLY 3.125",
        "APPROXIMATELY 30,   APPROXIMATELY 12, APPROXIMATELY 2.5",
        "APPROXIMATELY 30,   EXACTLY 12,       APPROXIMATELY 2.5",
        "MORE_THAN 30,       EXACTLY 12,       MORE_THAN 2.5",
        "AT_LEAST 30,        AT_MOST 12,       AT_LEAST 2.5",
        "EXACTLY 30,         MORE_THAN 12,     FEWER_THAN 2.5",
        "FEWER_THAN 30,      EXACTLY 12,       FEWER_THAN 2.5",
        "AT_MOST 30,         AT_LEAST 12,      AT_MOST 2.5",
        "BETWEEN 20 30,      EXACTLY 10,       BETWEEN 2 3",
        "BETWEEN 20 30,      BETWEEN 10 20,    BETWEEN 1 3",
        "EXACTLY 30,         BETWEEN 10 15,    BETWEEN 2 3",
        "EXACTLY 30,         AT_MOST 12,       AT_LEAST 2.5",
    })
    void shouldFollowTheQualifiersOfBothShares(String share, String baseline, String expected) {
        Quantity ratio = ratio(percent(share), percent(baseline)).orElseThrow();
        Quantity want = percent(expected);

        assertThat(ratio.getComparison()).isEqualTo(want.getComparison());
        assertThat(ratio.getValue()).isEqualByComparingTo(want.getValue());
        assertThat(ratio.getMaximum().map(BigDecimal::stripTrailingZeros))
                .isEqualTo(want.getMaximum().map(BigDecimal::stripTrailingZeros));
        assertThat(ratio.getUnit()).isEqualTo(Unit.named("times"));
    }

    @ParameterizedTest(name = "{0} over {1} has no ratio")
    @CsvSource({
        "MORE_THAN 30,  MORE_THAN 12",
        "FEWER_THAN 30, FEWER_THAN 12",
        "EXACTLY 30,    EXACTLY 0",
        "AT_LEAST 30,   AT_LEAST 12",
    })
    void shouldGiveNoRatioWhereNothingBoundsIt(String share, String baseline) {
        assertThat(ratio(percent(share), percent(baseline))).isEmpty();
    }

    static Stream<Arguments> seeds() {
        return Seeds.of(6);
    }

    /**
     * Whatever true shares the qualified figures allow, their true ratio meets the ratio's own
     * comparison: the ratio never claims more than the figures do.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldHoldTheTrueRatioOfAnySharesTheFiguresAllow(long seed) {
        Random random = new Random(seed);
        Comparison[] comparisons = Comparison.values();
        int checked = 0;
        for (int i = 0; i < 300; i++) {
            Quantity share = randomQuantity(random, comparisons);
            Quantity baseline = randomQuantity(random, comparisons);
            Optional<Quantity> ratio = ratio(share, baseline);
            if (ratio.isEmpty()) {
                continue;
            }
            for (int j = 0; j < 20; j++) {
                BigDecimal s = truth(share, random);
                BigDecimal b = truth(baseline, random);
                if (b.signum() == 0) {
                    continue;
                }
                BigDecimal actual = s.divide(b, MathContext.DECIMAL64);
                assertThat(holds(ratio.get(), actual))
                        .as("%s over %s gave %s; a true %s / %s = %s", share, baseline, ratio.get(), s, b, actual)
                        .isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    private static Quantity randomQuantity(Random random, Comparison[] comparisons) {
        Comparison comparison = comparisons[random.nextInt(comparisons.length)];
        BigDecimal value = BigDecimal.valueOf(1 + random.nextInt(60));
        if (comparison == Comparison.BETWEEN) {
            return Quantity.builder()
                    .comparison(comparison)
                    .value(value)
                    .maximum(value.add(BigDecimal.valueOf(1 + random.nextInt(30))))
                    .unit(Unit.percent())
                    .build();
        }
        return Quantity.of(comparison, value, Unit.percent());
    }

    /** A true share the figure allows (an approximate figure is taken at its word). */
    private static BigDecimal truth(Quantity q, Random random) {
        BigDecimal v = q.getValue();
        BigDecimal step = BigDecimal.valueOf(1 + random.nextInt(1000), 2); // 0.01 to 10
        return switch (q.getComparison()) {
            case EXACTLY, APPROXIMATELY -> v;
            case MORE_THAN -> v.add(step);
            case AT_LEAST -> random.nextBoolean() ? v : v.add(step);
            case FEWER_THAN -> v.subtract(step.min(v)).max(BigDecimal.ZERO).min(v.subtract(new BigDecimal("0.001")));
            case AT_MOST -> random.nextBoolean() ? v : v.subtract(step.min(v));
            case BETWEEN -> {
                BigDecimal max = q.getMaximum().orElseThrow();
                yield v.add(max.subtract(v).multiply(BigDecimal.valueOf(random.nextInt(101), 2)));
            }
        };
    }

    private static boolean holds(Quantity ratio, BigDecimal actual) {
        BigDecimal v = ratio.getValue();
        // the ratio's own rounding, to 16 digits
        BigDecimal slack = v.abs().multiply(new BigDecimal("1E-14"));
        return switch (ratio.getComparison()) {
            case EXACTLY, APPROXIMATELY -> actual.subtract(v).abs().compareTo(slack) <= 0;
            case MORE_THAN -> actual.compareTo(v.subtract(slack)) > 0;
            case AT_LEAST -> actual.compareTo(v.subtract(slack)) >= 0;
            case FEWER_THAN -> actual.compareTo(v.add(slack)) < 0;
            case AT_MOST -> actual.compareTo(v.add(slack)) <= 0;
            case BETWEEN ->
                actual.compareTo(v.subtract(slack)) >= 0
                        && actual.compareTo(ratio.getMaximum().orElseThrow().add(slack)) <= 0;
        };
    }

    private static Quantity rate(String comparison, String value, String per, String period) {
        Quantity.Builder b = Quantity.builder()
                .comparison(Comparison.valueOf(comparison))
                .value(new BigDecimal(value))
                .unit(Unit.named("arrests"));
        if (!per.isEmpty()) {
            b.per(RateBasis.of(new BigDecimal(per), Unit.named("students")));
        }
        if (!period.isEmpty()) {
            b.period(period);
        }
        return b.build();
    }

    /** Two groups' rates on the same basis divide as shares do (format 1.1); other pairs do not. */
    @ParameterizedTest(name = "{0} {1} per {2} {3} over {4} {5} per {6} {7}: {8}")
    @CsvSource({
        "EXACTLY,       12, 1000,  P1Y, EXACTLY, 3,   1000,    P1Y, EXACTLY 4",
        "APPROXIMATELY, 12, 1000,  P1Y, EXACTLY, 3,   1000.00, P1Y, APPROXIMATELY 4",
        "MORE_THAN,     12, 1000,  '',  EXACTLY, 3,   1000,    '',  MORE_THAN 4",
        "EXACTLY,       12, '',    P1Y, EXACTLY, 3,   '',      P1Y, EXACTLY 4",
        "EXACTLY,       12, 1000,  P1Y, EXACTLY, 3,   100,     P1Y, -",
        "EXACTLY,       12, 1000,  P1Y, EXACTLY, 3,   1000,    P1M, -",
        "EXACTLY,       12, 1000,  P1Y, EXACTLY, 3,   '',      P1Y, -",
        "EXACTLY,       12, '',    '',  EXACTLY, 3,   '',      '',  -",
    })
    void shouldDivideRatesOnlyOnTheSameBasis(
            String c1,
            String v1,
            String per1,
            String period1,
            String c2,
            String v2,
            String per2,
            String period2,
            String expected) {
        Optional<Quantity> ratio = ratio(rate(c1, v1, per1, period1), rate(c2, v2, per2, period2));

        if (expected.equals("-")) {
            assertThat(ratio).isEmpty();
            return;
        }
        Quantity want = percent(expected);
        assertThat(ratio).hasValueSatisfying(r -> {
            assertThat(r.getComparison()).isEqualTo(want.getComparison());
            assertThat(r.getValue()).isEqualByComparingTo(want.getValue());
        });
    }
}
