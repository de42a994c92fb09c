/**
 * Campaign Model core: immutable value types for advocacy campaigns, articles, demands, timelines,
 * statistics and related-story links, with the rules that keep them valid.
 */
module org.campaignmodel {
    requires static org.immutables.value.annotations;
    requires transitive org.jspecify;
    requires transitive jakarta.validation;
    // The default provider: validation works out of the box, with no Expression Language.
    requires org.hibernate.validator;

    exports org.campaignmodel;
    exports org.campaignmodel.constraints;
    exports org.campaignmodel.validation;
    // Only so that the provider can create the constraint validators; not API.
    exports org.campaignmodel.internal to
            org.hibernate.validator;
    // Messages in English and Spanish, which the wire format's reader shares; not API.
    exports org.campaignmodel.internal.text to
            org.campaignmodel.format,
            org.campaignmodel.json,
            org.campaignmodel.jackson2;
    // The model's description, which the bindings share; not API.
    exports org.campaignmodel.internal.meta to
            org.campaignmodel.format,
            org.campaignmodel.json,
            org.campaignmodel.jackson2;

    // Hibernate Validator reads the generated value classes and creates the package-private
    // constraint validators reflectively.
    opens org.campaignmodel to
            org.hibernate.validator;
}
