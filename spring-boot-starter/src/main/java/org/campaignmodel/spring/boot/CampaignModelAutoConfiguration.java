package org.campaignmodel.spring.boot;

import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.validation.CampaignMessageInterpolator;
import org.campaignmodel.validation.CampaignValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Makes the Campaign Model native in a Spring Boot application. Each part backs off when the
 * application defines its own bean of the same type, or when its library is absent:
 *
 * <ul>
 *   <li>a {@link CampaignJson} and a {@link CampaignValidator};
 *   <li>the Jackson module on Boot's own mapper, with the limits of {@code
 *       campaignmodel.json.limits.*};
 *   <li>Boot's default validator, which then fills in the library's messages in the request's
 *       language (English or Spanish, from {@code Accept-Language}) instead of showing their
 *       templates;
 *   <li>RFC 9457 problem details for requests whose body is a campaign document ({@code
 *       campaignmodel.problem-details.enabled}, on by default);
 *   <li>the published JSON Schemas as {@code application/schema+json} under {@code
 *       campaignmodel.schemas.path} ({@code campaignmodel.schemas.enabled}, off by default).
 * </ul>
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(CampaignModelProperties.class)
public final class CampaignModelAutoConfiguration {
    /** Created by Spring. */
    public CampaignModelAutoConfiguration() {}

    /**
     * The facade, with the configured limits.
     *
     * @param properties the settings
     * @return the facade
     */
    @Bean
    @ConditionalOnMissingBean
    public CampaignJson campaignJson(CampaignModelProperties properties) {
        return CampaignJson.create(properties.getJson().getLimits().toLimits());
    }

    /**
     * The library's validator, with its own rule walk and messages.
     *
     * @return the validator
     */
    @Bean
    @ConditionalOnMissingBean
    public CampaignValidator campaignValidator() {
        return CampaignValidator.create();
    }

    /** The module, with the limits, on the mapper Boot builds. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JsonMapperBuilderCustomizer.class)
    static class JacksonConfiguration {
        @Bean
        JsonMapperBuilderCustomizer campaignModelJsonMapperCustomizer(CampaignModelProperties properties) {
            return new LimitsCustomizer(properties.getJson().getLimits().toLimits());
        }
    }

    /** Boot's default validator, made to speak the library's messages. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({LocalValidatorFactoryBean.class, ValidationConfigurationCustomizer.class})
    static class ValidationConfiguration {
        // Built as Boot builds it, with one difference: the library's templates are filled in by the
        // library, in the language of the request at hand.
        @Bean
        @ConditionalOnMissingBean(jakarta.validation.Validator.class)
        static LocalValidatorFactoryBean defaultValidator(
                ApplicationContext context, ObjectProvider<ValidationConfigurationCustomizer> customizers) {
            LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean();
            factory.setConfigurationInitializer(
                    configuration -> customizers.orderedStream().forEach(c -> c.customize(configuration)));
            factory.setMessageInterpolator(
                    new CampaignMessageInterpolator(new MessageInterpolatorFactory(context).getObject()));
            return factory;
        }
    }

    /** Problem details and the schema endpoint, in a servlet web application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(DispatcherServlet.class)
    static class WebConfiguration {
        @Bean
        @ConditionalOnProperty(prefix = "campaignmodel.problem-details", name = "enabled", matchIfMissing = true)
        CampaignProblemResolver campaignProblemResolver(CampaignValidator validator) {
            return new CampaignProblemResolver(validator);
        }

        @Bean
        @ConditionalOnProperty(prefix = "campaignmodel.schemas", name = "enabled")
        RouterFunction<ServerResponse> campaignModelSchemas(CampaignModelProperties properties) {
            return SchemaRoutes.at(properties.getSchemas().getPath());
        }
    }
}
