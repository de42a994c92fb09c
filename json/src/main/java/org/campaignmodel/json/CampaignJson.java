package org.campaignmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.CheckedDocument;
import org.campaignmodel.format.Limits;
import org.campaignmodel.format.TolerantDocument;
import org.campaignmodel.format.internal.Checking;
import org.campaignmodel.format.internal.Codec;
import org.campaignmodel.format.internal.NdjsonIterator;
import org.campaignmodel.format.internal.ReadProblem;
import org.campaignmodel.format.internal.Say;
import org.campaignmodel.format.internal.Streams;
import org.campaignmodel.format.internal.TokenReader;
import org.campaignmodel.format.internal.TokenWriter;
import org.campaignmodel.format.internal.WriteProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
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
public final class CampaignJson implements CampaignFormat<CampaignJsonException> {

    private final Limits limits;
    // built on first use: checking needs only the parser, and a command-line run is faster without it
    private volatile @Nullable JsonMapper mapper;
    private final JsonFactory factory;
    private final Codec codec;

    private CampaignJson(Limits limits) {
        this.limits = limits;
        this.codec = new Codec(limits);
        this.factory = factory(limits);
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
        // before Jackson's own classes need the annotations and fail with a NoClassDefFoundError
        JacksonAnnotations.require();
        return JsonMapper.builder(factory(limits))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addModule(new CampaignModule().withLimits(limits));
    }

    /** A parser factory holding the limits; repeated keys are the module's to refuse, everywhere. */
    private static JsonFactory factory(Limits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        return JsonFactory.builder().streamReadConstraints(constraints).build();
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
        JsonMapper built = mapper;
        if (built == null) {
            synchronized (this) {
                built = mapper;
                if (built == null) {
                    built = mapperBuilder(limits).build();
                    mapper = built;
                }
            }
        }
        return built;
    }

    /**
     * Writes a model object as JSON.
     *
     * @param value any model object; top-level documents carry their schema version
     * @return the JSON text
     * @throws CampaignJsonException if the value cannot be written, such as an extension that is not JSON
     */
    @Override
    public String write(Object value) {
        try {
            return mapper().writeValueAsString(Objects.requireNonNull(value, "value"));
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    public String write(TolerantDocument<?> document) {
        Objects.requireNonNull(document, "document");
        return writeThroughCodec(w -> codec.write(w, document));
    }

    @Override
    public String writeWithReferences(Object document) {
        Objects.requireNonNull(document, "document");
        return writeThroughCodec(w -> codec.writeWithReferences(w, document));
    }

    /** Writes with the codec straight to a generator of the mapper, failing as {@link #write(Object)} fails. */
    private String writeThroughCodec(java.util.function.Consumer<TokenWriter> writing) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = mapper().createGenerator(out)) {
            try {
                writing.accept(new JacksonWriter(g));
            } catch (WriteProblem problem) {
                throw new InvalidValue(g, String.valueOf(problem.getMessage()));
            }
        } catch (JacksonException e) {
            throw translate(e);
        }
        return out.toString();
    }

    /**
     * Writes a model object as UTF-8 JSON to a stream, which is left open.
     *
     * @param value any model object
     * @param out where to write
     * @throws CampaignJsonException if the value cannot be written
     */
    @Override
    public void write(Object value, OutputStream out) {
        try {
            mapper().writeValue(Streams.nonClosing(out), Objects.requireNonNull(value, "value"));
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
    @Override
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> mapper().createParser(json), type);
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
    @Override
    public <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> mapper().createParser(json), type);
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
    @Override
    public <T> T read(InputStream in, Class<T> type) {
        InputStream stream = Streams.nonClosing(in);
        return read(() -> mapper().createParser(stream), type);
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
    @Override
    public <T> T read(Reader in, Class<T> type) {
        Reader reader = Streams.nonClosing(in);
        return read(() -> mapper().createParser(reader), type);
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
            return value(mapper().readValue(parser, type), type);
        } catch (NumberFormatException | ArithmeticException e) {
            // a number no type can hold, met by code other than the module's own checks
            throw new CampaignJsonException(
                    "number.too_large",
                    parser.streamReadContext().pathAsPointer().toString(),
                    Say.words("number.unreadable").english());
        } catch (JacksonException e) {
            CampaignJsonException translated = translate(e);
            if (translated.pointer().isEmpty() && e instanceof StreamConstraintsException) {
                // the limits do not say where they were broken; the parser still stands there
                throw translated.at(parser.streamReadContext().pathAsPointer().toString());
            }
            throw translated;
        }
    }

    @Override
    public <T> CheckedDocument<T> check(String json, Class<T> type, Locale locale, Class<?>... groups) {
        Objects.requireNonNull(json, "json");
        return check(() -> factory.createParser(ObjectReadContext.empty(), json), type, locale, groups);
    }

    @Override
    public <T> CheckedDocument<T> check(byte[] json, Class<T> type, Locale locale, Class<?>... groups) {
        Objects.requireNonNull(json, "json");
        return check(() -> factory.createParser(ObjectReadContext.empty(), json), type, locale, groups);
    }

    @Override
    public <T> CheckedDocument<T> check(InputStream in, Class<T> type, Locale locale, Class<?>... groups) {
        InputStream stream = Streams.nonClosing(in);
        return check(() -> factory.createParser(ObjectReadContext.empty(), stream), type, locale, groups);
    }

    @Override
    public <T> CheckedDocument<T> check(Reader in, Class<T> type, Locale locale, Class<?>... groups) {
        Reader reader = Streams.nonClosing(in);
        return check(() -> factory.createParser(ObjectReadContext.empty(), reader), type, locale, groups);
    }

