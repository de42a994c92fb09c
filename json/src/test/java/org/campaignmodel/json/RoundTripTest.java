package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Demand;
import org.campaignmodel.Event;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random model objects survive write then read unchanged, and always write the same bytes. */
final class RoundTripTest {
    private static final CampaignJson JSON = CampaignJson.create();
    private static final List<Class<?>> TYPES =
            List.of(Article.class, Campaign.class, Event.class, Timeline.class, StoryList.class, Demand.class);

    static Stream<Arguments> seeds() {
        return Seeds.of(12);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldGoThroughATreeAsThroughText(long seed) {
        RandomModels random = new RandomModels(seed);
        for (Class<?> type : TYPES) {
            Object value = random.any(type);

            tools.jackson.databind.JsonNode tree = JSON.mapper().valueToTree(value);

            assertThat(JSON.mapper().treeToValue(tree, type)).isEqualTo(value);
            assertThat(tree.propertyNames())
                    .containsExactlyElementsOf(
                            JSON.mapper().readTree(JSON.write(value)).propertyNames());
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldReadBackWhatItWrites(long seed) {
        RandomModels random = new RandomModels(seed);
        for (int i = 0; i < 15; i++) {
            for (Class<?> type : TYPES) {
                Object value = random.any(type);
                String written = JSON.write(value);

                Object back = JSON.read(written, type);

                assertThat(back)
                        .as("seed %d, %s:\n%s", seed, type.getSimpleName(), written)
                        .isEqualTo(value);
                assertThat(JSON.write(back)).as("seed %d", seed).isEqualTo(written);
            }
        }
    }

    @Test
    void shouldKnowEveryStoredPropertyOfEveryModelType() {
        // An independent look at the public API: every abstract getter is a property of the wire format.
        ModelTypes types = ModelTypes.discover();
        assertThat(types.models).hasSizeGreaterThanOrEqualTo(29);
        for (ModelType model : types.models.values()) {
            for (Method m : model.type.getMethods()) {
                if (java.lang.reflect.Modifier.isAbstract(m.getModifiers())
                        && m.getParameterCount() == 0
                        && (m.getName().startsWith("get") || m.getName().startsWith("is"))) {
                    assertThat(model.byName)
                            .as("%s.%s", model.name, m.getName())
                            .containsKey(ModelTypes.propertyName(m));
                }
            }
        }
    }
}
