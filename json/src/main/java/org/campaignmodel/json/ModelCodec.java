package org.campaignmodel.json;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.campaignmodel.Code;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.FuzzyDateFormatException;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.Kind;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.internal.meta.ModelTypes.Property;
import org.campaignmodel.internal.meta.ModelTypes.UnionType;
import org.campaignmodel.internal.meta.ModelTypes.ValueType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads and writes every model type, strictly and canonically. Reading streams through the parser
 * once (an object of a union whose {@code type} does not come first is buffered), knows the JSON
 * Pointer of every value, and refuses anything the model cannot hold. Writing puts properties in a
 * fixed order, leaves out absent and empty values, and never writes {@code null}.
 */
final class ModelCodec {
    static final String VERSION_PROPERTY = "schemaVersion";
    static final String VERSION = "1.0";
    private static final String TYPE_PROPERTY = "type";
    private static final SerializableString VERSION_NAME = new SerializedString(VERSION_PROPERTY);
    static final SerializableString TYPE_NAME = new SerializedString(TYPE_PROPERTY);
    private static final SerializableString EDTF_NAME = new SerializedString("edtf");
    private static final SerializableString PHRASE_NAME = new SerializedString("phrase");
    private static final int MAX_DIGITS = 100;
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    /** Zones by their place name alone ("Los_Angeles"), for a hint when only the place was written. */
    private static final Map<String, String> PLACES = places();

    private static final java.util.regex.Pattern OFFSET_AT_END =
            java.util.regex.Pattern.compile("(Z|[+-]\\d{2}:?\\d{2})$");
    /** Only for copying extension values verbatim; it holds no configuration of the user's. */
    private static final JsonFactory RAW = JsonFactory.builder().build();

    /** Generated per-type writers: getters called directly, so the JIT can inline them. */
    private static final Map<Class<?>, BiConsumer<JsonGenerator, Object>> WRITERS = ModelWriters.byType();

    private final ModelTypes types;
    private final CampaignJson.Limits limits;

    ModelCodec(ModelTypes types, CampaignJson.Limits limits) {
        this.types = types;
        this.limits = limits;
    }

    /** Where reading is: the parser, its context, and the pointer of the parser's root in the document. */
    private record Cursor(JsonParser p, DeserializationContext ctxt, String prefix, int depth, boolean checkLimits) {
        /**
         * How deep the parser is in the whole document, counting the levels above a copy's root (a
         * copy's parser does not count its own nesting, so the contexts are counted).
         */
        int nesting() {
            int n = depth;
            for (TokenStreamContext x = p.streamReadContext(); x != null && !x.inRoot(); x = x.getParent()) {
                n++;
            }
            return n;
        }

        String pointer() {
            return prefix + p.streamReadContext().pathAsPointer();
        }

        /** The pointer of the object or array whose start token is current. */
        String containerPointer() {
            TokenStreamContext parent = p.streamReadContext().getParent();
            return prefix + (parent == null ? "" : parent.pathAsPointer().toString());
        }

        InvalidInput fail(String problem) {
            return new InvalidInput(p, pointer(), problem);
        }

        InvalidInput failAt(String pointer, String problem) {
            return new InvalidInput(p, pointer, problem);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    Object read(JsonParser p, DeserializationContext ctxt, ValueType type) {
        // the facade's parser already holds the depth and length limits; another mapper's may not
        StreamReadConstraints parser = p.streamReadConstraints();
        boolean checkLimits = parser.getMaxNestingDepth() > limits.maxDepth()
                || parser.getMaxDocumentLength() <= 0
                || parser.getMaxDocumentLength() > limits.maxDocumentLength();
        Cursor c = new Cursor(p, ctxt, "", 0, checkLimits);
        if (type.kind == Kind.MODEL && p.currentToken() == JsonToken.START_OBJECT) {
            TokenStreamContext parent = p.streamReadContext().getParent();
            boolean root = parent != null && parent.inRoot();
            ModelType model = model(type.type);
            return readObject(c, model, root, false, false);
        }
        return readValue(c, type, type.type.getSimpleName());
    }

    private ModelType model(Class<?> type) {
        ModelType model = types.models.get(type);
        if (model == null) {
            throw new IllegalStateException("not a model type: " + type);
        }
        return model;
    }

    private Object readValue(Cursor c, ValueType type, String what) {
        return switch (type.kind) {
            case STRING -> string(c, what);
            case INT -> integer(c, what);
            case BOOLEAN -> bool(c, what);
            case DECIMAL -> decimal(c, what);
            case LOCAL_DATE_TIME -> localDateTime(c, what);
            case ZONE -> zone(c, what);
            case FUZZY_DATE -> fuzzyDate(c, what);
            case CODE -> code(c, type, what);
            case ENUM -> enumValue(c, type, what);
            case MODEL -> {
                if (c.p().currentToken() != JsonToken.START_OBJECT) {
                    throw mismatch(c, what, "an object");
                }
                yield readObject(c, model(type.type), false, false, false);
            }
            case UNION -> readUnion(c, union(type.type), what);
        };
    }

    private static int integer(Cursor c, String what) {
        JsonParser p = c.p();
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch(c, what, "a whole number");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw c.fail("\"" + what + "\" is too large; use a whole number below 2147483648.");
        }
        return p.getIntValue();
    }

