package org.campaignmodel.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.campaignmodel.format.Limits;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** IDEs complete the properties from the metadata the build writes, with the library's defaults. */
final class MetadataTest {
    @Test
    void shouldDescribeEveryPropertyWithItsDefault() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("metadata").isNotNull();
            metadata = JsonMapper.builder().build().readTree(in);
        }
        Map<String, JsonNode> properties = new HashMap<>();
        metadata.get("properties").forEach(p -> properties.put(p.get("name").asString(), p));
        Limits defaults = Limits.defaults();

        assertThat(properties)
                .containsOnlyKeys(
                        "campaignmodel.json.limits.max-document-length",
                        "campaignmodel.json.limits.max-depth",
                        "campaignmodel.json.limits.max-string-length",
                        "campaignmodel.json.limits.max-number-length",
                        "campaignmodel.json.limits.max-list-length",
                        "campaignmodel.json.limits.max-extension-length",
                        "campaignmodel.problem-details.enabled",
                        "campaignmodel.schemas.enabled",
                        "campaignmodel.schemas.path");
        properties.forEach((name, p) -> assertThat(p.get("description").asString())
                .as(name)
                .isNotBlank()
                .doesNotContain("{@"));
        assertThat(defaultOf(properties, "max-depth")).isEqualTo(defaults.maxDepth());
        assertThat(defaultOf(properties, "max-document-length")).isEqualTo(defaults.maxDocumentLength());
        assertThat(defaultOf(properties, "max-string-length")).isEqualTo(defaults.maxStringLength());
        assertThat(defaultOf(properties, "max-number-length")).isEqualTo(defaults.maxNumberLength());
        assertThat(defaultOf(properties, "max-list-length")).isEqualTo(defaults.maxListLength());
        assertThat(defaultOf(properties, "max-extension-length")).isEqualTo(defaults.maxExtensionLength());
    }

    private static long defaultOf(Map<String, JsonNode> properties, String limit) {
        JsonNode property = properties.get("campaignmodel.json.limits." + limit);
        assertThat(property).as(limit).isNotNull();
        return java.util.Objects.requireNonNull(property).get("defaultValue").asLong();
    }
}
