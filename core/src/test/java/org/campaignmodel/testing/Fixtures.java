package org.campaignmodel.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The JSON fixtures every binding and tool is held to, shipped in core's test-jar beside the seed:
 * {@code article/seed.json} and {@code campaign/seed.json} (the seed as canonical documents) and one
 * document per kind of reading error under {@code invalid/}.
 */
public final class Fixtures {
    private Fixtures() {}

    /**
     * Finds a folder of fixtures in the source tree, for tests that go through every file in it; tests
     * run in their module's folder, beside core's.
     *
     * @param folder such as {@code invalid}
     * @return the folder
     */
    public static Path sources(String folder) {
        return Path.of("..", "core", "src", "test", "resources", "org", "campaignmodel", "testing", "fixtures", folder);
    }

    /**
     * Reads one fixture.
     *
     * @param path such as {@code campaign/seed.json} or {@code invalid/bad-date.json}
     * @return its text
     */
    public static String read(String path) {
        try (InputStream in = Objects.requireNonNull(
                Fixtures.class.getResourceAsStream("fixtures/" + path), "missing fixture " + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
