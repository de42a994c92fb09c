package org.campaignmodel.format;

import org.immutables.value.Value;

/**
 * Limits on untrusted input, held by every binding. The defaults suit documents written by people: far
 * above any real campaign, far below what would hurt a server. Immutable; each {@code withX} returns
 * a copy.
 *
 * <pre>{@code
 * Limits limits = Limits.defaults().withMaxListLength(50_000);
 * }</pre>
 */
@Value.Immutable
@FormatStyle
public abstract class Limits {
    Limits() {}

    /**
     * Returns the defaults: documents up to 10,000,000 bytes, nesting 64 deep, strings up to
     * 1,000,000 characters, numbers up to 100 characters, lists up to 10,000 items and extension
     * values up to 100,000 characters.
     *
     * @return the default limits
     */
    public static Limits defaults() {
        return ImmutableLimits.builder().build();
    }

    /** {@return the largest document, or NDJSON line, in bytes or characters} */
    @Value.Default
    public long maxDocumentLength() {
        return 10_000_000L;
    }

    /** {@return how deep objects and lists may nest} */
    @Value.Default
    public int maxDepth() {
        return 64;
    }

    /** {@return the longest string, in characters} */
    @Value.Default
    public int maxStringLength() {
        return 1_000_000;
    }

    /** {@return the longest number, in characters} */
    @Value.Default
    public int maxNumberLength() {
        return 100;
    }

    /** {@return the most items in one list} */
    @Value.Default
    public int maxListLength() {
        return 10_000;
    }

    /** {@return the longest extension value, in characters of JSON} */
    @Value.Default
    public int maxExtensionLength() {
        return 100_000;
    }

    /** Refuses limits that would refuse everything. */
    @Value.Check
    void check() {
        if (maxDocumentLength() <= 0
                || maxDepth() <= 0
                || maxStringLength() <= 0
                || maxNumberLength() <= 0
                || maxListLength() <= 0
                || maxExtensionLength() <= 0) {
            throw new IllegalArgumentException("Every limit must be positive: " + this);
        }
    }

    private ImmutableLimits copy() {
        return ImmutableLimits.copyOf(this);
    }

    /**
     * Returns limits with another document length.
     *
     * @param bytes the largest document or NDJSON line
     * @return new limits
     */
    public Limits withMaxDocumentLength(long bytes) {
        return copy().withMaxDocumentLength(bytes);
    }

    /**
     * Returns limits with another nesting depth.
     *
     * @param depth how deep objects and lists may nest
     * @return new limits
     */
    public Limits withMaxDepth(int depth) {
        return copy().withMaxDepth(depth);
    }

    /**
     * Returns limits with another string length.
     *
     * @param characters the longest string
     * @return new limits
     */
    public Limits withMaxStringLength(int characters) {
        return copy().withMaxStringLength(characters);
    }

    /**
     * Returns limits with another number length.
     *
     * @param characters the longest number
     * @return new limits
     */
    public Limits withMaxNumberLength(int characters) {
        return copy().withMaxNumberLength(characters);
    }

    /**
     * Returns limits with another list length.
     *
     * @param items the most items in one list
     * @return new limits
     */
    public Limits withMaxListLength(int items) {
        return copy().withMaxListLength(items);
    }

    /**
     * Returns limits with another extension length.
     *
     * @param characters the longest extension value
     * @return new limits
     */
    public Limits withMaxExtensionLength(int characters) {
        return copy().withMaxExtensionLength(characters);
    }
}
