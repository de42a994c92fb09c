package org.campaignmodel.examples;

import java.util.Locale;
import org.campaignmodel.Campaign;
import org.campaignmodel.Citation;
import org.campaignmodel.CitationKind;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.Organization;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.ValidationReport;

/** Validating a campaign: every problem at once, with its location, message and code, in two languages. */
public final class CheckCampaign {
    private CheckCampaign() {}

    /**
     * Validates a campaign with three mistakes and prints the report in English, then in Spanish.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Campaign campaign = Campaign.builder()
                .id("Counselors Not Cops") // an id is a slug: counselors-not-cops
                .name("Counselors Not Cops")
                .addDemands(Demand.builder()
                        .number(2) // demands are numbered from 1
                        .title("Fund counselors")
                        .action(DemandAction.INCREASE_FUNDING)
                        .build())
                .addDocuments(Citation.builder()
                        .title("Our report")
                        .kind(CitationKind.REPORT)
                        .publisher(Organization.builder()
                                .name("Counselors Not Cops")
                                .url("javascript:alert(1)")
                                .build())
                        .build())
                .build();

        ValidationReport report = CampaignValidator.create().validate(campaign);
        System.out.println(report);
        System.out.println(CampaignValidator.create().validate(campaign, Locale.forLanguageTag("es")));
    }
}
