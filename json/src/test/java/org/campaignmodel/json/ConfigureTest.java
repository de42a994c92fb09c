package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.campaignmodel.Campaign;
import org.campaignmodel.Organization;
import org.campaignmodel.format.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits in a mapper the application owns, with the module added by {@code configure}: its
 * parser keeps Jackson's own generous defaults, so the module holds the limits itself.
 */
final class ConfigureTest {
    private static JsonMapper mapper(Limits limits) {
        return CampaignJson.configure(JsonMapper.builder(), limits).build();
    }

    private static String nested(int depth) {
        return "{\"name\":\"X\",\"extensions\":{\"org.example\":" + "[".repeat(depth) + "]".repeat(depth) + "}}";
    }

    private static CampaignJsonException refusal(JsonMapper mapper, String json, Class<?> type) {
        try {
            mapper.readValue(json, type);
        } catch (JacksonException e) {
            return CampaignJsonException.from(e);
        }
        throw new AssertionError("accepted: " + json);
    }

    @ParameterizedTest(name = "{0} levels")
    @CsvSource({"62, true", "63, false"})
    void shouldHoldTheDepthLimit(int levels, boolean accepted) {
        // the organization and its extensions object are two levels
        String json = nested(levels);
        JsonMapper mapper = mapper(Limits.defaults());
        if (accepted) {
            assertThat(mapper.readValue(json, Organization.class).getName()).isEqualTo("X");
        } else {
            CampaignJsonException e = refusal(mapper, json, Organization.class);
            assertThat(e.getMessage()).contains("more than 64 deep");
            assertThat(e.pointer()).startsWith("/extensions/org.example/0/0");
        }
    }

    private static String timeline(boolean typeFirst) {
        String person = "\"name\":\"Ana\",\"extensions\":{\"org.example\":[[[]]]}";
        String actor = typeFirst ? "{\"type\":\"person\"," + person + "}" : "{" + person + ",\"type\":\"person\"}";
        return "{\"schemaVersion\":\"1.0\",\"events\":[{\"date\":{\"edtf\":\"1948\"},\"title\":\"T\"," + "\"actors\":["
                + actor + "]}]}";
    }

    @ParameterizedTest(name = "type first: {0}")
    @CsvSource({"true", "false"})
    void shouldCountDepthAlikeWhereverTheTypeOfAUnionIs(boolean typeFirst) {
        // timeline, events, event, actors, actor, extensions, and three lists: nine levels
        String json = timeline(typeFirst);

        assertThat(mapper(Limits.defaults().withMaxDepth(9)).readValue(json, org.campaignmodel.Timeline.class))
                .isNotNull();
        CampaignJsonException e =
                refusal(mapper(Limits.defaults().withMaxDepth(8)), json, org.campaignmodel.Timeline.class);
        assertThat(e.getMessage()).contains("more than 8 deep");
        assertThat(e.pointer()).startsWith("/events/0/actors/0/extensions/org.example");
    }

    @Test
    void shouldHoldTheDocumentLength() {
        String json = "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"aliases\":[\"" + "a".repeat(200)
                + "\"],\"summary\":\"S\"}";

        CampaignJsonException e = refusal(mapper(Limits.defaults().withMaxDocumentLength(100)), json, Campaign.class);

        assertThat(e.getMessage()).contains("longer than 100 characters");
        assertThat(mapper(Limits.defaults().withMaxDocumentLength(1000)).readValue(json, Campaign.class))
                .isNotNull();
    }

    @Test
    void shouldHoldTheNumberLengthInExtensions() {
        String json = "{\"name\":\"X\",\"extensions\":{\"org.example\":1" + "0".repeat(20) + "}}";

        CampaignJsonException e = refusal(mapper(Limits.defaults().withMaxNumberLength(20)), json, Organization.class);

        assertThat(e.getMessage()).contains("longer than 20 characters");
        assertThat(e.pointer()).isEqualTo("/extensions/org.example");
        assertThat(mapper(Limits.defaults().withMaxNumberLength(21)).readValue(json, Organization.class))
                .isNotNull();
    }

    @Test
    void shouldReplaceAModuleFoundOnTheClassPath() {
        JsonMapper.Builder builder = JsonMapper.builder().findAndAddModules();

        JsonMapper mapper = CampaignJson.configure(builder, Limits.defaults().withMaxListLength(1))
                .build();

        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"X\",\"aliases\":[\"a\",\"b\"]}", Organization.class))
                .hasMessageContaining("more than 1 items");
    }

    @Test
    void shouldGiveTheSameRefusalAsTheFacade() {
        String json = nested(70);

        CampaignJsonException own = refusal(mapper(Limits.defaults()), json, Organization.class);

        assertThatThrownBy(() -> CampaignJson.create().read(json, Organization.class))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo(own.pointer());
                    // the parser found it for the facade, the module for the other mapper
                    assertThat(e.problem()).isEqualTo(own.problem());
                });
    }
}
