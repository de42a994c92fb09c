package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.campaignmodel.Article;
import org.campaignmodel.validation.CampaignValidationException;
import org.campaignmodel.validation.Published;
import org.campaignmodel.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

final class ReadValidTest {
    private static final CampaignJson JSON = CampaignJson.create();

    @Test
    void shouldReadAValidDocument() throws Exception {
        Article article = JSON.readValid(GoldenFixtureTest.fixture("article/seed.json"), Article.class);

        assertThat(article.getRelatedStories()).hasSize(10);
    }

    @Test
    void shouldReportEveryRuleBrokenWithItsPointerInTheDocument() {
        String document = "{\"schemaVersion\":\"1.0\",\"id\":\"Not A Slug\",\"headline\":\" \","
                + "\"body\":[{\"type\":\"paragraph\",\"text\":\"ok\"},{\"type\":\"heading\",\"level\":9,\"text\":\"T\"}],"
                + "\"language\":\"english\"}";

        assertThatThrownBy(() -> JSON.readValid(document, Article.class))
                .isInstanceOfSatisfying(
                        CampaignValidationException.class,
                        e -> assertThat(e.getReport().getProblems())
                                .extracting(ValidationProblem::getPointer, ValidationProblem::getCode)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("/body/1/level", "heading.level"),
                                        org.assertj.core.groups.Tuple.tuple("/headline", "text.blank"),
                                        org.assertj.core.groups.Tuple.tuple("/id", "id.invalid"),
                                        org.assertj.core.groups.Tuple.tuple("/language", "language.invalid")));
    }

    @Test
    void shouldCheckTheGroupsAsked() throws Exception {
        String seed = GoldenFixtureTest.fixture("article/seed.json");

        assertThatThrownBy(() -> JSON.readValid(seed, Article.class, Published.class))
                .isInstanceOf(CampaignValidationException.class)
                .hasMessageContaining("/relatedStories/0/url: A published related story needs the URL");
    }
}
