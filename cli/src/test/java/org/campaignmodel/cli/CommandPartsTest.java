package org.campaignmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The command's parts that need no process: indenting, guessing types, finding pointers, the bar. */
final class CommandPartsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldIndentWithoutTouchingStringsOrNumbers() {
        String compact = "{\"a\":[1.50,{\"b\":\"x,{y}:[z]\\\"\"}],\"c\":{},\"d\":[]}";

        String pretty = Pretty.indent(compact);

        assertThat(pretty).isEqualTo("""
                {
                  "a": [
                    1.50,
                    {
                      "b": "x,{y}:[z]\\""
                    }
                  ],
                  "c": {},
                  "d": []
                }
                """);
        assertThat(JSON.readTree(pretty)).isEqualTo(JSON.readTree(compact));
    }

    @Test
    void shouldGuessTheDocumentTypeFromItsOwnProperties() {
        assertThat(guess("{\"id\":\"a\",\"headline\":\"H\"}")).isEqualTo(DocumentType.ARTICLE);
        assertThat(guess("{\"id\":\"a\",\"headlne\":\"H\",\"dek\":\"D\"}")).isEqualTo(DocumentType.ARTICLE);
        assertThat(guess("{\"stories\":[]}")).isEqualTo(DocumentType.STORY_LIST);
        assertThat(guess("{\"name\":\"E\",\"start\":\"2025-01-01T10:00:00\"}")).isEqualTo(DocumentType.EVENT);
        assertThat(guess("{\"events\":[]}")).isEqualTo(DocumentType.TIMELINE);
        assertThat(guess("{\"name\":\"C\",\"events\":[]}")).isEqualTo(DocumentType.CAMPAIGN);
        assertThat(guess("not json")).isEqualTo(DocumentType.CAMPAIGN);
        assertThat(new DocumentType.Converter().convert("story-list")).isEqualTo(DocumentType.STORY_LIST);
    }

    @Test
    void shouldFindAPointersLineAndAMissingPropertyAtItsObject() {
        byte[] json = "{\n  \"a\": {\n    \"b\": [10, 20]\n  }\n}".getBytes(StandardCharsets.UTF_8);

        Map<String, int[]> found = Locations.find(Input.PARSERS, json, Set.of("/a/b/1", "/a/missing", ""));

        assertThat(found.get("/a/b/1")).containsExactly(3, 15);
        assertThat(found.get("/a/missing")).containsExactly(2, 3);
        assertThat(found.get("")).containsExactly(1, 1);
    }

    @Test
    void shouldEscapeWhatWorkflowCommandsReadAsTheirOwn() {
        assertThat(Reporter.data("50%\nnext")).isEqualTo("50%25%0Anext");
        assertThat(Reporter.property("a,b:c")).isEqualTo("a%2Cb%3Ac");
    }

    @Test
    void shouldDrawTheBarAtMostFiveTimesASecondAndEraseIt() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong(1_000_000_000L);
        Progress progress = new Progress(new PrintWriter(text), "big.ndjson", 1000, now::get);

        progress.update(1);
        now.addAndGet(50_000_000L);
        progress.update(2); // too soon: not drawn
        now.addAndGet(200_000_000L);
        progress.update(3);
        progress.done();

        assertThat(text.toString().split("\r", -1)).hasSize(5);
        assertThat(text.toString())
                .contains("1 document  big.ndjson")
                .contains("3 documents")
                .doesNotContain(" 2 documents");
        assertThat(Progress.bar(500, 1000, 12_345, "f"))
                .isEqualTo("[###############...............]  50%  12,345 documents  f");
    }

    private static DocumentType guess(String json) {
        return DocumentType.of(Input.PARSERS, json.getBytes(StandardCharsets.UTF_8), null);
    }
}
