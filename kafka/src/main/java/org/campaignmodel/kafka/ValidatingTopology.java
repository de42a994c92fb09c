package org.campaignmodel.kafka;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.validation.CampaignValidator;
import org.jspecify.annotations.Nullable;

/**
 * A Kafka Streams topology that checks incoming documents: each record of the incoming topic is
 * read and validated; a valid document goes on to the valid topic in canonical form, and anything
 * else goes to the dead-letter topic unchanged, byte for byte, with its report (JSON, see {@link
 * RecordCheck#reportJson()}) in the {@value #REPORT_HEADER} header, so that it can be fixed and
 * replayed. Tombstones pass through to the valid topic. A bad record never stops the stream. Keys
 * are strings.
 */
public final class ValidatingTopology {
    /** The dead-letter record header that holds the report. */
    public static final String REPORT_HEADER = "campaignmodel.report";

    private ValidatingTopology() {}

    /**
     * Builds the topology on the Jackson 3 binding ({@code campaign-json}, which must be on the class
     * path) with its default limits and the default validator.
     *
     * @param type the document type, such as {@code Campaign.class}
     * @param incoming the topic to read
     * @param valid the topic valid documents go to
     * @param deadLetter the topic everything else goes to
     * @param <T> the type
     * @return the topology
     */
    public static <T> Topology build(Class<T> type, String incoming, String valid, String deadLetter) {
        StreamsBuilder builder = new StreamsBuilder();
        addTo(builder, type, incoming, valid, deadLetter, CampaignJson.create(), CampaignValidator.create());
        return builder.build();
    }

    /**
     * Adds the checking to a topology being built, reading with the given binding's facade ({@code
     * CampaignJson} or {@code CampaignJackson2}) and validator.
     *
     * @param builder the builder
     * @param type the document type
     * @param incoming the topic to read
     * @param valid the topic valid documents go to
     * @param deadLetter the topic everything else goes to
     * @param json the facade, and so the limits
     * @param validator the validator
     * @param <T> the type
     */
    public static <T> void addTo(
            StreamsBuilder builder,
            Class<T> type,
            String incoming,
            String valid,
            String deadLetter,
            CampaignFormat<?> json,
            CampaignValidator validator) {
        Objects.requireNonNull(type, "type");
        KStream<String, byte[]> in = builder.stream(incoming, Consumed.with(Serdes.String(), Serdes.ByteArray()));
        in.split(Named.as("campaignmodel-"))
                .branch(
                        (key, value) -> value == null,
                        Branched.withConsumer(
                                tombstones -> tombstones.to(valid, Produced.with(Serdes.String(), Serdes.ByteArray())),
                                "tombstone"))
                .defaultBranch(Branched.withConsumer(
                        documents -> documents
                                .mapValues(value -> new Checked<>(value, RecordCheck.of(value, type, json, validator)))
                                .split(Named.as("campaignmodel-checked-"))
                                .branch(
                                        (key, c) -> c.check().isValid(),
                                        Branched.withConsumer(
                                                good -> good.mapValues(c -> c.check()
                                                                .document()
                                                                .orElseThrow())
                                                        .to(
                                                                valid,
                                                                Produced.with(
                                                                        Serdes.String(), CampaignSerde.of(type, json))),
                                                "valid"))
                                .defaultBranch(Branched.withConsumer(
                                        bad -> bad.processValues(DeadLetter<T>::new)
                                                .to(deadLetter, Produced.with(Serdes.String(), Serdes.ByteArray())),
                                        "invalid")),
                        "document"));
    }

    /** A record's value and what it turned out to be. */
    private static final class Checked<T> {
        private final byte[] value;
        private final RecordCheck<T> check;

        Checked(byte[] value, RecordCheck<T> check) {
            this.value = value;
            this.check = check;
        }

        byte[] value() {
            return value;
        }

        RecordCheck<T> check() {
            return check;
        }
    }

    /** Sends the value on unchanged, with the report in a header. */
    private static final class DeadLetter<T> implements FixedKeyProcessor<String, Checked<T>, byte[]> {
        private @Nullable FixedKeyProcessorContext<String, byte[]> context;

        @Override
        public void init(FixedKeyProcessorContext<String, byte[]> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, Checked<T>> record) {
            Checked<T> checked = record.value();
            record.headers().add(REPORT_HEADER, checked.check().reportJson());
            Objects.requireNonNull(context, "init").forward(record.withValue(checked.value()));
        }
    }
}
