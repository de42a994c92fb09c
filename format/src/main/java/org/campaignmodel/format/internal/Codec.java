package org.campaignmodel.format.internal;

import java.lang.invoke.MethodHandle;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.campaignmodel.Code;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.format.Limits;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.Kind;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.internal.meta.ModelTypes.Property;
import org.campaignmodel.internal.meta.ModelTypes.UnionType;
import org.campaignmodel.internal.meta.ModelTypes.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes every model type, strictly and canonically, for any binding. Reading streams
 * through the tokens once (an object of a union whose {@code type} does not come first is buffered),
 * knows the JSON Pointer of every value, and refuses anything the model cannot hold. Writing puts
 * properties in a fixed order, leaves out absent and empty values, and never writes {@code null}.
 * The per-type work is done by generated code ({@link ModelReaders}, {@link ModelWriters}); this
 * class holds what is the same for every type. Immutable and thread-safe.
 */
public final class Codec {
    /** The name of a document's version property. */
    public static final String VERSION_PROPERTY = "schemaVersion";
    /**
     * The versions of the wire format this codec reads and writes, oldest first: the minor version
     * is the index ({@code VERSIONS.get(1)} is {@code "1.1"}).
     */
    public static final List<String> VERSIONS = List.of("1.0", "1.1");
    /** The newest version of the wire format; a constant, so that annotations may name it. */
    public static final String VERSION = "1.1";
    /** The name of a union member's type property. */
    public static final String TYPE_PROPERTY = "type";

    private static final int MAX_DIGITS = 100;

    /** The model's description, found once: every binding's codec shares it. */
    public static final ModelTypes TYPES = Model.TYPES;

    private static final Map<Class<?>, BiConsumer<TokenWriter, Object>> WRITERS = ModelWriters.byType();
    private static final Map<Class<?>, ModelReaders.ObjectReader> READERS = ModelReaders.byType();
    private static final Map<Class<?>, ModelReaders.UnionReader> UNION_READERS = ModelReaders.unions();

    private final Limits limits;

    /**
     * Creates a codec that holds the given limits.
     *
     * @param limits the limits on untrusted input
     */
    public Codec(Limits limits) {
        this.limits = limits;
    }

    /** {@return the limits this codec holds} */
    public Limits limits() {
        return limits;
    }

    /**
     * Starts reading a document.
     *
     * @param collect whether to collect every problem rather than throw the first
     * @return the reading's state
     */
    public Reading reading(boolean collect) {
        return new Reading(limits, collect);
    }

    /**
     * Starts a collecting reading that reads a document of a newer minor version and keeps the
     * properties it does not know.
     *
     * @return the reading's state
     */
    public Reading tolerantReading() {
        return new Reading(limits, true, true);
    }

    /**
     * Describes a type for reading or writing.
     *
     * @param type a model type, union, code list, enum or fuzzy date
     * @return its description
     */
    public static ValueType valueType(Class<?> type) {
        return TYPES.valueType(type);
    }

