package org.campaignmodel.testing;

import java.math.BigDecimal;
import java.util.List;
import org.campaignmodel.ActionKind;
import org.campaignmodel.Article;
import org.campaignmodel.CallToAction;
import org.campaignmodel.Campaign;
import org.campaignmodel.Citation;
import org.campaignmodel.CitationKind;
import org.campaignmodel.Comparison;
import org.campaignmodel.DecisionMaker;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.DemandStatus;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.LanguageVersion;
import org.campaignmodel.LegislationReference;
import org.campaignmodel.LegislativeAction;
import org.campaignmodel.LegislativeActionKind;
import org.campaignmodel.MonetaryAmount;
import org.campaignmodel.Organization;
import org.campaignmodel.Paragraph;
import org.campaignmodel.Person;
import org.campaignmodel.Quantity;
import org.campaignmodel.RateBasis;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.Statistic;
import org.campaignmodel.StatusChange;
import org.campaignmodel.StoryKind;
import org.campaignmodel.Timeline;
import org.campaignmodel.TimelineEvent;
import org.campaignmodel.TimelineEventKind;
import org.campaignmodel.Unit;
import org.campaignmodel.Vote;
import org.campaignmodel.VoteResult;

/**
 * The second fixture, beside the seed: a campaign and an article that use every addition of wire
 * format 1.1. Plainly example data: the coalition, the district, the people, the bill and every
 * figure are invented, and every URL is on example.org.
 */
public final class ExampleCampaign11 {
    /** The campaign's id, which the article and its related story name. */
    public static final String CAMPAIGN_ID = "counselors-first-example";

    private ExampleCampaign11() {}

    private static Organization board() {
        return Organization.builder()
                .id("example-board")
                .name("Board of Education of the Example Unified School District")
                .url("https://example.org/board")
                .build();
    }

    private static Organization coalition() {
        return Organization.builder()
                .id("counselors-first")
                .name("Counselors First Coalition (example)")
                .url("https://example.org/counselors-first")
                .build();
    }

    /** An invented researcher: the report's author and the article's byline, so defined once. */
    private static Person rosa() {
        return Person.builder()
                .id("rosa-example")
                .name("Rosa Example")
                .role("Researcher (example)")
                .addAffiliations(coalition())
                .build();
    }

    private static Citation report() {
        return Citation.builder()
                .id("care-not-cuffs")
                .title("Care, Not Cuffs")
                .subtitle("Counselors and Police in the Example District")
                .kind(CitationKind.REPORT)
                .publisher(coalition())
                .addCopublishers(Organization.builder()
                        .name("Example Policy Institute")
                        .url("https://example.org/institute")
                        .build())
                .addAuthors(
                        rosa(),
                        Organization.builder()
                                .name("Example Youth Research Team")
                                .build())
                .url("https://example.org/reports/care-not-cuffs")
                .date(FuzzyDate.parse("2025-09", "September 2025"))
                .build();
    }

    private static Quantity counselorsPerStudents() {
        return Quantity.builder()
                .comparison(Comparison.EXACTLY)
                .value(BigDecimal.ONE)
                .unit(Unit.named("counselors"))
                .per(RateBasis.of(new BigDecimal("250"), Unit.named("students")))
                .phrase("one counselor per 250 students")
                .build();
    }

    private static List<Statistic> statistics() {
        return List.of(
                Statistic.builder()
                        .id("police-contract")
                        .measure("school police contract")
                        .value(Quantity.builder()
                                .comparison(Comparison.APPROXIMATELY)
                                .value(new BigDecimal("2500000"))
                                .unit(Unit.money("USD"))
                                .period("P1Y")
                                .phrase("about $2.5 million a year")
                                .build())
                        .addSources(report())
                        .build(),
                Statistic.builder()
                        .id("arrest-rate")
                        .measure("student arrests")
                        .population("students")
                        .value(Quantity.builder()
                                .comparison(Comparison.MORE_THAN)
                                .value(new BigDecimal("12"))
                                .unit(Unit.named("arrests"))
                                .per(RateBasis.of(new BigDecimal("1000"), Unit.named("students")))
                                .period("P1Y")
                                .phrase("more than 12 arrests per 1,000 students a year")
                                .build())
                        .asOf(FuzzyDate.schoolYear(2024).withPhrase("the 2024-25 school year"))
                        .build(),
                Statistic.builder()
                        .id("counselor-goal")
                        .measure("counselor staffing")
                        .value(counselorsPerStudents())
                        .build());
    }

    private static Vote boardVote() {
        return Vote.builder()
                .body(board())
                .result(VoteResult.PASSED)
                .inFavor(4)
                .against(3)
                .absent(0)
                .phrase("passed 4 to 3")
                .build();
    }

