/**
 * Campaign Model core: immutable value types for advocacy campaigns, articles, demands, timelines,
 * statistics and related-story links.
 */
module org.campaignmodel {
    requires static org.immutables.value.annotations;
    requires transitive org.jspecify;

    exports org.campaignmodel;
}
