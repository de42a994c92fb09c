package org.campaignmodel.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.campaignmodel.Campaign;
import org.campaignmodel.kafka.CampaignSerde;
import org.campaignmodel.kafka.ValidatingTopology;

/**
 * Campaign documents arriving on a Kafka topic, checked on the way in: valid ones go on to {@code
 * campaigns}, the rest to {@code campaigns.dead-letter} with their report. To keep the example
 * runnable anywhere, the topology runs on Kafka Streams' test driver; in a service the same {@code
 * Topology} goes to {@code new KafkaStreams(topology, config)}.
 */
public final class KafkaIntake {
    private KafkaIntake() {}

    /**
     * Sends three records through the topology and prints where each went.
     *
     * @param args none
     */
    public static void main(String[] args) {
        Topology topology =
                ValidatingTopology.build(Campaign.class, "campaigns.incoming", "campaigns", "campaigns.dead-letter");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "campaign-intake");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, config)) {
            TestInputTopic<String, byte[]> incoming = driver.createInputTopic(
                    "campaigns.incoming",
                    Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            TestOutputTopic<String, Campaign> valid = driver.createOutputTopic(
                    "campaigns",
                    Serdes.String().deserializer(),
                    CampaignSerde.of(Campaign.class).deserializer());
            TestOutputTopic<String, byte[]> deadLetter = driver.createOutputTopic(
                    "campaigns.dead-letter",
                    Serdes.String().deserializer(),
                    Serdes.ByteArray().deserializer());

            incoming.pipeInput(
                    "good",
                    utf8("{\"schemaVersion\":\"1.0\",\"id\":\"counselors-not-cops\","
                            + "\"name\":\"Counselors Not Cops\"}"));
            incoming.pipeInput(
                    "renumbered",
                    utf8("{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\","
                            + "\"demands\":[{\"number\":2,\"title\":\"Hire counselors\",\"action\":\"fund\"}]}"));
            incoming.pipeInput("cut-off", utf8("{\"schemaVersion\":\"1.0\",\"id\":"));

            for (var record : valid.readKeyValuesToList()) {
                System.out.println("campaigns: " + record.key + " " + record.value.getName());
            }
            for (TestRecord<String, byte[]> record : deadLetter.readRecordsToList()) {
                Header report = record.headers().lastHeader(ValidatingTopology.REPORT_HEADER);
                System.out.println("campaigns.dead-letter: " + record.key() + " "
                        + new String(report.value(), StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
