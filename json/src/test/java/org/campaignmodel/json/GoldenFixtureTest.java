package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The seed campaign and article, checked in as JSON: the wire format cannot drift unnoticed. */
final class GoldenFixtureTest {
    private static final CampaignJson JSON = CampaignJson.create();

    static String fixture(String path) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                GoldenFixtureTest.class.getResourceAsStream("/" + path), "missing fixture " + path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static JsonNode tree(String json) {
        return JSON.mapper().readTree(json);
    }

    @Test
    void shouldWriteTheSeedCampaignAsTheFixture() throws IOException {
        assertThat(tree(JSON.write(SeedCampaign.campaign()))).isEqualTo(tree(fixture("campaign/seed.json")));
    }

    @Test
    void shouldReadTheCampaignFixtureAsTheSeedCampaign() throws IOException {
        assertThat(JSON.read(fixture("campaign/seed.json"), Campaign.class)).isEqualTo(SeedCampaign.campaign());
    }

    @Test
    void shouldWriteTheSeedArticleAsTheFixture() throws IOException {
        assertThat(tree(JSON.write(SeedCampaign.article()))).isEqualTo(tree(fixture("article/seed.json")));
    }

    @Test
    void shouldReadTheArticleFixtureAsTheSeedArticle() throws IOException {
        assertThat(JSON.read(fixture("article/seed.json"), Article.class)).isEqualTo(SeedCampaign.article());
    }
}
