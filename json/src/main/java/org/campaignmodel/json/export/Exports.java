package org.campaignmodel.json.export;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.campaignmodel.Article;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.CallToAction;
import org.campaignmodel.Citation;
import org.campaignmodel.Comparison;
import org.campaignmodel.Event;
import org.campaignmodel.EventStatus;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Image;
import org.campaignmodel.LegislationReference;
import org.campaignmodel.LegislativeActionKind;
import org.campaignmodel.Organization;
import org.campaignmodel.Person;
import org.campaignmodel.Place;
import org.campaignmodel.Quantity;
import org.campaignmodel.Quote;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.Statistic;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.TimelineEvent;
import org.campaignmodel.Unit;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The trees behind {@link CampaignExports}: one method per format and model type. */
final class Exports {
    /** The schema.org release the JSON-LD mapping is written against. */
    static final String SCHEMA_ORG = "30.0";

    private static final String SCHEMA = "https://schema.org/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter OFFSET_DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Exports() {}

    // ---------------------------------------------------------------------------------------------
    // schema.org JSON-LD

    static ObjectNode schemaOrg(Object value) {
        ObjectNode node;
        if (value instanceof Article article) {
            node = article(article);
        } else if (value instanceof Event event) {
            node = event(event);
        } else if (value instanceof Quote quote) {
            node = quotation(quote);
        } else if (value instanceof Statistic statistic) {
            node = observation(statistic);
        } else if (value instanceof LegislationReference bill) {
            node = legislation(bill);
        } else {
            throw new IllegalArgumentException(
                    "No schema.org form for " + value.getClass().getSimpleName()
                            + "; export an Article, Event, Quote, Statistic or LegislationReference.");
        }
        ObjectNode document = NODES.objectNode();
        document.put("@context", "https://schema.org");
        document.setAll(node);
        return document;
    }

    private static ObjectNode typed(String type) {
        return NODES.objectNode().put("@type", type);
    }

    private static ObjectNode article(Article article) {
        ObjectNode node = typed("NewsArticle");
        node.put("identifier", article.getId());
        node.put("headline", article.getHeadline());
        article.getDek().ifPresent(dek -> node.put("alternativeHeadline", dek));
        if (!article.getBylines().isEmpty()) {
            ArrayNode authors = node.putArray("author");
            article.getBylines().forEach(p -> authors.add(person(p)));
        }
        article.getPublished().flatMap(Exports::isoDate).ifPresent(d -> node.put("datePublished", d));
        article.getUpdated().flatMap(Exports::isoDate).ifPresent(d -> node.put("dateModified", d));
        article.getLeadImage().ifPresent(image -> node.set("image", imageObject(image)));
        article.getLanguage().ifPresent(language -> node.put("inLanguage", language));
        if (!article.getTags().isEmpty()) {
            node.put("keywords", String.join(", ", article.getTags()));
        }
        article.getSection().ifPresent(section -> node.put("articleSection", section));
        if (!article.getCitations().isEmpty()) {
            ArrayNode citations = node.putArray("citation");
            article.getCitations().forEach(c -> citations.add(creativeWork(c)));
        }
        if (!article.getCampaignIds().isEmpty()) {
            ArrayNode about = node.putArray("about");
            article.getCampaignIds().forEach(id -> about.add(typed("Thing").put("identifier", id)));
        }
        // schema.org has no word for a sibling edition; workTranslation is the closest, and says
        // nothing of which edition came first
        if (!article.getLanguageVersions().isEmpty()) {
            ArrayNode editions = node.putArray("workTranslation");
            for (org.campaignmodel.LanguageVersion version : article.getLanguageVersions()) {
                ObjectNode edition = editions.addObject().put("@type", "NewsArticle");
                edition.put("inLanguage", version.getLanguage());
                version.getId().ifPresent(id -> edition.put("identifier", id));
                version.getUrl().ifPresent(url -> edition.put("url", url));
            }
        }
        // the text of the body, for readers and search engines that take the page's words from here
        List<String> text = new java.util.ArrayList<>();
        for (Object block : article.getBody()) {
            if (block instanceof org.campaignmodel.Paragraph paragraph) {
                text.add(paragraph.getText());
            } else if (block instanceof org.campaignmodel.Heading heading) {
                text.add(heading.getText());
            } else if (block instanceof org.campaignmodel.ItemList list) {
                text.addAll(list.getItems());
            }
        }
        if (!text.isEmpty()) {
            node.put("articleBody", String.join("\n\n", text));
        }
        ArrayNode mentions = NODES.arrayNode();
        for (Object block : article.getBody()) {
            if (block instanceof Quote quote) {
                mentions.add(quotation(quote));
            }
        }
        article.getCallsToAction().stream()
                .flatMap(a -> a.getLegislation().stream())
                .forEach(bill -> mentions.add(legislation(bill)));
        if (!mentions.isEmpty()) {
            node.set("mentions", mentions);
        }
        if (!article.getCallsToAction().isEmpty()) {
            ArrayNode actions = node.putArray("potentialAction");
            for (CallToAction action : article.getCallsToAction()) {
                ObjectNode a = actions.addObject();
                a.put("@type", "Action");
                a.put("name", action.getTitle());
                action.getDescription().ifPresent(d -> a.put("description", d));
                action.getUrl().ifPresent(u -> a.put("target", u));
                action.getLegislation().ifPresent(bill -> a.set("object", legislation(bill)));
            }
        }
        return node;
    }

