package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Random damage to valid documents (properties deleted, renamed, retyped or repeated, bytes cut) either
 * still reads to a value or fails with {@link CampaignJsonException}: never any other exception.
 */
final class MutationTest {
    private static final CampaignJson JSON = CampaignJson.create();

    static Stream<Arguments> seeds() {
        return Seeds.of(10);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldReadOrRefuseWithItsOwnExceptionOnly(long seed) {
        Random random = new Random(seed);
        RandomModels models = new RandomModels(seed);
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            Class<?> type = random.nextBoolean() ? Campaign.class : Article.class;
            JsonNode tree = JSON.mapper().readTree(JSON.write(models.any(type)));
            String damaged = MutationTestSupport.damage(tree, random);
            try {
                JSON.read(damaged, type);
            } catch (CampaignJsonException expected) {
                refused++;
                assertThat(expected.getMessage()).as("seed %d", seed).isNotBlank();
            } catch (RuntimeException other) {
                throw new AssertionError("seed " + seed + ": " + other + " for\n" + damaged, other);
            }
        }
        assertThat(refused).as("most damage is noticed").isGreaterThan(30);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldNeverThrowAnythingElseForRandomBytes(long seed) {
        Random random = new Random(seed);
        String alphabet = "{}[]:,\"\\ 0123456789.eE+-truefalsnl\u00e9\u0000schemaVersion1.0id";
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = b.toString();
            assertThatCode(() -> {
                        try {
                            JSON.read(input, Campaign.class);
                        } catch (CampaignJsonException expected) {
                            // the one allowed failure
                        }
                    })
                    .as("seed %d: %s", seed, input)
                    .doesNotThrowAnyException();
        }
    }
}
