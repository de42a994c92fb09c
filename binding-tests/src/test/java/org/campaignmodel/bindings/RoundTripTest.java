package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Demand;
import org.campaignmodel.Event;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.json.RandomModels;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random model objects survive write then read unchanged in every binding, through text and
 * through the binding's own trees, and always write the same bytes.
 */
final class RoundTripTest {
    private static final List<Class<?>> TYPES =
            List.of(Article.class, Campaign.class, Event.class, Timeline.class, StoryList.class, Demand.class);

    static Stream<Arguments> seeds() {
        return Binding.with(Seeds.of(12));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("seeds")
    void shouldGoThroughATreeAsThroughText(Binding binding, long seed) {
        RandomModels random = new RandomModels(seed);
        for (Class<?> type : TYPES) {
            Object value = random.any(type);

            assertThat(binding.throughTree(value, type)).isEqualTo(value);
            assertThat(binding.treeNames(value))
                    .containsExactlyElementsOf(new ArrayList<>(
                            Binding.tree(binding.format().write(value)).propertyNames()));
        }
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("seeds")
    void shouldReadBackWhatItWrites(Binding binding, long seed) {
        CampaignFormat<?> json = binding.format();
        RandomModels random = new RandomModels(seed);
        int references = 0;
        for (int i = 0; i < 15; i++) {
            for (Class<?> type : TYPES) {
                Object value = random.any(type);
                String written = json.write(value);

                Object back = json.read(written, type);

                assertThat(back)
                        .as("seed %d, %s:\n%s", seed, type.getSimpleName(), written)
                        .isEqualTo(value);
                assertThat(json.write(back)).as("seed %d", seed).isEqualTo(written);
                if (org.campaignmodel.internal.meta.ModelTypes.TOP_LEVEL.contains(type)) {
                    String referenced = json.writeWithReferences(value);
                    assertThat(json.read(referenced, type))
                            .as("seed %d, %s with references:\n%s", seed, type.getSimpleName(), referenced)
                            .isEqualTo(value);
                    if (referenced.contains("\"parties\":")) {
                        references++;
                    }
                }
            }
        }
        // the random parties repeat, so most seeds write some document with parties defined once
        assertThat(references)
                .as("seed %d: documents written with references", seed)
                .isPositive();
    }
}
