package org.campaignmodel.consumer.boot3;

import com.fasterxml.jackson.databind.Module;
import org.campaignmodel.jackson2.Jackson2CampaignModule;
import org.campaignmodel.validation.CampaignMessageInterpolator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The whole setup a Boot 3.5 application needs: the Jackson 2 module as a bean (Boot adds every
 * {@code Module} bean to its mapper), and Boot's validator with the library's messages.
 */
@SpringBootApplication
public class IntakeApplication {
    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }

    /** {@return the campaign model on Boot's own Jackson 2 mapper} */
    @Bean
    Module campaignModule() {
        return new Jackson2CampaignModule();
    }

    /** {@return Boot's validator, speaking the library's messages instead of showing their templates} */
    @Bean
    LocalValidatorFactoryBean defaultValidator() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setMessageInterpolator(new CampaignMessageInterpolator(new MessageInterpolatorFactory().getObject()));
        return validator;
    }
}
