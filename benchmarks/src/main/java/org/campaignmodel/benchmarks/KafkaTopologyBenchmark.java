package org.campaignmodel.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.kafka.CampaignSerde;
import org.campaignmodel.kafka.ValidatingTopology;
import org.campaignmodel.testing.SeedCampaign;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Records per second through campaign-kafka's checking topology, on Kafka Streams' test driver (the
 * real processing, no broker and no network): one valid seed campaign, or one broken one that goes to
 * the dead-letter topic with its report, per operation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class KafkaTopologyBenchmark {
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> incoming;
    private final TestOutputTopic<String, Campaign> valid;
    private final TestOutputTopic<String, byte[]> deadLetter;
    private final byte[] good;
    private final byte[] broken;

    /** Starts the driver and prepares the two records; JMH makes one per trial and thread. */
    public KafkaTopologyBenchmark() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "campaign-intake-benchmark");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        driver = new TopologyTestDriver(ValidatingTopology.build(Campaign.class, "in", "valid", "dead-letter"), config);
        incoming = driver.createInputTopic(
                "in", Serdes.String().serializer(), Serdes.ByteArray().serializer());
        valid = driver.createOutputTopic(
                "valid",
                Serdes.String().deserializer(),
                CampaignSerde.of(Campaign.class).deserializer());
        deadLetter = driver.createOutputTopic(
                "dead-letter",
                Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        String seed = CampaignJson.create().write(SeedCampaign.campaign());
        good = seed.getBytes(StandardCharsets.UTF_8);
        broken = seed.replace("\"number\":2", "\"number\":7").getBytes(StandardCharsets.UTF_8);
        if (java.util.Arrays.equals(good, broken)) {
            throw new IllegalStateException("the broken record is not broken");
        }
    }

    /** Closes the driver. */
    @TearDown(Level.Trial)
    public void stop() {
        driver.close();
    }

    /**
     * A valid campaign in, read back from the valid topic.
     *
     * @param hole takes the campaign
     */
    @Benchmark
    public void validRecord(Blackhole hole) {
        incoming.pipeInput("lausd", good);
        hole.consume(valid.readValue());
    }

    /**
     * A campaign that breaks a rule in, read back from the dead-letter topic.
     *
     * @param hole takes the record
     */
    @Benchmark
    public void deadLetterRecord(Blackhole hole) {
        incoming.pipeInput("lausd", broken);
        hole.consume(deadLetter.readRecord());
    }
}
