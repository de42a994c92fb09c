/** Campaign Model JSON: a Jackson 3 binding for the campaign model, and its published JSON Schemas. */
module org.campaignmodel.json {
    requires transitive org.campaignmodel;
    requires transitive tools.jackson.databind;
}
