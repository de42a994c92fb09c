package org.campaignmodel.cli;

import java.util.Locale;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The top-level document types, by the names the schemas use, and how to tell them apart. */
enum DocumentType {
    ARTICLE(Article.class),
    CAMPAIGN(Campaign.class),
    EVENT(Event.class),
    TIMELINE(Timeline.class),
    STORY_LIST(StoryList.class);

    final Class<?> type;

    DocumentType(Class<?> type) {
        this.type = type;
    }

    /** {@return the name the schemas and {@code --type} use, such as {@code story-list}} */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return label();
    }

    /** Reads {@code --type}'s value. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<DocumentType> {
        @Override
        public DocumentType convert(String value) {
            for (DocumentType t : values()) {
                if (t.label().equalsIgnoreCase(value) || t.name().equalsIgnoreCase(value)) {
                    return t;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a document type; use article, campaign, event, timeline or story-list.");
        }
    }

    /**
     * Tells the type of a document by the first top-level property only one type has: {@code
     * headline}, {@code body} or {@code dek} (article), {@code stories} (story list), {@code start},
     * {@code zone} or {@code attendanceMode} (event), {@code demands} or {@code targets} (campaign);
     * failing those, {@code events} without a {@code name} is a timeline and anything else a campaign. Text that is not JSON is guessed to be a campaign, and
     * its reading then says why it is not JSON.
     *
     * @param parsers a parser factory
     * @param json the document
     * @param given the type given with {@code --type}, if any
     * @return the type
     */
    static DocumentType of(JsonFactory parsers, byte[] json, @Nullable DocumentType given) {
        if (given != null) {
            return given;
        }
        boolean events = false;
        boolean name = false;
        try (JsonParser p = parsers.createParser(ObjectReadContext.empty(), json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return CAMPAIGN;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                switch (p.currentName()) {
                    case "headline", "dek", "body", "bylines", "leadImage" -> {
                        return ARTICLE;
                    }
                    case "stories" -> {
                        return STORY_LIST;
                    }
                    case "start", "end", "zone", "attendanceMode", "onlineUrl", "organizer" -> {
                        return EVENT;
                    }
                    case "demands", "targets", "statistics", "disparities", "memberships" -> {
                        return CAMPAIGN;
                    }
                    case "events" -> events = true;
                    case "name" -> name = true;
                    default -> {}
                }
                p.nextToken();
                p.skipChildren();
            }
        } catch (JacksonException e) {
            // the reading that follows says what is wrong with it
        }
        return events && !name ? TIMELINE : CAMPAIGN;
    }
}
