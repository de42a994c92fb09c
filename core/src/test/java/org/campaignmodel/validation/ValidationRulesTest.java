package org.campaignmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.Campaign;
import org.campaignmodel.Comparison;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.DemandReference;
import org.campaignmodel.DemandStatus;
import org.campaignmodel.Disparity;
import org.campaignmodel.Event;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Heading;
import org.campaignmodel.Image;
import org.campaignmodel.LanguageVersion;
import org.campaignmodel.LegislationReference;
import org.campaignmodel.LegislationStatus;
import org.campaignmodel.LegislativeAction;
import org.campaignmodel.LegislativeActionKind;
import org.campaignmodel.MonetaryAmount;
import org.campaignmodel.Organization;
import org.campaignmodel.Paragraph;
import org.campaignmodel.Person;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule, once passing and once failing, with the code, path, pointer and message it reports. */
final class ValidationRulesTest {
    private static final CampaignValidator VALIDATOR = CampaignValidator.create();
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    private static Arguments rule(
            String name,
            Supplier<Object> valid,
            Supplier<Object> invalid,
            String code,
            String path,
            String pointer,
            String message,
            Class<?>... groups) {
        return Arguments.of(name, valid, invalid, code, path, pointer, message, groups);
    }

    private static Organization org(String name, String url) {
        return Organization.builder().name(name).url(url).build();
    }

    private static Quantity quantity(String value, Unit unit) {
        return Quantity.exactly(new BigDecimal(value), unit);
    }

    private static Event.Builder event(AttendanceMode mode) {
        return Event.builder()
                .name("Town hall")
                .start(LocalDateTime.of(2025, 3, 9, 1, 30))
                .zone(LA)
                .attendanceMode(mode);
    }

    private static Place oakland() {
        return Place.builder().locality("Oakland").build();
    }

    private static Demand demand(int number) {
        return Demand.builder()
                .number(number)
                .title("Demand " + number)
                .action(DemandAction.ADOPT)
                .build();
    }

    private static Campaign campaign(int... numbers) {
        Campaign.Builder b = Campaign.builder().id("c").name("C");
        for (int n : numbers) {
            b.addDemands(demand(n));
        }
        return b.build();
    }

    private static Statistic share(String population, String denominator, String percent) {
        return Statistic.builder()
                .measure("share")
                .population(population)
                .denominator(denominator)
                .value(quantity(percent, Unit.percent()))
                .build();
    }

    private static RelatedStory story(String id, String url) {
        return RelatedStory.builder().id(id).url(url).kind(StoryKind.ARTICLE).build();
    }

    private static Quantity rate(String period, String per) {
        return Quantity.builder()
                .comparison(Comparison.EXACTLY)
                .value(java.math.BigDecimal.ONE)
                .unit(Unit.named("counselors"))
                .period(period)
                .per(RateBasis.of(new java.math.BigDecimal(per), Unit.named("students")))
                .build();
    }

    private static Article article() {
        return Article.builder().id("a").headline("H").build();
    }

