package org.campaignmodel.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.format.Limits;
import org.campaignmodel.jackson2.CampaignJackson2;
import org.campaignmodel.jackson2.CampaignJackson2Exception;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The serde writes the canonical document and refuses anything else with a routable, pointed error. */
final class CampaignSerdeTest {
    private static final CampaignSerde<Campaign> CAMPAIGNS = CampaignSerde.of(Campaign.class);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteTheCanonicalDocumentAndReadItBack() {
        byte[] bytes = CAMPAIGNS.serializer().serialize("campaigns", SeedCampaign.campaign());

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo(CampaignJson.create().write(SeedCampaign.campaign()));
        assertThat(CAMPAIGNS.deserializer().deserialize("campaigns", bytes)).isEqualTo(SeedCampaign.campaign());
        CampaignSerde<Article> articles = CampaignSerde.of(Article.class);
        assertThat(articles.deserializer()
                        .deserialize("articles", articles.serializer().serialize("articles", SeedCampaign.article())))
                .isEqualTo(SeedCampaign.article());
        assertThat(articles.type()).isEqualTo(Article.class);
    }

    @Test
    void shouldKeepTombstones() {
        assertThat(CAMPAIGNS.serializer().serialize("campaigns", null)).isNull();
        assertThat(CAMPAIGNS.deserializer().deserialize("campaigns", null)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown property   | {"schemaVersion":"1.0","id":"c","nmae":"C"}   | /nmae | Did you mean "name"?
            malformed JSON        | {"schemaVersion":"1.0","id":                | /id   | This is not valid JSON
            a campaign's array    | [1,2]                                       | ''    | Campaign
            """)
    void shouldSayWhereTheValueIsWrong(String name, String value, String pointer, String problem) {
        assertThatThrownBy(() -> CAMPAIGNS.deserializer().deserialize("incoming", utf8(value)))
                .isInstanceOf(SerializationException.class)
                .isInstanceOfSatisfying(CampaignRecordException.class, e -> {
                    assertThat(e.topic()).isEqualTo("incoming");
                    assertThat(e.error().pointer()).isEqualTo(pointer);
                    assertThat(e.error().problem()).contains(problem);
                    assertThat(e.getMessage()).startsWith("topic incoming: ");
                    assertThat(e.error().lineNumber()).hasValue(1);
                });
    }

    @Test
    void shouldRefuseHostileValuesUnderTheFacadesLimits() {
        byte[] deep = utf8("{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"extensions\":{\"org.example\":"
                + "[".repeat(100) + "]".repeat(100) + "}}");
        byte[] notUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        CampaignSerde<Campaign> strict = CampaignSerde.of(
                Campaign.class, CampaignJson.create(Limits.defaults().withMaxDepth(8)));

        assertThatThrownBy(() -> CAMPAIGNS.deserializer().deserialize("t", deep))
                .isInstanceOf(CampaignRecordException.class);
        assertThatThrownBy(() -> CAMPAIGNS.deserializer().deserialize("t", notUtf8))
                .isInstanceOf(CampaignRecordException.class);
        assertThatThrownBy(() -> CAMPAIGNS.deserializer().deserialize("t", new byte[0]))
                .isInstanceOf(CampaignRecordException.class);
        assertThatThrownBy(() -> strict.deserializer()
                        .deserialize(
                                "t",
                                utf8("{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\","
                                        + "\"extensions\":{\"org.example\":[[[[[[[[[]]]]]]]]]}}")))
                .isInstanceOfSatisfying(
                        CampaignRecordException.class,
                        e -> assertThat(e.error().problem()).contains("limit for untrusted input"));
    }

    @Test
    void shouldCarryTheSameBytesOverTheJackson2Binding() {
        CampaignSerde<Campaign> jackson2 = CampaignSerde.of(Campaign.class, CampaignJackson2.create());

        byte[] written = jackson2.serializer().serialize("t", SeedCampaign.campaign());

        assertThat(written).isEqualTo(CAMPAIGNS.serializer().serialize("t", SeedCampaign.campaign()));
        assertThat(jackson2.deserializer().deserialize("t", written)).isEqualTo(SeedCampaign.campaign());
        assertThatThrownBy(() -> jackson2.deserializer().deserialize("t", utf8("{\"schemaVersion\":\"1.0\",\"id\":")))
                .isInstanceOfSatisfying(CampaignRecordException.class, e -> {
                    assertThat(e.error()).isInstanceOf(CampaignJackson2Exception.class);
                    assertThat(e.error().code()).isEqualTo("json.syntax");
                    assertThat(e.error().pointer()).isEqualTo("/id");
                });
    }
}
