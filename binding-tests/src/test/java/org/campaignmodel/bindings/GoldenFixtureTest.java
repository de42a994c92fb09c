package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.testing.ExampleCampaign11;
import org.campaignmodel.testing.Fixtures;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed campaign and article, checked in as JSON: no binding's wire format can drift unnoticed. */
final class GoldenFixtureTest {
    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldWriteTheSeedCampaignAsTheFixture(Binding binding) {
        assertThat(Binding.tree(binding.format().write(SeedCampaign.campaign())))
                .isEqualTo(Binding.tree(Fixtures.read("campaign/seed.json")));
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldReadTheCampaignFixtureAsTheSeedCampaign(Binding binding) {
        assertThat(binding.format().read(Fixtures.read("campaign/seed.json"), Campaign.class))
                .isEqualTo(SeedCampaign.campaign());
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldWriteTheSeedArticleAsTheFixture(Binding binding) {
        assertThat(Binding.tree(binding.format().write(SeedCampaign.article())))
                .isEqualTo(Binding.tree(Fixtures.read("article/seed.json")));
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldReadTheArticleFixtureAsTheSeedArticle(Binding binding) {
        assertThat(binding.format().read(Fixtures.read("article/seed.json"), Article.class))
                .isEqualTo(SeedCampaign.article());
    }

    static Stream<Arguments> otherDocuments() {
        return Binding.with(Stream.of(
                Arguments.of("event/seed.json", Event.class, SeedCampaign.ccwpAnniversary()),
                Arguments.of("timeline/seed.json", Timeline.class, SeedCampaign.timeline()),
                Arguments.of("story-list/seed.json", StoryList.class, StoryList.of(SeedCampaign.relatedStories())),
                Arguments.of("story-list/seed.json", StoryList.class, StoryList.of(SeedCampaign.relatedStories()))));
    }

    /** The other top-level documents, checked in too: the npm package type-checks every golden file. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("otherDocuments")
    void shouldWriteAndReadEveryOtherTopLevelDocumentAsItsFixture(
            Binding binding, String fixture, Class<?> type, Object value) {
        assertThat(Binding.tree(binding.format().write(value))).isEqualTo(Binding.tree(Fixtures.read(fixture)));
        assertThat(binding.format().read(Fixtures.read(fixture), type)).isEqualTo(value);
    }

    static Stream<Arguments> secondFixture() {
        return Binding.with(Stream.of(
                Arguments.of("campaign/example-1.1.json", Campaign.class, ExampleCampaign11.campaign()),
                Arguments.of("article/example-1.1.json", Article.class, ExampleCampaign11.article())));
    }

    /**
     * The second fixture, every addition of format 1.1, is written with its parties defined once, so
     * that the schema, npm and Python tests that read it meet references too; written in full, the
     * same value reads back from it.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("secondFixture")
    void shouldWriteTheSecondFixtureWithItsPartiesDefinedOnce(
            Binding binding, String fixture, Class<?> type, Object value) {
        String golden = Fixtures.read(fixture);

        assertThat(Binding.tree(binding.format().writeWithReferences(value))).isEqualTo(Binding.tree(golden));
        assertThat(golden).contains("\"parties\"").contains("\"ref\"");
        assertThat(binding.format().read(golden, type)).isEqualTo(value);
        assertThat(binding.format().read(binding.format().write(value), type)).isEqualTo(value);
    }
}
