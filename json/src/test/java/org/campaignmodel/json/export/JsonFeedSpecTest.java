package org.campaignmodel.json.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.campaignmodel.StoryList;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Feed export against the JSON Feed 1.1 specification: only the members it defines, or
 * extensions whose names start with an underscore; the required members; absolute URLs; RFC 3339
 * dates; unique item ids; authors with at least a name, URL or avatar.
 */
final class JsonFeedSpecTest {
    private static final Set<String> FEED = Set.of(
            "version",
            "title",
            "home_page_url",
            "feed_url",
            "description",
            "user_comment",
            "next_url",
            "icon",
            "favicon",
            "authors",
            "language",
            "expired",
            "hubs",
            "items");
    private static final Set<String> ITEM = Set.of(
            "id",
            "url",
            "external_url",
            "title",
            "content_html",
            "content_text",
            "summary",
            "image",
            "banner_image",
            "date_published",
            "date_modified",
            "authors",
            "tags",
            "language",
            "attachments");
    private static final Set<String> AUTHOR = Set.of("name", "url", "avatar");

    private static JsonNode feed(StoryList stories) {
        return JsonMapper.builder().build().readTree(CampaignExports.create().jsonFeed(stories));
    }

    private static void assertMembers(JsonNode node, Set<String> defined, String where) {
        node.propertyNames()
                .forEach(name -> assertThat(defined.contains(name) || name.startsWith("_"))
                        .as("%s member \"%s\" is neither defined by JSON Feed 1.1 nor an _extension", where, name)
                        .isTrue());
    }

    private static void assertAbsoluteUrl(JsonNode node, String member) {
        if (node.has(member)) {
            URI uri = URI.create(node.get(member).asString());
            assertThat(uri.isAbsolute()).as(member).isTrue();
            assertThat(uri.getScheme()).as(member).isIn("http", "https");
        }
    }

    private static void assertFeed(JsonNode feed) {
        assertMembers(feed, FEED, "feed");
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").isString()).as("title is required").isTrue();
        assertThat(feed.get("items").isArray()).as("items is required").isTrue();
        assertAbsoluteUrl(feed, "home_page_url");
        assertAbsoluteUrl(feed, "feed_url");
        Set<String> ids = new HashSet<>();
        for (JsonNode item : feed.get("items")) {
            assertMembers(item, ITEM, "item");
            assertThat(item.get("id").isString())
                    .as("id is required and a string")
                    .isTrue();
            assertThat(ids.add(item.get("id").asString())).as("ids are unique").isTrue();
            assertThat(item.has("content_html") || item.has("content_text"))
                    .as("an item has content_html or content_text")
                    .isTrue();
            for (String url : List.of("url", "external_url", "image", "banner_image")) {
                assertAbsoluteUrl(item, url);
            }
            for (String date : List.of("date_published", "date_modified")) {
                if (item.has(date)) {
                    assertThat(OffsetDateTime.parse(item.get(date).asString()))
                            .as(date)
                            .isNotNull();
                }
            }
            if (item.has("authors")) {
                for (JsonNode author : item.get("authors")) {
                    assertMembers(author, AUTHOR, "author");
                    assertThat(author.has("name") || author.has("url") || author.has("avatar"))
                            .as("an author has a name, url or avatar")
                            .isTrue();
                }
            }
            if (item.has("tags")) {
                item.get("tags").forEach(tag -> assertThat(tag.isString()).isTrue());
            }
        }
    }

    @Test
    void shouldFollowTheSpecificationForTheSeedsStories() {
        JsonNode feed = feed(StoryList.builder()
                .title("More from the coalition")
                .stories(SeedCampaign.relatedStories())
                .build());

        assertFeed(feed);
        assertThat(feed.get("items")).hasSize(SeedCampaign.relatedStories().size());
    }

    @Test
    void shouldFollowTheSpecificationForAListWithoutATitle() {
        JsonNode feed = feed(StoryList.of(SeedCampaign.relatedStories()));

        assertFeed(feed);
    }
}
