package org.campaignmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.campaignmodel.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The runnable jar, run as a user runs it: a fresh JVM per command, its exit code and its output. */
final class CampaignCommandIT {
    private static final String ARTICLE = Fixtures.read("article/seed.json");
    private static final String CAMPAIGN = Fixtures.read("campaign/seed.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path article;
    private Path campaign;

    @BeforeEach
    void files() throws IOException {
        article = write("article.json", ARTICLE);
        campaign = write("campaign.json", CAMPAIGN);
    }

    @Test
    void shouldSayOnlyOneLineWhenEveryDocumentIsValid() throws Exception {
        Run run = campaign("validate", article.toString(), campaign.toString());

        assertThat(run.exit).isZero();
        assertThat(run.out).isEqualTo("2 documents in 2 files: all valid\n");
        // no log lines from the validator or anything else
        assertThat(run.err).isEmpty();
    }

    @Test
    void shouldReportAMisspelledNameAMonthThirteenAndAnUnknownBlockTypeInOneRun() throws Exception {
        Path bad = write(
                "bad.json",
                ARTICLE.replaceFirst("\"name\" : \"Knock LA\"", "\"nam\" : \"Knock LA\"")
                        .replace("\"published\" : \"2023-12-07\"", "\"published\" : \"2023-13-07\"")
                        .replaceFirst("\"type\" : \"paragraph\"", "\"type\" : \"para\""));

        Run run = campaign("validate", bad.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.lines())
                .anySatisfy(l ->
                        assertThat(l).startsWith(bad + ":5: /body/0/type: ").endsWith("[json.type.unknown]"))
                .anySatisfy(l -> assertThat(l).contains("/body/12/outlet/nam: ").endsWith("[json.unknown_property]"))
                .anySatisfy(l -> assertThat(l).contains(":101: /published: ").endsWith("[date.invalid]"));
        assertThat(run.lines().get(run.lines().size() - 1)).isEqualTo("1 document in 1 file: 4 problems");
        assertThat(run.err).isEmpty();
    }

    @Test
    void shouldWriteOneJsonReportForPrograms() throws Exception {
        Path bad = write("bad.json", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\n\"headlne\":\"H\"}");

        Run run = campaign("validate", "--format", "json", bad.toString(), article.toString());

        assertThat(run.exit).isEqualTo(1);
        JsonNode report = JSON.readTree(run.out);
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("documents").asInt()).isEqualTo(2);
        assertThat(report.get("problems").asInt()).isEqualTo(2);
        JsonNode first = report.get("findings").get(0);
        assertThat(first.get("file").asString()).isEqualTo(bad.toString());
        assertThat(first.get("pointer").asString()).isEqualTo("/headlne");
        assertThat(first.get("code").asString()).isEqualTo("json.unknown_property");
        assertThat(first.get("severity").asString()).isEqualTo("error");
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("column").asInt()).isEqualTo(1);
    }

    @Test
    void shouldWriteWorkflowCommandsThatAnnotateAPullRequest() throws Exception {
        Path bad = write("bad, 100%.json", "{\"schemaVersion\":\"1.0\",\"id\":\"Bad Id\",\n\"headline\":\"H\"}");

        Run run = campaign("validate", "--format", "github", bad.toString());

        assertThat(run.exit).isEqualTo(1);
        String file = bad.toString().replace("%", "%25").replace(":", "%3A").replace(",", "%2C");
        assertThat(run.lines().get(0))
                .isEqualTo("::error file=" + file + ",line=1,col=24,title=id.invalid::/id: An id is lowercase letters"
                        + " and digits in words joined by hyphens, at most 100 characters, such as"
                        + " police-free-lausd.");
    }

    @Test
    void shouldReadStandardInputAndNdjsonWithLineNumbers() throws Exception {
        String line = ARTICLE.replace("\n", "");
        String lines = line + "\n\n" + line.replace("\"headline\"", "\"headlne\"") + "\n";

        Run run = campaignWithInput(lines, "validate", "--ndjson", "-");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.lines().get(0)).startsWith("-:3: /headlne: ").endsWith("[json.unknown_property]");
        assertThat(run.lines().get(run.lines().size() - 1)).isEqualTo("2 documents in 1 file: 2 problems");
        assertThat(run.err).isEmpty();
    }

    @Test
    void shouldShowANoticeAndFailOnItOnlyWhenStrict() throws Exception {
        Path won = write("won.json", CAMPAIGN.replaceFirst("\"status\" : \"proposed\"", "\"status\" : \"won\""));

        Run lenient = campaign("validate", won.toString());
        Run strict = campaign("validate", "--strict", won.toString());

        assertThat(lenient.exit).isZero();
        assertThat(lenient.lines().get(0))
                .contains("notice: ")
                .contains("\"met\"")
                .endsWith("[code.unknown]");
        assertThat(lenient.lines().get(1)).isEqualTo("1 document in 1 file: all valid, 1 notice");
        assertThat(strict.exit).isEqualTo(1);
    }

    @Test
    void shouldSpeakSpanishWhenAsked() throws Exception {
        Path bad = write("bad.json", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headline\":\"H\",\"dek\":null}");

        Run run = campaign("validate", "--lang", "es", bad.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.lines().get(0)).contains("/dek: ").contains("null").doesNotContain("leave the property out");
    }

    @Test
    void shouldCheckFormattingAndRewriteInCanonicalForm() throws Exception {
        Path messy = write("messy.json", "{\"headline\":\"H\",   \"schemaVersion\":\"1.0\", \"id\":\"a\"}");

        Run check = campaign("format", "--check", messy.toString());
        assertThat(check.exit).isEqualTo(1);
        assertThat(check.out).isEqualTo("would reformat " + messy + "\n");
        assertThat(Files.readString(messy)).startsWith("{\"headline\"");

        Run format = campaign("format", messy.toString());
        assertThat(format.exit).isZero();
        assertThat(Files.readString(messy))
                .isEqualTo("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"a\",\n  \"headline\": \"H\"\n}\n");
        assertThat(campaign("format", "--check", messy.toString()).exit).isZero();
    }

    @Test
    void shouldFormatStandardInputToStandardOutputAndLeaveABrokenDocumentAlone() throws Exception {
        Run formatted = campaignWithInput("{\"headline\":\"H\",\"id\":\"a\",\"schemaVersion\":\"1.0\"}", "format");
        Path broken = write("broken.json", "{\"schemaVersion\":\"1.0\",\"headline\":}");

        Run refused = campaign("format", broken.toString());

        assertThat(formatted.exit).isZero();
        assertThat(formatted.out)
                .isEqualTo("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"a\",\n  \"headline\": \"H\"\n}\n");
        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.err).contains("/headline: This is not valid JSON").contains("[json.syntax]");
        assertThat(Files.readString(broken)).isEqualTo("{\"schemaVersion\":\"1.0\",\"headline\":}");
    }

    @Test
    void shouldFormatWithPartiesDefinedOnceAndBackInFull() throws Exception {
        Path copy = write("referenced.json", Files.readString(campaign));

        Run referenced = campaign("format", "--references", copy.toString());
        String once = Files.readString(copy);
        Run inline = campaign("format", copy.toString());

        assertThat(referenced.exit).isZero();
        assertThat(once)
                .startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"parties\": {")
                .contains("\"ref\": \"lausd\"");
        assertThat(inline.exit).isZero();
        assertThat(Files.readString(copy)).doesNotContain("\"ref\"");
        assertThat(JSON.readTree(Files.readString(copy))).isEqualTo(JSON.readTree(CAMPAIGN));
    }

    @Test
    void shouldExportATimelineAndRefuseAnExportThatDoesNotFit() throws Exception {
        Run timeline = campaign("export", "--to", "timelinejs", campaign.toString());
        Run feed = campaign("export", "--to", "jsonfeed", article.toString());

        assertThat(timeline.exit).isZero();
        assertThat(JSON.readTree(timeline.out).get("events").size()).isPositive();
        assertThat(feed.exit).isEqualTo(2);
        assertThat(feed.err).contains("jsonfeed cannot export an article").contains("story list");
    }

    @Test
    void shouldPrintAndWriteTheSchemas() throws Exception {
        Run one = campaign("schema", "campaign");
        Path out = dir.resolve("schemas");
        Run all = campaign("schema", "--output", out.toString());

        assertThat(one.exit).isZero();
        assertThat(JSON.readTree(one.out).get("$id").asString()).endsWith("campaign.json");
        assertThat(all.exit).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "article.json",
                            "campaign.json",
                            "event.json",
                            "timeline.json",
                            "story-list.json",
                            "definitions.json");
        }
        assertThat(campaign("schema", "poster").exit).isEqualTo(2);
        Run old = campaign("schema", "--format-version", "1.0", "campaign");
        assertThat(old.exit).isZero();
        assertThat(JSON.readTree(old.out).get("$id").asString())
                .isEqualTo("https://campaignmodel.org/schemas/1.0/campaign.json");
        assertThat(JSON.readTree(one.out).get("$id").asString())
                .isEqualTo("https://campaignmodel.org/schemas/1.1/campaign.json");
        Run none = campaign("schema", "--format-version", "2.0", "campaign");
        assertThat(none.exit).isEqualTo(2);
        assertThat(none.err).contains("no schemas of version \"2.0\"").contains("1.0, 1.1");
    }

    @Test
    void shouldExitTwoForUsageErrorsAndUnreadableFilesWithoutAStackTrace() throws Exception {
        Run option = campaign("validate", "--verbose", article.toString());
        Run missing = campaign("validate", dir.resolve("missing.json").toString(), article.toString());
        Run nothing = campaign();

        assertThat(option.exit).isEqualTo(2);
        assertThat(option.err).contains("Unknown option: '--verbose'");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("missing.json: there is no such file or folder");
        assertThat(missing.out).contains("1 document in 1 file: all valid; 1 could not be read");
        assertThat(nothing.exit).isEqualTo(2);
        for (Run run : List.of(option, missing, nothing)) {
            assertThat(run.err).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void shouldDocumentTheExitCodesAndGiveShellCompletion() throws Exception {
        Run help = campaign("--help");
        Run completion = campaign("generate-completion");

        assertThat(help.exit).isZero();
        assertThat(help.out)
                .contains("Exit codes:")
                .contains("validate")
                .contains("format")
                .contains("export");
        assertThat(completion.exit).isZero();
        assertThat(completion.out).contains("complete -F").contains("campaign");
    }

    @Test
    void shouldRunFromTheLauncherWithAClassDataArchiveItMakesOnce() throws Exception {
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());

        Run first = run(
                List.of("sh", System.getProperty("campaign.cli.launcher"), "validate", article.toString()), "", env);
        Run second = run(
                List.of("sh", System.getProperty("campaign.cli.launcher"), "validate", article.toString()), "", env);

        assertThat(first.exit).isZero();
        assertThat(second.exit).isZero();
        assertThat(second.out).isEqualTo("1 document in 1 file: all valid\n");
        assertThat(first.err + second.err).isEmpty();
        try (var archives = Files.list(cache.resolve("campaign"))) {
            assertThat(archives.map(Path::toString)).singleElement().asString().endsWith(".jsa");
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Run campaign(String... args) throws Exception {
        return campaignWithInput("", args);
    }

    private static Run campaignWithInput(String input, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(System.getProperty("campaign.cli.jar"));
        command.addAll(List.of(args));
        return run(command, input, Map.of());
    }

    private static Run run(List<String> command, String input, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile("campaign", ".out");
        Path err = Files.createTempFile("campaign", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("campaign did not finish: " + command);
        }
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** What one run of the command did. */
    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }
}