    private static ObjectNode person(Person person) {
        ObjectNode node = typed("Person").put("name", person.getName());
        if (!person.getAliases().isEmpty()) {
            node.put("alternateName", person.getAliases().get(0));
        }
        person.getHonorific().ifPresent(h -> node.put("honorificPrefix", h));
        person.getRole().ifPresent(r -> node.put("jobTitle", r));
        if (!person.getAffiliations().isEmpty()) {
            ArrayNode affiliations = node.putArray("affiliation");
            person.getAffiliations().forEach(o -> affiliations.add(organization(o)));
        }
        return node;
    }

    /** A step of a bill's history in the JSON Feed extension: every part, dates as EDTF and in words. */
    private static ObjectNode legislativeAction(org.campaignmodel.LegislativeAction step) {
        ObjectNode node = NODES.objectNode();
        step.getDate().getEdtf().ifPresent(e -> node.put("date", e));
        node.put("date_display", step.getDate().describe());
        node.put("action", step.getAction().getValue());
        step.getChamber().ifPresent(c -> node.put("chamber", c));
        step.getDescription().ifPresent(d -> node.put("description", d));
        step.getVote().ifPresent(vote -> node.set("vote", vote(vote)));
        return node;
    }

    /** A vote in the JSON Feed extension, after Popolo's counts. */
    private static ObjectNode vote(org.campaignmodel.Vote vote) {
        ObjectNode node = NODES.objectNode();
        vote.getBody().ifPresent(body -> node.put("body", body.getName()));
        node.put("result", vote.getResult().getValue());
        vote.getInFavor().ifPresent(n -> node.put("in_favor", n));
        vote.getAgainst().ifPresent(n -> node.put("against", n));
        vote.getAbstaining().ifPresent(n -> node.put("abstaining", n));
        vote.getAbsent().ifPresent(n -> node.put("absent", n));
        vote.getUnanimous().ifPresent(u -> node.put("unanimous", u));
        vote.getPhrase().ifPresent(p -> node.put("phrase", p));
        return node;
    }

    private static ObjectNode actor(org.campaignmodel.Actor actor) {
        return actor instanceof Person person ? person(person) : organization((Organization) actor);
    }

    private static ObjectNode organization(Organization organization) {
        ObjectNode node = typed("Organization").put("name", organization.getName());
        if (!organization.getAliases().isEmpty()) {
            node.put("alternateName", organization.getAliases().get(0));
        }
        organization.getUrl().ifPresent(url -> node.put("url", url));
        return node;
    }

    private static ObjectNode imageObject(Image image) {
        ObjectNode node = typed("ImageObject");
        image.getUrl().ifPresent(url -> node.put("contentUrl", url));
        image.getCaption().ifPresent(caption -> node.put("caption", caption));
        image.getCredit().ifPresent(credit -> node.put("creditText", credit));
        image.getLicense().ifPresent(license -> node.put("license", license));
        image.getAlt().ifPresent(alt -> node.put("description", alt));
        return node;
    }

