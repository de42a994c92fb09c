package org.campaignmodel.testing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.campaignmodel.ActionKind;
import org.campaignmodel.Article;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.Block;
import org.campaignmodel.CallToAction;
import org.campaignmodel.Campaign;
import org.campaignmodel.CampaignStatus;
import org.campaignmodel.Citation;
import org.campaignmodel.CitationKind;
import org.campaignmodel.Comparison;
import org.campaignmodel.DecisionMaker;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.DemandReference;
import org.campaignmodel.DemandStatus;
import org.campaignmodel.Disparity;
import org.campaignmodel.Event;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Heading;
import org.campaignmodel.Image;
import org.campaignmodel.ItemList;
import org.campaignmodel.LegislationReference;
import org.campaignmodel.Membership;
import org.campaignmodel.MonetaryAmount;
import org.campaignmodel.Organization;
import org.campaignmodel.Paragraph;
import org.campaignmodel.Person;
import org.campaignmodel.Place;
import org.campaignmodel.Quantity;
import org.campaignmodel.Quote;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.Statistic;
import org.campaignmodel.StatisticReference;
import org.campaignmodel.StatusChange;
import org.campaignmodel.StoryKind;
import org.campaignmodel.Timeline;
import org.campaignmodel.TimelineEvent;
import org.campaignmodel.TimelineEventKind;
import org.campaignmodel.Unit;

/**
 * The seed campaign: the Police Free LAUSD coalition's December 2023 article, its campaign and the ten
 * related stories shown with it, built in full. Every fact comes from the source article; every
 * sentence is written afresh. This is the one definition, shared through core's test-jar by the tests
 * of every module, the benchmarks and the examples.
 */
public final class SeedCampaign {
    /** The campaign's id, which the article's blocks refer to. */
    public static final String CAMPAIGN_ID = "police-free-lausd";

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private SeedCampaign() {}

    // --- people and organizations -------------------------------------------------------------

    /** {@return the school district} */
    public static Organization lausd() {
        return Organization.builder()
                .id("lausd")
                .name("Los Angeles Unified School District")
                .addAliases("LAUSD")
                .build();
    }

    /** {@return the coalition, known by two names} */
    public static Organization coalition() {
        return Organization.builder()
                .id("police-free-lausd-coalition")
                .name("Police Free LAUSD Coalition")
                .addAliases("Safe Schools LA")
                .build();
    }

    private static Person heidi() {
        return Person.of("Heidi");
    }

    private static DecisionMaker superintendent() {
        return DecisionMaker.builder()
                .id("lausd-superintendent")
                .person(Person.builder()
                        .name("Alberto Carvalho")
                        .role("Superintendent")
                        .addAffiliations(lausd())
                        .build())
                .seat("Superintendent")
                .organization(lausd())
                .build();
    }

    private static DecisionMaker board() {
        return DecisionMaker.builder()
                .id("lausd-board")
                .seat("Board of Education")
                .organization(lausd())
                .build();
    }

    // --- figures ------------------------------------------------------------------------------

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static Statistic swornOfficers() {
        return Statistic.builder()
                .id("sworn-officers")
                .measure("sworn school police officers serving LAUSD")
                .value(Quantity.builder()
                        .comparison(Comparison.MORE_THAN)
                        .value(n("200"))
                        .unit(Unit.count())
                        .phrase("more than 200")
                        .build())
                .phrase("more than 200 sworn officers")
                .build();
    }

    private static Statistic nonSwornOfficers() {
        return Statistic.builder()
                .id("non-sworn-officers")
                .measure("non-sworn school police officers serving LAUSD")
                .value(Quantity.builder()
                        .comparison(Comparison.MORE_THAN)
                        .value(n("20"))
                        .unit(Unit.count())
                        .phrase("over 20")
                        .build())
                .phrase("over 20 non-sworn officers")
                .build();
    }

    /** {@return Black students' share of LAUSD enrollment: 8%} */
    public static Statistic enrollmentShare() {
        return Statistic.builder()
                .id("black-enrollment-share")
                .measure("share of LAUSD student enrollment")
                .population("Black students")
                .denominator("all students enrolled in LAUSD")
                .value(Quantity.exactly(n("8"), Unit.percent()))
                .phrase("8% of the student body")
                .build();
    }

