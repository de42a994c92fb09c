package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.Campaign;
import org.campaignmodel.Comparison;
import org.campaignmodel.DemandStatus;
import org.campaignmodel.Event;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.MonetaryAmount;
import org.campaignmodel.Organization;
import org.campaignmodel.Quantity;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.StatusChange;
import org.campaignmodel.StoryKind;
import org.campaignmodel.StoryList;
import org.campaignmodel.Unit;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;

/** The documented wire format, one rule at a time, byte for byte. */
final class WireFormatTest {
    private static final CampaignJson JSON = CampaignJson.create();

    @Test
    void shouldLeaveOutAbsentValuesAndNeverWriteNull() {
        assertThat(JSON.write(Organization.of("Knock LA"))).isEqualTo("{\"name\":\"Knock LA\"}");
    }

    @Test
    void shouldWriteFuzzyDatesAsEdtfStringsWithThePhraseBesideIt() {
        assertThat(JSON.write(StatusChange.of(DemandStatus.PROPOSED, FuzzyDate.parse("2023-12"))))
                .isEqualTo("{\"date\":\"2023-12\",\"status\":\"proposed\"}");
        assertThat(JSON.write(StatusChange.of(DemandStatus.MET, FuzzyDate.parse("../2014", "By 2014"))))
                .isEqualTo("{\"date\":{\"edtf\":\"../2014\",\"phrase\":\"By 2014\"},\"status\":\"met\"}");
        assertThat(JSON.write(StatusChange.of(DemandStatus.of("tabled"), FuzzyDate.relative("later"))))
                .isEqualTo("{\"date\":{\"phrase\":\"later\"},\"status\":\"tabled\"}");
    }

    @Test
    void shouldKeepEveryDigitOfMoneyAndWriteEnumerationsInLowercase() {
        assertThat(JSON.write(MonetaryAmount.of(new BigDecimal("78000000.00"), "USD")))
                .isEqualTo("{\"amount\":78000000.00,\"currency\":\"USD\"}");
        assertThat(JSON.write(Quantity.of(Comparison.MORE_THAN, new BigDecimal("200"), Unit.count())))
                .isEqualTo("{\"comparison\":\"more_than\",\"unit\":{\"kind\":\"count\"},\"value\":200}");
        assertThat(JSON.read("{\"amount\":12345678901234567890.123456789,\"currency\":\"USD\"}", MonetaryAmount.class)
                        .getAmount())
                .isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    }

    @Test
    void shouldWriteEventTimesAsLocalDateTimeWithTheIanaZone() {
        Event event = Event.builder()
                .name("Mail night")
                .start(LocalDateTime.of(2025, 7, 21, 17, 30))
                .zone(ZoneId.of("America/Los_Angeles"))
                .attendanceMode(AttendanceMode.ONLINE)
                .registrationUrl("https://bit.ly/MAILNIGHT721")
                .build();

        assertThat(JSON.write(event))
                .isEqualTo("{\"schemaVersion\":\"1.0\",\"attendanceMode\":\"online\",\"name\":\"Mail night\","
                        + "\"registrationUrl\":\"https://bit.ly/MAILNIGHT721\",\"start\":\"2025-07-21T17:30:00\","
                        + "\"status\":\"scheduled\",\"zone\":\"America/Los_Angeles\"}");
    }

    @Test
    void shouldMarkOnlyTopLevelDocumentsWithTheSchemaVersion() {
        String list = JSON.write(StoryList.of(List.of(RelatedStory.builder()
                .kind(StoryKind.EVENT)
                .event(SeedCampaign.mailNight())
                .build())));

        assertThat(list).startsWith("{\"schemaVersion\":\"1.0\",\"stories\":[{\"event\":{\"id\":");
        assertThat(list.indexOf("schemaVersion")).isEqualTo(list.lastIndexOf("schemaVersion"));
    }

    @Test
    void shouldWriteTheSameBytesForEqualValues() {
        Organization a = Organization.builder()
                .name("Coalition")
                .putExtensions("org.example.b", "[1,2]")
                .putExtensions("org.example.a", "{\"x\":true}")
                .build();
        Organization b = Organization.builder()
                .name("Coalition")
                .extensions(Map.of("org.example.a", "{\"x\":true}", "org.example.b", "[1,2]"))
                .build();

        assertThat(JSON.write(a))
                .isEqualTo(JSON.write(b))
                .isEqualTo("{\"name\":\"Coalition\",\"extensions\":{\"org.example.a\":{\"x\":true},"
                        + "\"org.example.b\":[1,2]}}");
        assertThat(JSON.write(SeedCampaign.campaign())).isEqualTo(JSON.write(SeedCampaign.campaign()));
    }

    @Test
    void shouldKeepExtensionValuesOfEveryKindThroughARoundTrip() {
        String document = "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"extensions\":{"
                + "\"org.example.crm\":{\"contactId\":\"abc\",\"score\":0.75,\"tags\":[\"a\",null,true,-3]},"
                + "\"org.example.flag\":false,\"org.example.n\":12345678901234567890.5,\"org.example.s\":\"x\"}}";

        Campaign campaign = JSON.read(document, Campaign.class);

        assertThat(campaign.getExtensions()).containsEntry("org.example.flag", "false");
        assertThat(JSON.write(campaign)).isEqualTo(document);
    }

    @Test
    void shouldPutTheTypeOfABlockFirstButReadItAnywhere() {
        String first = "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"body\":[{\"type\":\"heading\",\"level\":2,"
                + "\"text\":\"T\"}],\"headline\":\"H\"}";
        String last = "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"body\":[{\"level\":2,\"text\":\"T\","
                + "\"type\":\"heading\"}],\"headline\":\"H\"}";

        assertThat(JSON.write(JSON.read(last, org.campaignmodel.Article.class))).isEqualTo(first);
        assertThat(JSON.read(first, org.campaignmodel.Article.class))
                .isEqualTo(JSON.read(last, org.campaignmodel.Article.class));
    }
}