    private static ObjectNode creativeWork(Citation citation) {
        ObjectNode node = typed(citation.getKind().getValue().equals("report") ? "Report" : "CreativeWork");
        node.put("name", citation.getTitle());
        citation.getSubtitle().ifPresent(s -> node.put("alternativeHeadline", s));
        if (!citation.getAuthors().isEmpty()) {
            ArrayNode authors = node.putArray("author");
            citation.getAuthors().forEach(a -> authors.add(actor(a)));
        }
        if (citation.getCopublishers().isEmpty()) {
            citation.getPublisher().ifPresent(p -> node.set("publisher", organization(p)));
        } else {
            ArrayNode publishers = node.putArray("publisher");
            citation.getPublisher().ifPresent(p -> publishers.add(organization(p)));
            citation.getCopublishers().forEach(p -> publishers.add(organization(p)));
        }
        citation.getUrl().ifPresent(url -> node.put("url", url));
        citation.getDate().flatMap(Exports::isoDate).ifPresent(d -> node.put("datePublished", d));
        citation.getFormat().ifPresent(f -> node.put("encodingFormat", f));
        return node;
    }

    private static ObjectNode event(Event event) {
        ObjectNode node = typed("Event");
        event.getId().ifPresent(id -> node.put("identifier", id));
        node.put("name", event.getName());
        event.getDescription().ifPresent(d -> node.put("description", d));
        node.put("startDate", OFFSET_DATE_TIME.format(event.startsAt()));
        event.endsAt().ifPresent(end -> node.put("endDate", OFFSET_DATE_TIME.format(end)));
        event.getPreviousStart()
                .ifPresent(previous ->
                        node.put("previousStartDate", OFFSET_DATE_TIME.format(previous.atZone(event.getZone()))));
        node.put(
                "eventAttendanceMode",
                SCHEMA
                        + switch (event.getAttendanceMode()) {
                            case IN_PERSON -> "OfflineEventAttendanceMode";
                            case ONLINE -> "OnlineEventAttendanceMode";
                            case HYBRID -> "MixedEventAttendanceMode";
                        });
        node.put("eventStatus", SCHEMA + eventStatus(event.getStatus()));
        ArrayNode locations = NODES.arrayNode();
        event.getVenue().ifPresent(venue -> locations.add(place(venue)));
        if (event.getAttendanceMode() != AttendanceMode.IN_PERSON) {
            event.getOnlineUrl()
                    .or(event::getRegistrationUrl)
                    .ifPresent(url -> locations.add(typed("VirtualLocation").put("url", url)));
        }
        if (locations.size() == 1) {
            node.set("location", locations.get(0));
        } else if (!locations.isEmpty()) {
            node.set("location", locations);
        }
        event.getRegistrationUrl()
                .ifPresent(url -> node.set("offers", typed("Offer").put("url", url)));
        if (!event.getOrganizers().isEmpty()) {
            ArrayNode organizers = node.putArray("organizer");
            event.getOrganizers().forEach(o -> organizers.add(organization(o)));
        }
        if (!event.getSpeakers().isEmpty()) {
            ArrayNode performers = node.putArray("performer");
            event.getSpeakers().forEach(p -> performers.add(person(p)));
        }
        return node;
    }

    private static String eventStatus(EventStatus status) {
        return switch (status.getValue()) {
            case "cancelled" -> "EventCancelled";
            case "postponed" -> "EventPostponed";
            case "rescheduled" -> "EventRescheduled";
            case "moved_online" -> "EventMovedOnline";
            default -> "EventScheduled"; // scheduled, and codes schema.org has no word for
        };
    }

    private static ObjectNode place(Place place) {
        ObjectNode node = typed("Place");
        place.getName().ifPresent(n -> node.put("name", n));
        ObjectNode address = typed("PostalAddress");
        place.getStreetAddress().ifPresent(s -> address.put("streetAddress", s));
        place.getLocality().ifPresent(l -> address.put("addressLocality", l));
        place.getRegion().ifPresent(r -> address.put("addressRegion", r));
        place.getCountry().ifPresent(c -> address.put("addressCountry", c));
        if (address.size() > 1) {
            node.set("address", address);
        }
        return node;
    }

