/** Campaign Model for Apache Kafka: a Serde for campaign documents, and checks for routing bad records. */
module org.campaignmodel.kafka {
    requires transitive org.campaignmodel.format;
    // the Jackson 3 binding, for the defaults; either binding can be passed in instead
    requires static org.campaignmodel.json;
    requires transitive kafka.clients;
    requires static kafka.streams;
    requires static org.immutables.value.annotations;

    exports org.campaignmodel.kafka;
}
