package org.campaignmodel.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.testing.SeedCampaign;
import org.campaignmodel.testing.Seeds;
import org.campaignmodel.validation.CampaignValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A record is a valid document or a report, never an exception, whatever its bytes. */
final class RecordCheckTest {
    private static final CampaignJson JSON = CampaignJson.create();
    private static final CampaignValidator VALIDATOR = CampaignValidator.create();

    private static RecordCheck<Campaign> check(byte @org.jspecify.annotations.Nullable [] value) {
        return RecordCheck.of(value, Campaign.class, JSON, VALIDATOR);
    }

    private static JsonNode report(RecordCheck<?> check) {
        return JsonMapper.builder().build().readTree(check.reportJson());
    }

    @Test
    void shouldPassAValidDocument() {
        RecordCheck<Campaign> check = check(JSON.write(SeedCampaign.campaign()).getBytes(StandardCharsets.UTF_8));

        assertThat(check.isValid()).isTrue();
        assertThat(check.document()).hasValue(SeedCampaign.campaign());
        assertThat(check.report().getProblems()).isEmpty();
        assertThat(report(check).get("valid").asBoolean()).isTrue();
        assertThat(report(check).get("problems")).isEmpty();
    }

    @Test
    void shouldReportEveryBrokenRule() {
        String broken = "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\" \",\"demands\":["
                + "{\"number\":2,\"title\":\"T\",\"action\":\"adopt\"}]}";

        RecordCheck<Campaign> check = check(broken.getBytes(StandardCharsets.UTF_8));

        assertThat(check.isValid()).isFalse();
        assertThat(check.document()).isEmpty();
        JsonNode report = report(check);
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("problems"))
                .extracting(
                        p -> p.get("pointer").asString() + " " + p.get("code").asString())
                .containsExactly("/demands/0/number demand.number.sequence", "/name text.blank");
    }

    @Test
    void shouldReportAnUnreadableValueWithItsPointer() {
        RecordCheck<Campaign> check = check("{\"schemaVersion\":\"1.0\",\"nmae\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(check.isValid()).isFalse();
        assertThat(check.report().getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getCode()).isEqualTo("json.unknown_property");
            assertThat(p.getPointer()).isEqualTo("/nmae");
            assertThat(p.getMessage()).contains("Did you mean \"name\"?");
        });
    }

    @Test
    void shouldReportAMissingValue() {
        assertThat(check(null).report().getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getMessage()).contains("no value");
            assertThat(p.getCode()).isEqualTo(RecordCheck.NO_VALUE);
        });
    }

    static Stream<Arguments> seeds() {
        return Seeds.of(8);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldNeverThrowOnDamagedRecords(long seed) {
        Random random = new Random(seed);
        byte[] good = JSON.write(SeedCampaign.campaign()).getBytes(StandardCharsets.UTF_8);
        int invalid = 0;
        for (int i = 0; i < 200; i++) {
            byte[] damaged = good.clone();
            for (int j = 0; j < 1 + random.nextInt(4); j++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }

            RecordCheck<Campaign> check = check(damaged);

            assertThat(check.isValid()).isEqualTo(check.report().getProblems().isEmpty());
            assertThat(report(check).get("problems").size())
                    .isEqualTo(check.report().getProblems().size());
            invalid += check.isValid() ? 0 : 1;
        }
        assertThat(invalid).as("damaged records found invalid").isPositive();
    }
}