    /** {@return Black students' share of arrests: 25%} */
    public static Statistic arrestShare() {
        return Statistic.builder()
                .id("black-arrest-share")
                .measure("share of school police arrests of LAUSD students")
                .population("Black students")
                .denominator("all arrests of LAUSD students")
                .value(Quantity.exactly(n("25"), Unit.percent()))
                .phrase("25% of arrests")
                .build();
    }

    private static Citation caseStudy() {
        return Citation.builder()
                .id("case-study-2019")
                .title("Case study of Black students' views of school police")
                .kind(CitationKind.STUDY)
                .date(FuzzyDate.parse("2019", "In 2019"))
                .build();
    }

    private static Statistic overlyAggressive() {
        return Statistic.builder()
                .id("overly-aggressive")
                .measure("share who called school police officers overly aggressive")
                .population("Black students")
                .denominator("Black students surveyed")
                .value(Quantity.exactly(n("73"), Unit.percent()))
                .asOf(FuzzyDate.parse("2019", "In 2019"))
                .addSources(caseStudy())
                .phrase("73%")
                .build();
    }

    private static Statistic budgetCut() {
        return Statistic.builder()
                .id("laspd-budget-cut")
                .measure("cut to the Los Angeles School Police Department budget")
                .value(Quantity.builder()
                        .comparison(Comparison.EXACTLY)
                        .value(n("25000000"))
                        .unit(Unit.money("USD"))
                        .phrase("$25 million")
                        .build())
                .total(Quantity.builder()
                        .comparison(Comparison.EXACTLY)
                        .value(n("78000000"))
                        .unit(Unit.money("USD"))
                        .phrase("$78 million")
                        .build())
                .asOf(FuzzyDate.parse("2020", "in 2020"))
                .phrase("$25 million from the $78 million budget")
                .build();
    }

    private static Statistic equipment(String id, String measure, String count, String phrase) {
        return Statistic.builder()
                .id(id)
                .measure(measure)
                .value(Quantity.exactly(n(count), Unit.count()))
                .asOf(FuzzyDate.parse("../2014", "By 2014"))
                .phrase(phrase)
                .build();
    }

    // --- documents ----------------------------------------------------------------------------

    /** {@return the coalition's report, which the article links to} */
    public static Citation report() {
        return Citation.builder()
                .id("criminalization-to-education")
                .title("From Criminalization to Education")
                .subtitle("A Community Vision for Safe Schools in LAUSD")
                .publisher(coalition())
                .kind(CitationKind.REPORT)
                .format("Google Drive document")
                .build();
    }

    private static Citation safetyResolution() {
        return Citation.builder()
                .id("community-based-safety-resolution")
                .title("Community-based Safety Analysis and Expansion")
                .publisher(
                        Organization.builder().name("LAUSD Board of Education").build())
                .kind(CitationKind.RESOLUTION)
                .date(FuzzyDate.parse("2023-06", "June 2023"))
                .build();
    }

    // --- demands ------------------------------------------------------------------------------

    private static final FuzzyDate ANNOUNCED = FuzzyDate.parse("2023-12", "this week");

    private static Demand demand(int number, String title, DemandAction action, String detail, String... items) {
        return Demand.builder()
                .number(number)
                .title(title)
                .action(action)
                .detail(detail)
                .addTargets(superintendent(), board())
                .addItems(items)
                .addStatusHistory(StatusChange.builder()
                        .status(DemandStatus.PROPOSED)
                        .date(ANNOUNCED)
                        .note("Put to the superintendent and the board with the December 2023 announcement.")
                        .build())
                .build();
    }

