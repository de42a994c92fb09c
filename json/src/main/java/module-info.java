/** Campaign Model JSON: a Jackson 3 binding for the campaign model. */
module org.campaignmodel.json {
    requires transitive org.campaignmodel;
    requires transitive tools.jackson.databind;

    exports org.campaignmodel.json;

    provides tools.jackson.databind.JacksonModule with
            org.campaignmodel.json.CampaignModule;
}
