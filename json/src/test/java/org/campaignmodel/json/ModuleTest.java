package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.campaignmodel.Campaign;
import org.campaignmodel.Organization;
import org.campaignmodel.format.Limits;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The module works inside a user's own mapper, next to their modules, and touches only our types. */
final class ModuleTest {

    /** A user's own type, which the module must leave to Jackson. */
    public record Invoice(
            BigDecimal total,
            @org.jspecify.annotations.Nullable String note) {}

    @Test
    void shouldWorkInAUsersOwnMapperNextToTheirModules() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new SimpleModule("users-own"))
                .addModule(new CampaignModule())
                .build();

        String json = mapper.writeValueAsString(SeedCampaign.campaign());

        assertThat(mapper.readValue(json, Campaign.class)).isEqualTo(SeedCampaign.campaign());
        assertThat(json).isEqualTo(CampaignJson.create().write(SeedCampaign.campaign()));
    }

    @Test
    void shouldBeFoundByServiceLoader() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

        assertThat(mapper.readValue("{\"name\":\"Knock LA\"}", Organization.class))
                .isEqualTo(Organization.of("Knock LA"));
        // only the module refuses unknown properties whatever the mapper says, so it was found
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"X\",\"nmae\":\"Y\"}", Organization.class))
                .hasMessageContaining("Did you mean \"name\"?");
    }

    @Test
    void shouldStayStrictWhateverTheMappersSettings() {
        JsonMapper lenient = JsonMapper.builder()
                .addModule(new CampaignModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();

        assertThatThrownBy(() -> lenient.readValue("{\"name\":\"X\",\"nmae\":\"Y\"}", Organization.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Unknown property \"nmae\" in Organization. Did you mean \"name\"?")
                .hasMessageContaining("(at /nmae)");
    }

    @Test
    void shouldLeaveTheUsersOwnTypesAlone() {
        JsonMapper plain = JsonMapper.builder().build();
        JsonMapper withModule =
                JsonMapper.builder().addModule(new CampaignModule()).build();
        Invoice invoice = new Invoice(new BigDecimal("1E+3"), null);

        assertThat(withModule.writeValueAsString(invoice)).isEqualTo(plain.writeValueAsString(invoice));
    }

    @Test
    void shouldHoldNoGlobalStateBetweenModules() {
        CampaignModule strict =
                new CampaignModule().withLimits(Limits.defaults().withMaxListLength(1));
        JsonMapper small = JsonMapper.builder().addModule(strict).build();
        JsonMapper normal = JsonMapper.builder().addModule(new CampaignModule()).build();
        String twoAliases = "{\"name\":\"X\",\"aliases\":[\"a\",\"b\"]}";

        assertThat(normal.readValue(twoAliases, Organization.class).getAliases())
                .hasSize(2);
        assertThatThrownBy(() -> small.readValue(twoAliases, Organization.class))
                .hasMessageContaining("\"aliases\" has more than 1 items");
        assertThat(strict.getLimits().maxListLength()).isEqualTo(1);
        assertThat(new CampaignModule().getModuleName()).isEqualTo("CampaignModule");
        assertThat(Limits.defaults().withMaxDepth(8).maxDepth()).isEqualTo(8);
        assertThat(Limits.defaults().maxDepth()).isEqualTo(64);
        assertThatThrownBy(() -> Limits.defaults().withMaxListLength(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Every limit must be positive");
    }
}
