package org.campaignmodel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignmodel.json.CampaignJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campaign schema}: the published JSON Schemas, printed or written to a folder. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = {
            "Prints one of the published JSON Schemas (draft 2020-12) of wire format " + CampaignJson.FORMAT_VERSION
                    + " (or of the version --format-version names), or writes them all to a folder.",
            "Names: article, campaign, event, timeline, story-list, definitions."
        })
final class SchemaCommand extends Subcommand {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The schema to print.")
    @Nullable
    String name;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FOLDER",
            description = "Write every schema, NAME.json, here.")
    @Nullable
    Path output;

    @Option(names = "--list", description = "List the schemas' names.")
    boolean list;

    @Option(
            names = "--format-version",
            paramLabel = "VERSION",
            description = "The wire format version whose schemas to give: 1.0 or 1.1 (the default). Check a"
                    + " document against the schemas of the version it says.")
    String version = CampaignJson.FORMAT_VERSION;

    /** Picocli makes this. */
    SchemaCommand() {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        if (!CampaignJson.FORMAT_VERSIONS.contains(version)) {
            err.println("campaign: there are no schemas of version \"" + version + "\"; the versions are "
                    + String.join(", ", CampaignJson.FORMAT_VERSIONS));
            return CampaignCommand.USAGE;
        }
        if (list) {
            CampaignJson.SCHEMA_NAMES.forEach(out::println);
            return CampaignCommand.VALID;
        }
        if (output != null) {
            Files.createDirectories(output);
            for (String schema : CampaignJson.SCHEMA_NAMES) {
                Files.writeString(
                        output.resolve(schema + ".json"), CampaignJson.schema(version, schema), StandardCharsets.UTF_8);
            }
            err.println(CampaignJson.SCHEMA_NAMES.size() + " schemas written to " + output);
            return CampaignCommand.VALID;
        }
        if (name == null) {
            err.println("campaign: name a schema (" + String.join(", ", CampaignJson.SCHEMA_NAMES)
                    + "), or write them all with --output FOLDER");
            return CampaignCommand.USAGE;
        }
        if (!CampaignJson.SCHEMA_NAMES.contains(name)) {
            err.println("campaign: there is no schema \"" + name + "\"; the schemas are "
                    + String.join(", ", CampaignJson.SCHEMA_NAMES));
            return CampaignCommand.USAGE;
        }
        String schema = CampaignJson.schema(version, name);
        out.print(schema.endsWith("\n") ? schema : schema + "\n");
        out.flush();
        return CampaignCommand.VALID;
    }
}