    private <T> CheckedDocument<T> check(Source source, Class<T> type, Locale locale, Class<?>[] groups) {
        return Checking.check(codec, binding(source), type, locale, groups);
    }

    @Override
    public <T> TolerantDocument<T> checkTolerant(String json, Class<T> type, Locale locale, Class<?>... groups) {
        Objects.requireNonNull(json, "json");
        return Checking.checkTolerant(
                codec, binding(() -> factory.createParser(ObjectReadContext.empty(), json)), type, locale, groups);
    }

    /** The parser of one document for the codec's checking. */
    private Checking.Binding binding(Source source) {
        return new Checking.Binding() {
            @Override
            public Checking.Parser open() {
                JsonParser parser = source.open();
                TokenReader tokens = new JacksonTokens(parser, limits);
                return new Checking.Parser() {
                    @Override
                    public TokenReader tokens() {
                        return tokens;
                    }

                    @Override
                    public void close() {
                        parser.close();
                    }
                };
            }

            @Override
            public @Nullable ReadProblem problem(RuntimeException failure, @Nullable TokenReader tokens) {
                String at = tokens == null ? "" : tokens.pointer();
                if (failure instanceof JacksonIOException io) {
                    throw new UncheckedIOException(io.getCause());
                }
                if (failure instanceof JacksonException e) {
                    ReadProblem problem = CampaignJsonException.readProblem(e);
                    return problem.pointer.isEmpty() && e instanceof StreamConstraintsException
                            ? problem.at(at)
                            : problem;
                }
                return null;
            }
        };
    }

    private static <T> T value(@Nullable T value, Class<T> type) {
        if (value == null) {
            throw new CampaignJsonException(
                    "json.null",
                    "",
                    Say.words("document.null", type.getSimpleName()).english());
        }
        return value;
    }

    @Override
    public <T> Stream<T> readLines(Reader in, Class<T> type, Consumer<? super CampaignJsonException> badLines) {
        Objects.requireNonNull(type, "type");
        NdjsonIterator.Lines<T, CampaignJsonException> lines = new NdjsonIterator.Lines<>() {
            @Override
            public T read(String line) {
                return CampaignJson.this.read(line, type);
            }

            @Override
            public CampaignJsonException atLine(CampaignJsonException e, int lineNumber) {
                return e.atLine(lineNumber);
            }

            @Override
            public CampaignJsonException tooLong(int lineNumber) {
                return new CampaignJsonException(
                        "json.limit.length", "", NdjsonIterator.tooLongMessage(), lineNumber, 0, true);
            }
        };
        return NdjsonIterator.stream(in, limits.maxDocumentLength(), lines, CampaignJsonException.class, badLines);
    }

    @Override
    public <T> Stream<T> readLines(InputStream in, Class<T> type, Consumer<? super CampaignJsonException> badLines) {
        return readLines(Streams.utf8(in), type, badLines);
    }

    @Override
    public Limits limits() {
        return limits;
    }

    /**
     * The newest version of the wire format this binding reads and writes, and the folder of its
     * published schemas. A document is written with the oldest version that holds it: one that uses
     * nothing added after 1.0 says {@code "schemaVersion": "1.0"}, so that readers of 1.0 can read it.
     */
    public static final String FORMAT_VERSION = Codec.VERSION;

    /** Every version of the wire format this binding reads and writes, oldest first. */
    public static final java.util.List<String> FORMAT_VERSIONS = Codec.VERSIONS;

    /** The folder of every version's schemas, one folder each, inside the campaign-json jar. */
    private static final String SCHEMA_ROOT = "org/campaignmodel/json/schemas/";

    /** Where the published JSON Schemas of {@link #FORMAT_VERSION} are, inside the campaign-json jar. */
    public static final String SCHEMA_RESOURCES = SCHEMA_ROOT + Codec.VERSION + "/";

    /**
     * Returns one of the published JSON Schemas (draft 2020-12) of the newest version, as shipped in
     * this jar under {@link #SCHEMA_RESOURCES}: {@code article}, {@code campaign}, {@code event},
     * {@code timeline}, {@code story-list}, or {@code definitions} for every shared type.
     *
     * @param name the schema's name, without {@code .json}
     * @return the schema's JSON text
     * @throws IllegalArgumentException if there is no schema of that name
     */
    public static String schema(String name) {
        return schema(FORMAT_VERSION, name);
    }

    /**
     * Returns one of the published JSON Schemas (draft 2020-12) of a version of the format. Each
     * version's files describe documents that say that version: check a document against the files
     * of its own {@code schemaVersion}.
     *
     * @param version one of {@link #FORMAT_VERSIONS}, such as {@code "1.0"}
     * @param name the schema's name, without {@code .json}, as for {@link #schema(String)}
     * @return the schema's JSON text
     * @throws IllegalArgumentException if there is no such version or no schema of that name
     */
    public static String schema(String version, String name) {
        if (!FORMAT_VERSIONS.contains(Objects.requireNonNull(version, "version"))) {
            throw new IllegalArgumentException("No schemas of version \"" + version + "\"; the versions are "
                    + String.join(", ", FORMAT_VERSIONS) + ".");
        }
        if (!SCHEMA_NAMES.contains(Objects.requireNonNull(name, "name"))) {
            throw new IllegalArgumentException(
                    "No schema \"" + name + "\"; the schemas are " + String.join(", ", SCHEMA_NAMES) + ".");
        }
        String resource = SCHEMA_ROOT + version + "/" + name + ".json";
        try (InputStream in = Objects.requireNonNull(
                CampaignJson.class.getClassLoader().getResourceAsStream(resource), "schema resource")) {
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
}
