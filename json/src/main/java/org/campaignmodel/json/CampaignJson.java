package org.campaignmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.campaignmodel.validation.CampaignValidationException;
import org.campaignmodel.validation.CampaignValidator;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The short way to read and write campaign documents: a configured mapper, strict reading with limits
 * for untrusted input, validation, and newline-delimited JSON.
 *
 * <pre>{@code
 * CampaignJson json = CampaignJson.create();
 * String text = json.write(campaign);
 * Campaign back = json.read(text, Campaign.class);
 * Campaign checked = json.readValid(text, Campaign.class); // also runs every validation rule
 * }</pre>
 *
 * <p>Every reading failure, whatever its cause, is a {@link CampaignJsonException} with the JSON
 * Pointer of the problem. Instances are immutable and thread-safe; keep one.
 */
public final class CampaignJson {

    /**
     * Limits on untrusted input. The defaults suit documents written by people: far above any real
     * campaign, far below what would hurt a server. Immutable; each {@code withX} returns a copy.
     */
    @Value.Immutable
    @JsonStyle
    public abstract static class Limits {
        Limits() {}

        /**
         * Returns the defaults: documents up to 10,000,000 bytes, nesting 64 deep, strings up to
         * 1,000,000 characters, numbers up to 100 characters, lists up to 10,000 items and extension
         * values up to 100,000 characters.
         *
         * @return the default limits
         */
        public static Limits defaults() {
            return ImmutableLimits.builder().build();
        }

        /** {@return the largest document, or NDJSON line, in bytes or characters} */
        @Value.Default
        public long maxDocumentLength() {
            return 10_000_000L;
        }

        /** {@return how deep objects and lists may nest} */
        @Value.Default
        public int maxDepth() {
            return 64;
        }

        /** {@return the longest string, in characters} */
        @Value.Default
        public int maxStringLength() {
            return 1_000_000;
        }

        /** {@return the longest number, in characters} */
        @Value.Default
        public int maxNumberLength() {
            return 100;
        }

        /** {@return the most items in one list} */
        @Value.Default
        public int maxListLength() {
            return 10_000;
        }

        /** {@return the longest extension value, in characters of JSON} */
        @Value.Default
        public int maxExtensionLength() {
            return 100_000;
        }

        /** Refuses limits that would refuse everything. */
        @Value.Check
        void check() {
            if (maxDocumentLength() <= 0
                    || maxDepth() <= 0
                    || maxStringLength() <= 0
                    || maxNumberLength() <= 0
                    || maxListLength() <= 0
                    || maxExtensionLength() <= 0) {
                throw new IllegalArgumentException("Every limit must be positive: " + this);
            }
        }

        private ImmutableLimits copy() {
            return ImmutableLimits.copyOf(this);
        }

        /**
         * Returns limits with another document length.
         *
         * @param bytes the largest document or NDJSON line
         * @return new limits
         */
        public Limits withMaxDocumentLength(long bytes) {
            return copy().withMaxDocumentLength(bytes);
        }

        /**
         * Returns limits with another nesting depth.
         *
         * @param depth how deep objects and lists may nest
         * @return new limits
         */
        public Limits withMaxDepth(int depth) {
            return copy().withMaxDepth(depth);
        }

        /**
         * Returns limits with another string length.
         *
         * @param characters the longest string
         * @return new limits
         */
        public Limits withMaxStringLength(int characters) {
            return copy().withMaxStringLength(characters);
        }

        /**
         * Returns limits with another number length.
         *
         * @param characters the longest number
         * @return new limits
         */
        public Limits withMaxNumberLength(int characters) {
            return copy().withMaxNumberLength(characters);
        }

        /**
         * Returns limits with another list length.
         *
         * @param items the most items in one list
         * @return new limits
         */
        public Limits withMaxListLength(int items) {
            return copy().withMaxListLength(items);
        }

        /**
         * Returns limits with another extension length.
         *
         * @param characters the longest extension value
         * @return new limits
         */
        public Limits withMaxExtensionLength(int characters) {
            return copy().withMaxExtensionLength(characters);
        }
    }

    private final Limits limits;
    private final JsonMapper mapper;