    private static ObjectNode quotation(Quote quote) {
        ObjectNode node = typed("Quotation").put("text", quote.getText());
        node.set("spokenByCharacter", person(quote.getSpeaker()));
        quote.getOutlet().ifPresent(o -> node.set("publisher", organization(o)));
        quote.getDate().flatMap(Exports::isoDate).ifPresent(d -> node.put("dateCreated", d));
        quote.getSource().ifPresent(source -> node.set("isBasedOn", creativeWork(source)));
        return node;
    }

    private static ObjectNode observation(Statistic statistic) {
        ObjectNode node = typed("Observation");
        node.put("variableMeasured", statistic.getMeasure());
        Quantity value = statistic.getValue();
        switch (value.getComparison()) {
            case EXACTLY, APPROXIMATELY -> node.put("value", value.getValue());
            case MORE_THAN, AT_LEAST -> node.put("minValue", value.getValue());
            case FEWER_THAN, AT_MOST -> node.put("maxValue", value.getValue());
            case BETWEEN -> {
                node.put("minValue", value.getValue());
                node.put("maxValue", value.getMaximum().orElse(value.getValue()));
            }
        }
        boolean rate = value.getPer().isPresent() || value.getPeriod().isPresent();
        if (value.getComparison() != Comparison.EXACTLY || rate) {
            node.put("description", value.describe() + " " + statistic.getMeasure());
        }
        unit(node, value.getUnit());
        // a rate: its period is schema.org's observationPeriod, its basis part of the unit's text
        value.getPeriod().ifPresent(period -> node.put("observationPeriod", period));
        value.getPer().ifPresent(basis -> {
            String of = basis.getUnit()
                    .getName()
                    .or(() -> basis.getUnit().getCurrency())
                    .orElse("");
            String per = "per " + basis.getAmount().toPlainString() + (of.isEmpty() ? "" : " " + of);
            String unit = node.path("unitText").asString("");
            node.put("unitText", unit.isEmpty() ? per : unit + " " + per);
        });
        statistic
                .getPopulation()
                .ifPresent(p -> node.set("observationAbout", typed("Thing").put("name", p)));
        statistic.getAsOf().flatMap(Exports::isoDate).ifPresent(d -> node.put("observationDate", d));
        statistic
                .getDenominator()
                .ifPresent(d -> node.set(
                        "measurementDenominator", typed("StatisticalVariable").put("name", d)));
        return node;
    }

    private static void unit(ObjectNode node, Unit unit) {
        switch (unit.getKind()) {
            case PERCENT -> node.put("unitCode", "P1"); // UN/CEFACT code for percent
            case COUNT -> {}
            case MONEY -> node.put("unitText", unit.getCurrency().orElse(""));
            case NAMED -> node.put("unitText", unit.getName().orElse(""));
        }
    }

    private static ObjectNode legislation(LegislationReference bill) {
        ObjectNode node = typed("Legislation");
        node.put("legislationIdentifier", bill.getIdentifier());
        node.put("legislationJurisdiction", bill.getJurisdiction());
        bill.getTitle().ifPresent(t -> node.put("name", t));
        bill.currentStatus().ifPresent(status -> node.put("creativeWorkStatus", status.getValue()));
        bill.getUrl().ifPresent(u -> node.put("url", u));
        // from the history: the chambers that passed it, and the day it became law
        ArrayNode passedBy = NODES.arrayNode();
        for (org.campaignmodel.LegislativeAction step : bill.getHistory()) {
            LegislativeActionKind action = step.getAction();
            if (action.equals(LegislativeActionKind.PASSED_CHAMBER)) {
                step.getChamber()
                        .ifPresent(chamber -> passedBy.add(typed("Organization").put("name", chamber)));
            } else if (action.equals(LegislativeActionKind.SIGNED) || action.equals(LegislativeActionKind.CHAPTERED)) {
                isoDate(step.getDate()).ifPresent(d -> node.put("legislationDate", d));
            }
        }
        if (!passedBy.isEmpty()) {
            node.set("legislationPassedBy", passedBy);
        }
        return node;
    }

