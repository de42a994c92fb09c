/**
 * Campaign documents on Kafka topics: {@link org.campaignmodel.kafka.CampaignSerde} for topics that
 * hold only good documents, whose failures are a {@link org.campaignmodel.kafka.CampaignRecordException}
 * with the JSON Pointer; and {@link org.campaignmodel.kafka.RecordCheck} for topics fed from outside,
 * which reads and validates a record without throwing, so that a bad one can be sent on to a
 * dead-letter topic with its report.
 */
@NullMarked
package org.campaignmodel.kafka;

import org.jspecify.annotations.NullMarked;
