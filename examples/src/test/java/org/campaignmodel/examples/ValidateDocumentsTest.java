package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ValidateDocumentsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ValidateDocuments.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The printed lines without the parser's line and column, which the assertions do not need. */
    private java.util.List<String> lines() {
        return out().lines()
                .filter(l -> !SUMMARY.matcher(l).matches())
                .map(l -> l.replaceAll(" \\(line \\d+, column \\d+\\)", ""))
                .toList();
    }

    private static final java.util.regex.Pattern SUMMARY =
            java.util.regex.Pattern.compile("\\d+ documents? in \\d+ files?: .*");

    /** The one line the program ends with, whatever it found. */
    private String summary() {
        java.util.List<String> all = out().lines().toList();
        assertThat(all).isNotEmpty();
        assertThat(all.get(all.size() - 1)).matches(SUMMARY);
        return all.get(all.size() - 1);
    }

    @Test
    void shouldExitZeroAndSaySoWhenAllAreValid() throws IOException {
        CampaignJson json = CampaignJson.create();
        Path campaign = file("campaign.json", json.write(SeedCampaign.campaign()));
        Path article = file("article.json", json.write(SeedCampaign.article()));

        assertThat(run(campaign.toString(), article.toString())).isZero();
        assertThat(lines()).isEmpty();
        assertThat(summary()).isEqualTo("2 documents in 2 files: all valid");
    }

    @Test
    void shouldPrintEveryProblemWithFilePointerMessageAndCode() throws IOException {
        Path bad = file("bad.json", "{\"schemaVersion\":\"1.0\",\"id\":\"Bad Id\",\"headline\":\" \"}");
        Path broken = file("broken.json", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headlne\":\"H\"}");

        assertThat(run("--type", "article", bad.toString(), broken.toString())).isEqualTo(1);
        assertThat(lines())
                .containsExactly(
                        bad + ": /headline: This text is empty or only spaces. Write it, or leave the field out"
                                + " where it is optional. [text.blank]",
                        bad + ": /id: An id is lowercase letters and digits in words joined by hyphens, at most 100"
                                + " characters, such as police-free-lausd. [id.invalid]",
                        broken + ": /headlne: Unknown property \"headlne\" in Article. Did you mean \"headline\"?"
                                + " Known properties: body, bylines, callsToAction, campaignIds, citations, dek,"
                                + " extensions, headline, id, language, languageVersions, leadImage, parties, published, relatedStories,"
                                + " schemaVersion, section, tags, updated. [json.unknown_property]",
                        broken + ": /: Article is missing the required property \"headline\". [json.missing_property]");
        assertThat(summary()).isEqualTo("2 documents in 2 files: 4 problems");
    }

    @Test
    void shouldNameTheLineOfEachProblemInNdjson() throws IOException {
        Path lines = file("organizations.ndjson", "{\"name\":\"A\"}\n\n{\"name\":\"\"}\n{\"name\":null}\n");

        assertThat(run("--type", "campaign", lines.toString())).isEqualTo(1);
        assertThat(lines())
                .containsExactly(
                        lines + ":1: /: A Campaign document needs \"schemaVersion\": \"1.0\". [json.version.missing]",
                        lines + ":1: /: Campaign is missing the required property \"id\". [json.missing_property]",
                        lines + ":3: /: A Campaign document needs \"schemaVersion\": \"1.0\". [json.version.missing]",
                        lines + ":3: /: Campaign is missing the required property \"id\". [json.missing_property]",
                        lines + ":4: /name: \"name\" is null; leave the property out instead of writing null."
                                + " [json.null]",
                        lines + ":4: /: A Campaign document needs \"schemaVersion\": \"1.0\". [json.version.missing]",
                        lines + ":4: /: Campaign is missing the required property \"id\". [json.missing_property]");
    }

    @Test
    void shouldExitTwoOnBadUsageOrAnUnreadableFileWithoutAStackTrace() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--type", "poster", "x.json")).isEqualTo(2);
        assertThat(run("--verbose", "x.json")).isEqualTo(2);
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(2);

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("usage: ValidateDocuments").contains("missing.json: cannot read");
        assertThat(errors).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void shouldReportMalformedJsonAsAProblemAndGoOnWithTheNextFile() throws IOException {
        Path malformed = file("malformed.json", "{\"schemaVersion\":\"1.0\",\"headline\":}");
        Path bad = file("bad.json", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headline\":\" \"}");

        assertThat(run(malformed.toString(), bad.toString())).isEqualTo(1);
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0))
                .startsWith(malformed + ": /headline: This is not valid JSON")
                .endsWith("[json.syntax]");
        assertThat(lines().get(1)).startsWith(bad + ": /headline: ").endsWith("[text.blank]");
    }

    @Test
    void shouldSayWhyAFileCannotBeReadAndStillCheckTheRest() throws IOException, InterruptedException {
        Path bad = file("bad.json", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headline\":\" \"}");
        Path pipe = dir.resolve("pipe.json");
        boolean fifo = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        Path notUtf8 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"', '}'});

        assertThat(run(dir.resolve("missing.json").toString(), dir.toString(), notUtf8.toString(), bad.toString()))
                .isEqualTo(2);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors)
                .contains("missing.json: cannot read: there is no such file")
                .contains(dir + ": cannot read: it is not a regular file")
                .contains("latin1.json: cannot read: it is not UTF-8 text");
        assertThat(lines()).singleElement().asString().endsWith("[text.blank]");
        assertThat(summary()).isEqualTo("1 document in 4 files: 1 problem; some files could not be read");
        if (fifo) {
            // a named pipe with no writer: reading it would block forever
            assertThat(run(pipe.toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("pipe.json: cannot read: it is not a regular file");
        }
    }

    @Test
    void shouldPrintAHostilePropertyNameEscaped() throws IOException {
        Path hostile =
                file("hostile.json", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headline\":\"H\",\"\\u001b[2J\":1}");

        assertThat(run(hostile.toString())).isEqualTo(1);
        assertThat(out()).doesNotContain("\u001b").contains("\\u001B[2J");
    }
}
