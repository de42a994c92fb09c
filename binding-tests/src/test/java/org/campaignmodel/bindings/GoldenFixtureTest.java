package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.testing.Fixtures;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
}
