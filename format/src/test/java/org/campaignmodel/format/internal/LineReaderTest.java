package org.campaignmodel.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines as NDJSON reading sees them: terminators dropped, lengths bounded at exactly the limit. */
final class LineReaderTest {
    private static List<String> lines(String text, long max) {
        LineReader reader = new LineReader(new StringReader(text), max);
        List<String> lines = new ArrayList<>();
        for (String line = reader.next(); line != null; line = reader.next()) {
            lines.add(reader.tooLong() ? "(too long)" : line);
        }
        return lines;
    }

    @Test
    void shouldDropLineFeedsAndCarriageReturnsBeforeThem() {
        assertThat(lines("a\r\nb\nc\r\n\nd", 100)).containsExactly("a", "b", "c", "", "d");
        assertThat(lines("a\rb\n", 100)).containsExactly("a\rb");
    }

    @Test
    void shouldHaveNoLinesInNothing() {
        assertThat(lines("", 100)).isEmpty();
        assertThat(lines("\n", 100)).containsExactly("");
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"4, abcd", "5, (too long)"})
    void shouldKeepLinesOfExactlyTheLimit(int length, String expected) {
        assertThat(lines("abcde".substring(0, length) + "\nnext\n", 4)).containsExactly(expected, "next");
    }

    @Test
    void shouldCountLinesAcrossBufferRefills() {
        String longLine = "x".repeat(20_000);
        LineReader reader = new LineReader(new StringReader(longLine + "\n" + longLine + "y\nz"), 20_000);

        assertThat(reader.next()).hasSize(20_000);
        assertThat(reader.next()).isEmpty();
        assertThat(reader.tooLong()).isTrue();
        assertThat(reader.next()).isEqualTo("z");
        assertThat(reader.tooLong()).isFalse();
        assertThat(reader.lineNumber()).isEqualTo(3);
        assertThat(reader.next()).isNull();
    }
}
