package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.testing.Fixtures;
import org.campaignmodel.validation.CampaignValidationException;
import org.campaignmodel.validation.Published;
import org.campaignmodel.validation.ValidationProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ReadValidTest {
    private static final CampaignJson JSON = CampaignJson.create();

    @Test
    void shouldReadAValidDocument() throws Exception {
        Article article = JSON.readValid(Fixtures.read("article/seed.json"), Article.class);

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
        String seed = Fixtures.read("article/seed.json");

        assertThatThrownBy(() -> JSON.readValid(seed, Article.class, Published.class))
                .isInstanceOf(CampaignValidationException.class)
                .hasMessageContaining("/relatedStories/0/url: A published related story needs the URL");
    }

    /** The same document handed over as text, bytes, a stream and a reader. */
    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("string", (BiFunction<String, Class<Article>, Article>) JSON::readValid),
                Arguments.of("bytes", (BiFunction<String, Class<Article>, Article>)
                        (text, type) -> JSON.readValid(text.getBytes(StandardCharsets.UTF_8), type)),
                Arguments.of("stream", (BiFunction<String, Class<Article>, Article>) (text, type) ->
                        JSON.readValid(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), type)),
                Arguments.of("reader", (BiFunction<String, Class<Article>, Article>)
                        (text, type) -> JSON.readValid(new StringReader(text), type)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void shouldReadAndCheckEveryFormOfInput(String form, BiFunction<String, Class<Article>, Article> readValid)
            throws Exception {
        String seed = Fixtures.read("article/seed.json");

        assertThat(readValid.apply(seed, Article.class).getRelatedStories()).hasSize(10);
        String blankHeadline = JSON.write(Article.builder()
                .from(JSON.read(seed, Article.class))
                .headline(" ")
                .build());
        assertThatThrownBy(() -> readValid.apply(blankHeadline, Article.class))
                .isInstanceOf(CampaignValidationException.class);
        assertThatThrownBy(() -> readValid.apply("{\"schemaVersion\":\"1.0\",", Article.class))
                .isInstanceOf(CampaignJsonException.class);
    }
}