    private static Article article(RelatedStory... stories) {
        return Article.builder()
                .id("a")
                .headline("H")
                .addRelatedStories(stories)
                .build();
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule(
                        "required text",
                        () -> Organization.of("LAUSD"),
                        () -> Organization.of("  "),
                        "text.blank",
                        "name",
                        "/name",
                        "This text is empty or only spaces."),
                rule(
                        "text length counts characters, not UTF-16 units",
                        () -> Demand.builder()
                                .from(demand(1))
                                .title("\uD83D\uDCE3".repeat(300))
                                .build(),
                        () -> Demand.builder()
                                .from(demand(1))
                                .title("\uD83D\uDCE3".repeat(301))
                                .build(),
                        "text.too_long",
                        "title",
                        "/title",
                        "This text is longer than 300 characters. Shorten it."),
                rule(
                        "text length",
                        () -> Demand.builder()
                                .from(demand(1))
                                .title("x".repeat(300))
                                .build(),
                        () -> Demand.builder()
                                .from(demand(1))
                                .title("x".repeat(301))
                                .build(),
                        "text.too_long",
                        "title",
                        "/title",
                        "This text is longer than 300 characters. Shorten it."),
                rule(
                        "direction override in a name",
                        () -> Person.of("Damien Winfrey"),
                        () -> Person.of("Damien \u202EWinfrey"),
                        "text.unsafe",
                        "name",
                        "/name",
                        "invisible direction override"),
                rule(
                        "line break in a headline, though paragraphs may have them",
                        () -> Paragraph.of("One.\nTwo."),
                        () -> Article.builder().id("a").headline("One\nTwo").build(),
                        "text.unsafe",
                        "headline",
                        "/headline",
                        "control character"),
                rule(
                        "line separator in a headline, though paragraphs may have one",
                        () -> Paragraph.of("One.\u2028Two.\u2029Three."),
                        () -> Article.builder().id("a").headline("One\u2028Two").build(),
                        "text.unsafe",
                        "headline",
                        "/headline",
                        "line separator"),
                rule(
                        "lone surrogate in a name, though a whole pair is a character",
                        () -> Person.of("Ana \uD83D\uDE00"),
                        () -> Person.of("Ana \uD83D"),
                        "text.unsafe",
                        "name",
                        "/name",
                        "broken character"),
                rule(
                        "reversed surrogates in a name",
                        () -> Person.of("Ana"),
                        () -> Person.of("Ana \uDE00\uD83D"),
                        "text.unsafe",
                        "name",
                        "/name",
                        "broken character"),
                rule(
                        "user-info that disguises the host",
                        () -> org("PayPal", "https://paypal.com/"),
                        () -> org("PayPal", "https://paypal.com@evil.example/"),
                        "url.invalid",
                        "url",
                        "/url",
                        "web address"),
                rule(
                        "port beyond 65535",
                        () -> org("LAUSD", "https://example.org:8443/"),
                        () -> org("LAUSD", "https://example.org:99999/"),
                        "url.invalid",
                        "url",
                        "/url",
                        "web address"),
                rule(
                        "direction override in a path",
                        () -> org("LAUSD", "https://example.org/gpj.exe"),
                        () -> org("LAUSD", "https://example.org/\u202Egpj.exe"),
                        "url.invalid",
                        "url",
                        "/url",
                        "web address"),
                rule(
                        "internationalized host, written as it reads or in punycode",
                        () -> org("Bücher", "https://bücher.example/"),
                        () -> org("Bücher", "https://bü cher.example/"),
                        "url.invalid",
                        "url",
                        "/url",
                        "web address"),
                rule(
                        "punycode host",
                        () -> org("Bücher", "https://xn--bcher-kva.example/"),
                        () -> org("Bücher", "https://xn--bcher-kva.example:0/"),
                        "url.invalid",
                        "url",
                        "/url",
                        "web address"),
                rule(
                        "event starts at a time the clocks skip",
                        // 02:30 on 9 March 2025 does not exist in Los Angeles; 01:30 on 2 November
                        // happens twice, and stays valid as the earlier of the two
                        () -> event(AttendanceMode.IN_PERSON)
                                .venue(oakland())
                                .start(LocalDateTime.of(2025, 11, 2, 1, 30))
                                .build(),
                        () -> event(AttendanceMode.IN_PERSON)
                                .venue(oakland())
                                .start(LocalDateTime.of(2025, 3, 9, 2, 30))
                                .build(),
                        "event.time.gap",
                        "start",
                        "/start",
                        "clocks skip it"),
                rule(
                        "event ends at a time the clocks skip",
                        () -> event(AttendanceMode.IN_PERSON)
                                .venue(oakland())
                                .end(LocalDateTime.of(2025, 3, 9, 3, 0))
                                .build(),
                        () -> event(AttendanceMode.IN_PERSON)
                                .venue(oakland())
                                .end(LocalDateTime.of(2025, 3, 9, 2, 0))
                                .build(),
                        "event.time.gap",
                        "end",
                        "/end",
                        "clocks skip it"),
                rule(
                        "event in a year the format cannot write",
                        () -> event(AttendanceMode.IN_PERSON)
                                .venue(oakland())
                                .previousStart(LocalDateTime.of(9999, 12, 31, 23, 0))
                                .build(),
                        () -> event(AttendanceMode.IN_PERSON)
                                .venue(oakland())
                                .previousStart(LocalDateTime.of(10000, 1, 1, 10, 0))
                                .build(),
                        "event.time.year",
                        "previousStart",
                        "/previousStart",
                        "from 1 to 9999"),
                rule(
                        "javascript: url",
                        () -> org("LAUSD", "https://www.lausd.org/"),
                        () -> org("LAUSD", "javascript:alert(1)"),
                        "url.invalid",
                        "url",
                        "/url",
                        "This is not a full http or https web address."),
                rule(
                        "relative url",
                        () -> org("LAUSD", "http://lausd.org"),
                        () -> org("LAUSD", "/about"),
                        "url.invalid",
                        "url",
                        "/url",
                        "https://example.org/page"),
                rule(
                        "url with a blank",
                        () -> org("LAUSD", "https://example.org/a%20b"),
                        () -> org("LAUSD", "https://example.org/a b"),
                        "url.invalid",
                        "url",
                        "/url",
                        "web address"),
                rule(
                        "data: url",
                        () -> org("LAUSD", "https://example.org/logo.png"),
                        () -> org("LAUSD", "data:text/html,<script>alert(1)</script>"),
                        "url.invalid",
                        "url",
                        "/url",
                        "web address"),
                rule(
                        "language tag",
                        () -> Article.builder()
                                .id("a")
                                .headline("H")
                                .language("es-US")
                                .build(),
                        () -> Article.builder()
                                .id("a")
                                .headline("H")
                                .language("english!")
                                .build(),
                        "language.invalid",
                        "language",
                        "/language",
                        "This is not a BCP 47 language tag."),
                rule(
                        "language subtag that no language has",
                        () -> Article.builder()
                                .id("a")
                                .headline("H")
                                .language("zh-Hant-TW")
                                .build(),
                        () -> Article.builder()
                                .id("a")
                                .headline("H")
                                .language("english")
                                .build(),
                        "language.invalid",
                        "language",
                        "/language",
                        "Use a tag such as en, es or es-US."),
                rule(
                        "currency code",
                        () -> MonetaryAmount.of(BigDecimal.TEN, "USD"),
                        () -> MonetaryAmount.of(BigDecimal.TEN, "XYZ"),
                        "currency.invalid",
                        "currency",
                        "/currency",
                        "ISO 4217"),
                rule(
                        "currency code of a unit",
                        () -> quantity("5", Unit.money("EUR")),
                        () -> quantity("5", Unit.money("usd")),
                        "currency.invalid",
                        "unit.currency",
                        "/unit/currency",
                        "three-letter code"),
                rule(
                        "negative money",
                        () -> MonetaryAmount.of(BigDecimal.ZERO, "USD"),
                        () -> MonetaryAmount.of(new BigDecimal("-25000000"), "USD"),
                        "money.negative",
                        "amount",
                        "/amount",
                        "An amount of money cannot be negative."),
                rule(
                        "percentage above 100",
                        () -> quantity("100", Unit.percent()),
                        () -> quantity("100.5", Unit.percent()),
                        "quantity.percent.range",
                        "value",
                        "/value",
                        "A percentage lies between 0 and 100."),
                rule(
                        "negative count",
                        () -> quantity("0", Unit.count()),
                        () -> quantity("-1", Unit.count()),
                        "quantity.negative",
                        "value",
                        "/value",
                        "cannot be negative"),
                rule(
                        "range order",
                        () -> Quantity.builder()
                                .comparison(Comparison.BETWEEN)
                                .value(BigDecimal.ONE)
                                .maximum(BigDecimal.TEN)
                                .unit(Unit.count())
                                .build(),
                        () -> Quantity.builder()
                                .comparison(Comparison.BETWEEN)
                                .value(BigDecimal.TEN)
                                .maximum(BigDecimal.TEN)
                                .unit(Unit.count())
                                .build(),
                        "quantity.range.order",
                        "maximum",
                        "/maximum",
                        "A range's maximum must be above its minimum"),
                rule(
                        "list size",
                        () -> Organization.builder()
                                .name("X")
                                .aliases(List.of("a", "b"))
                                .build(),
                        () -> Organization.builder()
                                .name("X")
                                .aliases(Stream.generate(() -> "a").limit(21).toList())
                                .build(),
                        "list.too_long",
                        "aliases",
                        "/aliases",
                        "This list has more than 20 items."),
                rule(
                        "id",
                        () -> campaign(),
                        () -> Campaign.builder()
                                .id("Police Free LAUSD")
                                .name("C")
                                .build(),
                        "id.invalid",
                        "id",
                        "/id",
                        "An id is lowercase letters and digits"),
                rule(
                        "heading level",
                        () -> Heading.of(2, "Background"),
                        () -> Heading.of(1, "Background"),
                        "heading.level",
                        "level",
                        "/level",
                        "level 1 is the headline"),
                rule(
                        "heading level at most 6",
                        () -> Heading.of(6, "Background"),
                        () -> Heading.of(7, "Background"),
                        "heading.level",
                        "level",
                        "/level",
                        "level 1 is the headline"),
                rule(
                        "demand number from 1",
                        () -> DemandReference.of("c", 1),
                        () -> DemandReference.of("c", 0),
                        "demand.number.positive",
                        "demandNumber",
                        "/demandNumber",
                        ""),
                rule(
                        "money from 0",
                        () -> MonetaryAmount.of(BigDecimal.ZERO, "USD"),
                        () -> MonetaryAmount.of(new BigDecimal("-0.01"), "USD"),
                        "money.negative",
                        "amount",
                        "/amount",
                        ""),
                rule(
                        "country code",
                        () -> Place.builder().country("US").build(),
                        () -> Place.builder().country("USA").build(),
                        "country.invalid",
                        "country",
                        "/country",
                        "ISO 3166"),
                rule(
                        "jurisdiction",
                        () -> LegislationReference.of("US-CA", "SB 627"),
                        () -> LegislationReference.of("California", "SB 627"),
                        "jurisdiction.invalid",
                        "jurisdiction",
                        "/jurisdiction",
                        "US-CA"),
                rule(
                        "demand numbers run 1..n",
                        () -> campaign(1, 2, 3),
                        () -> campaign(1, 3, 4),
                        "demand.number.sequence",
                        "demands[1].number",
                        "/demands/1/number",
                        "Demands are numbered 1, 2, 3 and so on"),
                rule(
                        "demand numbers are unique",
                        () -> campaign(1, 2),
                        () -> campaign(1, 1),
                        "demand.number.sequence",
                        "demands[1].number",
                        "/demands/1/number",
                        "no gap or repeat"),
                rule(
                        "event ends after it starts, in its own zone",
                        // 01:30 to 03:10 on the night clocks spring forward is 40 minutes: fine
                        () -> event(AttendanceMode.IN_PERSON)
                                .venue(oakland())
                                .end(LocalDateTime.of(2025, 3, 9, 3, 10))
                                .build(),
                        // 01:30 to 02:30 does not exist that night: 02:30 is read as 03:30, still after
                        // start; but ending at 01:30 is not after it
                        () -> event(AttendanceMode.IN_PERSON)
                                .venue(oakland())
                                .end(LocalDateTime.of(2025, 3, 9, 1, 30))
                                .build(),
                        "event.end.before_start",
                        "end",
                        "/end",
                        "The event ends before or when it starts"),
                rule(
                        "online event says where to join",
                        () -> event(AttendanceMode.ONLINE)
                                .registrationUrl("https://bit.ly/MAILNIGHT721")
                                .build(),
                        () -> event(AttendanceMode.ONLINE).build(),
                        "event.online_url.missing",
                        "onlineUrl",
                        "/onlineUrl",
                        "An online or hybrid event needs an online URL"),
                rule(
                        "in-person event has a venue",
                        () -> event(AttendanceMode.IN_PERSON).venue(oakland()).build(),
                        () -> event(AttendanceMode.IN_PERSON).build(),
                        "event.venue.missing",
                        "venue",
                        "/venue",
                        "An in-person or hybrid event needs a venue."),
                rule(
                        "status history in date order",
                        () -> Demand.builder()
                                .from(demand(1))
                                .addStatusHistory(
                                        StatusChange.of(DemandStatus.PROPOSED, FuzzyDate.parse("2020")),
                                        StatusChange.of(DemandStatus.MET, FuzzyDate.parse("2023-06")))
                                .build(),
                        () -> Demand.builder()
                                .from(demand(1))
                                .addStatusHistory(
                                        StatusChange.of(DemandStatus.PROPOSED, FuzzyDate.parse("2023-06")),
                                        StatusChange.of(DemandStatus.MET, FuzzyDate.parse("2020")))
                                .build(),
                        "demand.status_history.order",
                        "statusHistory[1].date",
                        "/statusHistory/1/date",
                        "runs from oldest to newest"),
                rule(
                        "deadline not before the demand was made",
                        () -> Demand.builder()
                                .from(demand(1))
                                .deadline(FuzzyDate.parse("2024-06"))
                                .addStatusHistory(StatusChange.of(DemandStatus.PROPOSED, FuzzyDate.parse("2023")))
                                .build(),
                        () -> Demand.builder()
                                .from(demand(1))
                                .deadline(FuzzyDate.parse("2022-06"))
                                .addStatusHistory(StatusChange.of(DemandStatus.PROPOSED, FuzzyDate.parse("2023")))
                                .build(),
                        "demand.deadline.before_start",
                        "deadline",
                        "/deadline",
                        "before the demand was made"),
                rule(
                        "an article lists each other language once",
                        () -> Article.builder()
                                .from(article())
                                .language("en")
                                .addLanguageVersions(LanguageVersion.at("es", "https://example.org/es/a"))
                                .build(),
                        () -> Article.builder()
                                .from(article())
                                .language("en")
                                .addLanguageVersions(
                                        LanguageVersion.at("es", "https://example.org/es/a"),
                                        LanguageVersion.at("es", "https://example.org/es/b"))
                                .build(),
                        "article.language_version.duplicate",
                        "languageVersions[1]",
                        "/languageVersions/1",
                        "already the article's own or listed above"),
                rule(
                        "a range of money runs upward",
                        () -> MonetaryAmount.builder()
                                .amount(new java.math.BigDecimal("5"))
                                .comparison(Comparison.BETWEEN)
                                .maximum(new java.math.BigDecimal("7"))
                                .currency("USD")
                                .build(),
                        () -> MonetaryAmount.builder()
                                .amount(new java.math.BigDecimal("7"))
                                .comparison(Comparison.BETWEEN)
                                .maximum(new java.math.BigDecimal("5"))
                                .currency("USD")
                                .build(),
                        "money.range.order",
                        "maximum",
                        "/maximum",
                        "runs upward"),
                rule(
                        "a unanimous vote is not split",
                        () -> Vote.builder()
                                .result(VoteResult.PASSED)
                                .unanimous(true)
                                .inFavor(7)
                                .against(0)
                                .build(),
                        () -> Vote.builder()
                                .result(VoteResult.PASSED)
                                .unanimous(true)
                                .inFavor(4)
                                .against(3)
                                .build(),
                        "vote.unanimous.split",
                        "unanimous",
                        "/unanimous",
                        "votes on one side only"),
                rule(
                        "vote counts are not negative",
                        () -> Vote.builder().result(VoteResult.FAILED).absent(0).build(),
                        () -> Vote.builder()
                                .result(VoteResult.FAILED)
                                .absent(-1)
                                .build(),
                        "vote.count.negative",
                        "absent",
                        "/absent",
                        "cannot be negative"),
                rule(
                        "a bill's history in date order",
                        () -> LegislationReference.builder()
                                .jurisdiction("US-CA")
                                .identifier("SB 627")
                                .addHistory(
                                        LegislativeAction.of(
                                                FuzzyDate.parse("2023-02-15"), LegislativeActionKind.INTRODUCED),
                                        LegislativeAction.of(
                                                FuzzyDate.parse("2023-05-30"), LegislativeActionKind.PASSED_CHAMBER))
                                .build(),
                        () -> LegislationReference.builder()
                                .jurisdiction("US-CA")
                                .identifier("SB 627")
                                .addHistory(
                                        LegislativeAction.of(
                                                FuzzyDate.parse("2023-05-30"), LegislativeActionKind.PASSED_CHAMBER),
                                        LegislativeAction.of(
                                                FuzzyDate.parse("2023-02-15"), LegislativeActionKind.INTRODUCED))
                                .build(),
                        "legislation.history.order",
                        "history[1].date",
                        "/history/1/date",
                        "runs from oldest to newest"),
                rule(
                        "a bill's status agrees with its history",
                        () -> LegislationReference.builder()
                                .jurisdiction("US-CA")
                                .identifier("SB 627")
                                .status(LegislationStatus.SIGNED)
                                .addHistory(LegislativeAction.of(
                                        FuzzyDate.parse("2023-10-07"), LegislativeActionKind.CHAPTERED))
                                .build(),
                        () -> LegislationReference.builder()
                                .jurisdiction("US-CA")
                                .identifier("SB 627")
                                .status(LegislationStatus.IN_COMMITTEE)
                                .addHistory(LegislativeAction.of(
                                        FuzzyDate.parse("2023-10-07"), LegislativeActionKind.CHAPTERED))
                                .build(),
                        "legislation.status.contradicted",
                        "status",
                        "/status",
                        "disagrees with the one the bill's history gives"),
                rule(
                        "a rate's period is an ISO 8601 duration",
                        () -> rate("P1Y", "250"),
                        () -> rate("P", "250"),
                        "period.invalid",
                        "period",
                        "/period",
                        "ISO 8601 duration"),
                rule(
                        "a rate is counted per more than zero",
                        () -> rate("PT1H", "1"),
                        () -> rate("PT1H", "0"),
                        "rate.basis.positive",
                        "per.amount",
                        "/per/amount",
                        "per more than zero"),
                rule(
                        "related story is not the article itself",
                        () -> article(story("b", "https://example.org/b")),
                        () -> article(story("a", "https://example.org/a")),
                        "article.related.self",
                        "relatedStories[0]",
                        "/relatedStories/0",
                        "links back to the article"),
                rule(
                        "related story listed once",
                        () -> article(story("b", "https://example.org/b"), story("c", "https://example.org/c")),
                        () -> article(story("b", "https://example.org/b"), story("c", "https://example.org/b")),
                        "article.related.duplicate",
                        "relatedStories[1]",
                        "/relatedStories/1",
                        "already listed"),
                rule(
                        "disparity compares shares of one population",
                        () -> Disparity.of(
                                share("Black students", "arrests", "25"), share("Black students", "enrollment", "8")),
                        () -> Disparity.of(
                                share("Black students", "arrests", "25"), share("Latino students", "enrollment", "74")),
                        "disparity.basis",
                        "baseline",
                        "/baseline",
                        "two percentages of the same population"),
                rule(
                        "published article has bylines",
                        () -> Article.builder()
                                .id("a")
                                .headline("H")
                                .addBylines(Person.of("Heidi"))
                                .published(FuzzyDate.parse("2023-12-07"))
                                .language("en")
                                .build(),
                        () -> Article.builder()
                                .id("a")
                                .headline("H")
                                .published(FuzzyDate.parse("2023-12-07"))
                                .language("en")
                                .build(),
                        "published.bylines",
                        "bylines",
                        "/bylines",
                        "at least one byline",
                        Published.class),
                rule(
                        "published article has a date",
                        () -> Article.builder().id("a").headline("H").build(),
                        () -> Article.builder()
                                .id("a")
                                .headline("H")
                                .addBylines(Person.of("Heidi"))
                                .language("en")
                                .build(),
                        "published.date",
                        "published",
                        "/published",
                        "publication date",
                        Published.class),
                rule(
                        "published image has alternative text",
                        () -> Image.builder().url("https://example.org/a.png").build(),
                        () -> Image.builder().url("https://example.org/a.png").build(),
                        "published.alt",
                        "alt",
                        "/alt",
                        "alternative text",
                        Published.class),
                rule(
                        "extension namespace needs a dot",
                        () -> withExtensions(Map.of("org.example.crm", "1")),
                        () -> withExtensions(Map.of("crm", "1")),
                        "extension.namespace.invalid",
                        "extensions",
                        "/extensions",
                        "reverse domain name"),
                rule(
                        "extension namespace is lower case",
                        () -> withExtensions(Map.of("org.example-crm.v2", "1")),
                        () -> withExtensions(Map.of("org.Example.crm", "1")),
                        "extension.namespace.invalid",
                        "extensions",
                        "/extensions",
                        "reverse domain name"),
                rule(
                        "extension namespace has no empty label",
                        () -> withExtensions(Map.of("org.example", "1")),
                        () -> withExtensions(Map.of("org..example", "1")),
                        "extension.namespace.invalid",
                        "extensions",
                        "/extensions",
                        "reverse domain name"),
                rule(
                        "extension namespace of at most 100 characters",
                        () -> withExtensions(Map.of("org." + "a".repeat(96), "1")),
                        () -> withExtensions(Map.of("org." + "a".repeat(97), "1")),
                        "extension.namespace.invalid",
                        "extensions",
                        "/extensions",
                        "reverse domain name"),
                rule(
                        "at most 20 extension namespaces",
                        () -> withExtensions(namespaces(20)),
                        () -> withExtensions(namespaces(21)),
                        "extension.too_many",
                        "extensions",
                        "/extensions",
                        "at most 20 namespaces"),
                rule(
                        "extension data of at most 100,000 characters",
                        () -> withExtensions(Map.of("org.example", "1".repeat(100_000))),
                        () -> withExtensions(Map.of("org.example", "1".repeat(100_001))),
                        "extension.too_large",
                        "extensions",
                        "/extensions",
                        "100,000 characters"));
    }

    private static Organization withExtensions(Map<String, String> extensions) {
        return Organization.builder().name("LAUSD").extensions(extensions).build();
    }

    private static Map<String, String> namespaces(int count) {
        Map<String, String> map = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            map.put("org.example" + i, "1");
        }
        return map;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldPassTheValidCaseAndReportTheInvalidOne(
            String name,
            Supplier<Object> valid,
            Supplier<Object> invalid,
            String code,
            String path,
            String pointer,
            String message,
            Class<?>[] groups) {
        // the "valid" case is checked in the default group: some are drafts that Published would refuse
        assertThat(VALIDATOR.validate(valid.get()).getProblems()).as(name).isEmpty();

        ValidationReport report = VALIDATOR.validate(invalid.get(), groups);

        assertThat(report.getProblems()).as(name).singleElement().satisfies(problem -> {
            assertThat(problem.getCode()).isEqualTo(code);
            assertThat(problem.getPath()).isEqualTo(path);
            assertThat(problem.getPointer()).isEqualTo(pointer);
            assertThat(problem.getMessage()).contains(message);
        });
    }
}
