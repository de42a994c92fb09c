package org.campaignmodel.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignmodel.json.CampaignJson;

/** Writes the published JSON Schemas to a folder, for projects in other languages to use. */
public final class ExportSchemas {
    private ExportSchemas() {}

    /**
     * Writes every schema into the folder given (default {@code schemas}), creating it if needed.
     *
     * @param args the folder, optionally
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "schemas");
        Files.createDirectories(folder);
        for (String name : CampaignJson.SCHEMA_NAMES) {
            Path file = folder.resolve(name + ".json");
            Files.writeString(file, CampaignJson.schema(name), StandardCharsets.UTF_8);
            System.out.println(file);
        }
    }
}