    /**
     * The ISO 8601 form schema.org accepts for a fuzzy date, when there is one: a year, a year and
     * month, a day or a date-time, exactly as precise as the source. Approximate, uncertain, partly
     * unspecified, seasonal and relative dates have none, and are left out rather than guessed.
     */
    static Optional<String> isoDate(FuzzyDate date) {
        if (date.getKind() != FuzzyDate.Kind.DATE
                || date.getQualifier() != FuzzyDate.Qualifier.NONE
                || date.hasUnspecifiedDigits()
                || date.getPrecision().orElse(null) == FuzzyDate.Precision.SEASON) {
            return Optional.empty();
        }
        return date.getEdtf();
    }

    // ---------------------------------------------------------------------------------------------
    // TimelineJS 3

    static ObjectNode timelineJs(Timeline timeline) {
        ObjectNode document = NODES.objectNode();
        timeline.getTitle().ifPresent(title -> {
            ObjectNode text = document.putObject("title").putObject("text");
            text.put("headline", escape(title));
        });
        ArrayNode events = document.putArray("events");
        FuzzyDate anchor = null;
        List<TimelineEvent> chronological = timeline.chronological();
        for (int index = 0; index < chronological.size(); index++) {
            TimelineEvent event = chronological.get(index);
            FuzzyDate date = event.getDate();
            // TimelineJS needs a start date: a relative entry ("later") takes its place from the one before
            FuzzyDate placed = date.getKind() == FuzzyDate.Kind.RELATIVE && anchor != null ? anchor : date;
            if (date.getKind() != FuzzyDate.Kind.RELATIVE) {
                anchor = date;
            }
            ObjectNode slide = events.addObject();
            FuzzyDate start = placed.getKind() == FuzzyDate.Kind.INTERVAL
                    ? placed.getStart().or(placed::getEnd).orElseThrow()
                    : placed;
            if (start.getKind() != FuzzyDate.Kind.RELATIVE) {
                ObjectNode startDate = date.getKind() == FuzzyDate.Kind.RELATIVE
                        ? later(start, next(chronological, index))
                        : timelineDate(start);
                if (date.getKind() == FuzzyDate.Kind.RELATIVE) {
                    startDate.put("display_date", escape(date.getPhrase().orElseGet(date::describe)));
                }
                slide.set("start_date", startDate);
            }
            if (placed.getKind() == FuzzyDate.Kind.INTERVAL
                    && placed.getStart().isPresent()
                    && placed.getEnd().isPresent()) {
                slide.set("end_date", timelineDate(placed.getEnd().orElseThrow()));
            }
            ObjectNode text = slide.putObject("text");
            text.put("headline", escape(event.getTitle()));
            event.getDescription().ifPresent(d -> text.put("text", "<p>" + escape(d) + "</p>"));
            event.getImage().flatMap(Image::getUrl).ifPresent(url -> {
                ObjectNode media = slide.putObject("media").put("url", url);
                Image image = event.getImage().orElseThrow();
                image.getCaption().ifPresent(c -> media.put("caption", escape(c)));
                image.getCredit().ifPresent(c -> media.put("credit", escape(c)));
                image.getAlt().ifPresent(a -> media.put("alt", a));
            });
            event.getKind().ifPresent(kind -> slide.put("group", escape(kind.getValue())));
            slide.put("display_date", escape(date.getPhrase().orElseGet(date::describe)));
            event.getId().ifPresent(id -> slide.put("unique_id", id));
        }
        document.put("scale", "human");
        return document;
    }

