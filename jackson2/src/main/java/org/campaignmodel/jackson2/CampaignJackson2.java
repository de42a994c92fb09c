package org.campaignmodel.jackson2;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import org.campaignmodel.format.internal.PlainWords;
import org.campaignmodel.format.internal.ReadProblem;
import org.campaignmodel.format.internal.Say;
import org.campaignmodel.format.internal.Streams;
import org.campaignmodel.format.internal.TokenReader;
import org.campaignmodel.format.internal.TokenWriter;
import org.campaignmodel.format.internal.WriteProblem;
import org.jspecify.annotations.Nullable;

/**
 * The short way to read and write campaign documents on Jackson 2: a configured mapper, strict
 * reading with limits for untrusted input, validation, and newline-delimited JSON. It reads and
 * writes exactly what the Jackson 3 binding's {@code CampaignJson} does, with the same errors.
 *
 * <pre>{@code
 * CampaignJackson2 json = CampaignJackson2.create();
 * String text = json.write(campaign);
 * Campaign back = json.read(text, Campaign.class);
 * Campaign checked = json.readValid(text, Campaign.class); // also runs every validation rule
 * }</pre>
 *
 * <p>Every reading failure, whatever its cause, is a {@link CampaignJackson2Exception} with the JSON
 * Pointer of the problem. Instances are immutable and thread-safe; keep one.
 */
public final class CampaignJackson2 implements CampaignFormat<CampaignJackson2Exception> {
    private final Limits limits;
    private final JsonMapper mapper;
    private final Codec codec;

    private CampaignJackson2(Limits limits) {
        this.limits = limits;
        this.codec = new Codec(limits);
        this.mapper = mapperBuilder(limits).build();
    }

    /**
     * Returns a facade with the default limits.
     *
     * @return the facade
     */
    public static CampaignJackson2 create() {
        return new CampaignJackson2(Limits.defaults());
    }

    /**
     * Returns a facade with the given limits.
     *
     * @param limits the limits on untrusted input
     * @return the facade
     */
    public static CampaignJackson2 create(Limits limits) {
        return new CampaignJackson2(Objects.requireNonNull(limits, "limits"));
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
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .addModule(new Jackson2CampaignModule().withLimits(limits));
    }

    /**
     * Adds the module, enforcing the given limits, to a mapper builder someone else owns, such as a
     * framework's. As for the Jackson 3 binding, campaign documents read through the built mapper are
     * held to the limits on depth, length, numbers, lists and extensions, while everything else the
     * mapper reads keeps its settings; the parser's own limits and the refusal of content after the
     * document are left to the builder's owner. Two of Jackson 2's defaults differ from Jackson 3's
     * in ways that change campaign documents, and are set as Jackson 3 has them: characters beyond
     * the Basic Multilingual Plane (emoji) are written to UTF-8 as themselves, not as escaped
     * surrogate pairs, and trees keep a decimal's trailing zeros ({@code 25000000.00} stays so
     * through {@code valueToTree}).
     *
     * @param builder the builder to add to
     * @param limits the limits on untrusted input
     * @return the same builder
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder, Limits limits) {
        Objects.requireNonNull(builder, "builder");
        return builder.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .addModule(new Jackson2CampaignModule().withLimits(Objects.requireNonNull(limits, "limits")));
    }

    /**
     * Returns the configured mapper this facade uses, for code that wants Jackson's own API.
     *
     * @return the mapper
     */
    public JsonMapper mapper() {
        return mapper;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(Objects.requireNonNull(value, "value"));
        } catch (JacksonException e) {
            throw CampaignJackson2Exception.from(e);
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
        try (JsonGenerator g = mapper.createGenerator(out)) {
            try {
                writing.accept(new Jackson2Writer(g));
            } catch (WriteProblem problem) {
                throw new InvalidValue(g, String.valueOf(problem.getMessage()));
            } catch (Jackson2Failure failure) {
                throw failure.original();
            }
        } catch (JacksonException e) {
            throw CampaignJackson2Exception.from(e);
        } catch (IOException e) {
            throw ioProblem(e);
        }
        return out.toString();
    }

    @Override
    public void write(Object value, OutputStream out) {
        try {
            mapper.writeValue(Streams.nonClosing(out), Objects.requireNonNull(value, "value"));
        } catch (JacksonException e) {
            throw CampaignJackson2Exception.from(e);
        } catch (IOException e) {
            throw ioProblem(e);
        }
    }

