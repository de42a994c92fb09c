package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Hostile input for the EDTF parser. In a normal build this runs the inputs under
 * {@code src/test/resources/.../FuzzyDateFuzzTestInputs} once each (regression mode); run
 * {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=FuzzyDateFuzzTest} to fuzz for real.
 */
final class FuzzyDateFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void shouldParseOrRefuseWithItsOwnException(@NotNull String input) {
        try {
            FuzzyDate date = FuzzyDate.parse(input);
            assertThat(date).hasToString(input);
            assertThat(FuzzyDate.parse(date.toString())).isEqualTo(date);
            date.getEarliest();
            date.getLatest();
        } catch (FuzzyDateFormatException e) {
            assertThat(e.getPosition()).isBetween(0, input.length());
            assertThat(e.getMessage()).contains("Invalid fuzzy date");
        }
    }
}
