package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;

final class BuildersTest {

    @Test
    void shouldNameEveryMissingMandatoryPart() {
        assertThatThrownBy(() -> Demand.builder().detail("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot build Demand")
                .hasMessageContaining("number")
                .hasMessageContaining("title")
                .hasMessageContaining("action");
        assertThatThrownBy(() -> Article.builder().headline("h").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot build Article")
                .hasMessageContaining("id");
        assertThatThrownBy(() -> Event.builder().name("n").build())
                .hasMessageContaining("start")
                .hasMessageContaining("zone")
                .hasMessageContaining("attendanceMode");
    }

    @Test
    void shouldRefuseValuesThatWouldMeanNothing() {
        assertThatThrownBy(() -> DecisionMaker.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set at least one of person, seat or organization");
        assertThatThrownBy(() -> Place.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set at least one of name");
        assertThatThrownBy(() -> Quantity.of(Comparison.BETWEEN, BigDecimal.ONE, Unit.count()))
                .hasMessageContaining("set maximum for a BETWEEN range");
        assertThatThrownBy(() -> Unit.builder().kind(Unit.Kind.MONEY).build())
                .hasMessageContaining("a currency is set for money");
        assertThatThrownBy(() -> MonetaryAmount.builder()
                        .amount(BigDecimal.ONE)
                        .currency("USD")
                        .comparison(Comparison.BETWEEN)
                        .build())
                .hasMessageContaining("set maximum for a BETWEEN range");
        assertThatThrownBy(() -> MonetaryAmount.builder()
                        .amount(BigDecimal.ONE)
                        .currency("USD")
                        .maximum(BigDecimal.TEN)
                        .build())
                .as("a maximum without a range")
                .hasMessageContaining("and only for one");
        assertThatThrownBy(() -> LanguageVersion.builder().language("es").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set its id, its url or both");
        assertThat(MonetaryAmount.builder()
                        .amount(BigDecimal.ONE)
                        .currency("USD")
                        .comparison(Comparison.APPROXIMATELY)
                        .build()
                        .getComparison())
                .contains(Comparison.APPROXIMATELY);
    }

    @Test
    void shouldBuildImmutableValuesThatCompareByContent() {
        Demand demand = Demand.builder()
                .number(1)
                .title("Fund counselors")
                .action(DemandAction.INCREASE_FUNDING)
                .addItems("counselors")
                .build();

        assertThat(demand).isEqualTo(Demand.builder().from(demand).build());
        assertThat(demand.getDetail()).isEmpty();
        assertThat(demand.currentStatus()).isEmpty();
        assertThatThrownBy(() -> demand.getItems().add("nurses")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldKeepCodesItDoesNotKnowInsteadOfFailing() {
        DemandStatus known = DemandStatus.of("met");
        DemandStatus other = DemandStatus.of("tabled_until_fall");

        assertThat(known).isSameAs(DemandStatus.MET);
        assertThat(known.isKnown()).isTrue();
        assertThat(other.isKnown()).isFalse();
        assertThat(other).hasToString("tabled_until_fall").isEqualTo(DemandStatus.of("tabled_until_fall"));
        assertThat(DemandStatus.knownValues()).contains(DemandStatus.PROPOSED).doesNotContain(other);
        assertThat(LegislationStatus.WITHDRAWN).isNotEqualTo(DemandStatus.WITHDRAWN);
    }

    @Test
    void shouldRefuseMalformedCodesSayingWhatIsAllowed() {
        assertThatThrownBy(() -> EventStatus.of("Moved Online"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EventStatus code \"Moved Online\" is not well formed")
                .hasMessageContaining("lowercase letters and digits");
        assertThatThrownBy(() -> EventStatus.of("x".repeat(500))).hasMessageContaining("…");
    }

    @Test
    void shouldDeriveEventTimesFromTheIanaZoneAcrossDaylightSaving() {
        Event winter = SeedCampaign.ccwpAnniversary();

        assertThat(winter.startsAt()).hasToString("2025-11-05T17:00-08:00[America/Los_Angeles]");
        assertThat(winter.endsAt().orElseThrow().toOffsetDateTime()).hasToString("2025-11-05T20:00-08:00");
    }
}
