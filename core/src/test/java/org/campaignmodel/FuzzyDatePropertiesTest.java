package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random-input properties of {@link FuzzyDate}. Each test's name shows its seed; rerun one with
 * {@code -Dcampaign.seed=N}.
 */
final class FuzzyDatePropertiesTest {
    private static final int SAMPLES = 400;

    static Stream<Arguments> seeds() {
        return Seeds.of(10);
    }

    /** A random single date, as EDTF text, built from parts so the test knows what it means. */
    private record Sample(String text, int sign, String year, String month, String day, char qualifier) {
        /** True if the given day is one the date can mean, read straight from the text's parts. */
        boolean means(LocalDate d) {
            int y = d.getYear();
            if (month.length() == 2 && month.charAt(0) == '2') {
                int season = Integer.parseInt(month) - 20;
                int m = d.getMonthValue();
                int base = season == 4 && m <= 2 ? y - 1 : y;
                boolean inSeason = season == 4 ? (m == 12 || m <= 2) : (m >= season * 3 && m <= season * 3 + 2);
                return inSeason && yearMatches(base);
            }
            return yearMatches(y)
                    && (month.isEmpty() || month.equals("XX") || Integer.parseInt(month) == d.getMonthValue())
                    && (day.isEmpty() || day.equals("XX") || Integer.parseInt(day) == d.getDayOfMonth());
        }

