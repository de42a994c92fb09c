package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.json.MutationTestSupport;
import org.campaignmodel.json.RandomModels;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Random damage to valid documents (properties deleted, renamed, retyped or repeated, bytes cut) either
 * still reads to a value or fails with the binding's {@link DocumentException}: never any other
 * exception, in any binding.
 */
final class MutationTest {
    static Stream<Arguments> seeds() {
        return Binding.with(Seeds.of(10));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("seeds")
    void shouldReadOrRefuseWithItsOwnExceptionOnly(Binding binding, long seed) {
        CampaignFormat<?> json = binding.format();
        Random random = new Random(seed);
        RandomModels models = new RandomModels(seed);
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            Class<?> type = random.nextBoolean() ? Campaign.class : Article.class;
            JsonNode tree = Binding.tree(json.write(models.any(type)));
            String damaged = MutationTestSupport.damage(tree, random);
            try {
                json.read(damaged, type);
            } catch (DocumentException expected) {
                refused++;
                assertThat(expected.getMessage()).as("seed %d", seed).isNotBlank();
            } catch (RuntimeException other) {
                throw new AssertionError("seed " + seed + ": " + other + " for\n" + damaged, other);
            }
        }
        assertThat(refused).as("most damage is noticed").isGreaterThan(30);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("seeds")
    void shouldNeverThrowAnythingElseForRandomBytes(Binding binding, long seed) {
        CampaignFormat<?> json = binding.format();
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
                            json.read(input, Campaign.class);
                        } catch (DocumentException expected) {
                            // the one allowed failure
                        }
                    })
                    .as("seed %d: %s", seed, input)
                    .doesNotThrowAnyException();
        }
    }
}
