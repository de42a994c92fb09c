package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Reports a rule's violation where it belongs, with the rule's own code: to the library's own walk
 * ({@link RuleContext}) or to any Jakarta Validation provider's context.
 */
final class Violations {
    private Violations() {}

    /** Reports {@code code} at {@code property}, such as {@code end}. */
    static void at(ConstraintValidatorContext context, String code, String property) {
        if (context instanceof RuleContext rule) {
            rule.report(template(code), List.of(property));
            return;
        }
        context.buildConstraintViolationWithTemplate(template(code))
                .addPropertyNode(property)
                .addConstraintViolation();
    }

    /** Reports {@code code} at {@code list[index].property}, such as {@code demands[2].number}. */
    static void at(ConstraintValidatorContext context, String code, String list, int index, String property) {
        if (context instanceof RuleContext rule) {
            rule.report(template(code), List.of(list, index, property));
            return;
        }
        context.buildConstraintViolationWithTemplate(template(code))
                .addPropertyNode(list)
                .addPropertyNode(property)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
    }

    /** Reports {@code code} at the element {@code list[index]} itself. */
    static void atElement(ConstraintValidatorContext context, String code, String list, int index) {
        if (context instanceof RuleContext rule) {
            rule.report(template(code), List.of(list, index));
            return;
        }
        context.buildConstraintViolationWithTemplate(template(code))
                .addPropertyNode(list)
                .addBeanNode()
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
    }

    /** Reports {@code template}, such as {@code {campaign.text.blank}}, at the checked value itself. */
    static void here(ConstraintValidatorContext context, String template) {
        context.disableDefaultConstraintViolation();
        if (context instanceof RuleContext rule) {
            rule.report(template, List.of());
            return;
        }
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    }

    static void start(ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
    }

    private static String template(String code) {
        return "{campaign." + code + "}";
    }
}
