package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.Organization;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.format.Limits;
import org.campaignmodel.format.internal.PlainWords;
import org.campaignmodel.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message a reader problem gets is for the person who wrote the document: no Java, Jackson or
 * feature names, however broken the input. Checked over the invalid fixtures, the fuzzers' saved
 * inputs and hand-made malformed and hostile documents, read as every document type.
 */
final class PlainMessagesTest {
    private static final List<String> INTERNALS = List.of(
            "Jackson",
            "jackson",
            "JsonToken",
            "Feature",
            "StreamRead",
            "Constraints",
            "REDACTED",
            "Source:",
            "`",
            "(code ",
            "CTRL-CHAR",
            "java.",
            "org.campaignmodel",
            "Exception",
            "bound as",
            "marker",
            "Cannot build",
            "null-valued");
    private static final List<Class<?>> TYPES =
            List.of(Article.class, Campaign.class, Event.class, Timeline.class, StoryList.class, Organization.class);
    private static final CampaignJson SMALL = CampaignJson.create(Limits.defaults()
            .withMaxDepth(4)
            .withMaxNumberLength(10)
            .withMaxStringLength(20)
            .withMaxDocumentLength(300));

    private static List<String> messages(CampaignJson json, byte[] document) {
        List<String> messages = new ArrayList<>();
        for (Class<?> type : TYPES) {
            try {
                json.read(document, type);
            } catch (CampaignJsonException e) {
                messages.add(String.valueOf(e.getMessage()));
            }
        }
        return messages;
    }

    private static void assertPlain(List<String> messages, String source) {
        for (String message : messages) {
            assertThat(INTERNALS).as("%s: %s", source, message).noneMatch(message::contains);
        }
    }

    static Stream<Arguments> savedDocuments() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(
                Fixtures.sources("invalid"),
                // the fuzz test's saved inputs, which it runs against both bindings
                Path.of(
                        "..",
                        "binding-tests/src/test/resources/org/campaignmodel/bindings/ReaderFuzzTestInputs",
                        "shouldReadOrRefuseAlikeInEveryBinding"))) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.sorted().forEach(files::add);
            }
        }
        return files.stream().map(f -> Arguments.of(f.getFileName().toString(), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("savedDocuments")
    void shouldSpeakPlainlyAboutEverySavedDocument(String name, Path file) throws IOException {
        byte[] document = Files.readAllBytes(file);

        assertPlain(messages(CampaignJson.create(), document), name);
        assertPlain(messages(SMALL, document), name + " under small limits");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {"name": c}
            {"name":"a"
            {"name":NaN}
            {"name":"a"]
            {"name":"a"}{}
            {"name":"a","extensions":{"org.x":[[[[[1]]]]]}}
            {"name":"a","extensions":{"org.x":12345678901234}}
            {"name":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
            {'name':'a'}
            {name:"a"}
            {"name":"a",}
            {"name":tru}
            {"name":01}
            {"name":1.}
            {"name":-}
            {"name":"\\q"}
            {"name":"\\u12"}
            [1,]
            {"aliases":[1,]}
            {"name":"a"}]
            """)
    void shouldSpeakPlainlyAboutMalformedJson(String document) {
        List<String> messages = messages(SMALL, document.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(messages).isNotEmpty();
        assertPlain(messages, document);
    }

    @Test
    void shouldSpeakPlainlyAboutBytesAndSizes() {
        byte[] notUtf8 = {'{', '"', 'n', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        byte[] controlCharacter = "{\"name\":\"a\nb\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] longDocument =
                ("{\"name\":\"" + "a".repeat(400) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        for (byte[] document : List.of(
                notUtf8,
                controlCharacter,
                longDocument,
                new byte[0],
                "  ".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            List<String> messages = messages(SMALL, document);
            assertThat(messages).isNotEmpty();
            assertPlain(messages, new String(document, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Document nesting depth (5) exceeds the maximum allowed (4, from `StreamReadConstraints.getMaxNestingDepth()`) | The document nests objects and lists more than 4 deep, the limit for untrusted input.
            Unexpected character ('x' (code 120)): was expecting double-quote to start property name | This is not valid JSON: property names are written in double quotes; found 'x'.
            Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped | This is not valid JSON: a control character (U+0009) stands unescaped in a string; write a line break as \\n and a tab as \\t.
            Something new at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte offset: #UNKNOWN] | This is not valid JSON: Something new at.
            Unexpected thing (code 7) in `JsonToken.START_ARRAY` | This is not valid JSON: Unexpected thing in it.
            """)
    void shouldTranslateJacksonsWords(String original, String plain) {
        assertThat(PlainWords.describe(original)).isEqualTo(plain);
    }
}
