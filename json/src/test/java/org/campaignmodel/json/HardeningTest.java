package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.format.Limits;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a corpus of hostile documents found, each kept as a regression case. */
final class HardeningTest {
    private static final CampaignJson JSON = CampaignJson.create();

    /** A campaign document with the given properties after its required ones. */
    private static String campaign(String more) {
        return "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"name\":\"X\"" + more + "}";
    }

    private static CampaignJsonException failure(String json, Class<?> type) {
        return catchThrowableOfType(CampaignJsonException.class, () -> JSON.read(json, type));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ",\"extensions\":{\"org.a.b\":1e99999999999}",
                ",\"extensions\":{\"org.a.b\":1E-2147483648}",
                ",\"extensions\":{\"org.a.b\":[1,{\"c\":-1e99999999999}]}",
                ",\"statistics\":[{\"measure\":\"m\",\"value\":{\"comparison\":\"exactly\",\"value\":1e99999999999,"
                        + "\"unit\":{\"kind\":\"count\"}}}]",
                ",\"statistics\":[{\"measure\":\"m\",\"value\":{\"comparison\":\"exactly\",\"value\":1E-2147483648,"
                        + "\"unit\":{\"kind\":\"count\"}}}]"
            })
    void shouldRefuseNumbersBeyondAnyScaleWithThePointer(String more) {
        CampaignJsonException e = failure(campaign(more), Campaign.class);

        assertThat(e).isNotNull();
        assertThat(e.pointer())
                .startsWith(more.contains("extensions") ? "/extensions/org.a.b" : "/statistics/0/value/value");
        assertThat(e.problem()).contains("too large or too precise");
        assertThatThrownBy(() -> JSON.readValid(campaign(more), Campaign.class))
                .isInstanceOf(CampaignJsonException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999999", "1.50", "-0", "1E+2", "123456789012345678901234567890"})
    void shouldWriteExtensionNumbersBackAsTheyWereWritten(String number) {
        String document = campaign(",\"extensions\":{\"org.a.b\":[" + number + "]}");

        Campaign read = JSON.read(document, Campaign.class);

        assertThat(read.getExtensions()).containsEntry("org.a.b", "[" + number + "]");
        assertThat(JSON.write(read)).contains("\"org.a.b\":[" + number + "]");
        assertThat(JSON.read(JSON.write(read), Campaign.class)).isEqualTo(read);
    }

    @Test
    void shouldHoldNoParserInABadLinesError() {
        List<CampaignJsonException> errors = new ArrayList<>();
        String lines = "{\"nope\":1}\n{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headline\":\"A\",\"x\":1}\n";

        try (Stream<Article> read = JSON.readLines(new StringReader(lines), Article.class, errors::add)) {
            assertThat(read).isEmpty();
        }

        assertThat(errors).hasSize(2);
        for (CampaignJsonException e : errors) {
            // a parser holds its buffers and the input: keeping one per bad line is what ran out of memory
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(t).isNotInstanceOf(tools.jackson.core.JacksonException.class);
            }
        }
        assertThat(errors.get(1).lineNumber()).hasValue(2);
        assertThat(errors.get(1).pointer()).isEqualTo("/x");
    }

    static Stream<Arguments> unionCases() {
        return Stream.of(
                Arguments.of("{\"text\":\"p\",\"zz\":1,\"type\":\"paragraph\"}", "/body/0/zz"),
                Arguments.of("{\"text\":null,\"type\":\"paragraph\"}", "/body/0/text"),
                Arguments.of("{\"level\":2,\"type\":\"heading\"}", "/body/0"),
                Arguments.of("{\"text\":\"p\",\"type\":\"paragraph\",\"zz\":1}", "/body/0/zz"),
                Arguments.of(
                        "{\"text\":\"q\",\"speaker\":{\"name\":\"A\",\"zz\":1},\"type\":\"quote\"}",
                        "/body/0/speaker/zz"));
    }

    @ParameterizedTest
    @MethodSource("unionCases")
    void shouldPointIntoAUnionMemberWhereverItsTypeStands(String block, String pointer) {
        String article = "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headline\":\"A\",\"body\":[" + block + "]}";

        assertThat(failure(article, Article.class).pointer()).isEqualTo(pointer);
    }

    @Test
    void shouldPointAtTheValueThatBreaksALimit() {
        CampaignJson small = CampaignJson.create(
                Limits.defaults().withMaxStringLength(10).withMaxNumberLength(5).withMaxDepth(4));

        assertThat(catchThrowableOfType(
                                CampaignJsonException.class,
                                () -> small.read(campaign(",\"summary\":\"" + "x".repeat(20) + "\""), Campaign.class))
                        .pointer())
                .isEqualTo("/summary");
        assertThat(catchThrowableOfType(
                                CampaignJsonException.class,
                                () -> small.read(campaign(",\"extensions\":{\"org.a\":1234567890}"), Campaign.class))
                        .pointer())
                .isEqualTo("/extensions/org.a");
        assertThat(catchThrowableOfType(
                                CampaignJsonException.class,
                                () -> small.read(campaign(",\"extensions\":{\"org.a\":[[[[[1]]]]]}"), Campaign.class))
                        .pointer())
                .startsWith("/extensions/org.a/0/0");
    }

    static Stream<Arguments> seeds() {
        return Seeds.of(10);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldShowHiddenCharactersEscapedAndKeepMessagesShort(long seed) {
        Random random = new Random(seed);
        char[] hidden = {'\u001b', '\u0000', '\u202E', '\u2066', '\u0085', '\u2028', '\u0007'};
        StringBuilder name = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            name.append(random.nextBoolean() ? "[2J" : "").append(hidden[random.nextInt(hidden.length)]);
        }
        String longName = "p".repeat(200_000);
        String json = random.nextBoolean()
                ? campaign(",\"" + escape(name.toString()) + "\":1")
                : campaign(",\"status\":\"" + escape(name.toString()) + "\"");

        for (String document :
                List.of(json, campaign(",\"" + longName + "\":1"), campaign(",\"status\":\"" + longName + "\""))) {
            CampaignJsonException e = failure(document, Campaign.class);

            String message = String.valueOf(e.getMessage());
            assertThat(message).hasSizeLessThanOrEqualTo(CampaignJsonException.MAX_MESSAGE_LENGTH);
            assertThat(message.codePoints())
                    .noneMatch(c -> Character.getType(c) == Character.CONTROL
                            || (c >= 0x202A && c <= 0x202E)
                            || (c >= 0x2066 && c <= 0x2069)
                            || c == 0x2028);
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars()
                .forEach(
                        c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    @Test
    void shouldNotCallANestedSchemaVersionARepeat() {
        String article = "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headline\":\"A\",\"body\":"
                + "[{\"type\":\"paragraph\",\"text\":\"p\",\"schemaVersion\":\"1.0\"}]}";

        CampaignJsonException e = failure(article, Article.class);

        assertThat(e.pointer()).isEqualTo("/body/0/schemaVersion");
        assertThat(e.problem()).doesNotContain("twice").contains("only a top-level");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T10:00:00", "-0001-01-01T10:00:00", "2025-03-09T02:30:00+01:00"})
    void shouldRefuseTimesTheFormatCannotWrite(String start) {
        String event = "{\"schemaVersion\":\"1.0\",\"name\":\"E\",\"start\":\"" + start
                + "\",\"zone\":\"America/Los_Angeles\",\"attendanceMode\":\"online\","
                + "\"onlineUrl\":\"https://example.org/\"}";

        assertThat(failure(event, Event.class).pointer()).isEqualTo("/start");
    }
}
