package org.campaignmodel.kafka;

import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.campaignmodel.format.DocumentException;

/**
 * A record's value that is not a campaign document of the expected type: the topic, and, as its
 * {@linkplain #error() cause}, the binding's error with the JSON Pointer, line, column and message.
 * Kafka's clients and Kafka Streams treat it as any {@link SerializationException}, so an exception
 * handler can skip or route the record instead of stopping.
 */
public final class CampaignRecordException extends SerializationException {
    private static final long serialVersionUID = 1L;

    /** The topic the record came from. */
    private final String topic;

    CampaignRecordException(String topic, DocumentException error) {
        super("topic " + topic + ": " + error.getMessage(), error);
        this.topic = topic;
    }

    /** {@return the topic the record came from} */
    public String topic() {
        return topic;
    }

    /** {@return what is wrong and where: the binding's error, with its pointer, line and column} */
    public DocumentException error() {
        return (DocumentException) Objects.requireNonNull(getCause());
    }
}
