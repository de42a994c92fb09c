package org.campaignmodel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written slug check must say exactly what the documented pattern says. */
final class SlugValidatorTest {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final char[] ALPHABET = {'a', 'z', '0', '9', '-', '-', 'A', '_', ' ', 'é'};

    static Stream<Arguments> seeds() {
        return Seeds.of(4);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldAgreeWithThePattern(long seed) {
        Random random = new Random(seed);
        int slugs = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(7);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET[random.nextInt(random.nextBoolean() ? 5 : ALPHABET.length)]);
            }
            boolean expected = SLUG.matcher(text).matches();

            assertThat(SlugValidator.isSlug(text)).as("\"%s\"", text).isEqualTo(expected);
            slugs += expected ? 1 : 0;
        }
        assertThat(slugs).as("slugs among the random texts").isBetween(500, 4_500);
    }
}
