package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;

/** The seed fixture holds every fact of the source article, and the model computes what it should. */
final class SeedCampaignTest {
    private final Campaign campaign = SeedCampaign.campaign();
    private final Article article = SeedCampaign.article();

    @Test
    void shouldComputeTheArrestDisparityRatherThanStoreIt() {
        Disparity disparity = campaign.getDisparities().get(0);

        assertThat(disparity.getRatio()).hasValueSatisfying(r -> {
            assertThat(r.getValue()).isEqualByComparingTo("3.125");
            assertThat(r.getComparison()).isEqualTo(Comparison.EXACTLY);
        });
        assertThat(disparity.getShare().getPopulation())
                .isEqualTo(disparity.getBaseline().getPopulation());
    }

    @Test
    void shouldNotComputeADisparityFromCountsOrAZeroBaseline() {
        Statistic count = Statistic.builder()
                .measure("officers")
                .value(Quantity.exactly(BigDecimal.TEN, Unit.count()))
                .build();
        Statistic zero = Statistic.builder()
                .measure("share")
                .value(Quantity.exactly(BigDecimal.ZERO, Unit.percent()))
                .build();

        assertThat(Disparity.of(count, SeedCampaign.enrollmentShare()).getRatio())
                .isEmpty();
        assertThat(Disparity.of(SeedCampaign.arrestShare(), zero).getRatio()).isEmpty();
    }

    @Test
    void shouldHoldFourNumberedDemandsAimedAtTheSuperintendentAndTheBoard() {
        assertThat(campaign.getDemands()).extracting(Demand::getNumber).containsExactly(1, 2, 3, 4);
        assertThat(campaign.getDemands())
                .extracting(Demand::getAction)
                .containsExactly(
                        DemandAction.EXPAND,
                        DemandAction.INVEST,
                        DemandAction.INCREASE_FUNDING,
                        DemandAction.ELIMINATE);
        for (Demand demand : campaign.getDemands()) {
            assertThat(demand.getTargets())
                    .extracting(t -> t.getSeat().orElseThrow())
                    .containsExactly("Superintendent", "Board of Education");
            assertThat(demand.currentStatus()).contains(DemandStatus.PROPOSED);
        }
        assertThat(campaign.demand(1).orElseThrow().getReferences())
                .singleElement()
                .satisfies(c -> assertThat(c.getDate()).contains(FuzzyDate.parse("2023-06", "June 2023")));
        assertThat(campaign.demand(2).orElseThrow().getItems()).contains("safe passages");
        assertThat(campaign.demand(3).orElseThrow().getItems()).hasSize(6).contains("school nurses");
        assertThat(campaign.getTargets().get(0).getPerson().orElseThrow().getName())
                .isEqualTo("Alberto Carvalho");
    }

    @Test
    void shouldKeepTheCoalitionsTwoNames() {
        assertThat(campaign.getName()).isEqualTo("Police Free LAUSD");
        assertThat(campaign.getAliases()).containsExactly("Safe Schools LA");
        assertThat(campaign.getMemberships().get(0).getOrganization().getAliases())
                .containsExactly("Safe Schools LA");
    }

    @Test
    void shouldHoldEveryFigureOfTheArticleWithItsQualifier() {
        assertThat(campaign.statistic("sworn-officers").orElseThrow().getValue())
                .satisfies(q -> {
                    assertThat(q.getComparison()).isEqualTo(Comparison.MORE_THAN);
                    assertThat(q.getValue()).isEqualByComparingTo("200");
                });
        assertThat(campaign.statistic("non-sworn-officers")
                        .orElseThrow()
                        .getValue()
                        .getValue())
                .isEqualByComparingTo("20");
        assertThat(campaign.statistic("overly-aggressive").orElseThrow().getAsOf())
                .contains(FuzzyDate.parse("2019", "In 2019"));
        Statistic cut = campaign.statistic("laspd-budget-cut").orElseThrow();
        assertThat(cut.getValue().getValue()).isEqualByComparingTo("25000000");
        assertThat(cut.getTotal().orElseThrow().getValue()).isEqualByComparingTo("78000000");
        assertThat(cut.getValue().getUnit()).isEqualTo(Unit.money("USD"));
        assertThat(List.of("assault-rifles", "grenade-launchers", "mrap-vehicles"))
                .extracting(id -> campaign.statistic(id)
                        .orElseThrow()
                        .getValue()
                        .getValue()
                        .intValue())
                .containsExactly(61, 3, 1);
        assertThat(campaign.statistic("black-enrollment-share")).isPresent();
        assertThat(campaign.statistic("no-such-figure")).isEmpty();
    }

