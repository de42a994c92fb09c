package org.campaignmodel.json;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Code;
import org.campaignmodel.Event;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.constraints.CurrencyCode;
import org.campaignmodel.constraints.HttpUrl;
import org.campaignmodel.constraints.LanguageTag;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.format.internal.Codec;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.Kind;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.internal.meta.ModelTypes.Property;
import org.campaignmodel.internal.meta.ModelTypes.UnionType;
import org.campaignmodel.internal.meta.ModelTypes.ValueType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the published JSON Schemas with victools. A custom definition provider describes each of
 * our types from the codec's own metadata ({@link ModelTypes}) and the model's constraint annotations,
 * so that the schemas and the reader cannot disagree about names and shapes; descriptions come from
 * the model's Javadoc, so every property has one.
 */
final class SchemaGeneration {
    /** Where each version's files are, in a folder named after it. */
    static final String ROOT = "src/main/resources/org/campaignmodel/json/schemas/";

    /** {@return the base of a version's {@code $id}s} */
    static String base(String version) {
        return "https://campaignmodel.org/schemas/" + version + "/";
    }

    /** {@return the folder of a version's files} */
    static String resources(String version) {
        return ROOT + version;
    }

    /** Each top-level document and its file name; "definitions" holds every shared type. */
    static final Map<String, Class<?>> DOCUMENTS = orderedDocuments();

    // Patterns shared with the reader and the validators (see core's internal validators).
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String CODE = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";
    static final String NAMESPACE = "^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$";
    static final String HTTP_URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+([/?#][^\\s]*)?$";
    static final String ZONE = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$";
    static final String CURRENCY = "^[A-Z]{3}$";
    static final String LANGUAGE = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";
    static final String LOCAL_DATE_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$";
    private static final String CONTROLS = "\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069";
    private static final String LINE_CONTROLS =
            "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F" + "\\u202A-\\u202E\\u2066-\\u2069";
    private static final String EDTF_DATE = "-?([0-9]{4}|[0-9]{3}X|[0-9]{2}XX|[0-9]XXX)"
            + "(-(0[1-9]|1[0-2]|2[1-4]|XX)(-(0[1-9]|[12][0-9]|3[01]|XX)"
            + "(T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])?)?)?)?[~?%]?";
    static final String EDTF = "^(" + EDTF_DATE + "|(" + EDTF_DATE + "|\\.\\.)?/(" + EDTF_DATE + "|\\.\\.)?)$";

    private static Map<String, Class<?>> orderedDocuments() {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        map.put("article", Article.class);
        map.put("campaign", Campaign.class);
        map.put("event", Event.class);
        map.put("timeline", Timeline.class);
        map.put("story-list", StoryList.class);
        return map;
    }

    private final ModelTypes types = ModelTypes.discover();
    // the version described: properties a later minor version added are left out, and so are the
    // types only they reach, so that the files of 1.0 describe 1.0 documents exactly
    private final int minor;
    private final String version;
    private final String base;

    /** Describes the newest version. */
    SchemaGeneration() {
        this(ModelTypes.NEWEST_MINOR);
    }

    /** Describes version 1.{@code minor}. */
    SchemaGeneration(int minor) {
        this.minor = minor;
        this.version = Codec.VERSIONS.get(minor);
        this.base = base(version);
    }

    /** {@return the version described} */
    String version() {
        return version;
    }

    /** {@return the properties of a type in this version} */
    private List<Property> properties(ModelType model) {
        return model.properties.stream().filter(p -> p.minor <= minor).toList();
    }

    /** {@return the model types and unions documents of this version can hold} */
    private java.util.Set<Class<?>> reachable() {
        java.util.Set<Class<?>> seen = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>(ModelTypes.TOP_LEVEL);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!seen.add(type)) {
                continue;
            }
            UnionType union = types.unions.get(type);
            if (union != null) {
                union.byName.values().forEach(m -> todo.add(m.type));
                continue;
            }
            ModelType model = Objects.requireNonNull(types.models.get(type), type::getName);
            for (Property property : properties(model)) {
                if (property.value.kind == Kind.MODEL || property.value.kind == Kind.UNION) {
                    todo.add(property.value.type);
                }
            }
        }
        return seen;
    }

    private final Javadoc javadoc = new Javadoc(Path.of("..", "core", "src", "main", "java", "org", "campaignmodel"));
    private final JsonMapper mapper = JsonMapper.builder().build();