    private static boolean bool(Cursor c, String what) {
        JsonToken token = c.p().currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw mismatch(c, what, "true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private LocalDateTime localDateTime(Cursor c, String what) {
        String text = string(c, what);
        // four digits for the year, as the schema has it: no sign, no year 0 and none beyond 9999
        if (text.length() < 16 || text.charAt(4) != '-' || !isDigits(text, 4) || text.startsWith("0000")) {
            throw c.fail("\"" + what + "\" is not a local date and time such as 2025-11-05T17:00:00.");
        }
        if (OFFSET_AT_END.matcher(text).find()) {
            // 17:00-08:00 says the offset, which changes with daylight time; the zone says it for each date
            throw c.fail("\"" + what + "\" is a local date and time, written without an offset or Z, such as "
                    + OFFSET_AT_END.matcher(text).replaceFirst("") + "; the offset comes from \"zone\".");
        }
        try {
            return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw c.fail("\"" + what + "\" is not a local date and time such as 2025-11-05T17:00:00.");
        }
    }

    private static Map<String, String> places() {
        Map<String, String> places = new TreeMap<>();
        for (String id : new TreeSet<>(ZONES)) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/") && !id.startsWith("US/")) {
                places.putIfAbsent(id.substring(slash + 1), id);
            }
        }
        return places;
    }

