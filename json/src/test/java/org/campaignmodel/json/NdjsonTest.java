package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.campaignmodel.Organization;
import org.campaignmodel.format.Limits;
import org.junit.jupiter.api.Test;

final class NdjsonTest {
    private static final CampaignJson JSON = CampaignJson.create();

    @Test
    void shouldWriteOneDocumentPerLineAndReadThemBack() {
        List<Organization> organizations = List.of(Organization.of("A"), Organization.of("B"), Organization.of("C"));
        StringWriter out = new StringWriter();

        JSON.writeLines(out, organizations);

        assertThat(out.toString()).isEqualTo("{\"name\":\"A\"}\n{\"name\":\"B\"}\n{\"name\":\"C\"}\n");
        try (Stream<Organization> back = JSON.readLines(new StringReader(out.toString()), Organization.class)) {
            assertThat(back).containsExactlyElementsOf(organizations);
        }
    }

    @Test
    void shouldStopAtTheFirstBadLineNamingIt() {
        String lines = "{\"name\":\"A\"}\n\n{\"nmae\":\"B\"}\n{\"name\":\"C\"}\n";
        List<String> read = new ArrayList<>();

        assertThatThrownBy(() -> JSON.readLines(new StringReader(lines), Organization.class)
                        .forEach(o -> read.add(o.getName())))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.lineNumber()).hasValue(3);
                    assertThat(e.pointer()).isEqualTo("/nmae");
                })
                .hasMessageStartingWith("line 3: /nmae: Unknown property \"nmae\" in Organization.");
        assertThat(read).containsExactly("A");
    }

    @Test
    void shouldSkipBadLinesWithoutLosingTheGoodOnes() {
        String lines = "{\"name\":\"A\"}\r\nnot json\n{\"name\":\"B\"}\n{\"name\":null}\n{\"name\":\"C\"}";
        List<CampaignJsonException> errors = new ArrayList<>();

        List<String> names = JSON.readLines(new StringReader(lines), Organization.class, errors::add)
                .map(Organization::getName)
                .toList();

        assertThat(names).containsExactly("A", "B", "C");
        assertThat(errors).extracting(e -> e.lineNumber().getAsInt()).containsExactly(2, 4);
    }

    @Test
    void shouldSkipALineLongerThanTheDocumentLimit() {
        CampaignJson small = CampaignJson.create(Limits.defaults().withMaxDocumentLength(30));
        String lines = "{\"name\":\"A\"}\n{\"name\":\"" + "x".repeat(100) + "\"}\n{\"name\":\"B\"}\n";
        List<CampaignJsonException> errors = new ArrayList<>();

        List<String> names = small.readLines(new StringReader(lines), Organization.class, errors::add)
                .map(Organization::getName)
                .toList();

        assertThat(names).containsExactly("A", "B");
        assertThat(errors)
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage())
                        .isEqualTo("line 2: /: The line is longer than the document limit; it was skipped."));
    }

    @Test
    void shouldReadLazilyFromAnEndlessSource() {
        Reader endless = new Reader() {
            private final char[] line = "{\"name\":\"A\"}\n".toCharArray();
            private int index;

            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = line[index];
                    index = (index + 1) % line.length;
                }
                return length;
            }

            @Override
            public void close() {}
        };

        assertThat(JSON.readLines(endless, Organization.class).limit(5)).hasSize(5);
    }

    @Test
    void shouldReadLinesFromUtf8Bytes() {
        String lines = "{\"name\":\"Señora A\"}\n{\"nmae\":\"B\"}\n{\"name\":\"C\"}\n";
        List<CampaignJsonException> errors = new ArrayList<>();

        List<String> names = JSON.readLines(
                        new java.io.ByteArrayInputStream(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        Organization.class,
                        errors::add)
                .map(Organization::getName)
                .toList();

        assertThat(names).containsExactly("Señora A", "C");
        assertThat(errors)
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).startsWith("line 2: /nmae"));
        assertThatThrownBy(() -> JSON.readLines(
                                new java.io.ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'}),
                                Organization.class)
                        .toList())
                .isInstanceOf(java.io.UncheckedIOException.class);
    }
}
