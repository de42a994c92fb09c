package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.campaignmodel.Actor;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.Block;
import org.campaignmodel.Comparison;
import org.campaignmodel.DemandStatus;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Paragraph;
import org.campaignmodel.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model's smaller values in an application's own objects: a fuzzy date, a status or a block held
 * by a DTO is written and read in the wire format's form, not as Java beans.
 */
final class ScalarValuesTest {
    private static final JsonMapper MAPPER = CampaignJson.create().mapper();

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(
                        FuzzyDate.class,
                        FuzzyDate.parse("2023-06", "June 2023"),
                        "{\"edtf\":\"2023-06\",\"phrase\":\"June 2023\"}"),
                Arguments.of(DemandStatus.class, DemandStatus.of("partially_met"), "\"partially_met\""),
                Arguments.of(DemandStatus.class, DemandStatus.of("won_in_court"), "\"won_in_court\""),
                Arguments.of(AttendanceMode.class, AttendanceMode.IN_PERSON, "\"in_person\""),
                Arguments.of(Comparison.class, Comparison.MORE_THAN, "\"more_than\""),
                Arguments.of(Block.class, Paragraph.of("Text."), "{\"type\":\"paragraph\",\"text\":\"Text.\"}"),
                Arguments.of(Actor.class, Person.of("Ana"), "{\"type\":\"person\",\"name\":\"Ana\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("values")
    void shouldWriteAndReadTheWireForm(Class<Object> type, Object value, String json) {
        assertThat(MAPPER.writerFor(type).writeValueAsString(value)).isEqualTo(json);
        assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
    }

    @Test
    void shouldWriteValuesInsideAnApplicationsOwnMap() {
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("since", FuzzyDate.parse("1948", "In 1948"));
        dto.put("status", DemandStatus.of("partially_met"));
        dto.put("mode", AttendanceMode.HYBRID);

        assertThat(MAPPER.writeValueAsString(dto))
                .isEqualTo("{\"since\":{\"edtf\":\"1948\",\"phrase\":\"In 1948\"},"
                        + "\"status\":\"partially_met\",\"mode\":\"hybrid\"}");
    }

    @Test
    void shouldRefuseAnUnknownConstantOfAClosedSet() {
        assertThatThrownBy(() -> MAPPER.readValue("\"sometimes\"", AttendanceMode.class))
                .hasMessageContaining("in_person, online, hybrid");
    }
}
