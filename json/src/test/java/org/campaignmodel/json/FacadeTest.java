package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.campaignmodel.Organization;
import org.campaignmodel.format.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The facade's contract: limits that change one thing at a time, and streams the caller keeps. */
final class FacadeTest {
    private static final CampaignJson JSON = CampaignJson.create();
    private static final Organization LAUSD = Organization.builder()
            .name("Los Angeles Unified School District")
            .addAliases("LAUSD")
            .build();

    private static List<Long> all(Limits limits) {
        return List.of(
                limits.maxDocumentLength(),
                (long) limits.maxDepth(),
                (long) limits.maxStringLength(),
                (long) limits.maxNumberLength(),
                (long) limits.maxListLength(),
                (long) limits.maxExtensionLength());
    }

    @Test
    void shouldDefaultToTheDocumentedLimits() {
        assertThat(all(Limits.defaults())).containsExactly(10_000_000L, 64L, 1_000_000L, 100L, 10_000L, 100_000L);
    }

    static Stream<Arguments> withers() {
        return Stream.of(
                Arguments.of(
                        0, (Function<Integer, Limits>) n -> Limits.defaults().withMaxDocumentLength(n)),
                Arguments.of(
                        1, (Function<Integer, Limits>) n -> Limits.defaults().withMaxDepth(n)),
                Arguments.of(
                        2, (Function<Integer, Limits>) n -> Limits.defaults().withMaxStringLength(n)),
                Arguments.of(
                        3, (Function<Integer, Limits>) n -> Limits.defaults().withMaxNumberLength(n)),
                Arguments.of(
                        4, (Function<Integer, Limits>) n -> Limits.defaults().withMaxListLength(n)),
                Arguments.of(
                        5, (Function<Integer, Limits>) n -> Limits.defaults().withMaxExtensionLength(n)));
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("withers")
    void shouldChangeOneLimitAtATime(int index, Function<Integer, Limits> with) {
        List<Long> expected = new java.util.ArrayList<>(all(Limits.defaults()));
        expected.set(index, 1L);

        assertThat(all(with.apply(1))).containsExactlyElementsOf(expected);
        assertThat(all(Limits.defaults())).doesNotContain(1L);
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("withers")
    void shouldRefuseALimitThatRefusesEverything(int index, Function<Integer, Limits> with) {
        assertThatThrownBy(() -> with.apply(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Every limit must be positive");
        assertThatThrownBy(() -> with.apply(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Records whether the library closed what the caller owns. */
    private static final class Watched extends ByteArrayOutputStream {
        boolean closed;
        int flushes;

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public void flush() {
            flushes++;
        }
    }

    @Test
    void shouldWriteToAStreamItLeavesOpen() {
        Watched out = new Watched();

        JSON.write(LAUSD, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.write(LAUSD));
        assertThat(out.closed).isFalse();
        assertThat(out.flushes).isPositive();
    }

    @Test
    void shouldReadFromStreamsAndReadersItLeavesOpen() {
        byte[] bytes = JSON.write(LAUSD).getBytes(StandardCharsets.UTF_8);
        boolean[] closed = new boolean[2];
        ByteArrayInputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Reader reader = new StringReader(JSON.write(LAUSD)) {
            @Override
            public void close() {
                closed[1] = true;
            }
        };

        assertThat(JSON.read(in, Organization.class)).isEqualTo(LAUSD);
        assertThat(JSON.read(reader, Organization.class)).isEqualTo(LAUSD);
        assertThat(JSON.read(bytes, Organization.class)).isEqualTo(LAUSD);
        assertThat(closed).containsExactly(false, false);
    }

    @Test
    void shouldCloseTheReaderWhenTheLinesAreClosed() {
        boolean[] closed = new boolean[1];
        Reader reader = new StringReader(JSON.write(LAUSD) + "\n") {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        try (Stream<Organization> lines = JSON.readLines(reader, Organization.class)) {
            assertThat(lines.findFirst()).hasValue(LAUSD);
            assertThat(closed[0]).isFalse();
        }
        assertThat(closed[0]).isTrue();
    }

    @Test
    void shouldReportAReaderThatFailsToClose() {
        Reader reader = new java.io.FilterReader(new StringReader("")) {
            @Override
            public void close() throws IOException {
                throw new IOException("disk gone");
            }
        };
        Stream<Organization> lines = JSON.readLines(reader, Organization.class);

        assertThatThrownBy(lines::close)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk gone");
    }

    @Test
    void shouldWriteLinesAndFlush() {
        int[] flushes = new int[1];
        java.io.StringWriter text = new java.io.StringWriter() {
            @Override
            public void flush() {
                flushes[0]++;
            }
        };

        JSON.writeLines(text, List.of(LAUSD, Organization.of("Students Deserve")));

        assertThat(text.toString())
                .isEqualTo(JSON.write(LAUSD) + "\n" + JSON.write(Organization.of("Students Deserve")) + "\n");
        assertThat(flushes[0]).isEqualTo(1);
    }

    @Test
    void shouldReportAWriterThatFails() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("pipe closed");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };

        assertThatThrownBy(() -> JSON.writeLines(broken, List.of(LAUSD)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("pipe closed");
    }

    @Test
    void shouldRefuseNullAsADocument() {
        assertThatThrownBy(() -> JSON.read("null", Organization.class))
                .isInstanceOfSatisfying(
                        CampaignJsonException.class,
                        e -> assertThat(e.pointer()).isEmpty())
                .hasMessageContaining("The document is null, not a Organization.");
    }

    @Test
    void shouldServeEverySchemaByName() {
        for (String name : CampaignJson.SCHEMA_NAMES) {
            assertThat(CampaignJson.schema(name)).as(name).contains("\"$id\"").contains("/" + name + ".json");
        }
    }
}
