package org.campaignmodel.examples;

import java.math.BigDecimal;
import java.util.Locale;
import org.campaignmodel.Campaign;
import org.campaignmodel.Comparison;
import org.campaignmodel.DecisionMaker;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.DemandStatus;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Organization;
import org.campaignmodel.Quantity;
import org.campaignmodel.RateBasis;
import org.campaignmodel.Statistic;
import org.campaignmodel.StatusChange;
import org.campaignmodel.Unit;
import org.campaignmodel.Vote;
import org.campaignmodel.VoteResult;
import org.campaignmodel.format.TolerantDocument;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.json.CampaignJsonException;

/**
 * What wire format 1.1 adds, and how versions work in practice: a campaign that uses nothing new is
 * written as 1.0; give a demand a deadline, a figure a rate or a decision its vote, and it is
 * written as 1.1; a document that says 1.0 but uses a 1.1 property is refused where it does. Also a
 * school year, the board defined once and referred to by id, and a document of a newer minor
 * version read tolerantly and written back whole. Example data: the campaign and its figures are
 * invented.
 */
public final class FormatVersions {
    private FormatVersions() {}

    /**
     * Prints each campaign's format version and what the reader says of a mislabelled document.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        CampaignJson json = CampaignJson.create();
        Campaign plain = plain();
        Campaign newer = newer();

        System.out.println("without anything new: " + json.formatVersion(plain));
        System.out.println("with a deadline, a rate and a vote: " + json.formatVersion(newer));
        Statistic rate = newer.getStatistics().get(0);
        System.out.println(rate.getMeasure() + ": " + rate.getValue().describe());

        String mislabelled = json.write(newer).replace("\"schemaVersion\":\"1.1\"", "\"schemaVersion\":\"1.0\"");
        try {
            json.read(mislabelled, Campaign.class);
        } catch (CampaignJsonException e) {
            System.out.println(e.code() + " at " + e.pointer() + ": " + e.problem());
        }

        FuzzyDate schoolYear = FuzzyDate.schoolYear(2024);
        System.out.println(schoolYear.describe() + ": " + schoolYear.getEdtf().orElseThrow());

        // the board stands in the campaign's targets and in the demand's: written once, referred to twice
        String once = json.writeWithReferences(targeted());
        System.out.println("the board in full: " + count(json.write(targeted()), "\"seat\":\"Board of Education\"")
                + " times; with references: " + count(once, "\"seat\":\"Board of Education\"") + " time, "
                + count(once, "{\"ref\":\"example-board\"}") + " references");

        // a document of a newer minor version, with a property this library does not know
        String fromTheFuture = json.write(plain())
                .replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.2\"")
                .replace("\"number\":1,", "\"number\":1,\"budgetLine\":\"4200-counselors\",");
        TolerantDocument<Campaign> read = json.checkTolerant(fromTheFuture, Campaign.class, Locale.ENGLISH);
        System.out.println("read as " + read.getVersion().orElseThrow() + ", kept " + read.getUnknownProperties());
        System.out.println("written back whole: "
                + json.mapper().readTree(json.write(read)).equals(json.mapper().readTree(fromTheFuture)));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    static Campaign targeted() {
        DecisionMaker board = DecisionMaker.builder()
                .id("example-board")
                .seat("Board of Education")
                .organization(Organization.of("Example Unified School District"))
                .build();
        Demand demand = plain().getDemands().get(0);
        return Campaign.builder()
                .from(plain())
                .addTargets(board)
                .demands(java.util.List.of(
                        Demand.builder().from(demand).addTargets(board).build()))
                .build();
    }

    static Campaign plain() {
        return Campaign.builder()
                .id("counselors-first-example")
                .name("Counselors First (example)")
                .addDemands(Demand.builder()
                        .number(1)
                        .title("Fund one counselor for every 250 students")
                        .action(DemandAction.INCREASE_FUNDING)
                        .addStatusHistory(StatusChange.of(DemandStatus.PROPOSED, FuzzyDate.parse("2025-09-16")))
                        .build())
                .build();
    }

    static Campaign newer() {
        Demand demand = plain().getDemands().get(0);
        return Campaign.builder()
                .from(plain())
                .demands(java.util.List.of(Demand.builder()
                        .from(demand)
                        .deadline(FuzzyDate.parse("2026-06", "before the June budget vote"))
                        .addStatusHistory(StatusChange.builder()
                                .status(DemandStatus.PARTIALLY_MET)
                                .date(FuzzyDate.parse("2026-02-10"))
                                .vote(Vote.builder()
                                        .result(VoteResult.PASSED)
                                        .inFavor(4)
                                        .against(3)
                                        .phrase("passed 4 to 3")
                                        .build())
                                .build())
                        .build()))
                .addStatistics(Statistic.builder()
                        .measure("student arrests")
                        .value(Quantity.builder()
                                .comparison(Comparison.MORE_THAN)
                                .value(new BigDecimal("12"))
                                .unit(Unit.named("arrests"))
                                .per(RateBasis.of(new BigDecimal("1000"), Unit.named("students")))
                                .period("P1Y")
                                .build())
                        .build())
                .build();
    }
}
