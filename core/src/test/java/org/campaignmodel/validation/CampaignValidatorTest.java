package org.campaignmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.campaignmodel.Campaign;
import org.campaignmodel.Demand;
import org.campaignmodel.Membership;
import org.campaignmodel.Organization;
import org.campaignmodel.Quantity;
import org.campaignmodel.Statistic;
import org.campaignmodel.Timeline;
import org.campaignmodel.TimelineEvent;
import org.campaignmodel.Unit;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;

final class CampaignValidatorTest {
    private static final CampaignValidator VALIDATOR = CampaignValidator.create();

    /** The seed campaign with five faults in different places. */
    static Campaign brokenSeed() {
        Campaign seed = SeedCampaign.campaign();
        List<Demand> demands = new ArrayList<>(seed.getDemands());
        demands.set(1, Demand.builder().from(demands.get(1)).title(" ").build());
        demands.set(2, Demand.builder().from(demands.get(2)).number(5).build());
        Timeline timeline = seed.getTimeline().orElseThrow();
        List<TimelineEvent> events = new ArrayList<>(timeline.getEvents());
        events.set(
                2,
                TimelineEvent.builder()
                        .from(events.get(2))
                        .title("Security units \u202Esent in")
                        .build());
        return Campaign.builder()
                .from(seed)
                .demands(demands)
                .timeline(Timeline.builder().from(timeline).events(events).build())
                .addStatistics(Statistic.builder()
                        .id("impossible-share")
                        .measure("share of students")
                        .value(Quantity.exactly(new BigDecimal("120"), Unit.percent()))
                        .build())
                .memberships(List.of(Membership.builder()
                        .organization(Organization.builder()
                                .name("Police Free LAUSD Coalition")
                                .url("javascript:alert(1)")
                                .build())
                        .build()))
                .build();
    }

    @Test
    void shouldNeedNoExpressionLanguage() {
        // this execution runs without EL on the path (see core/pom.xml), and validation still works
        assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(VALIDATOR.validate(Organization.of(" ")).getProblems()).hasSize(1);
    }

    @Test
    void shouldFindTheSeedCampaignAndArticleValid() {
        assertThat(VALIDATOR.validate(SeedCampaign.campaign()).isValid()).isTrue();
        assertThat(VALIDATOR.validate(SeedCampaign.article()).getProblems()).isEmpty();
        assertThat(VALIDATOR.validate(SeedCampaign.article())).hasToString("valid");
    }

    @Test
    void shouldReportExactlyTheFaultsOfABrokenCopyAllAtOnce() {
        ValidationReport report = VALIDATOR.validate(brokenSeed());

        assertThat(report.getProblems())
                .extracting(
                        ValidationProblem::getPointer,
                        ValidationProblem::getCode,
                        p -> p.getValue().orElse(null))
                .containsExactly(
                        tuple("/demands/1/title", "text.blank", " "),
                        tuple("/demands/2/number", "demand.number.sequence", "5"),
                        tuple("/memberships/0/organization/url", "url.invalid", "javascript:alert(1)"),
                        tuple("/statistics/4/value/value", "quantity.percent.range", "120"),
                        tuple("/timeline/events/2/title", "text.unsafe", "Security units \\u202Esent in"));
        assertThat(report.getProblems().get(2).getPath()).isEqualTo("memberships[0].organization.url");
        assertThat(report.toString().lines().findFirst().orElseThrow())
                .isEqualTo("/demands/1/title: This text is empty or only spaces. Write it, or leave the field out"
                        + " where it is optional. [text.blank] (value:  )");
    }

    @Test
    void shouldSpeakSpanishWhenAsked() {
        ValidationReport report = VALIDATOR.validate(brokenSeed(), Locale.forLanguageTag("es-US"));

        assertThat(report.getProblems().get(0).getMessage())
                .isEqualTo("Este texto está vacío o solo tiene espacios. Escríbalo, u omita el campo si es opcional.");
        assertThat(report.getProblems())
                .extracting(ValidationProblem::getCode)
                .isEqualTo(VALIDATOR.validate(brokenSeed()).getProblems().stream()
                        .map(ValidationProblem::getCode)
                        .toList());
        assertThat(VALIDATOR
                        .validate(brokenSeed(), Locale.FRENCH)
                        .getProblems()
                        .get(0)
                        .getMessage())
                .startsWith("This text is empty");
    }

    @Test
    void shouldThrowTheWholeReportFromRequireValid() {
        Campaign seed = SeedCampaign.campaign();
        assertThat(VALIDATOR.requireValid(seed)).isSameAs(seed);

        assertThatThrownBy(() -> VALIDATOR.requireValid(brokenSeed()))
                .isInstanceOfSatisfying(
                        CampaignValidationException.class,
                        e -> assertThat(e.getReport().getProblems()).hasSize(5))
                .hasMessageStartingWith("Campaign is not valid (5 problems):\n/demands/1/title: ");
    }

    @Test
    void shouldReturnUserTextVerbatimAndNeverEvaluateIt() {
        Organization hostile = Organization.builder()
                .name("${1+1} #{2*3} {max} \u0007")
                .addAliases("${''.getClass().forName('java.lang.Runtime')}")
                .build();

        ValidationReport report = VALIDATOR.validate(hostile);

        assertThat(report.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getValue()).contains("${1+1} #{2*3} {max} \\u0007");
            assertThat(p.getMessage()).doesNotContain("2").doesNotContain("6").doesNotContain("${");
        });
    }

    @Test
    void shouldGiveIdenticalReportsFromManyThreads() throws Exception {
        List<Object> inputs = List.of(SeedCampaign.campaign(), brokenSeed(), SeedCampaign.article());
        List<String> expected =
                inputs.stream().map(i -> VALIDATOR.validate(i).toString()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                int which = t % inputs.size();
                tasks.add(() -> VALIDATOR.validate(inputs.get(which)).toString().equals(expected.get(which)));
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected.get(1)).contains("demand.number.sequence");
    }

    @Test
    void shouldWorkWithAValidatorTheApplicationAlreadyHas() {
        jakarta.validation.Validator own = jakarta.validation.Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();

        ValidationReport report = CampaignValidator.using(own).validate(brokenSeed());

        assertThat(report.toString()).isEqualTo(VALIDATOR.validate(brokenSeed()).toString());
    }
}
