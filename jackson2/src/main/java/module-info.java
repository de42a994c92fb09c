/** Campaign Model Jackson 2: the wire format bound to Jackson 2 ({@code com.fasterxml.jackson}). */
module org.campaignmodel.jackson2 {
    requires transitive org.campaignmodel;
    requires transitive org.campaignmodel.format;
    requires transitive com.fasterxml.jackson.databind;
    // Compile time only: core's value types carry a CLASS-retention Immutables style, which javac and
    // javadoc read when they load those types.
    requires static org.immutables.value.annotations;

    exports org.campaignmodel.jackson2;

    provides com.fasterxml.jackson.databind.Module with
            org.campaignmodel.jackson2.Jackson2CampaignModule;
}
