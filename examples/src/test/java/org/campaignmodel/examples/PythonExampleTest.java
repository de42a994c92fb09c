package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.campaignmodel.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Python example, run with Debian's python3-jsonschema (CI's {@code .ci/run} installs
 * it): offline, with every schema in a local registry, and with a format checker, so that URLs are
 * checked too.
 */
final class PythonExampleTest {
    private static final Path SCRIPT = Path.of("src", "main", "python", "check_document.py");
    private static final Path SCHEMAS =
            Path.of("..", "json", "src", "main", "resources", "org", "campaignmodel", "json", "schemas");
    private static final String PYTHON = System.getenv().getOrDefault("CAMPAIGN_PYTHON", "/usr/bin/python3");

    @TempDir
    Path dir;

    @BeforeAll
    static void pythonWithJsonschema() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON))
                && run(List.of(PYTHON, "-c", "import jsonschema, rfc3987")).exit == 0;
        assumeTrue(
                present,
                PYTHON + " has no jsonschema and rfc3987 (Debian: apt-get install python3-jsonschema"
                        + " python3-rfc3987; .ci/run installs them); the Python example is not run");
    }

    @Test
    void shouldPassTheGoldenDocumentsOffline() throws Exception {
        for (String type : List.of("article", "campaign", "event", "timeline", "story-list")) {
            Path document = write(type + ".json", Fixtures.read(type + "/seed.json"));

            Run run = check(document, type);

            assertThat(run.exit).as(type + ": " + run.out).isZero();
            assertThat(run.out).isEmpty();
        }
        for (String type : List.of("article", "campaign")) {
            Path document = write(type + "-1.1.json", Fixtures.read(type + "/example-1.1.json"));

            Run run = check(document, type);

            assertThat(run.exit).as(type + " 1.1: " + run.out).isZero();
        }
    }

    @Test
    void shouldCheckUrlsWithTheFormatChecker() throws Exception {
        Path document = write(
                "bad-url.json",
                Fixtures.read("article/seed.json")
                        .replace("https://bit.ly/MAILNIGHT721", "https://bit.ly/MAIL|NIGHT{721}"));

        Run run = check(document, "article");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out)
                .isEqualTo("/relatedStories/8/event/registrationUrl:"
                        + " 'https://bit.ly/MAIL|NIGHT{721}' is not a 'uri'\n");
    }

    @Test
    void shouldTakeANoBreakSpaceAsTextAsTheJavaLibraryDoes() throws Exception {
        Path document = write("nbsp.json", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headline\":\"\\u00a0\"}");

        assertThat(check(document, "article").exit).isZero();
    }

    @Test
    void shouldCheckADocumentAgainstTheSchemasOfItsVersion() throws Exception {
        String demand = "{\"number\":1,\"title\":\"T\",\"action\":\"adopt\",\"deadline\":\"2026-06\"}";
        Path old = write(
                "old.json", "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"demands\":[" + demand + "]}");
        Path newer = write(
                "new.json", "{\"schemaVersion\":\"1.1\",\"id\":\"c\",\"name\":\"C\",\"demands\":[" + demand + "]}");

        Run refused = check(old, "campaign");

        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.out).startsWith("/demands/0: Additional properties are not allowed ('deadline'");
        assertThat(check(newer, "campaign").exit).isZero();
    }

    @Test
    void shouldBeTheScriptTheReadmeShows() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String marker = "<!-- python: examples/src/main/python/check_document.py -->";
        assertThat(readme).contains(marker);
        int start = readme.indexOf("```python\n", readme.indexOf(marker)) + "```python\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start));

        assertThat(shown).isEqualTo(Files.readString(SCRIPT, StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Run check(Path document, String type) throws Exception {
        return run(List.of(PYTHON, SCRIPT.toString(), SCHEMAS.toString(), document.toString(), type));
    }

    private static Run run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("python did not finish: " + command);
        }
        return new Run(process.exitValue(), out);
    }

    private record Run(int exit, String out) {}
}