    private CampaignJson(Limits limits) {
        this.limits = limits;
        this.mapper = mapperBuilder(limits).build();
    }

    /**
     * Returns a facade with the default limits.
     *
     * @return the facade
     */
    public static CampaignJson create() {
        return new CampaignJson(Limits.defaults());
    }

    /**
     * Returns a facade with the given limits.
     *
     * @param limits the limits on untrusted input
     * @return the facade
     */
    public static CampaignJson create(Limits limits) {
        return new CampaignJson(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns a mapper builder set up as this facade sets up its own: the module, the parser limits and
     * no content after the document. Add your own modules and build it.
     *
     * @param limits the limits on untrusted input
     * @return a new builder
     */
    public static JsonMapper.Builder mapperBuilder(Limits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        // Repeated keys are refused by the module itself, everywhere, so the parser need not track them.
        JsonFactory factory =
                JsonFactory.builder().streamReadConstraints(constraints).build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addModule(new CampaignModule().withLimits(limits));
    }

    /**
     * Adds the module, enforcing the given limits, to a mapper builder someone else owns, such as a
     * framework's: campaign documents read through the built mapper are held to the limits on depth,
     * length, numbers, lists and extensions, while everything else the mapper reads keeps its
     * settings. A {@code CampaignModule} already on the builder, such as one found by {@code
     * findAndAddModules()}, is replaced. Unlike {@link #mapperBuilder(Limits)}, the parser's own
     * limits and the refusal of content after the document are left to the builder's owner; the
     * module's checks come a little later than the parser's would, with the same pointers.
     *
     * @param builder the builder to add to
     * @param limits the limits on untrusted input
     * @return the same builder
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder, Limits limits) {
        Objects.requireNonNull(builder, "builder");
        return builder.addModule(new CampaignModule().withLimits(Objects.requireNonNull(limits, "limits")));
    }

    /**
     * Returns the configured mapper this facade uses, for code that wants Jackson's own API.
     *
     * @return the mapper
     */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Writes a model object as JSON.
     *
     * @param value any model object; top-level documents carry their schema version
     * @return the JSON text
     * @throws CampaignJsonException if the value cannot be written, such as an extension that is not JSON
     */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(Objects.requireNonNull(value, "value"));
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /**
     * Writes a model object as UTF-8 JSON to a stream, which is left open.
     *
     * @param value any model object
     * @param out where to write
     * @throws CampaignJsonException if the value cannot be written
     */
    public void write(Object value, OutputStream out) {
        try {
            mapper.writeValue(new NonClosingOutputStream(out), Objects.requireNonNull(value, "value"));
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /**
     * Reads a document.
     *
     * @param json the JSON text
     * @param type the model type to read, such as {@code Campaign.class}
     * @param <T> the type
     * @return the value
     * @throws CampaignJsonException if the document is not valid JSON or does not fit the model
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> mapper.createParser(json), type);
    }

    /**
     * Reads a UTF-8 document.
     *
     * @param json the JSON bytes
     * @param type the model type to read
     * @param <T> the type
     * @return the value
     * @throws CampaignJsonException if the document is not valid JSON or does not fit the model
     */
    public <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> mapper.createParser(json), type);
    }

    /**
     * Reads a UTF-8 document from a stream, which is left open.
     *
     * @param in the stream
     * @param type the model type to read
     * @param <T> the type
     * @return the value
     * @throws CampaignJsonException if the document is not valid JSON or does not fit the model
     */
    public <T> T read(InputStream in, Class<T> type) {
        NonClosingInputStream stream = new NonClosingInputStream(in);
        return read(() -> mapper.createParser(stream), type);
    }

    /**
     * Reads a document from characters; the reader is left open.
     *
     * @param in the reader
     * @param type the model type to read
     * @param <T> the type
     * @return the value
     * @throws CampaignJsonException if the document is not valid JSON or does not fit the model
     */
    public <T> T read(Reader in, Class<T> type) {
        NonClosingReader reader = new NonClosingReader(in);
        return read(() -> mapper.createParser(reader), type);
    }

    /** Opens a parser over the caller's input. */
    private interface Source {
        JsonParser open();
    }

    private <T> T read(Source source, Class<T> type) {
        Objects.requireNonNull(type, "type");
        JsonParser parser;
        try {
            parser = source.open();
        } catch (JacksonException e) {
            throw translate(e);
        }
        try (parser) {
            return value(mapper.readValue(parser, type), type);
        } catch (NumberFormatException | ArithmeticException e) {
            // a number no type can hold, met by code other than the module's own checks
            throw new CampaignJsonException(
                    parser.streamReadContext().pathAsPointer().toString(),
                    "This number is too large or too precise to read.");
        } catch (JacksonException e) {
            CampaignJsonException translated = translate(e);
            if (translated.pointer().isEmpty() && e instanceof StreamConstraintsException) {
                // the limits do not say where they were broken; the parser still stands there
                throw translated.at(parser.streamReadContext().pathAsPointer().toString());
            }
            throw translated;
        }
    }

    private static <T> T value(@Nullable T value, Class<T> type) {
        if (value == null) {
            throw new CampaignJsonException("", "The document is null, not a " + type.getSimpleName() + ".");
        }
        return value;
    }

    /**
     * Reads a document, then checks it against every validation rule of the default group and those
     * given.
     *
     * @param json the JSON text
     * @param type the model type to read
     * @param groups more validation groups, such as {@code Published.class}
     * @param <T> the type
     * @return the valid value
     * @throws CampaignJsonException if the document is not valid JSON or does not fit the model
     * @throws CampaignValidationException if the value breaks a rule; its report lists every problem
     *     with the JSON Pointer of the place in the document
     */
    public <T> T readValid(String json, Class<T> type, Class<?>... groups) {
        return CampaignValidator.create().requireValid(read(json, type), groups);
    }

    /**
     * Reads a UTF-8 document, then checks it as {@link #readValid(String, Class, Class[])} does.
     *
     * @param json the JSON bytes
     * @param type the model type to read
     * @param groups more validation groups, such as {@code Published.class}
     * @param <T> the type
     * @return the valid value
     * @throws CampaignJsonException if the document is not valid JSON or does not fit the model
     * @throws CampaignValidationException if the value breaks a rule
     */
    public <T> T readValid(byte[] json, Class<T> type, Class<?>... groups) {
        return CampaignValidator.create().requireValid(read(json, type), groups);
    }

    /**
     * Reads a UTF-8 document from a stream, which is left open, then checks it as {@link
     * #readValid(String, Class, Class[])} does.
     *
     * @param in the stream
     * @param type the model type to read
     * @param groups more validation groups, such as {@code Published.class}
     * @param <T> the type
     * @return the valid value
     * @throws CampaignJsonException if the document is not valid JSON or does not fit the model
     * @throws CampaignValidationException if the value breaks a rule
     */
    public <T> T readValid(InputStream in, Class<T> type, Class<?>... groups) {
        return CampaignValidator.create().requireValid(read(in, type), groups);
    }

    /**
     * Reads a document from characters, leaving the reader open, then checks it as {@link
     * #readValid(String, Class, Class[])} does.
     *
     * @param in the reader
     * @param type the model type to read
     * @param groups more validation groups, such as {@code Published.class}
     * @param <T> the type
     * @return the valid value
     * @throws CampaignJsonException if the document is not valid JSON or does not fit the model
     * @throws CampaignValidationException if the value breaks a rule
     */
    public <T> T readValid(Reader in, Class<T> type, Class<?>... groups) {
        return CampaignValidator.create().requireValid(read(in, type), groups);
    }

    /**
     * Reads newline-delimited JSON lazily, one document per line, stopping at the first bad line by
     * throwing a {@link CampaignJsonException} that names the line. Blank lines are skipped. Memory
     * use stays flat however long the input; close the stream to close the reader.
     *
     * @param in the lines
     * @param type the model type of every line
     * @param <T> the type
     * @return the documents, in order
     */
    public <T> Stream<T> readLines(Reader in, Class<T> type) {
        return readLines(in, type, e -> {
            throw e;
        });
    }

    /**
     * Reads newline-delimited JSON lazily, handing each bad line's error to {@code badLines} and going
     * on with the next line, so that no good line is lost.
     *
     * @param in the lines
     * @param type the model type of every line
     * @param badLines receives the error of each line that cannot be read; it may rethrow to stop
     * @param <T> the type
     * @return the documents that could be read, in order
     */
    public <T> Stream<T> readLines(Reader in, Class<T> type, Consumer<CampaignJsonException> badLines) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(badLines, "badLines");
        Iterator<T> iterator =
                new NdjsonIterator<>(new LineReader(in, limits.maxDocumentLength()), this, type, badLines);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Reads UTF-8 newline-delimited JSON from a stream, as {@link #readLines(Reader, Class, Consumer)}
     * does. Bytes that are not UTF-8 end the stream with an {@link UncheckedIOException} that says so;
     * close the stream to close the input.
     *
     * @param in the lines, as UTF-8 bytes
     * @param type the model type of every line
     * @param badLines receives the error of each line that cannot be read; it may rethrow to stop
     * @param <T> the type
     * @return the documents that could be read, in order
     */
    public <T> Stream<T> readLines(InputStream in, Class<T> type, Consumer<CampaignJsonException> badLines) {
        Reader reader = new java.io.InputStreamReader(
                Objects.requireNonNull(in, "in"),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
        return readLines(reader, type, badLines);
    }

    /**
     * Reads UTF-8 newline-delimited JSON from a stream, stopping at the first bad line, as {@link
     * #readLines(Reader, Class)} does; close the stream to close the input.
     *
     * @param in the lines, as UTF-8 bytes
     * @param type the model type of every line
     * @param <T> the type
     * @return the documents, in order
     */
    public <T> Stream<T> readLines(InputStream in, Class<T> type) {
        return readLines(in, type, e -> {
            throw e;
        });
    }

    /**
     * Writes newline-delimited JSON: each value on its own line, ending with a newline. The writer is
     * flushed and left open.
     *
     * @param out where to write
     * @param values the model objects
     * @throws CampaignJsonException if a value cannot be written
     * @throws UncheckedIOException if the writer fails
     */
    public void writeLines(Writer out, Iterable<?> values) {
        try {
            for (Object value : values) {
                out.write(write(value));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The version of the wire format this binding reads and writes, the {@code schemaVersion} of every
     * top-level document it writes and the folder of its published schemas.
     */
    public static final String FORMAT_VERSION = ModelCodec.VERSION;

    /** Where the published JSON Schemas are, inside the campaign-json jar. */
    public static final String SCHEMA_RESOURCES = "org/campaignmodel/json/schemas/" + ModelCodec.VERSION + "/";

    /**
     * Returns one of the published JSON Schemas (draft 2020-12), as shipped in this jar under {@link
     * #SCHEMA_RESOURCES}: {@code article}, {@code campaign}, {@code event}, {@code timeline}, {@code
     * story-list}, or {@code definitions} for every shared type.
     *
     * @param name the schema's name, without {@code .json}
     * @return the schema's JSON text
     * @throws IllegalArgumentException if there is no schema of that name
     */
    public static String schema(String name) {
        if (!SCHEMA_NAMES.contains(Objects.requireNonNull(name, "name"))) {
            throw new IllegalArgumentException(
                    "No schema \"" + name + "\"; the schemas are " + String.join(", ", SCHEMA_NAMES) + ".");
        }
        try (InputStream in = Objects.requireNonNull(
                CampaignJson.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCES + name + ".json"),
                "schema resource")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names {@link #schema(String)} knows, in a fixed order. */
    public static final java.util.List<String> SCHEMA_NAMES =
            java.util.List.of("article", "campaign", "event", "timeline", "story-list", "definitions");

    /** Turns any Jackson failure into the one exception type, with the pointer of the problem. */
    static CampaignJsonException translate(JacksonException e) {
        return CampaignJsonException.from(e);
    }

    /** Keeps Jackson from closing a stream the caller owns. */
    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(Objects.requireNonNull(in, "in"));
        }

        @Override
        public void close() {}
    }

    /** Keeps Jackson from closing a stream the caller owns. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(Objects.requireNonNull(out, "out"));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Keeps Jackson from closing a reader the caller owns. */
    private static final class NonClosingReader extends java.io.FilterReader {
        NonClosingReader(Reader in) {
            super(Objects.requireNonNull(in, "in"));
        }

        @Override
        public void close() {}
    }
}
