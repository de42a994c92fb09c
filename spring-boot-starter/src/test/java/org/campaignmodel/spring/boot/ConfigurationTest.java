package org.campaignmodel.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.campaignmodel.format.Limits;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.validation.CampaignValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** Properties that change what the starter sets up, and an application that brings its own beans. */
final class ConfigurationTest {
    @Test
    void shouldHoldTheLimitsSetByProperties() throws Exception {
        try (CampaignService.Running service = CampaignService.start(
                CampaignService.class,
                "campaignmodel.json.limits.max-list-length=1",
                "campaignmodel.json.limits.max-depth=6")) {
            CampaignService.Reply twoAliases = service.post(
                    "/campaigns", "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"aliases\":[\"a\",\"b\"]}");
            CampaignService.Reply deep = service.post(
                    "/campaigns",
                    "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"extensions\":{\"org.example\":[[[[[[]]]]]]}}");

            assertThat(twoAliases.status()).isEqualTo(400);
            assertThat(twoAliases.json().get("detail").asString()).contains("more than 1 items");
            // where the library's own facade, with the same limits, points
            assertThat(twoAliases.json().get("pointer").asString()).isEqualTo("/aliases/1");
            assertThat(deep.status()).isEqualTo(400);
            assertThat(deep.json().get("detail").asString()).contains("more than 6 deep");
            assertThat(service.context().getBean(CampaignJson.class).mapper().readValue("[]", Object.class))
                    .isNotNull();
        }
    }

    @Test
    void shouldDefaultToTheLibrarysLimits() {
        Limits limits = new CampaignModelProperties.Limits().toLimits();

        assertThat(limits).isEqualTo(Limits.defaults());
    }

    @Test
    void shouldTurnPartsOff() throws Exception {
        try (CampaignService.Running service =
                CampaignService.start(CampaignService.class, "campaignmodel.problem-details.enabled=false")) {
            CampaignService.Reply reply =
                    service.post("/campaigns", "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"nmae\":\"C\"}");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).doesNotStartWith("application/problem+json");
            assertThat(service.get("/schemas/campaign-model/1.0/campaign.json").status())
                    .isEqualTo(404);
        }
    }

    @Test
    void shouldServeTheSchemasAtTheDefaultPath() throws Exception {
        try (CampaignService.Running service =
                CampaignService.start(CampaignService.class, "campaignmodel.schemas.enabled=true")) {
            assertThat(service.get("/schemas/campaign-model/1.1/article.json").body())
                    .isEqualTo(CampaignJson.schema("article"));
            assertThat(service.get("/schemas/campaign-model/1.0/article.json").body())
                    .isEqualTo(CampaignJson.schema("1.0", "article"));
        }
    }

    /** An application with its own facade and its own validator. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CampaignService.Endpoints.class)
    static class OwnBeans {
        static final CampaignJson JSON = CampaignJson.create(Limits.defaults().withMaxListLength(3));

        @Bean
        CampaignJson myCampaignJson() {
            return JSON;
        }

        @Bean
        LocalValidatorFactoryBean myValidator() {
            return new LocalValidatorFactoryBean();
        }
    }

    @Test
    void shouldBackOffWhenTheApplicationBringsItsOwnBeans() throws Exception {
        try (CampaignService.Running service = CampaignService.start(OwnBeans.class)) {
            assertThat(service.context().getBean(CampaignJson.class)).isSameAs(OwnBeans.JSON);
            assertThat(service.context().getBeansOfType(jakarta.validation.Validator.class))
                    .containsOnlyKeys("myValidator");
            assertThat(service.context().getBean(CampaignValidator.class)).isNotNull();
            assertThatThrownBy(() -> service.context().getBean("defaultValidator"))
                    .isInstanceOf(NoSuchBeanDefinitionException.class);
        }
    }
}
