package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.campaignmodel.Demand;
import org.junit.jupiter.api.Test;

/** The README's snippets stay true: they are the examples' code, and the output shown is the output. */
final class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    private static String block(String text, String after, String fence) {
        int start = text.indexOf(fence, text.indexOf(after)) + fence.length();
        return text.substring(start, text.indexOf("```", start));
    }

    private static String squash(String code) {
        return code.replaceAll("\\s+", "");
    }

    @Test
    void shouldListImportsThatExist() throws IOException, ClassNotFoundException {
        String imports = block(readme(), "<!-- imports", "```java");
        int checked = 0;
        for (String line : imports.strip().lines().toList()) {
            String name = line.replaceFirst("^import ", "").replaceFirst(";.*$", "");
            if (name.endsWith(".*")) {
                assertThat(Class.forName(name.substring(0, name.length() - 1) + "Campaign"))
                        .isNotNull();
            } else {
                assertThat(Class.forName(name)).as(line).isNotNull();
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldShowTheFirstCampaignExampleAsItIsWritten() throws IOException {
        String snippet = block(readme(), "<!-- snippet: first-campaign", "```java");
        String source = Files.readString(
                Path.of("src/main/java/org/campaignmodel/examples/FirstCampaign.java"), StandardCharsets.UTF_8);

        assertThat(snippet).contains("Campaign.builder()");
        assertThat(squash(source)).contains(squash(snippet));
    }

    @Test
    void shouldShowWhatTheFirstCampaignExamplePrints() throws IOException {
        String shown = block(readme(), "FirstCampaign.java` builds exactly", "```text");

        assertThat(shown.strip().lines())
                .containsExactlyElementsOf(
                        ExampleRunner.run(FirstCampaign::main).lines().toList());
    }

    @Test
    void shouldShowTheValidationExampleAndTheReportItPrints() throws IOException {
        String readme = readme();
        String snippet = block(readme, "<!-- snippet: check-campaign", "```java");
        String source = Files.readString(
                Path.of("src/main/java/org/campaignmodel/examples/CheckCampaign.java"), StandardCharsets.UTF_8);
        String shown = block(readme, "prints (`CheckCampaign`", "```text");

        assertThat(squash(source)).contains(squash(snippet));
        assertThat(shown.strip().lines())
                .containsExactlyElementsOf(
                        ExampleRunner.run(CheckCampaign::main).lines().toList());
    }

    @Test
    void shouldKeepEveryMarkedSnippetEqualToTheExamplesCode() throws IOException {
        String readme = readme();
        StringBuilder sources = new StringBuilder();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        java.util.regex.Matcher marker =
                java.util.regex.Pattern.compile("<!-- snippet: ([a-z-]+) -->").matcher(readme);
        int checked = 0;
        while (marker.find()) {
            String name = marker.group(1);
            String snippet = block(readme, marker.group(), "```java");
            int start = sources.indexOf("// snippet: " + name + "\n");
            assertThat(start).as("examples have a region // snippet: %s", name).isNotNegative();
            String region = sources.substring(start, sources.indexOf("// end snippet", start));
            assertThat(squash(region)).as(name).isEqualTo(squash("// snippet: " + name + "\n" + snippet));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldShowExactlyWhatTheJsonQuickStartPrints() throws IOException {
        String shown = block(readme(), "<!-- output: JsonQuickStart -->", "```text");

        assertThat(shown.strip().lines())
                .containsExactlyElementsOf(
                        ExampleRunner.run(JsonQuickStart::main).lines().toList());
    }

    @Test
    void shouldQuoteTheSeedCampaignSummaryAsItIsPrinted() throws IOException {
        String shown = block(readme(), "The summary starts like this", "```text");
        List<String> quoted =
                shown.strip().lines().filter(l -> !l.strip().equals("...")).toList();

        assertThat(quoted).hasSizeGreaterThan(10);
        assertThat(ExampleRunner.run(SeedCampaignExample::main).lines().toList())
                .containsSubsequence(quoted);
    }

    @Test
    void shouldQuoteTheBuildersErrorMessageExactly() throws IOException {
        String shown = block(readme(), "names all of them", "```java");
        String message =
                shown.substring(shown.indexOf("IllegalStateException: ") + 23).strip();

        assertThatThrownBy(() -> Demand.builder().detail("x").build()).hasMessage(message);
    }
}
