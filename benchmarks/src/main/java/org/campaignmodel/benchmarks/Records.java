package org.campaignmodel.benchmarks;

import com.dslplatform.json.CompiledJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Baseline (a): what a user would write instead of adopting the library. Plain records for the same
 * documents, bound by a default Jackson 3 mapper with no module. Fuzzy dates and extensions stay as
 * loose JSON values ({@code Object}), since records have no better type for them.
 */
final class Records {
    private Records() {}

    @CompiledJson
    record Organization(String id, String name, List<String> aliases, String url, Map<String, Object> extensions) {}

    @CompiledJson
    record Person(
            String id,
            String name,
            List<String> aliases,
            String honorific,
            String role,
            List<Organization> affiliations,
            Map<String, Object> extensions) {}

    @CompiledJson
    record Image(String url, String alt, String caption, String credit, String license) {}

    @CompiledJson
    record Citation(
            String id,
            String title,
            String subtitle,
            Organization publisher,
            String url,
            String kind,
            Object date,
            String format,
            Map<String, Object> extensions) {}

    @CompiledJson
    record Block(
            String type,
            String text,
            Integer level,
            Boolean ordered,
            List<String> items,
            Person speaker,
            Organization outlet,
            Object date,
            Citation source,
            String url,
            String alt,
            String caption,
            String credit,
            String license,
            String campaignId,
            String statisticId,
            Integer demandNumber) {}

    @CompiledJson
    record Place(String name, String streetAddress, String locality, String region, String country) {}

    @CompiledJson
    record Event(
            String id,
            String name,
            String description,
            String start,
            String end,
            String zone,
            String attendanceMode,
            Place venue,
            String onlineUrl,
            String registrationUrl,
            List<Organization> organizers,
            List<Person> speakers,
            String status,
            String previousStart,
            Map<String, Object> extensions) {}

    @CompiledJson
    record DecisionMaker(String id, Person person, String seat, Organization organization) {}

    @CompiledJson
    record Legislation(String jurisdiction, String identifier, String title, String status, String url) {}

    @CompiledJson
    record CallToAction(
            String id,
            String title,
            String description,
            String kind,
            String url,
            Legislation legislation,
            List<DecisionMaker> targets,
            Object deadline,
            Map<String, Object> extensions) {}

    @CompiledJson
    record RelatedStory(
            String id,
            String url,
            String headline,
            String summary,
            List<Person> bylines,
            Object date,
            Image image,
            String kind,
            Event event,
            CallToAction callToAction,
            Map<String, Object> extensions) {}

    @CompiledJson
    record Article(
            String schemaVersion,
            String id,
            String headline,
            String dek,
            List<Person> bylines,
            Object published,
            Object updated,
            String language,
            String section,
            List<String> tags,
            Image leadImage,
            List<Block> body,
            List<Citation> citations,
            List<RelatedStory> relatedStories,
            List<CallToAction> callsToAction,
            List<String> campaignIds,
            Map<String, Object> extensions) {}

    @CompiledJson
    record Unit(String kind, String currency, String name) {}

    @CompiledJson
    record Quantity(String comparison, BigDecimal value, BigDecimal maximum, Unit unit, String phrase) {}

    @CompiledJson
    record Statistic(
            String id,
            String measure,
            String population,
            String denominator,
            Quantity value,
            Quantity total,
            Object asOf,
            List<Citation> sources,
            String phrase,
            Map<String, Object> extensions) {}

    @CompiledJson
    record MonetaryAmount(BigDecimal amount, String currency, String phrase) {}

    @CompiledJson
    record StatusChange(String status, Object date, List<Citation> evidence, String note) {}

    @CompiledJson
    record Demand(
            int number,
            String title,
            String detail,
            String action,
            List<DecisionMaker> targets,
            List<String> items,
            MonetaryAmount money,
            List<StatusChange> statusHistory,
            List<Citation> references,
            Map<String, Object> extensions) {}

    @CompiledJson
    record Actor(
            String type,
            String id,
            String name,
            List<String> aliases,
            String url,
            String role,
            String honorific,
            List<Organization> affiliations,
            Map<String, Object> extensions) {}

    @CompiledJson
    record TimelineEvent(
            String id,
            Object date,
            String title,
            String description,
            String kind,
            List<Actor> actors,
            List<MonetaryAmount> amounts,
            List<Statistic> statistics,
            List<Citation> citations,
            Image image,
            Map<String, Object> extensions) {}

    @CompiledJson
    record Timeline(String schemaVersion, String title, List<TimelineEvent> events) {}

    @CompiledJson
    record Membership(Organization organization, String role, Object since, Object until) {}

    @CompiledJson
    record Disparity(String id, Statistic share, Statistic baseline) {}

    @CompiledJson
    record Campaign(
            String schemaVersion,
            String id,
            String name,
            List<String> aliases,
            String summary,
            List<Membership> memberships,
            List<DecisionMaker> targets,
            List<Demand> demands,
            Timeline timeline,
            List<Statistic> statistics,
            List<Disparity> disparities,
            List<Citation> documents,
            String status,
            Place place,
            Map<String, Object> extensions) {}
}
