package org.campaignmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.campaignmodel.Organization;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs in the separate "el" execution, with an Expression Language implementation on the path: even a
 * validator that evaluates EL in message templates never evaluates user text through this library.
 */
@Tag("el")
final class ExpressionLanguageTest {

    @Test
    void shouldNeverEvaluateUserTextEvenWhenTheApplicationsValidatorHasEl() throws Exception {
        Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"); // EL really is present here
        Validator withEl = Validation.buildDefaultValidatorFactory().getValidator();
        Organization hostile =
                Organization.builder().name("${1+1} #{2*3}\u0007").build();

        ValidationReport report = CampaignValidator.using(withEl).validate(hostile);

        assertThat(report.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getCode()).isEqualTo("text.unsafe");
            assertThat(p.getValue()).contains("${1+1} #{2*3}\\u0007");
            assertThat(p.getMessage()).startsWith("This text holds a control character");
        });
    }
}
