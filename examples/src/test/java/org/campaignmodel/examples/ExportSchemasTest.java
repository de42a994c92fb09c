package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignmodel.json.CampaignJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExportSchemasTest {
    @TempDir
    Path dir;

    @Test
    void shouldWriteEverySchemaToTheFolder() throws Exception {
        Path folder = dir.resolve("out");

        String printed = ExampleRunner.run(ExportSchemas::main, folder.toString());

        assertThat(printed.lines()).hasSize(CampaignJson.SCHEMA_NAMES.size());
        for (String name : CampaignJson.SCHEMA_NAMES) {
            assertThat(Files.readString(folder.resolve(name + ".json"), StandardCharsets.UTF_8))
                    .isEqualTo(CampaignJson.schema(name));
        }
    }
}