    /**
     * Lists every type a binding registers a reader and writer for: the value types, the unions,
     * and the code lists, enumerations and fuzzy dates they hold, which a user's own type may hold
     * too.
     *
     * @return the types, in a fixed order
     */
    public static List<Class<?>> handledTypes() {
        Set<Class<?>> handled = new LinkedHashSet<>(TYPES.models.keySet());
        handled.addAll(TYPES.unions.keySet());
        for (ModelType model : TYPES.models.values()) {
            for (Property property : model.properties) {
                Kind kind = property.value.kind;
                if (kind == Kind.CODE || kind == Kind.ENUM || kind == Kind.FUZZY_DATE) {
                    handled.add(property.value.type);
                }
            }
        }
        return List.copyOf(handled);
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /**
     * Reads one value strictly: the first problem is thrown.
     *
     * @param r the tokens, at the value's first
     * @param type the value's type
     * @return the value
     * @throws ReadProblem for the first problem
     */
    public Object readStrict(TokenReader r, ValueType type) {
        Object value = read(reading(false), r, type);
        if (value == null) {
            // a strict reading throws every problem it finds, so it returns no value only by mistake
            throw new IllegalStateException("Nothing was read and nothing reported for " + type.type);
        }
        return value;
    }

    /**
     * Reads one value of a type, starting at its first token, which must be current.
     *
     * @param c the reading
     * @param r the tokens
     * @param type the value's type
     * @return the value, or null when a collecting reading found it could not be read
     * @throws ReadProblem in strict reading, for the first problem
     */
    public @Nullable Object read(Reading c, TokenReader r, ValueType type) {
        String what = type.type.getSimpleName();
        switch (type.kind) {
            case MODEL -> {
                if (!c.object(r, what)) {
                    return null;
                }
                ModelReaders.ObjectReader reader = READERS.get(type.type);
                if (reader == null) {
                    throw new IllegalStateException("No reader for " + type.type + "; ModelReaders needs regenerating");
                }
                return reader.read(c, r, r.atRoot() ? Reading.ROOT : 0);
            }
            case UNION -> {
                ModelReaders.UnionReader reader = UNION_READERS.get(type.type);
                if (reader == null) {
                    throw new IllegalStateException("No reader for " + type.type + "; ModelReaders needs regenerating");
                }
                return reader.read(c, r, what);
            }
            case STRING -> {
                return c.string(r, what);
            }
            case INT -> {
                long n = c.integer(r, what);
                return n == Reading.NO_INT ? null : (Integer) (int) n;
            }
            case BOOLEAN -> {
                int b = c.bool(r, what);
                return b < 0 ? null : (Boolean) (b == 1);
            }
            case DECIMAL -> {
                return c.decimal(r, what);
            }
            case LOCAL_DATE_TIME -> {
                return c.localDateTime(r, what);
            }
            case ZONE -> {
                return c.zone(r, what);
            }
            case FUZZY_DATE -> {
                return c.fuzzyDate(r, what);
            }
            case CODE -> {
                String text = c.string(r, what);
                return text == null ? null : code(c, r, type, text);
            }
            case ENUM -> {
                String name = c.string(r, what);
                if (name == null) {
                    return null;
                }
                Object constant = type.enumValues.get(name);
                if (constant == null) {
                    c.unknownValue(r, what, name, String.join(", ", type.enumValues.keySet()));
                }
                return constant;
            }
        }
        throw new IllegalStateException("unknown kind " + type.kind);
    }

    private static @Nullable Object code(Reading c, TokenReader r, ValueType type, String text) {
        MethodHandle factory = type.codeFactory;
        if (factory == null) {
            throw new IllegalStateException("no factory for " + type.type);
        }
        try {
            return (Object) factory.invokeExact(text);
        } catch (IllegalArgumentException e) {
            c.malformedCode(r, type.type.getSimpleName(), text, java.util.List.of());
            return null;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    /**
     * Writes one value; a top-level document written as the whole output carries the version.
     *
     * @param w where to write
     * @param value the value
     * @param type its type
     * @throws WriteProblem for a value the format cannot hold, such as an extension that is not JSON
     */
    public void write(TokenWriter w, Object value, ValueType type) {
        if (type.kind == Kind.MODEL) {
            writeObject(w, model(type.type), value, w.inRoot(), null);
        } else {
            writeValue(w, type, value);
        }
    }

    /**
     * Writes a top-level document with each party defined once: every organization, person and
     * decision-maker that has an id and appears more than once, always the same, is written in the
     * document's {@code parties} (format 1.1) and referred to by its id everywhere else. Parties that
     * appear once, and two different parties that share an id, are written in full where they stand,
     * so that the document reads back to the same value. Without any party to define, the document
     * is written as {@link #write} writes it.
     *
     * @param w where to write, at the root
     * @param document a top-level document
     * @throws IllegalArgumentException if the value is not a top-level document
     * @throws WriteProblem for a value the format cannot hold
     */
    public void writeWithReferences(TokenWriter w, Object document) {
        ModelType model = model(topLevelType(document));
        BiConsumer<TokenWriter, Object> writer = writerOf(model);
        Parties.Counter counter = new Parties.Counter();
        writer.accept(counter, document);
        Map<Class<?>, List<Object>> defined = counter.defined();
        if (defined.isEmpty()) {
            writeObject(w, model, document, true, null);
            return;
        }
        Parties.Referring referring = new Parties.Referring(w, defined);
        w.startObject(document);
        w.name(ModelWriters.SCHEMA_VERSION);
        w.string(VERSIONS.get(Math.max(ModelWriters.minorOfDocument(document), ModelTypes.REFERENCES_MINOR)));
        // before everything that refers to them, so that a streaming reader meets them first
        w.name(ModelTypes.PARTIES_PROPERTY);
        w.startObject(defined);
        for (Map.Entry<Class<?>, List<Object>> kind : defined.entrySet()) {
            w.name(java.util.Objects.requireNonNull(ModelTypes.PARTIES.get(kind.getKey())));
            w.startArray();
            ModelType party = model(kind.getKey());
            for (Object definition : kind.getValue()) {
                referring.inFull(definition);
                writeObject(referring, party, definition, false, null);
            }
            w.endArray();
        }
        w.endObject();
        writer.accept(referring, document);
        w.endObject();
    }

    /**
     * Writes a document a tolerant reading made, with the properties it kept back where they stood,
     * at the end of their objects, and the newer version the document said while it has any.
     *
     * @param w where to write, at the root
     * @param document the tolerant reading's result, which must have a value
     * @throws IllegalArgumentException if it has no value (its document has problems) or is not a
     *     top-level document
     * @throws WriteProblem for a kept property whose object the value no longer has
     */
    public void write(TokenWriter w, org.campaignmodel.format.TolerantDocument<?> document) {
        Object value = document.getValue()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The tolerant document has problems, so there is no value to write: see its report."));
        ModelType model = model(topLevelType(value));
        List<org.campaignmodel.format.UnknownProperty> kept = document.getUnknownProperties();
        Keeping keeping = new Keeping(w, kept);
        keeping.startObject(value);
        keeping.name(ModelWriters.SCHEMA_VERSION);
        keeping.string(
                kept.isEmpty()
                        ? VERSIONS.get(ModelWriters.minorOfDocument(value))
                        : document.getVersion().orElseThrow());
        writerOf(model).accept(keeping, value);
        keeping.endObject();
        keeping.finish();
    }

    private static Class<?> topLevelType(Object document) {
        for (Class<?> top : ModelTypes.TOP_LEVEL) {
            if (top.isInstance(document)) {
                return top;
            }
        }
        throw new IllegalArgumentException("Only a top-level document (" + String.join(", ", topLevelNames())
                + ") can define parties, not " + modelName(document) + ".");
    }

    private static BiConsumer<TokenWriter, Object> writerOf(ModelType model) {
        BiConsumer<TokenWriter, Object> writer = WRITERS.get(model.type);
        if (writer == null) {
            throw new IllegalStateException("No writer for " + model.name + "; ModelWriters needs regenerating");
        }
        return writer;
    }

    /**
     * Tells which version a top-level document is written as.
     *
     * @param document the document
     * @return the oldest version that holds it
     * @throws IllegalArgumentException if the value is not a top-level document
     */
    public static String versionOf(Object document) {
        if (ModelTypes.TOP_LEVEL.stream().noneMatch(top -> top.isInstance(document))) {
            throw new IllegalArgumentException("Only a top-level document (" + String.join(", ", topLevelNames())
                    + ") has a format version, not " + modelName(document) + ".");
        }
        return VERSIONS.get(ModelWriters.minorOfDocument(document));
    }

    /** The model type a value is, by its public name: Demand, not the generated ImmutableDemand. */
    private static String modelName(Object value) {
        for (Class<?> type : TYPES.models.keySet()) {
            if (type.isInstance(value)) {
                return type.getSimpleName();
            }
        }
        return value.getClass().getSimpleName();
    }

    private static List<String> topLevelNames() {
        return ModelTypes.TOP_LEVEL.stream().map(Class::getSimpleName).toList();
    }

    private static ModelType model(Class<?> type) {
        ModelType model = TYPES.models.get(type);
        if (model == null) {
            throw new IllegalStateException("not a model type: " + type);
        }
        return model;
    }

    private static void writeObject(
            TokenWriter w, ModelType model, Object bean, boolean root, @Nullable String typeName) {
        w.startObject(bean);
        if (root && model.topLevel) {
            // the oldest version that holds the document, so that older readers can read it
            w.name(ModelWriters.SCHEMA_VERSION);
            w.string(VERSIONS.get(ModelWriters.minorOfDocument(bean)));
        }
        if (typeName != null) {
            w.name(ModelWriters.TYPE);
            w.string(typeName);
        }
        writerOf(model).accept(w, bean);
        w.endObject();
    }

    private static void writeValue(TokenWriter w, ValueType type, Object value) {
        switch (type.kind) {
            case STRING -> w.string((String) value);
            case INT -> w.number((Integer) value);
            case BOOLEAN -> w.bool((Boolean) value);
            case DECIMAL -> writeDecimal(w, (BigDecimal) value);
            case LOCAL_DATE_TIME -> writeDateTime(w, (LocalDateTime) value);
            case ZONE -> w.string(((ZoneId) value).getId());
            case FUZZY_DATE -> writeFuzzyDate(w, (FuzzyDate) value);
            case CODE -> w.string(((Code) value).getValue());
            case ENUM -> w.string(((Enum<?>) value).name().toLowerCase(java.util.Locale.ROOT));
            case MODEL -> writeObject(w, model(type.type), value, false, null);
            case UNION -> {
                UnionType union = TYPES.unions.get(type.type);
                if (union == null) {
                    throw noJsonType(value);
                }
                String name = union.nameOf(value);
                ModelType member = name == null ? null : union.byName.get(name);
                if (name == null || member == null) {
                    throw noJsonType(value);
                }
                writeObject(w, member, value, false, name);
            }
        }
    }

    /**
     * The problem of a value that is none of a union's members.
     *
     * @param value the value
     * @return the problem to throw
     */
    public static WriteProblem noJsonType(Object value) {
        return new WriteProblem("No JSON type for " + value.getClass().getName());
    }

    /**
     * Writes a decimal with every digit and its scale, refusing numbers of more than 100 digits.
     *
     * @param w where to write
     * @param decimal the number
     */
    public static void writeDecimal(TokenWriter w, BigDecimal decimal) {
        if (decimal.precision() > MAX_DIGITS || Math.abs((long) decimal.scale()) > MAX_DIGITS) {
            throw new WriteProblem("Cannot write " + decimal + ": numbers have at most " + MAX_DIGITS
                    + " digits and no exponent beyond " + MAX_DIGITS + ".");
        }
        w.decimal(decimal);
    }

    /**
     * Writes a local date-time as ISO 8601 text.
     *
     * @param w where to write
     * @param dateTime the date-time
     */
    public static void writeDateTime(TokenWriter w, LocalDateTime dateTime) {
        w.string(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime));
    }

    /**
     * Writes a fuzzy date: its EDTF text alone, or an object with the phrase and the school year it is.
     *
     * @param w where to write
     * @param date the date
     */
    public static void writeFuzzyDate(TokenWriter w, FuzzyDate date) {
        Optional<String> edtf = date.getEdtf();
        Optional<String> phrase = date.getPhrase();
        java.util.OptionalInt schoolYear = date.getSchoolYear();
        if (phrase.isEmpty() && edtf.isPresent() && schoolYear.isEmpty()) {
            w.string(edtf.get());
            return;
        }
        w.startObject(date);
        if (edtf.isPresent()) {
            w.name(ModelWriters.EDTF);
            w.string(edtf.get());
        }
        if (phrase.isPresent()) {
            w.name(ModelWriters.PHRASE);
            w.string(phrase.get());
        }
        if (schoolYear.isPresent()) {
            w.name(ModelWriters.SCHOOL_YEAR);
            w.string(FuzzyDate.schoolYearName(schoolYear.getAsInt()));
        }
        w.endObject();
    }

    /**
     * Writes the extensions, by namespace in order, each value as the JSON it holds, numbers exactly as
     * written.
     *
     * @param w where to write
     * @param extensions namespaces to JSON text
     */
    public static void writeExtensions(TokenWriter w, Map<?, ?> extensions) {
        w.startObject(extensions);
        for (Map.Entry<?, ?> entry : new TreeMap<>(extensions).entrySet()) {
            String namespace = (String) entry.getKey();
            w.name(namespace);
            JsonText.Reader raw = new JsonText.Reader((String) entry.getValue());
            try {
                if (raw.next() == Token.NONE) {
                    throw new WriteProblem("Extension \"" + namespace + "\" is empty; it must be a JSON value.");
                }
                JsonText.copy(raw, w);
                if (raw.next() != Token.NONE) {
                    throw new WriteProblem("Extension \"" + namespace + "\" holds more than one JSON value.");
                }
            } catch (JsonText.SyntaxException e) {
                String message = String.valueOf(e.getMessage());
                throw new WriteProblem(
                        message.startsWith("no JSON value")
                                ? "Extension \"" + namespace + "\" is empty; it must be a JSON value."
                                : message.startsWith("more than one JSON value")
                                        ? "Extension \"" + namespace + "\" holds more than one JSON value."
                                        : "Extension \"" + namespace + "\" is not valid JSON: " + message);
            }
        }
        w.endObject();
    }
}