    private static List<Demand> demands() {
        Demand first = Demand.builder()
                .from(demand(
                        1,
                        "Expand and improve community-based safety",
                        DemandAction.EXPAND,
                        "Build out the infrastructure for community-based safety that the board's June 2023"
                                + " resolution called for, and make it work better."))
                .addReferences(safetyResolution())
                .build();
        return List.of(
                first,
                demand(
                        2,
                        "Invest in community-based safety programs",
                        DemandAction.INVEST,
                        "Fund programs that keep students safe without police.",
                        "safe passages",
                        "violence intervention and prevention practitioners",
                        "community-led de-escalation training"),
                demand(
                        3,
                        "Increase funding for mental health services",
                        DemandAction.INCREASE_FUNDING,
                        "Put more money into the people and places that look after students' mental health.",
                        // the source's items, with counselors moved to the front
                        "counselors",
                        "therapists",
                        "psychiatric social workers (PSWs)",
                        "restorative justice coordinators",
                        "wellness centers",
                        "school nurses"),
                demand(
                        4,
                        "Eliminate the LA School Police Department",
                        DemandAction.ELIMINATE,
                        "Disband the district's own police force."));
    }

    // --- timeline -----------------------------------------------------------------------------

    private static Organization org(String name) {
        return Organization.of(name);
    }

    /**
     * Returns the timeline in the order the article mentions its events, which is not the order they
     * happened in: the announcement and the resolution come first.
     *
     * @return the timeline
     */
    public static Timeline timeline() {
        MonetaryAmount investment = MonetaryAmount.builder()
                .amount(n("25000000"))
                .currency("USD")
                .phrase("$25 million")
                .build();
        return Timeline.builder()
                .title("Seven decades of police in LAUSD schools")
                .addEvents(
                        TimelineEvent.builder()
                                .id("announcement-2023")
                                .date(ANNOUNCED)
                                .title("Coalition announces $25 million for students and four demands")
                                .description("The coalition led a $25 million investment in student achievement,"
                                        + " including the Black Student Achievement Plan, in place of policing,"
                                        + " and set out four demands to the superintendent and the board.")
                                .kind(TimelineEventKind.ANNOUNCEMENT)
                                .addActors(coalition())
                                .addAmounts(investment)
                                .build(),
                        TimelineEvent.builder()
                                .id("safety-resolution-2023")
                                .date(FuzzyDate.parse("2023-06", "June 2023"))
                                .title("Board passes the community-based safety resolution")
                                .kind(TimelineEventKind.DECISION)
                                .addActors(org("LAUSD Board of Education"))
                                .addCitations(safetyResolution())
                                .build(),
                        TimelineEvent.builder()
                                .id("security-units-1948")
                                .date(FuzzyDate.parse("1948", "In 1948"))
                                .title("Security units sent into newly integrated schools")
                                .description("Policing in the district's schools began with security units placed"
                                        + " in schools of neighborhoods that had recently been integrated.")
                                .kind(TimelineEventKind.DEPLOYMENT)
                                .build(),
                        TimelineEvent.builder()
                                .id("military-equipment-2014")
                                .date(FuzzyDate.parse("../2014", "By 2014"))
                                .title("District holds military-grade equipment from the Pentagon")
                                .kind(TimelineEventKind.DEPLOYMENT)
                                .addActors(lausd(), org("U.S. Department of Defense"))
                                .addStatistics(
                                        equipment("assault-rifles", "assault rifles", "61", "61 assault rifles"),
                                        equipment(
                                                "grenade-launchers",
                                                "grenade launchers",
                                                "3",
                                                "three grenade launchers"),
                                        equipment(
                                                "mrap-vehicles",
                                                "mine-resistant ambush protected (MRAP) vehicles",
                                                "1",
                                                "one MRAP vehicle"))
                                .build(),
                        TimelineEvent.builder()
                                .id("executive-order-2014")
                                .date(FuzzyDate.parse("2014", "That same year"))
                                .title("Executive order restricts the 1033 program")
                                .description("The Obama administration limited the Defense Department's 1033"
                                        + " program, which had supplied the district with military equipment.")
                                .kind(TimelineEventKind.POLICY)
                                .addActors(org("Obama administration"))
                                .build(),
                        TimelineEvent.builder()
                                .id("order-revoked")
                                .date(FuzzyDate.relative("later"))
                                .title("Executive order revoked")
                                .kind(TimelineEventKind.POLICY)
                                .addActors(org("Trump administration"))
                                .build(),
                        TimelineEvent.builder()
                                .id("budget-cut-2020")
                                .date(FuzzyDate.parse("2020", "in 2020"))
                                .title("Board cuts $25 million from the school police budget")
                                .description("Marches, protests and other advocacy moved the board to take"
                                        + " $25 million out of a $78 million police budget.")
                                .kind(TimelineEventKind.FUNDING)
                                .addActors(org("LAUSD Board of Education"))
                                .addAmounts(MonetaryAmount.builder()
                                        .amount(n("25000000"))
                                        .currency("USD")
                                        .phrase("$25 million")
                                        .build())
                                .addStatistics(budgetCut())
                                .build(),
                        TimelineEvent.builder()
                                .id("case-study-2019")
                                .date(FuzzyDate.parse("2019", "In 2019"))
                                .title("Case study: most Black students see school police as too aggressive")
                                .kind(TimelineEventKind.REPORT)
                                .addStatistics(overlyAggressive())
                                .addCitations(caseStudy())
                                .build())
                .build();
    }

