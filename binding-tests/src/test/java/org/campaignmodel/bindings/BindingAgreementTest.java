package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Demand;
import org.campaignmodel.Event;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.json.MutationTestSupport;
import org.campaignmodel.json.RandomModels;
import org.campaignmodel.testing.Fixtures;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differential test between the bindings: seeded random models must be written to the same
 * bytes by both, and damaged documents must get the same outcome from both, down to the code,
 * pointer, words, line and column of the refusal.
 */
final class BindingAgreementTest {
    private static final CampaignFormat<?> JACKSON_3 = Binding.JACKSON_3.format();
    private static final CampaignFormat<?> JACKSON_2 = Binding.JACKSON_2.format();
    private static final List<Class<?>> TYPES =
            List.of(Article.class, Campaign.class, Event.class, Timeline.class, StoryList.class, Demand.class);

    static Stream<Arguments> seeds() {
        return Seeds.of(12);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldWriteTheSameBytes(long seed) {
        RandomModels random = new RandomModels(seed);
        for (int i = 0; i < 10; i++) {
            for (Class<?> type : TYPES) {
                Object value = random.any(type);

                String three = JACKSON_3.write(value);
                String two = JACKSON_2.write(value);

                assertThat(two).as("seed %d, %s", seed, type.getSimpleName()).isEqualTo(three);
                assertThat(bytes(JACKSON_2, value)).isEqualTo(bytes(JACKSON_3, value));
            }
        }
    }

    private static byte[] bytes(CampaignFormat<?> json, Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(value, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldReadDamagedDocumentsAlike(long seed) {
        Random random = new Random(seed);
        RandomModels models = new RandomModels(seed);
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            Class<?> type = random.nextBoolean() ? Campaign.class : Article.class;
            String damaged = MutationTestSupport.damage(Binding.tree(JACKSON_3.write(models.any(type))), random);

            Outcome three = Outcome.of(JACKSON_3, damaged, type);
            Outcome two = Outcome.of(JACKSON_2, damaged, type);

            assertThat(two.agrees(three))
                    .as("seed %d:\n%s\n%s\n%s", seed, damaged, three, two)
                    .isTrue();
            refused += three.refused() ? 1 : 0;
        }
        assertThat(refused).as("most damage is noticed").isGreaterThan(30);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldReadRandomTextAlike(long seed) {
        Random random = new Random(seed);
        String alphabet = "{}[]:,\"\\ 0123456789.eE+-truefalsnl\u00e9\u0000schemaVersion1.0id";
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = b.toString();

            Outcome three = Outcome.of(JACKSON_3, input, Campaign.class);
            Outcome two = Outcome.of(JACKSON_2, input, Campaign.class);

            assertThat(two.agrees(three))
                    .as("seed %d: %s\n%s\n%s", seed, input, three, two)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "unknown-property",
                "builder-helper",
                "missing-property",
                "wrong-type",
                "bad-date",
                "malformed-code",
                "null-value",
                "duplicate-key",
                "trailing-content",
                "unsupported-version",
                "missing-version",
                "newer-property",
                "unknown-block-type",
                "missing-block-type",
                "impossible-value",
                "huge-number",
                "not-json",
                "version-in-nested",
                "list-expected",
                "null-item",
                "fuzzy-date-object"
            })
    void shouldRefuseEveryInvalidFixtureAlikeWithLineAndColumn(String name) {
        String document = Fixtures.read("invalid/" + name + ".json");
        Class<?> type =
                document.contains("\"statistics\"") || document.contains("\"status\"") ? Campaign.class : Article.class;

        Outcome three = Outcome.of(JACKSON_3, document, type);

        assertThat(three.refused()).isTrue();
        assertThat(Outcome.of(JACKSON_2, document, type)).isEqualTo(three);
        assertThat(Outcome.of(
                        JACKSON_2, new String(document.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), type))
                .isEqualTo(three);
    }
}