    /** A "did you mean" for a zone that is no IANA name: a typo, a place alone, or an abbreviation. */
    private static String zoneHint(String zone) {
        String written = zone.strip();
        if (written.length() <= 5
                && written.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))) {
            // PST, EST and the like name a fixed offset, if anything: never guess a place from them
            return " An abbreviation such as PST names no place and no rules for daylight time; use the"
                    + " place's zone.";
        }
        String closest = Suggestions.closest(written.replace(' ', '_'), ZONES);
        if (closest == null) {
            String place = Suggestions.closest(
                    written.substring(written.lastIndexOf('/') + 1).replace(' ', '_'), PLACES.keySet());
            closest = place == null ? null : PLACES.get(place);
        }
        return closest == null ? "" : " Did you mean \"" + closest + "\"?";
    }

    private static boolean isDigits(String text, int count) {
        for (int i = 0; i < count; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private ZoneId zone(Cursor c, String what) {
        String zone = string(c, what);
        if (!ZONES.contains(zone)) {
            throw c.fail(
                    "\"" + what + "\" is not an IANA time zone name such as America/Los_Angeles." + zoneHint(zone));
        }
        return ZoneId.of(zone);
    }

    private Object code(Cursor c, ValueType type, String what) {
        String code = string(c, what);
        try {
            return (Object) requireNonNullFactory(type).invokeExact(code);
        } catch (IllegalArgumentException e) {
            throw c.fail(String.valueOf(e.getMessage()));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private Object enumValue(Cursor c, ValueType type, String what) {
        String name = string(c, what);
        Object constant = type.enumValues.get(name);
        if (constant == null) {
            throw c.fail("\"" + name + "\" is not a known value for \"" + what + "\"; use one of: "
                    + String.join(", ", type.enumValues.keySet()) + ".");
        }
        return constant;
    }

    private UnionType union(Class<?> type) {
        UnionType union = types.unions.get(type);
        if (union == null) {
            throw new IllegalStateException("not a union type: " + type);
        }
        return union;
    }

    private static java.lang.invoke.MethodHandle requireNonNullFactory(ValueType type) {
        java.lang.invoke.MethodHandle factory = type.codeFactory;
        if (factory == null) {
            throw new IllegalStateException("no factory for " + type.type);
        }
        return factory;
    }

    private String string(Cursor c, String what) {
        if (c.p().currentToken() != JsonToken.VALUE_STRING) {
            throw mismatch(c, what, "a string");
        }
        String s = c.p().getString();
        if (s.length() > limits.maxStringLength()) {
            throw c.fail("\"" + what + "\" is longer than " + limits.maxStringLength() + " characters.");
        }
        return s;
    }

    private BigDecimal decimal(Cursor c, String what) {
        JsonToken token = c.p().currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw mismatch(c, what, "a number");
        }
        BigDecimal value;
        try {
            value = c.p().getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            // 1e99999999999: an exponent beyond what any number type can hold
            throw c.fail(tooLarge("\"" + what + "\""));
        }
        // 1e1000000 is short to write but a million digits long: refuse it before anyone prints it.
        if (value.precision() > MAX_DIGITS || Math.abs((long) value.scale()) > MAX_DIGITS) {
            throw c.fail(tooLarge("\"" + what + "\""));
        }
        return value;
    }

    private static String tooLarge(String subject) {
        return subject + " is too large or too precise; use at most " + MAX_DIGITS + " digits and no exponent beyond "
                + MAX_DIGITS + ".";
    }

    private FuzzyDate fuzzyDate(Cursor c, String what) {
        JsonParser p = c.p();
        try {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return FuzzyDate.parse(string(c, what));
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw mismatch(c, what, "an EDTF string such as \"2023-06\", or an object with edtf and phrase");
            }
            String edtf = null;
            String phrase = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                if (name.equals("edtf") && edtf == null) {
                    edtf = string(c, "edtf");
                    try {
                        FuzzyDate.parse(edtf);
                    } catch (FuzzyDateFormatException e) {
                        throw c.fail(String.valueOf(e.getMessage()));
                    }
                } else if (name.equals("phrase") && phrase == null) {
                    phrase = string(c, "phrase");
                } else if (name.equals("edtf") || name.equals("phrase")) {
                    throw c.fail("Property \"" + name + "\" appears twice; keep one.");
                } else {
                    throw c.fail("Unknown property \"" + name + "\" in a fuzzy date; it has edtf and phrase.");
                }
            }
            if (edtf != null) {
                return phrase == null ? FuzzyDate.parse(edtf) : FuzzyDate.parse(edtf, phrase);
            }
            if (phrase != null) {
                return FuzzyDate.relative(phrase);
            }
            throw c.failAt(
                    c.pointer(), "A fuzzy date needs edtf, or a phrase alone for a relative date such as \"later\".");
        } catch (FuzzyDateFormatException e) {
            throw c.fail(String.valueOf(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw c.fail(e.getMessage() == null ? "Invalid fuzzy date." : e.getMessage());
        }
    }

    private Object readUnion(Cursor c, UnionType union, String what) {
        JsonParser p = c.p();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw mismatch(c, what, "an object");
        }
        String first = p.nextName();
        if (TYPE_PROPERTY.equals(first)) {
            p.nextToken();
            ModelType member = member(c, union, string(c, TYPE_PROPERTY));
            return readObject(c, member, false, true, true);
        }
        String objectPointer = c.containerPointer();
        // "type" is not first: buffer this one object, find its type, then read the copy.
        // not tied to the parser: the copy must not see the live context it was read in
        TokenBuffer buffer = TokenBuffer.forGeneration();
        buffer.writeStartObject();
        String typeName = null;
        for (String name = first; name != null; name = p.nextName()) {
            buffer.writeName(name);
            p.nextToken();
            if (TYPE_PROPERTY.equals(name) && typeName == null) {
                typeName = string(c, TYPE_PROPERTY);
            }
            buffer.copyCurrentStructure(p);
        }
        buffer.writeEndObject();
        if (typeName == null) {
            throw c.failAt(
                    objectPointer,
                    "This " + union.type.getSimpleName() + " needs a \"type\": one of "
                            + String.join(", ", union.byName.keySet()) + ".");
        }
        ModelType member = member(c, union, typeName);
        // the copy starts a context of its own: its pointers are relative to this object
        // past the object's end the parser is back at its parent's depth; the copy counts the object
        int depth = c.nesting();
        JsonParser copy = buffer.asParser(c.ctxt());
        copy.nextToken();
        return readObject(
                new Cursor(copy, c.ctxt(), objectPointer, depth, c.checkLimits()), member, false, true, false);
    }

    private static ModelType member(Cursor c, UnionType union, String name) {
        ModelType member = union.byName.get(name);
        if (member == null) {
            throw c.fail("\"" + name + "\" is not a known " + union.type.getSimpleName() + " type; use one of: "
                    + String.join(", ", union.byName.keySet()) + ".");
        }
        return member;
    }

    /** Reads the properties of an object whose start token has been consumed. */
    private Object readObject(Cursor c, ModelType model, boolean root, boolean unionMember, boolean typeRead) {
        JsonParser p = c.p();
        Object builder = model.newBuilder();
        boolean[] seen = new boolean[model.properties.size()];
        boolean versionSeen = false;
        boolean typeSeen = typeRead;
        checkDepthAndLength(c);
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            Property property = model.byName.get(name);
            if (property == null) {
                if (root && model.topLevel && VERSION_PROPERTY.equals(name) && !versionSeen) {
                    versionSeen = true;
                    p.nextToken();
                    checkVersion(c, string(c, VERSION_PROPERTY));
                    continue;
                }
                if (unionMember && TYPE_PROPERTY.equals(name) && !typeSeen) {
                    typeSeen = true;
                    p.nextToken();
                    p.skipChildren();
                    continue;
                }
                if (VERSION_PROPERTY.equals(name) || TYPE_PROPERTY.equals(name)) {
                    boolean repeated = VERSION_PROPERTY.equals(name) ? versionSeen : typeSeen;
                    throw c.fail(
                            repeated
                                    ? "Property \"" + name + "\" appears twice; keep one."
                                    : "\"" + name + "\" does not belong here: only a top-level " + model.name
                                            + " document carries it.");
                }
                throw unknown(c, model, name, root);
            }
            if (seen[property.index]) {
                throw c.fail("Property \"" + name + "\" appears twice; keep one.");
            }
            seen[property.index] = true;
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                throw c.fail("\"" + name + "\" is null; leave the property out instead of writing null.");
            }
            Object value = switch (property.shape) {
                case PLAIN, OPTIONAL -> readValue(c, property.value, name);
                case LIST -> readList(c, property, name);
                case MAP -> readExtensions(c, name);
            };
            property.set(builder, value);
        }
        checkDepthAndLength(c);
        // At the end of the object the parser's context is the parent's, which points at this object.
        if (root && model.topLevel && !versionSeen) {
            throw c.failAt(
                    c.pointer(),
                    (model.name.matches("[AEIOU].*") ? "An " : "A ") + model.name + " document needs \""
                            + VERSION_PROPERTY + "\": \"" + VERSION + "\".");
        }
        List<String> missing = new ArrayList<>();
        for (Property property : model.properties) {
            if (property.required && !seen[property.index]) {
                missing.add("\"" + property.name + "\"");
            }
        }
        if (!missing.isEmpty()) {
            throw c.failAt(
                    c.pointer(),
                    model.name + " is missing the required propert" + (missing.size() == 1 ? "y " : "ies ")
                            + String.join(", ", missing) + ".");
        }
        try {
            return model.build(builder);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the builder's own wording ("Cannot build Place: ...") names a Java class; say what is wrong
            String why = String.valueOf(e.getMessage()).replaceFirst("^Cannot build [A-Za-z]+: ", "");
            throw c.failAt(c.pointer(), "This " + model.name + " is not possible: " + why);
        }
    }

    private static void checkVersion(Cursor c, String version) {
        if (!VERSION.equals(version)) {
            throw c.fail("Schema version \"" + version + "\" is not supported: this reader understands version "
                    + VERSION + ". See the compatibility policy in the README.");
        }
    }

    private static InvalidInput unknown(Cursor c, ModelType model, String name, boolean root) {
        Set<String> known = new TreeSet<>(model.byName.keySet());
        if (root && model.topLevel) {
            known.add(VERSION_PROPERTY);
        }
        String closest = Suggestions.closest(name, known);
        return c.fail("Unknown property \"" + name + "\" in " + model.name + "."
                + (closest != null ? " Did you mean \"" + closest + "\"?" : "")
                + " Known properties: " + String.join(", ", known) + ".");
    }

    private List<Object> readList(Cursor c, Property property, String name) {
        JsonParser p = c.p();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mismatch(c, name, "a list");
        }
        List<Object> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (items.size() == limits.maxListLength()) {
                throw c.fail("\"" + name + "\" has more than " + limits.maxListLength() + " items.");
            }
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw c.fail("An item of \"" + name + "\" is null; remove it.");
            }
            items.add(readValue(c, property.value, name));
        }
        return items;
    }

    private Map<String, String> readExtensions(Cursor c, String name) {
        JsonParser p = c.p();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw mismatch(c, name, "an object of namespaces");
        }
        Map<String, String> extensions = new TreeMap<>();
        for (String namespace = p.nextName(); namespace != null; namespace = p.nextName()) {
            if (extensions.containsKey(namespace)) {
                throw c.fail("Property \"" + namespace + "\" appears twice; keep one.");
            }
            if (extensions.size() == limits.maxListLength()) {
                throw c.fail("\"" + name + "\" has more than " + limits.maxListLength() + " namespaces.");
            }
            p.nextToken();
            StringWriter raw = new StringWriter();
            try (JsonGenerator g = RAW.createGenerator(ObjectWriteContext.empty(), raw)) {
                copyValue(c, g);
            }
            if (raw.getBuffer().length() > limits.maxExtensionLength()) {
                throw c.fail("Extension \"" + namespace + "\" is longer than " + limits.maxExtensionLength()
                        + " characters of JSON.");
            }
            extensions.put(namespace, raw.toString());
        }
        return extensions;
    }

    /**
     * Copies one JSON value verbatim (numbers exactly as written), refusing repeated keys at any depth,
     * so that the module is strict about duplicates whatever the parser's settings.
     */
    private void copyValue(Cursor c, JsonGenerator g) {
        JsonParser p = c.p();
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            checkDepthAndLength(c);
        }
        if (token == JsonToken.START_OBJECT) {
            g.writeStartObject();
            Set<String> names = new java.util.HashSet<>();
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                if (!names.add(name)) {
                    throw c.fail("Property \"" + name + "\" appears twice; keep one.");
                }
                g.writeName(name);
                p.nextToken();
                copyValue(c, g);
            }
            g.writeEndObject();
        } else if (token == JsonToken.START_ARRAY) {
            g.writeStartArray();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                copyValue(c, g);
            }
            g.writeEndArray();
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            String number = p.getString();
            if (number.length() > limits.maxNumberLength()) {
                throw c.fail(PlainWords.numberTooLong(limits.maxNumberLength()));
            }
            try {
                // kept exactly as written, but only if it is a number at all: 1e99999999999 is not
                new BigDecimal(number);
            } catch (NumberFormatException | ArithmeticException e) {
                throw c.fail(tooLarge("This number"));
            }
            g.writeNumber(number);
        } else {
            g.copyCurrentEventExact(p);
        }
    }

    /**
     * Holds the depth and length limits here as well as in the parser: a mapper the application
     * built, with this module added, has the parser's own, much higher defaults.
     */
    private void checkDepthAndLength(Cursor c) {
        if (!c.checkLimits()) {
            return;
        }
        JsonParser p = c.p();
        if (c.nesting() > limits.maxDepth()) {
            throw c.fail(PlainWords.tooDeep(limits.maxDepth()));
        }
        TokenStreamLocation at = p.currentLocation();
        if (Math.max(at.getCharOffset(), at.getByteOffset()) > limits.maxDocumentLength()) {
            throw c.fail(PlainWords.documentTooLong(limits.maxDocumentLength()));
        }
    }

    private static InvalidInput mismatch(Cursor c, String what, String expected) {
        return c.fail("\"" + what + "\" should be " + expected + ", not " + describe(c.p().currentToken()) + ".");
    }

    private static String describe(@Nullable JsonToken token) {
        if (token == null) {
            return "the end of the document";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    void write(JsonGenerator g, Object value, ValueType type) {
        if (type.kind == Kind.MODEL) {
            writeObject(g, model(type.type), value, g.streamWriteContext().inRoot(), null);
        } else {
            writeValue(g, type, value);
        }
    }

    private void writeObject(JsonGenerator g, ModelType model, Object bean, boolean root, @Nullable String typeName) {
        g.writeStartObject(bean);
        if (root && model.topLevel) {
            g.writeName(VERSION_NAME);
            g.writeString(VERSION);
        }
        if (typeName != null) {
            g.writeName(TYPE_NAME);
            g.writeString(typeName);
        }
        BiConsumer<JsonGenerator, Object> writer = WRITERS.get(model.type);
        if (writer == null) {
            throw new IllegalStateException("No writer for " + model.name + "; ModelWriters needs regenerating");
        }
        writer.accept(g, bean);
        g.writeEndObject();
    }

    private void writeValue(JsonGenerator g, ValueType type, Object value) {
        switch (type.kind) {
            case STRING -> g.writeString((String) value);
            case INT -> g.writeNumber((Integer) value);
            case BOOLEAN -> g.writeBoolean((Boolean) value);
            case DECIMAL -> writeDecimal(g, (BigDecimal) value);
            case LOCAL_DATE_TIME -> writeDateTime(g, (LocalDateTime) value);
            case ZONE -> g.writeString(((ZoneId) value).getId());
            case FUZZY_DATE -> writeFuzzyDate(g, (FuzzyDate) value);
            case CODE -> g.writeString(((Code) value).getValue());
            case ENUM -> g.writeString(((Enum<?>) value).name().toLowerCase(java.util.Locale.ROOT));
            case MODEL -> writeObject(g, model(type.type), value, false, null);
            case UNION -> {
                UnionType union = union(type.type);
                String name = union.nameOf(value);
                ModelType member = name == null ? null : union.byName.get(name);
                if (name == null || member == null) {
                    throw noJsonType(g, value);
                }
                writeObject(g, member, value, false, name);
            }
        }
    }

    static DatabindException noJsonType(JsonGenerator g, Object value) {
        return DatabindException.from(g, "No JSON type for " + value.getClass().getName());
    }

    static void writeDecimal(JsonGenerator g, BigDecimal decimal) {
        if (decimal.precision() > MAX_DIGITS || Math.abs((long) decimal.scale()) > MAX_DIGITS) {
            throw DatabindException.from(
                    g,
                    "Cannot write " + decimal + ": numbers have at most " + MAX_DIGITS
                            + " digits and no exponent beyond " + MAX_DIGITS + ".");
        }
        // toString keeps the scale too, so 25000000.00 reads back as 25000000.00; it is plain
        // unless the scale is negative or the number is below 0.000001. A tree or token buffer
        // (valueToTree, convertValue) takes no text for a number, but keeps the BigDecimal itself.
        if (g.has(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS)) {
            g.writeNumber(decimal.toString());
        } else {
            g.writeNumber(decimal);
        }
    }

    static void writeDateTime(JsonGenerator g, LocalDateTime dateTime) {
        g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime));
    }

    static void writeFuzzyDate(JsonGenerator g, FuzzyDate date) {
        Optional<String> edtf = date.getEdtf();
        Optional<String> phrase = date.getPhrase();
        if (phrase.isEmpty() && edtf.isPresent()) {
            g.writeString(edtf.get());
            return;
        }
        g.writeStartObject();
        if (edtf.isPresent()) {
            g.writeName(EDTF_NAME);
            g.writeString(edtf.get());
        }
        if (phrase.isPresent()) {
            g.writeName(PHRASE_NAME);
            g.writeString(phrase.get());
        }
        g.writeEndObject();
    }

    /**
     * Copies the value at the parser's current token with every number exactly as it was read:
     * {@code 1e99999999} stays that text, where a copy through BigDecimal would write {@code
     * 1E+99999999} and change the extension.
     */
    private static void copyAsWritten(JsonParser raw, JsonGenerator g) {
        boolean asText = g.has(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS);
        int depth = 0;
        do {
            JsonToken token = raw.currentToken();
            if (asText && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)) {
                g.writeNumber(raw.getString());
            } else {
                g.copyCurrentEventExact(raw);
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
        } while (depth > 0 && raw.nextToken() != null);
    }

    static void writeExtensions(JsonGenerator g, Map<?, ?> extensions) {
        g.writeStartObject();
        for (Map.Entry<?, ?> entry : new TreeMap<>(extensions).entrySet()) {
            String namespace = (String) entry.getKey();
            g.writeName(namespace);
            try (JsonParser raw = RAW.createParser(ObjectReadContext.empty(), (String) entry.getValue())) {
                if (raw.nextToken() == null) {
                    throw DatabindException.from(
                            g, "Extension \"" + namespace + "\" is empty; it must be a JSON value.");
                }
                copyAsWritten(raw, g);
                if (raw.nextToken() != null) {
                    throw DatabindException.from(g, "Extension \"" + namespace + "\" holds more than one JSON value.");
                }
            } catch (DatabindException e) {
                throw e;
            } catch (JacksonException e) {
                throw DatabindException.from(
                        g, "Extension \"" + namespace + "\" is not valid JSON: " + e.getOriginalMessage(), e);
            }
        }
        g.writeEndObject();
    }
}
