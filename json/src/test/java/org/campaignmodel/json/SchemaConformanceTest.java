package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.format.internal.Codec;
import org.campaignmodel.testing.Fixtures;
import org.campaignmodel.testing.SeedCampaign;
import org.campaignmodel.testing.Seeds;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.ValidationProblem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schemas, checked with an independent validator (networknt, draft 2020-12): valid
 * documents pass, invalid ones fail, and on random documents the schema agrees with the Java reader
 * plus validator, except for the rules a schema cannot express, which are named in {@link
 * #NOT_EXPRESSIBLE}.
 */
final class SchemaConformanceTest {
    /**
     * The rules a JSON Schema cannot express, by name: the one place where the comparison between
     * schema and Java may differ. Reader problems are named by kind, validation problems by code.
     */
    static final Map<String, String> NOT_EXPRESSIBLE = Map.ofEntries(
            Map.entry("duplicate-keys", "a schema sees the parsed object, where a repeated key is already gone"),
            Map.entry(
                    "number-size",
                    "numbers are limited to 100 digits and exponents to 100; beyond a double's range"
                            + " Python's json module reads 1e1000000 as infinity, which no bound refuses"),
            Map.entry(
                    "whole-number.fraction",
                    "1.0 is a whole number to JSON Schema, which sees values, not how they are written;"
                            + " the reader wants whole numbers written without a fraction"),
            Map.entry(
                    "party.references",
                    "cross-document: whether each reference names a party the document defines, of the"
                            + " kind that stands there, and whether the parties' ids are unique"),
            Map.entry(
                    "fuzzy-date.school-year",
                    "cross-field: a school year's name (2020-21) against its interval, and its two years"),
            Map.entry(
                    "text.broken-surrogate",
                    "half of a UTF-16 surrogate pair is no character; the 1.0 files' text patterns, which"
                            + " are frozen, do not refuse one"),
            Map.entry("fuzzy-date.calendar", "whether the day exists, intervals run forward, X digits nest"),
            Map.entry("local-date-time.calendar", "whether the month and day of a date-time exist"),
            Map.entry(
                    "builder-consistency",
                    "a range's maximum, a unit's currency or name, a target or place"
                            + " that names something: parts that must agree with each other"),
            Map.entry("demand.number.sequence", "cross-field: numbering across the list"),
            Map.entry("demand.status_history.order", "cross-field: dates across the list"),
            Map.entry("demand.deadline.before_start", "cross-field: the deadline against the first step's date"),
            Map.entry("money.range.order", "cross-field: a number against another"),
            Map.entry("vote.unanimous.split", "cross-field: a flag against two counts"),
            Map.entry("legislation.history.order", "cross-field: dates across the list"),
            Map.entry("legislation.status.contradicted", "cross-field: the status against the history's latest step"),
            Map.entry("article.language_version.duplicate", "cross-field: uniqueness across a list and the article"),
            Map.entry("event.end.before_start", "cross-field: two times in a time zone"),
            Map.entry("event.time.gap", "cross-field: a wall-clock time against its zone's daylight-saving rules"),
            Map.entry("event.online_url.missing", "cross-field: depends on the attendance mode"),
            Map.entry("event.venue.missing", "cross-field: depends on the attendance mode"),
            Map.entry("quantity.range.order", "cross-field: minimum against maximum"),
            Map.entry("quantity.percent.range", "cross-field: depends on the unit"),
            Map.entry("quantity.negative", "cross-field: depends on the unit"),
            Map.entry("article.related.self", "cross-field: story against its article"),
            Map.entry("article.related.duplicate", "cross-field: stories against each other"),
            Map.entry("disparity.basis", "cross-field: two statistics against each other"),
            Map.entry("language.invalid", "BCP 47 structure beyond the pattern (extensions, variants)"),
            Map.entry("url.invalid", "full URI syntax beyond the pattern"),
            Map.entry("extension.too_large", "the length of an extension value's JSON text"),
            Map.entry("currency.invalid", "whether three capital letters are a code in ISO 4217, which changes"),
            Map.entry("zone.unknown", "whether a zone name is in the time-zone database, which changes"));

    /** The excuses, shared with the npm package's tests. */
    record Excused(String description, Map<String, String> fixtures, List<String> notExpressible) {}

    static final Excused EXCUSED = read("schema-excused.json");

    private static Excused read(String name) {
        try (java.io.InputStream in =
                java.util.Objects.requireNonNull(SchemaConformanceTest.class.getResourceAsStream(name), name)) {
            JsonNode tree = JsonMapper.builder().build().readTree(in);
            Map<String, String> fixtures = new TreeMap<>();
            tree.get("fixtures")
                    .properties()
                    .forEach(e -> fixtures.put(e.getKey(), e.getValue().asString()));
            List<String> rules = new ArrayList<>();
            tree.get("notExpressible").forEach(n -> rules.add(n.asString()));
            return new Excused(tree.get("description").asString(), fixtures, rules);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final CampaignJson JSON = CampaignJson.create();
    private static final JsonMapper STRICT = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();
    /** A plain parser, as other languages' validators use: a repeated key keeps its last value. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** Each version's schemas by document type: a document is checked against those of its version. */
    private static final Map<String, Map<Class<?>, Schema>> SCHEMAS = new LinkedHashMap<>();

    static {
        try {
            for (String version : CampaignJson.FORMAT_VERSIONS) {
                Map<Class<?>, Schema> schemas = new LinkedHashMap<>();
                for (Map.Entry<String, Class<?>> document : SchemaGeneration.DOCUMENTS.entrySet()) {
                    String text = Files.readString(
                            Path.of(SchemaGeneration.resources(version), document.getKey() + ".json"),
                            StandardCharsets.UTF_8);
                    schemas.put(document.getValue(), REGISTRY.getSchema(text, InputFormat.JSON));
                }
                SCHEMAS.put(version, schemas);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Error> schemaErrors(Class<?> type, String document) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(document);
        } catch (JacksonException notJson) {
            return List.of(); // handled by the caller: not JSON at all
        }
        // the files of the version the document says; any other value fails the 1.0 files' const
        Map<Class<?>, Schema> schemas = SCHEMAS.getOrDefault(
                tree.path(Codec.VERSION_PROPERTY).asString(""), SCHEMAS.get(Codec.VERSIONS.get(0)));
        return java.util.Objects.requireNonNull(
                        java.util.Objects.requireNonNull(schemas).get(type))
                .validate(tree);
    }

    private static boolean isJson(String document) {
        try {
            MAPPER.readTree(document);
            return true;
        } catch (JacksonException notJson) {
            return false;
        }
    }

    @Test
    void shouldPassEveryValidDocument() throws IOException {
        Map<Class<?>, String> valid = new LinkedHashMap<>();
        valid.put(Article.class, Fixtures.read("article/seed.json"));
        valid.put(Campaign.class, Fixtures.read("campaign/seed.json"));
        valid.put(Event.class, JSON.write(SeedCampaign.ccwpAnniversary()));
        valid.put(Timeline.class, JSON.write(SeedCampaign.timeline()));
        valid.put(StoryList.class, JSON.write(StoryList.of(SeedCampaign.relatedStories())));

        valid.forEach((type, document) -> assertThat(schemaErrors(type, document))
                .as(type.getSimpleName())
                .isEmpty());
        // the seed campaign with its parties defined once, which only the 1.1 files describe
        String referenced = JSON.writeWithReferences(SeedCampaign.campaign());
        assertThat(referenced).contains("\"ref\":");
        assertThat(schemaErrors(Campaign.class, referenced)).isEmpty();
        assertThat(schemaErrors(Campaign.class, referenced.replace("\"ref\":\"lausd\"", "\"ref\":\"Not A Slug\"")))
                .isNotEmpty();
        // the second fixture, a 1.1 document of each kind that has 1.1 properties: its own version's files
        for (String fixture : List.of("campaign/example-1.1.json", "article/example-1.1.json")) {
            String document = Fixtures.read(fixture);
            Class<?> type = fixture.startsWith("campaign") ? Campaign.class : Article.class;
            assertThat(document).contains("\"schemaVersion\" : \"1.1\"");
            assertThat(schemaErrors(type, document)).as(fixture).isEmpty();
            assertThat(javaVerdict(type, document)).as(fixture).isNull();
            // the same document said to be 1.0 fails the 1.0 files, as the reader refuses it
            String older = document.replace("\"schemaVersion\" : \"1.1\"", "\"schemaVersion\" : \"1.0\"");
            assertThat(schemaErrors(type, older)).as(fixture + " as 1.0").isNotEmpty();
            assertThat(javaVerdict(type, older)).as(fixture + " as 1.0").isNotNull();
        }
    }

    @Test
    void shouldFailEveryInvalidDocumentButThoseNamedAsNotExpressible() throws IOException {
        Map<String, String> excused = EXCUSED.fixtures();
        List<String> names;
        try (Stream<Path> files = Files.list(Fixtures.sources("invalid"))) {
            names = files.map(f -> f.getFileName().toString().replace(".json", ""))
                    .sorted()
                    .toList();
        }
        assertThat(names).hasSizeGreaterThan(20);
        for (String name : names) {
            String document = Fixtures.read("invalid/" + name + ".json");
            Class<?> type = document.contains("\"attendanceMode\"") && !document.contains("relatedStories")
                    ? Event.class
                    : document.contains("\"headline\"") || !document.contains("\"name\"")
                            ? Article.class
                            : Campaign.class;
            boolean schemaRefuses =
                    !isJson(document) || !schemaErrors(type, document).isEmpty();
            if (excused.containsKey(name)) {
                assertThat(NOT_EXPRESSIBLE).containsKey(excused.get(name));
                assertThat(schemaRefuses)
                        .as("%s is excused; if the schema now catches it, drop the excuse", name)
                        .isFalse();
            } else {
                assertThat(schemaRefuses)
                        .as("the schema for %s should refuse %s", type.getSimpleName(), name)
                        .isTrue();
            }
        }
    }

    static Stream<Arguments> seeds() {
        return Seeds.of(8);
    }

    /** What Java makes of a document: null if valid, else the names of the reasons. */
    private static @Nullable Set<String> javaVerdict(Class<?> type, String document) {
        try {
            STRICT.readTree(document); // refuses repeated keys, which the reader may meet only later
        } catch (JacksonException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate")) {
                return Set.of("duplicate-keys");
            }
        }
        Object value;
        try {
            value = JSON.read(document, type);
        } catch (CampaignJsonException e) {
            String problem = e.problem();
            if (problem.startsWith("A property appears twice") || problem.contains("appears twice")) {
                return Set.of("duplicate-keys");
            }
            if (problem.contains("should be a whole number")) {
                return Set.of("whole-number.fraction");
            }
            if (problem.contains("too large or too precise")) {
                return Set.of("number-size");
            }
            if (e.code().equals("date.school_year.invalid")) {
                return Set.of("fuzzy-date.school-year");
            }
            if (problem.startsWith("Invalid fuzzy date")) {
                return Set.of("fuzzy-date.calendar");
            }
            if (problem.contains("is not an IANA time zone name")) {
                return Set.of("zone.unknown");
            }
            if (problem.contains("is not a local date and time")) {
                return Set.of("local-date-time.calendar");
            }
            if ((e.code().startsWith("json.reference.") && !e.code().equals("json.reference.not_alone"))
                    || e.code().equals("json.party.duplicate_id")) {
                return Set.of("party.references");
            }
            if (problem.contains(" is not possible: ")) {
                return Set.of("builder-consistency");
            }
            return Set.of("reader: " + problem);
        }
        List<ValidationProblem> problems =
                CampaignValidator.create().validate(value).getProblems();
        if (problems.isEmpty()) {
            return null;
        }
        Set<String> codes = new java.util.TreeSet<>();
        problems.forEach(p -> codes.add(p.getCode()));
        if (codes.remove("text.unsafe") && hasBrokenSurrogate(document)) {
            codes.add("text.broken-surrogate");
        } else if (problems.stream().anyMatch(p -> p.getCode().equals("text.unsafe"))) {
            codes.add("text.unsafe");
        }
        return codes;
    }

    /** Whether a document's text holds half a surrogate pair, raw or escaped. */
    static boolean hasBrokenSurrogate(String document) {
        String text = java.util.regex.Pattern.compile("\\\\u([dD][89a-fA-F][0-9a-fA-F]{2})")
                .matcher(document)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldAgreeWithTheJavaReaderAndValidator(long seed) {
        RandomModels models = new RandomModels(seed);
        Random random = new Random(seed);
        Map<String, Integer> excusedBy = new TreeMap<>();
        int agreed = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<Class<?>> types = new ArrayList<>(SchemaGeneration.DOCUMENTS.values());
            Class<?> type = types.get(random.nextInt(types.size()));
            List<String> documents = new ArrayList<>();
            Object model = models.any(type);
            documents.add(JSON.write(model));
            documents.add(MutationTestSupport.damage(MAPPER.readTree(documents.get(0)), random));
            // the same document with its parties defined once, where it has any to define
            String referenced = JSON.writeWithReferences(model);
            if (!referenced.equals(documents.get(0))) {
                documents.add(referenced);
                documents.add(MutationTestSupport.damage(MAPPER.readTree(referenced), random));
            }
            for (String document : documents) {
                if (!isJson(document)) {
                    continue; // not JSON: neither side has a document to judge
                }
                Set<String> java = javaVerdict(type, document);
                boolean schemaValid = schemaErrors(type, document).isEmpty();
                if ((java == null) == schemaValid) {
                    agreed++;
                } else if (java != null && NOT_EXPRESSIBLE.keySet().containsAll(java)) {
                    java.forEach(reason -> excusedBy.merge(reason, 1, Integer::sum));
                } else {
                    disagreements.add((java == null
                                    ? "Java accepts, schema refuses: " + schemaErrors(type, document)
                                    : "Java refuses " + java + ", schema accepts")
                            + "\n" + document);
                }
            }
        }
        assertThat(disagreements).as("seed %d; excused: %s", seed, excusedBy).isEmpty();
        assertThat(agreed).isGreaterThan(50);
    }

    @Test
    void shouldShareItsExcusesWithTheNpmPackage() {
        assertThat(EXCUSED.notExpressible()).containsExactlyInAnyOrderElementsOf(NOT_EXPRESSIBLE.keySet());
        assertThat(NOT_EXPRESSIBLE.keySet()).containsAll(EXCUSED.fixtures().values());
    }

    static Stream<Arguments> whereEnginesDiffer() {
        String article = Fixtures.read("article/seed.json");
        String campaign = Fixtures.read("campaign/seed.json");
        return Stream.of(
                Arguments.of(
                        "a whole number written with a fraction",
                        Campaign.class,
                        campaign.replace("\"number\" : 2", "\"number\" : 2.0"),
                        "whole-number.fraction"),
                Arguments.of(
                        "a whole number beyond an int",
                        Campaign.class,
                        campaign.replace("\"number\" : 2", "\"number\" : 2147483648"),
                        "refused"),
                Arguments.of(
                        "a number beyond a double",
                        Campaign.class,
                        campaign.replaceFirst("\"value\" : [0-9.]+", "\"value\" : 1e1000000"),
                        "number-size"),
                Arguments.of(
                        "a headline of a no-break space",
                        Article.class,
                        article.replaceFirst("\"headline\" : \"[^\"]*\"", "\"headline\" : \"\u00A0\""),
                        "valid"),
                Arguments.of(
                        "a headline of a byte-order mark",
                        Article.class,
                        article.replaceFirst("\"headline\" : \"[^\"]*\"", "\"headline\" : \"\uFEFF\""),
                        "valid"),
                Arguments.of(
                        "a headline of an em space",
                        Article.class,
                        article.replaceFirst("\"headline\" : \"[^\"]*\"", "\"headline\" : \"\u2003\""),
                        "refused"));
    }

    /**
     * The cases the npm issue found where schema and reader disagreed, each now agreeing or named as
     * not expressible: how a number is written, bounds, and white space, which regular-expression
     * engines define differently (the schemas spell out Java's).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("whereEnginesDiffer")
    void shouldAgreeWhereSchemaEnginesAndTheReaderOnceDiffered(
            String name, Class<?> type, String document, String expected) {
        Set<String> java = javaVerdict(type, document);
        boolean schemaValid = schemaErrors(type, document).isEmpty();

        switch (expected) {
            case "valid" -> {
                assertThat(java).as("Java").isNull();
                assertThat(schemaValid).as("schema").isTrue();
            }
            case "refused" -> {
                assertThat(java).as("Java").isNotNull();
                assertThat(schemaValid).as("schema").isFalse();
            }
            default -> {
                assertThat(java).as("Java").containsExactly(expected);
                assertThat(NOT_EXPRESSIBLE).containsKey(expected);
            }
        }
    }
}
