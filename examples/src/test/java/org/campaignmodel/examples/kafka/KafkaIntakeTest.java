package org.campaignmodel.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class KafkaIntakeTest {
    @Test
    void shouldRouteEachRecordAndPrintWhereItWent() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            KafkaIntake.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        // Kafka Streams logs its tasks to the same stream; the example's own lines start with the topic
        assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("campaigns")))
                .containsExactly(
                        "campaigns: good Counselors Not Cops",
                        "campaigns.dead-letter: renumbered {\"valid\":false,\"truncated\":false,\"problems\":"
                                + "[{\"pointer\":\"/demands/0/number\",\"code\":\"demand.number.sequence\",\"message\":"
                                + "\"Demands are numbered 1, 2, 3 and so on in the order listed, with no gap or repeat."
                                + " Renumber this demand or move it.\"}]}",
                        "campaigns.dead-letter: cut-off {\"valid\":false,\"truncated\":false,\"problems\":"
                                + "[{\"pointer\":\"/id\",\"code\":\"json.syntax\",\"message\":\"This is not valid JSON:"
                                + " the document ends too soon; something is missing, such as a closing quote, } or ].\"}]}");
    }
}
