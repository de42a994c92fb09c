package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campaignmodel.format.internal.Codec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published schemas are the ones the model generates today. If this fails, the model changed:
 * regenerate the files with the command in the failure message, review the diff, and commit it.
 */
final class SchemaFilesTest {
    static final String UPDATE_COMMAND = "./mvnw -pl json -am test -Dtest=SchemaFilesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcampaign.updateSchemas=true";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** One generator per version this library writes: 1.0, 1.1, ... */
    static List<SchemaGeneration> everyVersion() {
        List<SchemaGeneration> all = new ArrayList<>();
        for (int minor = 0; minor < Codec.VERSIONS.size(); minor++) {
            all.add(new SchemaGeneration(minor));
        }
        return all;
    }

    @Test
    void shouldMatchTheCommittedSchemaFiles() throws IOException {
        for (SchemaGeneration generation : everyVersion()) {
            Map<String, ObjectNode> generated = generation.generate();
            Path dir = Path.of(SchemaGeneration.resources(generation.version()));
            if (Boolean.getBoolean("campaign.updateSchemas")) {
                generation.write(dir, generated);
            }
            for (Map.Entry<String, ObjectNode> schema : generated.entrySet()) {
                Path file = dir.resolve(schema.getKey() + ".json");
                assertThat(file)
                        .as("%s is missing; create it with:\n%s", file, UPDATE_COMMAND)
                        .exists();
                JsonNode committed = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
                assertThat(committed)
                        .as("%s no longer matches the model; regenerate the schemas with:\n%s", file, UPDATE_COMMAND)
                        .isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(schema.getValue())));
            }
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
                        .as("schema files nobody generates any more")
                        .containsExactlyInAnyOrderElementsOf(generated.keySet());
            }
        }
        try (var folders = Files.list(Path.of(SchemaGeneration.ROOT))) {
            assertThat(folders.map(f -> f.getFileName().toString()))
                    .as("a folder for each version, and no other")
                    .containsExactlyInAnyOrderElementsOf(Codec.VERSIONS);
        }
    }

    @Test
    void shouldShipTheSchemasInTheJar() {
        for (String version : CampaignJson.FORMAT_VERSIONS) {
            for (String name : CampaignJson.SCHEMA_NAMES) {
                assertThat(MAPPER.readTree(CampaignJson.schema(version, name))
                                .get("$id")
                                .asString())
                        .isEqualTo(SchemaGeneration.base(version) + name + ".json");
            }
        }
        for (String name : CampaignJson.SCHEMA_NAMES) {
            assertThat(CampaignJson.schema(name)).isEqualTo(CampaignJson.schema(CampaignJson.FORMAT_VERSION, name));
        }
        assertThat(CampaignJson.FORMAT_VERSIONS).containsExactlyElementsOf(Codec.VERSIONS);
        assertThat(CampaignJson.SCHEMA_NAMES)
                .containsExactlyElementsOf(new SchemaGeneration().generate().keySet());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CampaignJson.schema("articles"))
                .hasMessageContaining("No schema \"articles\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CampaignJson.schema("2.0", "article"))
                .hasMessageContaining("No schemas of version \"2.0\"")
                .hasMessageContaining("1.0, 1.1");
    }

    @Test
    void shouldKeepEachVersionToItsOwnProperties() {
        ObjectNode old = java.util.Objects.requireNonNull(
                new SchemaGeneration(0).generate().get("definitions"));
        ObjectNode next = java.util.Objects.requireNonNull(
                new SchemaGeneration(1).generate().get("definitions"));
        assertThat(old.at("/$defs/Demand/properties").has("deadline")).isFalse();
        assertThat(next.at("/$defs/Demand/properties").has("deadline")).isTrue();
        // a minor version only adds: every 1.0 definition and property is still in 1.1
        old.get("$defs").properties().forEach(def -> {
            JsonNode later = next.get("$defs").get(def.getKey());
            assertThat(later).as(def.getKey()).isNotNull();
            JsonNode properties = def.getValue().get("properties");
            if (properties != null) {
                properties
                        .properties()
                        .forEach(p -> assertThat(later.get("properties").has(p.getKey()))
                                .as(def.getKey() + "." + p.getKey())
                                .isTrue());
            }
        });
    }

    @Test
    void shouldDescribeEveryPropertyAndCloseEveryObjectButExtensions() {
        for (SchemaGeneration generation : everyVersion()) {
            for (Map.Entry<String, ObjectNode> schema : generation.generate().entrySet()) {
                JsonNode root = schema.getValue();
                assertThat(root.get("$id").asString())
                        .isEqualTo(SchemaGeneration.base(generation.version()) + schema.getKey() + ".json");
                assertThat(root.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
                assertThat(root.get("title").asString()).endsWith(" " + generation.version());
                List<String> problems = new ArrayList<>();
                walk(root, "#", problems);
                assertThat(problems).as(schema.getKey()).isEmpty();
            }
        }
    }

    /** The draft 2020-12 keywords the schemas may use; anything else would need options elsewhere. */
    private static final java.util.Set<String> STANDARD = java.util.Set.of(
            "$schema",
            "$id",
            "$ref",
            "$defs",
            "title",
            "description",
            "type",
            "properties",
            "required",
            "additionalProperties",
            "items",
            "maxItems",
            "enum",
            "const",
            "pattern",
            "maxLength",
            "minLength",
            "minimum",
            "exclusiveMinimum",
            "maximum",
            "format",
            "oneOf",
            "anyOf",
            "propertyNames",
            "maxProperties",
            "minProperties",
            "examples");

    @Test
    void shouldUseOnlyStandardKeywordsAndFormats() {
        for (SchemaGeneration generation : everyVersion()) {
            for (Map.Entry<String, ObjectNode> schema : generation.generate().entrySet()) {
                List<String> problems = new ArrayList<>();
                keywords(schema.getValue(), "#", problems);
                assertThat(problems)
                        .as(generation.version() + " " + schema.getKey())
                        .isEmpty();
            }
        }
    }

    private static void keywords(JsonNode node, String where, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                keywords(node.get(i), where + "/" + i, problems);
            }
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            String key = child.getKey();
            if (!STANDARD.contains(key)) {
                problems.add(where + " uses " + key);
            }
            if (key.equals("format") && !child.getValue().asString().equals("uri")) {
                problems.add(where + " uses format " + child.getValue());
            }
            if (key.equals("properties") || key.equals("$defs")) {
                for (Map.Entry<String, JsonNode> named : child.getValue().properties()) {
                    keywords(named.getValue(), where + "/" + key + "/" + named.getKey(), problems);
                }
            } else if (!key.equals("enum") && !key.equals("const") && !key.equals("examples")) {
                keywords(child.getValue(), where + "/" + key, problems);
            }
        }
    }

    private static void walk(JsonNode node, String where, List<String> problems) {
        if (!node.isObject()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), where + "/" + i, problems);
                }
            }
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            for (Map.Entry<String, JsonNode> p : properties.properties()) {
                JsonNode description = p.getValue().get("description");
                if (description == null || description.asString().length() < 8) {
                    problems.add(where + "/properties/" + p.getKey() + " has no useful description");
                }
            }
            JsonNode additional = node.get("additionalProperties");
            // a definition's properties with one more required ("$ref" beside "required") are closed there
            if (!node.has("$ref") && (additional == null || additional.asBoolean(true))) {
                problems.add(where + " is not closed with additionalProperties: false");
            }
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            if (child.getKey().equals("extensions")) {
                continue; // open by design: other projects' data
            }
            walk(child.getValue(), where + "/" + child.getKey(), problems);
        }
    }
}
