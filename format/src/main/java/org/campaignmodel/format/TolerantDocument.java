package org.campaignmodel.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a tolerant reading made of a document: the checked value, and, for a document of a newer
 * minor version of the format than this library knows, the version it says and the properties the
 * library did not know, kept as written so that {@link CampaignFormat#write(TolerantDocument)} puts
 * them back. A document of a version the library knows has none: an unknown property there is a
 * problem, as in a strict reading. Immutable.
 *
 * @param <T> the document's type
 */
public final class TolerantDocument<T> {
    private final CheckedDocument<T> checked;
    private final @Nullable String version;
    private final List<UnknownProperty> unknownProperties;

    private TolerantDocument(
            CheckedDocument<T> checked, @Nullable String version, List<UnknownProperty> unknownProperties) {
        this.checked = checked;
        this.version = version;
        this.unknownProperties = unknownProperties;
    }

    /**
     * Describes a tolerant reading's result.
     *
     * @param checked the checked document, whose notices name each kept property
     * @param version the newer version the document says, or null for a version this library knows
     * @param unknownProperties the properties kept, in document order
     * @param <T> the type
     * @return the result
     * @throws IllegalArgumentException if properties are kept without a newer version
     */
    public static <T> TolerantDocument<T> of(
            CheckedDocument<T> checked, @Nullable String version, List<UnknownProperty> unknownProperties) {
        Objects.requireNonNull(checked, "checked");
        List<UnknownProperty> kept = List.copyOf(unknownProperties);
        if (version == null && !kept.isEmpty()) {
            throw new IllegalArgumentException(
                    "Unknown properties are kept only from a document of a newer minor version; name it.");
        }
        return new TolerantDocument<>(checked, version, kept);
    }

    /** {@return the checked document: the value when it is valid, and every problem and notice} */
    public CheckedDocument<T> getChecked() {
        return checked;
    }

    /** {@return the value, when the document is valid as far as this library knows it} */
    public Optional<T> getValue() {
        return checked.getValue();
    }

    /** {@return the newer minor version the document says, such as "1.2"; empty for a known one} */
    public Optional<String> getVersion() {
        return Optional.ofNullable(version);
    }

    /** {@return the properties this library did not know, kept as written, in document order} */
    public List<UnknownProperty> getUnknownProperties() {
        return unknownProperties;
    }
}
