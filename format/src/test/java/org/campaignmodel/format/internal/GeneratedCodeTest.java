package org.campaignmodel.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.internal.meta.ModelTypes.Property;
import org.junit.jupiter.api.Test;

/** The readers and writers generated at build time (module codegen) cover the model the codec serves. */
final class GeneratedCodeTest {
    private static final ModelTypes TYPES = ModelTypes.discover();

    @Test
    void shouldHaveAWriterAndAReaderForEveryValueType() {
        assertThat(ModelWriters.byType().keySet()).containsExactlyInAnyOrderElementsOf(TYPES.models.keySet());
        assertThat(ModelReaders.byType().keySet()).containsExactlyInAnyOrderElementsOf(TYPES.models.keySet());
        assertThat(ModelReaders.unions().keySet()).containsExactlyInAnyOrderElementsOf(TYPES.unions.keySet());
    }

    @Test
    void shouldKnowOneVersionForEachMinorTheModelNames() {
        assertThat(Codec.VERSIONS).hasSize(ModelTypes.NEWEST_MINOR + 1);
        for (int minor = 0; minor < Codec.VERSIONS.size(); minor++) {
            assertThat(Codec.VERSIONS.get(minor)).isEqualTo("1." + minor);
        }
        assertThat(Codec.VERSION).isEqualTo(Codec.VERSIONS.get(ModelTypes.NEWEST_MINOR));
        Set<Integer> used = new HashSet<>();
        TYPES.models.values().forEach(m -> m.properties.forEach(p -> used.add(p.minor)));
        assertThat(used).as("every version adds something").containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void shouldNumberEveryPropertyNameOnce() {
        List<String> names = List.of(ModelWriters.NAMES);
        Set<String> properties = new HashSet<>();
        for (ModelType model : TYPES.models.values()) {
            for (Property property : model.properties) {
                properties.add(property.name);
            }
        }
        assertThat(names).doesNotHaveDuplicates().containsAll(properties);
        assertThat(names.subList(0, 4)).containsExactly(Codec.VERSION_PROPERTY, Codec.TYPE_PROPERTY, "edtf", "phrase");
        assertThat(ModelWriters.SCHEMA_VERSION).isZero();
        assertThat(names.get(ModelWriters.TYPE)).isEqualTo("type");
    }
}
