package org.campaignmodel.kafka;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.json.CampaignJson;
import org.jspecify.annotations.Nullable;

/**
 * A Kafka {@link Serde} for one type of campaign document ({@code Campaign}, {@code Article}, ...)
 * over either JSON binding: values are the document's canonical UTF-8 JSON, with its schema
 * version; a {@code null} value (a tombstone) stays {@code null} both ways. Reading is as strict as
 * the binding's {@link CampaignFormat#read(byte[], Class)}, under its limits; a value that is not
 * such a document throws {@link CampaignRecordException}. {@link #of(Class)} uses the Jackson 3
 * binding ({@code campaign-json}); on Jackson 2, pass {@code CampaignJackson2.create()} to {@link
 * #of(Class, CampaignFormat)}. Immutable and thread-safe.
 *
 * @param <T> the document type
 */
public final class CampaignSerde<T> implements Serde<T> {
    private final Class<T> type;
    private final CampaignFormat<?> json;

    private CampaignSerde(Class<T> type, CampaignFormat<?> json) {
        this.type = Objects.requireNonNull(type, "type");
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * Returns a serde on the Jackson 3 binding ({@code campaign-json}, which must be on the class
     * path) with its default limits.
     *
     * @param type the document type
     * @param <T> the type
     * @return the serde
     */
    public static <T> CampaignSerde<T> of(Class<T> type) {
        return new CampaignSerde<>(type, CampaignJson.create());
    }

    /**
     * Returns a serde that reads and writes with the given binding's facade, and so under its limits:
     * {@code CampaignJson} (Jackson 3) or {@code CampaignJackson2} (Jackson 2).
     *
     * @param type the document type
     * @param json the facade
     * @param <T> the type
     * @return the serde
     */
    public static <T> CampaignSerde<T> of(Class<T> type, CampaignFormat<?> json) {
        return new CampaignSerde<>(type, json);
    }

    /** {@return the document type} */
    public Class<T> type() {
        return type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : write(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> read(topic, data);
    }

    private byte[] write(T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        json.write(value, out);
        return out.toByteArray();
    }

    private @Nullable T read(String topic, byte @Nullable [] data) {
        if (data == null) {
            return null;
        }
        try {
            return json.read(data, type);
        } catch (DocumentException e) {
            throw new CampaignRecordException(topic, e);
        }
    }
}
