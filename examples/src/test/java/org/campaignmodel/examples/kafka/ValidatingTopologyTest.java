package org.campaignmodel.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.kafka.CampaignSerde;
import org.campaignmodel.kafka.ValidatingTopology;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * campaign-kafka's checking topology on Kafka Streams' test driver: no broker, the real processing.
 * (Here rather than in campaign-kafka because the driver shares a package with Kafka Streams, which
 * only the class path allows.)
 */
final class ValidatingTopologyTest {
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> incoming;
    private TestOutputTopic<String, Campaign> valid;
    private TestOutputTopic<String, byte[]> deadLetter;

    @BeforeEach
    void start() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "campaign-intake");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        driver = new TopologyTestDriver(
                ValidatingTopology.build(Campaign.class, "campaigns.incoming", "campaigns", "campaigns.dead-letter"),
                config);
        incoming = driver.createInputTopic(
                "campaigns.incoming",
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        valid = driver.createOutputTopic(
                "campaigns",
                Serdes.String().deserializer(),
                CampaignSerde.of(Campaign.class).deserializer());
        deadLetter = driver.createOutputTopic(
                "campaigns.dead-letter",
                Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode report(TestRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(ValidatingTopology.REPORT_HEADER);
        assertThat(header).as("report header").isNotNull();
        return JsonMapper.builder().build().readTree(header.value());
    }

    @Test
    void shouldSendValidDocumentsOnInCanonicalForm() {
        String seed = CampaignJson.create().write(SeedCampaign.campaign());
        // the same document with extra spaces still arrives canonical
        incoming.pipeInput("lausd", utf8(seed.replace("\":", "\": ")));

        assertThat(valid.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("lausd");
            assertThat(kv.value).isEqualTo(SeedCampaign.campaign());
        });
        assertThat(deadLetter.isEmpty()).isTrue();
    }

    @Test
    void shouldSendInvalidDocumentsToTheDeadLetterTopicWithTheirReport() {
        byte[] broken = utf8(
                "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"demands\":["
                        + "{\"number\":1,\"title\":\"A\",\"action\":\"adopt\"},{\"number\":1,\"title\":\"B\",\"action\":\"adopt\"}]}");
        incoming.pipeInput("c", broken);

        TestRecord<String, byte[]> record = deadLetter.readRecord();
        assertThat(record.key()).isEqualTo("c");
        assertThat(record.value()).isEqualTo(broken);
        JsonNode report = report(record);
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("problems").get(0).get("code").asString()).isEqualTo("demand.number.sequence");
        assertThat(report.get("problems").get(0).get("pointer").asString()).isEqualTo("/demands/1/number");
        assertThat(valid.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepGoingAfterHostileRecords() {
        List<byte[]> hostile = List.of(
                utf8("{\"schemaVersion\":\"1.0\",\"id\":"),
                new byte[] {(byte) 0xC3, (byte) 0x28},
                new byte[0],
                utf8("{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"extensions\":{\"org.example\":"
                        + "[".repeat(5000) + "]".repeat(5000) + "}}"),
                utf8("{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"aliases\":[1e99999999999]}"),
                utf8("{\"schemaVersion\":\"2.0\",\"id\":\"c\",\"name\":\"C\"}"));
        for (byte[] value : hostile) {
            incoming.pipeInput("bad", value);
        }
        incoming.pipeInput("good", utf8(CampaignJson.create().write(SeedCampaign.campaign())));

        List<TestRecord<String, byte[]>> dead = deadLetter.readRecordsToList();
        assertThat(dead).hasSize(hostile.size());
        for (int i = 0; i < dead.size(); i++) {
            assertThat(dead.get(i).value()).isEqualTo(hostile.get(i));
            JsonNode problem = report(dead.get(i)).get("problems").get(0);
            assertThat(problem.get("code").asString()).startsWith("json.");
            assertThat(problem.get("message").asString()).isNotBlank().hasSizeLessThan(600);
        }
        assertThat(valid.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good");
    }

    @Test
    void shouldPassTombstonesThrough() {
        incoming.pipeInput("gone", (byte[]) null);

        assertThat(valid.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("gone");
            assertThat(kv.value).isNull();
        });
    }
}
