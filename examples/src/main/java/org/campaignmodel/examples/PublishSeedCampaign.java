package org.campaignmodel.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignmodel.StoryList;
import org.campaignmodel.json.export.CampaignExports;
import org.campaignmodel.testing.SeedCampaign;

/**
 * From model to published page: the seed article and its event as schema.org JSON-LD for search
 * engines, the campaign's timeline for TimelineJS, and the related stories as a JSON Feed.
 */
public final class PublishSeedCampaign {
    private PublishSeedCampaign() {}

    /**
     * Writes the four files into the folder given (default {@code published}).
     *
     * @param args the folder, optionally
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "published"));
        CampaignExports exports = CampaignExports.create();
        write(folder.resolve("article.jsonld"), exports.schemaOrg(SeedCampaign.article()));
        write(folder.resolve("event.jsonld"), exports.schemaOrg(SeedCampaign.ccwpAnniversary()));
        write(
                folder.resolve("timeline.json"),
                exports.timelineJs(SeedCampaign.campaign().getTimeline().orElseThrow()));
        write(
                folder.resolve("feed.json"),
                exports.jsonFeed(StoryList.builder()
                        .title("More from the coalition")
                        .stories(SeedCampaign.article().getRelatedStories())
                        .build()));
        write(
                folder.resolve("events.ics"),
                exports.iCalendar(StoryList.of(SeedCampaign.article().getRelatedStories())));
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        System.out.println(file);
    }
}