    // --- the campaign -------------------------------------------------------------------------

    /** {@return the seed campaign, built in full} */
    public static Campaign campaign() {
        return Campaign.builder()
                .id(CAMPAIGN_ID)
                .name("Police Free LAUSD")
                .addAliases("Safe Schools LA")
                .summary("Students, families, educators and advocates working for schools in the Los Angeles"
                        + " Unified School District that are safe, welcoming and affirming for every student,"
                        + " through programs and services rather than police.")
                .addMemberships(Membership.builder()
                        .organization(coalition())
                        .role("convener")
                        .build())
                .addTargets(superintendent(), board())
                .demands(demands())
                .timeline(timeline())
                .addStatistics(swornOfficers(), nonSwornOfficers(), overlyAggressive(), budgetCut())
                .addDisparities(Disparity.builder()
                        .id("arrest-disparity")
                        .share(arrestShare())
                        .baseline(enrollmentShare())
                        .build())
                .addDocuments(report())
                .status(CampaignStatus.ACTIVE)
                .place(Place.builder()
                        .name("Los Angeles Unified School District")
                        .locality("Los Angeles")
                        .region("CA")
                        .country("US")
                        .build())
                .build();
    }

    // --- the article --------------------------------------------------------------------------

    private static Quote quote() {
        return Quote.builder()
                .text("It really made it hard to focus")
                .speaker(Person.builder()
                        .name("Damien Winfrey")
                        .role("student")
                        .addAffiliations(org("Narbonne High School"))
                        .build())
                .outlet(org("Knock LA"))
                .source(Citation.builder()
                        .title("Interview with Damien Winfrey")
                        .publisher(org("Knock LA"))
                        .kind(CitationKind.INTERVIEW)
                        .build())
                .build();
    }

    private static List<Block> body() {
        return List.of(
                Paragraph.of("The coalition brings together students, families, educators and advocates who"
                        + " want every LAUSD campus to be safer, more welcoming and affirming. It backs programs"
                        + " that improve school climate and learning, which it sees as the real work of"
                        + " preventing violence."),
                Paragraph.of("This week it announced that it had led a $25 million investment in student"
                        + " achievement and the Black Student Achievement Plan in place of policing, and it"
                        + " set out four demands to the superintendent and the Board of Education."),
                DemandReference.of(CAMPAIGN_ID, 1),
                DemandReference.of(CAMPAIGN_ID, 2),
                DemandReference.of(CAMPAIGN_ID, 3),
                DemandReference.of(CAMPAIGN_ID, 4),
                StatisticReference.of(CAMPAIGN_ID, "sworn-officers"),
                Heading.of(2, "Seventy years of school police"),
                Paragraph.of("School policing in the district grew out of fears that followed integration, and"
                        + " by 2014 the district held weapons and a mine-resistant vehicle from the Pentagon."),
                StatisticReference.of(CAMPAIGN_ID, "black-arrest-share"),
                StatisticReference.of(CAMPAIGN_ID, "overly-aggressive"),
                Heading.of(2, "What policing costs students"),
                quote(),
                ItemList.builder()
                        .ordered(false)
                        .addItems(
                                "Model healthy ways to resolve conflict",
                                "Train students and adults in de-escalation",
                                "Keep weapons out of schools")
                        .build(),
                Paragraph.of("The coalition's report sets out its vision for safe schools in full."));
    }

