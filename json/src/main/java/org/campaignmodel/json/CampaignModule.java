package org.campaignmodel.json;

import java.util.Objects;
import org.campaignmodel.format.Limits;
import org.campaignmodel.format.internal.Codec;
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
    private final Limits limits;

    /** Creates the module with the default limits of {@link Limits#defaults()}. */
    public CampaignModule() {
        this(Limits.defaults());
    }

    private CampaignModule(Limits limits) {
        super(NAME, new Version(0, 1, 0, "SNAPSHOT", "org.campaignmodel", "campaign-json"));
        JacksonAnnotations.require();
        this.limits = limits;
        Codec codec = new Codec(limits);
        for (Class<?> type : Codec.handledTypes()) {
            register(codec, Codec.valueType(type), type);
        }
    }

    private <T> void register(Codec codec, ValueType value, Class<T> type) {
        addSerializer(type, new ModelSerializer<>(codec, value, type));
        addDeserializer(type, new ModelDeserializer<>(codec, value, type));
    }

    /**
     * Returns a module that enforces other limits on untrusted input.
     *
     * @param limits the limits
     * @return a new module; this one is unchanged
     */
    public CampaignModule withLimits(Limits limits) {
        return new CampaignModule(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits this module enforces.
     *
     * @return the limits
     */
    public Limits getLimits() {
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