    private static Demand fundCounselors() {
        return Demand.builder()
                .number(1)
                .title("Fund one counselor for every 250 students")
                .action(DemandAction.INCREASE_FUNDING)
                .addItems("counselors")
                .money(MonetaryAmount.builder()
                        .amount(new BigDecimal("1500000"))
                        .maximum(new BigDecimal("2000000"))
                        .comparison(Comparison.BETWEEN)
                        .currency("USD")
                        .phrase("$1.5 million to $2 million")
                        .build())
                .deadline(FuzzyDate.parse("2026-06", "before the June budget vote"))
                .addStatusHistory(
                        StatusChange.of(DemandStatus.PROPOSED, FuzzyDate.parse("2025-09-16")),
                        StatusChange.builder()
                                .status(DemandStatus.PARTIALLY_MET)
                                .date(FuzzyDate.parse("2026-02-10"))
                                .vote(boardVote())
                                .note("The board funded half of the positions asked for.")
                                .build())
                .addTargets(DecisionMaker.builder()
                        .id("board")
                        .organization(board())
                        .build())
                .build();
    }

    private static Demand endContract() {
        return Demand.builder()
                .number(2)
                .title("End the school police contract")
                .action(DemandAction.ELIMINATE)
                .deadline(FuzzyDate.relative("at the next contract renewal"))
                .addStatusHistory(StatusChange.of(DemandStatus.PROPOSED, FuzzyDate.parse("2025-09-16")))
                .build();
    }

    /** {@return the campaign: rates, ranged money, deadlines, votes and a co-published report} */
    public static Campaign campaign() {
        return Campaign.builder()
                .id(CAMPAIGN_ID)
                .name("Counselors First (example)")
                .summary("An invented campaign that shows what wire format 1.1 adds.")
                .addDemands(fundCounselors(), endContract())
                .statistics(statistics())
                .addDocuments(report())
                .timeline(Timeline.builder()
                        .title("Counselors First, step by step")
                        .addEvents(
                                TimelineEvent.builder()
                                        .date(FuzzyDate.parse("2025-09-16"))
                                        .title("The coalition presents its demands")
                                        .build(),
                                TimelineEvent.builder()
                                        .date(FuzzyDate.parse("2026-02-10"))
                                        .title("The board funds half of the counselors")
                                        .kind(TimelineEventKind.DECISION)
                                        .addAmounts(MonetaryAmount.builder()
                                                .amount(new BigDecimal("800000"))
                                                .comparison(Comparison.APPROXIMATELY)
                                                .currency("USD")
                                                .phrase("about $800,000")
                                                .build())
                                        .vote(Vote.builder()
                                                .body(board())
                                                .result(VoteResult.PASSED)
                                                .unanimous(false)
                                                .inFavor(4)
                                                .against(3)
                                                .abstaining(0)
                                                .phrase("4 to 3")
                                                .build())
                                        .build())
                        .build())
                .build();
    }

    private static LegislationReference bill() {
        return LegislationReference.builder()
                .jurisdiction("US-CA")
                .identifier("AB 9999")
                .title("Example School Counselor Act")
                .session("2025-2026 Regular Session")
                .url("https://example.org/bills/ab-9999")
                .addHistory(
                        LegislativeAction.builder()
                                .date(FuzzyDate.parse("2025-02-03"))
                                .action(LegislativeActionKind.INTRODUCED)
                                .chamber("Assembly")
                                .description("Introduced and read the first time.")
                                .build(),
                        LegislativeAction.builder()
                                .date(FuzzyDate.parse("2025-05-28"))
                                .action(LegislativeActionKind.PASSED_CHAMBER)
                                .chamber("Assembly")
                                .vote(Vote.builder()
                                        .result(VoteResult.PASSED)
                                        .inFavor(60)
                                        .against(15)
                                        .abstaining(5)
                                        .build())
                                .build(),
                        LegislativeAction.builder()
                                .date(FuzzyDate.parse("2025-08-20"))
                                .action(LegislativeActionKind.AMENDED)
                                .chamber("Senate")
                                .build())
                .build();
    }

    /** {@return the article: its Spanish edition, a related story naming the campaign, a bill's history} */
    public static Article article() {
        return Article.builder()
                .id("counselors-first-launch")
                .headline("Coalition asks the example district for counselors, not police")
                .language("en")
                .addBylines(rosa())
                .addLanguageVersions(LanguageVersion.builder()
                        .language("es")
                        .id("counselors-first-launch-es")
                        .url("https://example.org/es/counselors-first-launch")
                        .build())
                .addBody(Paragraph.of("An invented article that shows what wire format 1.1 adds."))
                .addCitations(report())
                .addCallsToAction(CallToAction.builder()
                        .id("support-ab-9999")
                        .title("Support AB 9999")
                        .kind(ActionKind.SUPPORT_BILL)
                        .legislation(bill())
                        .build())
                .addCampaignIds(CAMPAIGN_ID)
                .addRelatedStories(RelatedStory.builder()
                        .id("budget-vote-recap")
                        .kind(StoryKind.ARTICLE)
                        .headline("What the board's 4 to 3 vote funds")
                        .url("https://example.org/stories/budget-vote-recap")
                        .addCampaignIds(CAMPAIGN_ID)
                        .build())
                .build();
    }
}
