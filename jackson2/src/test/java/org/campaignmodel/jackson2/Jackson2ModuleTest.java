package org.campaignmodel.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.List;
import org.campaignmodel.Campaign;
import org.campaignmodel.Organization;
import org.campaignmodel.format.Limits;
import org.campaignmodel.testing.Fixtures;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 module in an application's own mapper: found the usual way, strict whatever the
 * mapper says, campaigns inside the application's own objects, and the application's types left
 * alone. (What both bindings must do alike is tested in module binding-tests.)
 */
final class Jackson2ModuleTest {
    /** An application's own object holding a campaign, as a controller would take and return it. */
    public static final class Envelope {
        public String source = "";
        public Campaign campaign = SeedCampaign.campaign();
        public List<Organization> partners = List.of();
    }

    /** An application's own type, which the module must leave to Jackson. */
    public static final class Invoice {
        public BigDecimal total = new BigDecimal("1E+3");
        public String note = "n";
    }

    @Test
    void shouldWriteTheCanonicalDocumentWhenFoundTheUsualWay() throws Exception {
        // the setup the issue reports as silently writing the wrong document before this module existed
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        String json = mapper.writeValueAsString(SeedCampaign.campaign());

        assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(Fixtures.read("campaign/seed.json")));
        assertThat(mapper.readValue(json, Campaign.class)).isEqualTo(SeedCampaign.campaign());
    }

    @Test
    void shouldCarryACampaignInsideTheApplicationsOwnObject() throws Exception {
        ObjectMapper mapper =
                JsonMapper.builder().addModule(new Jackson2CampaignModule()).build();
        Envelope envelope = new Envelope();
        envelope.source = "intake";
        envelope.partners = List.of(Organization.of("Knock LA"));

        String json = mapper.writeValueAsString(envelope);
        Envelope back = mapper.readValue(json, Envelope.class);

        assertThat(back.campaign).isEqualTo(SeedCampaign.campaign());
        assertThat(back.partners).containsExactly(Organization.of("Knock LA"));
        assertThat(mapper.readTree(json).get("campaign").has("schemaVersion"))
                .as("inside another object a campaign is a value, not a document")
                .isFalse();
    }

    @Test
    void shouldStayStrictWhateverTheMappersSettingsAndSayWhere() {
        ObjectMapper lenient = JsonMapper.builder()
                .addModule(new Jackson2CampaignModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        String json = "{\"source\":\"x\",\"partners\":[{\"name\":\"X\",\"nmae\":\"Y\"}]}";

        assertThatThrownBy(() -> lenient.readValue(json, Envelope.class))
                .isInstanceOfSatisfying(MismatchedInputException.class, e -> {
                    CampaignJackson2Exception translated = CampaignJackson2Exception.from(e);
                    assertThat(translated.code()).isEqualTo("json.unknown_property");
                    assertThat(translated.pointer()).isEqualTo("/partners/0/nmae");
                    assertThat(translated.problem()).startsWith("Unknown property \"nmae\" in Organization.");
                    assertThat(translated.lineNumber()).hasValue(1);
                    assertThat(translated.columnNumber()).hasValue(39);
                });
    }

    @Test
    void shouldLeaveTheApplicationsOwnTypesAlone() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper withModule =
                JsonMapper.builder().addModule(new Jackson2CampaignModule()).build();

        assertThat(withModule.writeValueAsString(new Invoice())).isEqualTo(plain.writeValueAsString(new Invoice()));
    }

    @Test
    void shouldHoldItsOwnLimitsAndNoGlobalState() throws Exception {
        ObjectMapper small = JsonMapper.builder()
                .addModule(new Jackson2CampaignModule()
                        .withLimits(Limits.defaults().withMaxListLength(1)))
                .build();
        ObjectMapper normal =
                JsonMapper.builder().addModule(new Jackson2CampaignModule()).build();
        String twoAliases = "{\"name\":\"X\",\"aliases\":[\"a\",\"b\"]}";

        assertThat(normal.readValue(twoAliases, Organization.class).getAliases())
                .hasSize(2);
        assertThatThrownBy(() -> small.readValue(twoAliases, Organization.class))
                .hasMessageContaining("\"aliases\" has more than 1 items");
        assertThat(new Jackson2CampaignModule().getModuleName()).isEqualTo("Jackson2CampaignModule");
    }

    @Test
    void shouldKeepADecimalsScaleThroughTreesOfAConfiguredMapper() throws Exception {
        ObjectMapper mapper = CampaignJackson2.configure(JsonMapper.builder(), Limits.defaults())
                .build();

        JsonNode tree = mapper.valueToTree(SeedCampaign.campaign());

        assertThat(mapper.treeToValue(tree, Campaign.class)).isEqualTo(SeedCampaign.campaign());
    }

    @Test
    void shouldTurnEveryReadingFailureIntoItsOwnError() {
        CampaignJackson2 json = CampaignJackson2.create();

        assertThatThrownBy(() -> json.read("{\"name\":", Organization.class))
                .isInstanceOfSatisfying(CampaignJackson2Exception.class, e -> {
                    assertThat(e.code()).isEqualTo("json.syntax");
                    assertThat(e.problem()).startsWith("This is not valid JSON: the document ends too soon");
                });
        assertThatThrownBy(() -> json.read("null", Organization.class))
                .isInstanceOfSatisfying(
                        CampaignJackson2Exception.class,
                        e -> assertThat(e.code()).isEqualTo("json.null"));
        assertThatThrownBy(() -> json.write(Organization.builder()
                        .name("X")
                        .putExtensions("org.example.crm", "{not json")
                        .build()))
                .isInstanceOfSatisfying(CampaignJackson2Exception.class, e -> {
                    assertThat(e.code()).isEqualTo("value.invalid");
                    assertThat(e.problem()).startsWith("Extension \"org.example.crm\" is not valid JSON");
                });
    }
}
