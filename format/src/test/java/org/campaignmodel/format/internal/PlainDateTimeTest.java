package org.campaignmodel.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.testing.Seeds;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The reader's fast path for local date-times never disagrees with the ISO formatter it stands in for. */
final class PlainDateTimeTest {
    static Stream<Arguments> seeds() {
        return Seeds.of(8);
    }

    private static @Nullable LocalDateTime iso(String text) {
        try {
            return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldReadWhatTheFormatterReadsOrLeaveItToTheFormatter(long seed) {
        Random random = new Random(seed);
        String alphabet = "0123456789-T:.Z+ ";
        int taken = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder(String.format(
                    "%04d-%02d-%02dT%02d:%02d",
                    random.nextInt(10_000),
                    random.nextInt(14),
                    random.nextInt(33),
                    random.nextInt(26),
                    random.nextInt(61)));
            if (random.nextBoolean()) {
                b.append(String.format(":%02d", random.nextInt(62)));
                if (random.nextBoolean()) {
                    b.append('.').append(String.valueOf(random.nextLong() & Long.MAX_VALUE), 0, 1 + random.nextInt(10));
                }
            }
            if (random.nextInt(4) == 0) {
                b.setCharAt(random.nextInt(b.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();

            LocalDateTime fast = Reading.plainDateTime(text);

            if (fast != null) {
                taken++;
                assertThat(fast).as(text).isEqualTo(iso(text));
            } else if (text.charAt(4) == '-' && !text.startsWith("0000") && iso(text) != null) {
                throw new AssertionError("the fast path left a plain date-time to the formatter: " + text);
            }
        }
        assertThat(taken).as("the fast path is taken").isGreaterThan(5_000);
    }

    @ParameterizedTest
    @CsvSource({"2025-11-05T17:00", "2025-11-05T17:00:30", "2025-11-05T17:00:30.5", "2025-11-05T17:00:30.123456789"})
    void shouldReadTheCommonForms(String text) {
        assertThat(Reading.plainDateTime(text)).isEqualTo(iso(text));
    }

    @ParameterizedTest
    @CsvSource({
        "2023-02-30T10:00",
        "2025-11-05T24:00",
        "2025-11-05T17:00:60",
        "2025-11-05T17:00:30.",
        "2025-11-05 17:00"
    })
    void shouldLeaveImpossibleOrOddTimesToTheFormatter(String text) {
        assertThat(Reading.plainDateTime(text)).isNull();
    }
}
