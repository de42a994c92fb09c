package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a class-level rule's violation at the property it is about, with the rule's own code. */
final class Violations {
    private Violations() {}

    /** Reports {@code code} at {@code property}, such as {@code end}. */
    static void at(ConstraintValidatorContext context, String code, String property) {
        context.buildConstraintViolationWithTemplate(template(code))
                .addPropertyNode(property)
                .addConstraintViolation();
    }

    /** Reports {@code code} at {@code list[index].property}, such as {@code demands[2].number}. */
    static void at(ConstraintValidatorContext context, String code, String list, int index, String property) {
        context.buildConstraintViolationWithTemplate(template(code))
                .addPropertyNode(list)
                .addPropertyNode(property)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
    }

    /** Reports {@code code} at the element {@code list[index]} itself. */
    static void atElement(ConstraintValidatorContext context, String code, String list, int index) {
        context.buildConstraintViolationWithTemplate(template(code))
                .addPropertyNode(list)
                .addBeanNode()
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
    }

    static void start(ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
    }

    private static String template(String code) {
        return "{campaign." + code + "}";
    }
}