    /** Generates every schema file: name (without .json) to content. */
    Map<String, ObjectNode> generate() {
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        ObjectNode definitions = definitions();
        for (Map.Entry<String, Class<?>> document : DOCUMENTS.entrySet()) {
            ObjectNode schema = document(document.getKey(), document.getValue());
            if (minor >= ModelTypes.REFERENCES_MINOR) {
                ObjectNode properties = (ObjectNode) schema.get("properties");
                ObjectNode parties = mapper.createObjectNode();
                parties.put("$ref", "#/$defs/" + PARTIES);
                parties.put(
                        "description",
                        "Parties defined once and referred to by id elsewhere in the document (format 1.1).");
                // right after the version, where the writer puts it
                ObjectNode ordered = mapper.createObjectNode();
                properties.properties().forEach(e -> {
                    ordered.set(e.getKey(), e.getValue());
                    if (e.getKey().equals(Codec.VERSION_PROPERTY)) {
                        ordered.set(ModelTypes.PARTIES_PROPERTY, parties);
                    }
                });
                schema.set("properties", ordered);
                ObjectNode defs = schema.has("$defs") ? (ObjectNode) schema.get("$defs") : schema.putObject("$defs");
                addPartyDefinitions(defs, (ObjectNode) definitions.get("$defs"));
                sortDefinitions(schema);
            }
            files.put(document.getKey(), schema);
        }
        if (minor >= ModelTypes.REFERENCES_MINOR) {
            ObjectNode defs = (ObjectNode) definitions.get("$defs");
            addPartyDefinitions(defs, defs.deepCopy());
            sortDefinitions(definitions);
        }
        files.put("definitions", definitions);
        return files;
    }

    /** Puts a file's definitions in name order, as victools writes them, so that the files diff well. */
    private void sortDefinitions(ObjectNode schema) {
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        Map<String, JsonNode> sorted = new java.util.TreeMap<>();
        defs.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
        ObjectNode ordered = mapper.createObjectNode();
        sorted.forEach(ordered::set);
        schema.set("$defs", ordered);
    }

