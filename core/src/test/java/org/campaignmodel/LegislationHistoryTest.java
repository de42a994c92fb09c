package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bill's current status, worked out from its dated history (wire format 1.1). */
final class LegislationHistoryTest {
    /** Steps written "kind@chamber", dated a month apart in 2023. */
    private static LegislationReference bill(String status, String... steps) {
        List<LegislativeAction> history = new ArrayList<>();
        int month = 1;
        for (String step : steps) {
            String[] parts = step.split("@", -1);
            LegislativeAction.Builder b = LegislativeAction.builder()
                    .date(FuzzyDate.parse(String.format("2023-%02d", month++)))
                    .action(LegislativeActionKind.of(parts[0]));
            if (parts.length > 1) {
                b.chamber(parts[1]);
            }
            history.add(b.build());
        }
        LegislationReference.Builder b = LegislationReference.builder()
                .jurisdiction("US-CA")
                .identifier("SB 627")
                .history(history);
        if (!status.isEmpty()) {
            b.status(LegislationStatus.of(status));
        }
        return b.build();
    }

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of(bill(""), null),
                Arguments.of(bill("passed"), "passed"),
                Arguments.of(bill("", "introduced@Senate"), "introduced"),
                Arguments.of(bill("", "introduced@Senate", "referred@Senate"), "in_committee"),
                Arguments.of(bill("", "introduced@Senate", "amended@Senate"), "introduced"),
                Arguments.of(bill("", "introduced@Senate", "passed_chamber@Senate"), "passed_chamber"),
                Arguments.of(
                        bill(
                                "",
                                "introduced@Senate",
                                "passed_chamber@Senate",
                                "amended@Assembly",
                                "passed_chamber@Assembly"),
                        "passed"),
                Arguments.of(bill("", "passed_chamber@Senate", "passed_chamber@senate "), "passed_chamber"),
                Arguments.of(bill("", "passed_chamber@Senate", "passed_chamber"), "passed"),
                Arguments.of(bill("", "passed_chamber", "passed_chamber"), "passed_chamber"),
                Arguments.of(
                        bill("", "introduced", "passed_chamber@Senate", "passed_chamber@Assembly", "signed"), "signed"),
                Arguments.of(bill("", "passed_chamber@Senate", "passed_chamber@Assembly", "chaptered"), "signed"),
                Arguments.of(bill("", "passed_chamber@Senate", "passed_chamber@Assembly", "vetoed"), "vetoed"),
                Arguments.of(bill("", "introduced", "failed"), "failed"),
                Arguments.of(bill("", "introduced", "withdrawn"), "withdrawn"),
                // a step of another project's list settles nothing; the step before it does
                Arguments.of(bill("", "introduced", "read_second_time"), "introduced"),
                // the history, when it says, wins over a status given beside it
                Arguments.of(bill("introduced", "introduced", "signed"), "signed"),
                Arguments.of(bill("signed", "amended", "read_second_time"), "signed"));
    }

    @ParameterizedTest
    @MethodSource("histories")
    void shouldWorkOutTheStatusFromTheLatestStepThatSettlesOne(LegislationReference bill, String expected) {
        assertThat(bill.currentStatus()).isEqualTo(Optional.ofNullable(expected).map(LegislationStatus::of));
    }
}