        private boolean yearMatches(int y) {
            if (Integer.signum(y) != sign && !(y == 0 && sign == 1)) {
                return false;
            }
            String digits = String.format("%04d", Math.abs(y));
            if (digits.length() != 4) {
                return false;
            }
            for (int i = 0; i < 4; i++) {
                if (year.charAt(i) != 'X' && year.charAt(i) != digits.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Sample sample(Random r) {
        int sign = r.nextInt(10) == 0 ? -1 : 1;
        int y = r.nextInt(sign < 0 ? 9998 : 10_000) + (sign < 0 ? 1 : 0);
        StringBuilder year = new StringBuilder(String.format("%04d", y));
        int xs = r.nextInt(6) == 0 ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < xs; i++) {
            year.setCharAt(3 - i, 'X');
        }
        if (sign < 0 && year.toString().replace('X', '9').equals("0000")) {
            sign = 1;
        }
        String month = "";
        String day = "";
        if (xs == 0 && r.nextInt(4) > 0) {
            int pick = r.nextInt(20);
            if (pick == 0) {
                month = "XX";
            } else if (pick <= 3) {
                month = Integer.toString(21 + r.nextInt(4));
            } else {
                month = String.format("%02d", 1 + r.nextInt(12));
            }
            if (!month.startsWith("2") && r.nextBoolean()) {
                if (month.equals("XX")) {
                    day = "XX";
                } else if (r.nextInt(8) == 0) {
                    day = "XX";
                } else {
                    int yearValue = sign * Integer.parseInt(year.toString());
                    int length = java.time.YearMonth.of(yearValue, Integer.parseInt(month))
                            .lengthOfMonth();
                    day = String.format("%02d", 1 + r.nextInt(length));
                }
            }
        }
        char qualifier = "    ~?%".charAt(r.nextInt(7));
        String text = (sign < 0 ? "-" : "")
                + year
                + (month.isEmpty() ? "" : "-" + month)
                + (day.isEmpty() ? "" : "-" + day)
                + (qualifier == ' ' ? "" : String.valueOf(qualifier));
        return new Sample(text, sign, year.toString(), month, day, qualifier);
    }

    private static FuzzyDate anyFuzzyDate(Random r) {
        int pick = r.nextInt(10);
        if (pick == 0) {
            return FuzzyDate.relative(r.nextBoolean() ? "later" : "afterwards");
        }
        FuzzyDate date;
        if (pick <= 3) {
            String a = sample(r).text();
            String b = sample(r).text();
            String start = r.nextInt(4) == 0 ? ".." : a;
            String end = start.equals("..") || r.nextInt(4) > 0 ? b : "..";
            try {
                date = FuzzyDate.parse(start + "/" + end);
            } catch (FuzzyDateFormatException reversed) {
                date = FuzzyDate.parse(end.equals("..") ? a + "/.." : "../" + b);
            }
        } else {
            date = FuzzyDate.parse(sample(r).text());
        }
        return r.nextInt(3) == 0 ? date.withPhrase(r.nextBoolean() ? "By then" : "around that time") : date;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldPrintWhatItParsesAndParseWhatItPrints(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            FuzzyDate date = anyFuzzyDate(r);
            if (date.getKind() == FuzzyDate.Kind.RELATIVE) {
                continue;
            }
            String text = date.toString();
            assertThat(FuzzyDate.parse(text)).as("seed %d: %s", seed, text).hasToString(text);
            FuzzyDate plain = FuzzyDate.parse(text);
            assertThat(FuzzyDate.parse(plain.toString())).isEqualTo(plain);
            assertThat(date.getPhrase().map(p -> FuzzyDate.parse(text, p)).orElse(plain))
                    .isEqualTo(date);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldBoundEveryDayTheDateCanMeanAndNoMoreWhenUnqualified(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            Sample s = sample(r);
            FuzzyDate date = FuzzyDate.parse(s.text());
            LocalDate earliest = date.getEarliest().orElseThrow();
            LocalDate latest = date.getLatest().orElseThrow();
            assertThat(earliest).as("seed %d: %s", seed, s.text()).isBeforeOrEqualTo(latest);
            // Days the text can mean, probed around and inside the bounds, must lie inside them.
            List<LocalDate> probes = new ArrayList<>(
                    List.of(earliest.minusDays(1), earliest, latest, latest.plusDays(1), earliest.minusYears(1)));
            long span = latest.toEpochDay() - earliest.toEpochDay();
            for (int k = 0; k < 50; k++) {
                probes.add(earliest.plusDays((long) (r.nextDouble() * (span + 1))));
                probes.add(earliest.minusDays(400).plusDays((long) (r.nextDouble() * (span + 800))));
            }
            for (LocalDate probe : probes) {
                if (s.means(probe)) {
                    assertThat(probe)
                            .as("seed %d: %s means %s", seed, s.text(), probe)
                            .isBetween(earliest, latest);
                }
            }
            if (s.qualifier() == ' ') {
                assertThat(s.means(earliest))
                        .as("seed %d: %s earliest %s", seed, s.text(), earliest)
                        .isTrue();
                assertThat(s.means(latest))
                        .as("seed %d: %s latest %s", seed, s.text(), latest)
                        .isTrue();
                assertThat(s.means(earliest.minusDays(1)))
                        .as("seed %d: %s", seed, s.text())
                        .isFalse();
                assertThat(s.means(latest.plusDays(1)))
                        .as("seed %d: %s", seed, s.text())
                        .isFalse();
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldOrderTotallyAndConsistentlyWithEquals(long seed) {
        Random r = new Random(seed);
        List<FuzzyDate> pool = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            FuzzyDate d = anyFuzzyDate(r);
            pool.add(d);
            pool.add(d.getEdtf().map(FuzzyDate::parse).orElse(d)); // an equal or nearly equal twin
        }
        for (FuzzyDate a : pool) {
            for (FuzzyDate b : pool) {
                int ab = Integer.signum(a.compareTo(b));
                assertThat(ab).as("seed %d: %s vs %s", seed, a, b).isEqualTo(-Integer.signum(b.compareTo(a)));
                assertThat(ab == 0).as("seed %d: %s vs %s", seed, a, b).isEqualTo(a.equals(b));
                if (a.equals(b)) {
                    assertThat(a.hashCode()).isEqualTo(b.hashCode());
                }
                for (int k = 0; k < 3; k++) {
                    FuzzyDate c = pool.get(r.nextInt(pool.size()));
                    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                        assertThat(a.compareTo(c))
                                .as("seed %d: %s <= %s <= %s", seed, a, b, c)
                                .isNotPositive();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldRefuseGarbageOnlyWithItsOwnExceptionAndAPositionInsideTheInput(long seed) {
        Random r = new Random(seed);
        String alphabet = "0123456789-/.X~?%TZ:+ uY";
        for (int i = 0; i < SAMPLES * 5; i++) {
            String text;
            if (r.nextBoolean()) {
                StringBuilder b = new StringBuilder(sample(r).text());
                int edits = 1 + r.nextInt(3);
                for (int e = 0; e < edits && b.length() > 0; e++) {
                    int at = r.nextInt(b.length());
                    switch (r.nextInt(3)) {
                        case 0 -> b.deleteCharAt(at);
                        case 1 -> b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                        default -> b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    }
                }
                text = b.toString();
            } else {
                StringBuilder b = new StringBuilder();
                int length = r.nextInt(25);
                for (int k = 0; k < length; k++) {
                    b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                text = b.toString();
            }
            String input = text;
            assertThatCode(() -> {
                        try {
                            FuzzyDate parsed = FuzzyDate.parse(input);
                            assertThat(parsed).hasToString(input);
                        } catch (FuzzyDateFormatException e) {
                            assertThat(e.getPosition()).isBetween(0, input.length());
                        }
                    })
                    .as("seed %d: \"%s\"", seed, input)
                    .doesNotThrowAnyException();
        }
    }
}
