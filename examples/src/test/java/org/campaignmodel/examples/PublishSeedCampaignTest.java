package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignmodel.json.CampaignJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

final class PublishSeedCampaignTest {
    @TempDir
    Path dir;

    private JsonNode read(String name) throws Exception {
        return CampaignJson.create().mapper().readTree(Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void shouldWriteJsonLdTimelineAndFeed() throws Exception {
        String printed = ExampleRunner.run(PublishSeedCampaign::main, dir.toString());

        assertThat(printed.lines()).hasSize(5);
        String calendar = Files.readString(dir.resolve("events.ics"), StandardCharsets.UTF_8);
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("TZID:America/Los_Angeles\r\n");
        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(3);
        JsonNode article = read("article.jsonld");
        assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.get("mentions").get(0).get("@type").asString()).isEqualTo("Quotation");
        assertThat(read("event.jsonld").get("startDate").asString()).isEqualTo("2025-11-05T17:00:00-08:00");
        JsonNode timeline = read("timeline.json");
        assertThat(timeline.get("events")).hasSize(8);
        assertThat(timeline.get("events").get(1).get("display_date").asString()).isEqualTo("By 2014");
        JsonNode feed = read("feed.json");
        assertThat(feed.get("items")).hasSize(10);
        assertThat(feed.get("items")
                        .get(0)
                        .get("_campaignmodel")
                        .get("image")
                        .get("credit")
                        .asString())
                .isEqualTo("Alabama Department of Corrections");
    }
}
