package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.format.Limits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Documents built to hurt a server are refused by every binding's limits, with a clear message. */
final class HostileInputTest {
    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headline\":\"H\",";

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldRefuseNestingOneHundredThousandDeep(Binding binding) {
        String deep = HEAD + "\"extensions\":{\"org.example.deep\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}}";

        assertThatThrownBy(() -> binding.format().read(deep, Article.class))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("limit for untrusted input")
                .hasMessageContaining("nests objects and lists more than 64 deep");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldRefuseAFiftyMegabyteString(Binding binding) {
        InputStream huge = new SequenceInputStream(Collections.enumeration(
                List.of(stream(HEAD + "\"dek\":\""), new RepeatingInputStream('x', 50_000_000), stream("\"}"))));

        assertThatThrownBy(() -> binding.format().read(huge, Article.class))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("limit for untrusted input");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldRefuseANumberWithAMillionDigitExponent(Binding binding) {
        String document = "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"statistics\":[{\"measure\":\"m\","
                + "\"value\":{\"comparison\":\"exactly\",\"value\":1e1000000,\"unit\":{\"kind\":\"count\"}}}]}";

        assertThatThrownBy(() -> binding.format().read(document, Campaign.class))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("too large or too precise");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldRefuseAMillionElementList(Binding binding) {
        InputStream million = new SequenceInputStream(Collections.enumeration(List.of(
                stream(HEAD + "\"tags\":[\"a\""), new RepeatingInputStream(",\"a\"", 1_000_000), stream("]}"))));

        assertThatThrownBy(() -> binding.format().read(million, Article.class))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("\"tags\" has more than 10000 items")
                .hasMessageStartingWith("/tags/10000: ");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldRefuseADocumentOverTheSizeLimit(Binding binding) {
        var small = binding.format(Limits.defaults().withMaxDocumentLength(100));

        assertThatThrownBy(() -> small.read(HEAD + "\"dek\":\"" + "x".repeat(200) + "\"}", Article.class))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("limit for untrusted input")
                .hasMessageContaining("longer than 100 characters");
    }

    private static InputStream stream(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Produces a pattern many times without holding it all in memory. */
    private static final class RepeatingInputStream extends InputStream {
        private final byte[] pattern;
        private long remaining;
        private int index;

        RepeatingInputStream(char c, long times) {
            this(String.valueOf(c), times);
        }

        RepeatingInputStream(String pattern, long times) {
            this.pattern = pattern.getBytes(StandardCharsets.UTF_8);
            this.remaining = times * this.pattern.length;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            byte b = pattern[index];
            index = (index + 1) % pattern.length;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = pattern[index];
                index = (index + 1) % pattern.length;
            }
            remaining -= n;
            return n;
        }
    }
}