    @Test
    void shouldResolveEveryReferenceInTheArticleBody() {
        for (Block block : article.getBody()) {
            if (block instanceof StatisticReference ref) {
                assertThat(campaign.statistic(ref.getStatisticId()))
                        .as(ref.getStatisticId())
                        .isPresent();
            } else if (block instanceof DemandReference ref) {
                assertThat(campaign.demand(ref.getDemandNumber())).isPresent();
            }
        }
        assertThat(article.getCampaignIds()).containsExactly(campaign.getId());
    }

    @Test
    void shouldKeepTheQuoteWithSpeakerSchoolAndOutlet() {
        Quote quote = article.getBody().stream()
                .filter(Quote.class::isInstance)
                .map(Quote.class::cast)
                .findFirst()
                .orElseThrow();

        assertThat(quote.getSpeaker().getName()).isEqualTo("Damien Winfrey");
        assertThat(quote.getSpeaker().getAffiliations())
                .extracting(Organization::getName)
                .containsExactly("Narbonne High School");
        assertThat(quote.getOutlet().orElseThrow().getName()).isEqualTo("Knock LA");
    }

    @Test
    void shouldListTenRelatedStoriesWithDatesCreditsEventsAndTheBill() {
        List<RelatedStory> stories = article.getRelatedStories();

        assertThat(stories).hasSize(10);
        assertThat(stories).allSatisfy(s -> {
            assertThat(s.getDate()).isPresent();
            assertThat(s.getBylines()).extracting(Person::getName).containsExactly("Heidi");
            assertThat(s.getImage()).isPresent();
            assertThat(s.getSummary()).isPresent();
        });
        assertThat(stories)
                .filteredOn(s -> s.getImage().orElseThrow().getCredit().isPresent())
                .hasSize(6);
        assertThat(stories.get(0).getDate()).contains(FuzzyDate.parse("2025-07-29"));
        assertThat(stories.get(9).getDate()).contains(FuzzyDate.parse("2025-07-15"));

        Event anniversary = stories.get(5).getEvent().orElseThrow();
        assertThat(anniversary.getAttendanceMode()).isEqualTo(AttendanceMode.IN_PERSON);
        assertThat(anniversary.getVenue().orElseThrow().getLocality()).contains("Oakland");
        assertThat(anniversary.startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-8)); // November: PST

        Event mailNight = stories.get(8).getEvent().orElseThrow();
        assertThat(mailNight.getAttendanceMode()).isEqualTo(AttendanceMode.ONLINE);
        assertThat(mailNight.startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-7)); // July: PDT
        assertThat(mailNight.getStatus()).isEqualTo(EventStatus.SCHEDULED);

        LegislationReference bill =
                stories.get(6).getCallToAction().orElseThrow().getLegislation().orElseThrow();
        assertThat(bill.getJurisdiction()).isEqualTo("US-CA");
        assertThat(bill.getIdentifier()).isEqualTo("SB 627");
    }

    @Test
    void shouldCiteTheCoalitionsReport() {
        Citation report = campaign.getDocuments().get(0);

        assertThat(report.getTitle()).isEqualTo("From Criminalization to Education");
        assertThat(report.getKind()).isEqualTo(CitationKind.REPORT);
        assertThat(report.getPublisher().orElseThrow().getName()).isEqualTo("Police Free LAUSD Coalition");
        assertThat(article.getCitations()).containsExactly(report);
    }

    @Test
    void shouldBuildTheSameValueEveryTime() {
        assertThat(SeedCampaign.campaign()).isEqualTo(campaign).hasSameHashCodeAs(campaign);
        assertThat(SeedCampaign.article()).isEqualTo(article);
    }
}
