package org.campaignmodel.examples;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.DecisionMaker;
import org.campaignmodel.Demand;
import org.campaignmodel.Disparity;
import org.campaignmodel.Event;
import org.campaignmodel.Organization;
import org.campaignmodel.Person;
import org.campaignmodel.Quote;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.Statistic;
import org.campaignmodel.TimelineEvent;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.testing.SeedCampaign;
import org.campaignmodel.validation.CampaignValidator;

/**
 * The seed campaign: the Police Free LAUSD coalition's article and campaign, built in code, validated,
 * summarised for a person to read, then written as JSON. Every line comes from the model.
 */
public final class SeedCampaignExample {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a z", Locale.US);

    private SeedCampaignExample() {}

    /**
     * Prints the summary and the JSON document.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Campaign campaign = SeedCampaign.campaign();
        Article article = SeedCampaign.article();
        CampaignValidator validator = CampaignValidator.create();
        System.out.println(
                "Validation: campaign " + validator.validate(campaign) + ", article " + validator.validate(article));
        System.out.println();

        System.out.println(article.getHeadline());
        System.out.println("by " + names(article.getBylines().stream().map(Person::getName)) + ", "
                + article.getPublished().orElseThrow().describe());
        Organization coalition = campaign.getMemberships().get(0).getOrganization();
        System.out.println(
                "Coalition: " + coalition.getName() + ", also known as " + names(coalition.getAliases().stream()));

        System.out.println();
        System.out.println("Demands");
        for (Demand demand : campaign.getDemands()) {
            System.out.println("  " + demand.getNumber() + ". " + demand.getTitle() + " (to "
                    + names(demand.getTargets().stream().map(SeedCampaignExample::target)) + ")");
        }

        System.out.println();
        System.out.println("Timeline");
        for (TimelineEvent event : campaign.getTimeline().orElseThrow().chronological()) {
            System.out.printf("  %-14s %s%n", event.getDate().describe(), event.getTitle());
        }

        System.out.println();
        System.out.println("Figures");
        Stream.concat(
                        campaign.getStatistics().stream(),
                        campaign.getTimeline().orElseThrow().chronological().stream()
                                .flatMap(e -> e.getStatistics().stream()))
                .distinct()
                .forEach(statistic -> System.out.println("  "
                        + statistic.getValue().describe() + " "
                        + statistic.getMeasure()
                        + statistic
                                .getTotal()
                                .map(total -> " of " + total.describe())
                                .orElse("")
                        + statistic.getPopulation().map(p -> ", " + p).orElse("")
                        + statistic.getAsOf().map(d -> ", " + d.describe()).orElse("")));
        for (Disparity disparity : campaign.getDisparities()) {
            Statistic share = disparity.getShare();
            Statistic baseline = disparity.getBaseline();
            System.out.println("  " + share.getPopulation().orElse("") + " are "
                    + baseline.getValue().describe()
                    + " of " + baseline.getMeasure().replaceFirst("^share of ", "") + " but "
                    + share.getValue().describe() + " of " + share.getMeasure().replaceFirst("^share of ", "")
                    + ": " + disparity.getRatio().orElseThrow().getValue().toPlainString() + " times their share");
        }

        System.out.println();
        for (Object block : article.getBody()) {
            if (block instanceof Quote quote) {
                Person speaker = quote.getSpeaker();
                System.out.println("\u201c" + quote.getText() + "\u201d \u2014 " + speaker.getName()
                        + speaker.getRole().map(r -> ", " + r).orElse("")
                        + speaker.getAffiliations().stream()
                                .map(o -> ", " + o.getName())
                                .collect(Collectors.joining())
                        + quote.getOutlet()
                                .map(o -> ", speaking to " + o.getName())
                                .orElse(""));
            }
        }

        System.out.println();
        System.out.println("Related stories");
        for (RelatedStory story : article.getRelatedStories()) {
            System.out.println("  " + story.getDate().orElseThrow().describe() + " [" + story.getKind() + "] "
                    + story.getSummary().orElse("")
                    + story.getImage()
                            .flatMap(i -> i.getCredit())
                            .map(c -> " (image: " + c + ")")
                            .orElse(""));
            story.getEvent().ifPresent(e -> System.out.println("      " + event(e)));
            story.getCallToAction()
                    .flatMap(a -> a.getLegislation())
                    .ifPresent(bill -> System.out.println(
                            "      act on " + bill.getIdentifier() + " (" + bill.getJurisdiction() + ")"));
        }

        System.out.println();
        System.out.println("JSON document");
        System.out.println(
                CampaignJson.create().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(campaign));
    }

    private static String target(DecisionMaker target) {
        String who = target.getPerson()
                .map(p -> target.getSeat().map(s -> s + " ").orElse("") + p.getName())
                .orElse("the " + target.getSeat().orElse(""));
        return who
                + target.getOrganization()
                        .map(o -> ", " + o.getAliases().stream().findFirst().orElse(o.getName()))
                        .orElse("");
    }

    private static String event(Event event) {
        String where = event.getVenue()
                .map(v -> v.getLocality().orElse("")
                        + v.getRegion().map(r -> ", " + r).orElse(""))
                .orElse("online");
        return event.getName() + ", " + WHEN.format(event.startsAt()) + ", " + where
                + event.getRegistrationUrl().map(u -> ", register at " + u).orElse("");
    }

    private static String names(java.util.stream.Stream<String> names) {
        return names.collect(Collectors.joining(" and "));
    }
}
