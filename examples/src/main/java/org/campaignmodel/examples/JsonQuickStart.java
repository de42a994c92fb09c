package org.campaignmodel.examples;

import java.io.StringReader;
import java.util.List;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.DemandStatus;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Organization;
import org.campaignmodel.StatusChange;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.json.CampaignJsonException;
import org.campaignmodel.json.CampaignModule;
import tools.jackson.databind.json.JsonMapper;

/** JSON in a few lines: the module in your own mapper, the facade, a strict error, and NDJSON. */
public final class JsonQuickStart {
    private JsonQuickStart() {}

    /**
     * Prints what each step produces.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        // snippet: own-mapper
        JsonMapper mapper = JsonMapper.builder().addModule(new CampaignModule()).build();
        Demand demand = Demand.builder()
                .number(4)
                .title("Eliminate the LA School Police Department")
                .action(DemandAction.ELIMINATE)
                .addStatusHistory(StatusChange.of(DemandStatus.PROPOSED, FuzzyDate.parse("2023-12", "December 2023")))
                .build();
        String json = mapper.writeValueAsString(demand);
        System.out.println(json);
        Demand back = mapper.readValue(json, Demand.class); // equal to demand
        // end snippet
        System.out.println(back.equals(demand));

        // snippet: facade
        CampaignJson campaignJson = CampaignJson.create();
        try {
            campaignJson.read("{\"name\":\"Knock LA\",\"urll\":\"https://knock-la.com\"}", Organization.class);
        } catch (CampaignJsonException e) {
            System.out.println(e.getMessage());
        }
        // end snippet

        // snippet: ndjson
        String lines = "{\"name\":\"Knock LA\"}\n{\"name\":null}\n{\"name\":\"Ella Baker Center\"}\n";
        List<Organization> read = campaignJson
                .readLines(
                        new StringReader(lines),
                        Organization.class,
                        e -> System.out.println("skipped " + e.getMessage()))
                .toList();
        System.out.println(read.size() + " read");
        // end snippet
    }
}
