/** Campaign Model JSON: a Jackson 3 binding for the campaign model. */
module org.campaignmodel.json {
    requires transitive org.campaignmodel;
    requires transitive org.campaignmodel.format;
    requires transitive tools.jackson.databind;
    // Compile time only: core's value types carry a CLASS-retention Immutables style, which javac and
    // javadoc read when they load those types.
    requires static org.immutables.value.annotations;

    exports org.campaignmodel.json;
    exports org.campaignmodel.json.export;

    provides tools.jackson.databind.JacksonModule with
            org.campaignmodel.json.CampaignModule;
}
