package org.campaignmodel.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.export.CampaignExports;
import org.campaignmodel.testing.SeedCampaign;

/**
 * A static web page that shows a campaign's timeline with Knight Lab's TimelineJS 3: the export
 * goes into the page as it is, since it is written to be safe inside a script element.
 */
public final class TimelinePage {
    /** The TimelineJS release the page loads, the one the npm package's browser test renders with. */
    static final String TIMELINEJS = "https://cdn.knightlab.com/libs/timeline3/3.9.11";

    private TimelinePage() {}

    /**
     * Writes the seed campaign's timeline page to the file given (default {@code timeline.html}).
     *
     * @param args the file, optionally
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "timeline.html");
        Files.writeString(file, page(SeedCampaign.campaign()), StandardCharsets.UTF_8);
        System.out.println(file);
    }

    /**
     * Makes the page.
     *
     * @param campaign a campaign with a timeline
     * @return the HTML
     * @throws IllegalArgumentException if the campaign has no timeline
     */
    static String page(Campaign campaign) {
        String data = CampaignExports.create()
                .timelineJs(campaign.getTimeline()
                        .orElseThrow(() -> new IllegalArgumentException(campaign.getName() + " has no timeline")));
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s: timeline</title>
                  <link rel="stylesheet" href="%s/css/timeline.css">
                </head>
                <body>
                  <div id="timeline" style="width: 100%%; height: 600px"></div>
                  <script src="%s/js/timeline.js"></script>
                  <script>
                    // the export is safe here as it is: <, > and & inside its strings are escaped
                    new TL.Timeline("timeline", %s);
                  </script>
                </body>
                </html>
                """.formatted(html(campaign.getName()), TIMELINEJS, TIMELINEJS, data);
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
