package org.campaignmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.Membership;
import org.campaignmodel.Organization;
import org.campaignmodel.Person;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.StoryKind;
import org.campaignmodel.testing.ProviderOnly;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a report is put together, by the library's walk and by an application's provider alike: the
 * order of problems (document order, list indexes as numbers), where it stops, and how each problem
 * shows the value it is about.
 */
final class ReportOrderTest {
    static Stream<Arguments> validators() {
        return Stream.of(
                Arguments.of("walk", CampaignValidator.create()),
                Arguments.of("provider", CampaignValidator.using(ProviderOnly.validator())));
    }

    private static Demand demand(int number, String title) {
        return Demand.builder()
                .number(number)
                .title(title)
                .action(DemandAction.ADOPT)
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void shouldOrderListIndexesAsNumbers(String name, CampaignValidator validator) {
        Campaign.Builder campaign = Campaign.builder().id("c").name("C");
        for (int n = 1; n <= 12; n++) {
            campaign.addDemands(demand(n, n == 3 || n == 11 ? " " : "Demand " + n));
        }

        assertThat(validator.validate(campaign.build()).getProblems())
                .extracting(ValidationProblem::getPointer)
                .containsExactly("/demands/2/title", "/demands/10/title");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void shouldOrderProblemsAtOnePlaceByCode(String name, CampaignValidator validator) {
        Campaign campaign = Campaign.builder()
                .id("c")
                .name("C")
                .addDemands(demand(0, "Zero"))
                .build();

        assertThat(validator.validate(campaign).getProblems())
                .extracting(ValidationProblem::getPointer, ValidationProblem::getCode)
                .containsExactly(
                        tuple("/demands/0/number", "demand.number.positive"),
                        tuple("/demands/0/number", "demand.number.sequence"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void shouldPutAPlaceBeforeWhatItHolds(String name, CampaignValidator validator) {
        Article article = Article.builder()
                .id("a")
                .headline("H")
                .addRelatedStories(
                        RelatedStory.builder()
                                .id("b")
                                .url("https://example.org/b")
                                .kind(StoryKind.ARTICLE)
                                .build(),
                        RelatedStory.builder()
                                .id("b")
                                .url("https://example.org/c")
                                .headline(" ")
                                .kind(StoryKind.ARTICLE)
                                .build())
                .build();

        assertThat(validator.validate(article).getProblems())
                .extracting(ValidationProblem::getPointer, ValidationProblem::getCode)
                .containsExactly(
                        tuple("/relatedStories/1", "article.related.duplicate"),
                        tuple("/relatedStories/1/headline", "text.blank"));
    }

    /** Organizations whose blank aliases, more than the 20 allowed, give one problem each plus one. */
    private static Campaign problems(int... blankAliases) {
        List<Membership> memberships = new ArrayList<>();
        for (int count : blankAliases) {
            memberships.add(Membership.builder()
                    .organization(Organization.builder()
                            .name("Group " + count)
                            .aliases(Collections.nCopies(count, " "))
                            .build())
                    .build());
        }
        return Campaign.builder().id("c").name("C").memberships(memberships).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void shouldKeepAReportOfExactlyTheMostProblemsWhole(String name, CampaignValidator validator) {
        ValidationReport report = validator.validate(problems(500, 498));

        assertThat(report.getProblems()).hasSize(CampaignValidator.MAX_PROBLEMS);
        assertThat(report.isTruncated()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void shouldCutAReportOfOneProblemMore(String name, CampaignValidator validator) {
        ValidationReport report = validator.validate(problems(500, 499));

        assertThat(report.getProblems()).hasSize(CampaignValidator.MAX_PROBLEMS);
        assertThat(report.isTruncated()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void shouldShowWhatEachProblemIsAbout(String name, CampaignValidator validator) {
        Campaign campaign = Campaign.builder()
                .id("c")
                .name("x".repeat(301))
                .addAliases("Oak\u202Eland")
                .addMemberships(Membership.builder()
                        .organization(Organization.builder()
                                .name("G")
                                .aliases(Collections.nCopies(21, "a"))
                                .build())
                        .build())
                .addDemands(demand(0, "Zero"))
                .build();

        assertThat(validator.validate(campaign).getProblems())
                .extracting(ValidationProblem::getPointer, p -> p.getValue().orElse("(none)"))
                .containsExactly(
                        tuple("/aliases/0", "Oak\\u202Eland"),
                        tuple("/demands/0/number", "0"),
                        tuple("/demands/0/number", "0"),
                        tuple("/memberships/0/organization/aliases", "21 items"),
                        tuple("/name", "x".repeat(79) + "…"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void shouldShowAnObjectByItsId(String name, CampaignValidator validator) {
        Article article = Article.builder()
                .id("a")
                .headline("H")
                .addRelatedStories(RelatedStory.builder()
                        .id("a")
                        .url("https://example.org/a")
                        .kind(StoryKind.ARTICLE)
                        .build())
                .addBylines(Person.of(" "))
                .build();

        assertThat(validator.validate(article).getProblems())
                .extracting(ValidationProblem::getPointer, p -> p.getValue().orElse("(none)"))
                .containsExactly(tuple("/bylines/0/name", " "), tuple("/relatedStories/0", "id a"));
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"80, false", "81, true"})
    void shouldShortenOnlyValuesLongerThan80Characters(int length, boolean shortened) {
        Campaign broken = Campaign.builder()
                .id("c")
                .name("C")
                .addAliases(" ".repeat(length))
                .build();

        String shown = CampaignValidator.create()
                .validate(broken)
                .getProblems()
                .get(0)
                .getValue()
                .orElseThrow();

        assertThat(shown.endsWith("…")).isEqualTo(shortened);
        assertThat(shown.length()).isEqualTo(Math.min(length, 80));
    }
}
