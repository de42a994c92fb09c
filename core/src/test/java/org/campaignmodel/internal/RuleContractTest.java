package org.campaignmodel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidator;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.Campaign;
import org.campaignmodel.Comparison;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.DemandStatus;
import org.campaignmodel.Disparity;
import org.campaignmodel.Event;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.LanguageVersion;
import org.campaignmodel.LegislationReference;
import org.campaignmodel.LegislationStatus;
import org.campaignmodel.LegislativeAction;
import org.campaignmodel.LegislativeActionKind;
import org.campaignmodel.MonetaryAmount;
import org.campaignmodel.Place;
import org.campaignmodel.Quantity;
import org.campaignmodel.RateBasis;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.Statistic;
import org.campaignmodel.StatusChange;
import org.campaignmodel.StoryKind;
import org.campaignmodel.Unit;
import org.campaignmodel.Vote;
import org.campaignmodel.VoteResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule keeps the Jakarta Validation contract: {@code isValid} answers true exactly when it
 * reports nothing, and null is valid (absence is {@code @NotNull}'s business). Frameworks that call
 * the validators through a provider of their own rely on the answer, not only on the reports.
 */
final class RuleContractTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    private static Arguments valid(String name, ConstraintValidator<?, ?> rule, @Nullable Object value) {
        return Arguments.of(name, rule, value, List.of());
    }

    private static Arguments invalid(String name, ConstraintValidator<?, ?> rule, Object value, String... codes) {
        return Arguments.of(name, rule, value, List.of(codes));
    }

    private static Event.Builder event(AttendanceMode mode, LocalDateTime start) {
        return Event.builder().name("Town hall").start(start).zone(LA).attendanceMode(mode);
    }

    private static Event inPerson(LocalDateTime start) {
        return event(AttendanceMode.IN_PERSON, start)
                .venue(Place.builder().locality("Oakland").build())
                .build();
    }

    private static LocalDateTime at(int year, int hour, int minute) {
        return LocalDateTime.of(year, 3, 9, hour, minute);
    }

    private static Quantity number(String value, Unit unit) {
        return Quantity.exactly(new BigDecimal(value), unit);
    }

    private static Quantity between(String value, String maximum, Unit unit) {
        return Quantity.builder()
                .comparison(Comparison.BETWEEN)
                .value(new BigDecimal(value))
                .maximum(new BigDecimal(maximum))
                .unit(unit)
                .build();
    }

    private static Statistic share(String population, String denominator, Unit unit) {
        return Statistic.builder()
                .measure("share")
                .population(population)
                .denominator(denominator)
                .value(number("10", unit))
                .build();
    }

    private static Statistic arrestRate(String population, String per) {
        return Statistic.builder()
                .measure("arrests")
                .population(population)
                .value(Quantity.builder()
                        .comparison(Comparison.EXACTLY)
                        .value(BigDecimal.TEN)
                        .unit(Unit.named("arrests"))
                        .per(RateBasis.of(new BigDecimal(per), Unit.named("students")))
                        .period("P1Y")
                        .build())
                .build();
    }

    private static Statistic share(String denominator) {
        return share("Black students", denominator, Unit.percent());
    }

    private static RelatedStory story(String id, String url) {
        return RelatedStory.builder().id(id).url(url).kind(StoryKind.ARTICLE).build();
    }

    private static Article article(RelatedStory... stories) {
        return Article.builder()
                .id("a")
                .headline("H")
                .addRelatedStories(stories)
                .build();
    }

    /** A bill introduced on each date, with a status beside its history if given. */
    private static LegislationReference bill(
            @org.jspecify.annotations.Nullable LegislationStatus status, String... dates) {
        LegislationReference.Builder b =
                LegislationReference.builder().jurisdiction("US-CA").identifier("SB 627");
        if (status != null) {
            b.status(status);
        }
        for (String date : dates) {
            b.addHistory(LegislativeAction.of(FuzzyDate.parse(date), LegislativeActionKind.INTRODUCED));
        }
        return b.build();
    }

    private static Vote vote(
            @org.jspecify.annotations.Nullable Boolean unanimous,
            @org.jspecify.annotations.Nullable Integer inFavor,
            @org.jspecify.annotations.Nullable Integer against) {
        Vote.Builder b = Vote.builder().result(VoteResult.PASSED);
        if (unanimous != null) {
            b.unanimous(unanimous);
        }
        if (inFavor != null) {
            b.inFavor(inFavor);
        }
        if (against != null) {
            b.against(against);
        }
        return b.build();
    }

    private static MonetaryAmount moneyRange(String from, String to) {
        return MonetaryAmount.builder()
                .amount(new BigDecimal(from))
                .maximum(new BigDecimal(to))
                .comparison(Comparison.BETWEEN)
                .currency("USD")
                .build();
    }

    private static Article editions(String... languages) {
        return editionsOf("en", languages);
    }

    private static Article editionsOf(@org.jspecify.annotations.Nullable String own, String... languages) {
        Article.Builder b = Article.builder().id("a").headline("H");
        if (own != null) {
            b.language(own);
        }
        for (String language : languages) {
            b.addLanguageVersions(LanguageVersion.at(language, "https://example.org/" + language + "/a"));
        }
        return b.build();
    }

    private static Demand due(String deadline, Demand demand) {
        return due(FuzzyDate.parse(deadline), demand);
    }

    private static Demand due(FuzzyDate deadline, Demand demand) {
        return Demand.builder().from(demand).deadline(deadline).build();
    }

    private static Demand demand(int number, String... dates) {
        Demand.Builder b =
                Demand.builder().number(number).title("Demand " + number).action(DemandAction.ADOPT);
        for (String date : dates) {
            b.addStatusHistory(StatusChange.builder()
                    .status(DemandStatus.PROPOSED)
                    .date(FuzzyDate.parse(date))
                    .build());
        }
        return b.build();
    }

    static Stream<Arguments> cases() {
        var times = new ExistingTimesValidator();
        var range = new QuantityRangeValidator();
        var attendance = new AttendanceDetailsValidator();
        var related = new DistinctRelatedStoriesValidator();
        var basis = new SharedBasisValidator();
        var history = new StatusHistoryOrderValidator();
        var deadline = new DeadlineAfterStartValidator();
        var money = new MoneyRangeValidator();
        var unanimous = new UnanimousVoteValidator();
        var bills = new LegislationHistoryValidator();
        var editions = new DistinctLanguageVersionsValidator();
        var numbering = new DemandNumberingValidator();
        var extensions = new ExtensionsValidator();
        return Stream.of(
                valid("times: null", times, null),
                valid("times: before the gap", times, inPerson(at(2025, 1, 59))),
                valid("times: after the gap", times, inPerson(at(2025, 3, 0))),
                invalid("times: start in the gap", times, inPerson(at(2025, 2, 30)), "{campaign.event.time.gap}"),
                invalid(
                        "times: end in the gap",
                        times,
                        Event.builder()
                                .from(inPerson(at(2025, 1, 0)))
                                .end(at(2025, 2, 0))
                                .build(),
                        "{campaign.event.time.gap}"),
                invalid(
                        "times: previous start in the gap",
                        times,
                        Event.builder()
                                .from(inPerson(at(2025, 4, 0)))
                                .previousStart(at(2025, 2, 15))
                                .build(),
                        "{campaign.event.time.gap}"),
                invalid(
                        "times: start and end in the gap",
                        times,
                        Event.builder()
                                .from(inPerson(at(2025, 2, 0)))
                                .end(at(2025, 2, 59))
                                .build(),
                        "{campaign.event.time.gap}",
                        "{campaign.event.time.gap}"),
                valid("times: year 1", times, inPerson(at(1, 12, 0))),
                valid("times: year 9999", times, inPerson(at(9999, 12, 0))),
                invalid("times: year 0", times, inPerson(at(0, 12, 0)), "{campaign.event.time.year}"),
                invalid("times: year 10000", times, inPerson(at(10000, 12, 0)), "{campaign.event.time.year}"),
                valid("range: null", range, null),
                valid("range: 0%", range, number("0", Unit.percent())),
                valid("range: 100%", range, number("100", Unit.percent())),
                invalid("range: 100.01%", range, number("100.01", Unit.percent()), "{campaign.quantity.percent.range}"),
                invalid("range: -0.01%", range, number("-0.01", Unit.percent()), "{campaign.quantity.percent.range}"),
                valid("range: no count", range, number("0", Unit.count())),
                invalid("range: -1 count", range, number("-1", Unit.count()), "{campaign.quantity.negative}"),
                invalid("range: -1 dollar", range, number("-1", Unit.money("USD")), "{campaign.quantity.negative}"),
                valid("range: a named unit may be negative", range, number("-3", Unit.named("degrees"))),
                valid("range: 5 to 10", range, between("5", "10", Unit.count())),
                invalid("range: 10 to 10", range, between("10", "10", Unit.count()), "{campaign.quantity.range.order}"),
                invalid("range: 10 to 5", range, between("10", "5", Unit.count()), "{campaign.quantity.range.order}"),
                invalid(
                        "range: 50 to 101%",
                        range, between("50", "101", Unit.percent()), "{campaign.quantity.percent.range}"),
                invalid(
                        "range: -1 to 10 people",
                        range,
                        between("-1", "10", Unit.count()),
                        "{campaign.quantity.negative}"),
                valid("attendance: null", attendance, null),
                valid("attendance: in person with a venue", attendance, inPerson(at(2025, 12, 0))),
                valid(
                        "attendance: online with a link",
                        attendance,
                        event(AttendanceMode.ONLINE, at(2025, 12, 0))
                                .onlineUrl("https://example.org/call")
                                .build()),
                valid(
                        "attendance: online with a registration that hands out the link",
                        attendance,
                        event(AttendanceMode.ONLINE, at(2025, 12, 0))
                                .registrationUrl("https://example.org/rsvp")
                                .build()),
                invalid(
                        "attendance: online without a link",
                        attendance,
                        event(AttendanceMode.ONLINE, at(2025, 12, 0)).build(),
                        "{campaign.event.online_url.missing}"),
                invalid(
                        "attendance: in person without a venue",
                        attendance,
                        event(AttendanceMode.IN_PERSON, at(2025, 12, 0)).build(),
                        "{campaign.event.venue.missing}"),
                invalid(
                        "attendance: hybrid with neither",
                        attendance,
                        event(AttendanceMode.HYBRID, at(2025, 12, 0)).build(),
                        "{campaign.event.online_url.missing}",
                        "{campaign.event.venue.missing}"),
                valid("related: null", related, null),
                valid(
                        "related: two stories",
                        related,
                        article(story("b", "https://example.org/b"), story("c", "https://example.org/c"))),
                invalid(
                        "related: the article itself",
                        related,
                        article(story("a", "https://example.org/a")),
                        "{campaign.article.related.self}"),
                invalid(
                        "related: the same id twice",
                        related,
                        article(story("b", "https://example.org/b"), story("b", "https://example.org/c")),
                        "{campaign.article.related.duplicate}"),
                invalid(
                        "related: the same URL twice",
                        related,
                        article(story("b", "https://example.org/b"), story("c", "https://example.org/b")),
                        "{campaign.article.related.duplicate}"),
                valid("basis: null", basis, null),
                valid("basis: two shares of students", basis, Disparity.of(share("arrests"), share("enrollment"))),
                invalid(
                        "basis: a count against a share",
                        basis,
                        Disparity.of(share("Black students", "arrests", Unit.count()), share("enrollment")),
                        "{campaign.disparity.basis}"),
                invalid(
                        "basis: a share against a count",
                        basis,
                        Disparity.of(share("arrests"), share("Black students", "enrollment", Unit.count())),
                        "{campaign.disparity.basis}"),
                invalid(
                        "basis: two populations",
                        basis,
                        Disparity.of(share("arrests"), share("Latino students", "enrollment", Unit.percent())),
                        "{campaign.disparity.basis}"),
                valid(
                        "basis: two groups' rates on one basis",
                        basis,
                        Disparity.of(arrestRate("Black students", "1000"), arrestRate("white students", "1000"))),
                invalid(
                        "basis: rates on two bases",
                        basis,
                        Disparity.of(arrestRate("Black students", "1000"), arrestRate("white students", "100")),
                        "{campaign.disparity.basis}"),
                invalid(
                        "basis: one group's rate against itself",
                        basis,
                        Disparity.of(arrestRate("Black students", "1000"), arrestRate("Black students", "1000")),
                        "{campaign.disparity.basis}"),
                invalid(
                        "basis: one denominator",
                        basis,
                        Disparity.of(share("arrests"), share("arrests")),
                        "{campaign.disparity.basis}"),
                valid("history: null", history, null),
                valid("history: in order", history, demand(1, "2020", "2021-06")),
                valid("history: the same date twice", history, demand(1, "2021-06", "2021-06")),
                invalid(
                        "history: out of order",
                        history,
                        demand(1, "2021", "2020"),
                        "{campaign.demand.status_history.order}"),
                valid("deadline: null", deadline, null),
                valid("deadline: no history", deadline, due("2019", demand(1))),
                valid("deadline: none", deadline, demand(1, "2020")),
                valid("deadline: after the first step", deadline, due("2021-06", demand(1, "2020"))),
                valid("deadline: overlapping the first step", deadline, due("2020", demand(1, "2020-06"))),
                valid("deadline: relative", deadline, due(FuzzyDate.relative("next budget vote"), demand(1, "2020"))),
                valid("deadline: open end", deadline, due("2019/..", demand(1, "2020"))),
                invalid(
                        "deadline: open start, ending before",
                        deadline,
                        due("../2019", demand(1, "2020")),
                        "{campaign.demand.deadline.before_start}"),
                valid("deadline: approximate year reaching the step", deadline, due("2019~", demand(1, "2020-06"))),
                invalid(
                        "deadline: before the first step",
                        deadline,
                        due("2019-12", demand(1, "2020", "2021")),
                        "{campaign.demand.deadline.before_start}"),
                invalid(
                        "deadline: before the first step, later ones unordered",
                        deadline,
                        due("2019", demand(1, "2020-03", "2020-01")),
                        "{campaign.demand.deadline.before_start}"),
                valid("bills: null", bills, null),
                valid("bills: no history", bills, bill(LegislationStatus.PASSED)),
                valid("bills: in order", bills, bill(null, "2023-01", "2023-05")),
                valid("bills: the same day twice", bills, bill(null, "2023-05-02", "2023-05-02")),
                valid("bills: the status the history gives", bills, bill(LegislationStatus.INTRODUCED, "2023-01")),
                invalid(
                        "bills: out of order",
                        bills,
                        bill(null, "2023-05", "2023-01"),
                        "{campaign.legislation.history.order}"),
                invalid(
                        "bills: a status the history contradicts",
                        bills,
                        bill(LegislationStatus.SIGNED, "2023-01"),
                        "{campaign.legislation.status.contradicted}"),
                invalid(
                        "bills: both",
                        bills,
                        bill(LegislationStatus.SIGNED, "2023-05", "2023-01"),
                        "{campaign.legislation.history.order}",
                        "{campaign.legislation.status.contradicted}"),
                valid("unanimous: null", unanimous, null),
                valid("unanimous: not said", unanimous, vote(null, 4, 3)),
                valid("unanimous: all in favor", unanimous, vote(true, 7, 0)),
                valid("unanimous: all against", unanimous, vote(true, 0, 7)),
                valid("unanimous: no counts", unanimous, vote(true, null, null)),
                valid("unanimous: said false, split", unanimous, vote(false, 4, 3)),
                invalid("unanimous: split", unanimous, vote(true, 4, 3), "{campaign.vote.unanimous.split}"),
                valid("money: null", money, null),
                valid("money: exact", money, MonetaryAmount.of(new BigDecimal("25000000"), "USD")),
                valid("money: a range upward", money, moneyRange("5000000", "7000000")),
                invalid(
                        "money: a range of one amount",
                        money,
                        moneyRange("5000000", "5000000.00"),
                        "{campaign.money.range.order}"),
                invalid(
                        "money: a range downward",
                        money,
                        moneyRange("7000000", "5000000"),
                        "{campaign.money.range.order}"),
                valid("editions: null", editions, null),
                valid("editions: none", editions, editions()),
                valid("editions: others", editions, editions("es", "ko")),
                valid("editions: no own language, two others", editions, editionsOf(null, "es", "ko")),
                invalid(
                        "editions: the article's own",
                        editions,
                        editions("EN"),
                        "{campaign.article.language_version.duplicate}"),
                invalid(
                        "editions: a repeat, in other case",
                        editions,
                        editions("es", "ES"),
                        "{campaign.article.language_version.duplicate}"),
                valid("numbering: null", numbering, null),
                valid(
                        "numbering: 1, 2",
                        numbering,
                        Campaign.builder()
                                .id("c")
                                .name("C")
                                .addDemands(demand(1), demand(2))
                                .build()),
                invalid(
                        "numbering: 1, 2, 2",
                        numbering,
                        Campaign.builder()
                                .id("c")
                                .name("C")
                                .addDemands(demand(1), demand(2), demand(2))
                                .build(),
                        "{campaign.demand.number.sequence}"),
                valid("extensions: null", extensions, null),
                valid("extensions: one", extensions, Map.of("org.example", "1")),
                invalid(
                        "extensions: no dot",
                        extensions,
                        Map.of("example", "1"),
                        "{campaign.extension.namespace.invalid}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldAnswerFalseExactlyWhenItReports(
            String name, ConstraintValidator rule, @Nullable Object value, List<String> codes) {
        RuleContext context = new RuleContext().reset("{default}");

        boolean answer = rule.isValid(value, context);

        assertThat(answer).as(name).isEqualTo(codes.isEmpty());
        if (!answer) {
            assertThat(context.reports())
                    .as(name)
                    .extracting(RuleContext.Report::template)
                    .containsExactlyElementsOf(codes);
        }
    }
}
