/** The {@code campaign} command: validate, format and export campaign documents, print the schemas. */
module org.campaignmodel.cli {
    requires org.campaignmodel.json;
    requires info.picocli;
    requires java.logging;

    // picocli reads the commands' annotations and fills their fields reflectively
    opens org.campaignmodel.cli to
            info.picocli;

    exports org.campaignmodel.cli;
}
