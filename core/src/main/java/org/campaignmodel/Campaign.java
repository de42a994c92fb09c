package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.campaignmodel.constraints.DemandNumbering;
import org.campaignmodel.constraints.Extensions;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * An organized effort to change what decision-makers do: who runs it, whom it targets, what it
 * demands, its history, the figures it cites and where it stands.
 */
@Value.Immutable
@CampaignStyle
@DemandNumbering
public interface Campaign {
    /** {@return a stable identifier or slug, such as "police-free-lausd"} */
    @Slug
    String getId();

    /** {@return the name it goes by} */
    @Text(max = 300)
    String getName();

    /** {@return other names it is known by, such as a coalition's second name; possibly empty} */
    @MaxItems(20)
    List<@Text(max = 300) String> getAliases();

    /** {@return what it is about, in a few sentences, if given} */
    Optional<@Text(max = 5000, multiline = true) String> getSummary();

    /** {@return the organizations in its coalition, with their roles; possibly empty} */
    @MaxItems(500)
    List<@Valid Membership> getMemberships();

    /** {@return the decision-makers it targets; possibly empty} */
    @MaxItems(100)
    List<@Valid DecisionMaker> getTargets();

    /** {@return its demands, in the order the campaign lists them} */
    @MaxItems(100)
    List<@Valid Demand> getDemands();

    /** {@return its history, if one is kept} */
    Optional<@Valid Timeline> getTimeline();

    /** {@return the figures it cites; possibly empty} */
    @MaxItems(500)
    List<@Valid Statistic> getStatistics();

    /** {@return the disparities it points to, each between two shares; possibly empty} */
    @MaxItems(100)
    List<@Valid Disparity> getDisparities();

    /** {@return its own reports and other documents; possibly empty} */
    @MaxItems(200)
    List<@Valid Citation> getDocuments();

    /** {@return where it stands, if stated} */
    Optional<CampaignStatus> getStatus();

    /** {@return where it is active, if stated} */
    Optional<@Valid Place> getPlace();

    /**
     * Returns data other projects attach, keyed by namespace (a reverse domain name such as {@code
     * org.example.crm}). Each value is JSON text; the JSON binding writes and reads it as a JSON value
     * and keeps it through a round trip.
     *
     * @return the extension data; possibly empty
     */
    @Extensions
    Map<String, String> getExtensions();

    /**
     * Finds a demand by the number the campaign gave it.
     *
     * @param number the stated number
     * @return the first demand with that number, if any
     */
    default Optional<Demand> demand(int number) {
        return getDemands().stream().filter(d -> d.getNumber() == number).findFirst();
    }

    /**
     * Finds a statistic by its id, wherever the campaign holds it: among its statistics, in its
     * disparities, or at an event of its timeline.
     *
     * @param id the statistic's id
     * @return the first statistic with that id, if any
     */
    default Optional<Statistic> statistic(String id) {
        return Stream.of(
                        getStatistics().stream(),
                        getDisparities().stream().flatMap(d -> Stream.of(d.getShare(), d.getBaseline())),
                        getTimeline().stream()
                                .flatMap(t -> t.getEvents().stream())
                                .flatMap(e -> e.getStatistics().stream()))
                .flatMap(s -> s)
                .filter(s -> s.getId().filter(id::equals).isPresent())
                .findFirst();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Campaign}; start with {@link Campaign#builder()}. */
    final class Builder extends ImmutableCampaign.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
