/**
 * The Campaign Model wire format, independent of any JSON library: the limits for untrusted input,
 * the error every binding reports, and the one codec that both Jackson bindings drive through
 * their own streaming API.
 */
module org.campaignmodel.format {
    requires transitive org.campaignmodel;
    // Compile time only: the limits are an Immutables value with a CLASS-retention style.
    requires static org.immutables.value.annotations;

    exports org.campaignmodel.format;
    // The codec and its generated per-type code, shared by the bindings; not API.
    exports org.campaignmodel.format.internal to
            org.campaignmodel.json,
            org.campaignmodel.jackson2;
}
