package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.internal.meta.ModelTypes.Property;
import org.campaignmodel.testing.ExampleCampaign11;
import org.campaignmodel.validation.CampaignValidator;
import org.junit.jupiter.api.Test;

/** The second fixture uses every property format 1.1 added, and is valid. */
final class ExampleCampaign11Test {
    private static final ModelTypes TYPES = ModelTypes.discover();

    @Test
    void shouldUseEveryPropertyFormat11Added() throws ReflectiveOperationException {
        Set<String> added = new TreeSet<>();
        for (ModelType model : TYPES.models.values()) {
            for (Property property : model.properties) {
                if (property.minor == 1) {
                    added.add(model.name + "." + property.name);
                }
            }
        }
        Set<String> used = new TreeSet<>();
        walk(ExampleCampaign11.campaign(), used);
        walk(ExampleCampaign11.article(), used);

        assertThat(added).hasSizeGreaterThan(10);
        assertThat(used).as("1.1 properties the fixture leaves empty").containsAll(added);
    }

    @Test
    void shouldBeValidInEveryGroup() {
        CampaignValidator validator = CampaignValidator.create();

        assertThat(validator.validate(ExampleCampaign11.campaign()).getProblems())
                .isEmpty();
        assertThat(validator.validate(ExampleCampaign11.article()).getProblems())
                .isEmpty();
    }

    /** Collects Type.property for every property that holds something, all the way down. */
    private static void walk(Object value, Set<String> used) throws ReflectiveOperationException {
        ModelType model = null;
        for (Map.Entry<Class<?>, ModelType> entry : TYPES.models.entrySet()) {
            if (entry.getKey().isInstance(value)) {
                model = entry.getValue();
            }
        }
        if (model == null) {
            return;
        }
        for (Property property : model.properties) {
            Object held = property.method.invoke(value);
            if (held instanceof Optional<?> optional) {
                held = optional.orElse(null);
            }
            if (held == null
                    || (held instanceof Collection<?> c && c.isEmpty())
                    || (held instanceof Map<?, ?> m && m.isEmpty())) {
                continue;
            }
            used.add(model.name + "." + property.name);
            if (held instanceof Collection<?> items) {
                for (Object item : items) {
                    walk(item, used);
                }
            } else {
                walk(held, used);
            }
        }
    }
}
