package org.campaignmodel.examples;

import java.math.BigDecimal;
import java.util.List;
import org.campaignmodel.Campaign;
import org.campaignmodel.Comparison;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Quantity;
import org.campaignmodel.Statistic;
import org.campaignmodel.Timeline;
import org.campaignmodel.TimelineEvent;
import org.campaignmodel.Unit;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.ValidationReport;

/**
 * Your first campaign: the shortest program that builds a small campaign from scratch, with a demand,
 * a dated event and a statistic, prints what it holds, validates it and writes it as JSON.
 */
public final class FirstCampaign {
    private FirstCampaign() {}

    /**
     * Builds the campaign the README shows.
     *
     * @return the campaign
     */
    public static Campaign build() {
        Campaign campaign = Campaign.builder()
                .id("counselors-not-cops")
                .name("Counselors Not Cops")
                .addDemands(Demand.builder()
                        .number(1)
                        .title("Hire a counselor for every 250 students")
                        .action(DemandAction.INCREASE_FUNDING)
                        .build())
                .timeline(Timeline.of(List.of(TimelineEvent.builder()
                        .date(FuzzyDate.parse("../2014", "By 2014"))
                        .title("District buys surplus military gear")
                        .build())))
                .addStatistics(Statistic.builder()
                        .measure("sworn officers")
                        .value(Quantity.of(Comparison.MORE_THAN, new BigDecimal("200"), Unit.count()))
                        .build())
                .build();
        return campaign;
    }

    /**
     * Prints the campaign's parts.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Campaign campaign = build();
        System.out.println(campaign.getName());
        for (Demand demand : campaign.getDemands()) {
            System.out.println(demand.getNumber() + ". " + demand.getTitle());
        }
        for (TimelineEvent event : campaign.getTimeline().orElseThrow().chronological()) {
            FuzzyDate date = event.getDate();
            System.out.println(date.describe() + " [" + date + "]: " + event.getTitle());
        }
        for (Statistic statistic : campaign.getStatistics()) {
            System.out.println(statistic.getValue().describe() + " " + statistic.getMeasure());
        }
        // snippet: first-campaign-check
        ValidationReport report = CampaignValidator.create().validate(campaign);
        System.out.println(report);
        System.out.println(CampaignJson.create().write(campaign));
        // end snippet
    }
}