    private SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule())
                .with(new JakartaValidationModule())
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS);
        config.forTypesInGeneral().withCustomDefinitionProvider(new Provider());
        return new SchemaGenerator(config.build());
    }

    private ObjectNode document(String name, Class<?> type) {
        ObjectNode generated = generator().generateSchema(type);
        ObjectNode schema = mapper.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", base + name + ".json");
        schema.put("title", "Campaign Model " + type.getSimpleName() + " " + version);
        schema.put(
                "description",
                javadoc.typeDescription(type) + " A top-level document of the Campaign Model" + " wire format, version "
                        + version + ".");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode declared = properties.putObject(Codec.VERSION_PROPERTY);
        declared.put("const", version);
        declared.put("description", "The wire format version. Readers refuse versions they do not understand.");
        ObjectNode own = (ObjectNode) generated.get("properties");
        own.properties().forEach(e -> properties.set(e.getKey(), e.getValue()));
        ArrayNode required = schema.putArray("required").add(Codec.VERSION_PROPERTY);
        JsonNode ownRequired = generated.get("required");
        if (ownRequired != null) {
            ownRequired.forEach(required::add);
        }
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        JsonNode defs = generated.get("$defs");
        if (defs != null) {
            schema.set("$defs", defs);
        }
        return schema;
    }

    private ObjectNode definitions() {
        SchemaBuilder builder = generator().buildMultipleSchemaDefinitions();
        ObjectNode schema = mapper.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", base + "definitions.json");
        schema.put("title", "Campaign Model shared definitions " + version);
        schema.put(
                "description",
                "Every type of the Campaign Model wire format, version " + version
                        + ", for schemas of your own to refer to, as in definitions.json#/$defs/Demand.");
        java.util.Set<Class<?>> reachable = reachable();
        List<Class<?>> all = new ArrayList<>(types.models.keySet());
        all.addAll(types.unions.keySet());
        all.removeIf(type -> !reachable.contains(type));
        for (Class<?> type : all) {
            builder.createSchemaReference(type);
        }
        schema.set("$defs", builder.collectDefinitions("$defs"));
        return schema;
    }

    /** Describes our types; returns null for anything else, which none of our properties use. */
    private final class Provider implements CustomDefinitionProviderV2 {
        @Override
        public @Nullable CustomDefinition provideCustomSchemaDefinition(
                ResolvedType type, SchemaGenerationContext ctx) {
            Class<?> raw = type.getErasedType();
            ModelType model = types.models.get(raw);
            if (model != null) {
                return new CustomDefinition(object(model, null, ctx));
            }
            UnionType union = types.unions.get(raw);
            if (union != null) {
                ObjectNode schema = ctx.getGeneratorConfig().createObjectNode();
                schema.put("description", javadoc.typeDescription(raw) + " The \"type\" property says which one.");
                ArrayNode oneOf = schema.putArray("oneOf");
                union.byName.forEach((name, member) -> oneOf.add(object(member, name, ctx)));
                return new CustomDefinition(schema);
            }
            if (raw == org.campaignmodel.FuzzyDate.class || Code.class.isAssignableFrom(raw) || raw.isEnum()) {
                return new CustomDefinition(scalar(types.valueType(raw), ctx));
            }
            return null;
        }
    }

    private ObjectNode object(ModelType model, @Nullable String typeName, SchemaGenerationContext ctx) {
        ObjectNode schema = ctx.getGeneratorConfig().createObjectNode();
        schema.put("type", "object");
        if (typeName == null) {
            schema.put("description", javadoc.typeDescription(model.type));
        } else {
            schema.put("title", typeName);
        }
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        if (typeName != null) {
            ObjectNode type = properties.putObject("type");
            type.put("const", typeName);
            type.put("description", "Says which kind of " + model.name + " this is.");
            required.add("type");
        }
        for (Property property : properties(model)) {
            properties.set(property.name, property(property, ctx));
            if (property.required) {
                required.add(property.name);
            }
        }
        if (required.isEmpty()) {
            schema.remove("required");
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode property(Property property, SchemaGenerationContext ctx) {
        List<Annotation> own = Arrays.asList(property.method.getAnnotations());
        List<Annotation> element = elementAnnotations(property.method.getAnnotatedReturnType());
        ObjectNode schema;
        switch (property.shape) {
            case LIST -> {
                schema = ctx.getGeneratorConfig().createObjectNode();
                schema.put("type", "array");
                schema.set("items", value(property.value, element, ctx));
                find(own, MaxItems.class).ifPresent(m -> schema.put("maxItems", m.value()));
            }
            case MAP -> {
                schema = ctx.getGeneratorConfig().createObjectNode();
                schema.put("type", "object");
                schema.putObject("propertyNames").put("pattern", NAMESPACE);
                schema.put("maxProperties", 20);
                schema.put("additionalProperties", true);
            }
            case OPTIONAL -> schema = value(property.value, element, ctx);
            default -> schema = value(property.value, own, ctx);
        }
        String description =
                javadoc.propertyDescription(property.method.getDeclaringClass(), property.method.getName());
        if (property.shape != ModelTypes.Shape.PLAIN) {
            description = description.replace("; possibly empty", "").replace(", possibly empty", "");
        }
        schema.put("description", description);
        return schema;
    }

    private static List<Annotation> elementAnnotations(AnnotatedType type) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] args = parameterized.getAnnotatedActualTypeArguments();
            return Arrays.asList(args[args.length - 1].getAnnotations());
        }
        return List.of();
    }

    private static <A extends Annotation> java.util.Optional<A> find(List<Annotation> annotations, Class<A> type) {
        return annotations.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The schema of one value: a reference for our named types, inline for plain JSON types. */
    private ObjectNode value(ValueType value, List<Annotation> constraints, SchemaGenerationContext ctx) {
        if (minor >= ModelTypes.REFERENCES_MINOR && ModelTypes.standsForParty(value.type)) {
            // a party in full, or a reference to one the document defines in its "parties"
            ObjectNode schema = ctx.getGeneratorConfig().createObjectNode();
            ArrayNode oneOf = schema.putArray("oneOf");
            oneOf.add(ctx.createDefinitionReference(ctx.getTypeContext().resolve(value.type)));
            oneOf.addObject().put("$ref", "#/$defs/" + PARTY_REFERENCE);
            return schema;
        }
        if (value.kind == Kind.MODEL
                || value.kind == Kind.UNION
                || value.kind == Kind.FUZZY_DATE
                || value.kind == Kind.CODE
                || value.kind == Kind.ENUM) {
            return ctx.createDefinitionReference(ctx.getTypeContext().resolve(value.type));
        }
        ObjectNode schema = ctx.getGeneratorConfig().createObjectNode();
        switch (value.kind) {
            case STRING -> string(schema, constraints);
            case INT -> {
                schema.put("type", "integer");
                find(constraints, Min.class).ifPresent(m -> schema.put("minimum", m.value()));
                find(constraints, Max.class).ifPresent(m -> schema.put("maximum", m.value()));
                find(constraints, Positive.class).ifPresent(m -> schema.put("minimum", 1));
                // the reader holds whole numbers in a Java int; a schema without the bounds passed
                // 2147483648, which the reader refuses
                if (!schema.has("minimum")) {
                    schema.put("minimum", Integer.MIN_VALUE);
                }
                if (!schema.has("maximum")) {
                    schema.put("maximum", Integer.MAX_VALUE);
                }
            }
            case BOOLEAN -> schema.put("type", "boolean");
            case DECIMAL -> {
                schema.put("type", "number");
                find(constraints, PositiveOrZero.class).ifPresent(m -> schema.put("minimum", 0));
                find(constraints, Positive.class).ifPresent(m -> schema.put("exclusiveMinimum", 0));
            }
            case LOCAL_DATE_TIME -> {
                schema.put("type", "string");
                schema.put("pattern", LOCAL_DATE_TIME);
            }
            case ZONE -> {
                // a pattern, not the list: the list is the runtime's time-zone database, which changes
                schema.put("type", "string");
                schema.put("pattern", ZONE);
            }
            default -> throw new IllegalStateException(value.kind.name());
        }
        return schema;
    }

    /**
     * The characters Java's {@code String.isBlank()} counts as white space, spelled out: {@code \\s}
     * means other things in other regular-expression engines (JavaScript's includes the no-break
     * space U+00A0 and the byte-order mark U+FEFF, Python's U+00A0), so a schema that said {@code
     * \\s} refused text the library accepts, in some languages and not others.
     */
    static final String WHITESPACE =
            "\\u0009-\\u000D\\u001C-\\u0020\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000";

    private static void string(ObjectNode schema, List<Annotation> constraints) {
        schema.put("type", "string");
        find(constraints, Text.class).ifPresent(text -> {
            String controls = text.multiline() ? LINE_CONTROLS : CONTROLS;
            // not blank, and free of control characters and direction overrides
            schema.put("pattern", "^[^" + controls + "]*[^" + controls + WHITESPACE + "][^" + controls + "]*$");
            schema.put("maxLength", text.max());
        });
        find(constraints, Slug.class).ifPresent(s -> {
            schema.put("pattern", SLUG);
            schema.put("maxLength", 100);
        });
        find(constraints, HttpUrl.class).ifPresent(u -> {
            schema.put("format", "uri");
            schema.put("pattern", HTTP_URL);
            schema.put("maxLength", 2000);
        });
        find(constraints, LanguageTag.class).ifPresent(l -> schema.put("pattern", LANGUAGE));
        // a pattern, not the list: ISO 4217 changes, and each Java runtime knows its own edition
        find(constraints, CurrencyCode.class).ifPresent(c -> schema.put("pattern", CURRENCY));
        find(constraints, Pattern.class).ifPresent(p -> schema.put("pattern", "^" + p.regexp() + "$"));
    }

    private ObjectNode scalar(ValueType value, SchemaGenerationContext ctx) {
        ObjectNode schema = ctx.getGeneratorConfig().createObjectNode();
        switch (value.kind) {
            case FUZZY_DATE -> {
                schema.put(
                        "description",
                        "A date as people write it: an EDTF level 0 or 1 string such as \"1948\","
                                + " \"2023-06\", \"../2014\", \"1990~\" or \"196X\"; or an object with that string as"
                                + " \"edtf\" and the source's words as \"phrase\"; or {\"phrase\": \"later\"} alone for a"
                                + " date known only as coming after the entry before it.");
                ArrayNode oneOf = schema.putArray("oneOf");
                ObjectNode text = oneOf.addObject();
                text.put("type", "string");
                text.put("pattern", EDTF);
                ObjectNode object = oneOf.addObject();
                object.put("type", "object");
                ObjectNode properties = object.putObject("properties");
                ObjectNode edtf = properties.putObject("edtf");
                edtf.put("type", "string");
                edtf.put("pattern", EDTF);
                edtf.put("description", "The date in EDTF; leave it out for a relative date such as \"later\".");
                ObjectNode phrase = properties.putObject("phrase");
                phrase.put("type", "string");
                phrase.put("minLength", 1);
                phrase.put("maxLength", 200);
                phrase.put("pattern", "[^" + WHITESPACE + "]");
                phrase.put("description", "The words the source used, such as \"By 2014\".");
                if (minor >= ModelTypes.SCHOOL_YEAR_MINOR) {
                    ObjectNode school = properties.putObject(ModelTypes.SCHOOL_YEAR_PROPERTY);
                    school.put("type", "string");
                    school.put("pattern", "^[0-9]{4}-[0-9]{2}$");
                    school.put(
                            "description",
                            "Marks the interval in \"edtf\" as a school year, named as this field writes it:"
                                    + " \"2020-21\" with \"edtf\" \"2020-08/2021-06\" (August to June, or a region's own"
                                    + " months or days, from the first year to the next). Format 1.1.");
                }
                // At least one of the two, and nothing else: said without "anyOf": [{"required": ...}],
                // which Ajv's strict mode refuses (a required property defined in another subschema);
                // the documents accepted and refused are the same.
                object.put("minProperties", 1);
                object.put("additionalProperties", false);
            }
            case CODE -> {
                schema.put("type", "string");
                schema.put("pattern", CODE);
                schema.put("maxLength", 64);
                ArrayNode examples = schema.putArray("examples");
                List<String> known = new ArrayList<>();
                try {
                    for (Object code :
                            (Set<?>) value.type.getMethod("knownValues").invoke(null)) {
                        known.add(code.toString());
                        examples.add(code.toString());
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                schema.put(
                        "description",
                        javadoc.typeDescription(value.type) + " An open list: the known codes are "
                                + String.join(", ", known) + "; other projects may use other codes of the same form.");
            }
            case ENUM -> {
                schema.put("type", "string");
                ArrayNode values = schema.putArray("enum");
                value.enumValues.keySet().forEach(values::add);
                schema.put("description", javadoc.typeDescription(value.type) + " A closed list.");
            }
            default -> throw new IllegalStateException(value.kind.name());
        }
        return schema;
    }

    /** The definition of a reference to a party, in every file of 1.1 and later. */
    static final String PARTY_REFERENCE = "PartyReference";
    /** The definition of a document's parties defined once. */
    static final String PARTIES = "Parties";

    private ObjectNode partyReference() {
        ObjectNode schema = mapper.createObjectNode();
        schema.put("type", "object");
        schema.put(
                "description",
                "A party (organization, person or decision-maker) defined once in the document's"
                        + " \"parties\", named by its id; it has \"ref\" and nothing else, and the party it names"
                        + " must be of the kind that stands here.");
        ObjectNode ref = schema.putObject("properties").putObject(ModelTypes.REFERENCE_PROPERTY);
        ref.put("type", "string");
        ref.put("pattern", SLUG);
        ref.put("maxLength", 100);
        ref.put("description", "The id of a party in the document's \"parties\".");
        schema.putArray("required").add(ModelTypes.REFERENCE_PROPERTY);
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode parties() {
        ObjectNode schema = mapper.createObjectNode();
        schema.put("type", "object");
        schema.put(
                "description",
                "Parties defined once, each with its id, for the rest of the document to refer to as"
                        + " {\"ref\": \"the-id\"} wherever one of them may stand; ids are unique across the"
                        + " three lists. A person may refer to an organization, and a decision-maker to both.");
        ObjectNode properties = schema.putObject("properties");
        ModelTypes.PARTIES.forEach((type, list) -> {
            ObjectNode array = properties.putObject(list);
            array.put("type", "array");
            array.put("description", "The " + type.getSimpleName() + " parties of the document.");
            ObjectNode item = array.putObject("items");
            item.put("$ref", "#/$defs/" + type.getSimpleName());
            // said with "id" among its own properties, as Ajv's strict mode wants of "required"
            item.put("type", "object");
            item.putObject("properties")
                    .putObject("id")
                    .put("description", "Required here, so that references can name the party.");
            item.putArray("required").add("id");
        });
        schema.put("additionalProperties", false);
        return schema;
    }

    /** Adds the definitions references to parties need, and what they refer to, from the shared file. */
    private void addPartyDefinitions(ObjectNode defs, ObjectNode shared) {
        defs.set(PARTY_REFERENCE, partyReference());
        defs.set(PARTIES, parties());
        java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>();
        todo.add(defs);
        while (!todo.isEmpty()) {
            JsonNode node = todo.poll();
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isString() && ref.asString().startsWith("#/$defs/")) {
                    String name = ref.asString().substring("#/$defs/".length());
                    if (!defs.has(name)) {
                        JsonNode definition = Objects.requireNonNull(shared.get(name), name);
                        defs.set(name, definition.deepCopy());
                        todo.add(definition);
                    }
                }
            }
            node.forEach(todo::add);
        }
    }

    /** Writes the files under {@code dir}, pretty-printed, one per schema. */
    void write(Path dir, Map<String, ObjectNode> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, ObjectNode> file : files.entrySet()) {
            String text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(file.getValue()) + "\n";
            Files.writeString(dir.resolve(file.getKey() + ".json"), text, StandardCharsets.UTF_8);
        }
    }

    /** Reads the model's Javadoc from core's sources: the text of each getter's {@code @return}. */
    static final class Javadoc {
        private final Path sources;
        private final Map<Class<?>, String> cache = new LinkedHashMap<>();

        Javadoc(Path sources) {
            this.sources = sources;
        }

        private String source(Class<?> type) {
            Class<?> top = type;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            Class<?> file = top;
            return cache.computeIfAbsent(file, t -> {
                try {
                    return Files.readString(sources.resolve(t.getSimpleName() + ".java"), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException(
                            "Cannot read the Javadoc of " + t.getName()
                                    + "; generate schemas from the json module folder",
                            e);
                }
            });
        }

        String typeDescription(Class<?> type) {
            String source = source(type);
            String declaration = type.getEnclosingClass() == null
                    ? " " + type.getSimpleName() + " "
                    : "enum " + type.getSimpleName() + " ";
            int at = source.indexOf(declaration.startsWith("enum") ? declaration : "interface" + declaration);
            if (at < 0) {
                at = source.indexOf("class" + declaration);
            }
            if (at < 0) {
                at = source.indexOf(declaration);
            }
            return sentence(comment(source, at));
        }

        String propertyDescription(Class<?> type, String getter) {
            String source = source(type);
            Matcher m =
                    java.util.regex.Pattern.compile("\\s" + getter + "\\(\\)").matcher(source);
            if (!m.find()) {
                throw new IllegalStateException("No " + getter + " in " + type.getName());
            }
            String comment = comment(source, m.start());
            int ret = comment.indexOf("{@return ");
            String text;
            if (ret >= 0) {
                text = balanced(comment, ret + "{@return ".length());
            } else {
                // the main description's first sentence, without "Returns"
                text = comment.strip().replaceFirst("^Returns ", "");
                int stop = text.indexOf(". ");
                text = stop > 0 ? text.substring(0, stop + 1) : text;
            }
            return sentence(text);
        }

        private static String comment(String source, int before) {
            int end = source.lastIndexOf("*/", before);
            int start = source.lastIndexOf("/**", end);
            if (start < 0 || end < 0) {
                throw new IllegalStateException(
                        "No Javadoc before " + source.substring(before, Math.min(source.length(), before + 40)));
            }
            return source.substring(start + 3, end).replaceAll("(?m)^\\s*\\*", " ");
        }

        private static String balanced(String text, int from) {
            int depth = 1;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return text.substring(from, i);
                }
            }
            return text.substring(from);
        }

        /** Turns Javadoc into plain text: tags unwrapped, blocks dropped, one capitalised sentence or two. */
        private static String sentence(String javadoc) {
            String text = javadoc;
            int tags = text.indexOf(" @");
            if (tags >= 0) {
                text = text.substring(0, tags); // block tags such as @param follow the description
            }
            text = text.replaceAll("<[^>]+>", "")
                    // a tag's text may start on the next line of the comment
                    .replaceAll("\\{@(code|link|linkplain|literal)\\s+([^}]*)}", "$2")
                    .replaceAll("\\s+", " ")
                    .strip();
            int paragraph = text.indexOf(". ");
            if (text.length() > 300 && paragraph > 0) {
                text = text.substring(0, paragraph + 1);
            }
            if (text.isEmpty()) {
                throw new IllegalStateException("empty description");
            }
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            return text.endsWith(".") ? text : text + ".";
        }
    }

    static String fileName(String document) {
        return Objects.requireNonNull(document).toLowerCase(Locale.ROOT) + ".json";
    }
}