    /** A venue as one line of text: its name and where it is. */
    private static String placeText(Place place) {
        return java.util.stream.Stream.of(
                        place.getName(),
                        place.getStreetAddress(),
                        place.getLocality(),
                        place.getRegion(),
                        place.getCountry())
                .flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The first dated entry after the one at {@code index}, if any. */
    private static @Nullable FuzzyDate next(List<TimelineEvent> events, int index) {
        for (int i = index + 1; i < events.size(); i++) {
            FuzzyDate date = events.get(i).getDate();
            if (date.getKind() != FuzzyDate.Kind.RELATIVE && date.getEarliest().isPresent()) {
                return date;
            }
        }
        return null;
    }

    /**
     * Where a "later" entry goes in the timeline bar: halfway between the entry before it and the next
     * dated one, which is all the source says (after the one, before the other), so that neither
     * marker covers the other; a year after the entry before it when nothing dated follows. The
     * slide and the marker show the source's words, never this date.
     */
    private static ObjectNode later(FuzzyDate before, @Nullable FuzzyDate after) {
        java.time.LocalDate from = before.getEarliest().orElseThrow();
        java.time.LocalDate to =
                after == null ? from.plusYears(1) : after.getEarliest().orElseThrow();
        java.time.LocalDate middle =
                to.isAfter(from) ? from.plusDays(java.time.temporal.ChronoUnit.DAYS.between(from, to) / 2) : from;
        ObjectNode node = NODES.objectNode();
        node.put("year", middle.getYear());
        node.put("month", middle.getMonthValue());
        node.put("day", middle.getDayOfMonth());
        return node;
    }

    /** Only the parts the date knows; the first year of a decade stands in for "the 1960s". */
    private static ObjectNode timelineDate(FuzzyDate date) {
        ObjectNode node = NODES.objectNode();
        // the first day the date names, without the widening for approximate or uncertain values
        java.time.LocalDate first = FuzzyDate.parse(date.getEdtf().orElseThrow().replaceFirst("[~?%]$", ""))
                .getEarliest()
                .orElseThrow();
        node.put("year", first.getYear());
        FuzzyDate.Precision precision = date.getPrecision().orElse(FuzzyDate.Precision.YEAR);
        boolean unspecified = date.hasUnspecifiedDigits();
        if (!unspecified
                && (precision == FuzzyDate.Precision.MONTH
                        || precision == FuzzyDate.Precision.DAY
                        || precision == FuzzyDate.Precision.DATETIME)) {
            node.put("month", first.getMonthValue());
        }
        if (!unspecified && (precision == FuzzyDate.Precision.DAY || precision == FuzzyDate.Precision.DATETIME)) {
            node.put("day", first.getDayOfMonth());
        }
        if (precision == FuzzyDate.Precision.DATETIME) {
            String time = date.getEdtf().orElseThrow().substring(11);
            node.put("hour", Integer.parseInt(time.substring(0, 2)));
            node.put("minute", Integer.parseInt(time.substring(3, 5)));
            node.put("second", Integer.parseInt(time.substring(6, 8)));
        }
        node.put("display_date", escape(date.describe()));
        return node;
    }

    /** Text as text: TimelineJS renders these fields as HTML, so markup in them must show as text. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // JSON Feed 1.1

    static ObjectNode jsonFeed(StoryList list) {
        ObjectNode feed = NODES.objectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", list.getTitle().orElse("Related stories"));
        list.getUrl().ifPresent(url -> feed.put("home_page_url", url));
        ArrayNode items = feed.putArray("items");
        int index = 0;
        for (RelatedStory story : list.getStories()) {
            index++;
            ObjectNode item = items.addObject();
            item.put("id", story.getId().or(story::getUrl).orElse("story-" + index));
            story.getUrl().ifPresent(url -> item.put("url", url));
            story.getHeadline().ifPresent(h -> item.put("title", h));
            item.put("content_text", story.getSummary().or(story::getHeadline).orElse(""));
            story.getSummary().ifPresent(s -> item.put("summary", s));
            story.getImage().flatMap(Image::getUrl).ifPresent(url -> item.put("image", url));
            // RFC 3339 needs a full date-time; a story dated to the day keeps its date in the extension
            story.getDate()
                    .filter(d -> d.getPrecision().orElse(null) == FuzzyDate.Precision.DATETIME
                            && d.getQualifier() == FuzzyDate.Qualifier.NONE
                            && d.getEdtf().orElse("").matches(".*(Z|[+-]\\d\\d:\\d\\d)$"))
                    .flatMap(FuzzyDate::getEdtf)
                    .ifPresent(d -> item.put("date_published", d));
            if (!story.getBylines().isEmpty()) {
                ArrayNode authors = item.putArray("authors");
                story.getBylines().forEach(p -> authors.addObject().put("name", p.getName()));
            }
            ObjectNode extension = NODES.objectNode();
            extension.put("kind", story.getKind().getValue());
            if (!story.getCampaignIds().isEmpty()) {
                ArrayNode campaigns = extension.putArray("campaign_ids");
                story.getCampaignIds().forEach(campaigns::add);
            }
            story.getDate().ifPresent(d -> {
                d.getEdtf().ifPresent(e -> extension.put("date", e));
                extension.put("date_display", d.describe());
            });
            story.getImage().ifPresent(image -> {
                ObjectNode node = extension.putObject("image");
                image.getAlt().ifPresent(a -> node.put("alt", a));
                image.getCaption().ifPresent(c -> node.put("caption", c));
                image.getCredit().ifPresent(c -> node.put("credit", c));
                image.getLicense().ifPresent(l -> node.put("license", l));
            });
            story.getEvent().ifPresent(e -> {
                ObjectNode node = extension.putObject("event");
                e.getId().ifPresent(id -> node.put("id", id));
                node.put("name", e.getName());
                e.getDescription().ifPresent(d -> node.put("description", d));
                node.put("start", OFFSET_DATE_TIME.format(e.startsAt()));
                e.getEnd().ifPresent(end -> node.put("end", OFFSET_DATE_TIME.format(end.atZone(e.getZone()))));
                node.put("time_zone", e.getZone().getId());
                node.put("attendance_mode", e.getAttendanceMode().name().toLowerCase(java.util.Locale.ROOT));
                node.put("status", e.getStatus().getValue());
                e.getPreviousStart()
                        .ifPresent(previous ->
                                node.put("previous_start", OFFSET_DATE_TIME.format(previous.atZone(e.getZone()))));
                e.getOnlineUrl().ifPresent(u -> node.put("online_url", u));
                e.getRegistrationUrl().ifPresent(u -> node.put("registration_url", u));
                e.getVenue().ifPresent(venue -> node.put("venue", placeText(venue)));
                if (!e.getOrganizers().isEmpty()) {
                    ArrayNode organizers = node.putArray("organizers");
                    e.getOrganizers().forEach(o -> organizers.add(o.getName()));
                }
                if (!e.getSpeakers().isEmpty()) {
                    ArrayNode speakers = node.putArray("speakers");
                    e.getSpeakers().forEach(person -> {
                        ObjectNode speaker = speakers.addObject();
                        speaker.put(
                                "name", person.getHonorific().map(h -> h + " ").orElse("") + person.getName());
                        person.getRole().ifPresent(r -> speaker.put("role", r));
                    });
                }
            });
            story.getCallToAction().ifPresent(action -> {
                ObjectNode node = extension.putObject("call_to_action");
                action.getId().ifPresent(id -> node.put("id", id));
                node.put("title", action.getTitle());
                action.getDescription().ifPresent(d -> node.put("description", d));
                if (!action.getTargets().isEmpty()) {
                    ArrayNode targets = node.putArray("targets");
                    action.getTargets()
                            .forEach(t -> targets.add(java.util.stream.Stream.of(
                                            t.getPerson().map(org.campaignmodel.Person::getName),
                                            t.getSeat(),
                                            t.getOrganization().map(Organization::getName))
                                    .flatMap(Optional::stream)
                                    .collect(java.util.stream.Collectors.joining(", "))));
                }
                node.put("kind", action.getKind().getValue());
                action.getUrl().ifPresent(u -> node.put("url", u));
                action.getDeadline().ifPresent(d -> {
                    d.getEdtf().ifPresent(e -> node.put("deadline", e));
                    node.put("deadline_display", d.describe());
                });
                action.getLegislation().ifPresent(bill -> {
                    ObjectNode legislation = extension.putObject("legislation");
                    legislation.put("jurisdiction", bill.getJurisdiction());
                    legislation.put("identifier", bill.getIdentifier());
                    bill.getTitle().ifPresent(t -> legislation.put("title", t));
                    bill.currentStatus().ifPresent(st -> legislation.put("status", st.getValue()));
                    bill.getUrl().ifPresent(u -> legislation.put("url", u));
                    bill.getSession().ifPresent(session -> legislation.put("session", session));
                    if (!bill.getHistory().isEmpty()) {
                        ArrayNode history = legislation.putArray("history");
                        bill.getHistory().forEach(step -> history.add(legislativeAction(step)));
                    }
                });
            });
            item.set("_campaignmodel", extension);
        }
        return feed;
    }
}
