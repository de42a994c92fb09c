package org.campaignmodel;

/**
 * A class in the model's package with a rule on a field and no getter: the rule walk cannot read it,
 * the provider can. It lives here, not beside the walk's test, because only this package is open to
 * the provider.
 */
public final class FieldRuleVisitor {
    @jakarta.validation.constraints.Size(min = 3)
    private final String name;

    /**
     * Creates a visitor.
     *
     * @param name the name the rule checks
     */
    public FieldRuleVisitor(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Visitor " + name;
    }
}
