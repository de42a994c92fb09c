package org.campaignmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.FieldRuleVisitor;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** An application's own validator shows the library's messages, in its language, not their templates. */
final class CampaignMessageInterpolatorTest {
    /** As Spring's validator does: every message in the locale of the request at hand. */
    private static Validator validator(Locale locale) {
        CampaignMessageInterpolator ours = new CampaignMessageInterpolator(new ParameterMessageInterpolator());
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return ours.interpolate(template, context, locale);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale ignored) {
                        return ours.interpolate(template, context, locale);
                    }
                })
                .buildValidatorFactory();
        return factory.getValidator();
    }

    private static Set<String> messages(Validator validator, Object value) {
        return validator.validate(value).stream()
                .map(ConstraintViolation::getMessage)
                .collect(Collectors.toSet());
    }

    private static Demand longTitle() {
        return Demand.builder()
                .number(1)
                .title("x".repeat(301))
                .action(DemandAction.ADOPT)
                .build();
    }

    @Test
    void shouldFillInTheLibrarysTemplatesInEnglish() {
        assertThat(messages(validator(Locale.ENGLISH), longTitle()))
                .containsExactly("This text is longer than 300 characters. Shorten it.");
    }

    @Test
    void shouldFillInTheLibrarysTemplatesInSpanish() {
        assertThat(messages(validator(Locale.forLanguageTag("es-MX")), longTitle()))
                .containsExactly("Este texto tiene más de 300 caracteres. Acórtelo.");
    }

    @Test
    void shouldHandOtherTemplatesToTheInterpolatorItWraps() {
        assertThat(messages(validator(Locale.ENGLISH), new FieldRuleVisitor("ab")))
                .singleElement()
                .asString()
                .doesNotContain("{")
                .contains("between 3 and");
    }
}