    @Override
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> mapper.createParser(json), type);
    }

    @Override
    public <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> mapper.createParser(json), type);
    }

    @Override
    public <T> T read(InputStream in, Class<T> type) {
        InputStream stream = Streams.nonClosing(in);
        return read(() -> mapper.createParser(stream), type);
    }

    @Override
    public <T> T read(Reader in, Class<T> type) {
        Reader reader = Streams.nonClosing(in);
        return read(() -> mapper.createParser(reader), type);
    }

    /** Opens a parser over the caller's input. */
    private interface Source {
        JsonParser open() throws IOException;
    }

    private <T> T read(Source source, Class<T> type) {
        Objects.requireNonNull(type, "type");
        JsonParser parser;
        try {
            parser = source.open();
        } catch (JacksonException e) {
            throw CampaignJackson2Exception.from(e);
        } catch (IOException e) {
            throw ioProblem(e);
        }
        try (parser) {
            return value(mapper.readValue(parser, type), type);
        } catch (NumberFormatException | ArithmeticException e) {
            // a number no type can hold, met by code other than the module's own checks
            throw new CampaignJackson2Exception(
                    "number.too_large",
                    parser.getParsingContext().pathAsPointer().toString(),
                    Say.words("number.unreadable").english(),
                    0,
                    0,
                    false);
        } catch (JacksonException e) {
            CampaignJackson2Exception translated = CampaignJackson2Exception.from(e);
            if (translated.pointer().isEmpty() && e instanceof StreamConstraintsException) {
                // the limits do not say where they were broken; the parser still stands there
                throw translated.at(parser.getParsingContext().pathAsPointer().toString());
            }
            throw translated;
        } catch (IOException e) {
            throw ioProblem(e);
        }
    }

    @Override
    public <T> CheckedDocument<T> check(String json, Class<T> type, Locale locale, Class<?>... groups) {
        Objects.requireNonNull(json, "json");
        return check(() -> mapper.createParser(json), type, locale, groups);
    }

    @Override
    public <T> CheckedDocument<T> check(byte[] json, Class<T> type, Locale locale, Class<?>... groups) {
        Objects.requireNonNull(json, "json");
        return check(() -> mapper.createParser(json), type, locale, groups);
    }

    @Override
    public <T> CheckedDocument<T> check(InputStream in, Class<T> type, Locale locale, Class<?>... groups) {
        InputStream stream = Streams.nonClosing(in);
        return check(() -> mapper.createParser(stream), type, locale, groups);
    }

    @Override
    public <T> CheckedDocument<T> check(Reader in, Class<T> type, Locale locale, Class<?>... groups) {
        Reader reader = Streams.nonClosing(in);
        return check(() -> mapper.createParser(reader), type, locale, groups);
    }

    private <T> CheckedDocument<T> check(Source source, Class<T> type, Locale locale, Class<?>[] groups) {
        return Checking.check(codec, binding(source), type, locale, groups);
    }

    @Override
    public <T> TolerantDocument<T> checkTolerant(String json, Class<T> type, Locale locale, Class<?>... groups) {
        Objects.requireNonNull(json, "json");
        return Checking.checkTolerant(codec, binding(() -> mapper.createParser(json)), type, locale, groups);
    }

    /** The parser of one document for the codec's checking. */
    private Checking.Binding binding(Source source) {
        return new Checking.Binding() {
            @Override
            public Checking.Parser open() {
                JsonParser parser;
                try {
                    parser = source.open();
                } catch (IOException e) {
                    throw new Jackson2Failure(e);
                }
                TokenReader tokens = new Jackson2Tokens(parser, limits);
                return new Checking.Parser() {
                    @Override
                    public TokenReader tokens() {
                        return tokens;
                    }

                    @Override
                    public void close() {
                        try {
                            parser.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
            }

            @Override
            public @Nullable ReadProblem problem(RuntimeException failure, @Nullable TokenReader tokens) {
                String at = tokens == null ? "" : tokens.pointer();
                if (!(failure instanceof Jackson2Failure wrapped)) {
                    return null;
                }
                if (!(wrapped.original() instanceof JacksonException e)) {
                    throw new UncheckedIOException(wrapped.original());
                }
                ReadProblem problem = CampaignJackson2Exception.readProblem(e);
                return problem.pointer.isEmpty() && e instanceof StreamConstraintsException ? problem.at(at) : problem;
            }
        };
    }

    /** A stream that failed to read or write, said as the Jackson 3 binding says it. */
    private static CampaignJackson2Exception ioProblem(IOException e) {
        String message = String.valueOf(e.getMessage());
        return new CampaignJackson2Exception(PlainWords.code(message), "", PlainWords.describe(message), 0, 0, false);
    }

    private static <T> T value(@Nullable T value, Class<T> type) {
        if (value == null) {
            throw new CampaignJackson2Exception(
                    "json.null",
                    "",
                    Say.words("document.null", type.getSimpleName()).english(),
                    0,
                    0,
                    false);
        }
        return value;
    }

    @Override
    public <T> Stream<T> readLines(Reader in, Class<T> type, Consumer<? super CampaignJackson2Exception> badLines) {
        Objects.requireNonNull(type, "type");
        NdjsonIterator.Lines<T, CampaignJackson2Exception> lines = new NdjsonIterator.Lines<>() {
            @Override
            public T read(String line) {
                return CampaignJackson2.this.read(line, type);
            }

            @Override
            public CampaignJackson2Exception atLine(CampaignJackson2Exception e, int lineNumber) {
                return e.atLine(lineNumber);
            }

            @Override
            public CampaignJackson2Exception tooLong(int lineNumber) {
                return new CampaignJackson2Exception(
                        "json.limit.length", "", NdjsonIterator.tooLongMessage(), lineNumber, 0, true);
            }
        };
        return NdjsonIterator.stream(in, limits.maxDocumentLength(), lines, CampaignJackson2Exception.class, badLines);
    }

    @Override
    public <T> Stream<T> readLines(
            InputStream in, Class<T> type, Consumer<? super CampaignJackson2Exception> badLines) {
        return readLines(Streams.utf8(in), type, badLines);
    }
}
