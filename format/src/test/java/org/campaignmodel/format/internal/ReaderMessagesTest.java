package org.campaignmodel.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campaignmodel.internal.text.Localized;
import org.junit.jupiter.api.Test;

/** The reader's bundle is whole in both languages, and its table of the model's sentences is the model's. */
final class ReaderMessagesTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void shouldHaveEverySentenceInSpanishToo() {
        assertThat(Say.MESSAGES.spanishKeys()).containsExactlyInAnyOrderElementsOf(Say.MESSAGES.keys());
    }

    @Test
    void shouldUseTheSamePlaceholdersInBothLanguages() {
        for (String key : Say.MESSAGES.keys()) {
            assertThat(placeholders(Say.MESSAGES.pattern(key, SPANISH)))
                    .as(key)
                    .isEqualTo(placeholders(Say.MESSAGES.pattern(key, Locale.ENGLISH)));
        }
    }

    @Test
    void shouldSayEveryModelSentenceItKnowsInItsOwnWords() {
        String model = coreSources();
        for (Map.Entry<String, String> entry : ModelWords.KEYS.entrySet()) {
            assertThat(model).as("the model still says %s", entry.getKey()).contains(entry.getKey());
            Localized words = ModelWords.of(entry.getKey());
            assertThat(words.in(Locale.ENGLISH)).doesNotContain("Cannot build");
            assertThat(words.in(SPANISH)).isNotEqualTo(words.in(Locale.ENGLISH));
        }
        Localized tooLong = ModelWords.of("A fuzzy date's phrase must be at most 200 characters; it has 250.");
        assertThat(tooLong.in(SPANISH)).contains("200").contains("250");
        assertThat(model).contains("A fuzzy date's phrase must be at most ");
    }

    @Test
    void shouldKeepASentenceItDoesNotKnowAsTheModelWroteIt() {
        assertThat(ModelWords.of("Something new.").in(SPANISH)).isEqualTo("Something new.");
    }

    private static java.util.Set<String> placeholders(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String coreSources() {
        try (Stream<Path> files = Files.walk(Path.of("..", "core", "src", "main", "java"))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    // sentences the model splits over lines of source
                    .map(text -> text.replaceAll("\"\\s*\\+\\s*\"", ""))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