    private static RelatedStory story(
            String id, String date, StoryKind kind, Image image, String summary, RelatedStory.Builder extra) {
        return extra.id(id)
                .kind(kind)
                .addBylines(heidi())
                .date(FuzzyDate.parse(date))
                .image(image)
                .summary(summary)
                .build();
    }

    private static Image photo(String caption, String credit) {
        return Image.builder().alt(caption).caption(caption).credit(credit).build();
    }

    /** {@return the ten related stories, newest first, as the site lists them} */
    public static List<RelatedStory> relatedStories() {
        return List.of(
                story(
                        "charles-mccrory",
                        "2025-07-29",
                        StoryKind.ARTICLE,
                        photo("Charles McCrory", "Alabama Department of Corrections"),
                        "Bite-mark evidence, since discredited as junk science, sent Charles McCrory to prison"
                                + " in Alabama in 1985 for his wife's murder; such evidence is a leading cause of"
                                + " wrongful convictions.",
                        RelatedStory.builder()),
                story(
                        "robert-roberson",
                        "2025-07-28",
                        StoryKind.ARTICLE,
                        photo("Robert Roberson in a phone interview", "Gideon Rogers/Texas Public Radio"),
                        "Texas means to execute Robert Roberson, whom many believe innocent; justice calls for"
                                + " a new trial instead.",
                        RelatedStory.builder()),
                story(
                        "brilliant-mind-broken-system",
                        "2025-07-26",
                        StoryKind.ARTICLE,
                        Image.builder().alt("Illustration of an open book").build(),
                        "Anthony McCarary, who was once incarcerated, tells of prison, re-entry and redemption"
                                + " in his book From Brilliant Mind to Broken Prison System.",
                        RelatedStory.builder()),
                story(
                        "dozier-death-row",
                        "2025-07-25",
                        StoryKind.REPORT,
                        photo(
                                "Former campus of the Dozier School for Boys, Marianna, Florida",
                                "Alicia Vera/The Marshall Project"),
                        "The Marshall Project traced at least 50 men on death row to two abusive Florida reform"
                                + " schools where they were held as boys.",
                        RelatedStory.builder()),
                story(
                        "jimmie-duncan",
                        "2025-07-23",
                        StoryKind.ARTICLE,
                        photo("Jimmie Duncan and his girlfriend Zoe", "Zoe Grigsby"),
                        "Louisiana prosecutors want Jimmie Duncan's death sentence back, though a court set it"
                                + " aside in April 2025 because the case against him rested on junk science.",
                        RelatedStory.builder()),
                story(
                        "ccwp-30-years",
                        "2025-07-21",
                        StoryKind.EVENT,
                        Image.builder()
                                .alt("Flyer for the CCWP 30th anniversary event with Dr. Angela Davis,"
                                        + " November 5, 2025, 5 to 8 p.m. Pacific, Oakland")
                                .build(),
                        "The California Coalition for Women Prisoners celebrates three decades of organizing"
                                + " inside and outside women's prisons, with Dr. Angela Davis.",
                        RelatedStory.builder().event(ccwpAnniversary())),
                story(
                        "stop-secret-police",
                        "2025-07-18",
                        StoryKind.CALL_TO_ACTION,
                        Image.builder()
                                .alt("STOP Secret Police: support SB 627")
                                .build(),
                        "Masked officers spread fear where we live. California's SB 627 would bar every law"
                                + " enforcement officer from hiding their face on duty.",
                        RelatedStory.builder().callToAction(supportSb627())),
                story(
                        "oig-restraints",
                        "2025-07-17",
                        StoryKind.REPORT,
                        photo(
                                "A four-point restraint in use at the federal penitentiary in Thomson, Illinois",
                                "U.S. Attorney, Northern District of Illinois"),
                        "The Justice Department's Office of the Inspector General faults the Bureau of Prisons"
                                + " over restraints, finding that officials broke their own rules.",
                        RelatedStory.builder()),
                story(
                        "ella-baker-mail-night",
                        "2025-07-16",
                        StoryKind.EVENT,
                        Image.builder()
                                .alt("Ella Baker Center Virtual Mail Night, Monday July 21, 5:30 to 7:30 p.m."
                                        + " Pacific")
                                .build(),
                        "Volunteers at the Ella Baker Center's online mail night write back to people in"
                                + " prison; the next one is on Monday, July 21.",
                        RelatedStory.builder().event(mailNight())),
                story(
                        "boles-collins-exonerated",
                        "2025-07-15",
                        StoryKind.ARTICLE,
                        photo(
                                "Charles Collins, left, and Brian Boles, right, in court in New York City",
                                "Steven Hirsch/New York"),
                        "Fresh DNA tests left no ground for the 1994 murder convictions of Brian Boles and"
                                + " Charles Collins in New York City, and both were exonerated.",
                        RelatedStory.builder()));
    }

