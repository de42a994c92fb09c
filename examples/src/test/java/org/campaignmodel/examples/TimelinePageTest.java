package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignmodel.Campaign;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Timeline;
import org.campaignmodel.TimelineEvent;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TimelinePageTest {
    @TempDir
    Path dir;

    @Test
    void shouldWriteAPageThatStartsTimelineJsWithTheExport() throws Exception {
        Path file = dir.resolve("timeline.html");

        TimelinePage.main(new String[] {file.toString()});

        String page = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!doctype html>");
        assertThat(page).contains(TimelinePage.TIMELINEJS + "/js/timeline.js");
        assertThat(page).contains("new TL.Timeline(\"timeline\", {").contains("\"Executive order revoked\"");
        assertThat(page).contains("<title>" + SeedCampaign.campaign().getName() + ": timeline</title>");
    }

    @Test
    void shouldKeepHostileTextFromClosingTheScript() {
        Campaign hostile = Campaign.builder()
                .from(SeedCampaign.campaign())
                .name("<b>Coalition</b>")
                .timeline(Timeline.builder()
                        .addEvents(TimelineEvent.builder()
                                .date(FuzzyDate.parse("2020"))
                                .title("</script><script>alert(1)</script>")
                                .build())
                        .build())
                .build();

        String page = TimelinePage.page(hostile);

        // the page's own two scripts close; the title's closing tag is escaped inside the JSON
        assertThat(page.split("</script>", -1)).hasSize(3);
        assertThat(page).contains("<title>&lt;b&gt;Coalition&lt;/b&gt;: timeline</title>");
    }
}
