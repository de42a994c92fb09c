package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code ModelWriters} is the one the model generates today. If this fails, the model
 * changed: regenerate it with the command in the failure message, review the diff, and commit it.
 */
final class ModelWritersTest {
    static final String UPDATE_COMMAND = "./mvnw -pl json -am test -Dtest=ModelWritersTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcampaign.updateWriters=true && ./mvnw spotless:apply";

    @Test
    void shouldMatchTheCommittedSource() throws IOException {
        String generated = new WriterGeneration().generate();
        Path file = Path.of(WriterGeneration.SOURCE);
        if (Boolean.getBoolean("campaign.updateWriters")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        // the formatter may re-indent the file; only the code has to match
        assertThat(code(Files.readString(file, StandardCharsets.UTF_8)))
                .as("%s no longer matches the model; regenerate it with:\n%s", file, UPDATE_COMMAND)
                .isEqualTo(code(generated));
    }

    @Test
    void shouldHaveAWriterForEveryValueType() {
        assertThat(ModelWriters.byType().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        ModelTypes.discover().models.keySet());
    }

    private static String code(String source) {
        return source.replaceAll("\\s+", "");
    }
}
