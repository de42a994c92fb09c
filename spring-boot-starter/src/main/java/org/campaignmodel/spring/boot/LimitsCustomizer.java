package org.campaignmodel.spring.boot;

import org.campaignmodel.format.Limits;
import org.campaignmodel.json.CampaignJson;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Puts the module, with the configured limits, on Boot's own mapper, after Boot's own customizing. */
final class LimitsCustomizer implements JsonMapperBuilderCustomizer, Ordered {
    private final Limits limits;

    LimitsCustomizer(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void customize(JsonMapper.Builder builder) {
        CampaignJson.configure(builder, limits);
    }

    @Override
    public int getOrder() {
        // after Boot's standard customizer, which adds the modules found on the class path
        return 10;
    }
}
