package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Test
    void shouldMatchTheCommittedSchemaFiles() throws IOException {
        Map<String, ObjectNode> generated = new SchemaGeneration().generate();
        Path dir = Path.of(SchemaGeneration.RESOURCES);
        if (Boolean.getBoolean("campaign.updateSchemas")) {
            new SchemaGeneration().write(dir, generated);
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

    @Test
    void shouldShipTheSchemasInTheJar() {
        for (String name : CampaignJson.SCHEMA_NAMES) {
            assertThat(MAPPER.readTree(CampaignJson.schema(name)).get("$id").asString())
                    .isEqualTo(SchemaGeneration.BASE + name + ".json");
        }
        assertThat(CampaignJson.SCHEMA_NAMES)
                .containsExactlyElementsOf(new SchemaGeneration().generate().keySet());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CampaignJson.schema("articles"))
                .hasMessageContaining("No schema \"articles\"");
    }

    @Test
    void shouldDescribeEveryPropertyAndCloseEveryObjectButExtensions() {
        for (Map.Entry<String, ObjectNode> schema :
                new SchemaGeneration().generate().entrySet()) {
            JsonNode root = schema.getValue();
            assertThat(root.get("$id").asString()).isEqualTo(SchemaGeneration.BASE + schema.getKey() + ".json");
            assertThat(root.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(root.get("title").asString()).contains("1.0");
            List<String> problems = new ArrayList<>();
            walk(root, "#", problems);
            assertThat(problems).as(schema.getKey()).isEmpty();
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
        for (Map.Entry<String, ObjectNode> schema :
                new SchemaGeneration().generate().entrySet()) {
            List<String> problems = new ArrayList<>();
            keywords(schema.getValue(), "#", problems);
            assertThat(problems).as(schema.getKey()).isEmpty();
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
            if (additional == null || additional.asBoolean(true)) {
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