    /** {@return the in-person anniversary event in Oakland} */
    public static Event ccwpAnniversary() {
        return Event.builder()
                .id("ccwp-30th-anniversary")
                .name("CCWP 30th anniversary celebration with Dr. Angela Davis")
                .start(LocalDateTime.of(2025, 11, 5, 17, 0))
                .end(LocalDateTime.of(2025, 11, 5, 20, 0))
                .zone(PACIFIC)
                .attendanceMode(AttendanceMode.IN_PERSON)
                .venue(Place.builder()
                        .locality("Oakland")
                        .region("CA")
                        .country("US")
                        .build())
                .addOrganizers(Organization.builder()
                        .name("California Coalition for Women Prisoners")
                        .addAliases("CCWP")
                        .build())
                .addSpeakers(Person.builder()
                        .name("Angela Davis")
                        .honorific("Dr.")
                        .role("author")
                        .build())
                .build();
    }

    /** {@return the online mail night} */
    public static Event mailNight() {
        return Event.builder()
                .id("ella-baker-mail-night-2025-07-21")
                .name("Virtual Mail Night")
                .description("Attendees answer letters from incarcerated people.")
                .start(LocalDateTime.of(2025, 7, 21, 17, 30))
                .end(LocalDateTime.of(2025, 7, 21, 19, 30))
                .zone(PACIFIC)
                .attendanceMode(AttendanceMode.ONLINE)
                .registrationUrl("https://bit.ly/MAILNIGHT721")
                .addOrganizers(Organization.of("Ella Baker Center"))
                .build();
    }

    /** {@return the call to support California's SB 627} */
    public static CallToAction supportSb627() {
        return CallToAction.builder()
                .id("support-sb-627")
                .title("STOP Secret Police: support SB 627")
                .description("Add your name in support of SB 627 and ask your California legislator to back it.")
                .kind(ActionKind.SUPPORT_BILL)
                .legislation(LegislationReference.builder()
                        .jurisdiction("US-CA")
                        .identifier("SB 627")
                        .build())
                .addTargets(DecisionMaker.builder()
                        .seat("California state legislator")
                        .organization(Organization.of("California State Legislature"))
                        .build())
                .build();
    }

    /** {@return the seed article, built in full} */
    public static Article article() {
        return Article.builder()
                .id("police-free-lausd-offers-alternatives-to-school-policing")
                .headline("Police Free LAUSD Offers Alternatives to School Policing")
                .dek("The coalition sets out to end seven decades of police on LAUSD campuses.")
                .addBylines(heidi())
                .published(FuzzyDate.parse("2023-12-07"))
                .language("en")
                .addTags("school policing", "LAUSD", "Black students", "mental health")
                .body(body())
                .addCitations(report())
                .relatedStories(relatedStories())
                .addCallsToAction(CallToAction.builder()
                        .id("read-the-report")
                        .title("Read and download the coalition's report")
                        .kind(ActionKind.READ)
                        .build())
                .addCampaignIds(CAMPAIGN_ID)
                .build();
    }
}
