package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignmodel.internal.meta.ModelTypes;
import org.junit.jupiter.api.Test;

/** The writers generated at build time (module codegen) cover the model this binding reads. */
final class ModelWritersTest {
    @Test
    void shouldHaveAWriterForEveryValueType() {
        assertThat(ModelWriters.byType().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        ModelTypes.discover().models.keySet());
    }
}
