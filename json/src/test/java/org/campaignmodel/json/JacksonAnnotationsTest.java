package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An older jackson-annotations than Jackson 3 needs is said plainly, with what to do. */
final class JacksonAnnotationsTest {
    @Test
    void shouldFindTheAnnotationsThisBuildUses() {
        assertThatCode(JacksonAnnotations::require).doesNotThrowAnyException();
    }

    @Test
    void shouldSayWhatIsMissingAndWhatToDo() {
        assertThatThrownBy(() -> JacksonAnnotations.require("com.fasterxml.jackson.annotation.NotYetWritten"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jackson-annotations 2.21 or newer")
                .hasMessageContaining("NotYetWritten is missing")
                .hasMessageContaining("use campaign-jackson2");
    }
}
