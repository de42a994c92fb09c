package org.campaignmodel.json;

import java.util.ArrayList;
import java.util.List;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.ValueType;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for the campaign model: add it to your own {@code JsonMapper} to read and write
 * every model type in the Campaign Model wire format.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CampaignModule()).build();
 * String json = mapper.writeValueAsString(campaign);
 * Campaign back = mapper.readValue(json, Campaign.class);
 * }</pre>
 *
 * <p>It registers serializers and deserializers for this library's types only, holds no global
 * state, and is also found by {@code ServiceLoader} ({@code JsonMapper.builder().findAndAddModules()}).
 * Reading is strict whatever the mapper's settings: unknown or repeated properties, nulls, wrong
 * types, bad dates and unknown enumeration values are refused with a Jackson mismatch error that
 * names the JSON Pointer of the problem. {@link CampaignJson} adds the parser-level limits and turns
 * every failure into one {@link CampaignJsonException}.
 */
public final class CampaignModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final String NAME = "CampaignModule";

    /** The limits the module's readers enforce themselves. */
    @SuppressWarnings("serial") // an immutable value
    private final CampaignJson.Limits limits;

    /** Creates the module with the default limits of {@link CampaignJson.Limits#defaults()}. */
    public CampaignModule() {
        this(CampaignJson.Limits.defaults());
    }

    private CampaignModule(CampaignJson.Limits limits) {
        super(NAME, new Version(0, 1, 0, "SNAPSHOT", "org.campaignmodel", "campaign-json"));
        this.limits = limits;
        ModelTypes types = ModelTypes.discover();
        ModelCodec codec = new ModelCodec(types, limits);
        List<Class<?>> handled = new ArrayList<>(types.models.keySet());
        handled.addAll(types.unions.keySet());
        for (Class<?> type : handled) {
            register(codec, types.valueType(type), type);
        }
        for (Class<?> scalar : List.of(
                org.campaignmodel.FuzzyDate.class,
                org.campaignmodel.CampaignStatus.class,
                org.campaignmodel.DemandStatus.class,
                org.campaignmodel.DemandAction.class,
                org.campaignmodel.EventStatus.class,
                org.campaignmodel.TimelineEventKind.class,
                org.campaignmodel.CitationKind.class,
                org.campaignmodel.StoryKind.class,
                org.campaignmodel.ActionKind.class,
                org.campaignmodel.LegislationStatus.class,
                org.campaignmodel.Comparison.class,
                org.campaignmodel.AttendanceMode.class,
                org.campaignmodel.Unit.Kind.class)) {
            register(codec, types.valueType(scalar), scalar);
        }
    }

    private <T> void register(ModelCodec codec, ValueType value, Class<T> type) {
        addSerializer(type, new ModelSerializer<>(codec, value, type));
        addDeserializer(type, new ModelDeserializer<>(codec, value, type));
    }

    /**
     * Returns a module that enforces other limits on untrusted input.
     *
     * @param limits the limits
     * @return a new module; this one is unchanged
     */
    public CampaignModule withLimits(CampaignJson.Limits limits) {
        return new CampaignModule(java.util.Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits this module enforces.
     *
     * @return the limits
     */
    public CampaignJson.Limits getLimits() {
        return limits;
    }

    @Override
    public String getModuleName() {
        return NAME;
    }

    @Override
    public Object getRegistrationId() {
        return NAME;
    }
}
